package org.webmail.imap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.webmail.imap.Mailboxes.ALICE_CREDENTIALS;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.mail.Quota;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.icegreen.greenmail.junit5.GreenMailExtension;

/** Folder changes and the quota as the server sees them, through a relay that records every command. */
class FolderChangesTest {

    @RegisterExtension
    static final GreenMailExtension greenMail = Mailboxes.greenMail();

    @RegisterExtension
    final TappedGreenMail wire = new TappedGreenMail(greenMail);

    @BeforeEach
    void connect() throws Exception {
        Mailboxes.alice(greenMail);
    }

    @Test
    void a_non_ascii_name_goes_to_the_server_in_modified_utf7_and_comes_back_decoded() {
        String path = wire.rig.store.createFolder(ALICE_CREDENTIALS, null, "Été");
        assertEquals("Été", path);
        assertEquals(1, wire.tap.count("^CREATE \"?&AMk-t&AOk-\"?$"), wire.tap.commands().toString()); // RFC 3501 section 5.1.3
        assertTrue(paths().contains("Été"));
    }

    @Test
    void a_nested_folder_is_named_with_the_servers_delimiter() {
        wire.rig.store.createFolder(ALICE_CREDENTIALS, null, "Clients");
        wire.rig.store.createFolder(ALICE_CREDENTIALS, "Clients", "Acme");
        assertEquals(1, wire.tap.count("^CREATE \"?Clients\\.Acme\"?$"), wire.tap.commands().toString());
        assertTrue(paths().contains("Clients/Acme"));
    }

    @Test
    void a_name_holding_the_servers_delimiter_never_reaches_the_server() {
        FolderChangeRefusedException refused = assertThrows(FolderChangeRefusedException.class,
                () -> wire.rig.store.createFolder(ALICE_CREDENTIALS, null, "v1.2"));
        assertTrue(refused.getMessage().contains("cannot contain “.”"), refused.getMessage());
        assertEquals(0, wire.tap.count("^CREATE"));
    }

    @Test
    void the_servers_no_to_a_taken_name_is_said_plainly() {
        wire.rig.store.createFolder(ALICE_CREDENTIALS, null, "Taxes");
        FolderChangeRefusedException refused = assertThrows(FolderChangeRefusedException.class,
                () -> wire.rig.store.createFolder(ALICE_CREDENTIALS, null, "Taxes"));
        assertEquals("The name “Taxes” is already in use.", refused.getMessage());
    }

    @Test
    void renaming_a_folder_moves_its_sub_folders_and_subscriptions() {
        wire.rig.store.createFolder(ALICE_CREDENTIALS, null, "Trips");
        wire.rig.store.createFolder(ALICE_CREDENTIALS, "Trips", "2025");
        wire.rig.store.createFolder(ALICE_CREDENTIALS, null, "Travel");
        assertEquals("Travel/Old trips", wire.rig.store.renameFolder(ALICE_CREDENTIALS, "Trips", "Travel", "Old trips"));
        List<String> paths = paths();
        assertTrue(paths.containsAll(List.of("Travel/Old trips", "Travel/Old trips/2025")), paths.toString());
        assertFalse(paths.contains("Trips"));
        assertTrue(wire.rig.store.subscribedFolders(ALICE_CREDENTIALS).containsAll(List.of("Travel/Old trips", "Travel/Old trips/2025")),
                wire.rig.store.subscribedFolders(ALICE_CREDENTIALS).toString());
    }

    @Test
    void a_deleted_folder_loses_its_subscription_and_a_new_one_of_that_name_starts_empty() throws Exception {
        wire.rig.store.createFolder(ALICE_CREDENTIALS, null, "Reused");
        Mailboxes.append(greenMail, "Reused", Mailboxes.text("Bob", "bob@example.test", "First life", Instant.now(), "1"), false);
        assertEquals(1, wire.rig.store.listMessages(ALICE_CREDENTIALS, "Reused", 1, 50).totalMessages());
        wire.rig.store.deleteFolder(ALICE_CREDENTIALS, "Reused");
        assertFalse(wire.rig.store.subscribedFolders(ALICE_CREDENTIALS).contains("Reused"));
        wire.rig.store.createFolder(ALICE_CREDENTIALS, null, "Reused");
        Mailboxes.append(greenMail, "Reused", Mailboxes.text("Bob", "bob@example.test", "Second life", Instant.now(), "2"), false);
        MessagePage page = wire.rig.store.listMessages(ALICE_CREDENTIALS, "Reused", 1, 50);
        assertEquals(List.of("Second life"), page.messages().stream().map(MessageSummary::subject).toList());
    }

    @Test
    void unsubscribing_and_subscribing_change_the_subscription_list() {
        wire.rig.store.createFolder(ALICE_CREDENTIALS, null, "Lists");
        wire.rig.store.setSubscribed(ALICE_CREDENTIALS, "Lists", false);
        assertFalse(wire.rig.store.subscribedFolders(ALICE_CREDENTIALS).contains("Lists"));
        wire.rig.store.setSubscribed(ALICE_CREDENTIALS, "Lists", true);
        assertTrue(wire.rig.store.subscribedFolders(ALICE_CREDENTIALS).contains("Lists"));
    }

    @Test
    void the_quota_is_read_from_getquotaroot_in_bytes() throws Exception {
        Quota quota = new Quota("");
        quota.setResourceLimit("STORAGE", 1024 * 1024); // in units of 1024 octets: 1 GB
        greenMail.getManagers().getImapHostManager().getStore().setQuota(quota, Mailboxes.alice(greenMail).getQualifiedMailboxName());
        Optional<MailQuota> read = wire.rig.store.quota(ALICE_CREDENTIALS);
        assertTrue(read.isPresent(), wire.tap.commands().toString());
        assertEquals(1024L * 1024 * 1024, read.get().limitBytes());
        assertEquals(1, wire.tap.count("^GETQUOTAROOT \"?INBOX\"?$"));
    }

    @Test
    void no_quota_is_asked_for_when_the_server_does_not_offer_it() {
        wire.tap.hideCapability("QUOTA");
        assertEquals(Optional.empty(), wire.rig.store.quota(ALICE_CREDENTIALS));
        assertEquals(0, wire.tap.count("^GETQUOTA"));
    }

    @Test
    void no_quota_is_shown_when_the_server_sets_none() {
        assertEquals(Optional.empty(), wire.rig.store.quota(ALICE_CREDENTIALS));
    }

    private List<String> paths() {
        return wire.rig.store.folders(ALICE_CREDENTIALS).stream().map(FolderInfo::path).toList();
    }
}
