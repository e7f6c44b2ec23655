package org.schoolshuttle.common;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises a failure caused by the database being out of reach (stopped, restarting, the network), as
 * opposed to a fault in our code: the client should try again in a moment rather than report an incident.
 */
final class DatabaseOutage {

    private DatabaseOutage() {
    }

    /** Whether the failure, or anything it was caused by, is a lost or refused database connection. */
    static boolean causes(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.hibernate.exception.JDBCConnectionException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLException sql && lostConnection(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean lostConnection(SQLException e) {
        String state = e.getSQLState();
        // Class 08: connection exceptions; 57P01-57P03: the server shut down or is starting up.
        // Agroal's pool gives up waiting for a connection without a state.
        return state != null && (state.startsWith("08") || state.startsWith("57P"))
                || state == null && e.getMessage() != null && e.getMessage().startsWith("Acquisition timeout");
    }
}
