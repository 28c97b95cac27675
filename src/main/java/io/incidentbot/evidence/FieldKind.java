package io.incidentbot.evidence;

/** What kind of value a form field holds: decides how it is validated, shown and redacted. */
public enum FieldKind {
    /** One line of free text. */
    TEXT(500),
    /** Several lines of free text (reproduction steps, caveats). */
    LONG_TEXT(3000),
    /** One URL per line. */
    LINKS(3000),
    /** A version number such as 6.4.2 or 8.2.12. */
    VERSION(40),
    /** A moment, stored as epoch seconds (the picker's zone is already applied). */
    TIMESTAMP(20),
    /** A calendar day, stored as YYYY-MM-DD. */
    DATE(10),
    /** A Slack user id. */
    USER(40),
    /** Pass / fail / not checked for each {@link DiagnosticCheck}. */
    DIAGNOSTICS(200),
    /** One of the {@link Category} ids. */
    CATEGORY(40),
    /** One of the {@link RollbackDecision} ids. */
    DECISION(40);

    private final int maxLength;

    FieldKind(int maxLength) {
        this.maxLength = maxLength;
    }

    public int maxLength() {
        return maxLength;
    }

    /** True for values people type in free form: these are the ones that can hold secrets. */
    public boolean typed() {
        return this == TEXT || this == LONG_TEXT || this == LINKS || this == VERSION;
    }
}
