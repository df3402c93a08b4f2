package org.webmail.message;

import java.util.Arrays;
import java.util.Optional;

/** What a person can do to one message or a selection, by the value its button sends. */
public enum MessageAction {
    READ("read"), UNREAD("unread"), FLAG("flag"), UNFLAG("unflag"),
    MOVE("move"), COPY("copy"), DELETE("delete"), ARCHIVE("archive"), JUNK("junk"), NOT_JUNK("notjunk");

    private final String formValue;

    MessageAction(String formValue) {
        this.formValue = formValue;
    }

    public String formValue() {
        return formValue;
    }

    public static Optional<MessageAction> fromForm(String value) {
        return Arrays.stream(values()).filter(a -> a.formValue.equals(value)).findFirst();
    }

    /** Whether the messages leave the folder, so a view of them (the read page, a list row) goes too. */
    public boolean takesAway() {
        return this == MOVE || this == DELETE || this == ARCHIVE || this == JUNK || this == NOT_JUNK;
    }

    /** Whether it needs a folder chosen by the person. */
    public boolean needsTarget() {
        return this == MOVE || this == COPY;
    }
}
