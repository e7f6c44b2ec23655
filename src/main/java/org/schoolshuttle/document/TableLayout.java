package org.schoolshuttle.document;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** A {@link Table} wrapped into its columns: each row's lines and height, ready to draw one row at a time. */
final class TableLayout {

    private static final float SIZE = 9;
    private static final float LEADING = 12;
    private static final float PAD = 3;
    private static final float BOX = 9;

    /** A row as printed: the lines of each cell, and the height they take. */
    record Row(List<List<String>> cells, float height) {
    }

    final Row header;
    final List<Row> rows;
    private final Table table;
    private final float[] widths;

    /** @param maxHeight no row is taller: a longer cell is cut short rather than run off the bottom of the sheet */
    TableLayout(Table table, float width, float maxHeight, Typeface type) {
        this.table = table;
        this.widths = table.widths(width);
        this.header = row(table.columns().stream().map(Table.Column::header).toList(), true, Integer.MAX_VALUE, type);
        int maxLines = Math.max(1, (int) ((maxHeight - header.height() - 2 * PAD) / LEADING));
        this.rows = table.rows().stream().map(r -> row(r, false, maxLines, type)).toList();
    }

    /** Draws the row with its top left corner at (left, top). */
    void draw(Sheet sheet, Row row, float left, float top, boolean isHeader) {
        float x = left;
        for (int k = 0; k < widths.length; k++) {
            if (isHeader) {
                sheet.fill(x, top - row.height(), widths[k], row.height(), Sheet.Ink.SHADE);
            }
            sheet.outline(x, top - row.height(), widths[k], row.height(), 0.5f, Sheet.Ink.RULE);
            if (!isHeader && table.columns().get(k).tick()) {
                sheet.outline(x + (widths[k] - BOX) / 2, top - PAD - 1.5f - BOX, BOX, BOX, 0.8f, Sheet.Ink.BLACK);
            }
            List<String> lines = row.cells().get(k);
            for (int line = 0; line < lines.size(); line++) {
                sheet.text(lines.get(line), x + PAD, Sheet.baseline(top - PAD - line * LEADING, SIZE, LEADING), SIZE,
                        Sheet.Ink.BLACK, isHeader);
            }
            x += widths[k];
        }
    }

    private Row row(List<String> texts, boolean isHeader, int maxLines, Typeface type) {
        List<List<String>> cells = IntStream.range(0, widths.length).mapToObj(k -> !isHeader && table.columns().get(k).tick()
                ? List.<String>of() : clip(TextLines.wrap(texts.get(k), widths[k] - 2 * PAD, t -> type.width(t, SIZE)), maxLines))
                .toList();
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        return new Row(cells, Math.max(lines * LEADING, BOX + 3) + 2 * PAD);
    }

    private static List<String> clip(List<String> lines, int maxLines) {
        return lines.size() <= maxLines ? lines : Stream.concat(lines.subList(0, maxLines - 1).stream(),
                Stream.of(lines.get(maxLines - 1) + "…")).toList();
    }
}
