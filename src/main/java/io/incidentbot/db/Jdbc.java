package io.incidentbot.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.Handle;

/**
 * Plain JDBC on a handle's connection, inside its transaction, for the few statements on the ack
 * path: there JDBI's SQL Object machinery (per-call configuration copies, binder warm-up, mapper
 * look-ups) cost ten times the SQLite work itself (bench/README.md). Parameters are positional.
 * Failures never carry the bound values: they are evidence text.
 */
public final class Jdbc {
    private Jdbc() {
    }

    public static int update(Handle h, String sql, Object... params) {
        try (PreparedStatement statement = prepare(h, sql, params)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("statement failed: " + e.getMessage(), e);
        }
    }

    /** A statement that returns one number ({@code SELECT count(*)}, {@code INSERT … RETURNING id}). */
    public static long queryLong(Handle h, String sql, Object... params) {
        try (PreparedStatement statement = prepare(h, sql, params); ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
                throw new IllegalStateException("statement returned no row");
            }
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("statement failed: " + e.getMessage(), e);
        }
    }

    private static PreparedStatement prepare(Handle h, String sql, Object... params) throws SQLException {
        PreparedStatement statement = h.getConnection().prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            statement.setObject(i + 1, params[i]);
        }
        return statement;
    }
}
