package org.webmail.compose.smtp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.webmail.account.UserSignedIn;
import org.webmail.imap.MailCredentials;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends what the outbox holds: promptly after enqueue, then on a timer for retries and for mail left queued by a
 * restart, and when a user whose mail waited for their credentials signs in again. Each send runs on its own
 * virtual thread; the claim in {@link OutboxLedger} makes sure one message is sent by one worker once.
 */
@ApplicationScoped
public class OutboxDelivery {

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class);
    private static final int BATCH = 100;

    @Inject
    OutboxLedger ledger;

    @Inject
    SmtpSubmission submission;

    @Inject
    SubmissionCredentials credentials;

    @Inject
    SentFollowUps followUps;

    @Inject
    OutboxSettings settings;

    @Inject
    MeterRegistry meters;

    private final Clock clock = Clock.systemUTC();
    /** The attempt started right after enqueue, per message, while it runs (the Send click may wait for it). */
    private final Map<Long, CompletableFuture<Void>> firstAttempts = new ConcurrentHashMap<>();
    private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();

    void sendSoon(long id) {
        start(id, recorded -> attempt(id, clock.instant(), recorded), () -> { });
    }

    /** Sends a message its caller stored already claimed ({@link OutboxLedger#storeClaimed}), without reading it back. */
    void sendClaimed(PendingSend pending) {
        start(pending.id(), recorded -> send(pending, clock.instant(), recorded), () -> ledger.release(pending.id()));
    }

    private void start(long id, java.util.function.Consumer<Runnable> work, Runnable ifRejected) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        firstAttempts.put(id, done);
        try {
            senders.execute(() -> {
                try {
                    work.accept(() -> done.complete(null));
                } finally {
                    done.complete(null);
                    firstAttempts.remove(id, done);
                }
            });
        } catch (RejectedExecutionException e) {
            // Shutting down: the message stays stored and queued, and the next start sends it.
            firstAttempts.remove(id, done);
            ifRejected.run();
            LOG.infof("outbox %d: left queued for the next start (%s)", id, e.getMessage());
        }
    }

    /**
     * Waits, at most {@code atMost}, until the attempt started for this message has a recorded outcome (sent,
     * refused, waiting to retry...), so the page after Send can say what happened instead of "sending".
     */
    void awaitAttempt(long id, Duration atMost) {
        CompletableFuture<Void> done = firstAttempts.get(id);
        if (done == null) {
            return;
        }
        try {
            done.get(atMost.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // still talking to the server: the outbox page shows it as sending
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // the attempt's own handling recorded whatever happened
        }
    }

    void atStartup(@Observes StartupEvent event) {
        abandonStale(clock.instant());
    }

    @Scheduled(every = "${webmail.outbox.poll-interval:5s}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        Instant now = clock.instant();
        abandonStale(now);
        // Mail parked by a replica where the user had no session goes out from the replica that has one.
        ledger.loginsWaitingForSignIn().stream().filter(login -> credentials.forUser(login).isPresent()).forEach(this::resume);
        ledger.due(now, BATCH).forEach(this::sendSoon);
    }

    void signedIn(@Observes UserSignedIn signedIn) {
        try {
            resume(signedIn.login());
        } catch (RuntimeException e) {
            // A sign-in must never fail because of the outbox; the next poll tries again.
            LOG.errorf(e, "outbox: could not resume the mail of %s after sign-in", signedIn.login());
        }
    }

    private void resume(String login) {
        List<Long> waiting = ledger.resume(login);
        if (!waiting.isEmpty()) {
            LOG.infof("%s is signed in: sending %d message(s) that waited for their sign-in", login, waiting.size());
            waiting.forEach(this::sendSoon);
        }
    }

    /** Sends, on this thread, every message due at {@code now}; returns how many were tried. */
    public int sendDue(Instant now) {
        abandonStale(now);
        int tried = 0;
        for (long id : ledger.due(now, BATCH)) {
            tried += attempt(id, now, () -> { }) ? 1 : 0;
        }
        return tried;
    }

    /**
     * One try at one message, if it is due and no other worker has it; true if this worker took it.
     * {@code recorded} runs once the outcome is in the database, before the Sent copy and flags.
     */
    boolean attempt(long id, Instant now, Runnable recorded) {
        if (!ledger.claim(id, now)) {
            return false;
        }
        send(ledger.pending(id), now, recorded);
        return true;
    }

    /** Sends a message this worker has claimed, records the outcome, then files the Sent copy and flags. */
    private void send(PendingSend pending, Instant now, Runnable recorded) {
        long started = System.nanoTime();
        long id = pending.id();
        Optional<MailCredentials> login = credentials.forUser(pending.login());
        if (login.isEmpty()) {
            ledger.waitForSignIn(id);
            return;
        }
        SubmissionOutcome outcome = submit(login.get(), pending);
        DeliveryState state = ledger.record(id, outcome, now);
        recorded.run();
        meters.timer("webmail.outbox.attempt").record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        LOG.infof("outbox %d %s for %s via %s: %s", id, state, pending.login(), outcome.relay(), outcome.reply());
        if (state == DeliveryState.SENT) {
            String note = followUps.run(login.get(), pending);
            if (note != null) {
                ledger.noteFollowUp(id, note);
            }
        }
    }

    private SubmissionOutcome submit(MailCredentials login, PendingSend pending) {
        try {
            return submission.submit(login, pending.envelopeFrom(), pending.recipients(), pending.message());
        } catch (RuntimeException e) {
            // We cannot tell how far the dialogue got: never risk a second copy.
            LOG.errorf(e, "outbox %d: unexpected failure while sending", pending.id());
            return new SubmissionOutcome(SubmissionOutcome.Kind.UNKNOWN, null, "(no reply: " + e + ")", ReplyExplanation.UNKNOWN);
        }
    }

    private void abandonStale(Instant now) {
        int abandoned = ledger.abandonStale(now.minus(settings.sendingStaleAfter()), now);
        if (abandoned > 0) {
            LOG.warnf("outbox: %d message(s) were left mid-send by a stopped process; marked outcome unknown", abandoned);
        }
    }

    @PreDestroy
    void stop() {
        senders.shutdown();
    }
}
