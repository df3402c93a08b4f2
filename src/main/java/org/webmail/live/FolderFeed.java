package org.webmail.live;

import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;

import org.webmail.imap.FolderWatch;
import org.webmail.imap.MailCredentials;
import org.webmail.imap.MailboxChange;

/**
 * The events of one user's folder, fanned out to every open stream of that user (a phone and a laptop, two tabs):
 * one watcher, however many pages. Keeps the last events so a browser that reconnects with Last-Event-ID gets what
 * it missed; one that was away longer, or whose id is from an earlier feed, is told to resync.
 */
final class FolderFeed {

    private static final int REMEMBERED = 100;

    private final String login;
    private final String folder;
    private final String epoch = Long.toString(System.nanoTime() & 0xffffffffffL, 36);
    private final List<FeedListener> listeners = new CopyOnWriteArrayList<>();
    private final Deque<Numbered> recent = new ArrayDeque<>();
    private long sequence;
    private boolean watching;
    private FolderWatch watch;
    private ScheduledFuture<?> closing;
    private volatile ZoneId zone;
    private volatile Locale locale = Locale.ENGLISH;

    FolderFeed(String login, String folder) {
        this.login = login;
        this.folder = folder;
    }

    String login() {
        return login;
    }

    String folder() {
        return folder;
    }

    List<FeedListener> listeners() {
        return listeners;
    }

    synchronized void join(FeedListener listener, String lastEventId, LiveEvents events) {
        listeners.add(listener);
        replay(listener, lastEventId, events);
        if (watching) {
            listener.send(new FeedEvent(lastId(), "watching", events.toEvent(folder, new MailboxChange.Watching(), ZoneId.of("UTC"), Locale.ENGLISH).data()));
        }
    }

    /** Sends what the browser missed since its last event id, or resync when that is no longer known. */
    private void replay(FeedListener listener, String lastEventId, LiveEvents events) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return; // a page just rendered by the server: it is up to date
        }
        long seen = seenSequence(lastEventId);
        boolean known = seen >= 0 && seen <= sequence && (seen == sequence || (!recent.isEmpty() && recent.peekFirst().sequence() <= seen + 1));
        if (!known) {
            listener.send(new FeedEvent(lastId(), "resync", events.resync(folder).data()));
            return;
        }
        recent.stream().filter(n -> n.sequence() > seen).forEach(n -> listener.send(n.event()));
    }

    private long seenSequence(String lastEventId) {
        int dash = lastEventId.indexOf('-');
        if (dash < 0 || !lastEventId.substring(0, dash).equals(epoch)) {
            return -1;
        }
        try {
            return Long.parseLong(lastEventId.substring(dash + 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Numbers an event, remembers it and sends it to every open stream. */
    synchronized int publish(LiveEvents.Named named) {
        if (named.name().equals("watching")) {
            watching = true; // a state, not a change: not numbered, not replayed
            FeedEvent event = new FeedEvent(lastId(), named.name(), named.data());
            listeners.forEach(l -> l.send(event));
            return listeners.size();
        }
        FeedEvent event = new FeedEvent(epoch + "-" + (++sequence), named.name(), named.data());
        recent.addLast(new Numbered(sequence, event));
        if (recent.size() > REMEMBERED) {
            recent.removeFirst();
        }
        listeners.forEach(l -> l.send(event));
        return listeners.size();
    }

    synchronized void disconnected() {
        watching = false;
    }

    private String lastId() {
        return epoch + "-" + sequence;
    }

    /** The credentials of one of the streams' browsers that is still signed in (a renewed token, if it was renewed). */
    MailCredentials credentials() {
        for (FeedListener listener : listeners) {
            try {
                return listener.session().credentials().withOrigin(listener.clientAddress());
            } catch (RuntimeException e) {
                // that browser's sign-in has ended; another may still hold one
            }
        }
        throw new IllegalStateException("no signed-in stream left for " + login);
    }

    /** The language of the rows this feed renders: the one of the page that joined last. */
    Locale locale() {
        return locale;
    }

    void locale(Locale locale) {
        this.locale = locale;
    }

    ZoneId zone() {
        return zone;
    }

    void zone(ZoneId zone) {
        this.zone = zone;
    }

    FolderWatch watch() {
        return watch;
    }

    void watch(FolderWatch watch) {
        this.watch = watch;
    }

    ScheduledFuture<?> closing() {
        return closing;
    }

    void closing(ScheduledFuture<?> closing) {
        this.closing = closing;
    }

    private record Numbered(long sequence, FeedEvent event) {
    }
}
