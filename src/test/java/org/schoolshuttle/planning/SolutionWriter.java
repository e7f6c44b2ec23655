package org.schoolshuttle.planning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Writes plans in the benchmark families' solution formats; stop s of the problem is number s + 1. */
final class SolutionWriter {

    private SolutionWriter() {
    }

    /** CVRPLIB style: {@code Route #k: c1 c2 ...} then {@code Cost n}, the cost rounded to an integer. */
    static void writeCvrp(Plan plan, Path file) throws IOException {
        write(plan, file, String.valueOf(Math.round(plan.metres())));
    }

    /** As {@link #writeCvrp}, for unrounded distances (Solomon VRPTW): the cost with two decimals. */
    static void writeVrptw(Plan plan, Path file) throws IOException {
        write(plan, file, String.format(java.util.Locale.ROOT, "%.2f", plan.metres()));
    }

    private static void write(Plan plan, Path file, String cost) throws IOException {
        StringBuilder b = new StringBuilder();
        int k = 1;
        for (PlannedRoute r : plan.routes()) {
            b.append("Route #").append(k++).append(':');
            for (int s : r.stops()) {
                b.append(' ').append(s + 1);
            }
            b.append('\n');
        }
        b.append("Cost ").append(cost).append('\n');
        Files.writeString(file, b);
    }

    /** {@code {"routes": [[stops]...], "studentStop": [stop per student]}}. */
    static void writeSchoolBus(Plan plan, Path file) throws IOException {
        String routes = plan.routes().stream()
                .map(r -> Arrays.stream(r.stops()).mapToObj(s -> String.valueOf(s + 1)).collect(Collectors.joining(", ", "[", "]")))
                .collect(Collectors.joining(", ", "[", "]"));
        String students = Arrays.stream(plan.riderStop()).mapToObj(s -> String.valueOf(s + 1))
                .collect(Collectors.joining(", ", "[", "]"));
        Files.writeString(file, "{\"routes\": " + routes + ", \"studentStop\": " + students + "}\n");
    }
}
