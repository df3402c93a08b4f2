package org.webmail.account;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Creates the user's records on first sign-in and keeps their preferences. */
@ApplicationScoped
public class AccountService {

    public static final int MIN_PAGE_SIZE = 10;
    public static final int MAX_PAGE_SIZE = 200;

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

    /** Saves preferences; returns the problem in words, or null when saved. */
    @Transactional
    public String update(String login, String displayName, String zone, int pageSize) {
        var parsedZone = validZone(zone);
        if (parsedZone.isEmpty()) {
            return "Choose a time zone from the list.";
        }
        if (pageSize < MIN_PAGE_SIZE || pageSize > MAX_PAGE_SIZE) {
            return "Messages per page must be between " + MIN_PAGE_SIZE + " and " + MAX_PAGE_SIZE + ".";
        }
        UserAccount user = UserAccount.findByLogin(login);
        user.timeZone = parsedZone.get();
        user.pageSize = pageSize;
        MailAccount account = MailAccount.findFor(user);
        account.displayName = displayName == null || displayName.isBlank() ? null : displayName.strip();
        return null;
    }

    private AccountSettings toSettings(UserAccount user) {
        MailAccount account = MailAccount.findFor(user);
        return new AccountSettings(user.login, account == null ? null : account.displayName, ZoneId.of(user.timeZone),
                user.pageSize, user.language, user.theme, user.readingPane, user.remoteContent);
    }

    private static java.util.Optional<String> validZone(String zone) {
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
