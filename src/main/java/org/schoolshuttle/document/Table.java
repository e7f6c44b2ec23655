package org.schoolshuttle.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table for {@link PrintedDocument#table}: columns with headers (repeated at the top of each page the table runs
 * onto) and relative widths, rows of text wrapped inside their cells, and tick columns with an empty box per row.
 */
public final class Table {

    /** Width of a tick column, in points: a box and a short header such as "上车 On". */
    static final float TICK_WIDTH = 44f;

    record Column(String header, float weight, boolean tick) {
    }

    private final List<Column> columns = new ArrayList<>();
    private final List<List<String>> rows = new ArrayList<>();

    /** A column of text taking {@code weight} shares of the width the tick columns leave. */
    public Table column(String header, float weight) {
        if (!(weight > 0)) {
            throw new IllegalArgumentException("a column's weight must be positive: " + weight);
        }
        requireNoRows();
        columns.add(new Column(header, weight, false));
        return this;
    }

    /** A narrow column with an empty box in each row, to tick on paper. */
    public Table tickColumn(String header) {
        requireNoRows();
        columns.add(new Column(header, 0, true));
        return this;
    }

    /**
     * A row: one text per column, in column order; a tick column's cell is ignored (pass "" or null). A text may
     * hold line breaks.
     *
     * @throws IllegalArgumentException when the number of cells differs from the number of columns
     */
    public Table row(String... cells) {
        return row(Arrays.asList(cells));
    }

    /** @see #row(String...) */
    public Table row(List<String> cells) {
        if (cells.size() != columns.size()) {
            throw new IllegalArgumentException("a row needs " + columns.size() + " cells, not " + cells.size());
        }
        rows.add(cells.stream().map(c -> c == null ? "" : c).toList());
        return this;
    }

    List<Column> columns() {
        return columns;
    }

    List<List<String>> rows() {
        return rows;
    }

    /** Each column's width in points, filling {@code total}. */
    float[] widths(float total) {
        long ticks = columns.stream().filter(Column::tick).count();
        float weights = (float) columns.stream().mapToDouble(Column::weight).sum();
        float free = Math.max(0, total - ticks * TICK_WIDTH);
        float[] widths = new float[columns.size()];
        for (int k = 0; k < widths.length; k++) {
            Column c = columns.get(k);
            widths[k] = c.tick() ? TICK_WIDTH : free * c.weight() / weights;
        }
        return widths;
    }

    private void requireNoRows() {
        if (!rows.isEmpty()) {
            throw new IllegalStateException("columns come before rows");
        }
    }
}
