package org.webmail.imap;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import jakarta.mail.MessagingException;
import org.jboss.logging.Logger;

/**
 * One folder of one user watched on a connection of its own, on a virtual thread of its own: a watcher that waits
 * in IDLE blocks no platform thread (JDK 24+: a virtual thread no longer pins in synchronized code, which Angus is
 * full of). It reconnects after a drop with growing pauses, taking fresh credentials each time (a renewed single
 * sign-on token), and reports what changed meanwhile. Ends on {@link #close}.
 */
public final class FolderWatch implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(FolderWatch.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    private final ImapConnector connector;
    private final String folder;
    private final Supplier<MailCredentials> credentials;
    private final Consumer<List<MailboxChange>> listener;
    private final WatchSettings settings;
    private final java.util.concurrent.ScheduledExecutorService timers;
    private final Thread thread;
    private final Consumer<FolderWatch> ended;
    private volatile boolean closed;
    private volatile WatchedMailbox current;

    FolderWatch(ImapConnector connector, String folder, Supplier<MailCredentials> credentials,
                Consumer<List<MailboxChange>> listener, WatchSettings settings,
                java.util.concurrent.ScheduledExecutorService timers, Consumer<FolderWatch> ended) {
        this.connector = connector;
        this.folder = folder;
        this.credentials = credentials;
        this.listener = listener;
        this.settings = settings;
        this.ended = ended;
        this.timers = timers;
        this.thread = Thread.ofVirtual().name("imap-watch").unstarted(() -> {
            try {
                run();
            } finally {
                LOG.debugf("Watch of %s ended", folder);
                ended.accept(this);
            }
        });
    }

    void start() {
        thread.start();
    }

    /** True while a connection watches the folder. */
    public boolean connected() {
        return current != null;
    }

    public String folder() {
        return folder;
    }

    private void run() {
        WatchedMailbox.Resume resume = null;
        Duration pause = settings.reconnectMin();
        while (!closed) {
            WatchedMailbox mailbox = null;
            try {
                mailbox = WatchedMailbox.open(connector, credentials.get(), folder, resume);
                current = mailbox;
                LOG.debugf("Watching %s", folder);
                resume = mailbox.resume(); // a drop from now on is caught up from here
                report(mailbox.caughtUp());
                report(List.of(new MailboxChange.Watching()));
                pause = settings.reconnectMin();
                while (!closed) {
                    report(mailbox.awaitChanges(settings.idleRenew(), settings.pollInterval(), timers));
                    resume = mailbox.resume();
                }
            } catch (FolderNotFoundException e) {
                LOG.infof("Stopped watching %s: %s", folder, e.getMessage());
                return; // asking again will not make it exist; a reload of the page starts a new watch
            } catch (MessagingException | RuntimeException e) {
                if (closed) {
                    break;
                }
                LOG.debugf("Watch of %s lost its connection (%s); again in %s", folder, e.getMessage(), pause);
            } finally {
                current = null; // released from here on, even if the LOGOUT below waits for a hung server
                if (mailbox != null) {
                    mailbox.close();
                }
            }
            if (!closed && !pauseFor(pause)) {
                break;
            }
            pause = pause.multipliedBy(2).compareTo(settings.reconnectMax()) > 0 ? settings.reconnectMax() : pause.multipliedBy(2);
        }
    }

    private void report(List<MailboxChange> changes) {
        if (changes.isEmpty() || closed) {
            return;
        }
        try {
            listener.accept(changes);
        } catch (RuntimeException e) {
            LOG.warnf(e, "A listener of the watch of %s failed", folder);
        }
    }

    private static boolean pauseFor(Duration pause) {
        try {
            Thread.sleep(pause);
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }

    /** Stops watching: ends IDLE with DONE when in it, else interrupts whatever the thread waits for. */
    @Override
    public void close() {
        closed = true;
        WatchedMailbox mailbox = current;
        if (mailbox != null && mailbox.inIdle()) {
            mailbox.wake(); // DONE, then a LOGOUT: the server sees a client leave, not a dropped connection
            // a server that never answers DONE still lets go of us
            try {
                timers.schedule(thread::interrupt, STOP_WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                thread.interrupt(); // shutting down
            }
        } else {
            thread.interrupt(); // a virtual thread blocked on a socket has it closed (JDK 21+), a sleep ends
        }
    }

    /** Waits until the watcher's connection is closed (for tests and an orderly shutdown). */
    public boolean awaitClosed(Duration timeout) throws InterruptedException {
        return thread.join(timeout);
    }
}
