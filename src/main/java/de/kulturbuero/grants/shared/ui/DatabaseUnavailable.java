package de.kulturbuero.grants.shared.ui;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether an exception means that the database cannot be reached (stopped for a patch, the
 * network between portal and database down): then the user is told that, and that the action did
 * not happen, instead of an internal error. The connection pool reconnects by itself once the
 * database is back, so the same action succeeds when repeated.
 */
final class DatabaseUnavailable {

    private DatabaseUnavailable() {}

    static boolean causedBy(Throwable throwable) {
        for (Throwable t = throwable; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotGetJdbcConnectionException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessResourceException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof java.net.ConnectException) {
                return true;
            }
            // the pool's own "connection is not available, request timed out" and the driver's
            // "socket fail to connect" arrive wrapped by Hibernate or the engine under other types
            if (t instanceof java.sql.SQLException sql && "08".equals(sqlClass(sql))) {
                return true;
            }
        }
        return false;
    }

    /** The SQLSTATE class: "08" is a connection exception in every driver. */
    private static String sqlClass(java.sql.SQLException e) {
        String state = e.getSQLState();
        return state == null || state.length() < 2 ? "" : state.substring(0, 2);
    }
}
