package org.webmail.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.scheduler.Scheduled;

/**
 * Slows password guessing, per account (whatever the address) and per client address (whatever the account): the
 * last of the allowed failures makes the next attempt wait the first delay, and each further failure doubles it (1s,
 * 2s, 4s ... up to a maximum), so a person who mistypes loses nothing and a guesser gets slower and slower. The check happens before the mail server is asked, so a
 * blocked guess costs the server nothing. A quiet spell of a whole failure window forgets the count; a successful
 * sign-in clears the account's (not the address's: one address may be guessing at many accounts).
 */
@ApplicationScoped
public class LoginRateLimiter {

    /** Failures of one key: how many in the current spell, the last one, and until when the next try must wait. */
    private record Failures(int count, Instant last, Instant blockedUntil) {
    }

    private final Map<String, Failures> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();
    Clock clock = Clock.systemUTC();

    @ConfigProperty(name = "webmail.login.max-failures-per-account")
    int maxPerAccount;

    @ConfigProperty(name = "webmail.login.max-failures-per-address")
    int maxPerAddress;

    @ConfigProperty(name = "webmail.login.failure-window")
    Duration window;

    @ConfigProperty(name = "webmail.login.first-delay")
    Duration firstDelay;

    @ConfigProperty(name = "webmail.login.max-delay")
    Duration maxDelay;

    /** How long this account or this address must still wait before a sign-in is tried; empty when it may go ahead. */
    public Optional<Duration> waitBefore(String account, String address) {
        Instant now = clock.instant();
        Instant until = later(blockedUntil(byAccount, key(account), now), blockedUntil(byAddress, addressKey(address), now));
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    public boolean isBlocked(String account, String address) {
        return waitBefore(account, address).isPresent();
    }

    public void recordFailure(String account, String address) {
        Instant now = clock.instant();
        add(byAccount, key(account), maxPerAccount, now);
        add(byAddress, addressKey(address), maxPerAddress, now);
    }

    public void recordSuccess(String account) {
        byAccount.remove(key(account));
    }

    /** Keeps the memory bounded: a key is forgotten once its spell is over and no wait is pending. */
    @Scheduled(every = "5m", delayed = "5m")
    void forgetOld() {
        Instant now = clock.instant();
        byAccount.values().removeIf(f -> over(f, now));
        byAddress.values().removeIf(f -> over(f, now));
    }

    int tracked() {
        return byAccount.size() + byAddress.size();
    }

    private void add(Map<String, Failures> failures, String key, int allowed, Instant now) {
        failures.compute(key, (k, before) -> {
            int count = before == null || over(before, now) ? 1 : before.count() + 1;
            return new Failures(count, now, now.plus(delayAfter(count, allowed)));
        });
    }

    /** Nothing before the allowed number, then the first delay, doubled with each further failure, up to the maximum. */
    Duration delayAfter(int count, int allowed) {
        if (count < allowed) {
            return Duration.ZERO;
        }
        int doublings = Math.min(count - allowed, 30); // 2^30 seconds is far past any sensible maximum
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    private Instant blockedUntil(Map<String, Failures> failures, String key, Instant now) {
        Failures f = failures.get(key);
        return f == null || over(f, now) ? Instant.MIN : f.blockedUntil();
    }

    /** A spell is over when the last failure is a whole window old and its wait has passed. */
    private boolean over(Failures f, Instant now) {
        return f.last().plus(window).isBefore(now) && !f.blockedUntil().isAfter(now);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static String key(String account) {
        return account == null ? "" : account.trim().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return address == null ? "unknown" : address;
    }
}
