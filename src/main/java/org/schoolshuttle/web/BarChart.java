package org.schoolshuttle.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart laid out on the server, so the page draws it as SVG with plain attributes: no script, no inline
 * style, nothing the Content-Security-Policy has to allow.
 */
public record BarChart(int width, int height, int baseline, List<Bar> bars, String max) {

    static final int PLOT_TOP = 16;
    static final int LABEL_SPACE = 28;

    /** One bar with where it is drawn, its label below and its value above. */
    public record Bar(String label, String value, int x, int y, int w, int h, int labelX) {
    }

    static BarChart of(List<String> labels, List<? extends Number> values) {
        int slot = labels.size() > 12 ? 36 : 52;
        int width = Math.max(240, slot * labels.size() + 16);
        int height = 180;
        int baseline = height - LABEL_SPACE;
        double max = values.stream().mapToDouble(Number::doubleValue).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            double v = values.get(i).doubleValue();
            int h = max <= 0 ? 0 : (int) Math.round((baseline - PLOT_TOP) * v / max);
            int x = 8 + i * slot + slot / 6;
            int w = slot * 2 / 3;
            bars.add(new Bar(labels.get(i), format(v), x, baseline - h, w, h, x + w / 2));
        }
        return new BarChart(width, height, baseline, bars, format(max));
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(Math.round(v * 10) / 10.0);
    }
}
