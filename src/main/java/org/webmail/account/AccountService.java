package org.webmail.account;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Creates the user's records on first sign-in and keeps their preferences. */
@ApplicationScoped
public class AccountService {

    public static final int MIN_PAGE_SIZE = 10;
    public static final int MAX_PAGE_SIZE = 200;

    @Inject
    IdentityService identities;

    @ConfigProperty(name = "webmail.list.page-size")
    int defaultPageSize;

    @ConfigProperty(name = "webmail.default-time-zone")
    String defaultZone;

    /** First sign-in creates the user (time zone from the browser when it told us one); later ones note the time. */
    @Transactional
    public AccountSettings signedIn(String login, String browserZone) {
        UserAccount user = UserAccount.findByLogin(login);
        if (user == null) {
            user = new UserAccount();
            user.login = login;
            user.timeZone = validZone(browserZone).orElse(defaultZone);
            user.pageSize = defaultPageSize;
            user.createdAt = Instant.now();
            user.persist();
            MailAccount account = new MailAccount();
            account.user = user;
            account.emailAddress = login;
            account.imapLogin = login;
            account.persist();
        }
        user.lastLoginAt = Instant.now();
        return toSettings(user);
    }

    /** The defaults, without asking the database, when {@code mayAskDatabase} is false (the I/O thread). */
    public AccountSettings settings(String login, boolean mayAskDatabase) {
        return login == null && !mayAskDatabase ? AccountSettings.defaults(null, ZoneId.of(defaultZone), defaultPageSize) : settings(login);
    }

    @Transactional
    public AccountSettings settings(String login) {
        UserAccount user = login == null ? null : UserAccount.findByLogin(login);
        if (user == null) {
            return AccountSettings.defaults(login, ZoneId.of(defaultZone), defaultPageSize);
        }
        return toSettings(user);
    }

    /**
     * Saves the settings form when every value is acceptable (the default identity must be one of the user's own);
     * returns what is wrong otherwise, and then nothing is saved.
     */
    @Transactional
    public List<SettingsProblem> update(String login, SettingsForm form) {
        List<SettingsProblem> problems = new ArrayList<>(form.problems());
        long identityId = form.identityId().orElse(-1L);
        if (!problems.contains(SettingsProblem.IDENTITY) && identities.find(login, identityId).isEmpty()) {
            problems.add(SettingsProblem.IDENTITY);
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        UserAccount user = UserAccount.findByLogin(login);
        user.language = form.languageTag().orElse(null);
        user.timeZone = form.zoneId().orElseThrow();
        user.pageSize = form.pageSizeValue();
        user.theme = form.themeValue().orElseThrow();
        user.readingPane = form.readingPaneValue().orElseThrow();
        user.remoteContent = form.remoteContentValue().orElseThrow();
        MailAccount.findFor(user).displayName = form.displayNameValue();
        identities.makeDefault(login, identityId);
        return List.of();
    }

    private AccountSettings toSettings(UserAccount user) {
        MailAccount account = MailAccount.findFor(user);
        return new AccountSettings(user.login, account == null ? null : account.displayName, ZoneId.of(user.timeZone),
                user.pageSize, user.language, user.theme, user.readingPane, user.remoteContent);
    }

    /** The zone's id when it names a time zone this JVM knows. */
    static java.util.Optional<String> validZone(String zone) {
        if (zone == null || zone.isBlank() || zone.length() > 64) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(ZoneId.of(zone.strip()).getId());
        } catch (DateTimeException e) {
            return java.util.Optional.empty();
        }
    }
}
