package io.incidentbot.schedule;

import io.incidentbot.common.IncidentId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Pending, fired and cancelled timers. Per-incident statements are scoped by team id. */
@RegisterRowMapper(TimerDao.TimerMapper.class)
public interface TimerDao {

    @SqlUpdate("""
            UPDATE timer SET cancelled_at = :now
            WHERE team_id = :team AND number = :number AND kind IN (<kinds>)
              AND fired_at IS NULL AND cancelled_at IS NULL""")
    int cancel(@Bind("team") String team, @Bind("number") int number, @BindList("kinds") List<String> kinds,
               @Bind("now") long now);

    @SqlQuery("""
            SELECT EXISTS (SELECT 1 FROM timer
                           WHERE fired_at IS NULL AND cancelled_at IS NULL AND due_at <= :now AND kind IN (<kinds>))""")
    boolean anyDue(@Bind("now") long now, @BindList("kinds") List<String> kinds);

    /**
     * Marks up to {@code limit} due timers fired and returns them. One statement: a timer another
     * process claimed first no longer matches {@code fired_at IS NULL}, so each fires once.
     */
    @SqlQuery("""
            UPDATE timer SET fired_at = :now
            WHERE id IN (SELECT id FROM timer
                         WHERE fired_at IS NULL AND cancelled_at IS NULL AND due_at <= :now AND kind IN (<kinds>)
                         ORDER BY due_at, id LIMIT :limit)
              AND fired_at IS NULL AND cancelled_at IS NULL
            RETURNING *""")
    List<Timer> claimDue(@Bind("now") long now, @BindList("kinds") List<String> kinds, @Bind("limit") int limit);

    @SqlQuery("""
            SELECT * FROM timer WHERE team_id = :team AND number = :number
              AND fired_at IS NULL AND cancelled_at IS NULL ORDER BY due_at, id""")
    List<Timer> pending(@Bind("team") String team, @Bind("number") int number);

    final class TimerMapper implements RowMapper<Timer> {
        @Override
        public Timer map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Timer(rs.getLong("id"), new IncidentId(rs.getString("team_id"), rs.getInt("number")),
                    rs.getString("kind"), rs.getString("payload"), Instant.ofEpochMilli(rs.getLong("due_at")));
        }
    }
}
