package org.webmail.imap;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.webmail.imap.Mailboxes.ALICE;
import static org.webmail.imap.Mailboxes.ALICE_CREDENTIALS;

class ImapSessionPoolTest {

    @RegisterExtension
    static final GreenMailExtension greenMail = Mailboxes.greenMail();

    private ImapWireTap tap;
    private ExecutorService threads;

    @BeforeEach
    void tapTheServer() throws Exception {
        tap = new ImapWireTap(greenMail.getImap().getPort());
        threads = Executors.newFixedThreadPool(20);
    }

    @AfterEach
    void closeTap() throws Exception {
        threads.shutdownNow();
        tap.close();
    }

    @Test
    void twenty_parallel_requests_of_one_user_never_open_more_than_two_connections_and_all_complete() throws Exception {
        Mailboxes.folder(greenMail, "Projects");
        try (ImapRig rig = ImapRig.plain(tap.port())) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<FolderInfo>>> requests = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                requests.add(threads.submit(() -> {
                    start.await();
                    return rig.store.folders(ALICE_CREDENTIALS);
                }));
            }
            start.countDown();
            for (Future<List<FolderInfo>> request : requests) {
                List<FolderInfo> folders = request.get(30, TimeUnit.SECONDS);
                assertEquals(List.of("INBOX", "Projects"), folders.stream().map(FolderInfo::path).toList());
            }
            assertTrue(tap.maxOpenConnections() <= 2, "server saw " + tap.maxOpenConnections() + " connections at once");
            assertTrue(tap.acceptedConnections() <= 2, "server saw " + tap.acceptedConnections() + " logins");
            assertTrue(rig.pool.openCount() <= 2);
        }
    }

    @Test
    void a_request_beyond_the_cap_waits_and_then_fails_with_PoolTimeoutException() throws Exception {
        TestPool settings = TestPool.defaults().perUser(1).acquireTimeout(Duration.ofMillis(400));
        try (ImapRig rig = ImapRig.plain(tap.port(), settings)) {
            Lease held = rig.pool.lease(ALICE_CREDENTIALS);
            long started = System.nanoTime();
            assertThrows(PoolTimeoutException.class, () -> rig.pool.lease(ALICE_CREDENTIALS));
            long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            assertTrue(waitedMillis >= 400 && waitedMillis < 5_000, "waited " + waitedMillis + " ms");
            held.release();
            rig.pool.lease(ALICE_CREDENTIALS).release();
            assertEquals(1, tap.acceptedConnections());
        }
    }

    @Test
    void a_waiting_request_gets_the_connection_as_soon_as_it_is_released() throws Exception {
        TestPool settings = TestPool.defaults().perUser(1).acquireTimeout(Duration.ofSeconds(10));
        try (ImapRig rig = ImapRig.plain(tap.port(), settings)) {
            Lease held = rig.pool.lease(ALICE_CREDENTIALS);
            Future<Lease> waiter = threads.submit(() -> rig.pool.lease(ALICE_CREDENTIALS));
            awaitWaiting(rig, 1);
            held.release();
            Lease handedOver = waiter.get(5, TimeUnit.SECONDS);
            assertSame(held.store(), handedOver.store());
            handedOver.release();
            assertEquals(1, tap.acceptedConnections());
        }
    }

    @Test
    void an_idle_connection_is_logged_out_by_the_sweep_once_the_idle_timeout_has_passed() throws Exception {
        try (ImapRig rig = ImapRig.plain(tap.port())) {
            rig.pool.lease(ALICE_CREDENTIALS).release();
            rig.clock.advance(Duration.ofMinutes(4).plusSeconds(59));
            assertEquals(0, rig.pool.sweep());
            assertEquals(1, tap.openConnections());

            rig.clock.advance(Duration.ofSeconds(2));
            assertEquals(1, rig.pool.sweep());
            tap.awaitOpenConnections(0);
            assertEquals(0, tap.openConnections());
            assertEquals(0, rig.pool.openCount());
            assertEquals(1, tap.count("^LOGOUT"));
            assertEquals(1.0, rig.registry.get("webmail.imap.evictions").tag("reason", "idle").counter().count());
        }
    }

    @Test
    void a_connection_is_checked_with_NOOP_only_after_it_sat_idle_longer_than_validate_after_idle() throws Exception {
        try (ImapRig rig = ImapRig.plain(tap.port())) {
            rig.pool.lease(ALICE_CREDENTIALS).release();
            for (int i = 0; i < 5; i++) {
                rig.clock.advance(Duration.ofSeconds(30));
                rig.pool.lease(ALICE_CREDENTIALS).release();
            }
            assertEquals(0, tap.count("^NOOP"), "a busy connection is never pinged");

            rig.clock.advance(Duration.ofSeconds(61));
            rig.pool.lease(ALICE_CREDENTIALS).release();
            assertEquals(1, tap.count("^NOOP"));
            assertEquals(1, tap.acceptedConnections());
        }
    }

    @Test
    void an_idle_connection_that_died_unnoticed_is_replaced_when_its_NOOP_fails() throws Exception {
        try (ImapRig rig = ImapRig.plain(tap.port())) {
            rig.store.folders(ALICE_CREDENTIALS);
            tap.cutAll();
            rig.clock.advance(Duration.ofMinutes(2));

            assertEquals("INBOX", rig.store.folders(ALICE_CREDENTIALS).get(0).path());
            assertEquals(2, tap.acceptedConnections());
            assertEquals(0.0, rig.counter("webmail.imap.reconnects"), "found by NOOP, not by a failed command");
        }
    }

    @Test
    void retire_closes_idle_connections_at_once_and_lent_ones_on_release_and_never_lends_them_again() throws Exception {
        try (ImapRig rig = ImapRig.plain(tap.port())) {
            Lease idle = rig.pool.lease(ALICE_CREDENTIALS);
            Lease lent = rig.pool.lease(ALICE_CREDENTIALS);
            idle.release();

            rig.pool.retire(ALICE);
            assertFalse(idle.store().isConnected(), "the idle connection is logged out at once");
            assertTrue(lent.store().isConnected(), "the lent one keeps serving its request");

            lent.release();
            assertFalse(lent.store().isConnected(), "and is logged out when it comes back");

            Lease next = rig.pool.lease(ALICE_CREDENTIALS);
            assertNotSame(idle.store(), next.store());
            assertNotSame(lent.store(), next.store());
            next.release();
            tap.awaitOpenConnections(1);
            assertEquals(1, tap.openConnections());
            assertEquals(3, tap.acceptedConnections());
        }
    }

    @Test
    void a_changed_password_retires_the_connections_opened_with_the_old_one() throws Exception {
        try (ImapRig rig = ImapRig.plain(tap.port())) {
            Lease old = rig.pool.lease(ALICE_CREDENTIALS);
            old.release();
            Mailboxes.alice(greenMail).setPassword("new secret");

            Lease renewed = rig.pool.lease(MailCredentials.password(ALICE, "new secret"));
            assertNotSame(old.store(), renewed.store());
            assertFalse(old.store().isConnected());
            renewed.release();
        }
    }

    @Test
    void a_new_token_leaves_the_connections_opened_with_the_old_one_serving_and_new_connections_use_the_new_token() throws Exception {
        try (ImapRig rig = ImapRig.plain(tap.port())) {
            // GreenMail takes the user's password as the XOAUTH2 bearer token: changing it makes the old token invalid.
            Lease first = rig.pool.lease(MailCredentials.xoauth2(ALICE, Mailboxes.PASSWORD));
            first.release();
            Mailboxes.alice(greenMail).setPassword("token-2");
            MailCredentials refreshed = MailCredentials.xoauth2(ALICE, "token-2");

            Lease reused = rig.pool.lease(refreshed);
            assertSame(first.store(), reused.store(), "the session signed in with the old token keeps serving");
            Lease opened = rig.pool.lease(refreshed); // a second connection: it can only sign in with the new token
            assertNotSame(reused.store(), opened.store());
            reused.release();
            opened.release();
            assertTrue(first.store().isConnected());
            assertEquals(2, tap.acceptedConnections());
            assertEquals(2, tap.count("^AUTHENTICATE XOAUTH2"));
            assertEquals(0.0, rig.counter("webmail.imap.evictions"), "nothing was retired");
        }
    }

    @Test
    void switching_from_a_password_to_a_token_retires_the_password_connections() throws Exception {
        try (ImapRig rig = ImapRig.plain(tap.port())) {
            Lease byPassword = rig.pool.lease(ALICE_CREDENTIALS);
            byPassword.release();

            Lease byToken = rig.pool.lease(MailCredentials.xoauth2(ALICE, Mailboxes.PASSWORD));
            assertNotSame(byPassword.store(), byToken.store());
            assertFalse(byPassword.store().isConnected());
            byToken.release();
        }
    }

    @Test
    void a_wrong_password_is_a_MailAuthenticationException() throws Exception {
        try (ImapRig rig = ImapRig.plain(tap.port())) {
            MailCredentials wrong = MailCredentials.password(ALICE, "not the password");
            assertThrows(MailAuthenticationException.class, () -> rig.store.verifyLogin(wrong));
            assertThrows(MailAuthenticationException.class, () -> rig.store.folders(wrong));
            assertEquals(0, rig.pool.openCount(), "a refused login leaves nothing behind");
        }
    }

    @Test
    void a_server_that_is_down_is_a_MailServerUnavailableException_within_a_second() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        try (ImapRig rig = ImapRig.plain(closedPort)) {
            long started = System.nanoTime();
            MailServerUnavailableException failure =
                    assertThrows(MailServerUnavailableException.class, () -> rig.store.folders(ALICE_CREDENTIALS));
            assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) < 1_000);
            assertEquals("The mail server cannot be reached right now (it is not accepting connections).", failure.getMessage());
            assertEquals(0, rig.pool.openCount());
        }
    }

    @Test
    void at_the_total_cap_the_longest_idle_connection_of_another_user_makes_room() throws Exception {
        greenMail.setUser("bob@example.test", "bob@example.test", "bobs secret");
        try (ImapRig rig = ImapRig.plain(tap.port(), TestPool.defaults().total(1))) {
            Lease alices = rig.pool.lease(ALICE_CREDENTIALS);
            alices.release();

            Lease bobs = rig.pool.lease(MailCredentials.password("bob@example.test", "bobs secret"));
            assertFalse(alices.store().isConnected());
            bobs.release();
            assertEquals(1, tap.maxOpenConnections());
            assertEquals(1.0, rig.registry.get("webmail.imap.evictions").tag("reason", "capacity").counter().count());
        }
    }

    @Test
    void shutdown_closes_idle_connections_refuses_new_leases_and_closes_lent_ones_on_release() throws Exception {
        try (ImapRig rig = ImapRig.plain(tap.port())) {
            Lease idle = rig.pool.lease(ALICE_CREDENTIALS);
            Lease lent = rig.pool.lease(ALICE_CREDENTIALS);
            idle.release();

            rig.pool.shutdown();
            assertFalse(idle.store().isConnected());
            assertThrows(MailServerUnavailableException.class, () -> rig.pool.lease(ALICE_CREDENTIALS));
            lent.release();
            assertFalse(lent.store().isConnected());
            assertEquals(0, rig.pool.openCount());
        }
    }

    @Test
    void an_OAuth_token_logs_in_with_SASL_XOAUTH2() throws Exception {
        try (ImapRig rig = ImapRig.plain(tap.port())) {
            // GreenMail accepts the user's password as the XOAUTH2 bearer token
            MailCredentials token = MailCredentials.xoauth2(ALICE, Mailboxes.PASSWORD);
            assertEquals("INBOX", rig.store.folders(token).get(0).path());
            assertEquals(1, tap.count("^AUTHENTICATE XOAUTH2"));
            assertEquals(0, tap.count("^LOGIN"));
        }
    }

    @Test
    void the_pool_reports_its_connections_and_the_latency_of_each_operation() throws Exception {
        try (ImapRig rig = ImapRig.plain(tap.port())) {
            rig.store.folders(ALICE_CREDENTIALS);
            Lease lent = rig.pool.lease(ALICE_CREDENTIALS);
            assertEquals(1.0, rig.registry.get("webmail.imap.connections.open").gauge().value());
            assertEquals(1.0, rig.registry.get("webmail.imap.leases.in.use").gauge().value());
            assertEquals(0.0, rig.registry.get("webmail.imap.leases.waiting").gauge().value());
            lent.release();
            assertEquals(1, rig.registry.get("webmail.imap.command").tag("operation", "folders").timer().count());
            assertEquals(1, rig.registry.get("webmail.imap.command").tag("operation", "login").timer().count());
        }
    }

    private static void awaitWaiting(ImapRig rig, int expected) throws InterruptedException {
        for (int i = 0; i < 250 && rig.pool.waitingCount() != expected; i++) {
            Thread.sleep(20);
        }
        assertEquals(expected, rig.pool.waitingCount());
    }
}
