package io.incidentbot.incident;

import io.incidentbot.severity.ProductionImpact;
import io.incidentbot.severity.TriageAnswers;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The latest triage per incident and team. */
@org.jdbi.v3.sqlobject.config.RegisterRowMapper(TriageDao.LatestMapper.class)
public interface TriageDao {

    /** What the card says about the severity: the last triage's explanation. */
    record Latest(TriageAnswers answers, String suggested, String because, String chosen, String overrideReason) {
    }

    @SqlUpdate("""
            INSERT INTO triage (team_id, number, production_impact, customer_visible, revenue_risk, privacy_exposure,
                                data_incorrect, automation_pausable, suggested, because, chosen, override_reason,
                                triaged_by, triaged_at)
            VALUES (:team, :number, :impact, :visible, :revenue, :privacy, :dataIncorrect, :pausable, :suggested,
                    :because, :chosen, :overrideReason, :by, :at)
            ON CONFLICT (team_id, number) DO UPDATE SET
                production_impact = excluded.production_impact, customer_visible = excluded.customer_visible,
                revenue_risk = excluded.revenue_risk, privacy_exposure = excluded.privacy_exposure,
                data_incorrect = excluded.data_incorrect, automation_pausable = excluded.automation_pausable,
                suggested = excluded.suggested, because = excluded.because, chosen = excluded.chosen,
                override_reason = excluded.override_reason, triaged_by = excluded.triaged_by,
                triaged_at = excluded.triaged_at""")
    void save(@Bind("team") String team, @Bind("number") int number, @Bind("impact") String impact,
              @Bind("visible") boolean visible, @Bind("revenue") boolean revenue, @Bind("privacy") boolean privacy,
              @Bind("dataIncorrect") boolean dataIncorrect, @Bind("pausable") boolean pausable,
              @Bind("suggested") String suggested, @Bind("because") String because, @Bind("chosen") String chosen,
              @Bind("overrideReason") String overrideReason, @Bind("by") String by, @Bind("at") long at);

    @SqlQuery("SELECT * FROM triage WHERE team_id = :team AND number = :number")
    Optional<Latest> latest(@Bind("team") String team, @Bind("number") int number);

    final class LatestMapper implements org.jdbi.v3.core.mapper.RowMapper<Latest> {
        @Override
        public Latest map(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
                throws java.sql.SQLException {
            TriageAnswers answers = new TriageAnswers(
                    ProductionImpact.fromKey(rs.getString("production_impact")).orElse(ProductionImpact.NONE),
                    rs.getBoolean("customer_visible"), rs.getBoolean("revenue_risk"), rs.getBoolean("privacy_exposure"),
                    rs.getBoolean("data_incorrect"), rs.getBoolean("automation_pausable"));
            return new Latest(answers, rs.getString("suggested"), rs.getString("because"), rs.getString("chosen"),
                    rs.getString("override_reason"));
        }
    }
}
