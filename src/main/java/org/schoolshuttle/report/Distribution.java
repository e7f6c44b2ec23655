package org.schoolshuttle.report;

import java.util.ArrayList;
import java.util.List;

/** Values counted into bands by upper bounds; the last band takes everything above. */
final class Distribution {

    private Distribution() {
    }

    /** @param bounds ascending upper bounds (exclusive), e.g. 10, 20, 30, 45 for minutes */
    static List<VillageReportView.Band> of(List<Double> values, double[] bounds, String unit) {
        long[] counts = new long[bounds.length + 1];
        for (double v : values) {
            int band = 0;
            while (band < bounds.length && v >= bounds[band]) {
                band++;
            }
            counts[band]++;
        }
        List<VillageReportView.Band> bands = new ArrayList<>();
        for (int b = 0; b <= bounds.length; b++) {
            String label = b == 0 ? "< " + fmt(bounds[0]) + " " + unit
                    : b == bounds.length ? "≥ " + fmt(bounds[b - 1]) + " " + unit
                    : fmt(bounds[b - 1]) + "–" + fmt(bounds[b]) + " " + unit;
            bands.add(new VillageReportView.Band(label, counts[b]));
        }
        return bands;
    }

    static Double mean(List<Double> values) {
        return values.isEmpty() ? null : Math.round(10 * values.stream().mapToDouble(Double::doubleValue).average()
                .orElseThrow()) / 10.0;
    }

    static Double max(List<Double> values) {
        return values.isEmpty() ? null : Math.round(10 * values.stream().mapToDouble(Double::doubleValue).max()
                .orElseThrow()) / 10.0;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
