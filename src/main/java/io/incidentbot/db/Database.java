package io.incidentbot.db;

import io.incidentbot.config.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The store: a SQLite file (WAL, foreign keys, busy timeout, immediate transactions so that
 * concurrent writers queue instead of failing) migrated by Flyway, reached through JDBI.
 */
public final class Database {
    private static final int BUSY_TIMEOUT_MS = 10_000;

    private final Jdbi jdbi;
    private final SQLiteDataSource dataSource;

    private Database(SQLiteDataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
        // a failed statement's message must not carry its bound values: they are evidence text
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
    }

    /** Opens INCIDENT_DB: a file path, or a {@code jdbc:sqlite:} URL. */
    public static Database open(String location) {
        String url = location.startsWith("jdbc:") ? location : "jdbc:sqlite:" + location;
        if (!url.startsWith("jdbc:sqlite:")) {
            throw new ConfigException("INCIDENT_DB: only SQLite is supported in this version; give a file path "
                    + "such as ./incident-bot.db or a jdbc:sqlite: URL, not '" + location + "'");
        }
        createParentDirectory(url.substring("jdbc:sqlite:".length()));
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl(url);
        return new Database(dataSource);
    }

    private static void createParentDirectory(String file) {
        if (file.isEmpty() || file.startsWith(":memory:") || file.startsWith("file:")) {
            return;
        }
        Path parent = Path.of(file).toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (Exception e) {
            throw new ConfigException("INCIDENT_DB: cannot create the directory " + parent + " (" + e.getMessage() + ")");
        }
    }

    /** Applies pending migrations; returns how many were applied. */
    public int migrate() {
        MigrateResult result = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .loggers("slf4j")
                .load()
                .migrate();
        return result.migrationsExecuted;
    }

    public Jdbi jdbi() {
        return jdbi;
    }
}
