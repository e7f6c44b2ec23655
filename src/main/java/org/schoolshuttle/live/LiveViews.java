package org.schoolshuttle.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.schoolshuttle.family.Child;
import org.schoolshuttle.family.ChildService;
import org.schoolshuttle.route.BusStop;
import org.schoolshuttle.route.BusStopRepository;
import org.schoolshuttle.route.Direction;
import org.schoolshuttle.run.DailyRun;
import org.schoolshuttle.run.DailyRunRepository;
import org.schoolshuttle.run.RiderState;
import org.schoolshuttle.run.RunChild;
import org.schoolshuttle.run.RunChildRepository;
import org.schoolshuttle.run.RunService;
import org.schoolshuttle.run.RunStatus;
import org.schoolshuttle.run.RunStop;
import org.schoolshuttle.village.Village;
import org.schoolshuttle.village.VillageService;
import org.schoolshuttle.village.VillageRepository;
import org.schoolshuttle.school.SchoolRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What each person sees of runs on their way; a run not heard from lately shows "position unknown". */
@ApplicationScoped
public class LiveViews {

    private final RunService runService;
    private final DailyRunRepository runs;
    private final RunLiveRepository lives;
    private final RunChildRepository riders;
    private final BusStopRepository stops;
    private final ChildService children;
    private final VillageService villages;
    private final LiveConfig config;
    private final Clock clock;
    private final SchoolRepository schools;
    private final VillageRepository villageRows;

    LiveViews(RunService runService, DailyRunRepository runs, RunLiveRepository lives, RunChildRepository riders,
              BusStopRepository stops, ChildService children, VillageService villages, LiveConfig config, Clock clock,
              SchoolRepository schools, VillageRepository villageRows) {
        this.schools = schools;
        this.villageRows = villageRows;
        this.runService = runService;
        this.runs = runs;
        this.lives = lives;
        this.riders = riders;
        this.stops = stops;
        this.children = children;
        this.villages = villages;
        this.config = config;
        this.clock = clock;
    }

    /** The run's driver or its village's coordinators. */
    @Transactional
    public LiveView.Run run(long runId) {
        DailyRun run = runService.visible(runId);
        RunLive live = fresh(run);
        List<LiveView.Stop> list = new ArrayList<>();
        for (int k = 0; k < run.stops.size(); k++) {
            RunStop s = run.stops.get(k);
            BusStop stop = stops.findById(s.stopId);
            list.add(new LiveView.Stop(k, stop.id, stop.name, stop.lat, stop.lon, s.plannedAt, live == null ? null : live.eta(k)));
        }
        return new LiveView.Run(run.id, run.name, run.direction, run.status, live != null, shuttle(live),
                live == null ? null : live.nextSeq, live == null ? null : lateMinutes(live), list);
    }

    /** The child's family (or a coordinator): today's run that matters now, and the shuttle only while it comes. */
    @Transactional
    public LiveView.Child child(long childId) {
        Child child = children.visibleChild(childId);
        ZoneId zone = zoneOfSchool(child);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<DailyRun> todays = runs.list("schoolId = ?1 and serviceDate = ?2 order by firstStopAt", child.schoolId, today);
        DailyRun chosen = null;
        RunChild rider = null;
        for (DailyRun r : todays) {
            RunChild mine = riders.find("runId = ?1 and childId = ?2", r.id, child.id).firstResult();
            if (mine == null) {
                continue;
            }
            chosen = r;
            rider = mine;
            if (r.status != RunStatus.COMPLETED && r.status != RunStatus.CANCELLED) {
                break;
            }
        }
        if (chosen == null) {
            return new LiveView.Child(child.id, null, null, "NO_RUN_TODAY", null, null, null, null, null, null, null, null);
        }
        BusStop stop = stops.findById(rider.stopId);
        int seq = chosen.stops.stream().map(s -> s.stopId).toList().indexOf(rider.stopId);
        Instant planned = seq < 0 ? null : chosen.stops.get(seq).plannedAt;
        String state = stateOf(chosen, rider, seq);
        RunLive live = "ON_ITS_WAY".equals(state) ? fresh(chosen) : null;
        if ("ON_ITS_WAY".equals(state) && live == null) {
            state = "POSITION_UNKNOWN";
        } else if (live != null && (live.nextSeq == null || live.nextSeq > seq)) {
            state = "PASSED";
            live = null;
        } else if (live != null && live.nextSeq == seq && live.eta(seq) != null
                && !live.eta(seq).isAfter(live.recordedAt)) {
            state = "AT_STOP";
        }
        Instant eta = live == null ? null : live.eta(seq);
        Integer minutes = eta == null ? null : (int) Math.max(0, Math.round((eta.getEpochSecond() - clock.instant().getEpochSecond()) / 60.0));
        return new LiveView.Child(child.id, chosen.id, chosen.direction, state, stop.name, stop.lat, stop.lon, planned, eta,
                minutes, live == null ? null : lateMinutes(live), shuttle(live));
    }

    /** A coordinator's village: every run of today, with where it is and how late. */
    @Transactional
    public List<LiveView.VillageRun> village(long villageId) {
        Village village = villages.visible(villageId);
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(village.timeZone)));
        List<LiveView.VillageRun> found = new ArrayList<>();
        for (DailyRun run : runs.list("villageId = ?1 and serviceDate = ?2", village.id, today)) {
            RunLive live = run.status == RunStatus.IN_PROGRESS ? fresh(run) : null;
            found.add(new LiveView.VillageRun(run.id, run.name, run.schoolId, run.direction, run.status, live != null,
                    shuttle(live), live == null ? null : lateMinutes(live), run.firstStopAt));
        }
        found.sort(Comparator.comparing(LiveView.VillageRun::firstStopAt).thenComparing(LiveView.VillageRun::runId));
        return found;
    }

    private String stateOf(DailyRun run, RunChild rider, int seq) {
        if (rider.state == RiderState.NO_SHOW || (run.direction == Direction.TO_SCHOOL && rider.state != RiderState.EXPECTED)
                || rider.state == RiderState.OFF || rider.state == RiderState.HANDED_OVER || rider.state == RiderState.EXCEPTION) {
            return "PASSED";
        }
        return switch (run.status) {
            case SCHEDULED, BLOCKED -> "NOT_STARTED";
            case IN_PROGRESS -> seq < 0 ? "PASSED" : "ON_ITS_WAY";
            case COMPLETED -> "COMPLETED";
            case CANCELLED -> "CANCELLED";
        };
    }

    /** The run's state if it is on its way and was heard from within the last minutes; else nothing, never stale. */
    private RunLive fresh(DailyRun run) {
        if (run.status != RunStatus.IN_PROGRESS) {
            return null;
        }
        RunLive live = lives.findById(run.id);
        if (live == null || live.recordedAt.isBefore(clock.instant().minusSeconds(config.unknownAfterMinutes() * 60L))) {
            return null;
        }
        return live;
    }

    private int lateMinutes(RunLive live) {
        return live.lateSeconds < config.lateToleranceSeconds() ? 0 : (int) Math.round(live.lateSeconds / 60.0);
    }

    private static LiveView.Shuttle shuttle(RunLive live) {
        return live == null ? null : new LiveView.Shuttle(live.lat, live.lon, live.recordedAt);
    }

    private ZoneId zoneOfSchool(Child child) {
        return ZoneId.of(villageRows.findById(schools.findById(child.schoolId).villageId).timeZone);
    }
}
