package org.webmail.account;

/** What can be wrong with a settings form, each tied to the field it is about (for aria-invalid) and said in words. */
public enum SettingsProblem {
    NAME("displayName"),
    LANGUAGE("language"),
    ZONE("zone"),
    PAGE_SIZE("pageSize"),
    THEME("theme"),
    READING_PANE("readingPane"),
    REMOTE_CONTENT("remoteContent"),
    IDENTITY("defaultIdentity");

    private final String field;

    SettingsProblem(String field) {
        this.field = field;
    }

    /** The form field's name. */
    public String field() {
        return field;
    }

    /** The sentence the page shows, in the reader's language. */
    public String words(SettingsMessages words) {
        return switch (this) {
            case NAME -> words.problemName(SettingsForm.MAX_NAME_LENGTH);
            case LANGUAGE -> words.problemLanguage();
            case ZONE -> words.problemZone();
            case PAGE_SIZE -> words.problemPageSize(AccountService.MIN_PAGE_SIZE, AccountService.MAX_PAGE_SIZE);
            case THEME -> words.problemTheme();
            case READING_PANE -> words.problemReadingPane();
            case REMOTE_CONTENT -> words.problemRemoteContent();
            case IDENTITY -> words.problemIdentity();
        };
    }
}
