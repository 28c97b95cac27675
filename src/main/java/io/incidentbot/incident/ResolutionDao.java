package io.incidentbot.incident;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The acceptance checks of the last resolution, per incident and team. */
public interface ResolutionDao {

    @SqlUpdate("""
            INSERT INTO resolution (team_id, number, impact, root_cause, owner, remediation, prevention, outstanding,
                                    override_reason, resolved_by, resolved_at)
            VALUES (:team, :number, :impact, :rootCause, :owner, :remediation, :prevention, :outstanding,
                    :overrideReason, :by, :at)
            ON CONFLICT (team_id, number) DO UPDATE SET
                impact = excluded.impact, root_cause = excluded.root_cause, owner = excluded.owner,
                remediation = excluded.remediation, prevention = excluded.prevention,
                outstanding = excluded.outstanding, override_reason = excluded.override_reason,
                resolved_by = excluded.resolved_by, resolved_at = excluded.resolved_at""")
    void save(@Bind("team") String team, @Bind("number") int number, @Bind("impact") String impact,
              @Bind("rootCause") String rootCause, @Bind("owner") String owner,
              @Bind("remediation") String remediation, @Bind("prevention") String prevention,
              @Bind("outstanding") String outstanding, @Bind("overrideReason") String overrideReason,
              @Bind("by") String by, @Bind("at") long at);
}
