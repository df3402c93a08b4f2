package org.webmail.imap;

import java.util.Set;

import jakarta.mail.Flags;

/** Our flags as IMAP flags: system flags (RFC 3501 2.3.2) and the $Forwarded keyword most clients use. */
final class ImapFlags {

    static final String FORWARDED = "$Forwarded";

    private ImapFlags() {
    }

    static Flags of(Set<MessageFlag> flags) {
        Flags imap = new Flags();
        for (MessageFlag flag : flags) {
            switch (flag) {
                case SEEN -> imap.add(Flags.Flag.SEEN);
                case ANSWERED -> imap.add(Flags.Flag.ANSWERED);
                case FLAGGED -> imap.add(Flags.Flag.FLAGGED);
                case DRAFT -> imap.add(Flags.Flag.DRAFT);
                case FORWARDED -> imap.add(FORWARDED);
            }
        }
        return imap;
    }
}
