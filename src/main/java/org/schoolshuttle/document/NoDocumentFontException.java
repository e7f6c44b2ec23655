package org.schoolshuttle.document;

import org.schoolshuttle.common.ProblemException;

import java.util.List;

/**
 * No font with Chinese glyphs could be found, so no document is printed at all: a PDF with empty boxes where the
 * names should be would be worse than none. 503, because installing a font fixes it without a new release.
 */
public class NoDocumentFontException extends ProblemException {

    public NoDocumentFontException(String detail) {
        super(503, "no-document-font", "Printed documents unavailable", detail, List.of());
    }
}
