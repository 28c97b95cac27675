package io.incidentbot.evidence;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Field values of an incident's evidence and rollback record. Every statement is scoped by team id. */
public interface EvidenceDao {
    String EVIDENCE = "evidence";
    String ROLLBACK = "rollback";

    /** One stored field value. */
    record StoredValue(String field, String value) {
    }

    @SqlQuery("""
            SELECT field, value FROM incident_record_value
            WHERE team_id = :team AND number = :number AND record = :record""")
    @RegisterConstructorMapper(StoredValue.class)
    List<StoredValue> values(@Bind("team") String team, @Bind("number") int number, @Bind("record") String record);

    @SqlUpdate("""
            INSERT INTO incident_record_value (team_id, number, record, field, value, updated_by, updated_at)
            VALUES (:team, :number, :record, :field, :value, :by, :at)
            ON CONFLICT (team_id, number, record, field)
            DO UPDATE SET value = excluded.value, updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
    void put(@Bind("team") String team, @Bind("number") int number, @Bind("record") String record,
             @Bind("field") String field, @Bind("value") String value, @Bind("by") String by, @Bind("at") long at);

    @SqlUpdate("""
            DELETE FROM incident_record_value
            WHERE team_id = :team AND number = :number AND record = :record AND field = :field""")
    void remove(@Bind("team") String team, @Bind("number") int number, @Bind("record") String record,
                @Bind("field") String field);
}
