package org.webmail.message.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** RFC 3676 format=flowed: soft breaks (a trailing space) join lines, hard breaks stay. */
class FlowedTextTest {

    @Test
    void linesEndingInASpaceJoinTheNextLineIntoOneParagraph() {
        assertEquals("This is one long paragraph that the sender wrapped.\nNext paragraph.",
                FlowedText.unflow("This is one long \r\nparagraph that the \r\nsender wrapped.\r\nNext paragraph.", false));
    }

    @Test
    void delSpRemovesTheSpaceTheSenderAddedBeforeEachSoftBreak() {
        assertEquals("Donaudampfschifffahrt", FlowedText.unflow("Donau \r\ndampf \r\nschifffahrt", true));
    }

    @Test
    void spaceStuffedLinesLoseTheirStuffingSpace() {
        assertEquals(">From here\n indented", FlowedText.unflow(" >From here\r\n  indented", false));
        assertEquals("From the start", FlowedText.unflow(" From the start", false));
    }

    @Test
    void quotedFlowedLinesJoinWithinTheSameQuoteDepth() {
        assertEquals("> She wrote this long line.\n>> And he wrote this.\nMy answer.",
                FlowedText.unflow("> She wrote \r\n> this long line.\r\n>> And he \r\n>> wrote this.\r\nMy answer.", false));
    }

    @Test
    void aChangeOfQuoteDepthEndsTheParagraphEvenAfterASoftBreak() {
        assertEquals("> quoted\nnot quoted", FlowedText.unflow("> quoted \r\nnot quoted", false));
    }

    @Test
    void theSignatureSeparatorIsNeverJoinedWithTheSignature() {
        assertEquals("Cheers\n-- \nAnn", FlowedText.unflow("Cheers\r\n-- \r\nAnn", false));
    }

    @Test
    void emptyQuotedLinesStayAsBareQuoteMarks() {
        assertEquals("> a\n>\n> b", FlowedText.unflow("> a\r\n>\r\n> b", false));
    }
}
