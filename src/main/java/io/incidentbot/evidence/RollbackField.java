package io.incidentbot.evidence;

import java.util.Arrays;
import java.util.Optional;

/** The rollback record of the Update and Rollback runbook, kept before resuming normal use. */
public enum RollbackField implements FormField {
    RELEASE_VERSION("release-version", "release version", FieldKind.VERSION),
    UPDATE_DATE("update-date", "update date", FieldKind.DATE),
    BACKUP_LOCATION("backup-location", "backup location", FieldKind.TEXT),
    RESTORE_OWNER("restore-owner", "restore owner", FieldKind.USER),
    DIAGNOSTICS_RESULT("diagnostics-result", "diagnostics result", FieldKind.TEXT),
    KNOWN_CAVEATS("known-caveats", "known caveats", FieldKind.LONG_TEXT),
    DECISION("decision", "rollback decision", FieldKind.DECISION);

    private final String id;
    private final String noun;
    private final FieldKind kind;

    RollbackField(String id, String noun, FieldKind kind) {
        this.id = id;
        this.noun = noun;
        this.kind = kind;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String noun() {
        return noun;
    }

    @Override
    public FieldKind kind() {
        return kind;
    }

    public static Optional<RollbackField> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }
}
