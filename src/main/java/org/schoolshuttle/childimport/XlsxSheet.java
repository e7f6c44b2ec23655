package org.schoolshuttle.childimport;

import io.quarkus.logging.Log;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.schoolshuttle.common.RejectedRowsException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the first sheet of an Excel workbook (.xlsx). Numbers come as written (a phone number stored as a number loses
 * no digits), date cells as YYYY-MM-DD, and a formula as its text, so that the row check refuses it: the import takes
 * values, never what a formula would work out.
 */
final class XlsxSheet {

    private XlsxSheet() {
    }

    static Sheet read(byte[] bytes, int maxRows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw Sheet.unreadable("The workbook has no sheet.");
            }
            XSSFSheet sheet = workbook.getSheetAt(0);
            List<Sheet.Row> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(text(row.getCell(c)));
                }
                Sheet.Row read = new Sheet.Row(row.getRowNum() + 1, List.copyOf(cells));
                if (!read.blank()) {
                    rows.add(read);
                    if (rows.size() - 1 > maxRows) {
                        throw Sheet.tooManyRows(maxRows);
                    }
                }
            }
            return Sheet.of(rows);
        } catch (RejectedRowsException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // POI refuses broken files, files that are not workbooks and zip bombs alike; its words are not for people.
            Log.debugf(e, "unreadable workbook");
            throw Sheet.unreadable("The file is not an Excel workbook (.xlsx) that can be read. Save it again from Excel"
                    + " as .xlsx (not the older .xls), or as \"CSV UTF-8\".");
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue().strip();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "yes" : "no";
            case FORMULA -> "=" + cell.getCellFormula();
            case ERROR -> "#ERROR";
            default -> "";
        };
    }
}
