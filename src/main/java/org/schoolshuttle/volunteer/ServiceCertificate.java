package org.schoolshuttle.volunteer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.schoolshuttle.common.DomainRuleException;
import org.schoolshuttle.common.QueryValues;
import org.schoolshuttle.document.PrintedDocument;
import org.schoolshuttle.document.Printer;
import org.schoolshuttle.document.Table;
import org.schoolshuttle.village.Village;
import org.schoolshuttle.village.VillageRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * A printable certificate of volunteer service for one volunteer and period, in Chinese and English side by side:
 * the hours given (runs driven or escorted, training, vehicle checks, other), with room for the coordinator's
 * signature and the village's seal.
 */
@ApplicationScoped
public class ServiceCertificate {

    private static final Map<HoursKind, String> KINDS = Map.of(
            HoursKind.RUN, "校车接送 School runs",
            HoursKind.TRAINING, "培训 Training",
            HoursKind.VEHICLE_CHECK, "车辆检查 Vehicle checks",
            HoursKind.OTHER, "其他 Other");

    private final VolunteerRoll roll;
    private final ServiceRecord record;
    private final VillageRepository villages;
    private final Printer printer;
    private final Clock clock;

    ServiceCertificate(VolunteerRoll roll, ServiceRecord record, VillageRepository villages, Printer printer, Clock clock) {
        this.roll = roll;
        this.record = record;
        this.villages = villages;
        this.printer = printer;
        this.clock = clock;
    }

    /** The calling volunteer driver's own certificate. */
    @Transactional
    public byte[] mine(String from, String to) {
        return pdf(roll.me(), from, to);
    }

    /** A coordinator's certificate for a volunteer of their village. */
    @Transactional
    public byte[] of(long villageId, VolunteerKind kind, long id, String from, String to) {
        return pdf(roll.visible(villageId, kind, id), from, to);
    }

    /** The name a downloaded certificate is saved under. */
    public static String fileName(String from, String to) {
        return "volunteer-service-certificate" + (from == null ? "" : "-" + from) + (to == null ? "" : "-" + to) + ".pdf";
    }

    private byte[] pdf(Volunteer v, String fromText, String toText) {
        Village village = villages.findById(v.villageId());
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(village.timeZone)));
        LocalDate to = QueryValues.date(toText, "to");
        LocalDate from = QueryValues.date(fromText, "from");
        to = to == null ? today : to;
        from = from == null ? to.withDayOfYear(1) : from;
        if (to.isBefore(from)) {
            throw new DomainRuleException("to", "must not be before from");
        }
        ServiceRecord.Summary summary = record.summary(v, from, to);
        String role = v.kind() == VolunteerKind.DRIVER ? "驾驶员 driver" : "随车照管员 escort";
        String title = "志愿服务证明 Certificate of volunteer service";
        try (PrintedDocument doc = printer.start(title + " · " + v.name())) {
            doc.title(title).subtitle(village.nameZh + " · 放心上学路 School Shuttle")
                    .gap(12)
                    .paragraph("兹证明 " + v.name() + " 于 " + from + " 至 " + to + " 期间，作为志愿" + role.split(" ")[0]
                            + "，为" + village.nameZh + "放心上学路校车服务提供志愿服务，共计 " + summary.hours() + " 小时，"
                            + "其中参与校车接送 " + summary.runs() + " 趟。特此证明，并致谢意。")
                    .gap(6)
                    .paragraph("This certifies that " + v.name() + " gave " + summary.hours() + " hours of volunteer service "
                            + "as a " + role.split(" ")[1] + " to the school shuttle of " + village.nameEn + " from " + from
                            + " to " + to + ", including " + summary.runs() + " school runs. With our thanks.")
                    .gap(12);
            Table hours = new Table().column("服务内容 Service", 4).column("小时 Hours", 2);
            for (HoursKind kind : HoursKind.values()) {
                int minutes = summary.minutesByKind().getOrDefault(kind, 0);
                if (minutes > 0) {
                    hours.row(KINDS.get(kind), HoursFigure.of(minutes).toPlainString());
                }
            }
            hours.row("合计 Total", summary.hours().toPlainString());
            doc.heading("服务时长 Hours of service").table(hours)
                    .gap(24)
                    .paragraph("村协调员签名 Coordinator's signature: ______________________")
                    .gap(8)
                    .paragraph("日期 Date: " + today + "                    盖章 Seal:")
                    .footer(village.nameZh + " · " + v.name() + " · " + from + " – " + to);
            return doc.toBytes();
        }
    }
}
