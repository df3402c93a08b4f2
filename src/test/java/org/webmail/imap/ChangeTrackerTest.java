package org.webmail.imap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Flags;

import org.eclipse.angus.mail.iap.Protocol;
import org.eclipse.angus.mail.imap.protocol.FetchResponse;
import org.eclipse.angus.mail.imap.protocol.IMAPResponse;
import org.junit.jupiter.api.Test;

/** What the watcher makes of the server's untagged responses, with and without QRESYNC. */
class ChangeTrackerTest {

    /** The response as Angus reads it off the wire (a FETCH is parsed into its items on the way). */
    private static IMAPResponse line(String response) throws Exception {
        IMAPResponse parsed = new IMAPResponse(response);
        if (!parsed.keyEquals("FETCH")) {
            return parsed;
        }
        byte[] wire = (response + "\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Protocol protocol = new Protocol(new java.io.ByteArrayInputStream(wire), new java.io.PrintStream(java.io.OutputStream.nullOutputStream()),
                new java.util.Properties(), false);
        return new FetchResponse(protocol);
    }

    @Test
    void anExpungeNamesTheUidTheSequenceNumberHadAndRenumbersTheRest() throws Exception {
        ChangeTracker tracker = new ChangeTracker(new SequenceUids(new long[] {10, 11, 12}), 3, 0);
        tracker.handleResponse(line("* 2 EXPUNGE"));
        tracker.handleResponse(line("* 2 EXPUNGE")); // what was 3 is now 2
        ChangeTracker.Noted noted = tracker.drain();
        assertEquals(java.util.List.of(11L, 12L), noted.gone());
        assertTrue(noted.expunged());
    }

    @Test
    void aFlagChangeWithoutUidIsTracedThroughTheSequenceMap() throws Exception {
        ChangeTracker tracker = new ChangeTracker(new SequenceUids(new long[] {10, 11}), 2, 0);
        tracker.handleResponse(line("* 2 FETCH (FLAGS (\\Seen \\Flagged))"));
        ChangeTracker.Noted noted = tracker.drain();
        assertTrue(noted.flags().get(11L).contains(Flags.Flag.FLAGGED));
        assertFalse(noted.lost());
    }

    @Test
    void newMailIsNotedAndAMessageThatCameAndWentUnseenIsNotReported() throws Exception {
        ChangeTracker tracker = new ChangeTracker(new SequenceUids(new long[] {10}), 1, 0);
        tracker.handleResponse(line("* 2 EXISTS"));
        assertTrue(tracker.hasNews());
        tracker.handleResponse(line("* 2 EXPUNGE"));
        ChangeTracker.Noted noted = tracker.drain();
        assertTrue(noted.arrived());
        assertTrue(noted.gone().isEmpty());
        assertFalse(tracker.hasNews());
    }

    @Test
    void ourOwnRowFetchIsNotAFlagChangeButTeachesTheMapItsUid() throws Exception {
        ChangeTracker tracker = new ChangeTracker(new SequenceUids(new long[] {10}), 1, 0);
        tracker.handleResponse(line("* 2 EXISTS"));
        tracker.drain();
        tracker.handleResponse(line("* 2 FETCH (UID 15 FLAGS () ENVELOPE (NIL \"Hi\" NIL NIL NIL NIL NIL NIL NIL NIL))"));
        assertFalse(tracker.hasNews());
        tracker.handleResponse(line("* 2 EXPUNGE"));
        assertEquals(java.util.List.of(15L), tracker.drain().gone());
    }

    @Test
    void withQresyncVanishedAndFetchCarryTheUidsAndTheModSeqAdvances() throws Exception {
        ChangeTracker tracker = new ChangeTracker(null, 5, 100);
        tracker.handleResponse(line("* VANISHED 3:4,9"));
        tracker.handleResponse(line("* 1 FETCH (UID 2 MODSEQ (120) FLAGS (\\Answered))"));
        ChangeTracker.Noted noted = tracker.drain();
        assertEquals(java.util.List.of(3L, 4L, 9L), noted.gone());
        assertFalse(noted.expunged());
        assertTrue(noted.flags().get(2L).contains(Flags.Flag.ANSWERED));
        assertEquals(120, tracker.highestModSeq());
    }

    @Test
    void withoutAMapAPlainExpungeCannotBeToldAndAsksForAResync() throws Exception {
        ChangeTracker tracker = new ChangeTracker(null, 5, 0);
        tracker.handleResponse(line("* 3 EXPUNGE"));
        assertTrue(tracker.drain().lost());
    }
}
