package org.webmail.journey;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.webmail.support.Browser;

import io.restassured.response.Response;

/**
 * A person manages their folders: creates them (also inside another), renames and moves them, deletes them after
 * a confirmation, subscribes and unsubscribes; and is told plainly when something is refused. What the page says
 * is checked against what the mail server then holds, seen through a separate IMAP connection.
 * The same journeys run against GreenMail and a real Dovecot; every test uses names of its own.
 */
public abstract class FolderManagementJourney {

    private final String suffix = Long.toString(System.nanoTime() % 2_000_000_000L, 36);
    protected final Browser browser = new Browser();

    protected abstract String user();

    protected abstract String password();

    /** A connection of the test's own to the same mailbox. */
    protected abstract Store serverStore() throws Exception;

    /** A name no other test uses. */
    protected String named(String base) {
        return base + "-" + suffix;
    }

    protected Browser signedIn() {
        return browser.signedIn(user(), password());
    }

    @Test
    void theFolderPaneLeadsToTheFoldersPage() {
        signedIn().get("/mail/INBOX").then().statusCode(200).body(containsString("<a href=\"/folders\">Manage folders</a>"));
        browser.get("/folders").then().statusCode(200)
                .body(containsString("<h1>Folders</h1>"))
                .body(containsString("Create folder"));
    }

    @Test
    void aNewFolderAppearsInTheTreeSubscribedAndOnTheServer() throws Exception {
        String name = named("Plans");
        Response created = signedIn().post("/folders", Map.of("name", name, "parent", ""));
        created.then().statusCode(303).header("Location", containsString("/folders?created=" + name));
        browser.get("/folders?created=" + name).then().statusCode(200)
                .body(containsString("Folder “" + name + "” created."))
                .body(containsString("href=\"/mail/" + name + "\""));
        assertTrue(serverFolders().contains(name), "the server holds the folder");
        assertTrue(subscribedOnServer(name), "a new folder is subscribed");
        browser.get("/mail/" + name).then().statusCode(200).body(containsString("This folder is empty."));
    }

    @Test
    void aFolderCanBeCreatedInsideAnother() throws Exception {
        String parent = named("Clients");
        signedIn().post("/folders", Map.of("name", parent)).then().statusCode(303);
        browser.post("/folders", Map.of("name", "Acme", "parent", parent)).then().statusCode(303)
                .header("Location", containsString("created="));
        assertTrue(serverFolders().contains(parent + "/Acme"), "nested on the server with its own delimiter");
        String page = browser.get("/folders").asString();
        assertTrue(page.contains("class=\"folder depth-1 role-none\""), "shown one level deeper");
        assertTrue(page.contains("href=\"/mail/" + parent + "/Acme\""));
    }

    @Test
    void renamingKeepsTheMessagesAndTheSubscription() throws Exception {
        String old = named("Receipts");
        String renamed = named("Invoices");
        signedIn().post("/folders", Map.of("name", old)).then().statusCode(303);
        append(old, "Invoice for March");
        browser.get("/mail/" + old).then().statusCode(200).body(containsString("Invoice for March"));
        browser.post("/folders/rename", Map.of("folder", old, "name", renamed, "parent", "")).then().statusCode(303)
                .header("Location", containsString("renamed=" + renamed));
        Set<String> onServer = serverFolders();
        assertTrue(onServer.contains(renamed) && !onServer.contains(old), onServer.toString());
        assertTrue(subscribedOnServer(renamed), "the subscription followed the name");
        browser.get("/mail/" + renamed).then().statusCode(200).body(containsString("Invoice for March"));
        browser.get("/mail/" + old).then().statusCode(404);
    }

    @Test
    void renamingCanMoveAFolderUnderAnotherParent() throws Exception {
        String moving = named("Trip");
        String parent = named("Travel");
        signedIn().post("/folders", Map.of("name", moving)).then().statusCode(303);
        browser.post("/folders", Map.of("name", parent)).then().statusCode(303);
        browser.post("/folders/rename", Map.of("folder", moving, "name", "Lisbon", "parent", parent)).then().statusCode(303);
        Set<String> onServer = serverFolders();
        assertTrue(onServer.contains(parent + "/Lisbon") && !onServer.contains(moving), onServer.toString());
        browser.get("/folders").then().body(containsString("href=\"/mail/" + parent + "/Lisbon\""));
    }

    @Test
    void aFolderIsNotMovedIntoItsOwnSubFolder() {
        String parent = named("Loop");
        signedIn().post("/folders", Map.of("name", parent)).then().statusCode(303);
        browser.post("/folders", Map.of("name", "Inner", "parent", parent)).then().statusCode(303);
        browser.post("/folders/rename", Map.of("folder", parent, "name", "Again", "parent", parent + "/Inner")).then().statusCode(400)
                .body(containsString("A folder cannot be moved into itself or one of its sub-folders."));
    }

    @Test
    void deletingAsksFirstAndOnlyTheConfirmationDeletes() throws Exception {
        String name = named("Old stuff");
        signedIn().post("/folders", Map.of("name", name)).then().statusCode(303);
        append(name, "Something old");
        browser.get("/folders/delete?folder=" + name).then().statusCode(200)
                .body(containsString("Delete the folder “" + name + "”?"))
                .body(containsString("its one message"))
                .body(containsString("name=\"confirmed\" value=\"yes\""));
        browser.post("/folders/delete", Map.of("folder", name)).then().statusCode(200)
                .body(containsString("Delete the folder “" + name + "”?"));
        assertTrue(serverFolders().contains(name), "nothing deleted before the confirmation");

        browser.post("/folders/delete", Map.of("folder", name, "confirmed", "yes")).then().statusCode(303)
                .header("Location", containsString("deleted="));
        assertFalse(serverFolders().contains(name), "deleted on the server");
        assertFalse(subscribedOnServer(name), "no ghost subscription left behind");
        browser.get("/folders?deleted=" + name).then().body(containsString("Folder “" + name + "” deleted."));
    }

    @Test
    void inboxAndTheSpecialFoldersCannotBeDeletedAndThePageSaysWhy() throws Exception {
        signedIn().get("/folders/delete?folder=INBOX").then().statusCode(200)
                .body(containsString("INBOX cannot be deleted: it is where the mail server delivers new mail."))
                .body(not(containsString("name=\"confirmed\"")));
        browser.post("/folders/delete", Map.of("folder", "Trash", "confirmed", "yes")).then().statusCode(400)
                .body(containsString("“Trash” cannot be deleted: it is your Trash folder"));
        browser.post("/folders/delete", Map.of("folder", "Sent", "confirmed", "yes")).then().statusCode(400)
                .body(containsString("it is your Sent folder"));
        browser.post("/folders/rename", Map.of("folder", "INBOX", "name", "Old inbox")).then().statusCode(400)
                .body(containsString("INBOX cannot be renamed or moved"));
        assertTrue(serverFolders().containsAll(Set.of("INBOX", "Trash", "Sent")));
        browser.get("/folders").then().body(containsString("Cannot be deleted or renamed"));
    }

    @Test
    void aFolderWithSubFoldersIsKeptUntilTheyAreGone() throws Exception {
        String parent = named("Family");
        signedIn().post("/folders", Map.of("name", parent)).then().statusCode(303);
        browser.post("/folders", Map.of("name", "Photos", "parent", parent)).then().statusCode(303);
        browser.post("/folders/delete", Map.of("folder", parent, "confirmed", "yes")).then().statusCode(400)
                .body(containsString("still has sub-folders (Photos)"));
        assertTrue(serverFolders().contains(parent + "/Photos"));
    }

    @Test
    void unsubscribingAndSubscribingAgainShowOnThePageAndTheServer() throws Exception {
        String name = named("Newsletters");
        signedIn().post("/folders", Map.of("name", name)).then().statusCode(303);
        browser.post("/folders/subscription", Map.of("folder", name, "subscribe", "no")).then().statusCode(303)
                .header("Location", containsString("unsubscribed="));
        assertFalse(subscribedOnServer(name), "unsubscribed on the server");
        assertTrue(rowOf(browser.get("/folders").asString(), name).contains("Not subscribed"));
        browser.post("/folders/subscription", Map.of("folder", name, "subscribe", "yes")).then().statusCode(303);
        assertTrue(subscribedOnServer(name), "subscribed again");
        assertTrue(rowOf(browser.get("/folders").asString(), name).contains("Unsubscribe"));
    }

    @Test
    void aNameAlreadyInUseIsRefusedAndWhatWasTypedIsKept() throws Exception {
        String name = named("Taxes");
        String other = named("Bills");
        signedIn().post("/folders", Map.of("name", name)).then().statusCode(303);
        browser.post("/folders", Map.of("name", other)).then().statusCode(303);
        browser.post("/folders", Map.of("name", name)).then().statusCode(400)
                .body(containsString("The name “" + name + "” is already in use."))
                .body(containsString("id=\"create-name\" name=\"name\" value=\"" + name + "\""));
        browser.post("/folders/rename", Map.of("folder", other, "name", name)).then().statusCode(400)
                .body(containsString("is already in use"))
                .body(containsString("id=\"rename-name\" name=\"name\" value=\"" + name + "\""));
        assertTrue(serverFolders().containsAll(Set.of(name, other)), "both unchanged");
    }

    @Test
    void namesTheServerCannotTakeAreRefusedWithAReason() throws Exception {
        Browser alice = signedIn();
        alice.post("/folders", Map.of("name", "a/b")).then().statusCode(400)
                .body(containsString("A folder name cannot contain “/”"));
        char delimiter;
        try (Store store = serverStore()) {
            delimiter = store.getDefaultFolder().getSeparator();
        }
        alice.post("/folders", Map.of("name", "v1" + delimiter + "2")).then().statusCode(400)
                .body(containsString("A folder name cannot contain “" + delimiter + "”"));
        alice.post("/folders", Map.of("name", "all*")).then().statusCode(400).body(containsString("wildcards"));
        alice.post("/folders", Map.of("name", "   ")).then().statusCode(400).body(containsString("A folder needs a name."));
        alice.post("/folders", Map.of("name", "inbox")).then().statusCode(400).body(containsString("already in use"));
        assertFalse(serverFolders().stream().anyMatch(f -> f.startsWith("all") || f.startsWith("v1")));
    }

    @Test
    void aNonAsciiNameSurvivesTheRoundTrip() throws Exception {
        String name = named("Reunião 会議 ✓");
        signedIn().post("/folders", Map.of("name", name)).then().statusCode(303);
        assertTrue(serverFolders().contains(name), "another client reads the same name: " + serverFolders());
        append(name, "Ata da reunião");
        browser.get("/folders").then().body(containsString(">" + name + "</a>"));
        browser.get("/mail/" + name).then().statusCode(200).body(containsString("Ata da reunião"));
        String renamed = named("Café ☕");
        browser.post("/folders/rename", Map.of("folder", name, "name", renamed)).then().statusCode(303);
        assertTrue(serverFolders().contains(renamed));
    }

    @Test
    void aChangeWithoutTheCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        String name = named("Forged");
        signedIn();
        browser.request().contentType("application/x-www-form-urlencoded").formParam("name", name).post("/folders")
                .then().statusCode(403);
        browser.request().contentType("application/x-www-form-urlencoded").formParam("folder", "Trash")
                .formParam("confirmed", "yes").formParam("csrf", "x".repeat(43)).post("/folders/delete").then().statusCode(403);
        assertFalse(serverFolders().contains(name));
    }

    @Test
    void lookingAtThePagesNeverChangesAnything() throws Exception {
        String name = named("Stays");
        signedIn().post("/folders", Map.of("name", name)).then().statusCode(303);
        Set<String> before = serverFolders();
        browser.get("/folders?created=" + named("Ghost")).then().statusCode(200);
        browser.get("/folders/delete?folder=" + name).then().statusCode(200);
        browser.get("/folders?rename=" + name).then().statusCode(200)
                .body(containsString("id=\"rename-name\" name=\"name\" value=\"" + name + "\""));
        browser.get("/folders/subscription?folder=" + name + "&subscribe=no").then().statusCode(405);
        assertEquals(before, serverFolders());
        assertTrue(subscribedOnServer(name));
    }

    @Test
    void aDeletedFolderMadeAgainShowsOnlyItsNewMail() throws Exception {
        String name = named("Reused");
        signedIn().post("/folders", Map.of("name", name)).then().statusCode(303);
        append(name, "First life");
        browser.get("/mail/" + name).then().statusCode(200).body(containsString("First life"));
        browser.post("/folders/delete", Map.of("folder", name, "confirmed", "yes")).then().statusCode(303);
        browser.post("/folders", Map.of("name", name)).then().statusCode(303);
        append(name, "Second life");
        browser.get("/mail/" + name).then().statusCode(200)
                .body(containsString("Second life"))
                .body(not(containsString("First life")));
    }

    // --- what the server holds, seen from another connection ---

    protected Set<String> serverFolders() throws Exception {
        try (Store store = serverStore()) {
            char delimiter = store.getDefaultFolder().getSeparator();
            return Arrays.stream(store.getDefaultFolder().list("*"))
                    .map(f -> f.getFullName().replace(delimiter, '/')).collect(Collectors.toSet());
        }
    }

    protected boolean subscribedOnServer(String path) throws Exception {
        try (Store store = serverStore()) {
            char delimiter = store.getDefaultFolder().getSeparator();
            return Arrays.stream(store.getDefaultFolder().listSubscribed("*"))
                    .anyMatch(f -> f.getFullName().replace(delimiter, '/').equals(path));
        }
    }

    protected void append(String path, String subject) throws Exception {
        try (Store store = serverStore()) {
            char delimiter = store.getDefaultFolder().getSeparator();
            Folder folder = store.getFolder(path.replace('/', delimiter));
            MimeMessage message = new MimeMessage(Session.getInstance(new java.util.Properties()));
            message.setFrom("bob@example.test");
            message.setSubject(subject, "UTF-8");
            message.setText("Hello.", "UTF-8");
            message.setSentDate(new java.util.Date());
            message.saveChanges();
            folder.appendMessages(new Message[] {message});
        }
    }

    /** The table row of one folder on the folders page. */
    static String rowOf(String page, String path) {
        int at = page.indexOf("data-folder-row=\"" + path + "\"");
        assertTrue(at >= 0, "row of " + path);
        return page.substring(at, page.indexOf("</tr>", at));
    }
}
