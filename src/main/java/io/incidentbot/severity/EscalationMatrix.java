package io.incidentbot.severity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The escalation matrix (SLA seed): for each severity, who owns each role and whom a missed
 * response target escalates to. Pure: role holders of an incident are passed in.
 */
public final class EscalationMatrix {
    private final SeverityScale severities;
    private final List<String> admins;

    /** @param admins the admin users and user groups, for {@link EscalationStep#ADMINS} */
    public EscalationMatrix(SeverityScale severities, List<String> admins) {
        this.severities = severities;
        this.admins = List.copyOf(admins);
    }

    public Optional<Severity> severity(String id) {
        return severities.find(id);
    }

    /**
     * Who is expected to act at {@code severity}, role by role in {@code roleOrder}: the matrix's
     * owners for the level plus whoever holds the role on the incident. Roles nobody owns are left out.
     */
    public Map<String, Recipients> owners(String severity, List<String> roleOrder, Map<String, String> holders) {
        Severity level = severities.lookup(severity);
        Map<String, Recipients> owners = new LinkedHashMap<>();
        for (String role : roleOrder) {
            List<String> ids = new ArrayList<>();
            Optional.ofNullable(holders.get(role)).ifPresent(ids::add);
            ids.addAll(level.owners(role));
            Recipients recipients = Recipients.of(ids);
            if (!recipients.isEmpty()) {
                owners.put(role, recipients);
            }
        }
        return owners;
    }

    /** Whom a step of the escalation route notifies, with role ids resolved to their holders. */
    public Recipients recipients(EscalationStep step, Map<String, String> holders) {
        List<String> ids = new ArrayList<>();
        for (String entry : step.recipients()) {
            if (entry.equals(EscalationStep.ADMINS)) {
                ids.addAll(admins);
            } else if (holders.containsKey(entry)) {
                ids.add(holders.get(entry));
            } else {
                ids.add(entry); // a Slack id; a role nobody holds resolves to nothing
            }
        }
        return Recipients.of(ids);
    }
}
