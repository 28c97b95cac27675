package io.incidentbot.severity;

import java.time.Duration;
import java.util.List;

/**
 * One step of an escalation route: {@code after} the previous step (the first: after the missed
 * response target), notify these. Entries are role ids (whoever holds the role), {@link #ADMINS}
 * (the configured admins and admin groups), or Slack user ({@code U…}/{@code W…}) and user-group
 * ({@code S…}) ids.
 */
public record EscalationStep(Duration after, List<String> recipients) {
    public static final String ADMINS = "admins";

    public EscalationStep {
        recipients = List.copyOf(recipients);
    }
}
