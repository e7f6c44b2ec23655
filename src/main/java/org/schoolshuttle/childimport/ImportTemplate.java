package org.schoolshuttle.childimport;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.schoolshuttle.routing.GeocodedPlace;
import org.schoolshuttle.routing.RoutingService;
import org.schoolshuttle.school.School;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The file a coordinator fills in: the header row in the chosen language and one example row for the school (a grade
 * it teaches, a real address of the map near it). The example row itself is refused if it is uploaded unchanged.
 */
@ApplicationScoped
public class ImportTemplate {

    private final RoutingService routing;
    private final Clock clock;

    ImportTemplate(RoutingService routing, Clock clock) {
        this.routing = routing;
        this.clock = clock;
    }

    /** UTF-8 with a byte-order mark, so that Excel shows Chinese right; RFC 4180 quoting. */
    public byte[] csv(School school, String language) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, List.of(ImportColumn.values()).stream().map(c -> c.header(language)).toList());
        line(csv, List.copyOf(example(school, language).values()));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The header and the example on the first sheet (the one read back); what each column means on a second. */
    public byte[] xlsx(School school, String language) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet children = workbook.createSheet("zh".equals(language) ? "孩子" : "Children");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            // Every cell is text, so Excel keeps phone numbers and dates as typed.
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            Row header = children.createRow(0);
            Row example = children.createRow(1);
            Map<ImportColumn, String> values = example(school, language);
            for (ImportColumn c : ImportColumn.values()) {
                header.createCell(c.ordinal()).setCellValue(c.header(language));
                header.getCell(c.ordinal()).setCellStyle(bold);
                example.createCell(c.ordinal()).setCellValue(values.get(c));
                example.getCell(c.ordinal()).setCellStyle(text);
                children.setDefaultColumnStyle(c.ordinal(), text);
                children.setColumnWidth(c.ordinal(), 18 * 256);
            }
            children.createFreezePane(0, 1);
            XSSFSheet columns = workbook.createSheet("zh".equals(language) ? "说明" : "Columns");
            Row titles = columns.createRow(0);
            List<String> heads = List.of("column", "列名", "required", "meaning");
            for (int i = 0; i < heads.size(); i++) {
                titles.createCell(i).setCellValue(heads.get(i));
                titles.getCell(i).setCellStyle(bold);
            }
            for (ImportColumn c : ImportColumn.values()) {
                Row r = columns.createRow(c.ordinal() + 1);
                r.createCell(0).setCellValue(c.english());
                r.createCell(1).setCellValue(c.chinese());
                r.createCell(2).setCellValue(c.required() ? "yes" : "");
                r.createCell(3).setCellValue(c.description());
            }
            columns.setColumnWidth(0, 22 * 256);
            columns.setColumnWidth(1, 16 * 256);
            columns.setColumnWidth(3, 100 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example row: a pupil of the school's second grade (or the nearest it teaches), living near it. */
    Map<ImportColumn, String> example(School school, String language) {
        Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
        for (ImportColumn c : ImportColumn.values()) {
            values.put(c, "zh".equals(language) && "no".equals(c.example()) ? "否" : c.example());
        }
        int grade = Math.max(school.lowestGrade, Math.min(2, school.highestGrade));
        values.put(ImportColumn.GRADE, String.valueOf(grade));
        values.put(ImportColumn.BIRTH_DATE, LocalDate.of(LocalDate.now(clock).getYear() - 6 - grade, 9, 1).toString());
        routing.addresses(Locale.SIMPLIFIED_CHINESE).stream()
                .min(Comparator.comparingDouble((GeocodedPlace p) -> Math.hypot(p.lat() - school.lat,
                        (p.lon() - school.lon) * Math.cos(Math.toRadians(school.lat)))))
                .ifPresentOrElse(p -> values.put(ImportColumn.HOME_ADDRESS, p.label()), () -> {
                    values.put(ImportColumn.HOME_LAT, String.valueOf(school.lat));
                    values.put(ImportColumn.HOME_LON, String.valueOf(school.lon));
                });
        return values;
    }

    private static void line(StringBuilder csv, List<String> cells) {
        csv.append(cells.stream().map(ImportTemplate::quoted).collect(Collectors.joining(","))).append("\r\n");
    }

    private static String quoted(String v) {
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
