package org.schoolshuttle.childimport;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The files an import takes: CSV (UTF-8) and Excel workbooks. */
public enum ImportFileKind {
    CSV("text/csv", ".csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");

    private final String mediaType;
    private final String extension;

    ImportFileKind(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The kind a Content-Type names (parameters such as charset aside). */
    public static Optional<ImportFileKind> ofMediaType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.mediaType.equals(type)).findFirst();
    }

    /**
     * The kind an uploaded file's name says. Browsers label a .csv file by what opens it (Excel's
     * {@code application/vnd.ms-excel} on many computers), so the web page goes by the name.
     */
    public static Optional<ImportFileKind> ofFileName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String lower = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> lower.endsWith(k.extension)).findFirst();
    }

    Sheet read(byte[] bytes, int maxRows) {
        return this == CSV ? CsvSheet.read(bytes, maxRows) : XlsxSheet.read(bytes, maxRows);
    }
}
