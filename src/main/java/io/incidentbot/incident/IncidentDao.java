package io.incidentbot.incident;

import io.incidentbot.common.IncidentId;
import io.incidentbot.common.MessageRef;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Incidents and their living messages. Every statement is scoped by team id. */
@RegisterRowMapper(IncidentDao.IncidentMapper.class)
public interface IncidentDao {

    @SqlQuery("SELECT * FROM incident WHERE team_id = :team AND number = :number")
    Optional<Incident> find(@Bind("team") String team, @Bind("number") int number);

    @SqlQuery("SELECT * FROM incident WHERE team_id = :team AND channel_id = :channel")
    Optional<Incident> findByChannel(@Bind("team") String team, @Bind("channel") String channel);

    /** Every team's open incidents whose card was never posted (the process stopped mid-setup). */
    @SqlQuery("""
            SELECT * FROM incident i
            WHERE i.status <> 'resolved' AND i.opened_at >= :since
              AND NOT EXISTS (SELECT 1 FROM incident_message m
                              WHERE m.team_id = i.team_id AND m.number = i.number AND m.kind = 'card')
            ORDER BY i.opened_at""")
    List<Incident> withoutCard(@Bind("since") long since);

    @SqlUpdate("""
            UPDATE incident SET channel_id = :channel, version = version + 1
            WHERE team_id = :team AND number = :number""")
    int setChannel(@Bind("team") String team, @Bind("number") int number, @Bind("channel") String channel);

    /** Open, resolved or any; of some severities or any; involving a user (opened it or holds a role) or anyone. */
    @SqlQuery("""
            SELECT * FROM incident i
            WHERE i.team_id = :team
              AND (:anyStatus OR i.status IN (<statuses>))
              AND (:anySeverity OR i.severity IN (<severities>))
              AND (:user IS NULL OR i.opened_by = :user
                   OR EXISTS (SELECT 1 FROM role_assignment r
                              WHERE r.team_id = i.team_id AND r.number = i.number AND r.user_id = :user))
            ORDER BY i.number DESC LIMIT :limit""")
    List<Incident> list(@Bind("team") String team, @Bind("anyStatus") boolean anyStatus,
                        @BindList(value = "statuses", onEmpty = BindList.EmptyHandling.NULL_STRING) List<String> statuses,
                        @Bind("anySeverity") boolean anySeverity,
                        @BindList(value = "severities", onEmpty = BindList.EmptyHandling.NULL_STRING) List<String> severities,
                        @Bind("user") String user, @Bind("limit") int limit);

    /** The optimistic lock: succeeds (1) only if nobody changed the incident since {@code expected}. */
    @SqlUpdate("""
            UPDATE incident SET version = version + 1
            WHERE team_id = :team AND number = :number AND version = :expected""")
    int bumpVersion(@Bind("team") String team, @Bind("number") int number, @Bind("expected") int expected);

    @SqlUpdate("UPDATE incident SET status = :status WHERE team_id = :team AND number = :number")
    int setStatus(@Bind("team") String team, @Bind("number") int number, @Bind("status") String status);

    @SqlUpdate("""
            UPDATE incident SET severity = :severity, customer_visible = :customerVisible,
                                privacy_sensitive = :privacySensitive
            WHERE team_id = :team AND number = :number""")
    int setSeverity(@Bind("team") String team, @Bind("number") int number, @Bind("severity") String severity,
                    @Bind("customerVisible") boolean customerVisible, @Bind("privacySensitive") boolean privacySensitive);

    @SqlUpdate("""
            INSERT INTO incident_message (team_id, number, kind, channel_id, ts) VALUES (:team, :number, :kind, :channel, :ts)
            ON CONFLICT (team_id, number, kind) DO UPDATE SET channel_id = excluded.channel_id, ts = excluded.ts""")
    void saveMessage(@Bind("team") String team, @Bind("number") int number, @Bind("kind") String kind,
                     @Bind("channel") String channel, @Bind("ts") String ts);

    @SqlQuery("SELECT channel_id, ts FROM incident_message WHERE team_id = :team AND number = :number AND kind = :kind")
    @RegisterRowMapper(MessageRefMapper.class)
    Optional<MessageRef> message(@Bind("team") String team, @Bind("number") int number, @Bind("kind") String kind);

    /** The workspaces that have incidents (for the command line, which has no Slack request to say). */
    @SqlQuery("SELECT DISTINCT team_id FROM incident ORDER BY team_id")
    List<String> teams();

    final class IncidentMapper implements RowMapper<Incident> {
        @Override
        public Incident map(ResultSet rs, StatementContext ctx) throws SQLException {
            long noticedAt = rs.getLong("noticed_at");
            Optional<Instant> noticed = rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(noticedAt));
            return new Incident(new IncidentId(rs.getString("team_id"), rs.getInt("number")), rs.getString("title"),
                    rs.getString("severity"), Status.fromKey(rs.getString("status")), rs.getString("area"),
                    rs.getBoolean("customer_visible"), rs.getBoolean("privacy_sensitive"), rs.getString("description"),
                    noticed, rs.getString("opened_by"), Instant.ofEpochMilli(rs.getLong("opened_at")),
                    rs.getString("origin_channel"), Optional.ofNullable(rs.getString("channel_id")),
                    rs.getInt("version"));
        }
    }

    final class MessageRefMapper implements RowMapper<MessageRef> {
        @Override
        public MessageRef map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new MessageRef(rs.getString("channel_id"), rs.getString("ts"));
        }
    }
}
