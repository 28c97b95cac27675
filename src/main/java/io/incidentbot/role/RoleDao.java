package io.incidentbot.role;

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

/** Role holders per incident, scoped by team. */
@RegisterRowMapper(RoleDao.AssignmentMapper.class)
public interface RoleDao {

    @SqlQuery("SELECT * FROM role_assignment WHERE team_id = :team AND number = :number ORDER BY role")
    List<RoleAssignment> forIncident(@Bind("team") String team, @Bind("number") int number);

    @SqlUpdate("""
            INSERT INTO role_assignment (team_id, number, role, user_id, assigned_by, assigned_at)
            VALUES (:team, :number, :role, :user, :by, :at)
            ON CONFLICT (team_id, number, role) DO UPDATE
            SET user_id = excluded.user_id, assigned_by = excluded.assigned_by, assigned_at = excluded.assigned_at""")
    void assign(@Bind("team") String team, @Bind("number") int number, @Bind("role") String role,
                @Bind("user") String user, @Bind("by") String by, @Bind("at") long at);

    final class AssignmentMapper implements RowMapper<RoleAssignment> {
        @Override
        public RoleAssignment map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new RoleAssignment(rs.getString("role"), rs.getString("user_id"), rs.getString("assigned_by"),
                    Instant.ofEpochMilli(rs.getLong("assigned_at")));
        }
    }
}
