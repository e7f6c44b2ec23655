package org.schoolshuttle;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How many rows each application table holds, read in one query, so a test can show that a refused request changed
 * nothing. Quartz's tables and Flyway's history are left out: the scheduler writes them on its own.
 */
public final class RowCounts {

    private final DataSource dataSource;
    private final String query;
    private final List<String> tables;

    public RowCounts(DataSource dataSource) {
        this.dataSource = dataSource;
        this.tables = applicationTables(dataSource);
        List<String> counts = new ArrayList<>();
        for (String table : tables) {
            counts.add("select '" + table + "', count(*) from " + table);
        }
        this.query = String.join(" union all ", counts);
    }

    /** The count of every table now, by table name. */
    public Map<String, Long> now() {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not count rows", e);
        }
        return counts;
    }

    /** The tables whose counts differ, with both counts; empty when none does. */
    public static Map<String, String> changes(Map<String, Long> before, Map<String, Long> after) {
        Map<String, String> changed = new TreeMap<>();
        for (String table : new TreeSet<>(before.keySet())) {
            if (!before.get(table).equals(after.get(table))) {
                changed.put(table, before.get(table) + " → " + after.get(table));
            }
        }
        return changed;
    }

    public List<String> tables() {
        return tables;
    }

    private static List<String> applicationTables(DataSource dataSource) {
        List<String> names = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rs = meta.getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME");
                    String lower = name.toLowerCase(Locale.ROOT);
                    if (!lower.startsWith("qrtz_") && !lower.startsWith("flyway_")) {
                        names.add(name);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not list the tables", e);
        }
        if (names.isEmpty()) {
            throw new IllegalStateException("no application tables found");
        }
        names.sort(String::compareTo);
        return names;
    }
}
