package org.webmail.imap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders folders as the tree shows them: INBOX, then the special folders in {@link FolderRole} order, then the rest
 * alphabetically; every folder's children right after it, one level deeper. A parent the server did not list
 * (LIST may omit it, RFC 3501 section 6.3.8) is added as a non-selectable container so no folder floats free.
 */
final class FolderTree {

    private FolderTree() {
    }

    static List<FolderInfo> arrange(List<ListedFolder> listed) {
        Map<String, ListedFolder> byPath = new LinkedHashMap<>();
        for (ListedFolder folder : listed) {
            byPath.putIfAbsent(folder.path(), folder);
        }
        for (ListedFolder folder : listed) {
            for (String parent = FolderPaths.parent(folder.path()); parent != null; parent = FolderPaths.parent(parent)) {
                byPath.putIfAbsent(parent, new ListedFolder(parent, List.of("\\Noselect"), false, 0, 0));
            }
        }
        Map<String, FolderRole> roles = SpecialUse.roles(new ArrayList<>(byPath.values()));
        Map<String, List<ListedFolder>> children = new HashMap<>();
        for (ListedFolder folder : byPath.values()) {
            children.computeIfAbsent(parentKey(folder.path()), key -> new ArrayList<>()).add(folder);
        }
        Comparator<ListedFolder> order = Comparator
                .comparing((ListedFolder folder) -> roles.getOrDefault(folder.path(), FolderRole.NONE))
                .thenComparing(folder -> FolderPaths.lastLevel(folder.path()), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(ListedFolder::path);
        List<FolderInfo> tree = new ArrayList<>();
        emit("", children, order, roles, tree);
        return tree;
    }

    private static void emit(String parentKey, Map<String, List<ListedFolder>> children, Comparator<ListedFolder> order,
                             Map<String, FolderRole> roles, List<FolderInfo> into) {
        List<ListedFolder> level = new ArrayList<>(children.getOrDefault(parentKey, List.of()));
        level.sort(order);
        for (ListedFolder folder : level) {
            String path = folder.path();
            into.add(new FolderInfo(path, FolderPaths.lastLevel(path), FolderPaths.depth(path),
                    roles.getOrDefault(path, FolderRole.NONE), folder.unread(), folder.total(), folder.selectable()));
            emit(path, children, order, roles, into);
        }
    }

    private static String parentKey(String path) {
        String parent = FolderPaths.parent(path);
        return parent == null ? "" : parent;
    }
}
