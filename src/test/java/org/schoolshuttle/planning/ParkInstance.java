package org.schoolshuttle.planning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Park, Tae &amp; Kim (2012) mixed-load instance ({@code Schools.txt}, {@code Stops.txt}) with the rules the
 * benchmark README derives from the published solutions: Manhattan distance in feet at 29.33 ft/s rounded up to
 * whole seconds, 19 s + 2.6 s per student at a stop, 29 s + 1.9 s per student at a school, 66 seats, arrival
 * at school within its window, and each student's ride from pick-up to school at most the limit.
 */
record ParkInstance(Map<Integer, School> schools, Map<Integer, StopRow> stops, int rideLimit) {

    static final int SEATS = 66;
    static final double SCHOOL_SERVICE_FIXED = 29;
    static final double SCHOOL_SERVICE_PER_STUDENT = 1.9;

    record School(int id, double x, double y, int early, int late) {
    }

    record StopRow(int id, double x, double y, int school, int students) {
    }

    static ParkInstance read(Path folder, int rideLimit) throws IOException {
        Map<Integer, School> schools = new LinkedHashMap<>();
        for (String[] f : rows(folder.resolve("Schools.txt"))) {
            int id = Integer.parseInt(f[0]);
            schools.put(id, new School(id, Double.parseDouble(f[1]), Double.parseDouble(f[2]), clock(f[3]), clock(f[4])));
        }
        Map<Integer, StopRow> stops = new LinkedHashMap<>();
        for (String[] f : rows(folder.resolve("Stops.txt"))) {
            int id = Integer.parseInt(f[0]);
            stops.put(id, new StopRow(id, Double.parseDouble(f[1]), Double.parseDouble(f[2]), Integer.parseInt(f[3]),
                    Integer.parseInt(f[4])));
        }
        return new ParkInstance(schools, stops, rideLimit);
    }

    private static List<String[]> rows(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 5 && f[0].matches("\\d+")) {
                rows.add(f);
            }
        }
        return rows;
    }

    /** HHMM (945 = 9:45) to seconds from midnight. */
    private static int clock(String hhmm) {
        int v = (int) Double.parseDouble(hhmm);
        return (v / 100 * 60 + v % 100) * 60;
    }

    static double feet(double x1, double y1, double x2, double y2) {
        return Math.abs(x1 - x2) + Math.abs(y1 - y2);
    }

    static int seconds(double feet) {
        return (int) Math.ceil(feet / 29.33 - 1e-9);
    }

    static int stopService(int students) {
        return (int) Math.ceil(19 + 2.6 * students - 1e-9);
    }

    static int schoolService(int students) {
        return (int) Math.ceil(SCHOOL_SERVICE_FIXED + SCHOOL_SERVICE_PER_STUDENT * students - 1e-9);
    }
}
