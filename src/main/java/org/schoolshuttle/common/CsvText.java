package org.schoolshuttle.common;

import java.util.List;
import java.util.stream.Collectors;

/** CSV for spreadsheets: UTF-8 with a byte-order mark, RFC 4180 quoting, CRLF, and no formula ever run. */
public final class CsvText {

    /** Written first, so spreadsheets read Chinese names as UTF-8. */
    public static final String BYTE_ORDER_MARK = "\uFEFF";

    private CsvText() {
    }

    /** RFC 4180 quoting; a leading =, +, - or @ is defused so a spreadsheet never runs a name as a formula. */
    public static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("[+-]?\\d[\\d .]*")) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    public static void row(StringBuilder csv, List<String> cells) {
        csv.append(cells.stream().map(CsvText::cell).collect(Collectors.joining(","))).append("\r\n");
    }
}
