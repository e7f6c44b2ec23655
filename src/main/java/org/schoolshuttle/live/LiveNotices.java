package org.schoolshuttle.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.schoolshuttle.family.Child;
import org.schoolshuttle.family.ChildRepository;
import org.schoolshuttle.family.Guardian;
import org.schoolshuttle.family.GuardianRepository;
import org.schoolshuttle.notify.Outbox;
import org.schoolshuttle.notify.Text;
import org.schoolshuttle.route.BusStop;
import org.schoolshuttle.route.Direction;
import org.schoolshuttle.run.DailyRun;
import org.schoolshuttle.run.RiderState;
import org.schoolshuttle.run.RunChild;
import org.schoolshuttle.run.RunChildRepository;
import org.schoolshuttle.village.VillageRepository;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * "The shuttle is about N minutes away", once per run, stop and family, when the ETA to the family's stop
 * comes within the family's N; and "running about M minutes late" to the families still waiting, once per
 * run, stop and family, when the run falls behind by the configured minutes.
 */
@ApplicationScoped
public class LiveNotices {

    public static final String NEAR = "SHUTTLE_NEAR";
    public static final String LATE = "SHUTTLE_LATE";
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final EntityManager em;
    private final RunChildRepository riders;
    private final ChildRepository children;
    private final GuardianRepository guardians;
    private final VillageRepository villages;
    private final Outbox outbox;
    private final LiveConfig config;

    LiveNotices(EntityManager em, RunChildRepository riders, ChildRepository children, GuardianRepository guardians,
                VillageRepository villages, Outbox outbox, LiveConfig config) {
        this.em = em;
        this.riders = riders;
        this.children = children;
        this.guardians = guardians;
        this.villages = villages;
        this.outbox = outbox;
        this.config = config;
    }

    void tell(DailyRun run, Eta.Course course, RunLive live, Instant now) {
        if (live.nextSeq == null) {
            return;
        }
        ZoneId zone = ZoneId.of(villages.findById(run.villageId).timeZone);
        boolean late = live.lateSeconds >= config.delayMinutes() * 60;
        List<RunChild> onRun = riders.list("runId", run.id);
        for (int k = live.nextSeq; k < course.stops().size(); k++) {
            Instant eta = live.eta(k);
            if (eta == null) {
                continue;
            }
            BusStop stop = course.stops().get(k);
            for (RunChild rider : onRun) {
                if (!rider.stopId.equals(stop.id) || !waiting(run, rider)) {
                    continue;
                }
                Child child = children.findById(rider.childId);
                Guardian guardian = guardians.findById(child.guardianId);
                if (guardian == null || guardian.anonymisedAt != null) {
                    continue;
                }
                long minutes = Math.max(0, Math.round((eta.getEpochSecond() - now.getEpochSecond()) / 60.0));
                if (minutes <= guardian.nearMinutes && once(run.id, stop.id, guardian.id, NEAR, now)) {
                    outbox.queue(guardian.id, child.id, NEAR, near(run, child, stop, minutes));
                }
                if (late && once(run.id, stop.id, guardian.id, LATE, now)) {
                    outbox.queue(guardian.id, child.id, LATE, late(run, child, stop, live.lateSeconds, eta, zone));
                }
            }
        }
    }

    /** Families wait at the stop in the morning for the pick-up, in the afternoon for the drop-off. */
    private static boolean waiting(DailyRun run, RunChild rider) {
        return run.direction == Direction.TO_SCHOOL ? rider.state == RiderState.EXPECTED
                : rider.state == RiderState.ON_BOARD || rider.state == RiderState.EXPECTED;
    }

    /** Records the message as sent; false when it was sent before (the run's lock keeps this exact). */
    private boolean once(long runId, long stopId, long guardianId, String kind, Instant now) {
        Number sent = (Number) em.createNativeQuery("select count(*) from live_notice where run_id = ?1 and stop_id = ?2 "
                        + "and guardian_id = ?3 and kind = ?4")
                .setParameter(1, runId).setParameter(2, stopId).setParameter(3, guardianId).setParameter(4, kind)
                .getSingleResult();
        if (sent.longValue() > 0) {
            return false;
        }
        em.createNativeQuery("insert into live_notice (run_id, stop_id, guardian_id, kind, sent_at) values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, runId).setParameter(2, stopId).setParameter(3, guardianId).setParameter(4, kind)
                .setParameter(5, now).executeUpdate();
        return true;
    }

    private static Text near(DailyRun run, Child child, BusStop stop, long minutes) {
        if (run.direction == Direction.TO_SCHOOL) {
            return minutes == 0
                    ? new Text("校车即将到达" + stop.name + "，请带" + child.givenName + "到站点上车。",
                    "The shuttle is arriving at " + stop.name + ": please bring " + child.givenName + " to the stop.")
                    : new Text("校车大约" + minutes + "分钟后到达" + stop.name + "，请带" + child.givenName + "到站点。",
                    "The shuttle is about " + minutes + " minutes from " + stop.name + ": time to walk "
                            + child.givenName + " to the stop.");
        }
        return minutes == 0
                ? new Text("校车即将到达" + stop.name + "，" + child.givenName + "马上下车，请到站点接孩子。",
                "The shuttle is arriving at " + stop.name + " with " + child.givenName + ": please meet them at the stop.")
                : new Text("校车大约" + minutes + "分钟后到达" + stop.name + "，" + child.givenName + "在车上。",
                "The shuttle with " + child.givenName + " on board is about " + minutes + " minutes from " + stop.name + ".");
    }

    private static Text late(DailyRun run, Child child, BusStop stop, int lateSeconds, Instant eta, ZoneId zone) {
        long minutes = Math.round(lateSeconds / 60.0);
        String at = HH_MM.format(eta.atZone(zone));
        return new Text("校车晚了约" + minutes + "分钟，预计" + at + "到达" + stop.name + "（" + child.givenName + "）。",
                "The shuttle is running about " + minutes + " minutes late and should reach " + stop.name + " at " + at
                        + " (" + child.givenName + ").");
    }
}
