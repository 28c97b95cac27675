package io.incidentbot.severity;

import java.util.List;

/** The level triage suggests, why (the rule's reason) and which criteria made it so. */
public record Suggestion(String level, String because, List<Criterion> matched) {

    public Suggestion {
        matched = List.copyOf(matched);
    }

    /** "SEV1: checkout affected and visible to customers". */
    public String explanation() {
        return level + ": " + because;
    }
}
