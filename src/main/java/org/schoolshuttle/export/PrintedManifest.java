package org.schoolshuttle.export;

import jakarta.enterprise.context.ApplicationScoped;
import org.schoolshuttle.account.AccountRepository;
import org.schoolshuttle.document.PrintedDocument;
import org.schoolshuttle.document.Printer;
import org.schoolshuttle.document.Table;
import org.schoolshuttle.route.Direction;
import org.schoolshuttle.run.DailyRun;
import org.schoolshuttle.run.RunDetailView;
import org.schoolshuttle.run.RunService;
import org.schoolshuttle.run.RunView;
import org.schoolshuttle.village.VillageRepository;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A run's manifest as a printable A4 PDF, for a driver without a smartphone: the run and its crew, whom to call in an
 * emergency, then each stop in driving order with its planned time and, under it, the children with their needs,
 * hand-over rule and contacts, and empty "on" and "off" boxes to tick. Labels are Chinese and English side by side,
 * as a printed sheet may be handed to anyone.
 */
@ApplicationScoped
public class PrintedManifest {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final RunService runs;
    private final VillageRepository villages;
    private final AccountRepository accounts;
    private final Printer printer;
    private final ExportConfig config;

    PrintedManifest(RunService runs, VillageRepository villages, AccountRepository accounts, Printer printer,
                    ExportConfig config) {
        this.runs = runs;
        this.villages = villages;
        this.accounts = accounts;
        this.printer = printer;
        this.config = config;
    }

    /** The name a downloaded manifest is saved under. */
    public static String fileName(long runId) {
        return "run-" + runId + "-manifest.pdf";
    }

    /**
     * @throws org.schoolshuttle.common.NotFoundException for a run the caller may not see
     * @throws org.schoolshuttle.document.NoDocumentFontException (503) when no font for Chinese is installed
     */
    public byte[] pdf(long runId) {
        RunDetailView run = runs.detail(runId, Locale.SIMPLIFIED_CHINESE);
        DailyRun daily = runs.visible(runId);
        List<RunDetailView.Contact> coordinators = accounts.coordinatorsOf(daily.villageId).stream()
                .filter(a -> a.phone != null && !a.phone.isBlank())
                .map(a -> new RunDetailView.Contact(a.displayName, a.phone, "coordinator")).toList();
        return pdf(run, coordinators, ZoneId.of(villages.findById(daily.villageId).timeZone));
    }

    byte[] pdf(RunDetailView run, List<RunDetailView.Contact> coordinators, ZoneId zone) {
        RunView r = run.run();
        boolean morning = r.direction() == Direction.TO_SCHOOL;
        String direction = morning ? "上学 To school" : "放学 From school";
        String title = "运行单 Run manifest · " + r.name();
        try (PrintedDocument doc = printer.start(title)) {
            doc.title(title).subtitle(r.date() + " · " + direction + " · " + run.school().name())
                    .keyValue("日期 Date", r.date().toString())
                    .keyValue("方向 Direction", direction)
                    .keyValue("学校 School", String.join("; ", run.schools().stream().map(p -> p.name()
                            + time(morning ? " · 到校 arrive " : " · 离校 leave ", p.at(), zone)).toList()))
                    .keyValue("车辆 Vehicle", r.plate() + " · " + r.seats() + " 座 seats")
                    .keyValue("司机 Driver", crew(run.driver(), "未安排 Not assigned"))
                    .keyValue("随车照管员 Escort", crew(run.escort(), "无 None"))
                    .keyValue("儿童 Children", r.children().total() + " 名 children, " + run.stops().size() + " 站 stops");
            doc.heading("紧急电话 Emergency numbers").table(emergencyNumbers(coordinators));
            if (!morning && run.schools().size() == 1) {
                doc.heading("出发 Start: " + run.school().name() + time(" · ", run.school().at(), zone))
                        .paragraph("所有儿童在学校上车，在各自站点下车。All children board at school and get off at their stop.");
            }
            if (!morning && run.schools().size() > 1) {
                for (RunDetailView.Place p : run.schools()) {
                    doc.heading("出发 Start: " + p.name() + time(" · ", p.at(), zone)).paragraph("在此上车 Board here: "
                            + childrenOf(run, p.schoolId()));
                }
            }
            for (RunDetailView.StopView s : run.stops()) {
                doc.heading((s.seq() + 1) + ". " + s.name() + " · " + s.plannedTime() + " · " + s.children().size()
                        + " 名 children");
                if (s.children().isEmpty()) {
                    doc.paragraph("本站无儿童 No children at this stop");
                } else {
                    doc.table(riders(s.children()));
                }
            }
            if (morning && run.schools().size() == 1) {
                doc.heading("到校 Arrive: " + run.school().name() + time(" · ", run.school().at(), zone))
                        .paragraph("所有儿童在学校下车。All children get off at school.");
            }
            if (morning && run.schools().size() > 1) {
                for (RunDetailView.Place p : run.schools()) {
                    doc.heading("到校 Arrive: " + p.name() + time(" · ", p.at(), zone)).paragraph("在此下车 Get off here: "
                            + childrenOf(run, p.schoolId()));
                }
            }
            doc.heading("收车核对 End of run")
                    .tickBox("所有儿童均已下车或交接，车内已检查，无儿童留在车上。Every child is off or handed over; the vehicle "
                            + "is checked and no child is left on board.")
                    .gap(14)
                    .paragraph("司机签名 Driver's signature: ______________________    时间 Time: __________")
                    .footer(r.name() + " · " + r.date() + " · 紧急 Emergency: " + footerNumbers(coordinators));
            return doc.toBytes();
        }
    }

    /** A shared run: the given names of the children of one of its schools, in stop order. */
    private static String childrenOf(RunDetailView run, long schoolId) {
        List<String> names = run.stops().stream().flatMap(s -> s.children().stream())
                .filter(c -> c.schoolId() == schoolId).map(RunDetailView.Rider::givenName).toList();
        return names.isEmpty() ? "—" : String.join("、", names);
    }

    private Table emergencyNumbers(List<RunDetailView.Contact> coordinators) {
        Table table = new Table().column("电话 Phone", 2).column("联系 Who", 5);
        if (coordinators.isEmpty()) {
            table.row("—", "村协调员 Village coordinator: 未登记电话 no phone on file");
        }
        for (RunDetailView.Contact c : coordinators) {
            table.row(c.phone(), "村协调员 Village coordinator " + c.name());
        }
        for (String[] n : publicNumbers()) {
            table.row(n[0], n[1]);
        }
        return table;
    }

    private String footerNumbers(List<RunDetailView.Contact> coordinators) {
        List<String> parts = new ArrayList<>();
        coordinators.forEach(c -> parts.add("协调员 Coordinator " + c.name() + " " + c.phone()));
        publicNumbers().forEach(n -> parts.add(n[0] + " " + n[1]));
        return String.join(" · ", parts);
    }

    /** Each configured number as {number, label}. */
    private List<String[]> publicNumbers() {
        return config.emergencyNumbers().stream().map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> s.split("\\s+", 2)).map(p -> new String[] {p[0], p.length > 1 ? p[1] : ""}).toList();
    }

    private static Table riders(List<RunDetailView.Rider> children) {
        Table table = new Table().tickColumn("上车 On").tickColumn("下车 Off").column("儿童 Child", 2)
                .column("需要 Needs", 1.6f).column("交接 Hand-over", 2.2f).column("监护人 Guardian", 2.6f)
                .column("授权接送人 Authorised adults", 3);
        for (RunDetailView.Rider c : children) {
            List<String> needs = new ArrayList<>();
            if (c.wheelchair()) {
                needs.add("轮椅 Wheelchair");
            }
            if (c.booster()) {
                needs.add("增高座椅 Booster");
            }
            String handover = c.handoverRequired() ? "须交给监护人或授权接送人 Hand over to them only"
                    : "可自行离开 May go alone";
            String guardian = c.guardian() == null ? "" : c.guardian().name() + "\n" + c.guardian().phone();
            String adults = c.authorisedAdults().stream().map(a -> a.name() + " " + a.phone()
                    + (a.relation() == null || a.relation().isBlank() ? "" : " (" + a.relation() + ")"))
                    .collect(Collectors.joining("\n"));
            table.row("", "", c.givenName(), String.join("\n", needs), handover, guardian, adults);
        }
        return table;
    }

    private static String crew(RunDetailView.Crew crew, String none) {
        if (crew == null) {
            return none;
        }
        return crew.name() + (crew.phone() == null || crew.phone().isBlank() ? "" : " " + crew.phone());
    }

    private static String time(String prefix, Instant at, ZoneId zone) {
        return at == null ? "" : prefix + at.atZone(zone).format(HH_MM);
    }
}
