package io.incidentbot.comms;

import io.incidentbot.common.IncidentId;
import io.incidentbot.incident.Status;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * A customer update of an incident, from draft to published (or skipped). {@code text} is the
 * redacted draft; {@code publishedText} the redacted text as sent, written down before sending.
 */
public record CustomerUpdate(IncidentId incident, int seq, Status status, State state, String text, String removed,
                             boolean isFinal, Instant createdAt, Optional<String> draftChannel,
                             Optional<String> draftTs, Optional<String> editedBy, Optional<String> decidedBy,
                             Optional<String> skipReason, Optional<String> targetChannel,
                             Optional<String> publishedText, Optional<Instant> nextUpdateAt,
                             Optional<String> publishedTs, int attempts, Optional<String> lastError) {

    /** Where an update stands. Draft and failed ones can still be edited, published or skipped. */
    public enum State {
        DRAFT, SENDING, PUBLISHED, SKIPPED, FAILED;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public boolean open() {
            return this == DRAFT || this == FAILED;
        }
    }
}
