package org.schoolshuttle.childimport;

import org.schoolshuttle.common.RejectedRowsException;
import org.schoolshuttle.common.RowError;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which column of the file holds what, from its header row, in any order and in either language. Unknown, repeated
 * and missing columns are refused together, before any child's row is read.
 */
final class ImportHeader {

    private final Map<ImportColumn, Integer> positions;
    private final Map<ImportColumn, String> names;

    private ImportHeader(Map<ImportColumn, Integer> positions, Map<ImportColumn, String> names) {
        this.positions = positions;
        this.names = names;
    }

    static ImportHeader of(Sheet.Row header) {
        Map<ImportColumn, Integer> positions = new EnumMap<>(ImportColumn.class);
        Map<ImportColumn, String> names = new EnumMap<>(ImportColumn.class);
        List<RowError> errors = new ArrayList<>();
        int row = header.number();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cell(i);
            if (name.isEmpty()) {
                continue;
            }
            var column = ImportColumn.named(name);
            if (column.isEmpty()) {
                errors.add(new RowError(row, name, "is not a column of the import; see the template for the columns"));
            } else if (positions.containsKey(column.get())) {
                errors.add(new RowError(row, name, "appears twice (also as \"" + names.get(column.get()) + "\")"));
            } else {
                positions.put(column.get(), i);
                names.put(column.get(), name);
            }
        }
        for (ImportColumn c : ImportColumn.values()) {
            if (c.required() && !positions.containsKey(c)) {
                errors.add(new RowError(row, c.english(), "is missing: this column is required"));
            }
        }
        boolean lat = positions.containsKey(ImportColumn.HOME_LAT);
        boolean lon = positions.containsKey(ImportColumn.HOME_LON);
        if (lat != lon) {
            ImportColumn missing = lat ? ImportColumn.HOME_LON : ImportColumn.HOME_LAT;
            errors.add(new RowError(row, missing.english(), "is missing: home_lat and home_lon go together"));
        } else if (!lat && !positions.containsKey(ImportColumn.HOME_ADDRESS)) {
            errors.add(new RowError(row, ImportColumn.HOME_ADDRESS.english(),
                    "is missing: give each home as home_address, or as home_lat and home_lon"));
        }
        if (!errors.isEmpty()) {
            throw new RejectedRowsException(400, "unusable-header", "Unusable header row",
                    "The header row does not name the import's columns; nothing was imported.", errors);
        }
        return new ImportHeader(positions, names);
    }

    /** The cell of this column in the row; empty when the file has no such column. */
    String value(Sheet.Row row, ImportColumn column) {
        Integer at = positions.get(column);
        return at == null ? "" : row.cell(at);
    }

    boolean has(ImportColumn column) {
        return positions.containsKey(column);
    }

    /** The column as the file names it (so the user finds it), else its English name. */
    String name(ImportColumn column) {
        return names.getOrDefault(column, column.english());
    }

    /** Positions of cells past the header's named columns (or under an empty header cell) that hold something. */
    List<Integer> strayCells(Sheet.Row row) {
        List<Integer> stray = new ArrayList<>();
        for (int i = 0; i < row.cells().size(); i++) {
            if (!row.cell(i).isEmpty() && !positions.containsValue(i)) {
                stray.add(i);
            }
        }
        return stray;
    }
}
