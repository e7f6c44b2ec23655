package org.schoolshuttle.childimport;

import io.restassured.response.Response;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.schoolshuttle.Api;
import org.schoolshuttle.routing.GeocodedPlace;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;

/** Import files built the way a spreadsheet writes them, and their upload through the API. */
public final class ImportFiles {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Every column but the e-mail and the handover rule, in English. */
    public static final List<String> HEADER = List.of("child_given_name", "child_family_name", "birth_date", "grade",
            "wheelchair", "booster_seat", "guardian_given_name", "guardian_family_name", "guardian_phone", "language",
            "home_address", "home_lat", "home_lon", "authorised_adults");

    private ImportFiles() {
    }

    /** A valid row: a grade-3 child living at the address, of the family with this phone. */
    public static Map<String, Object> row(String phone, GeocodedPlace home) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("child_given_name", Api.unique("小"));
        row.put("child_family_name", "张");
        row.put("birth_date", LocalDate.now().minusYears(9).toString());
        row.put("grade", "3");
        row.put("guardian_given_name", "伟");
        row.put("guardian_family_name", "张");
        row.put("guardian_phone", phone);
        row.put("home_address", home.label());
        return row;
    }

    /** UTF-8 with a byte-order mark, CRLF, cells quoted per RFC 4180 where they need it. */
    public static byte[] csv(List<String> header, List<Map<String, Object>> rows) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(line(header)).append("\r\n");
        for (Map<String, Object> row : rows) {
            csv.append(line(header.stream().map(h -> String.valueOf(row.getOrDefault(h, ""))).toList())).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static String line(List<String> cells) {
        return cells.stream().map(c -> c.contains(",") || c.contains("\"") || c.contains("\n")
                ? "\"" + c.replace("\"", "\"\"") + "\"" : c).collect(Collectors.joining(","));
    }

    /** A workbook as Excel saves it: numbers as numbers, dates as date cells, yes/no as booleans. */
    public static byte[] xlsx(List<String> header, List<Map<String, Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("孩子");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            Row top = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                top.createCell(c).setCellValue(header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < header.size(); c++) {
                    Object v = rows.get(r).get(header.get(c));
                    if (v == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else if (v instanceof Boolean b) {
                        cell.setCellValue(b);
                    } else {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Response upload(String who, String password, long schoolId, String type, byte[] file) {
        return given().auth().preemptive().basic(who, password).contentType(type).body(file)
                .post("/api/v1/schools/" + schoolId + "/child-imports");
    }

    public static Response upload(String coordinator, long schoolId, String type, byte[] file) {
        return upload(coordinator, Api.PASSWORD, schoolId, type, file);
    }

    /** How many children of the school the coordinator sees (every status). */
    public static int children(String coordinator, long schoolId) {
        return Api.as(coordinator, Api.PASSWORD).queryParam("schoolId", schoolId).get("/api/v1/children")
                .then().statusCode(200).extract().jsonPath().getInt("total");
    }

    public static Map<String, Object> copy(Map<String, Object> row) {
        return new LinkedHashMap<>(row);
    }
}
