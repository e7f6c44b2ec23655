package org.schoolshuttle.roster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.schoolshuttle.account.AccessPolicy;
import org.schoolshuttle.common.ConflictException;
import org.schoolshuttle.common.DomainRuleException;
import org.schoolshuttle.common.NotFoundException;
import org.schoolshuttle.fleet.Availability;
import org.schoolshuttle.fleet.AvailabilitySlot;
import org.schoolshuttle.fleet.Driver;
import org.schoolshuttle.fleet.DriverRepository;
import org.schoolshuttle.notify.Outbox;
import org.schoolshuttle.notify.Text;
import org.schoolshuttle.route.PublishedPlanChanged;
import org.schoolshuttle.village.Village;
import org.schoolshuttle.village.VillageRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The roster as coordinators and volunteers use it: see it, fill it, give a duty, ask to swap, take a duty. */
@ApplicationScoped
public class RosterService {

    /** The roster spans at most this many days in one answer or filling. */
    private static final int MAX_DAYS = 62;

    private final RosterDutyRepository duties;
    private final AwayDayRepository away;
    private final DriverRepository drivers;
    private final VillageRepository villages;
    private final RosterPlanner planner;
    private final Volunteers volunteers;
    private final Outbox outbox;
    private final AccessPolicy access;
    private final Event<PublishedPlanChanged> changed;
    private final Clock clock;

    RosterService(RosterDutyRepository duties, AwayDayRepository away, DriverRepository drivers,
                  VillageRepository villages, RosterPlanner planner, Volunteers volunteers,
                  Outbox outbox, AccessPolicy access, Event<PublishedPlanChanged> changed, Clock clock) {
        this.duties = duties;
        this.away = away;
        this.drivers = drivers;
        this.villages = villages;
        this.planner = planner;
        this.volunteers = volunteers;
        this.outbox = outbox;
        this.access = access;
        this.changed = changed;
        this.clock = clock;
    }

    public RosterView roster(long villageId, LocalDate from, LocalDate to) {
        access.requireVillage(villageId, "Village", villageId);
        LocalDate first = from != null ? from : today(villageId);
        LocalDate last = to != null ? to : first.plusDays(13);
        span(first, last);
        List<RosterDuty> list = duties.list("villageId = ?1 and serviceDate >= ?2 and serviceDate <= ?3 "
                + "order by serviceDate, direction desc, routeName, id", villageId, first, last);
        Map<Long, Driver> pool = drivers.list("villageId = ?1 and kind = ?2", villageId, Driver.Kind.VOLUNTEER).stream()
                .collect(Collectors.toMap(d -> d.id, d -> d));
        List<RosterView.Drives> drives = new ArrayList<>();
        for (YearMonth month = YearMonth.from(first); !month.isAfter(YearMonth.from(last)); month = month.plusMonths(1)) {
            for (Driver d : new TreeMap<>(pool).values()) {
                drives.add(new RosterView.Drives(d.id, d.familyName + d.givenName, month.toString(),
                        duties.count("driverId = ?1 and serviceDate >= ?2 and serviceDate <= ?3", d.id, month.atDay(1),
                                month.atEndOfMonth())));
            }
        }
        return new RosterView(villageId, first, last, list.stream().map(this::view).toList(), drives);
    }

    public RosterPlanner.Filled fill(long villageId, RosterRequest request) {
        access.requireVillage(villageId, "Village", villageId);
        span(request.from(), request.to());
        if (request.from().isBefore(today(villageId))) {
            throw new DomainRuleException("from", "is in the past; the roster of past days is the record");
        }
        return planner.fill(villageId, request.from(), request.to());
    }

    /** The coordinator gives a duty to a volunteer (fit that day; their weekly availability may be overruled). */
    @Transactional
    public DutyView assign(long dutyId, DutyRequest request) {
        RosterDuty duty = duties.findByIdOptional(dutyId).filter(d -> access.coversVillage(d.villageId))
                .orElseThrow(() -> new NotFoundException("Roster duty", dutyId));
        refusePast(duty);
        if (request.driverId() != null) {
            Driver driver = drivers.findByIdOptional(request.driverId())
                    .filter(d -> d.villageId.equals(duty.villageId) && d.kind == Driver.Kind.VOLUNTEER)
                    .orElseThrow(() -> new DomainRuleException("driverId", "is not a volunteer driver of the village"));
            String why = volunteers.whyNot(driver, duty);
            if (why != null && !why.startsWith("does not drive on")) {
                throw new DomainRuleException("driverId", driver.familyName + driver.givenName + " " + why);
            }
        }
        Long before = duty.driverId;
        duty.driverId = request.driverId();
        duty.swapRequestedAt = null;
        duty.assignedAt = clock.instant();
        if (before != null && !before.equals(duty.driverId)) {
            tell(drivers.findById(before), new Text("您 " + duty.serviceDate + " 的" + duty.routeName + "已由协调员改派他人。",
                    "The coordinator gave your duty " + duty.routeName + " on " + duty.serviceDate + " to someone else."));
        }
        changed.fire(new PublishedPlanChanged(duty.schoolId));
        return view(duty);
    }

    /** The volunteer's own duties from today on. */
    public List<DutyView> mine() {
        Driver me = me();
        return duties.list("driverId = ?1 and serviceDate >= ?2 order by serviceDate, direction desc", me.id,
                today(me.villageId)).stream().map(this::view).toList();
    }

    /** The volunteer asks someone else to take their duty; the others who could take it are told. */
    @Transactional
    public DutyView askToSwap(long dutyId) {
        Driver me = me();
        RosterDuty duty = duties.findByIdOptional(dutyId).filter(d -> me.id.equals(d.driverId))
                .orElseThrow(() -> new NotFoundException("Roster duty", dutyId));
        refusePast(duty);
        if (duty.swapRequestedAt == null) {
            duty.swapRequestedAt = clock.instant();
            for (Driver other : drivers.list("villageId = ?1 and kind = ?2 and id <> ?3", me.villageId,
                    Driver.Kind.VOLUNTEER, me.id)) {
                if (volunteers.whyNot(other, duty) == null) {
                    tell(other, new Text(me.familyName + me.givenName + " 请人代班：" + duty.serviceDate + " " + duty.routeName
                            + "。可以的话请在应用中接班。", me.familyName + me.givenName + " asks someone to take "
                            + duty.routeName + " on " + duty.serviceDate + ". Take it in the app if you can."));
                }
            }
        }
        return view(duty);
    }

    /** Another volunteer takes a duty someone asked to swap, or one nobody had. */
    @Transactional
    public DutyView take(long dutyId) {
        Driver me = me();
        RosterDuty duty = duties.findByIdOptional(dutyId).filter(d -> d.villageId.equals(me.villageId))
                .orElseThrow(() -> new NotFoundException("Roster duty", dutyId));
        refusePast(duty);
        if (me.id.equals(duty.driverId)) {
            return view(duty);
        }
        if (duty.driverId != null && duty.swapRequestedAt == null) {
            throw new ConflictException("driverId", "the duty has a volunteer who has not asked to swap");
        }
        String why = volunteers.whyNot(me, duty);
        if (why != null) {
            throw new DomainRuleException("driverId", "you " + why.replaceFirst("^is ", "are ").replaceFirst("^does ", "do "));
        }
        Long before = duty.driverId;
        duty.driverId = me.id;
        duty.swapRequestedAt = null;
        duty.assignedAt = clock.instant();
        if (before != null) {
            tell(drivers.findById(before), new Text(me.familyName + me.givenName + " 接了您 " + duty.serviceDate + " 的"
                    + duty.routeName + "。", me.familyName + me.givenName + " takes your duty " + duty.routeName + " on "
                    + duty.serviceDate + "."));
        }
        changed.fire(new PublishedPlanChanged(duty.schoolId));
        return view(duty);
    }

    @Transactional
    public List<AvailabilitySlot> setAvailability(List<AvailabilitySlot> slots) {
        Driver me = me();
        me.availability.clear();
        for (AvailabilitySlot s : slots) {
            me.availability.add(Availability.of(s.dayOfWeek(), s.partOfDay()));
        }
        return availability(me);
    }

    public List<AvailabilitySlot> availability() {
        return availability(me());
    }

    private static List<AvailabilitySlot> availability(Driver d) {
        return d.availability.stream().map(a -> new AvailabilitySlot(a.dayOfWeek, a.partOfDay))
                .sorted(java.util.Comparator.comparing(AvailabilitySlot::dayOfWeek).thenComparing(AvailabilitySlot::partOfDay))
                .toList();
    }

    @Transactional
    public List<LocalDate> addAwayDay(LocalDate day) {
        Driver me = me();
        if (day.isBefore(today(me.villageId))) {
            throw new DomainRuleException("day", "is in the past");
        }
        if (away.findByIdOptional(new AwayDay.Key(me.id, day)).isEmpty()) {
            AwayDay a = new AwayDay();
            a.driverId = me.id;
            a.day = day;
            away.persist(a);
        }
        return awayDays(me);
    }

    @Transactional
    public List<LocalDate> removeAwayDay(LocalDate day) {
        Driver me = me();
        away.deleteById(new AwayDay.Key(me.id, day));
        return awayDays(me);
    }

    public List<LocalDate> awayDays() {
        return awayDays(me());
    }

    private List<LocalDate> awayDays(Driver me) {
        return away.list("driverId = ?1 and day >= ?2 order by day", me.id, today(me.villageId)).stream()
                .map(a -> a.day).toList();
    }

    private Driver me() {
        Long id = access.caller().driverId();
        if (id == null) {
            throw new NotFoundException("Driver", "of this login");
        }
        return drivers.findById(id);
    }

    private void tell(Driver driver, Text text) {
        outbox.queueToDriver(driver.id, driver.phone, driver.familyName + driver.givenName, "ROSTER", text);
    }

    private void refusePast(RosterDuty duty) {
        if (duty.serviceDate.isBefore(today(duty.villageId))) {
            throw new ConflictException("date", "the duty is in the past and is kept as the record");
        }
    }

    private static void span(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new DomainRuleException("to", "must not be before from");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new DomainRuleException("to", "the roster spans at most " + MAX_DAYS + " days at a time");
        }
    }

    private LocalDate today(long villageId) {
        // An administrator's scope covers every village id, existing or not.
        Village village = villages.findByIdOptional(villageId).orElseThrow(() -> new NotFoundException("Village", villageId));
        return LocalDate.now(clock.withZone(ZoneId.of(village.timeZone)));
    }

    private DutyView view(RosterDuty d) {
        Driver driver = d.driverId == null ? null : drivers.findById(d.driverId);
        return new DutyView(d.id, d.serviceDate, d.direction, d.schoolId, d.vehicleId, d.routeName, d.driverId,
                driver == null ? null : driver.familyName + driver.givenName, d.swapRequestedAt != null);
    }
}
