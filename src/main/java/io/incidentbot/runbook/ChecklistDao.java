package io.incidentbot.runbook;

import io.incidentbot.common.IncidentId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Checklists attached to incidents, their item snapshots and ticks. Every statement is scoped by team id. */
@RegisterRowMapper(ChecklistDao.ItemMapper.class)
public interface ChecklistDao {

    /** Attaches a checklist after the incident's others; 0 when it was already attached. */
    @SqlUpdate("""
            INSERT INTO checklist (team_id, number, runbook, title, position, attached_by, attached_at)
            SELECT :team, :number, :runbook, :title, COALESCE(MAX(position), 0) + 1, :by, :at
            FROM checklist WHERE team_id = :team AND number = :number
            ON CONFLICT (team_id, number, runbook) DO NOTHING""")
    int insertChecklist(@Bind("team") String team, @Bind("number") int number, @Bind("runbook") String runbook,
                        @Bind("title") String title, @Bind("by") String by, @Bind("at") long at);

    @SqlUpdate("""
            INSERT INTO checklist_item (team_id, number, runbook, item, position, section, text, role, required)
            VALUES (:team, :number, :runbook, :item, :position, :section, :text, :role, :required)""")
    void insertItem(@Bind("team") String team, @Bind("number") int number, @Bind("runbook") String runbook,
                    @Bind("item") String item, @Bind("position") int position, @Bind("section") String section,
                    @Bind("text") String text, @Bind("role") String role, @Bind("required") boolean required);

    @SqlQuery("SELECT COUNT(*) FROM checklist WHERE team_id = :team AND number = :number")
    int countChecklists(@Bind("team") String team, @Bind("number") int number);

    /** Runbook id → title of the incident's checklists, in the order attached. */
    @SqlQuery("SELECT runbook, title FROM checklist WHERE team_id = :team AND number = :number ORDER BY position")
    @RegisterRowMapper(HeadingMapper.class)
    List<Heading> checklists(@Bind("team") String team, @Bind("number") int number);

    @SqlQuery("""
            SELECT i.*, t.ticked_by, t.ticked_at FROM checklist_item i
            LEFT JOIN checklist_tick t ON t.team_id = i.team_id AND t.number = i.number
                                      AND t.runbook = i.runbook AND t.item = i.item
            WHERE i.team_id = :team AND i.number = :number
            ORDER BY i.runbook, i.position""")
    List<ChecklistItem> items(@Bind("team") String team, @Bind("number") int number);

    @SqlQuery("""
            SELECT i.*, t.ticked_by, t.ticked_at FROM checklist_item i
            LEFT JOIN checklist_tick t ON t.team_id = i.team_id AND t.number = i.number
                                      AND t.runbook = i.runbook AND t.item = i.item
            WHERE i.team_id = :team AND i.number = :number AND i.runbook = :runbook AND i.item = :item""")
    Optional<ChecklistItem> item(@Bind("team") String team, @Bind("number") int number,
                                 @Bind("runbook") String runbook, @Bind("item") String item);

    /** 1 when ticked now; 0 when it already was (the primary key keeps one tick). */
    @SqlUpdate("""
            INSERT INTO checklist_tick (team_id, number, runbook, item, ticked_by, ticked_at)
            VALUES (:team, :number, :runbook, :item, :by, :at)
            ON CONFLICT (team_id, number, runbook, item) DO NOTHING""")
    int tick(@Bind("team") String team, @Bind("number") int number, @Bind("runbook") String runbook,
             @Bind("item") String item, @Bind("by") String by, @Bind("at") long at);

    /** 1 when unticked now; 0 when it was not ticked. */
    @SqlUpdate("""
            DELETE FROM checklist_tick
            WHERE team_id = :team AND number = :number AND runbook = :runbook AND item = :item""")
    int untick(@Bind("team") String team, @Bind("number") int number, @Bind("runbook") String runbook,
               @Bind("item") String item);

    /** Every team's open incidents opened since {@code since} whose card was posted. */
    @SqlQuery("""
            SELECT i.team_id, i.number FROM incident i
            WHERE i.status <> 'resolved' AND i.opened_at >= :since
              AND EXISTS (SELECT 1 FROM incident_message m
                          WHERE m.team_id = i.team_id AND m.number = i.number AND m.kind = 'card')
            ORDER BY i.opened_at""")
    @RegisterRowMapper(IncidentIdMapper.class)
    List<IncidentId> openWithCardSince(@Bind("since") long since);

    /** A checklist's runbook id and title. */
    record Heading(String runbook, String title) {
    }

    final class HeadingMapper implements RowMapper<Heading> {
        @Override
        public Heading map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Heading(rs.getString("runbook"), rs.getString("title"));
        }
    }

    final class ItemMapper implements RowMapper<ChecklistItem> {
        @Override
        public ChecklistItem map(ResultSet rs, StatementContext ctx) throws SQLException {
            String tickedBy = rs.getString("ticked_by");
            Optional<Tick> tick = tickedBy == null ? Optional.empty()
                    : Optional.of(new Tick(tickedBy, Instant.ofEpochMilli(rs.getLong("ticked_at"))));
            return new ChecklistItem(rs.getString("runbook"), rs.getString("item"), rs.getString("section"),
                    rs.getString("text"), Optional.ofNullable(rs.getString("role")), rs.getBoolean("required"), tick);
        }
    }

    final class IncidentIdMapper implements RowMapper<IncidentId> {
        @Override
        public IncidentId map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new IncidentId(rs.getString("team_id"), rs.getInt("number"));
        }
    }
}
