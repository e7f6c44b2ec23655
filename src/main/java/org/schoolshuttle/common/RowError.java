package org.schoolshuttle.common;

/**
 * One rejected cell of an uploaded sheet.
 *
 * @param row    the row as a spreadsheet shows it: the header is row 1
 * @param column the column's name as the file's header gives it, or the expected name when the column is missing
 */
public record RowError(int row, String column, String reason) {
}
