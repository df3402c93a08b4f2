package org.webmail.mailbox;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.webmail.imap.FolderChangeRefusedException;
import org.webmail.imap.FolderChangeRefusedException.Reason;
import org.webmail.imap.FolderInfo;
import org.webmail.imap.FolderRole;
import org.webmail.imap.MailCredentials;
import org.webmail.imap.MailStore;

/**
 * Folder management: create, rename or move, delete, subscribe. Checks what can be checked against the folder list
 * first (the name is taken, the folder is INBOX or a special one, it still has sub-folders), so the user gets a
 * plain reason rather than whatever the server says; the server stays the final judge.
 * Every refusal is a {@link FolderChangeRefusedException} with a sentence for the page.
 */
@ApplicationScoped
public class FolderService {

    /** The folder tree with each folder's subscription. */
    public record Listing(List<FolderInfo> folders, Set<String> subscribed) {
        Optional<FolderInfo> find(String path) {
            return folders.stream().filter(f -> f.path().equals(path)).findFirst();
        }
    }

    @Inject
    MailStore mailStore;

    @Inject
    QuotaService quotas;

    public Listing listing(MailCredentials credentials) {
        return new Listing(mailStore.folders(credentials), mailStore.subscribedFolders(credentials));
    }

    /** Returns the new folder's path. */
    public String create(MailCredentials credentials, String parent, String name) {
        Listing listing = listing(credentials);
        String parentPath = blankToNull(parent);
        if (parentPath != null) {
            existing(listing, parentPath);
        }
        refuseTaken(listing, parentPath, name);
        return mailStore.createFolder(credentials, parentPath, name);
    }

    /** Renames, and moves when {@code newParent} differs; returns the new path. */
    public String rename(MailCredentials credentials, String path, String newParent, String newName) {
        Listing listing = listing(credentials);
        FolderInfo folder = existing(listing, path);
        refuseProtected(folder, "renamed or moved", "rename");
        String parentPath = blankToNull(newParent);
        if (parentPath != null) {
            existing(listing, parentPath);
        }
        if (!(parentPath == null ? newName : parentPath + "/" + newName).equals(path)) {
            refuseTaken(listing, parentPath, newName);
        }
        return mailStore.renameFolder(credentials, path, parentPath, newName);
    }

    public void delete(MailCredentials credentials, String path) {
        FolderInfo folder = deletable(listing(credentials), path);
        mailStore.deleteFolder(credentials, folder.path());
        quotas.forget(credentials.username()); // its messages no longer count
    }

    /** The folder if it may be deleted, else the reason why not as a refusal. */
    public FolderInfo deletable(Listing listing, String path) {
        FolderInfo folder = existing(listing, path);
        refuseProtected(folder, "deleted", "delete");
        List<String> children = listing.folders().stream().filter(f -> path.equals(parentOf(f.path()))).map(FolderInfo::name).toList();
        if (!children.isEmpty()) {
            throw new FolderChangeRefusedException("“" + path + "” still has sub-folders (" + String.join(", ", children)
                    + "): delete or move them first, so nothing goes that you did not see.", Reason.HAS_CHILDREN, path, String.join(", ", children));
        }
        return folder;
    }

    public void subscribe(MailCredentials credentials, String path, boolean subscribed) {
        Listing listing = listing(credentials);
        if (subscribed || !listing.subscribed().contains(path)) {
            existing(listing, path); // a subscribed name without a folder may still be unsubscribed
        }
        mailStore.setSubscribed(credentials, path, subscribed);
    }

    /** Why this folder may be neither deleted nor renamed, or null when it may. */
    public static String protection(FolderInfo folder, String action) {
        return switch (folder.role()) {
            case INBOX -> "INBOX cannot be " + action + ": it is where the mail server delivers new mail.";
            case NONE -> null;
            default -> "“" + folder.path() + "” cannot be " + action + ": it is your " + roleName(folder.role())
                    + " folder, which this webmail and other mail programs use for " + roleUse(folder.role()) + ".";
        };
    }

    /** @param change "rename", "delete" or "any": which words the page uses ({@code mail:change_word}) */
    private static void refuseProtected(FolderInfo folder, String action, String change) {
        String reason = protection(folder, action);
        if (reason != null) {
            throw folder.role() == FolderRole.INBOX ? new FolderChangeRefusedException(reason, Reason.PROTECTED_INBOX, change)
                    : new FolderChangeRefusedException(reason, Reason.PROTECTED_ROLE, folder.path(), change, folder.role().name());
        }
    }

    private static void refuseTaken(Listing listing, String parentPath, String name) {
        String path = parentPath == null ? name : parentPath + "/" + name;
        boolean taken = listing.find(path).isPresent() || (parentPath == null && "INBOX".equalsIgnoreCase(name));
        if (taken) {
            throw new FolderChangeRefusedException("The name “" + path + "” is already in use.", Reason.TAKEN, path);
        }
    }

    private static FolderInfo existing(Listing listing, String path) {
        return listing.find(path).orElseThrow(() -> new FolderChangeRefusedException("There is no folder “" + path + "” (any more).", Reason.NONEXISTENT, path));
    }

    static String parentOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? null : path.substring(0, slash);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String roleName(FolderRole role) {
        return switch (role) {
            case DRAFTS -> "Drafts";
            case SENT -> "Sent";
            case TRASH -> "Trash";
            case JUNK -> "Junk";
            case ARCHIVE -> "Archive";
            default -> role.name();
        };
    }

    private static String roleUse(FolderRole role) {
        return switch (role) {
            case DRAFTS -> "unfinished messages";
            case SENT -> "copies of the mail you send";
            case TRASH -> "deleted mail";
            case JUNK -> "unwanted mail";
            case ARCHIVE -> "archived mail";
            default -> "mail";
        };
    }
}
