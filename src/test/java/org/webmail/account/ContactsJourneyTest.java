package org.webmail.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.webmail.imap.MailAddress;
import org.webmail.support.Browser;
import org.webmail.support.GreenMailTestResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Addresses the user writes to and reads from come back as suggestions, the most used first. */
@QuarkusTest
@WithTestResource(GreenMailTestResource.class)
class ContactsJourneyTest {

    @Inject
    Contacts contacts;

    private static Browser signedIn(String user) {
        GreenMailTestResource.greenMail().setUser(user, user, "pw-" + user);
        return new Browser().signedIn(user, "pw-" + user);
    }

    private static MailAddress person(String name, String address) {
        return new MailAddress(name, address);
    }

    private List<String> suggested(String login, String prefix) {
        return contacts.suggest(login, prefix, 10).stream().map(MailAddress::address).toList();
    }

    @Test
    void aSendCountsThreeTimesAsMuchAsAMessageRead() {
        signedIn("cora@example.test");
        contacts.recordSeen("cora@example.test", person("Ben Seen", "ben.seen@example.test"));
        contacts.recordSeen("cora@example.test", person("Ben Seen", "ben.seen@example.test"));
        contacts.recordSent("cora@example.test", List.of(person("Ben Sent", "ben.sent@example.test")));
        assertEquals(List.of("ben.sent@example.test", "ben.seen@example.test"), suggested("cora@example.test", "ben"));
        contacts.recordSeen("cora@example.test", person("Ben Seen", "BEN.SEEN@example.test"));
        contacts.recordSeen("cora@example.test", person("", "ben.seen@example.test"));
        assertEquals(List.of("ben.seen@example.test", "ben.sent@example.test"), suggested("cora@example.test", "ben"));
    }

    @Test
    void aNewAddressMetInSeveralTabsAtOnceIsOneContactCountedEachTime() throws Exception {
        signedIn("uma@example.test");
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            var calls = java.util.stream.IntStream.range(0, 4).mapToObj(i -> pool.submit(() -> {
                start.await();
                contacts.recordSeen("uma@example.test", person("Vic", "vic@example.test"));
                return null;
            })).toList();
            start.countDown();
            for (var call : calls) {
                call.get();
            }
        }
        int[] counts = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            Contact vic = Contact.findFor(UserAccount.findByLogin("uma@example.test"), "vic@example.test");
            return new int[] {(int) Contact.count("address", "vic@example.test"), vic.seenCount};
        });
        assertEquals(1, counts[0], "one row for the address");
        assertEquals(4, counts[1], "every read counted");
    }

    @Test
    void equallyUsedAddressesComeMostRecentFirst() throws InterruptedException {
        signedIn("ruth@example.test");
        contacts.recordSent("ruth@example.test", List.of(person("", "kim.old@example.test")));
        Thread.sleep(5);
        contacts.recordSent("ruth@example.test", List.of(person("", "kim.new@example.test")));
        assertEquals(List.of("kim.new@example.test", "kim.old@example.test"), suggested("ruth@example.test", "kim"));
    }

    @Test
    void theStartOfTheAddressOrOfAnyWordOfTheNameMatchesWhateverTheCase() {
        signedIn("lena@example.test");
        contacts.recordSent("lena@example.test", List.of(person("Maria da Silva", "m.silva@example.test"),
                person("Percy", "percy_x@example.test")));
        assertEquals(List.of("m.silva@example.test"), suggested("lena@example.test", "SIL"));
        assertEquals(List.of("m.silva@example.test"), suggested("lena@example.test", "maria"));
        assertEquals(List.of("m.silva@example.test"), suggested("lena@example.test", "M.S"));
        assertEquals(List.of(), suggested("lena@example.test", "ria"));
        assertEquals(List.of(), suggested("lena@example.test", "percy%"));
        assertEquals(List.of("percy_x@example.test"), suggested("lena@example.test", "percy_"));
    }

    @Test
    void theNameTheUserFirstKnewSomeoneByIsKept() {
        signedIn("nora@example.test");
        contacts.recordSent("nora@example.test", List.of(person("Bob Baker", "bob@example.test")));
        contacts.recordSeen("nora@example.test", person("BOB FROM SALES!!!", "bob@example.test"));
        assertEquals(List.of(person("Bob Baker", "bob@example.test")), contacts.suggest("nora@example.test", "bob", 5));
    }

    @Test
    void theSuggestEndpointAnswersWithTheSignedInUsersOwnContactsOnly() {
        Browser pia = signedIn("pia@example.test");
        contacts.recordSent("pia@example.test", List.of(person("Quentin \"Q\" Blake", "quentin@example.test")));
        pia.get("/contacts/suggest?q=qu").then().statusCode(200).contentType(containsString("application/json"))
                .body(equalTo("[{\"name\":\"Quentin \\\"Q\\\" Blake\",\"address\":\"quentin@example.test\"}]"));
        signedIn("max@example.test").get("/contacts/suggest?q=qu").then().statusCode(200).body(equalTo("[]"));
        new Browser().get("/contacts/suggest?q=qu").then().statusCode(303).header("Location", containsString("/login"));
    }

    @Test
    void theSenderOfAMessageTheUserOpensBecomesASuggestion() throws Exception {
        String user = "tess@example.test";
        Browser tess = signedIn(user);
        try (Store store = Session.getInstance(new java.util.Properties()).getStore("imap")) {
            store.connect("127.0.0.1", GreenMailTestResource.greenMail().getImap().getPort(), user, "pw-" + user);
            MimeMessage m = new MimeMessage((Session) null);
            m.setFrom(new InternetAddress("nina@example.test", "Nina Novak"));
            m.setSubject("Lunch?");
            m.setText("Tomorrow at noon?");
            Folder inbox = store.getFolder("INBOX");
            inbox.appendMessages(new Message[] {m});
        }
        tess.get("/mail/INBOX/1").then().statusCode(200).body(containsString("Lunch?"));
        tess.get("/contacts/suggest?q=nov").then().statusCode(200)
                .body(equalTo("[{\"name\":\"Nina Novak\",\"address\":\"nina@example.test\"}]"));
    }
}
