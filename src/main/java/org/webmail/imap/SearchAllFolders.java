package org.webmail.imap;

import jakarta.mail.FetchProfile;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;
import org.eclipse.angus.mail.imap.IMAPFolder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of the matches of every folder, newest first. Each selectable folder that holds mail is searched by the
 * server ({@link SearchCommand}); of each, the newest {@link #MAX_RESULTS} matches are kept and only their ENVELOPE
 * is fetched, so the lists can be merged by the date the list shows. Then only the page's rows are
 * fetched, folder by folder.
 *
 * <p>Caps, said on the results page: at most {@link #MAX_FOLDERS} folders and {@link #MAX_RESULTS} results (the
 * newest). Trash and Junk are left out, as a person looking for a message rarely means the deleted or the spam;
 * they can still be searched on their own.
 */
final class SearchAllFolders {

    static final int MAX_FOLDERS = 100;
    static final int MAX_RESULTS = 500;

    private static final FetchProfile DATES = new FetchProfile();

    static {
        // ENVELOPE (with INTERNALDATE): its date is what the row shows and SORT orders by (RFC 5256 section 2.2).
        // Angus reads getSentDate from the envelope only, so a header-only fetch would cost a FETCH per message.
        DATES.add(FetchProfile.Item.ENVELOPE);
        DATES.add(UIDFolder.FetchProfileItem.UID);
    }

    private SearchAllFolders() {
    }

    private record Candidate(String folder, long uid, Instant date) {
    }

    static SearchPage run(PooledStore connection, SearchCriteria criteria, int requestedPage, int pageSize) throws MessagingException {
        return run(connection, criteria, requestedPage, pageSize, java.time.Duration.ofDays(1));
    }

    /**
     * @param maxRunTime after this, no further folder is started (one already started runs to its end, bounded by the
     *                   read timeout): a person waits a bounded time and is told the results may be incomplete
     */
    static SearchPage run(PooledStore connection, SearchCriteria criteria, int requestedPage, int pageSize,
                          java.time.Duration maxRunTime) throws MessagingException {
        long started = System.nanoTime();
        int size = Math.max(1, pageSize);
        List<String> folders = new ArrayList<>();
        int leftOut = 0;
        for (FolderInfo folder : ListFolders.run(connection)) {
            if (!folder.selectable() || folder.total() == 0 || folder.role() == FolderRole.TRASH || folder.role() == FolderRole.JUNK) {
                continue;
            }
            if (folders.size() < MAX_FOLDERS) {
                folders.add(folder.path());
            } else {
                leftOut++;
            }
        }
        int matched = 0;
        int searched = 0;
        List<Candidate> candidates = new ArrayList<>();
        for (String path : folders) {
            if (searched > 0 && System.nanoTime() - started >= maxRunTime.toNanos()) {
                break;
            }
            searched++;
            try (SelectedFolder selected = SelectedFolder.readOnly(connection, path)) {
                long[] uids = SearchCommand.newestFirst(selected.folder(), criteria);
                matched += uids.length;
                candidates.addAll(dated(selected.folder(), path, Arrays.copyOf(uids, Math.min(uids.length, MAX_RESULTS))));
            } catch (FolderNotFoundException e) {
                // deleted or renamed by another client since the LIST: the other folders' results still count
            }
        }
        candidates.sort(Comparator.comparing(Candidate::date, Comparator.nullsLast(Comparator.reverseOrder())));
        List<Candidate> kept = candidates.subList(0, Math.min(candidates.size(), MAX_RESULTS));
        int page = SearchPage.clamp(requestedPage, kept.size(), size);
        int from = Math.min((page - 1) * size, kept.size());
        List<Candidate> shown = kept.subList(from, Math.min(from + size, kept.size()));
        return new SearchPage(null, page, size, kept.size(), matched, rows(connection, shown), searched, leftOut,
                folders.size() - searched);
    }

    private static List<Candidate> dated(IMAPFolder folder, String path, long[] uids) throws MessagingException {
        if (uids.length == 0) {
            return List.of();
        }
        List<Message> present = Arrays.stream(folder.getMessagesByUID(uids)).filter(m -> m != null).toList();
        Message[] messages = present.toArray(Message[]::new);
        folder.fetch(messages, DATES);
        List<Candidate> dated = new ArrayList<>(messages.length);
        for (Message message : messages) {
            dated.add(new Candidate(path, folder.getUID(message), EnvelopeMapper.date(message)));
        }
        return dated;
    }

    /** The page's rows, fetched folder by folder, in the merged order. */
    private static List<FoundMessage> rows(PooledStore connection, List<Candidate> shown) throws MessagingException {
        Map<String, List<Candidate>> byFolder = new LinkedHashMap<>();
        shown.forEach(c -> byFolder.computeIfAbsent(c.folder(), f -> new ArrayList<>()).add(c));
        Map<String, MessageSummary> fetched = new java.util.HashMap<>();
        for (Map.Entry<String, List<Candidate>> entry : byFolder.entrySet()) {
            try (SelectedFolder selected = SelectedFolder.readOnly(connection, entry.getKey())) {
                long[] uids = entry.getValue().stream().mapToLong(Candidate::uid).toArray();
                for (MessageSummary row : MessageRows.byUids(selected.folder(), uids)) {
                    fetched.put(entry.getKey() + "\n" + row.uid(), row);
                }
            } catch (FolderNotFoundException e) {
                // gone since the search: its rows are simply not shown
            }
        }
        List<FoundMessage> rows = new ArrayList<>(shown.size());
        for (Candidate candidate : shown) {
            MessageSummary row = fetched.get(candidate.folder() + "\n" + candidate.uid());
            if (row != null) { // gone since the search (moved or expunged elsewhere): no row
                rows.add(new FoundMessage(candidate.folder(), row));
            }
        }
        return rows;
    }
}
