package org.webmail.live;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;

import jakarta.mail.Flags;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.webmail.support.Browser;
import org.webmail.support.TestMailbox;

import com.icegreen.greenmail.util.GreenMailUtil;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A phone and a laptop signed in as alice: what changes on one shows on the other without a reload. */
@QuarkusTest
@WithTestResource(LiveMailServer.class)
class LiveUpdatesJourneyTest {

    private static final Duration SOON = Duration.ofSeconds(5);
    private static final String BASE = "https://localhost:" + Integer.getInteger("quarkus.http.test-ssl-port", 8444); // set on the command line

    private final java.util.List<EventStream> open = new java.util.ArrayList<>();
    private boolean stopped;

    @AfterEach
    void closeStreamsAndLetTheWatchersGo() throws InterruptedException {
        open.forEach(EventStream::close);
        if (stopped) {
            LiveMailServer.startServer();
        }
        awaitWatchers(0, Duration.ofSeconds(10)); // the grace is 2 s here
    }

    @Test
    void aFlagSetOnThePhoneShowsOnTheLaptop() throws Exception {
        EventStream laptop = watching(device());
        EventStream phone = watching(device());
        try (OtherImapClient mailApp = mailApp()) {
            long uid = mailApp.uidOf("INBOX", "Numbered message 100");
            mailApp.flag("INBOX", uid, Flags.Flag.FLAGGED, true);

            for (EventStream stream : new EventStream[] {laptop, phone}) {
                EventStream.Event flags = stream.next("message-flags", SOON);
                assertThat(flags.data(), allOf(containsString("\"uid\":" + uid), containsString("\"flagged\":true"),
                        containsString("\"seen\":false")));
            }
            mailApp.flag("INBOX", uid, Flags.Flag.FLAGGED, false);
            assertThat(laptop.next("message-flags", SOON).data(), containsString("\"flagged\":false"));
        }
    }

    @Test
    void mailDeliveredBySmtpArrivesAsTheRowTheFolderPageShows() {
        EventStream laptop = watching(device());
        GreenMailUtil.sendTextEmail(TestMailbox.USER, "bob@example.test", "Lunch <b>today</b>?", "At noon.",
                LiveMailServer.greenMail().getSmtp().getServerSetup());

        EventStream.Event arrived = laptop.next("message-new", SOON);
        assertThat(arrived.data(), allOf(containsString("\"folder\":\"INBOX\""), containsString("data-uid="),
                containsString("class=\\\"unseen\\\""),
                containsString("Lunch &lt;b&gt;today&lt;/b&gt;?"), // escaped by Qute, as on the page
                not(containsString("<b>today</b>?</a>"))));
        assertThat(arrived.id(), matchesPattern("[0-9a-z]+-\\d+"));
        EventStream.Event counts = laptop.next("folder-counts", SOON);
        assertThat(counts.data(), allOf(containsString("{\"path\":\"INBOX\""), containsString("\"unread\":")));
    }

    @Test
    void aBrazilianReadersNewRowComesInPortuguese() {
        EventStream stream = EventStream.open(BASE, cookie(device()), "INBOX", null, "pt-BR");
        open.add(stream);
        stream.next("watching", SOON);
        GreenMailUtil.sendTextEmail(TestMailbox.USER, "bob@example.test", "", "Sem assunto.",
                LiveMailServer.greenMail().getSmtp().getServerSetup());
        EventStream.Event arrived = stream.next("message-new", SOON);
        assertThat(arrived.data(), allOf(containsString("(sem assunto)"), containsString("não lida"),
                containsString("Selecionar: (sem assunto)")));
    }

    @Test
    void aMessageMovedAwayOnThePhoneLeavesTheLaptopsList() throws Exception {
        EventStream laptop = watching(device());
        try (OtherImapClient mailApp = mailApp()) {
            long uid = mailApp.uidOf("INBOX", "Numbered message 050");
            mailApp.move("INBOX", uid, "Trash");

            assertThat(laptop.next("message-gone", SOON).data(), containsString("\"uid\":" + uid));
            assertThat(laptop.next("folder-counts", SOON).data(), containsString("{\"path\":\"Trash\",\"unread\":1,\"total\":1}"));
            // the neighbour of the moved message stays (the sequence numbers after an EXPUNGE must not be trusted blindly)
            assertThat(laptop.collect("message-gone", Duration.ofSeconds(3)), is(java.util.List.of()));
        }
    }

    @Test
    void theStreamIsAnEventStreamThatTellsTheBrowserWhenToRetry() {
        Browser alice = device();
        EventStream stream = watching(alice);
        assertThat(stream.status(), is(200));
        assertThat(stream.contentType(), startsWith("text/event-stream"));
        assertThat(stream.retry(), is("5000"));
        assertThat("proxies must pass events on at once", stream.header("X-Accel-Buffering"), is("no"));
        assertThat(stream.header("Cache-Control"), is("no-cache"));
    }

    @Test
    void aStrangerGetsNoStream() {
        EventStream stream = EventStream.open(BASE, "", "INBOX", null);
        open.add(stream);
        assertThat(stream.status(), is(303));
    }

    @Test
    void theLastStreamClosingReleasesTheWatcherAfterAShortGrace() throws Exception {
        Browser alice = device();
        EventStream first = watching(alice);
        EventStream second = watching(alice);
        assertThat(watchers(), is(1)); // one IMAP connection however many pages
        first.close();
        second.close();
        Thread.sleep(1000);
        assertThat("still watching within the grace, for a reload", watchers(), is(1));
        awaitWatchers(0, Duration.ofSeconds(5));
    }

    @Test
    void aReloadWithinTheGraceGetsWhatItMissedByLastEventId() throws Exception {
        Browser alice = device();
        EventStream before = watching(alice);
        try (OtherImapClient mailApp = mailApp()) {
            long first = mailApp.uidOf("INBOX", "Numbered message 010");
            mailApp.flag("INBOX", first, Flags.Flag.FLAGGED, true);
            String lastId = before.next("message-flags", SOON).id();
            before.close();

            long second = mailApp.uidOf("INBOX", "Numbered message 011");
            mailApp.flag("INBOX", second, Flags.Flag.FLAGGED, true);
            Thread.sleep(500);
            EventStream after = EventStream.open(BASE, "__Host-webmail-session=" + alice.cookie(Browser.SESSION_COOKIE), "INBOX", lastId);
            open.add(after);
            assertThat(after.next("message-flags", SOON).data(), containsString("\"uid\":" + second));
        }
    }

    @Test
    void anUnknownLastEventIdIsAskedToResync() {
        Browser alice = device();
        EventStream stream = EventStream.open(BASE, cookie(alice), "INBOX", "gone-7");
        open.add(stream);
        assertThat(stream.next("resync", SOON).data(), containsString("\"folder\":\"INBOX\""));
        stream.next("watching", SOON);
    }

    @Test
    void signingOutEndsTheStreamAndReleasesTheWatcherAtOnce() throws Exception {
        Browser alice = device();
        EventStream stream = watching(alice);
        alice.post("/logout", java.util.Map.of()).then().statusCode(303);
        assertThat(stream.endsWithin(Duration.ofSeconds(3)), is(true));
        awaitWatchers(0, Duration.ofSeconds(1));
    }

    @Test
    void afterTheMailServerRestartsThePageCatchesUp() throws Exception {
        Browser alice = device();
        EventStream stream = watching(alice);
        LiveMailServer.stopServer();
        stopped = true;
        Thread.sleep(1500);
        LiveMailServer.startServer();
        stopped = false;
        GreenMailUtil.sendTextEmail(TestMailbox.USER, "bob@example.test", "Sent while you were away", "Hello.",
                LiveMailServer.greenMail().getSmtp().getServerSetup());

        // GreenMail has no QRESYNC: the reconnected watcher tells the page to reload its list
        stream.next("resync", Duration.ofSeconds(10));
        stream.next("watching", SOON);
        alice.get("/mail/INBOX").then().statusCode(200).body(org.hamcrest.Matchers.containsString("Sent while you were away"));
    }

    private Browser device() {
        return new Browser().signedIn(TestMailbox.USER, TestMailbox.PASSWORD);
    }

    private EventStream watching(Browser browser) {
        EventStream stream = EventStream.open(BASE, cookie(browser), "INBOX", null);
        open.add(stream);
        stream.next("watching", SOON);
        return stream;
    }

    private static String cookie(Browser browser) {
        return Browser.SESSION_COOKIE + "=" + browser.cookie(Browser.SESSION_COOKIE);
    }

    private static OtherImapClient mailApp() throws Exception {
        return OtherImapClient.plain(LiveMailServer.greenMail().getImap().getPort(), TestMailbox.USER, TestMailbox.PASSWORD);
    }

    private static int watchers() {
        String metrics = new Browser().get("/q/metrics").asString();
        return metrics.lines().filter(l -> l.startsWith("webmail_live_watchers ")).findFirst()
                .map(l -> (int) Double.parseDouble(l.substring(l.indexOf(' ') + 1).trim())).orElse(-1);
    }

    private static void awaitWatchers(int expected, Duration timeout) throws InterruptedException {
        long start = System.nanoTime();
        int now = watchers();
        while (now != expected && System.nanoTime() - start < timeout.toNanos()) {
            Thread.sleep(200);
            now = watchers();
        }
        assertThat("watchers after " + (System.nanoTime() - start) / 1_000_000 + " ms", now, is(expected));
    }
}
