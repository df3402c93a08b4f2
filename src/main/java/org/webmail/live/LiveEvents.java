package org.webmail.live;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.webmail.imap.FolderInfo;
import org.webmail.imap.MailboxChange;
import org.webmail.imap.MessageSummary;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/**
 * Turns folder changes into the events' names and JSON. A new message's row is rendered by the one row template,
 * tags/messageRow.html, so the pushed row is exactly the row a reload shows, escaped by Qute like every page.
 */
@ApplicationScoped
public class LiveEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    @Location("tags/messageRow")
    Template messageRow;

    /** The event name and data for a change, or null for one that is not sent as such. */
    Named toEvent(String folder, MailboxChange change, ZoneId zone, Locale locale) {
        return switch (change) {
            case MailboxChange.Arrived arrived -> new Named("message-new", newMessage(folder, arrived.row(), zone, locale));
            case MailboxChange.FlagsChanged flags -> new Named("message-flags", json(ordered("folder", folder, "uid", flags.uid(),
                    "seen", flags.seen(), "flagged", flags.flagged(), "answered", flags.answered())));
            case MailboxChange.Gone gone -> new Named("message-gone", json(ordered("folder", folder, "uid", gone.uid())));
            case MailboxChange.Resync resync -> resync(folder);
            case MailboxChange.Watching watching -> new Named("watching", json(Map.of("folder", folder)));
        };
    }

    Named resync(String folder) {
        return new Named("resync", json(Map.of("folder", folder)));
    }

    Named folderCounts(List<FolderInfo> folders) {
        List<Map<String, Object>> counts = folders.stream().filter(FolderInfo::selectable)
                .map(f -> ordered("path", f.path(), "unread", f.unread(), "total", f.total())).toList();
        return new Named("folder-counts", json(Map.of("folders", counts)));
    }

    private String newMessage(String folder, MessageSummary row, ZoneId zone, Locale locale) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("folder", folder);
        data.put("uid", row.uid());
        data.put("seen", row.seen());
        // plain text for the live region's announcement; the script sets it as text, never as markup
        data.put("from", row.from() == null ? "" : row.from().display());
        data.put("subject", row.subject());
        // rendered on the watcher's thread, outside any request: the row speaks the language of the feed's reader
        data.put("html", messageRow.data("m", row).data("folder", folder).data("zone", zone).setLocale(locale).render().strip());
        return json(data);
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value); // one line: no newline can split an SSE data field
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An event's name and data, before the feed numbers it. */
    record Named(String name, String data) {
    }
}
