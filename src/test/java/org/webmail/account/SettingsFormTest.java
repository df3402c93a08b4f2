package org.webmail.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.webmail.web.RequestLocale;

class SettingsFormTest {

    private static SettingsForm form(String language, String zone, String pageSize, String theme, String pane, String remote,
                                     String identity) {
        return new SettingsForm("Rita", language, zone, pageSize, theme, pane, remote, identity);
    }

    @Test
    void aCompleteFormHasNoProblemsAndParsesEveryChoice() {
        SettingsForm form = form("pt-BR", "America/Sao_Paulo", "25", "dark", "bottom", "trusted", "7");
        assertEquals(List.of(), form.problems());
        assertEquals("pt-BR", form.languageTag().orElseThrow());
        assertEquals("America/Sao_Paulo", form.zoneId().orElseThrow());
        assertEquals(25, form.pageSizeValue());
        assertEquals(Theme.DARK, form.themeValue().orElseThrow());
        assertEquals(ReadingPane.BOTTOM, form.readingPaneValue().orElseThrow());
        assertEquals(RemoteContentPolicy.TRUSTED, form.remoteContentValue().orElseThrow());
        assertEquals(7L, form.identityId().orElseThrow());
    }

    @Test
    void anEmptyLanguageFollowsTheBrowser() {
        SettingsForm form = form("", "Europe/Lisbon", "50", "system", "right", "ask", "1");
        assertEquals(List.of(), form.problems());
        assertEquals(java.util.Optional.empty(), form.languageTag());
    }

    @Test
    void everyImpossibleValueIsReportedAtOnceInPageOrder() {
        SettingsForm form = new SettingsForm("x".repeat(201), "fr", "Mars/Olympus", "5", "purple", "left", "always", "me");
        assertEquals(List.of(SettingsProblem.NAME, SettingsProblem.LANGUAGE, SettingsProblem.ZONE, SettingsProblem.PAGE_SIZE,
                SettingsProblem.THEME, SettingsProblem.READING_PANE, SettingsProblem.REMOTE_CONTENT, SettingsProblem.IDENTITY),
                form.problems());
    }

    @Test
    void choicesAreTheLowerCaseWordsTheFormSendsNotEnumNames() {
        assertEquals(List.of(SettingsProblem.THEME), form("en", "UTC", "50", "DARK", "right", "ask", "1").problems());
    }

    @Test
    void fieldsAPostDidNotCarryKeepTheStoredValues() {
        SettingsForm stored = form("en", "Europe/Lisbon", "50", "light", "right", "ask", "3");
        SettingsForm posted = new SettingsForm(null, null, "Asia/Tokyo", "10", null, null, null, null).orElse(stored);
        assertEquals(new SettingsForm("Rita", "en", "Asia/Tokyo", "10", "light", "right", "ask", "3"), posted);
    }

    @Test
    void theLanguagesOfferedAreExactlyThoseWithCompleteMessages() {
        assertEquals(RequestLocale.SUPPORTED.stream().map(Locale::toLanguageTag).toList(), SettingsForm.LANGUAGES);
    }

    @Test
    void storedSettingsFillTheFormWithTheDefaultIdentity() {
        AccountSettings settings = new AccountSettings("rita@example.test", null, java.time.ZoneId.of("Europe/Lisbon"), 50, null,
                Theme.SYSTEM, ReadingPane.OFF, RemoteContentPolicy.NEVER);
        List<Identity> identities = List.of(new Identity(4, "Rita", "rita@example.test", null, "", "", false),
                new Identity(9, "Sales", "sales@example.test", null, "", "", true));
        assertEquals(new SettingsForm("", "", "Europe/Lisbon", "50", "system", "off", "never", "9"), SettingsForm.of(settings, identities));
    }

    @Test
    void theReadersOwnZoneIsOfferedEvenWhenTheListLacksItButATypedNonsenseZoneIsNot() {
        assertEquals("UTC", SettingsResource.zonesWith("UTC").getFirst());
        assertEquals(SettingsResource.zonesWith("Europe/Lisbon"), SettingsResource.zonesWith("Mars/Olympus"));
        assertEquals(false, SettingsResource.zonesWith("Europe/Lisbon").contains("UTC"));
    }
}
