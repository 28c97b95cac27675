package io.incidentbot.incident;

import io.incidentbot.common.IncidentId;
import java.util.List;

/**
 * Something that should be done before an incident is resolved (required checklist items still
 * unticked, evidence missing...). Features provide checks; resolving lists what they report and
 * asks for a reason to go ahead anyway, which is audited.
 */
@FunctionalInterface
public interface ResolveCheck {
    /** What is still outstanding, one short line each; empty when nothing stands in the way. */
    List<String> outstanding(IncidentId id);
}
