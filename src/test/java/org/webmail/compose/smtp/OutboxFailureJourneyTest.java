package org.webmail.compose.smtp;

import static org.webmail.compose.smtp.Explained.english;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.webmail.compose.smtp.OutboxTestMessages.settled;
import static org.webmail.compose.smtp.OutboxTestMessages.simple;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.webmail.compose.smtp.OutboxEntry.State;
import org.webmail.support.Browser;
import org.webmail.support.GreenMailTestResource;
import org.webmail.support.TestMailbox;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The outbox against a scripted SMTP server that fails on purpose: retried and delivered once, refused and kept,
 * dropped after the end of data and never resent, a refused sign-in, giving up, a crash mid-send. Time moves by
 * handing the worker a later "now" instead of sleeping through minutes of backoff.
 */
@QuarkusTest
@WithTestResource(GreenMailTestResource.class)
@WithTestResource(ScriptedSmtpResource.class)
class OutboxFailureJourneyTest {

    private static final String ALICE = TestMailbox.USER;

    @Inject
    Outbox outbox;

    @Inject
    DatabaseOutbox storedMessages;

    @Inject
    OutboxDelivery delivery;

    @Inject
    OutboxLedger ledger;

    private Browser alice;

    private static ScriptedSmtpServer smtp() {
        return ScriptedSmtpResource.server();
    }

    @BeforeEach
    void aliceIsSignedIn() {
        smtp().reset();
        alice = new Browser().signedIn(ALICE, TestMailbox.PASSWORD);
    }

    @Test
    void greylistedMailIsRetriedAfterItsWaitAndDeliveredExactlyOnce() {
        smtp().endOfDataReplies("451 4.7.1 Greylisted, please try again later");
        long id = outbox.enqueue(simple(ALICE, "Greylisted lunch"));
        OutboxEntry waiting = settled(outbox, ALICE, id);
        assertEquals(State.WAITING_TO_RETRY, waiting.state());
        assertEquals("451 4.7.1 Greylisted, please try again later", waiting.lastReply());
        assertTrue(Duration.between(waiting.createdAt(), waiting.nextAttemptAt()).compareTo(Duration.ofSeconds(55)) > 0,
                "first retry about a minute later: " + waiting);
        alice.get("/outbox").then().statusCode(200).body(containsString("Waiting to retry, next try"))
                .body(containsString("451 4.7.1 Greylisted"));

        assertEquals(0, delivery.sendDue(waiting.nextAttemptAt().minusSeconds(5)), "not before its time");
        delivery.sendDue(waiting.nextAttemptAt().plusSeconds(1));
        OutboxEntry sent = outbox.entry(ALICE, id);
        assertEquals(State.SENT, sent.state());
        assertEquals(2, sent.attempts());
        assertTrue(sent.lastReply().startsWith("250 2.0.0 Ok"), sent.lastReply());

        delivery.sendDue(Instant.now().plus(Duration.ofDays(2)));
        assertEquals(1, smtp().accepted().size(), "delivered once");
        assertEquals(2, smtp().transactions().size(), "one greylisted try, one accepted");
        alice.get("/outbox/" + id).then().statusCode(200).body(containsString("<strong>Sent</strong>"))
                .body(containsString("250 2.0.0 Ok")).body(not(containsString("Edit and send again")));
    }

    @Test
    void anUnknownRecipientStopsExplainsAndKeepsTheMessageForEditing() {
        OutgoingMessage message = simple(ALICE, "To nobody");
        smtp().rcptReply("550 5.1.1 <bob@example.test>: Recipient address rejected: User unknown");
        long id = outbox.enqueue(message);
        OutboxEntry failed = settled(outbox, ALICE, id);
        assertEquals(State.FAILED, failed.state());
        assertArrayEquals(message.rfc822(), storedMessages.message(ALICE, id), "the message is kept as it was");
        alice.get("/outbox/" + id).then().statusCode(200)
                .body(containsString("<strong>Not sent</strong>"))
                .body(containsString("address does not exist (no such mailbox)"))
                .body(containsString("Recipient address rejected: User unknown"))
                .body(containsString("href=\"/compose?fromOutbox=" + id + "\">Edit and send again"));
        delivery.sendDue(Instant.now().plus(Duration.ofDays(2)));
        assertEquals(State.FAILED, outbox.entry(ALICE, id).state());
        assertTrue(smtp().transactions().isEmpty(), "never retried");
        // "Edit and send again" reopens the kept message as a compose form
        alice.get("/compose?fromOutbox=" + id).then().statusCode(200)
                .body(containsString("value=\"To nobody\""))
                .body(containsString("bob@example.test"));
        new Browser().signedIn("bob@example.test", "bob-pass").get("/compose?fromOutbox=" + id).then().statusCode(404);
    }

    @Test
    void aConnectionLostAfterTheEndOfDataIsOutcomeUnknownAndNeverResent() {
        smtp().endOfDataReplies(ScriptedSmtpServer.DROP);
        long id = outbox.enqueue(simple(ALICE, "Did it go?"));
        assertEquals(State.OUTCOME_UNKNOWN, settled(outbox, ALICE, id).state());
        delivery.sendDue(Instant.now().plus(Duration.ofDays(2)));
        assertEquals(1, smtp().transactions().size(), "sent once, not again");
        alice.get("/outbox/" + id).then().statusCode(200).body(containsString("Outcome unknown – check Sent"))
                .body(containsString("check your Sent folder"));
    }

    @Test
    void aMessageStillBeingSentSaysSoAndItsPageReloadsItselfUntilTheServerAnswers() {
        smtp().greeting(ScriptedSmtpServer.STALL); // connected, but the server never says a word
        long id = outbox.enqueue(simple(ALICE, "Slow server"));
        alice.get("/outbox/" + id).then().statusCode(200).body(containsString("<strong>Sending</strong>"))
                .body(containsString("<meta http-equiv=\"refresh\" content=\"3\">"));
        OutboxEntry waiting = settled(outbox, ALICE, id);
        assertEquals(State.WAITING_TO_RETRY, waiting.state());
        alice.get("/outbox/" + id).then().statusCode(200).body(containsString("Waiting to retry"))
                .body(not(containsString("http-equiv=\"refresh\"")));
        smtp().reset(); // the server wakes up: the retry delivers it
        delivery.sendDue(waiting.nextAttemptAt().plusSeconds(1));
        assertEquals(State.SENT, outbox.entry(ALICE, id).state());
    }

    @Test
    void aRefusedSignInIsExplained() {
        smtp().authReply("535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6");
        long id = outbox.enqueue(simple(ALICE, "Wrong password"));
        OutboxEntry failed = settled(outbox, ALICE, id);
        assertEquals(State.FAILED, failed.state());
        assertTrue(english(failed.explanation()).contains("authentication failed"), english(failed.explanation()));
        assertTrue(failed.lastReply().contains("535 5.7.8"), failed.lastReply());
        // The page words it in the reader's language; the server's own words stay as they were.
        alice.request().header("Accept-Language", "pt-BR").get("/outbox/" + id).then().statusCode(200)
                .body(containsString("<strong>Não enviada</strong>"))
                .body(containsString("O servidor de e-mail não aceitou a sua entrada para enviar (falha na autenticação)."))
                .body(containsString("535 5.7.8 Error: authentication failed"));
        alice.request().header("Accept-Language", "en").get("/outbox/" + id).then().statusCode(200)
                .body(containsString("<strong>Not sent</strong>"))
                .body(containsString("The mail server did not accept your sign-in for sending (authentication failed)."));
    }

    @Test
    void aServerThatKeepsSayingLaterIsGivenUpOnAfterADay() {
        smtp().endOfDataReplies("451 4.3.0 try later", "451 4.3.0 try later", "451 4.3.0 try later");
        long id = outbox.enqueue(simple(ALICE, "Never today"));
        Instant queued = settled(outbox, ALICE, id).createdAt();
        delivery.sendDue(queued.plus(Duration.ofHours(23)));
        assertEquals(State.WAITING_TO_RETRY, outbox.entry(ALICE, id).state());
        delivery.sendDue(queued.plus(Duration.ofHours(23).plusMinutes(59)));
        OutboxEntry gaveUp = outbox.entry(ALICE, id);
        assertEquals(State.FAILED, gaveUp.state());
        assertEquals(3, gaveUp.attempts());
        assertTrue(english(gaveUp.explanation()).contains("gave up"), english(gaveUp.explanation()));
    }

    @Test
    void mailOfAUserWithoutASessionWaitsForTheirSignIn() {
        String carol = "carol@example.test";
        long id = outbox.enqueue(simple(carol, "From carol after a restart"));
        assertEquals(State.WAITING_FOR_SIGN_IN, settled(outbox, carol, id).state());
        assertTrue(smtp().transactions().isEmpty());
        new Browser().signedIn(carol, "carol-pass");
        OutboxEntry sent = OutboxTestMessages.await(outbox, carol, id, e -> e.state() == State.SENT);
        assertTrue(smtp().accepted().getFirst().authorization().endsWith("\0carol-pass"), "sent with carol's own login");
        assertNull(sent.explanation());
    }

    @Test
    void aSendInterruptedByACrashIsOutcomeUnknownNotResent() {
        Instant crashedAt = Instant.now();
        long id = ledger.store(simple(ALICE, "Sent while the power went out"), crashedAt);
        assertTrue(ledger.claim(id, crashedAt), "a worker took it, then its process died");
        delivery.sendDue(crashedAt.plus(Duration.ofMinutes(16)));
        OutboxEntry entry = outbox.entry(ALICE, id);
        assertEquals(State.OUTCOME_UNKNOWN, entry.state());
        assertTrue(english(entry.explanation()).contains("stopped while this message was being sent"), english(entry.explanation()));
        assertTrue(smtp().transactions().isEmpty());
    }

    @Test
    void nobodySeesSomeoneElsesMail() {
        long id = outbox.enqueue(simple(ALICE, "Private to alice"));
        settled(outbox, ALICE, id);
        Browser bob = new Browser().signedIn("bob@example.test", "bob-pass");
        bob.get("/outbox/" + id).then().statusCode(404);
        bob.get("/outbox").then().statusCode(200).body(not(containsString("Private to alice")));
        assertNull(storedMessages.message("bob@example.test", id));
        alice.get("/outbox").then().statusCode(200).body(containsString("Private to alice"));
    }
}
