package org.webmail.imap;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Which folder names are refused before they reach a server, and how server refusals read. */
class FolderRulesTest {

    @Test
    void a_name_may_hold_spaces_accents_and_other_scripts() {
        assertDoesNotThrow(() -> FolderNames.check("Reunião 会議 ✓", '/'));
        assertDoesNotThrow(() -> FolderNames.check("v1.2", '/'));
    }

    @Test
    void a_name_holding_a_delimiter_a_wildcard_or_a_control_character_is_refused_with_the_reason() {
        assertEquals("A folder name cannot contain “/”: the mail server uses it to separate a folder from its sub-folders.",
                refusal("a/b", '.'));
        assertEquals("A folder name cannot contain “.”: the mail server uses it to separate a folder from its sub-folders.",
                refusal("v1.2", '.'));
        assertEquals("A folder name cannot contain “*” or “%”: the mail server reads them as wildcards.", refusal("100%", '/'));
        assertEquals("A folder name cannot contain control characters.", refusal("tab\there", '/'));
        assertEquals("A folder needs a name.", refusal(" ", '/'));
        assertEquals("A folder name cannot begin or end with a space.", refusal(" Lead", '/'));
        assertEquals("“.” and “..” cannot be folder names.", refusal("..", '/'));
    }

    @Test
    void response_codes_of_rfc_5530_read_as_sentences() {
        assertEquals("The name “Taxes” is already in use.", FolderRefusals.explain("[ALREADYEXISTS] Mailbox already exists", "Taxes"));
        assertEquals("There is no folder “Old” (any more).", FolderRefusals.explain("[NONEXISTENT] Mailbox doesn't exist: Old", "Old"));
        assertEquals("You are not allowed to change the folder “Shared”.", FolderRefusals.explain("[NOPERM] Permission denied", "Shared"));
        assertEquals("The mail server cannot do this: Invalid mailbox name", FolderRefusals.explain("[CANNOT] Invalid mailbox name", "x"));
    }

    @Test
    void a_refusal_without_a_code_is_read_from_its_text() {
        assertEquals("The name “Taxes” is already in use.", FolderRefusals.explain("CREATE failed. Mailbox already exists.", "Taxes"));
        assertEquals("There is no folder “Old” (any more).", FolderRefusals.explain("No such mailbox", "Old"));
        assertEquals("The mail server refused: Too many folders", FolderRefusals.explain("Too many folders", "x"));
    }

    @Test
    void forgetting_a_folder_drops_its_sorted_order_and_its_sub_folders_but_nothing_else() {
        SortedOrderCache cache = new SortedOrderCache(1000);
        SortedOrderCache.Stamp stamp = new SortedOrderCache.Stamp(1, 10, 3);
        for (String folder : new String[] {"Trips", "Trips/2025", "Trips2", "INBOX"}) {
            cache.put("alice", folder, stamp, new int[] {3, 2, 1});
        }
        cache.put("bob", "Trips", stamp, new int[] {3, 2, 1});
        cache.forget("alice", "Trips");
        assertEquals(null, cache.get("alice", "Trips", stamp));
        assertEquals(null, cache.get("alice", "Trips/2025", stamp));
        assertEquals(3, cache.get("alice", "Trips2", stamp).length);
        assertEquals(3, cache.get("alice", "INBOX", stamp).length);
        assertEquals(3, cache.get("bob", "Trips", stamp).length);
    }

    private static String refusal(String name, char delimiter) {
        return assertThrows(FolderChangeRefusedException.class, () -> FolderNames.check(name, delimiter)).getMessage();
    }
}
