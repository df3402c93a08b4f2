package org.webmail.imap;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FolderTreeTest {

    private static ListedFolder folder(String path, String... attributes) {
        return new ListedFolder(path, List.of(attributes), true, 0, 0);
    }

    private static List<String> paths(List<FolderInfo> tree) {
        return tree.stream().map(FolderInfo::path).toList();
    }

    @Test
    void a_special_use_attribute_wins_over_a_folder_that_only_has_the_common_name() {
        List<FolderInfo> tree = FolderTree.arrange(List.of(
                folder("INBOX"), folder("Trash"), folder("Papierkorb", "\\Trash"), folder("Sent")));

        assertEquals(List.of("INBOX", "Sent", "Papierkorb", "Trash"), paths(tree));
        assertEquals(List.of(FolderRole.INBOX, FolderRole.SENT, FolderRole.TRASH, FolderRole.NONE),
                tree.stream().map(FolderInfo::role).toList());
    }

    @Test
    void common_names_count_at_the_top_and_directly_under_INBOX_but_not_deeper() {
        List<FolderInfo> tree = FolderTree.arrange(List.of(
                folder("INBOX"), folder("INBOX/Sent Messages"), folder("INBOX/Junk"), folder("Projects"), folder("Projects/Archive")));

        assertEquals(List.of("INBOX", "INBOX/Sent Messages", "INBOX/Junk", "Projects", "Projects/Archive"), paths(tree));
        assertEquals(List.of(FolderRole.INBOX, FolderRole.SENT, FolderRole.JUNK, FolderRole.NONE, FolderRole.NONE),
                tree.stream().map(FolderInfo::role).toList());
        assertEquals(List.of(0, 1, 1, 0, 1), tree.stream().map(FolderInfo::depth).toList());
    }

    @Test
    void a_parent_the_server_did_not_list_is_added_as_a_container_that_cannot_be_opened() {
        List<FolderInfo> tree = FolderTree.arrange(List.of(folder("INBOX"), folder("Clients/Acme/2026")));

        assertEquals(List.of(
                new FolderInfo("INBOX", "INBOX", 0, FolderRole.INBOX, 0, 0, true),
                new FolderInfo("Clients", "Clients", 0, FolderRole.NONE, 0, 0, false),
                new FolderInfo("Clients/Acme", "Acme", 1, FolderRole.NONE, 0, 0, false),
                new FolderInfo("Clients/Acme/2026", "2026", 2, FolderRole.NONE, 0, 0, true)), tree);
    }

    @Test
    void ordinary_folders_are_sorted_alphabetically_whatever_their_case() {
        List<FolderInfo> tree = FolderTree.arrange(List.of(folder("zoo"), folder("Bar"), folder("apple"), folder("INBOX")));

        assertEquals(List.of("INBOX", "apple", "Bar", "zoo"), paths(tree));
    }

    @Test
    void one_folder_per_role_even_when_several_carry_a_common_name() {
        List<FolderInfo> tree = FolderTree.arrange(List.of(folder("Sent Items"), folder("Sent"), folder("INBOX")));

        assertEquals(List.of("INBOX", "Sent", "Sent Items"), paths(tree));
        assertEquals(FolderRole.NONE, tree.get(2).role());
    }
}
