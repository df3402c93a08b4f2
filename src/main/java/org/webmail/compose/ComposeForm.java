package org.webmail.compose;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything the compose form holds, exactly as the user typed it: an error never loses a character of it.
 * Lives in a {@link ComposeSession}; fields are public for the template.
 */
public final class ComposeForm {

    public long identityId;
    public String to = "";
    public String cc = "";
    public String bcc = "";
    public String subject = "";
    public String body = "";
    /** The editor's HTML, or empty: only a non-empty value makes the message HTML. */
    public String bodyHtml = "";
    /** The quoted original as HTML, for the editor to start a reply or forward with (never sent by itself). */
    public String quoteHtml = "";
    public String inReplyTo;
    public List<String> references = List.of();
    public OriginalMessage original;
    public DraftRef draft;
    public final List<Attachment> attachments = new ArrayList<>();

    /** Takes what the browser sent; null fields (not in the form) leave the value as it was. */
    public void update(Long identityId, String to, String cc, String bcc, String subject, String body, String bodyHtml) {
        if (identityId != null) {
            this.identityId = identityId;
        }
        this.to = to == null ? this.to : to;
        this.cc = cc == null ? this.cc : cc;
        this.bcc = bcc == null ? this.bcc : bcc;
        this.subject = subject == null ? this.subject : subject;
        this.body = body == null ? this.body : body.replace("\r\n", "\n");
        this.bodyHtml = bodyHtml == null ? this.bodyHtml : bodyHtml;
    }

    public long attachmentBytes() {
        return attachments.stream().mapToLong(Attachment::size).sum();
    }
}
