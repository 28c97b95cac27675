package io.incidentbot.comms;

import io.incidentbot.common.IncidentId;
import io.incidentbot.incident.Status;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Customer updates and per-incident customer channels. Every statement is scoped by team id. */
@RegisterRowMapper(CustomerUpdateDao.Mapper.class)
public interface CustomerUpdateDao {

    @SqlQuery("SELECT COALESCE(MAX(seq), 0) + 1 FROM customer_update WHERE team_id = :team AND number = :number")
    int nextSeq(@Bind("team") String team, @Bind("number") int number);

    @SqlUpdate("""
            INSERT INTO customer_update (team_id, number, seq, status, state, text, removed, is_final, created_at,
                                         post_claimed_at)
            VALUES (:team, :number, :seq, :status, 'draft', :text, :removed, :isFinal, :now, :now)""")
    void insert(@Bind("team") String team, @Bind("number") int number, @Bind("seq") int seq,
                @Bind("status") String status, @Bind("text") String text, @Bind("removed") String removed,
                @Bind("isFinal") boolean isFinal, @Bind("now") long now);

    @SqlQuery("SELECT * FROM customer_update WHERE team_id = :team AND number = :number AND seq = :seq")
    Optional<CustomerUpdate> find(@Bind("team") String team, @Bind("number") int number, @Bind("seq") int seq);

    @SqlQuery("SELECT * FROM customer_update WHERE team_id = :team AND number = :number ORDER BY seq")
    List<CustomerUpdate> forIncident(@Bind("team") String team, @Bind("number") int number);

    @SqlUpdate("""
            UPDATE customer_update SET draft_channel = :channel, draft_ts = :ts
            WHERE team_id = :team AND number = :number AND seq = :seq""")
    void drafted(@Bind("team") String team, @Bind("number") int number, @Bind("seq") int seq,
                 @Bind("channel") String channel, @Bind("ts") String ts);

    @SqlUpdate("""
            UPDATE customer_update SET text = :text, removed = :removed, edited_by = :by
            WHERE team_id = :team AND number = :number AND seq = :seq AND state IN ('draft', 'failed')""")
    int edit(@Bind("team") String team, @Bind("number") int number, @Bind("seq") int seq, @Bind("text") String text,
             @Bind("removed") String removed, @Bind("by") String by);

    @SqlUpdate("""
            UPDATE customer_update SET state = 'skipped', skip_reason = :reason, decided_by = :by, decided_at = :now
            WHERE team_id = :team AND number = :number AND seq = :seq AND state IN ('draft', 'failed')""")
    int skip(@Bind("team") String team, @Bind("number") int number, @Bind("seq") int seq,
             @Bind("reason") String reason, @Bind("by") String by, @Bind("now") long now);

    /** Written down before anything is sent; only one publish of a draft wins. */
    @SqlUpdate("""
            UPDATE customer_update SET state = 'sending', decided_by = :by, decided_at = :now, target_channel = :target,
                   published_text = :text, next_update_at = :next, attempts = 0, last_error = NULL,
                   send_claimed_at = :now
            WHERE team_id = :team AND number = :number AND seq = :seq AND state IN ('draft', 'failed')""")
    int beginSend(@Bind("team") String team, @Bind("number") int number, @Bind("seq") int seq,
                  @Bind("by") String by, @Bind("now") long now, @Bind("target") String target,
                  @Bind("text") String text, @Bind("next") Long next);

    @SqlUpdate("""
            UPDATE customer_update SET attempts = :attempts, last_error = :error
            WHERE team_id = :team AND number = :number AND seq = :seq AND state = 'sending'""")
    int attempted(@Bind("team") String team, @Bind("number") int number, @Bind("seq") int seq,
                  @Bind("attempts") int attempts, @Bind("error") String error);

    @SqlUpdate("""
            UPDATE customer_update SET state = :state, published_ts = :ts, last_error = :error
            WHERE team_id = :team AND number = :number AND seq = :seq AND state = 'sending'""")
    int finish(@Bind("team") String team, @Bind("number") int number, @Bind("seq") int seq,
               @Bind("state") String state, @Bind("ts") String ts, @Bind("error") String error);

    /** Sends a crashed process left unfinished: claimed here, so one process resumes each. */
    @SqlQuery("""
            UPDATE customer_update SET send_claimed_at = :now
            WHERE state = 'sending' AND send_claimed_at < :staleBefore
            RETURNING *""")
    List<CustomerUpdate> claimStaleSends(@Bind("now") long now, @Bind("staleBefore") long staleBefore);

    /** Drafts whose message a crashed process never posted. */
    @SqlQuery("""
            UPDATE customer_update SET post_claimed_at = :now
            WHERE draft_ts IS NULL AND state = 'draft' AND post_claimed_at < :staleBefore
            RETURNING *""")
    List<CustomerUpdate> claimUnposted(@Bind("now") long now, @Bind("staleBefore") long staleBefore);

    @SqlQuery("SELECT channel_id FROM customer_channel WHERE team_id = :team AND number = :number")
    Optional<String> channel(@Bind("team") String team, @Bind("number") int number);

    @SqlUpdate("""
            INSERT INTO customer_channel (team_id, number, channel_id, set_by, set_at)
            VALUES (:team, :number, :channel, :by, :now)
            ON CONFLICT (team_id, number) DO UPDATE SET channel_id = :channel, set_by = :by, set_at = :now""")
    void setChannel(@Bind("team") String team, @Bind("number") int number, @Bind("channel") String channel,
                    @Bind("by") String by, @Bind("now") long now);

    @SqlQuery("SELECT impact, remediation FROM resolution WHERE team_id = :team AND number = :number")
    @RegisterRowMapper(ResolutionTexts.Mapper.class)
    Optional<ResolutionTexts> resolution(@Bind("team") String team, @Bind("number") int number);

    /** What a resolved update tells customers. */
    record ResolutionTexts(String impact, String remediation) {
        /** Public: JDBI instantiates it. */
        public static final class Mapper implements RowMapper<ResolutionTexts> {
            @Override
            public ResolutionTexts map(ResultSet rs, StatementContext ctx) throws SQLException {
                return new ResolutionTexts(rs.getString("impact"), rs.getString("remediation"));
            }
        }
    }

    final class Mapper implements RowMapper<CustomerUpdate> {
        @Override
        public CustomerUpdate map(ResultSet rs, StatementContext ctx) throws SQLException {
            long next = rs.getLong("next_update_at");
            Optional<Instant> nextAt = rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(next));
            return new CustomerUpdate(new IncidentId(rs.getString("team_id"), rs.getInt("number")), rs.getInt("seq"),
                    Status.fromKey(rs.getString("status")),
                    CustomerUpdate.State.valueOf(rs.getString("state").toUpperCase(Locale.ROOT)),
                    rs.getString("text"), rs.getString("removed"), rs.getBoolean("is_final"),
                    Instant.ofEpochMilli(rs.getLong("created_at")), opt(rs, "draft_channel"), opt(rs, "draft_ts"),
                    opt(rs, "edited_by"), opt(rs, "decided_by"), opt(rs, "skip_reason"), opt(rs, "target_channel"),
                    opt(rs, "published_text"), nextAt, opt(rs, "published_ts"), rs.getInt("attempts"),
                    opt(rs, "last_error"));
        }

        private static Optional<String> opt(ResultSet rs, String column) throws SQLException {
            return Optional.ofNullable(rs.getString(column));
        }
    }
}
