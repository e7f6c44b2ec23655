package org.schoolshuttle.childimport;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 has it: comma-separated, fields in double quotes may hold commas, line breaks and doubled
 * quotes; lines end in CRLF or LF. UTF-8, with or without a byte-order mark. A record that spans lines inside quotes
 * is one row, as a spreadsheet shows it.
 */
final class CsvSheet {

    private CsvSheet() {
    }

    static Sheet read(byte[] bytes, int maxRows) {
        String text = decode(bytes);
        List<Sheet.Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int number = 1;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        boolean quoted = false;
        int quoteStartedOn = 0;
        int children = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                quoted = true;
                quoteStartedOn = number;
            } else if (c == ',') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString().strip());
                cell.setLength(0);
                children += add(rows, new Sheet.Row(number, List.copyOf(cells)));
                if (children > maxRows) {
                    throw Sheet.tooManyRows(maxRows);
                }
                cells.clear();
                number++;
            } else {
                // A quote inside an unquoted field is kept as written, as spreadsheets read it.
                cell.append(c);
            }
            i++;
        }
        if (quoted) {
            throw Sheet.unreadable("Row " + quoteStartedOn + " opens a quoted field (\") that never closes.");
        }
        if (!cell.isEmpty() || !cells.isEmpty()) {
            cells.add(cell.toString().strip());
            children += add(rows, new Sheet.Row(number, List.copyOf(cells)));
            if (children > maxRows) {
                throw Sheet.tooManyRows(maxRows);
            }
        }
        return Sheet.of(rows);
    }

    /** Keeps a row that holds something; returns 1 when it is a child's row (after the header). */
    private static int add(List<Sheet.Row> rows, Sheet.Row row) {
        if (row.blank()) {
            return 0;
        }
        rows.add(row);
        return rows.size() > 1 ? 1 : 0;
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw Sheet.unreadable("The file is not UTF-8 text. In Excel choose \"Save as\" → \"CSV UTF-8\", or upload"
                    + " the workbook (.xlsx) itself.");
        }
    }
}
