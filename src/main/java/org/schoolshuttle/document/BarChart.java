package org.schoolshuttle.document;

import java.util.List;

/**
 * A bar chart for {@link PrintedDocument#barChart}: a bar per label for each series (one or two series side by side,
 * such as "runs" and "runs on time" by month), on a value axis from zero.
 *
 * @param caption printed above the chart; may be empty
 * @param unit    what the values count ("km", "次 runs"), printed at the top of the value axis; may be empty
 * @param labels  the categories along the bottom, in order ("2025-09", "2025-10")
 * @param series  one or two series, each with a value (zero or more) per label
 */
public record BarChart(String caption, String unit, List<String> labels, List<Series> series) {

    /** A named row of values, one per label. */
    public record Series(String name, List<Double> values) {

        public Series {
            values = List.copyOf(values);
        }
    }

    /** @throws IllegalArgumentException for no labels, not one or two series, a value per label missing, or a value below zero */
    public BarChart {
        caption = caption == null ? "" : caption;
        unit = unit == null ? "" : unit;
        labels = List.copyOf(labels);
        series = List.copyOf(series);
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("a bar chart needs at least one label");
        }
        if (series.isEmpty() || series.size() > 2) {
            throw new IllegalArgumentException("a bar chart has one or two series, not " + series.size());
        }
        for (Series s : series) {
            if (s.values().size() != labels.size()) {
                throw new IllegalArgumentException("series " + s.name() + " has " + s.values().size()
                        + " values for " + labels.size() + " labels");
            }
            if (s.values().stream().anyMatch(v -> v == null || !(v >= 0) || v.isInfinite())) {
                throw new IllegalArgumentException("series " + s.name() + " has a value below zero or not a number");
            }
        }
    }

    public static BarChart of(String caption, String unit, List<String> labels, Series... series) {
        return new BarChart(caption, unit, labels, List.of(series));
    }
}
