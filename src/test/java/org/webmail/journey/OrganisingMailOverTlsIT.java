package org.webmail.journey;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.webmail.journey.OrganisingMailJourneyTest.act;
import static org.webmail.journey.OrganisingMailJourneyTest.follow;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.webmail.interop.DovecotTestResource;
import org.webmail.support.Browser;
import org.webmail.support.TestMailbox;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Organising alice's mail on the real Dovecot (MOVE, UIDPLUS, '/' as delimiter, \Archive and \Junk special-use
 * folders). Its own resource arguments give it its own application start, and so a freshly reset mailbox that
 * the reading journeys never see after these moves.
 */
@QuarkusTest
@WithTestResource(value = DovecotTestResource.class, initArgs = {
        @ResourceArg(name = "security", value = "TLS"), @ResourceArg(name = "journey", value = "organising")})
class OrganisingMailOverTlsIT {

    private final Browser alice = new Browser().signedIn(TestMailbox.USER, TestMailbox.PASSWORD);

    @Test
    void twoMessagesMoveToANestedFolderWithUidMove() {
        long first = ReadingMailJourney.uidOf(alice, "Numbered message 010");
        long second = ReadingMailJourney.uidOf(alice, "Numbered message 011");

        String page = follow(alice, act(alice, "INBOX", Map.of("action", "move", "target", "Projects/2026"), first, second));

        assertTrue(page.contains("2 messages moved to Projects/2026."), page);
        String nested = alice.get("/mail/Projects/2026").asString();
        assertTrue(nested.contains("Numbered message 010") && nested.contains("Numbered message 011"));
        assertFalse(alice.get("/mail/INBOX?page=3").asString().contains("Numbered message 010"));
    }

    @Test
    void archiveAndJunkUseTheSpecialUseFoldersAndNotJunkComesBack() {
        long archived = ReadingMailJourney.uidOf(alice, "Numbered message 020");
        long junk = ReadingMailJourney.uidOf(alice, "Numbered message 021");

        assertTrue(follow(alice, act(alice, "INBOX", Map.of("action", "archive"), archived)).contains("1 message moved to Archive."));
        assertTrue(follow(alice, act(alice, "INBOX", Map.of("action", "junk"), junk)).contains("1 message moved to Junk."));
        assertTrue(alice.get("/mail/Archive").asString().contains("Numbered message 020"));
        String junkPage = alice.get("/mail/Junk").asString();
        assertTrue(junkPage.contains("Numbered message 021"));

        long inJunk = Long.parseLong(junkPage.replaceAll("(?s).*href=\"/mail/Junk/(\\d+)\">Numbered message 021.*", "$1"));
        assertTrue(follow(alice, act(alice, "Junk", Map.of("action", "notjunk", "back", "/mail/Junk"), inJunk))
                .contains("1 message moved back to the Inbox."));
        assertTrue(ReadingMailJourney.uidOf(alice, "Numbered message 021") > 0);
    }

    @Test
    void deletingGoesToTrashAndFromTrashOnlyWithConfirmation() {
        long uid = ReadingMailJourney.uidOf(alice, "Numbered message 030");
        assertTrue(follow(alice, act(alice, "INBOX", Map.of("action", "delete"), uid)).contains("1 message moved to Trash."));
        String trash = alice.get("/mail/Trash").asString();
        long inTrash = Long.parseLong(trash.replaceAll("(?s).*href=\"/mail/Trash/(\\d+)\">Numbered message 030.*", "$1"));

        String question = act(alice, "Trash", Map.of("action", "delete"), inTrash).then().statusCode(200).extract().asString();
        assertTrue(question.contains("Delete this message from Trash for good?"));
        assertTrue(alice.get("/mail/Trash").asString().contains("Numbered message 030"));

        assertTrue(follow(alice, act(alice, "Trash", Map.of("action", "delete", "confirm", "yes"), inTrash, inTrash + 5000))
                .contains("1 message deleted for good. 1 message was no longer there"));
        assertFalse(alice.get("/mail/Trash").asString().contains("Numbered message 030"));
    }

    @Test
    void readAndFlagChangesShowInTheList() {
        long uid = ReadingMailJourney.uidOf(alice, "Numbered message 040");
        assertTrue(follow(alice, act(alice, "INBOX", Map.of("action", "flag"), uid)).contains("1 message flagged."));
        assertTrue(follow(alice, act(alice, "INBOX", Map.of("action", "read"), uid)).contains("1 message marked as read."));
        String page = alice.get("/mail/INBOX?page=2").asString();
        int link = page.indexOf("href=\"/mail/INBOX/" + uid + "?page=2\""); // rows link with their list page
        String row = page.substring(page.lastIndexOf("<tr", link), link);
        assertTrue(row.contains("flagged") && !row.contains("unseen"), row);
    }
}
