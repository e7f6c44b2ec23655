package org.schoolshuttle.routing;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Runs the service on the real rural extract shared beside the project, where it is present. */
public class NorthBayreuthProfile implements QuarkusTestProfile {

    static final Path EXTRACT = Path.of("..", "shared", "routing-data", "north-bayreuth.osm.gz");

    public static boolean present() {
        return Files.isRegularFile(EXTRACT);
    }

    public static String absentMessage() {
        return EXTRACT.toAbsolutePath().normalize() + " is absent: skipping the real-map tests";
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new java.util.HashMap<>(Map.of("shuttle.routing.osm-file", EXTRACT.toString()));
        if (System.getenv("QUARKUS_DATASOURCE_JDBC_URL") == null) {
            // On H2 a restarted application gets a database of its own: H2 rejects writes to a shared in-memory
            // database whose check constraints were created by the application that started before it.
            overrides.put("%test.quarkus.datasource.jdbc.url",
                    "jdbc:h2:mem:shuttle-north-bayreuth;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        }
        return overrides;
    }
}
