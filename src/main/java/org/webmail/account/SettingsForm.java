package org.webmail.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The settings form as typed: every value a string, so a refused form comes back exactly as the reader left it.
 * Choices use lower-case words (theme light|dark|system, reading pane right|bottom|off, remote content
 * never|ask|trusted); the language is empty for the browser's choice or one of {@link #LANGUAGES}.
 *
 * @param defaultIdentity the id of the identity new messages are sent from
 */
public record SettingsForm(String displayName, String language, String zone, String pageSize, String theme,
                           String readingPane, String remoteContent, String defaultIdentity) {

    /** The languages offered, as BCP 47 tags; each has a complete message bundle (web.RequestLocale.SUPPORTED). */
    public static final List<String> LANGUAGES = List.of("en", "pt-BR");

    static final int MAX_NAME_LENGTH = 200;

    /** The form filled with what is stored. */
    public static SettingsForm of(AccountSettings settings, List<Identity> identities) {
        String identity = identities.stream().filter(Identity::isDefault).findFirst()
                .map(i -> Long.toString(i.id())).orElse("");
        return new SettingsForm(settings.displayName() == null ? "" : settings.displayName(),
                settings.language() == null ? "" : settings.language(), settings.zone().getId(),
                Integer.toString(settings.pageSize()), word(settings.theme()), word(settings.readingPane()),
                word(settings.remoteContent()), identity);
    }

    /** A field the post did not carry keeps the stored value, so a form with fewer fields changes only those. */
    public SettingsForm orElse(SettingsForm stored) {
        return new SettingsForm(or(displayName, stored.displayName), or(language, stored.language), or(zone, stored.zone),
                or(pageSize, stored.pageSize), or(theme, stored.theme), or(readingPane, stored.readingPane),
                or(remoteContent, stored.remoteContent), or(defaultIdentity, stored.defaultIdentity));
    }

    /** Everything wrong with the typed values, in the order of the page; empty when the form can be saved. */
    public List<SettingsProblem> problems() {
        List<SettingsProblem> problems = new ArrayList<>();
        if (displayName != null && displayName.strip().length() > MAX_NAME_LENGTH) {
            problems.add(SettingsProblem.NAME);
        }
        if (languageTag().isEmpty() && !isBlank(language)) {
            problems.add(SettingsProblem.LANGUAGE);
        }
        if (zoneId().isEmpty()) {
            problems.add(SettingsProblem.ZONE);
        }
        int size = pageSizeValue();
        if (size < AccountService.MIN_PAGE_SIZE || size > AccountService.MAX_PAGE_SIZE) {
            problems.add(SettingsProblem.PAGE_SIZE);
        }
        if (themeValue().isEmpty()) {
            problems.add(SettingsProblem.THEME);
        }
        if (readingPaneValue().isEmpty()) {
            problems.add(SettingsProblem.READING_PANE);
        }
        if (remoteContentValue().isEmpty()) {
            problems.add(SettingsProblem.REMOTE_CONTENT);
        }
        if (identityId().isEmpty()) {
            problems.add(SettingsProblem.IDENTITY);
        }
        return problems;
    }

    /** The chosen language tag; empty for the browser's choice (or an unknown value, which {@link #problems} reports). */
    public Optional<String> languageTag() {
        return LANGUAGES.stream().filter(tag -> tag.equals(language == null ? null : language.strip())).findFirst();
    }

    Optional<String> zoneId() {
        return AccountService.validZone(zone);
    }

    int pageSizeValue() {
        try {
            return Integer.parseInt(pageSize == null ? "" : pageSize.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    Optional<Theme> themeValue() {
        return choice(Theme.class, theme);
    }

    Optional<ReadingPane> readingPaneValue() {
        return choice(ReadingPane.class, readingPane);
    }

    Optional<RemoteContentPolicy> remoteContentValue() {
        return choice(RemoteContentPolicy.class, remoteContent);
    }

    Optional<Long> identityId() {
        try {
            return Optional.of(Long.parseLong(defaultIdentity == null ? "" : defaultIdentity.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The name to store: null when blank. */
    String displayNameValue() {
        return isBlank(displayName) ? null : displayName.strip();
    }

    private static <E extends Enum<E>> Optional<E> choice(Class<E> type, String typed) {
        if (isBlank(typed)) {
            return Optional.empty();
        }
        for (E value : type.getEnumConstants()) {
            if (word(value).equals(typed.strip())) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** How an enum value appears in the form and the page's data attributes. */
    static String word(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static String or(String typed, String stored) {
        return typed != null ? typed : stored;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
