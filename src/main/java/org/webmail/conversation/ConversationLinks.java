package org.webmail.conversation;

import org.webmail.web.Formats;

import io.quarkus.qute.TemplateExtension;

/** Links of the conversation views, built like the folder links (each hierarchy level percent-encoded). */
@TemplateExtension
public final class ConversationLinks {

    private ConversationLinks() {
    }

    /** /conversation/{folder}/{uid}: the conversation holding that message. */
    static String conversationHref(String folder, long uid) {
        return "/conversation/" + Formats.folderHref(folder).substring("/mail/".length()) + "/" + uid;
    }
}
