package org.schoolshuttle.roster;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.schoolshuttle.notify.Alerts;
import org.schoolshuttle.notify.Text;
import org.schoolshuttle.village.Village;
import org.schoolshuttle.village.VillageRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Each morning, on one instance of the cluster: fills every village's roster for the next weeks and flags to the
 * coordinator every duty in the coming week that nobody fit and free can take.
 */
@ApplicationScoped
public class RosterJob {

    /** Roster duties in the coming week without a volunteer. */
    public static final String ROSTER_GAP = "ROSTER_GAP";

    private final RosterPlanner planner;
    private final RosterDutyRepository duties;
    private final VillageRepository villages;
    private final Alerts alerts;
    private final RosterConfig config;
    private final Clock clock;

    RosterJob(RosterPlanner planner, RosterDutyRepository duties, VillageRepository villages, Alerts alerts,
              RosterConfig config, Clock clock) {
        this.planner = planner;
        this.duties = duties;
        this.villages = villages;
        this.alerts = alerts;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = "fill-rosters", cron = "{shuttle.roster.cron}")
    void daily() {
        for (Village village : villages.listAll()) {
            LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(village.timeZone)));
            planner.fill(village.id, today, today.plusDays(config.horizonDays()));
            flagGaps(village.id, today);
        }
    }

    /** @return the duties flagged */
    @Transactional
    public List<RosterDuty> flagGaps(long villageId, LocalDate today) {
        List<RosterDuty> open = duties.list("villageId = ?1 and driverId is null and serviceDate >= ?2 "
                + "and serviceDate <= ?3 order by serviceDate, routeName", villageId, today, today.plusDays(config.flagDays()));
        if (open.isEmpty()) {
            return open;
        }
        StringBuilder zh = new StringBuilder("未来 " + config.flagDays() + " 天内以下班次没有合格且有空的志愿者：");
        StringBuilder en = new StringBuilder("No fit volunteer is free for these duties in the coming "
                + config.flagDays() + " days:");
        for (RosterDuty d : open) {
            zh.append(d.serviceDate).append(' ').append(d.routeName).append("；");
            en.append(' ').append(d.serviceDate).append(' ').append(d.routeName).append(';');
        }
        zh.append("请安排司机。");
        en.append(" Find a driver.");
        alerts.raiseOncePer(villageId, ROSTER_GAP, Duration.ofHours(20), new Text(zh.toString(), en.toString()));
        return open;
    }
}
