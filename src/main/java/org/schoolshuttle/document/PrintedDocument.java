package org.schoolshuttle.document;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;
import java.util.List;

/**
 * An A4 document laid out top to bottom: each call adds a block below the last, starting a new page when the block
 * does not fit (paragraphs and tables split between lines and rows; headings stay with what follows). Every page
 * gets the footer and its number ("2 / 3"); pages after the first repeat the title at the top. Get one from {@link
 * Printer#start}, add blocks, then {@link #toBytes()}; close it (try-with-resources) even when something fails.
 */
public final class PrintedDocument implements AutoCloseable {

    private static final float PAGE_WIDTH = PDRectangle.A4.getWidth();
    private static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();
    private static final float LEFT = 50;
    private static final float WIDTH = PAGE_WIDTH - 2 * LEFT;
    private static final float TOP = PAGE_HEIGHT - 52;
    /** Content stays above this; the footer and the page number sit below. */
    private static final float BOTTOM = 70;
    private static final float BODY = 10;
    private static final float LEADING = 14;
    private static final float BOX = 9;
    private static final float KEY_WIDTH = 130;

    private final PDDocument doc = new PDDocument();
    private final DocumentFont.Opened source;
    private final Typeface type;
    private final String title;
    private final Instant createdAt;
    private String footer = "";
    private Sheet sheet;
    private float y;
    private boolean finished;

    PrintedDocument(DocumentFont.Opened source, String title, Instant createdAt) {
        this.source = source;
        this.title = title == null ? "" : title;
        this.createdAt = createdAt;
        try {
            this.type = new Typeface(PDType0Font.load(doc, source.font(), true), source.font().getUnicodeCmapLookup(false));
        } catch (IOException e) {
            close();
            throw new UncheckedIOException(e);
        }
    }

    /** The big line at the top of the first page (usually the document's title, maybe with a name). */
    public PrintedDocument title(String text) {
        lines(text, 18, 24, Sheet.Ink.BLACK, true);
        y -= 4;
        return this;
    }

    /** A grey line under the title: date, place, what the document covers. */
    public PrintedDocument subtitle(String text) {
        lines(text, BODY, LEADING, Sheet.Ink.GREY, false);
        y -= 8;
        return this;
    }

    /** A section heading; it never ends a page alone. */
    public PrintedDocument heading(String text) {
        List<String> lines = wrap(text, WIDTH, 13);
        // Room for a few lines of what follows (a table's header and first row), so the heading is not left alone.
        prepare(8 + lines.size() * 18 + 6 * LEADING);
        if (y < contentTop()) {
            y -= 8;
        }
        lines(text, 13, 18, Sheet.Ink.BLACK, true);
        y -= 2;
        return this;
    }

    /** Running text, wrapped to the page width; it may continue on the next page. */
    public PrintedDocument paragraph(String text) {
        lines(text, BODY, LEADING, Sheet.Ink.BLACK, false);
        y -= 4;
        return this;
    }

    /** A label and its value side by side ("司机 Driver" – "王师傅 139…"), kept on one page. */
    public PrintedDocument keyValue(String key, String value) {
        List<String> keys = wrap(key, KEY_WIDTH - 8, BODY);
        List<String> values = wrap(value, WIDTH - KEY_WIDTH, BODY);
        int rows = Math.max(keys.size(), values.size());
        prepare(rows * LEADING);
        for (int k = 0; k < rows; k++) {
            float baseline = Sheet.baseline(y - k * LEADING, BODY, LEADING);
            if (k < keys.size()) {
                sheet.text(keys.get(k), LEFT, baseline, BODY, Sheet.Ink.GREY, false);
            }
            if (k < values.size()) {
                sheet.text(values.get(k), LEFT + KEY_WIDTH, baseline, BODY, Sheet.Ink.BLACK, false);
            }
        }
        y -= rows * LEADING + 2;
        return this;
    }

    /** An empty square to tick on paper, with its label beside it. */
    public PrintedDocument tickBox(String label) {
        List<String> lines = wrap(label, WIDTH - BOX - 8, BODY);
        prepare(lines.size() * LEADING + 2);
        sheet.outline(LEFT, y - (LEADING + BOX) / 2, BOX, BOX, 0.8f, Sheet.Ink.BLACK);
        for (int k = 0; k < lines.size(); k++) {
            sheet.text(lines.get(k), LEFT + BOX + 8, Sheet.baseline(y - k * LEADING, BODY, LEADING), BODY, Sheet.Ink.BLACK, false);
        }
        y -= lines.size() * LEADING + 4;
        return this;
    }

    /** A table; rows never split, and the column headers are repeated on each page the table continues on. */
    public PrintedDocument table(Table table) {
        TableLayout layout = new TableLayout(table, WIDTH, TOP - 12 - BOTTOM, type);
        boolean first = true;
        for (TableLayout.Row row : layout.rows) {
            if (first || y - row.height() < BOTTOM) {
                prepare(layout.header.height() + row.height());
                layout.draw(sheet, layout.header, LEFT, y, true);
                y -= layout.header.height();
                first = false;
            }
            layout.draw(sheet, row, LEFT, y, false);
            y -= row.height();
        }
        if (first) {
            prepare(layout.header.height());
            layout.draw(sheet, layout.header, LEFT, y, true);
            y -= layout.header.height();
        }
        y -= 8;
        return this;
    }

    /** A bar chart the width of the page. */
    public PrintedDocument barChart(BarChart chart) {
        prepare(ChartDrawing.HEIGHT);
        ChartDrawing.draw(chart, sheet, type, LEFT, y, WIDTH);
        y -= ChartDrawing.HEIGHT;
        return this;
    }

    /** Empty space, in points. */
    public PrintedDocument gap(float points) {
        y -= points;
        return this;
    }

    /** Starts a new page, unless the current one is still empty. */
    public PrintedDocument pageBreak() {
        if (sheet != null && y < contentTop()) {
            newPage();
        }
        return this;
    }

    /** A small line at the foot of every page, beside nothing else but the page number; at most two lines show. */
    public PrintedDocument footer(String text) {
        footer = text == null ? "" : text;
        return this;
    }

    /**
     * Finishes the document: page numbers, footers, title and creation date in the document properties.
     *
     * @return the PDF
     */
    public byte[] toBytes() {
        if (finished) {
            throw new IllegalStateException("the document is already finished");
        }
        if (sheet == null) {
            newPage();
        }
        sheet.close();
        finished = true;
        int count = doc.getNumberOfPages();
        List<String> foot = wrap(footer, WIDTH, 8);
        for (int k = 0; k < count; k++) {
            try (Sheet page = new Sheet(doc, doc.getPage(k), type, true)) {
                for (int line = 0; line < Math.min(2, foot.size()); line++) {
                    page.text(foot.get(line), LEFT, 50 - line * 10, 8, Sheet.Ink.GREY, false);
                }
                page.textCentred((k + 1) + " / " + count, PAGE_WIDTH / 2, 26, 9, Sheet.Ink.BLACK);
            }
        }
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("School Shuttle");
        GregorianCalendar created = GregorianCalendar.from(createdAt.atZone(ZoneOffset.UTC));
        info.setCreationDate(created);
        info.setModificationDate(created);
        doc.getDocumentCatalog().setLanguage("zh-CN");
        PDViewerPreferences preferences = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        preferences.setDisplayDocTitle(true);
        doc.getDocumentCatalog().setViewerPreferences(preferences);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try (source; doc) {
            if (sheet != null && !finished) {
                sheet.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void lines(String text, float size, float leading, Sheet.Ink ink, boolean strong) {
        for (String line : wrap(text, WIDTH, size)) {
            prepare(leading);
            sheet.text(line, LEFT, Sheet.baseline(y, size, leading), size, ink, strong);
            y -= leading;
        }
    }

    private List<String> wrap(String text, float width, float size) {
        return TextLines.wrap(text, width, t -> type.width(t, size));
    }

    /** Makes sure the next {@code height} points fit on the current page, starting a new one if not. */
    private void prepare(float height) {
        if (sheet == null || (y - height < BOTTOM && y < contentTop())) {
            newPage();
        }
    }

    private float contentTop() {
        return doc.getNumberOfPages() <= 1 ? TOP : TOP - 12;
    }

    private void newPage() {
        if (sheet != null) {
            sheet.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        sheet = new Sheet(doc, page, type, false);
        y = contentTop();
        if (doc.getNumberOfPages() > 1) {
            sheet.text(title, LEFT, PAGE_HEIGHT - 34, 8, Sheet.Ink.GREY, false);
            sheet.line(LEFT, PAGE_HEIGHT - 40, LEFT + WIDTH, PAGE_HEIGHT - 40, 0.4f, Sheet.Ink.RULE);
        }
    }
}
