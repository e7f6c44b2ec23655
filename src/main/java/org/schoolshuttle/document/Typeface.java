package org.schoolshuttle.document;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The embedded font of one document: what it can print, and how wide a string prints. */
final class Typeface {

    final PDType0Font font;
    private final CmapLookup glyphs;

    Typeface(PDType0Font font, CmapLookup glyphs) {
        this.font = font;
        this.glyphs = glyphs;
    }

    /**
     * The text as the font can print it: tabs become spaces, control and format characters go, and a character the
     * font has no glyph for (an emoji in a name) becomes "?" instead of failing the whole document.
     */
    String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\t') {
                out.append(' ');
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                return;
            } else if (glyphs.getGlyphId(cp) == 0) {
                out.append('?');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** The printed width of the text, in points. */
    float width(String text, float size) {
        try {
            return font.getStringWidth(printable(text)) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
