package io.incidentbot.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The append-only timeline. Call it inside the transaction of the change it records. */
@RegisterRowMapper(AuditDao.EventMapper.class)
public interface AuditDao {

    @SqlUpdate("""
            INSERT INTO audit_event (team_id, number, seq, at, actor, action, before, after)
            SELECT :team, :number, COALESCE(MAX(seq), 0) + 1, :at, :actor, :action, :before, :after
            FROM audit_event WHERE team_id = :team AND number = :number""")
    void append(@Bind("team") String team, @Bind("number") int number, @Bind("at") long at,
                @Bind("actor") String actor, @Bind("action") String action, @Bind("before") String before,
                @Bind("after") String after);

    @SqlQuery("SELECT * FROM audit_event WHERE team_id = :team AND number = :number ORDER BY seq")
    List<AuditEvent> timeline(@Bind("team") String team, @Bind("number") int number);

    final class EventMapper implements RowMapper<AuditEvent> {
        @Override
        public AuditEvent map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new AuditEvent(rs.getInt("seq"), Instant.ofEpochMilli(rs.getLong("at")), rs.getString("actor"),
                    rs.getString("action"), rs.getString("before"), rs.getString("after"));
        }
    }
}
