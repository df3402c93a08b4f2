package org.webmail.journey;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.Flags;

import org.junit.jupiter.api.Test;
import org.webmail.support.Browser;
import org.webmail.support.GreenMailTestResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Organising mail in the browser without JavaScript: the folder list's checkboxes and action bar, the read view's
 * buttons, one form post per action, then back to the page with a sentence saying what happened. Each journey has
 * a mailbox of its own (GreenMail, which offers MOVE and UIDPLUS).
 */
@QuarkusTest
@WithTestResource(GreenMailTestResource.class)
class OrganisingMailJourneyTest {

    @Test
    void theFolderListHasACheckboxPerRowSelectAllAndOneActionForm() throws Exception {
        OwnMailbox mailbox = OwnMailbox.create("Projects");
        List<Long> uids = mailbox.fill("INBOX", "Hello", 2);
        Browser browser = mailbox.signIn();

        String page = browser.get("/mail/INBOX").then().statusCode(200).extract().asString();
        assertTrue(page.contains("<form method=\"post\" action=\"/mail/INBOX/actions\""), page);
        assertTrue(page.contains("name=\"uid\" value=\"" + uids.get(0) + "\""));
        assertTrue(page.contains("Select all on this page"));
        assertTrue(page.contains("<option value=\"Projects\">Projects</option>"));
        assertFalse(page.contains("<option value=\"INBOX\">"), "the current folder is no target");
        assertFalse(page.contains(" checked>"));
        String all = browser.get("/mail/INBOX?page=1&select=all").asString();
        assertEquals(2, all.split(" checked>", -1).length - 1, "select all ticks every row of the page");
    }

    @Test
    void readUnreadFlagAndUnflagWorkOnSeveralMessagesAndSayWhatHappened() throws Exception {
        OwnMailbox mailbox = OwnMailbox.create();
        List<Long> uids = mailbox.fill("INBOX", "Note", 3);
        Browser browser = mailbox.signIn();

        String page = follow(browser, act(browser, "INBOX", Map.of("action", "read", "back", "/mail/INBOX"), uids.get(0), uids.get(1)));
        assertTrue(page.contains("2 messages marked as read."), page);
        assertTrue(mailbox.has("INBOX", uids.get(0), Flags.Flag.SEEN) && mailbox.has("INBOX", uids.get(1), Flags.Flag.SEEN));
        assertFalse(mailbox.has("INBOX", uids.get(2), Flags.Flag.SEEN), "the unchecked one stays unread");

        assertTrue(follow(browser, act(browser, "INBOX", Map.of("action", "unread"), uids.get(0))).contains("1 message marked as unread."));
        assertFalse(mailbox.has("INBOX", uids.get(0), Flags.Flag.SEEN));

        assertTrue(follow(browser, act(browser, "INBOX", Map.of("action", "flag"), uids.get(1), uids.get(2))).contains("2 messages flagged."));
        assertTrue(mailbox.has("INBOX", uids.get(2), Flags.Flag.FLAGGED));
        assertTrue(follow(browser, act(browser, "INBOX", Map.of("action", "unflag"), uids.get(2))).contains("1 message unflagged."));
        assertFalse(mailbox.has("INBOX", uids.get(2), Flags.Flag.FLAGGED));
        assertTrue(mailbox.has("INBOX", uids.get(1), Flags.Flag.FLAGGED));
    }

    @Test
    void markingUnreadFromTheReadViewLeavesItUnreadAndReturnsToTheList() throws Exception {
        OwnMailbox mailbox = OwnMailbox.create();
        long uid = mailbox.fill("INBOX", "Read me later", 1).get(0);
        Browser browser = mailbox.signIn();
        String read = browser.get("/mail/INBOX/" + uid).then().statusCode(200).extract().asString();
        assertTrue(read.contains("value=\"unread\">Mark unread</button>"), read);
        assertTrue(mailbox.has("INBOX", uid, Flags.Flag.SEEN), "opening marked it read");

        Response response = act(browser, "INBOX", Map.of("action", "unread", "back", "/mail/INBOX/" + uid), uid);
        response.then().statusCode(303).header("Location", containsString("/mail/INBOX?notice="));
        String list = follow(browser, response);

        assertTrue(list.contains("1 message marked as unread."));
        assertFalse(mailbox.has("INBOX", uid, Flags.Flag.SEEN), "still unread after the page that followed");
        assertTrue(list.contains("class=\"unseen\""));
    }

    @Test
    void flaggingFromTheReadViewStaysOnTheMessage() throws Exception {
        OwnMailbox mailbox = OwnMailbox.create();
        long uid = mailbox.fill("INBOX", "Important", 1).get(0);
        Browser browser = mailbox.signIn();
        browser.get("/mail/INBOX/" + uid).then().statusCode(200);

        Response response = act(browser, "INBOX", Map.of("action", "flag", "back", "/mail/INBOX/" + uid), uid);
        response.then().statusCode(303).header("Location", containsString("/mail/INBOX/" + uid + "?notice="));
        String read = follow(browser, response);
        assertTrue(read.contains("1 message flagged."));
        assertTrue(read.contains("value=\"unflag\">Unflag</button>"), "the read view now offers to unflag");
    }

    @Test
    void movingSeveralMessagesTakesThemToTheFolderAndOutOfTheList() throws Exception {
        OwnMailbox mailbox = OwnMailbox.create("Projects");
        List<Long> uids = mailbox.fill("INBOX", "Plan", 3);
        Browser browser = mailbox.signIn();

        String page = follow(browser, act(browser, "INBOX", Map.of("action", "move", "target", "Projects"), uids.get(0), uids.get(2)));

        assertTrue(page.contains("2 messages moved to Projects."), page);
        assertEquals(List.of("Plan 2"), mailbox.subjects("INBOX"));
        assertEquals(List.of("Plan 1", "Plan 3"), mailbox.subjects("Projects"));
        assertFalse(page.contains("Plan 1"));
    }

    @Test
    void movingOneMessageFromTheReadViewReturnsToTheFolderList() throws Exception {
        OwnMailbox mailbox = OwnMailbox.create("Projects");
        long uid = mailbox.fill("INBOX", "Single", 1).get(0);
        Browser browser = mailbox.signIn();

        Response response = act(browser, "INBOX", Map.of("action", "move", "target", "Projects", "back", "/mail/INBOX/" + uid), uid);

        response.then().statusCode(303).header("Location", containsString("/mail/INBOX?notice="));
        assertTrue(follow(browser, response).contains("1 message moved to Projects."));
        assertEquals(List.of("Single 1"), mailbox.subjects("Projects"));
    }

    @Test
    void copyingKeepsTheOriginals() throws Exception {
        OwnMailbox mailbox = OwnMailbox.create("Projects");
        List<Long> uids = mailbox.fill("INBOX", "Keep", 2);
        Browser browser = mailbox.signIn();

        String page = follow(browser, act(browser, "INBOX", Map.of("action", "copy", "target", "Projects"), uids.get(0), uids.get(1)));

        assertTrue(page.contains("2 messages copied to Projects."));
        assertEquals(2, mailbox.subjects("INBOX").size());
        assertEquals(List.of("Keep 1", "Keep 2"), mailbox.subjects("Projects"));
    }

    @Test
    void aMoveOrCopyToAFolderThatDoesNotExistSaysSoAndLosesNothing() throws Exception {
        OwnMailbox mailbox = OwnMailbox.create();
        List<Long> uids = mailbox.fill("INBOX", "Precious", 2);
        Browser browser = mailbox.signIn();

        String moved = follow(browser, act(browser, "INBOX", Map.of("action", "move", "target", "Nowhere"), uids.get(0), uids.get(1)));
        assertTrue(moved.contains("There is no folder &quot;Nowhere&quot;, so nothing was changed."), moved);
        assertTrue(follow(browser, act(browser, "INBOX", Map.of("action", "copy", "target", ""), uids.get(0)))
                .contains("Choose a folder to copy the messages to."));
        assertTrue(follow(browser, act(browser, "INBOX", Map.of("action", "move", "target", "INBOX"), uids.get(0)))
                .contains("The message is already in the Inbox."));
        assertEquals(List.of("Precious 1", "Precious 2"), mailbox.subjects("INBOX"));
        assertFalse(mailbox.exists("Nowhere"), "no folder is created for a move");
    }

    @Test
    void messagesAnotherDeviceAlreadyMovedAreSkippedAndCounted() throws Exception {
        OwnMailbox mailbox = OwnMailbox.create("Projects");
        List<Long> uids = mailbox.fill("INBOX", "Stale", 2);
        Browser browser = mailbox.signIn();
        long gone = uids.get(1) + 1000;

        String page = follow(browser, act(browser, "INBOX", Map.of("action", "move", "target", "Projects"), uids.get(0), gone));
        assertTrue(page.contains("1 message moved to Projects. 1 message was no longer there (moved or deleted elsewhere)."), page);

        String nothing = follow(browser, act(browser, "INBOX", Map.of("action", "read"), gone, gone + 1));
        assertTrue(nothing.contains("Nothing was changed: those messages are no longer in the Inbox"), nothing);
        assertEquals(List.of("Stale 2"), mailbox.subjects("INBOX"));
    }

    @Test
    void deletingMovesToTrashAndInTrashDeletesForGoodOnlyAfterConfirmation() throws Exception {
        OwnMailbox mailbox = OwnMailbox.create("Trash");
        List<Long> uids = mailbox.fill("INBOX", "Old", 3);
        Browser browser = mailbox.signIn();

        assertTrue(follow(browser, act(browser, "INBOX", Map.of("action", "delete"), uids.get(0), uids.get(1)))
                .contains("2 messages moved to Trash."));
        assertEquals(List.of("Old 1", "Old 2"), mailbox.subjects("Trash"));
        List<Long> inTrash = mailbox.messages("Trash").stream().map(m -> m.getUid()).toList();

        String trash = browser.get("/mail/Trash").asString();
        assertTrue(trash.contains("value=\"delete\" class=\"danger\">Delete for good</button>"), "the Trash offers deleting for good");
        String confirm = act(browser, "Trash", Map.of("action", "delete", "back", "/mail/Trash"), inTrash.get(0), inTrash.get(1))
                .then().statusCode(200).extract().asString();
        assertTrue(confirm.contains("Delete these 2 messages from Trash for good? This cannot be undone."), confirm);
        assertTrue(confirm.contains("<form method=\"post\" action=\"/mail/Trash/actions\">"));
        assertTrue(confirm.contains("name=\"uid\" value=\"" + inTrash.get(1) + "\""));
        assertTrue(confirm.contains("name=\"confirm\" value=\"yes\""));
        assertEquals(2, mailbox.subjects("Trash").size(), "nothing deleted before the confirmation");

        String fromReadView = act(browser, "Trash", Map.of("action", "delete", "back", "/mail/Trash/" + inTrash.get(0)), inTrash.get(0))
                .then().statusCode(200).extract().asString();
        assertTrue(fromReadView.contains("<a href=\"/mail/Trash/" + inTrash.get(0) + "\">Cancel</a>"), "Cancel returns to the message");

        Map<String, String> confirmed = Map.of("action", "delete", "confirm", "yes", "back", "/mail/Trash/" + inTrash.get(0));
        Response deleted = act(browser, "Trash", confirmed, inTrash.get(0));
        deleted.then().header("Location", containsString("/mail/Trash?notice="));
        assertTrue(follow(browser, deleted).contains("1 message deleted for good."));
        assertEquals(List.of("Old 2"), mailbox.subjects("Trash"));
    }

    @Test
    void deletingWithoutATrashFolderCreatesOneRatherThanDeletingForGood() throws Exception {
        OwnMailbox mailbox = OwnMailbox.create();
        long uid = mailbox.fill("INBOX", "Unwanted", 1).get(0);
        Browser browser = mailbox.signIn();

        assertTrue(follow(browser, act(browser, "INBOX", Map.of("action", "delete"), uid)).contains("1 message moved to Trash (a new folder)."));
        assertEquals(List.of("Unwanted 1"), mailbox.subjects("Trash"));
    }

    @Test
    void archivingCreatesTheArchiveFolderTheFirstTimeAndThenUsesIt() throws Exception {
        OwnMailbox mailbox = OwnMailbox.create();
        List<Long> uids = mailbox.fill("INBOX", "Done", 3);
        Browser browser = mailbox.signIn();
        assertFalse(mailbox.exists("Archive"));

        String first = follow(browser, act(browser, "INBOX", Map.of("action", "archive"), uids.get(0), uids.get(1)));
        assertTrue(first.contains("2 messages moved to Archive (a new folder)."), first);
        assertTrue(first.contains("role-archive"), "the folder tree shows the new Archive in its place");
        assertEquals(List.of("Done 1", "Done 2"), mailbox.subjects("Archive"));

        String second = follow(browser, act(browser, "INBOX", Map.of("action", "archive", "back", "/mail/INBOX/" + uids.get(2)), uids.get(2)));
        assertTrue(second.contains("1 message moved to Archive."), second);
        assertEquals(3, mailbox.subjects("Archive").size());
    }

    @Test
    void junkGoesToJunkAndNotJunkBackToTheInbox() throws Exception {
        OwnMailbox mailbox = OwnMailbox.create("Spam");
        List<Long> uids = mailbox.fill("INBOX", "Offer", 2);
        Browser browser = mailbox.signIn();

        assertTrue(follow(browser, act(browser, "INBOX", Map.of("action", "junk"), uids.get(0), uids.get(1)))
                .contains("2 messages moved to Spam."), "an existing Spam folder is the Junk folder");
        String spam = browser.get("/mail/Spam").asString();
        assertTrue(spam.contains("value=\"notjunk\">Not junk</button>"));
        long back = mailbox.messages("Spam").get(0).getUid();

        assertTrue(follow(browser, act(browser, "Spam", Map.of("action", "notjunk", "back", "/mail/Spam"), back))
                .contains("1 message moved back to the Inbox."));
        assertEquals(List.of("Offer 1"), mailbox.subjects("INBOX"));
        assertEquals(List.of("Offer 2"), mailbox.subjects("Spam"));
    }

    @Test
    void withoutTheCsrfTokenNothingHappens() throws Exception {
        OwnMailbox mailbox = OwnMailbox.create("Trash");
        long uid = mailbox.fill("INBOX", "Guarded", 1).get(0);
        Browser browser = mailbox.signIn();

        browser.request().contentType("application/x-www-form-urlencoded").formParam("uid", uid).formParam("action", "delete")
                .post("/mail/INBOX/actions").then().statusCode(403).body(containsString("This form has expired"));
        browser.request().contentType("application/x-www-form-urlencoded").header("X-Requested-With", "fetch")
                .header("X-CSRF-Token", "not-the-token").formParam("uid", uid).formParam("action", "delete")
                .post("/mail/INBOX/actions").then().statusCode(403);

        assertEquals(List.of("Guarded 1"), mailbox.subjects("INBOX"));
    }

    @Test
    void backMayOnlyLeadToThisWebmailsMailOrSearchPages() throws Exception {
        OwnMailbox mailbox = OwnMailbox.create();
        long uid = mailbox.fill("INBOX", "Redirect", 1).get(0);
        Browser browser = mailbox.signIn();
        String base = "https://localhost:" + Integer.getInteger("quarkus.http.test-ssl-port", 8444);

        for (String hostile : List.of("https://evil.example/mail/", "//evil.example/mail/", "/\\evil.example", "/mail/../login",
                "/login", "javascript:alert(1)", "/mail/INBOX\r\nSet-Cookie: x=y", "/mail/INBOX#frag")) {
            act(browser, "INBOX", Map.of("action", "flag", "back", hostile), uid).then().statusCode(303)
                    .header("Location", startsWith(base + "/mail/INBOX?notice="));
        }
        act(browser, "INBOX", Map.of("action", "flag", "back", "/search?q=plans&page=2"), uid).then().statusCode(303)
                .header("Location", startsWith(base + "/search?q=plans&page=2&notice="));
        act(browser, "INBOX", Map.of("action", "flag", "back", "/mail/INBOX?page=2&notice=old"), uid).then().statusCode(303)
                .header("Location", allOf(startsWith(base + "/mail/INBOX?page=2&notice="), not(containsString("notice=old"))));
    }

    @Test
    void aGetNeverChangesAnything() throws Exception {
        OwnMailbox mailbox = OwnMailbox.create("Trash");
        long uid = mailbox.fill("INBOX", "Untouchable", 1).get(0);
        Browser browser = mailbox.signIn();

        browser.get("/mail/INBOX/actions?uid=" + uid + "&action=delete&csrf=" + browser.cookie(Browser.CSRF_COOKIE))
                .then().statusCode(303).header("Location", containsString("/mail/INBOX"));
        browser.get("/mail/INBOX/actions?uid=" + uid + "&action=read").then().statusCode(303);

        assertEquals(List.of("Untouchable 1"), mailbox.subjects("INBOX"));
        assertFalse(mailbox.has("INBOX", uid, Flags.Flag.SEEN));
        assertTrue(mailbox.messages("Trash").isEmpty());
    }

    @Test
    void theNoticeIsShownOnlyToTheBrowserThatActed() throws Exception {
        OwnMailbox mailbox = OwnMailbox.create();
        long uid = mailbox.fill("INBOX", "Private", 1).get(0);
        Browser browser = mailbox.signIn();
        String location = act(browser, "INBOX", Map.of("action", "flag"), uid).header("Location");
        String path = URI.create(location).getRawPath() + "?" + URI.create(location).getRawQuery();

        assertTrue(browser.get(path).asString().contains("1 message flagged."));
        assertTrue(browser.get(path).asString().contains("1 message flagged."), "a reload shows it again");
        String elsewhere = mailbox.signIn().get(path).asString();
        assertFalse(elsewhere.contains("1 message flagged."), "another browser of the same person does not see it");
        assertFalse(browser.get("/mail/INBOX?notice=made-up").asString().contains("made-up"));
    }

    @Test
    void theScriptLayerGetsJsonInsteadOfARedirect() throws Exception {
        OwnMailbox mailbox = OwnMailbox.create("Projects");
        List<Long> uids = mailbox.fill("INBOX", "Scripted", 2);
        Browser browser = mailbox.signIn();
        long gone = uids.get(1) + 500;

        Response moved = browser.request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .header("X-Requested-With", "fetch").header("X-CSRF-Token", browser.cookie(Browser.CSRF_COOKIE))
                .formParam("uid", uids.get(0), uids.get(1), gone).formParam("action", "move").formParam("target", "Projects")
                .post("/mail/INBOX/actions");

        moved.then().statusCode(200).contentType(containsString("application/json"));
        assertEquals(2, moved.jsonPath().getInt("done"));
        assertEquals("move", moved.jsonPath().getString("action"));
        assertEquals(List.of(uids.get(0).intValue(), uids.get(1).intValue()), moved.jsonPath().getList("uids"));
        assertEquals(List.of((int) gone), moved.jsonPath().getList("missing"));
        assertTrue(moved.jsonPath().getBoolean("removed"));
        assertTrue(moved.jsonPath().getString("notice").startsWith("2 messages moved to Projects."));

        Response problem = browser.request().contentType("application/x-www-form-urlencoded").accept("application/json")
                .header("X-CSRF-Token", browser.cookie(Browser.CSRF_COOKIE))
                .formParam("uid", gone).formParam("action", "copy").formParam("target", "Nowhere").post("/mail/INBOX/actions");
        problem.then().statusCode(409);
        browser.request().contentType("application/x-www-form-urlencoded").header("X-Requested-With", "fetch")
                .header("X-CSRF-Token", browser.cookie(Browser.CSRF_COOKIE)).formParam("uid", uids.get(0)).formParam("action", "explode")
                .post("/mail/INBOX/actions").then().statusCode(400).body(containsString("Choose what to do with the selected messages."));
        assertTrue(follow(browser, act(browser, "INBOX", Map.of("action", "explode"), uids.get(0)))
                .contains("Choose what to do with the selected messages."));
        assertTrue(problem.jsonPath().getBoolean("problem"));
        assertTrue(problem.jsonPath().getString("notice").contains("There is no folder \"Nowhere\""));
    }

    /** Posts the action form the way the page does: the CSRF field, the checked rows' uid fields, the button's action. */
    @Test
    void searchResultsInOneFolderCanBeActedOnAndTheActionReturnsToTheSameSearch() throws Exception {
        OwnMailbox mailbox = OwnMailbox.create();
        List<Long> uids = mailbox.fill("INBOX", "Invoice", 2);
        Browser browser = mailbox.signIn();

        String results = browser.get("/search?q=subject:Invoice&folder=INBOX").then().statusCode(200).extract().asString();
        assertTrue(results.contains("<form method=\"post\" action=\"/mail/INBOX/actions\""), results);
        assertTrue(results.contains("name=\"uid\" value=\"" + uids.get(1) + "\""));
        assertTrue(results.contains("<input type=\"hidden\" name=\"back\" value=\"/search?q=subject%3AInvoice&amp;folder=INBOX&amp;page=1\">"), results);

        String after = follow(browser, act(browser, "INBOX", Map.of("action", "flag", "back", "/search?q=subject%3AInvoice&folder=INBOX&page=1"), uids.get(1)));
        assertTrue(after.contains("1 message flagged."), after);
        assertTrue(after.contains("Search results"), "back on the same search");
        assertTrue(mailbox.has("INBOX", uids.get(1), Flags.Flag.FLAGGED));

        String everywhere = browser.get("/search?q=subject:Invoice&folder=INBOX&scope=all").then().statusCode(200).extract().asString();
        assertFalse(everywhere.contains("name=\"uid\""), "rows from several folders have no checkboxes: an action needs one folder");
        assertFalse(everywhere.contains("data-message-actions"));
    }

    static Response act(Browser browser, String folder, Map<String, String> fields, long... uids) {
        Map<String, Object> form = new LinkedHashMap<>(fields);
        form.put("csrf", browser.cookie(Browser.CSRF_COOKIE));
        return browser.request().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(form)
                .formParam("uid", Arrays.stream(uids).boxed().toArray()).post("/mail/" + folder + "/actions");
    }

    /** Follows the 303 like a browser and returns the page. */
    static String follow(Browser browser, Response response) {
        response.then().statusCode(303);
        URI location = URI.create(response.header("Location"));
        String path = location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
        return browser.get(path).then().statusCode(200).extract().asString();
    }
}
