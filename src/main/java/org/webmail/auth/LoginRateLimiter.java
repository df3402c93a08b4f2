package org.webmail.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.scheduler.Scheduled;

/**
 * Slows password guessing: after too many failures within a window, an account (whatever the address) and a
 * client address (whatever the account) are refused until the oldest failure leaves the window. The check
 * happens before the mail server is asked, so a blocked guess costs the server nothing.
 */
@ApplicationScoped
public class LoginRateLimiter {

    private final Map<String, Deque<Instant>> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> byAddress = new ConcurrentHashMap<>();
    Clock clock = Clock.systemUTC();

    @ConfigProperty(name = "webmail.login.max-failures-per-account")
    int maxPerAccount;

    @ConfigProperty(name = "webmail.login.max-failures-per-address")
    int maxPerAddress;

    @ConfigProperty(name = "webmail.login.failure-window")
    Duration window;

    public boolean isBlocked(String account, String address) {
        Instant now = clock.instant();
        return recent(byAccount, key(account), now) >= maxPerAccount || recent(byAddress, address, now) >= maxPerAddress;
    }

    public void recordFailure(String account, String address) {
        Instant now = clock.instant();
        add(byAccount, key(account), now);
        add(byAddress, address, now);
    }

    public void recordSuccess(String account) {
        byAccount.remove(key(account));
    }

    @Scheduled(every = "5m", delayed = "5m")
    void forgetOld() {
        Instant now = clock.instant();
        byAccount.keySet().removeIf(k -> recent(byAccount, k, now) == 0);
        byAddress.keySet().removeIf(k -> recent(byAddress, k, now) == 0);
    }

    private int recent(Map<String, Deque<Instant>> failures, String key, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(window))) {
                times.pollFirst();
            }
            return times.size();
        }
    }

    private static void add(Map<String, Deque<Instant>> failures, String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
            while (times.size() > 1000) {
                times.pollFirst(); // bound memory under a flood
            }
        }
    }

    private static String key(String account) {
        return account == null ? "" : account.trim().toLowerCase(Locale.ROOT);
    }
}
