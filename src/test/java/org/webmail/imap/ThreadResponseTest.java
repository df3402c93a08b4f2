package org.webmail.imap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Reading THREAD responses, on the examples of RFC 5256 section 4. */
class ThreadResponseTest {

    @Test
    void eachTopLevelListIsOneConversationWithItsNestedRepliesParentFirst() {
        // RFC 5256 section 4: "(2)(3 6 (4 23)(44 7 96))", message 6 having two subthreads
        assertEquals(List.of(List.of(2L), List.of(3L, 6L, 4L, 23L, 44L, 7L, 96L)),
                ThreadResponse.parse("(2)(3 6 (4 23)(44 7 96))"));
    }

    @Test
    void siblingsOfAParentNotInTheMailboxFormOneConversation() {
        // RFC 5256 section 4: "((3)(5))", 3 and 5 being siblings of a parent that does not exist
        assertEquals(List.of(List.of(3L, 5L)), ThreadResponse.parse("((3)(5))"));
    }

    @Test
    void theLongExampleOfTheRfcGivesOneConversationPerList() {
        // RFC 5256 section 4, the answer to "THREAD ORDEREDSUBJECT UTF-8 SINCE 5-MAR-2000"
        String data = "(166)(167)(168)(169)(172)(170)(171)(173)(174 (175)(176)(178)(181)(180))(179)(177 (183)(182)(188)(184)"
                + "(185)(186)(187)(189))(190)(191)(192)(193)(194 195)(196 (197)(198))(199)(200 202)(201)(203)(204)(205)(206 207)(208)";
        List<List<Long>> threads = ThreadResponse.parse(data);
        assertEquals(25, threads.size());
        assertEquals(List.of(174L, 175L, 176L, 178L, 181L, 180L), threads.get(8));
        assertEquals(List.of(177L, 183L, 182L, 188L, 184L, 185L, 186L, 187L, 189L), threads.get(10));
        assertEquals(List.of(196L, 197L, 198L), threads.get(16));
        assertEquals(List.of(208L), threads.getLast());
    }

    @Test
    void anEmptyMailboxAnswersWithNoLists() {
        assertEquals(List.of(), ThreadResponse.parse(""));
        assertEquals(List.of(), ThreadResponse.parse(" "));
    }

    @Test
    void uidsBeyondTheIntegerRangeAreRead() {
        assertEquals(List.of(List.of(4294967295L, 4294967294L)), ThreadResponse.parse(" (4294967295 4294967294)"));
    }

    @Test
    void deepNestingIsReadWithoutRecursion() {
        String deep = "(1 ".repeat(100_000) + ")".repeat(100_000);
        assertEquals(100_000, ThreadResponse.parse(deep).getFirst().size());
    }

    @Test
    void aBrokenResponseIsRefusedRatherThanMisread() {
        assertThrows(IllegalArgumentException.class, () -> ThreadResponse.parse("(1 2"));
        assertThrows(IllegalArgumentException.class, () -> ThreadResponse.parse("(1))"));
        assertThrows(IllegalArgumentException.class, () -> ThreadResponse.parse("7 (1)"));
        assertThrows(IllegalArgumentException.class, () -> ThreadResponse.parse("(1 x)"));
    }
}
