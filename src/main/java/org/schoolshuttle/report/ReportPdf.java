package org.schoolshuttle.report;

import jakarta.enterprise.context.ApplicationScoped;
import org.schoolshuttle.document.BarChart;
import org.schoolshuttle.document.PrintedDocument;
import org.schoolshuttle.document.Printer;
import org.schoolshuttle.document.Table;
import org.schoolshuttle.funding.SponsorshipView;

import java.math.BigDecimal;
import java.util.List;

/** The reports as printable A4 PDFs with charts; labels in Chinese and English side by side, like the manifest. */
@ApplicationScoped
class ReportPdf {

    private final Printer printer;

    ReportPdf(Printer printer) {
        this.printer = printer;
    }

    byte[] sponsor(SponsorReportView r) {
        String title = "赞助透明度报告 Sponsor transparency report · " + r.sponsorName();
        try (PrintedDocument doc = printer.start(title)) {
            doc.title(title).subtitle(r.villageName() + " · " + r.from() + " – " + r.to());
            runFigures(doc, r.runs());
            doc.keyValue("资助座位 Seats funded", String.valueOf(r.seatsFunded()))
                    .keyValue("每班实用座位 Seats used per run", String.valueOf(r.seatsUsed()));
            doc.heading("资金 Money")
                    .keyValue("承诺 Committed", yuan(r.moneyCommitted()))
                    .keyValue("已收到 Received", yuan(r.moneyReceived()))
                    .keyValue("所资助线路的支出 Spent on the routes supported", yuan(r.moneySpent()));
            doc.heading("志愿者奖励 Rewards for volunteers")
                    .keyValue("捐入奖励池 Given to the reward pool", yuan(r.volunteerRewards().contributed()))
                    .keyValue("已兑换奖励 Paid out as rewards", yuan(r.volunteerRewards().redeemed()))
                    .keyValue("尚未使用 Not yet spent", yuan(r.volunteerRewards().unspent()))
                    .keyValue("获奖志愿者 Volunteers rewarded", String.valueOf(r.volunteerRewards().volunteers()));
            List<String> months = r.months().stream().map(m -> m.month().toString()).toList();
            doc.barChart(BarChart.of("每月完成班次与乘车儿童 Runs completed and children who rode, by month", "",
                    months,
                    new BarChart.Series("班次 Runs", r.months().stream().map(m -> (double) m.runsCompleted()).toList()),
                    new BarChart.Series("儿童 Children", r.months().stream().map(m -> (double) m.childrenServed()).toList())));
            Table byMonth = new Table().column("月份 Month", 2).column("完成班次 Runs", 2).column("公里 km", 2)
                    .column("乘车儿童 Children", 2).column("支出 Spent", 3);
            r.months().forEach(m -> byMonth.row(m.month().toString(), String.valueOf(m.runsCompleted()),
                    String.valueOf(m.km()), String.valueOf(m.childrenServed()), yuan(m.spent())));
            doc.heading("按月 By month").table(byMonth);
            doc.heading("赞助 Sponsorships");
            if (r.sponsorships().isEmpty()) {
                doc.paragraph("此期间没有赞助 No sponsorship in this period");
            } else {
                Table sponsorships = new Table().column("资助对象 Supports", 4).column("从 From", 2).column("到 To", 2)
                        .column("座位 Seats", 2).column("金额 Amount", 3);
                for (SponsorshipView s : r.sponsorships()) {
                    sponsorships.row(s.routeName() != null ? s.routeName() : s.vehiclePlate(), s.startsOn().toString(),
                            s.endsOn() == null ? "–" : s.endsOn().toString(),
                            s.seatsCommitted() == null ? "–" : s.seatsCommitted().toString(),
                            s.amountCommitted() == null ? "–" : yuan(s.amountCommitted()));
                }
                doc.table(sponsorships);
            }
            doc.paragraph("本报告只统计人数，从不显示儿童或家庭的姓名。This report counts children; it never names a child or a family.")
                    .footer(r.sponsorName() + " · " + r.from() + " – " + r.to());
            return doc.toBytes();
        }
    }

    byte[] village(VillageReportView r) {
        String title = "村级报告 Village report · " + r.villageName();
        try (PrintedDocument doc = printer.start(title)) {
            doc.title(title).subtitle(r.from() + " – " + r.to())
                    .keyValue("已登记 Registered", String.valueOf(r.registered()))
                    .keyValue("有座位 Served", String.valueOf(r.served()))
                    .keyValue("等候 Waitlisted", String.valueOf(r.waitlisted()));
            r.waitingByReason().forEach((reason, n) -> doc.keyValue("  " + reason.name(), String.valueOf(n)));
            runFigures(doc, r.runs());
            doc.keyValue("支出 Costs", yuan(r.costs())).keyValue("收入 Income", yuan(r.income()))
                    .keyValue("每名儿童成本 Cost per child", r.costPerChild() == null ? "–" : yuan(r.costPerChild()));
            doc.barChart(band("早班乘车时间 Morning ride times", "min", r.rideMinutes()));
            doc.barChart(band("步行到站距离 Walks to the stop", "m", r.walkMetres()));
            doc.barChart(BarChart.of("每月完成班次 Runs completed by month", "", r.months().stream()
                    .map(m -> m.month().toString()).toList(), new BarChart.Series("班次 Runs",
                    r.months().stream().map(m -> (double) m.runs().completed()).toList())));
            Table schools = new Table().column("学校 School", 4).column("登记 Registered", 2).column("有座位 Served", 2)
                    .column("等候 Waiting", 2).column("准时 On time", 2).column("每童成本 Per child", 3);
            r.schools().forEach(s -> schools.row(s.name(), String.valueOf(s.registered()), String.valueOf(s.served()),
                    String.valueOf(s.waitlisted()), percent(s.runs().onTimePercent()),
                    s.costPerChild() == null ? "–" : yuan(s.costPerChild())));
            doc.heading("按学校 By school").table(schools);
            Table routes = new Table().column("线路 Route", 4).column("学校 School", 3).column("班次 Runs", 2)
                    .column("公里 km", 2).column("准时 On time", 2).column("每童成本 Per child", 3);
            r.routes().forEach(l -> routes.row(l.name(), l.school(), String.valueOf(l.runs().completed()),
                    String.valueOf(l.runs().km()), percent(l.runs().onTimePercent()),
                    l.costPerChild() == null ? "–" : yuan(l.costPerChild())));
            doc.heading("按线路 By route").table(routes).footer(r.villageName() + " · " + r.from() + " – " + r.to());
            return doc.toBytes();
        }
    }

    private static void runFigures(PrintedDocument doc, RunFigures f) {
        doc.heading("服务 Service")
                .keyValue("乘车儿童 Children who rode", String.valueOf(f.childrenServed()))
                .keyValue("计划班次 Runs scheduled", String.valueOf(f.scheduled()))
                .keyValue("完成班次 Runs completed", String.valueOf(f.completed()))
                .keyValue("取消班次 Runs cancelled", String.valueOf(f.cancelled()))
                .keyValue("准时率 On time", percent(f.onTimePercent()))
                .keyValue("行驶公里 km driven", String.valueOf(f.km()))
                .keyValue("事件 Incidents", String.valueOf(f.incidents()));
    }

    private static BarChart band(String caption, String unit, List<VillageReportView.Band> bands) {
        return BarChart.of(caption, unit, bands.stream().map(VillageReportView.Band::label).toList(),
                new BarChart.Series("儿童 Children", bands.stream().map(b -> (double) b.count()).toList()));
    }

    private static String percent(Integer p) {
        return p == null ? "–" : p + " %";
    }

    private static String yuan(BigDecimal amount) {
        return "¥" + amount.toPlainString();
    }
}
