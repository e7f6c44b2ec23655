package org.schoolshuttle.document;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The document writer read back with PDFBox's text extraction, as a search or a screen reader reads it. Needs a CJK
 * font installed (Debian: fonts-wqy-microhei), as the service does.
 */
class PrintedDocumentTest {

    private static final Instant NOW = Instant.parse("2025-09-01T06:30:00Z");
    private final Printer printer = new Printer(new DocumentFont(Optional::empty), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void chineseAndLatinTextReadsBackAsUnicodeFromAnEmbeddedSubset() throws IOException {
        byte[] pdf;
        try (PrintedDocument doc = printer.start("运行单 Run manifest")) {
            pdf = doc.title("运行单 Run manifest").subtitle("2025-09-01 · 上学 To school")
                    .heading("紧急电话 Emergency numbers")
                    .keyValue("司机 Driver", "王师傅 +8613900000001")
                    .paragraph("青石镇中心小学的校车每天早上七点出发。The shuttle leaves at seven every morning, "
                            + "rain or shine, and waits two minutes at each stop.")
                    .tickBox("所有儿童均已下车 All children off")
                    .paragraph("表情 😀 无字形").footer("页脚 Footer").toBytes();
        }
        try (PDDocument read = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(read);
            for (String expected : List.of("运行单 Run manifest", "上学 To school", "紧急电话 Emergency numbers", "司机 Driver",
                    "王师傅 +8613900000001", "青石镇中心小学", "rain or shine", "所有儿童均已下车 All children off",
                    "表情 ? 无字形", "页脚 Footer", "1 / 1")) {
                assertTrue(text.contains(expected), "reads back '" + expected + "' in:\n" + text);
            }
            assertEquals("运行单 Run manifest", read.getDocumentInformation().getTitle());
            assertEquals(NOW, read.getDocumentInformation().getCreationDate().toInstant());
            PDFont font = read.getPage(0).getResources().getFont(read.getPage(0).getResources().getFontNames().iterator().next());
            assertTrue(font.isEmbedded(), "the font travels with the document");
            assertTrue(font.getName().matches("[A-Z]{6}\\+.*"), "only the glyphs used are embedded: " + font.getName());
            assertTrue(pdf.length < 200_000, "a subset, not the whole font: " + pdf.length + " bytes");
        }
    }

    @Test
    void aLongTableRunsOverSeveralPagesWithItsHeaderOnEach() throws IOException {
        Table table = new Table().tickColumn("上车 On").tickColumn("下车 Off").column("儿童 Child", 2)
                .column("监护人 Guardian", 3);
        for (int k = 1; k <= 120; k++) {
            table.row("", "", "小明" + k, "李女士 +86139" + String.format("%08d", k));
        }
        byte[] pdf;
        try (PrintedDocument doc = printer.start("长表 Long table")) {
            pdf = doc.title("长表 Long table").table(table).toBytes();
        }
        try (PDDocument read = Loader.loadPDF(pdf)) {
            int pages = read.getNumberOfPages();
            assertTrue(pages >= 3, "120 rows take several pages: " + pages);
            StringBuilder all = new StringBuilder();
            for (int p = 1; p <= pages; p++) {
                String text = page(read, p);
                assertTrue(text.contains("儿童 Child") && text.contains("监护人 Guardian"), "the header on page " + p);
                assertTrue(text.contains(p + " / " + pages), "numbered " + p + " / " + pages + ":\n" + text);
                if (p > 1) {
                    assertTrue(text.startsWith("长表 Long table"), "the title at the top of page " + p);
                }
                all.append(text);
            }
            for (int k = 1; k <= 120; k++) {
                assertTrue(all.toString().contains("小明" + k + " "), "row " + k + " printed");
            }
        }
    }

    @Test
    void aBarChartShowsItsLabelsSeriesAndValues() throws IOException {
        BarChart chart = BarChart.of("每月班次 Runs by month", "次 runs", List.of("2025-09", "2025-10", "2025-11"),
                new BarChart.Series("计划 Planned", List.of(40.0, 44.0, 38.0)),
                new BarChart.Series("准时 On time", List.of(39.0, 41.5, 38.0)));
        byte[] pdf;
        try (PrintedDocument doc = printer.start("报告 Report")) {
            pdf = doc.title("报告 Report").barChart(chart).paragraph("图后文字 After the chart").toBytes();
        }
        try (PDDocument read = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(read);
            for (String expected : List.of("每月班次 Runs by month", "次 runs", "计划 Planned", "准时 On time", "2025-10",
                    "41.5", "44", "图后文字 After the chart")) {
                assertTrue(text.contains(expected), "reads back '" + expected + "' in:\n" + text);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> BarChart.of("x", "", List.of("a", "b"),
                new BarChart.Series("s", List.of(1.0))), "a value per label");
        assertThrows(IllegalArgumentException.class, () -> BarChart.of("x", "", List.of("a"),
                new BarChart.Series("s", List.of(-1.0))), "no negative bars");
        assertThrows(IllegalArgumentException.class, () -> new Table().column("a", 1).row("1", "2"), "a cell per column");
        assertEquals(5.0, ChartDrawing.niceStep(3.2));
        assertEquals(20.0, ChartDrawing.niceStep(11));
    }

    @Test
    void textWrapsAtSpacesInLatinAndAnywhereInChineseButNotBeforePunctuation() {
        assertEquals(List.of("hello world", "foo"), TextLines.wrap("hello world foo", 11, String::length));
        assertEquals(List.of("一二三", "四五"), TextLines.wrap("一二三四五", 3, String::length));
        assertEquals(List.of("一", "二，", "三"), TextLines.wrap("一二，三", 2, String::length), "no line starts with ，");
        assertEquals(List.of("abcd", "efgh", "ij"), TextLines.wrap("abcdefghij", 4, String::length), "a long word is cut");
        assertEquals(List.of("第一行", "second"), TextLines.wrap("第一行\nsecond", 20, String::length));
        assertEquals(List.of(""), TextLines.wrap("", 5, String::length));
        assertEquals(List.of("站点Stop", "07:12"), TextLines.wrap("站点Stop 07:12", 7, String::length));
    }

    @Test
    void withoutAFontForChineseNoDocumentIsPrintedAndTheProblemSaysWhatToInstall() throws IOException {
        Printer nowhere = new Printer(new DocumentFont(() -> Optional.of("/no/such/dir/font.ttc")), Clock.systemUTC());
        NoDocumentFontException missing = assertThrows(NoDocumentFontException.class, () -> nowhere.start("x"));
        assertEquals(503, missing.status());
        assertTrue(missing.toProblem().type().endsWith("/no-document-font"));
        assertTrue(missing.getMessage().startsWith("no font for Chinese text"), missing.getMessage());
        assertTrue(missing.getMessage().contains("/no/such/dir/font.ttc"), missing.getMessage());
        assertTrue(missing.getMessage().contains("install fonts-wqy-microhei or set shuttle.documents.font"));

        Path notAFont = Files.createTempFile("not-a-font", ".ttf");
        try {
            Files.writeString(notAFont, "just text, no glyphs");
            NoDocumentFontException broken = assertThrows(NoDocumentFontException.class,
                    () -> new DocumentFont(() -> Optional.of(notAFont.toString())).file());
            assertTrue(broken.getMessage().contains(notAFont.toString()), broken.getMessage());
        } finally {
            Files.delete(notAFont);
        }
    }

    private static String page(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc);
    }
}
