package org.schoolshuttle.document;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.jboss.logging.Logger;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The font every printed document is set in: one with Chinese glyphs and TrueType outlines, so it can be embedded
 * as a subset and the text copies and searches as Unicode. Found on the first document, not at start-up (the
 * search reads font files), then remembered; a failed search is tried again on the next document, so installing
 * the font needs no restart.
 */
@ApplicationScoped
public class DocumentFont {

    static final String ADVICE = "install fonts-wqy-microhei or set shuttle.documents.font";

    private static final Logger LOG = Logger.getLogger(DocumentFont.class);
    private static final List<Path> KNOWN = List.of(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"));
    private static final Path FONTS = Path.of("/usr/share/fonts");
    private static final Pattern NOTO_CJK = Pattern.compile("(?i)noto(sans|serif)(cjk|sc).*\\.(ttf|ttc|otf)");
    private static final int HAN = '中';

    private final DocumentConfig config;
    private volatile Choice choice;

    DocumentFont(DocumentConfig config) {
        this.config = config;
    }

    /** A font file and the name of the font in it (a collection holds several). */
    private record Choice(Path file, String name, boolean collection) {
    }

    /** An opened font; closing it closes the file, so keep it open until the document is saved. */
    record Opened(TrueTypeFont font, Closeable source) implements Closeable {

        @Override
        public void close() throws IOException {
            source.close();
        }
    }

    /**
     * The font file in use, found now if not yet.
     *
     * @throws NoDocumentFontException when there is no usable font
     */
    public Path file() {
        return choice().file();
    }

    /** @throws NoDocumentFontException when there is no usable font */
    Opened open() {
        Choice c = choice();
        try {
            if (c.collection()) {
                TrueTypeCollection collection = new TrueTypeCollection(c.file().toFile());
                TrueTypeFont font = collection.getFontByName(c.name());
                if (font == null) {
                    collection.close();
                    throw new IOException("it no longer holds " + c.name());
                }
                return new Opened(font, collection);
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(c.file()));
            return new Opened(font, font);
        } catch (IOException e) {
            choice = null;
            throw new NoDocumentFontException("no font for Chinese text: " + c.file() + " cannot be read any more ("
                    + e.getMessage() + "); " + ADVICE);
        }
    }

    private Choice choice() {
        Choice c = choice;
        if (c == null) {
            synchronized (this) {
                if (choice == null) {
                    choice = find();
                    LOG.infof("Printed documents are set in %s from %s", choice.name(), choice.file());
                }
                c = choice;
            }
        }
        return c;
    }

    private Choice find() {
        if (config.font().isPresent() && !config.font().get().isBlank()) {
            Path file = Path.of(config.font().get().trim());
            if (!Files.isReadable(file)) {
                throw new NoDocumentFontException("no font for Chinese text: shuttle.documents.font names " + file
                        + ", which does not exist or cannot be read; " + ADVICE);
            }
            try {
                return probe(file);
            } catch (IOException e) {
                throw new NoDocumentFontException("no font for Chinese text: shuttle.documents.font names " + file
                        + ", which " + e.getMessage() + "; " + ADVICE);
            }
        }
        List<String> refused = new ArrayList<>();
        for (Path file : candidates()) {
            try {
                return probe(file);
            } catch (IOException e) {
                refused.add(file + " " + e.getMessage());
            }
        }
        throw new NoDocumentFontException("no font for Chinese text: " + ADVICE
                + (refused.isEmpty() ? "" : " (unusable: " + String.join("; ", refused) + ")"));
    }

    private static List<Path> candidates() {
        List<Path> files = new ArrayList<>(KNOWN.stream().filter(Files::isReadable).toList());
        if (Files.isDirectory(FONTS)) {
            try (Stream<Path> walk = Files.walk(FONTS, 4)) {
                walk.filter(p -> NOTO_CJK.matcher(p.getFileName().toString()).matches()).sorted().forEach(files::add);
            } catch (IOException | RuntimeException e) {
                LOG.debugf("Could not search %s for fonts: %s", FONTS, e.getMessage());
            }
        }
        return files;
    }

    /** @throws IOException saying why the file is no use ("has no Chinese glyphs") */
    private static Choice probe(Path file) throws IOException {
        String tag = tag(file);
        if ("OTTO".equals(tag)) {
            throw new IOException("has PostScript (CFF) outlines, which cannot be embedded");
        }
        if ("ttcf".equals(tag)) {
            try (TrueTypeCollection collection = new TrueTypeCollection(file.toFile())) {
                List<String> usable = new ArrayList<>();
                List<String> reasons = new ArrayList<>();
                collection.processAllFonts(font -> {
                    String reason = unusable(font);
                    if (reason == null) {
                        usable.add(font.getName());
                    } else {
                        reasons.add(reason);
                    }
                });
                // Noto collections hold a font per region; the simplified Chinese one draws the glyphs as readers here expect.
                String name = usable.stream().filter(n -> n.contains("SC")).findFirst()
                        .orElse(usable.isEmpty() ? null : usable.get(0));
                if (name == null) {
                    throw new IOException(reasons.isEmpty() ? "holds no fonts" : reasons.get(0));
                }
                return new Choice(file, name, true);
            }
        }
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file))) {
            String reason = unusable(font);
            if (reason != null) {
                throw new IOException(reason);
            }
            return new Choice(file, font.getName(), false);
        }
    }

    private static String unusable(TrueTypeFont font) {
        try {
            if (font instanceof org.apache.fontbox.ttf.OpenTypeFont otf && otf.isPostScript()) {
                return "has PostScript (CFF) outlines, which cannot be embedded";
            }
            return font.getUnicodeCmapLookup(false).getGlyphId(HAN) == 0 ? "has no Chinese glyphs" : null;
        } catch (IOException | RuntimeException e) {
            return "is not a usable TrueType font (" + e.getMessage() + ")";
        }
    }

    private static String tag(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return new String(head, StandardCharsets.ISO_8859_1);
        }
    }
}
