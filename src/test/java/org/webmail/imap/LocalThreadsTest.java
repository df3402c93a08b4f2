package org.webmail.imap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Threading here when the server has no THREAD: RFC 5256 section 2.2's REFERENCES, simplified. */
class LocalThreadsTest {

    private static ThreadHeaders mail(long uid, String id, String subject, String... references) {
        return new ThreadHeaders(uid, id, List.of(references), subject);
    }

    @Test
    void repliesJoinTheMessageTheyAnswerParentBeforeChild() {
        List<List<Long>> threads = LocalThreads.group(List.of(
                mail(1, "<a@x>", "Offsite"),
                mail(2, "<other@x>", "Lunch?"),
                mail(3, "<b@x>", "Re: Offsite", "<a@x>"),
                mail(4, "<c@x>", "Re: Offsite", "<a@x>", "<b@x>")));
        assertEquals(List.of(List.of(1L, 3L, 4L), List.of(2L)), threads);
    }

    @Test
    void aReplyArrivingBeforeItsParentStillEndsUpBelowIt() {
        List<List<Long>> threads = LocalThreads.group(List.of(
                mail(1, "<b@x>", "Re: Offsite", "<a@x>"),
                mail(2, "<a@x>", "Offsite")));
        assertEquals(List.of(List.of(2L, 1L)), threads);
    }

    @Test
    void repliesToAParentMissingFromTheFolderStayTogether() {
        List<List<Long>> threads = LocalThreads.group(List.of(
                mail(1, "<b@x>", "Re: Budget", "<gone@x>"),
                mail(2, "<c@x>", "Re: Budget", "<gone@x>"),
                mail(3, "<d@x>", "Something else")));
        assertEquals(List.of(List.of(1L, 2L), List.of(3L)), threads);
    }

    @Test
    void aGrandchildWhoseParentIsMissingIsLinkedThroughItsReferences() {
        // 3's References name the root and the absent middle message: the chain is kept through the gap
        List<List<Long>> threads = LocalThreads.group(List.of(
                mail(1, "<a@x>", "Plan"),
                mail(3, "<c@x>", "Re: Plan", "<a@x>", "<missing@x>")));
        assertEquals(List.of(List.of(1L, 3L)), threads);
    }

    @Test
    void inReplyToAloneIsEnoughWhenThereAreNoReferences() {
        // WindowThreads passes In-Reply-To's first id as the only reference when References is absent (RFC 5256 2.2)
        List<List<Long>> threads = LocalThreads.group(List.of(
                mail(1, "<a@x>", "Question"),
                mail(2, "<b@x>", "Re: Question", "<a@x>")));
        assertEquals(List.of(List.of(1L, 2L)), threads);
    }

    @Test
    void aMessageOwnReferencesOutweighWhatOthersClaimedAboutIt() {
        // 2 claims <b@x> is a child of <wrong@x>; <b@x> itself says it answers <a@x>
        List<List<Long>> threads = LocalThreads.group(List.of(
                mail(1, "<a@x>", "Topic"),
                mail(2, "<c@x>", "Re: Topic", "<wrong@x>", "<b@x>"),
                mail(3, "<b@x>", "Re: Topic", "<a@x>")));
        assertEquals(List.of(List.of(1L, 3L, 2L)), threads);
    }

    @Test
    void referencesThatFormALoopDoNotLoseMessagesOrHang() {
        List<List<Long>> threads = LocalThreads.group(List.of(
                mail(1, "<a@x>", "Loop", "<b@x>"),
                mail(2, "<b@x>", "Loop", "<a@x>"),
                mail(3, "<c@x>", "Self", "<c@x>")));
        List<Long> all = threads.stream().flatMap(List::stream).sorted().toList();
        assertEquals(List.of(1L, 2L, 3L), all);
        assertEquals(List.of(List.of(2L, 1L), List.of(3L)), threads);
    }

    @Test
    void aDuplicateMessageIdStaysInTheFirstCopysConversation() {
        List<List<Long>> threads = LocalThreads.group(List.of(
                mail(1, "<a@x>", "Hello"),
                mail(2, "<a@x>", "Hello"),
                mail(3, "<b@x>", "Re: Hello", "<a@x>")));
        assertEquals(List.of(List.of(1L, 2L, 3L)), threads);
    }

    @Test
    void messagesWithoutMessageIdAreEachTheirOwnConversation() {
        List<List<Long>> threads = LocalThreads.group(List.of(
                mail(1, null, "Note"),
                mail(2, null, "Another note")));
        assertEquals(List.of(List.of(1L), List.of(2L)), threads);
    }

    @Test
    void theSubjectJoinsOnlyAReplyThatCarriesNoReferences() {
        List<List<Long>> threads = LocalThreads.group(List.of(
                mail(1, "<a@x>", "Weekly report"),
                mail(2, "<b@x>", "Weekly report"),
                mail(3, "<c@x>", "RE: Fwd: weekly  report"),
                mail(4, "<d@x>", "Re: Weekly report", "<elsewhere@x>")));
        assertEquals(List.of(List.of(1L, 3L), List.of(2L), List.of(4L)), threads);
    }

    @Test
    void baseSubjectsDropReplyAndForwardPrefixesAndListTags() {
        assertEquals(new BaseSubject("offsite", true), BaseSubject.of("Re: [team] Fwd: Offsite"));
        assertEquals(new BaseSubject("offsite", true), BaseSubject.of("AW: Offsite (fwd)"));
        assertEquals(new BaseSubject("regarding: offsite", false), BaseSubject.of("Regarding: Offsite"));
        assertEquals(new BaseSubject("", false), BaseSubject.of(null));
    }

    @Test
    void aLongChainOfRepliesIsOneConversationInOrder() {
        List<ThreadHeaders> chain = new ArrayList<>();
        chain.add(mail(1, "<m1@x>", "Chain"));
        for (int i = 2; i <= 5_000; i++) {
            chain.add(mail(i, "<m" + i + "@x>", "Re: Chain", "<m" + (i - 1) + "@x>"));
        }
        List<List<Long>> threads = LocalThreads.group(chain);
        assertEquals(1, threads.size());
        assertEquals(5_000, threads.getFirst().size());
        assertEquals(5_000L, threads.getFirst().getLast());
    }
}
