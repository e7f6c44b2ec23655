package org.schoolshuttle.export;

import org.schoolshuttle.common.CsvText;

import jakarta.enterprise.context.ApplicationScoped;
import org.schoolshuttle.run.RunDetailView;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A run's manifest as CSV, a row per child in stop order, with empty "on" and "off" columns to tick on paper.
 * UTF-8 with a byte-order mark, so spreadsheet programs show Chinese names right.
 */
@ApplicationScoped
public class RunManifest {

    static final String HEADER = "stop,stop_name,planned,child,wheelchair,booster,handover_only,guardian,guardian_phone,"
            + "authorised_adults,on,off";

    public String csv(RunDetailView run) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        for (RunDetailView.StopView s : run.stops()) {
            for (RunDetailView.Rider r : s.children()) {
                String adults = r.authorisedAdults().stream().map(a -> a.name() + " " + a.phone()
                        + (a.relation() == null ? "" : " (" + a.relation() + ")")).collect(Collectors.joining("; "));
                row(csv, List.of(String.valueOf(s.seq() + 1), s.name(), s.plannedTime(), r.givenName(),
                        yes(r.wheelchair()), yes(r.booster()), yes(r.handoverRequired()),
                        r.guardian() == null ? "" : r.guardian().name(), r.guardian() == null ? "" : r.guardian().phone(),
                        adults, "", ""));
            }
        }
        return csv.toString();
    }

    private static String yes(boolean b) {
        return b ? "yes" : "";
    }

    private static void row(StringBuilder csv, List<String> cells) {
        CsvText.row(csv, cells);
    }

    static String cell(String value) {
        return CsvText.cell(value);
    }
}
