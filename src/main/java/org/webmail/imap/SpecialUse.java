package org.webmail.imap;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds each folder's role: from RFC 6154 special-use attributes when the server marks them, else from the names
 * mail programs commonly give those folders. A name only counts at the top level or directly under INBOX (where
 * Courier-style servers keep everything), so "Projects/Archive" stays an ordinary folder.
 */
final class SpecialUse {

    private static final Map<FolderRole, String> ATTRIBUTES = Map.of(
            FolderRole.DRAFTS, "\\Drafts",
            FolderRole.SENT, "\\Sent",
            FolderRole.ARCHIVE, "\\Archive",
            FolderRole.JUNK, "\\Junk",
            FolderRole.TRASH, "\\Trash");

    /** Common names, most likely first. */
    private static final Map<FolderRole, List<String>> NAMES = Map.of(
            FolderRole.DRAFTS, List.of("drafts"),
            FolderRole.SENT, List.of("sent", "sent items", "sent messages"),
            FolderRole.ARCHIVE, List.of("archive"),
            FolderRole.JUNK, List.of("junk", "spam"),
            FolderRole.TRASH, List.of("trash", "deleted items"));

    private SpecialUse() {
    }

    /** The role of every folder by path; folders without a role are absent. At most one folder per role. */
    static Map<String, FolderRole> roles(List<ListedFolder> folders) {
        Map<FolderRole, String> byRole = new EnumMap<>(FolderRole.class);
        for (ListedFolder folder : folders) {
            if (FolderPaths.isInbox(folder.path())) {
                byRole.put(FolderRole.INBOX, folder.path());
            }
            ATTRIBUTES.forEach((role, attribute) -> {
                if (folder.attributes().stream().anyMatch(attribute::equalsIgnoreCase)) {
                    byRole.putIfAbsent(role, folder.path());
                }
            });
        }
        NAMES.forEach((role, names) -> {
            if (!byRole.containsKey(role)) {
                byName(folders, names).ifPresent(path -> byRole.put(role, path));
            }
        });
        Map<String, FolderRole> byPath = new java.util.HashMap<>();
        byRole.forEach((role, path) -> byPath.putIfAbsent(path, role));
        return byPath;
    }

    private static java.util.Optional<String> byName(List<ListedFolder> folders, List<String> names) {
        for (String wanted : names) {
            for (ListedFolder folder : folders) {
                String parent = FolderPaths.parent(folder.path());
                boolean nameCounts = parent == null || FolderPaths.isInbox(parent);
                if (folder.selectable() && nameCounts && FolderPaths.lastLevel(folder.path()).toLowerCase(Locale.ROOT).equals(wanted)) {
                    return java.util.Optional.of(folder.path());
                }
            }
        }
        return java.util.Optional.empty();
    }
}
