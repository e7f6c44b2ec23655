package org.schoolshuttle.common;

import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A database that is away is a 503 to retry, not an incident; bench/faults proves it on a restarted PostgreSQL. */
class DatabaseOutageTest {

    @Test
    void aRefusedOrLostConnectionIsAnOutageHoweverDeeplyWrapped() {
        assertTrue(DatabaseOutage.causes(new SQLException("Connection to 127.0.0.1:5432 refused", "08001")));
        assertTrue(DatabaseOutage.causes(new RuntimeException(new IllegalStateException(
                new SQLException("terminating connection due to administrator command", "57P01")))));
        assertTrue(DatabaseOutage.causes(new RuntimeException(new SQLException("Acquisition timeout while waiting for new connection"))));
    }

    @Test
    void otherDatabaseFailuresAreNot() {
        assertFalse(DatabaseOutage.causes(new SQLException("duplicate key value", "23505")));
        assertFalse(DatabaseOutage.causes(new IllegalStateException("a bug")));
    }

    @Test
    void anOutageIsAnsweredWith503AndRetryAfter() {
        Response response = new ProblemMapper().unexpected(new RuntimeException(new SQLException("refused", "08001")));
        assertEquals(503, response.getStatus());
        assertEquals("5", response.getHeaderString("Retry-After"));
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        assertEquals("https://schoolshuttle.org/problems/database-unavailable", ((Problem) response.getEntity()).type());
    }
}
