package org.schoolshuttle.childimport;

import org.schoolshuttle.common.RejectedRowsException;

import java.util.List;

/**
 * The rows of an uploaded file that hold something, numbered as a spreadsheet shows them (the first row is 1; blank
 * rows are left out but still counted). The first row is the header.
 */
record Sheet(List<Row> rows) {

    /** One row's cells, trimmed; formula cells of a workbook come as their formula text, starting with {@code =}. */
    record Row(int number, List<String> cells) {

        String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }

        boolean blank() {
            return cells.stream().allMatch(String::isEmpty);
        }
    }

    Row header() {
        return rows.get(0);
    }

    List<Row> children() {
        return rows.subList(1, rows.size());
    }

    static RejectedRowsException unreadable(String detail) {
        return new RejectedRowsException(400, "unreadable-file", "Unreadable file", detail, List.of());
    }

    /** A file with more rows than allowed is refused before any row is checked. */
    static RejectedRowsException tooManyRows(int maxRows) {
        return new RejectedRowsException(413, "too-many-rows", "Too many rows",
                "The file holds more than " + maxRows + " children; split it into files of at most " + maxRows
                        + " rows.", List.of());
    }

    static Sheet of(List<Row> rows) {
        if (rows.isEmpty()) {
            throw unreadable("The file is empty: it needs the header row and a row for each child.");
        }
        return new Sheet(rows);
    }
}
