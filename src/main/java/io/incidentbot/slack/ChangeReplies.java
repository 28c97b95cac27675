package io.incidentbot.slack;

import io.incidentbot.config.AppConfig;
import io.incidentbot.incident.Incident;
import io.incidentbot.incident.IncidentView;
import io.incidentbot.role.RoleAssignment;
import java.util.Optional;

/** What to tell someone whose change was refused: not theirs to make, or overtaken by another. */
public final class ChangeReplies {
    private final AppConfig config;

    public ChangeReplies(AppConfig config) {
        this.config = config;
    }

    public String id(Incident incident) {
        return incident.id().display(config.incident().idPrefix());
    }

    /** @param what what they tried, completing "can …": "resolve it", "change its severity" */
    public String denied(IncidentView view, String what) {
        String id = id(view.incident());
        Optional<String> owner = view.holder(RoleAssignment.OWNER);
        Optional<String> comms = view.holder(RoleAssignment.COMMS_OWNER);
        if (owner.isEmpty() && comms.isEmpty()) {
            return "Only " + id + "'s owner, its comms owner or an incident admin can " + what + ", and " + id
                    + " has no owner yet. Take the owner role first (the Owner picker on the card, or "
                    + "`/incident assign @you`). Nothing changed.";
        }
        return "Only " + id + "'s owner (" + owner.map(Format::user).orElse("unassigned") + "), its comms owner ("
                + comms.map(Format::user).orElse("unassigned") + ") or an incident admin can " + what
                + ". Nothing changed.";
    }

    public String stale(IncidentView view) {
        Incident incident = view.incident();
        return "Someone changed " + id(incident) + " while you were at it: it is now *"
                + config.statusLabel(incident.status()) + "*, " + incident.severity() + ", owner "
                + view.holder(RoleAssignment.OWNER).map(Format::user).orElse("unassigned")
                + ". Nothing changed; check the card and try again.";
    }
}
