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

/** Role holders per incident, scoped by team. */
@RegisterRowMapper(RoleDao.AssignmentMapper.class)
public interface RoleDao {

    @SqlQuery("SELECT * FROM role_assignment WHERE team_id = :team AND number = :number ORDER BY role")
    List<RoleAssignment> forIncident(@Bind("team") String team, @Bind("number") int number);

    final class AssignmentMapper implements RowMapper<RoleAssignment> {
        @Override
        public RoleAssignment map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new RoleAssignment(rs.getString("role"), rs.getString("user_id"), rs.getString("assigned_by"),
                    Instant.ofEpochMilli(rs.getLong("assigned_at")));
        }
    }
}
