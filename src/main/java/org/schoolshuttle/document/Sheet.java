package org.schoolshuttle.document;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Drawing on one page, in points from the bottom left. Bold is drawn by also stroking the glyph outlines: one
 * embedded font then serves both weights, and the text still extracts as plain text.
 */
final class Sheet implements Closeable {

    /** A colour as red, green and blue from 0 to 1. */
    record Ink(float red, float green, float blue) {
        static final Ink BLACK = grey(0f);
        static final Ink GREY = grey(0.38f);
        static final Ink RULE = grey(0.55f);
        static final Ink SHADE = grey(0.9f);

        static Ink grey(float level) {
            return new Ink(level, level, level);
        }
    }

    private final PDPageContentStream out;
    private final Typeface type;

    Sheet(PDDocument doc, PDPage page, Typeface type, boolean append) {
        this.type = type;
        try {
            this.out = append ? new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true)
                    : new PDPageContentStream(doc, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void text(String text, float x, float baseline, float size, Ink ink, boolean strong) {
        String printable = type.printable(text);
        if (printable.isEmpty()) {
            return;
        }
        try {
            out.beginText();
            out.setFont(type.font, size);
            colour(ink);
            if (strong) {
                out.setRenderingMode(RenderingMode.FILL_STROKE);
                out.setLineWidth(size / 30f);
            }
            out.newLineAtOffset(x, baseline);
            out.showText(printable);
            out.endText();
            if (strong) {
                out.setRenderingMode(RenderingMode.FILL);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void textCentred(String text, float centre, float baseline, float size, Ink ink) {
        text(text, centre - type.width(text, size) / 2, baseline, size, ink, false);
    }

    void textRight(String text, float right, float baseline, float size, Ink ink) {
        text(text, right - type.width(text, size), baseline, size, ink, false);
    }

    /** The outline of a rectangle whose bottom left corner is at (x, y). */
    void outline(float x, float y, float width, float height, float lineWidth, Ink ink) {
        try {
            out.setLineWidth(lineWidth);
            out.setStrokingColor(ink.red(), ink.green(), ink.blue());
            out.addRect(x, y, width, height);
            out.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void fill(float x, float y, float width, float height, Ink ink) {
        try {
            colour(ink);
            out.addRect(x, y, width, height);
            out.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void line(float x1, float y1, float x2, float y2, float lineWidth, Ink ink) {
        try {
            out.setLineWidth(lineWidth);
            out.setStrokingColor(ink.red(), ink.green(), ink.blue());
            out.moveTo(x1, y1);
            out.lineTo(x2, y2);
            out.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The baseline of text of a size set in a line of a height whose top is at {@code top}. */
    static float baseline(float top, float size, float leading) {
        return top - (leading - size) / 2 - size * 0.8f;
    }

    private void colour(Ink ink) throws IOException {
        out.setNonStrokingColor(ink.red(), ink.green(), ink.blue());
        out.setStrokingColor(ink.red(), ink.green(), ink.blue());
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
