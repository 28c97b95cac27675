package io.incidentbot.incident;

import io.incidentbot.common.IncidentId;
import java.time.Instant;
import java.util.Optional;

/** An incident as stored. */
public record Incident(IncidentId id, String title, String severity, Status status, String area,
                       boolean customerVisible, boolean privacySensitive, String description,
                       Optional<Instant> noticedAt, String openedBy, Instant openedAt, String originChannel,
                       Optional<String> channelId, int version) {

    public boolean isOpen() {
        return status != Status.RESOLVED;
    }

    /**
     * Whether its title and details may be shown in {@code channel}: anywhere, unless it is
     * privacy-sensitive; then only in its own channel.
     */
    public boolean detailsAllowedIn(String channel) {
        return !privacySensitive || channelId.filter(own -> own.equals(channel)).isPresent();
    }

    /** Where the incident is discussed: its own channel, or the channel it was opened from. */
    public String homeChannel() {
        return channelId.orElse(originChannel);
    }
}
