package org.schoolshuttle.document;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;

/** Where features get a blank {@link PrintedDocument}, set in the {@link DocumentFont}. */
@ApplicationScoped
public class Printer {

    private final DocumentFont font;
    private final Clock clock;

    Printer(DocumentFont font, Clock clock) {
        this.font = font;
        this.clock = clock;
    }

    /**
     * A new, empty document; close it when done.
     *
     * @param title the document's title in its properties and at the top of every page after the first
     * @throws NoDocumentFontException (503) when no font with Chinese glyphs is installed
     */
    public PrintedDocument start(String title) {
        return new PrintedDocument(font.open(), title, clock.instant());
    }
}
