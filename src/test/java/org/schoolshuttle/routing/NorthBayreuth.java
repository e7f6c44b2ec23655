package org.schoolshuttle.routing;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Runs the service on the real rural extract shared beside the project, where it is present. */
public class NorthBayreuth implements QuarkusTestProfile {

    static final Path EXTRACT = Path.of("..", "shared", "routing-data", "north-bayreuth.osm.gz");

    static boolean present() {
        return Files.isRegularFile(EXTRACT);
    }

    static String absentMessage() {
        return EXTRACT.toAbsolutePath().normalize() + " is absent: skipping the real-map tests";
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("shuttle.routing.osm-file", EXTRACT.toString());
    }
}
