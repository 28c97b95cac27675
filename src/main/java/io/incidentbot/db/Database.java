package io.incidentbot.db;

import io.incidentbot.config.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.extension.ExtensionFactory;
import org.jdbi.v3.core.extension.Extensions;
import org.jdbi.v3.sqlobject.SqlObjectFactory;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The store: a SQLite file (WAL, foreign keys, busy timeout, immediate transactions so that
 * concurrent writers queue instead of failing) migrated by Flyway, reached through JDBI.
 */
public final class Database implements AutoCloseable {
    private static final int BUSY_TIMEOUT_MS = 10_000;

    /** Opening a SQLite connection (file, pragmas) costs more than the statement; keep a few open. */
    private static final int POOL_SIZE = 4;

    private final Jdbi jdbi;
    private final HikariDataSource dataSource;
    private final WriteQueue writes;

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
        // a failed statement's message must not carry its bound values: they are evidence text
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
        this.writes = new WriteQueue(jdbi);
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
        SQLiteDataSource sqlite = new SQLiteDataSource(config);
        sqlite.setUrl(url);
        HikariConfig pool = new HikariConfig();
        pool.setDataSource(sqlite);
        pool.setPoolName("sqlite");
        pool.setMaximumPoolSize(POOL_SIZE);
        pool.setMinimumIdle(1);
        pool.setConnectionTimeout(BUSY_TIMEOUT_MS);
        return new Database(new HikariDataSource(pool));
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

    /**
     * Runs {@code work} in a write transaction, in this process's {@link WriteQueue}. Other processes
     * on the same file still meet SQLite's busy timeout.
     */
    public <R> R write(HandleCallback<R, RuntimeException> work) {
        return writes.run(work);
    }

    /** Runs {@code work} (after the ack, or a timer) so that its writes give way to those a user waits for. */
    public static void inBackground(Runnable work) {
        WriteQueue.inBackground(work);
    }

    public void writing(HandleConsumer<RuntimeException> work) {
        write(h -> {
            work.useHandle(h);
            return null;
        });
    }

    /** Runs {@code work} on a connection of its own, outside any write transaction. */
    public <R> R read(HandleCallback<R, RuntimeException> work) {
        return jdbi.withHandle(work);
    }

    /**
     * Computes the SQL Object metadata of {@code daos} once, on the root configuration that every
     * handle copies; otherwise each {@code Handle.attach} recomputes it (jdbi/jdbi#2991).
     */
    public Database prepare(Class<?>... daos) {
        Extensions extensions = jdbi.getConfig(Extensions.class);
        ExtensionFactory factory = extensions.findFactory(SqlObjectFactory.class).orElseThrow();
        for (Class<?> dao : daos) {
            extensions.findMetadata(dao, factory);
        }
        return this;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** Closes the pooled connections (the file stays). */
    @Override
    public void close() {
        writes.close();
        dataSource.close();
    }
}
