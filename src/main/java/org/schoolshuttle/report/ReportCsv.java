package org.schoolshuttle.report;

import org.schoolshuttle.common.CsvText;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The reports as CSV: a block of figures (figure,value), then a table by month, and for villages by school and route. */
final class ReportCsv {

    private ReportCsv() {
    }

    static String sponsor(SponsorReportView r) {
        StringBuilder csv = new StringBuilder(CsvText.BYTE_ORDER_MARK);
        CsvText.row(csv, List.of("figure", "value"));
        figure(csv, "sponsor", r.sponsorName());
        figure(csv, "village", r.villageName());
        figure(csv, "from", r.from());
        figure(csv, "to", r.to());
        runFigures(csv, r.runs());
        figure(csv, "seats_funded", r.seatsFunded());
        figure(csv, "seats_used_per_run", r.seatsUsed());
        figure(csv, "money_committed_yuan", r.moneyCommitted());
        figure(csv, "money_received_yuan", r.moneyReceived());
        figure(csv, "money_spent_yuan", r.moneySpent());
        figure(csv, "volunteer_rewards_given_yuan", r.volunteerRewards().contributed());
        figure(csv, "volunteer_rewards_paid_yuan", r.volunteerRewards().redeemed());
        figure(csv, "volunteer_rewards_unspent_yuan", r.volunteerRewards().unspent());
        figure(csv, "volunteers_rewarded", r.volunteerRewards().volunteers());
        csv.append("\r\n");
        CsvText.row(csv, List.of("month", "runs_completed", "km", "children_served", "spent_yuan"));
        for (SponsorReportView.Month m : r.months()) {
            CsvText.row(csv, List.of(m.month().toString(), String.valueOf(m.runsCompleted()), String.valueOf(m.km()),
                    String.valueOf(m.childrenServed()), m.spent().toPlainString()));
        }
        return csv.toString();
    }

    static String village(VillageReportView r) {
        StringBuilder csv = new StringBuilder(CsvText.BYTE_ORDER_MARK);
        CsvText.row(csv, List.of("figure", "value"));
        figure(csv, "village", r.villageName());
        figure(csv, "from", r.from());
        figure(csv, "to", r.to());
        figure(csv, "registered", r.registered());
        figure(csv, "served", r.served());
        figure(csv, "waitlisted", r.waitlisted());
        r.waitingByReason().forEach((reason, n) -> figure(csv, "waitlisted_" + reason.name().toLowerCase(), n));
        r.rideMinutes().forEach(b -> figure(csv, "ride " + b.label(), b.count()));
        figure(csv, "ride_mean_min", r.meanRideMinutes());
        figure(csv, "ride_longest_min", r.longestRideMinutes());
        r.walkMetres().forEach(b -> figure(csv, "walk " + b.label(), b.count()));
        figure(csv, "walk_mean_m", r.meanWalkMetres());
        figure(csv, "walk_longest_m", r.longestWalkMetres());
        runFigures(csv, r.runs());
        figure(csv, "costs_yuan", r.costs());
        figure(csv, "income_yuan", r.income());
        figure(csv, "cost_per_child_yuan", r.costPerChild());
        csv.append("\r\n");
        CsvText.row(csv, List.of("school", "registered", "served", "waitlisted", "runs_completed", "on_time_percent",
                "km", "children_served", "costs_yuan", "cost_per_child_yuan"));
        for (VillageReportView.School s : r.schools()) {
            CsvText.row(csv, List.of(s.name(), String.valueOf(s.registered()), String.valueOf(s.served()),
                    String.valueOf(s.waitlisted()), String.valueOf(s.runs().completed()), text(s.runs().onTimePercent()),
                    String.valueOf(s.runs().km()), String.valueOf(s.runs().childrenServed()), text(s.costs()),
                    text(s.costPerChild())));
        }
        csv.append("\r\n");
        CsvText.row(csv, List.of("route", "school", "direction", "runs_completed", "on_time_percent", "km",
                "children_served", "costs_yuan", "income_yuan", "cost_per_child_yuan"));
        for (VillageReportView.RouteLine l : r.routes()) {
            CsvText.row(csv, List.of(l.name(), l.school(), l.direction(), String.valueOf(l.runs().completed()),
                    text(l.runs().onTimePercent()), String.valueOf(l.runs().km()), String.valueOf(l.runs().childrenServed()),
                    text(l.costs()), text(l.income()), text(l.costPerChild())));
        }
        csv.append("\r\n");
        CsvText.row(csv, List.of("month", "runs_completed", "on_time_percent", "km", "children_served", "costs_yuan"));
        for (VillageReportView.Month m : r.months()) {
            CsvText.row(csv, List.of(m.month().toString(), String.valueOf(m.runs().completed()),
                    text(m.runs().onTimePercent()), String.valueOf(m.runs().km()),
                    String.valueOf(m.runs().childrenServed()), text(m.costs())));
        }
        return csv.toString();
    }

    private static void runFigures(StringBuilder csv, RunFigures f) {
        figure(csv, "children_served", f.childrenServed());
        figure(csv, "runs_scheduled", f.scheduled());
        figure(csv, "runs_completed", f.completed());
        figure(csv, "runs_cancelled", f.cancelled());
        figure(csv, "on_time_percent", f.onTimePercent());
        figure(csv, "km_driven", f.km());
        figure(csv, "incidents", f.incidents());
    }

    private static void figure(StringBuilder csv, String name, Object value) {
        List<String> cells = new ArrayList<>(List.of(name, text(value)));
        CsvText.row(csv, cells);
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }
}
