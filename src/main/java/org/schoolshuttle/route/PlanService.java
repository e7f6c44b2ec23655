package org.schoolshuttle.route;

import jakarta.enterprise.event.Event;
import org.schoolshuttle.notify.Text;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.schoolshuttle.account.AccessPolicy;
import org.schoolshuttle.account.AuditLog;
import org.schoolshuttle.common.ConflictException;
import org.schoolshuttle.common.DomainRuleException;
import org.schoolshuttle.common.InvalidInputException;
import org.schoolshuttle.common.NotFoundException;
import org.schoolshuttle.common.Page;
import org.schoolshuttle.common.PageRequest;
import org.schoolshuttle.family.Child;
import org.schoolshuttle.family.ChildRepository;
import org.schoolshuttle.fleet.Compliance;
import org.schoolshuttle.fleet.Driver;
import org.schoolshuttle.fleet.DriverRepository;
import org.schoolshuttle.fleet.PartOfDay;
import org.schoolshuttle.fleet.Fitness;
import org.schoolshuttle.fleet.Vehicle;
import org.schoolshuttle.fleet.VehicleRepository;
import org.schoolshuttle.notify.Outbox;
import org.schoolshuttle.school.School;
import org.schoolshuttle.school.SchoolRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Drafting, reading, comparing and publishing a school's plans, within the caller's villages. */
@ApplicationScoped
public class PlanService {

    static final String AUDIT_TYPE = "plan";
    /** Beyond its search time, how long a plan may take to place stops, measure roads and be saved. */
    private static final long ABANDONED_AFTER_SECONDS = 600;

    private final RoutePlanRepository plans;
    private final PublishedPlanRepository published;
    private final RouteRepository routes;
    private final BusStopRepository stops;
    private final AssignmentRepository assignments;
    private final SchoolRepository schools;
    private final VehicleRepository vehicles;
    private final DriverRepository drivers;
    private final ChildRepository children;
    private final Compliance compliance;
    private final SeatMatcher matcher;
    private final RouteCrew crew;
    private final SchoolDemandReader demand;
    private final RouteGeometry geometry;
    private final org.schoolshuttle.routing.RoutingService routing;
    private final Outbox outbox;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final RouteConfig config;
    private final Clock clock;

    private final Event<PublishedPlanChanged> changed;

    PlanService(RoutePlanRepository plans, PublishedPlanRepository published, RouteRepository routes,
                BusStopRepository stops, AssignmentRepository assignments, SchoolRepository schools,
                VehicleRepository vehicles, DriverRepository drivers, ChildRepository children, Compliance compliance,
                SeatMatcher matcher, RouteCrew crew,
                SchoolDemandReader demand, RouteGeometry geometry, org.schoolshuttle.routing.RoutingService routing,
                Outbox outbox, AccessPolicy access, AuditLog audit,
                RouteConfig config, Clock clock, Event<PublishedPlanChanged> changed) {
        this.changed = changed;
        this.plans = plans;
        this.published = published;
        this.routes = routes;
        this.stops = stops;
        this.assignments = assignments;
        this.schools = schools;
        this.vehicles = vehicles;
        this.drivers = drivers;
        this.children = children;
        this.compliance = compliance;
        this.matcher = matcher;
        this.crew = crew;
        this.demand = demand;
        this.geometry = geometry;
        this.routing = routing;
        this.outbox = outbox;
        this.access = access;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    /** Records a draft to compute; {@link DraftRunner#submit(long)} starts it once this has committed. */
    @Transactional
    public RoutePlanView start(long schoolId, PlanRequest request) {
        School school = visibleSchool(schoolId);
        PlanRequest given = request == null ? new PlanRequest(null, null) : request;
        int seconds = given.solverSeconds() == null ? config.solverSeconds() : given.solverSeconds();
        if (seconds < 1 || seconds > config.maxSolverSeconds()) {
            throw new InvalidInputException("solverSeconds", "must be between 1 and " + config.maxSolverSeconds());
        }
        List<School> covered = covered(school, given.sharedWith());
        for (School s : covered) {
            RoutePlan running = plans.find("?1 member of schoolIds and status = ?2", s.id, PlanStatus.RUNNING).firstResult();
            if (running != null && abandoned(running)) {
                running.status = PlanStatus.FAILED;
                running.stage = "failed";
                running.failure = "the service stopped while computing this plan; it was never finished";
                running.finishedAt = clock.instant();
                running = null;
            }
            if (running != null) {
                throw new ConflictException(s.id.equals(school.id) ? "schoolId" : "sharedWith", "plan " + running.id
                        + " of school " + label(s) + " is still being computed; wait for it to finish");
            }
        }
        List<Vehicle> fleet = given.vehicleIds() == null ? available(covered, List.of(school.villageId))
                : chosen(covered, given.vehicleIds());
        if (fleet.isEmpty()) {
            throw new DomainRuleException("vehicleIds", "the village has no vehicle fit to carry children today that"
                    + " another school's plan does not already use; register one under /api/v1/vehicles");
        }
        return RoutePlanView.summary(create(covered, fleet, seconds, access.caller().accountId()));
    }

    /** The school and those it is to share routes with: other schools of its village, each named once. */
    private List<School> covered(School school, List<Long> sharedWith) {
        List<School> covered = new ArrayList<>(List.of(school));
        if (sharedWith == null) {
            return covered;
        }
        Set<Long> seen = new HashSet<>(Set.of(school.id));
        for (int i = 0; i < sharedWith.size(); i++) {
            String field = "sharedWith[" + i + "]";
            Long id = sharedWith.get(i);
            if (id == null) {
                throw new InvalidInputException(field, "must be a school id");
            }
            if (id.equals(school.id)) {
                throw new InvalidInputException(field, "is the school being planned; name the other schools only");
            }
            if (!seen.add(id)) {
                throw new InvalidInputException(field, "school " + id + " is listed twice");
            }
            School other = schools.findById(id);
            if (other == null || !other.villageId.equals(school.villageId)) {
                throw new DomainRuleException(field, "there is no school " + id + " in this school's village");
            }
            covered.add(other);
        }
        return covered;
    }

    private RoutePlan create(List<School> covered, List<Vehicle> fleet, int seconds, Long createdBy) {
        School school = covered.get(0);
        RoutePlan plan = new RoutePlan();
        plan.schoolId = school.id;
        covered.forEach(s -> plan.schoolIds.add(s.id));
        plan.status = PlanStatus.RUNNING;
        plan.stage = "queued";
        plan.progress = 0;
        plan.solverSeconds = seconds;
        plan.vehicles(fleet.stream().map(v -> v.id).toList());
        plan.createdBy = createdBy;
        plan.createdAt = clock.instant();
        plans.persist(plan);
        Map<String, Object> fields = new LinkedHashMap<>(Map.of("schoolId", school.id, "vehicleIds", plan.vehicleIds,
                "solverSeconds", seconds));
        if (covered.size() > 1) {
            fields.put("sharedWith", covered.subList(1, covered.size()).stream().map(s -> s.id).toList());
        }
        audit.created(AUDIT_TYPE, plan.id, school.villageId, fields);
        return plan;
    }

    /**
     * The service's own draft, for a school set up without a coordinator at hand (the demo): every vehicle of the
     * given villages fit today and not on another school's published plan, recorded as made by the system.
     * Empty when there is none.
     */
    @Transactional
    public java.util.Optional<Long> startUnattended(long schoolId, java.util.Collection<Long> villageIds, int seconds) {
        School school = schools.findById(schoolId);
        List<Vehicle> fleet = available(List.of(school), villageIds);
        return fleet.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(create(List.of(school), fleet, seconds, null).id);
    }

    /** Publishes a computed draft on the service's own behalf (the demo). */
    @Transactional
    public void publishUnattended(long planId) {
        publish(plans.findById(planId), null);
    }

    public RoutePlanView get(long id) {
        return RoutePlanView.from(load(visible(id)), geometry);
    }

    public Page<RoutePlanView> list(long schoolId, PageRequest page) {
        School school = visibleSchool(schoolId);
        var query = plans.find("?1 member of schoolIds", Sort.descending("createdAt", "id"), school.id);
        List<RoutePlanView> items = query.page(page.panache()).list().stream().map(RoutePlanView::summary).toList();
        return new Page<>(items, page.page(), page.size(), query.count());
    }

    public ComparisonView compare(long id) {
        RoutePlan plan = visible(id);
        requireComputed(plan);
        LoadedPlan draft = load(plan);
        Map<Long, LoadedPlan> current = currentPlans(plan);
        List<ComparisonView.Change> changes = changes(current, draft, false);
        long families = changes.stream().map(ComparisonView.Change::guardianId).distinct().count();
        List<LoadedPlan> distinct = current.values().stream().distinct().toList();
        PlanMetrics published = distinct.stream().map(LoadedPlan::metrics).reduce(PlanMetrics::plus).orElse(null);
        return new ComparisonView(plan.id, distinct.isEmpty() ? null : distinct.get(0).plan.id,
                distinct.stream().map(p -> p.plan.id).toList(), draft.metrics(), published, (int) families, changes);
    }

    /** Per school of the plan, its published plan (if it has one and it is not this plan), each loaded once. */
    private Map<Long, LoadedPlan> currentPlans(RoutePlan plan) {
        Map<Long, LoadedPlan> byPlan = new java.util.HashMap<>();
        Map<Long, LoadedPlan> bySchool = new LinkedHashMap<>();
        for (Long schoolId : plan.schools()) {
            published.findByIdOptional(schoolId).filter(p -> !p.planId.equals(plan.id)).ifPresent(p ->
                    bySchool.put(schoolId, byPlan.computeIfAbsent(p.planId, pid -> load(plans.findById(pid)))));
        }
        return bySchool;
    }

    /**
     * Makes the draft the school's plan in one transaction: the old plan is superseded, children registered since
     * the draft was computed are matched into it, and every family whose stop or times change gets a message.
     */
    @Transactional
    public RoutePlanView publish(long id) {
        return publish(visible(id), access.caller().accountId());
    }

    private RoutePlanView publish(RoutePlan plan, Long publishedBy) {
        // Every school of the plan is locked, in one order, so publications and seat sales go one after another.
        Map<Long, School> covered = new LinkedHashMap<>();
        plan.schools().stream().sorted().forEach(id -> covered.put(id, schools.findById(id, LockModeType.PESSIMISTIC_WRITE)));
        School school = covered.get(plan.schoolId);
        plans.getEntityManager().refresh(plan);
        switch (plan.status) {
            case RUNNING -> throw new ConflictException("status", "the plan is still being computed");
            case FAILED -> throw new ConflictException("status", "the plan failed and cannot be published: " + plan.failure);
            case PUBLISHED -> throw new ConflictException("status", "the plan is already published");
            case SUPERSEDED -> throw new ConflictException("status", "the plan was replaced by a later one; draft a new plan");
            default -> { }
        }
        // What changed since the draft was computed: a vehicle no longer fit, or taken by another school meanwhile.
        LocalDate today = compliance.today(school.villageId);
        for (Long vehicleId : routes.list("planId", plan.id).stream().map(r -> r.vehicleId).distinct().toList()) {
            Vehicle v = vehicles.findById(vehicleId);
            Fitness fitness = v.fitness(today);
            if (!fitness.fit()) {
                throw new ConflictException("status", "vehicle " + v.plate + " may no longer carry children: "
                        + String.join("; ", fitness.reasons()) + "; draft a new plan");
            }
            List<Route> clash = clashes(List.copyOf(covered.values()), vehicleId);
            if (!clash.isEmpty()) {
                throw new ConflictException("status", "vehicle " + v.plate + " now drives " + clash.get(0).name
                        + " of school " + clash.get(0).schoolId + " at the same times; draft a new plan");
            }
        }
        // A shared plan being replaced must not leave one of its schools without a plan.
        Map<Long, RoutePlan> replaced = new LinkedHashMap<>();
        for (Long schoolId : covered.keySet()) {
            published.findByIdOptional(schoolId).ifPresent(p -> replaced.put(p.planId, plans.findById(p.planId)));
        }
        for (RoutePlan old : replaced.values()) {
            for (Long other : old.schools()) {
                if (!covered.containsKey(other)) {
                    throw new ConflictException("sharedWith", "the published plan " + old.id + " shares routes with school "
                            + label(schools.findById(other)) + ", which this plan leaves out; draft a plan with it too");
                }
            }
        }
        // Children withdrawn since the draft was computed leave it; those registered since are matched into it.
        assignments.delete("planId = ?1 and childId in (select c.id from Child c where c.status <> ?2 or c.schoolId not in ?3)",
                plan.id, org.schoolshuttle.family.ChildStatus.ACTIVE, covered.keySet());
        Map<Long, LoadedPlan> before = currentPlans(plan);
        for (RoutePlan old : replaced.values()) {
            old.status = PlanStatus.SUPERSEDED;
            audit.updated(AUDIT_TYPE, old.id, school.villageId, Map.of("status", PlanStatus.PUBLISHED),
                    Map.of("status", PlanStatus.SUPERSEDED));
        }
        for (Long schoolId : covered.keySet()) {
            PublishedPlan current = published.findById(schoolId);
            if (current == null) {
                current = new PublishedPlan();
                current.schoolId = schoolId;
                current.planId = plan.id;
                published.persist(current);
            } else {
                current.planId = plan.id;
            }
        }
        plan.status = PlanStatus.PUBLISHED;
        plan.publishedAt = clock.instant();
        plan.publishedBy = publishedBy;
        dropOutdatedSeats(plan, covered);
        published.flush();
        Set<Long> placed = new HashSet<>(assignments.getEntityManager()
                .createQuery("select a.childId from Assignment a where a.planId = :plan", Long.class)
                .setParameter("plan", plan.id).getResultList());
        for (School s : covered.values()) {
            for (Child child : demand.riders(s.id)) {
                if (!placed.contains(child.id)) {
                    // The families on the route hear of new times once, from the publication below.
                    matcher.matchInPlan(child, s, plan.id, false);
                }
            }
        }
        assignments.flush();
        LoadedPlan after = load(plan);
        for (ComparisonView.Change change : changes(before, after, true)) {
            outbox.queue(change.guardianId(), change.childId(), Outbox.PLAN_CHANGED, message(change));
        }
        audit.updated(AUDIT_TYPE, plan.id, school.villageId, Map.of("status", PlanStatus.DRAFT),
                Map.of("status", PlanStatus.PUBLISHED));
        covered.keySet().forEach(id -> changed.fire(new PublishedPlanChanged(id)));
        return RoutePlanView.from(after, geometry);
    }

    /** A plan still RUNNING long after its search should have ended: its service instance stopped. */
    private boolean abandoned(RoutePlan plan) {
        return plan.createdAt.plusSeconds(plan.solverSeconds + ABANDONED_AFTER_SECONDS).isBefore(clock.instant());
    }

    /**
     * Discards a draft or a failed plan. The published plan and superseded ones are the record of what families were
     * told and stay; a plan still being computed is left to finish first.
     */
    @Transactional
    public void discard(long id) {
        RoutePlan plan = visible(id);
        switch (plan.status) {
            case RUNNING -> {
                if (!abandoned(plan)) {
                    throw new ConflictException("status", "the plan is still being computed; discard it when it is done");
                }
            }
            case PUBLISHED -> throw new ConflictException("status", "the published plan cannot be discarded; publish another one");
            case SUPERSEDED -> throw new ConflictException("status", "a superseded plan is kept as the record of what families were told");
            default -> { }
        }
        School school = schools.findById(plan.schoolId);
        assignments.delete("planId", plan.id);
        routes.list("planId", plan.id).forEach(routes::delete);
        plans.delete(plan);
        audit.deleted(AUDIT_TYPE, id, school.villageId);
    }

    /**
     * Seats of the draft that no longer hold because the family changed something since it was computed: a home now
     * beyond the walking limit of the stop (moved house, or a grade that walks less), or more wheelchair users or
     * booster-seat children on a vehicle than it has places. Those children are matched again on publication.
     */
    private void dropOutdatedSeats(RoutePlan plan, Map<Long, School> covered) {
        List<Assignment> seats = assignments.list("planId = ?1 and direction = ?2 and routeId is not null", plan.id,
                Direction.TO_SCHOOL);
        if (seats.isEmpty()) {
            return;
        }
        Map<Long, Child> kids = new java.util.HashMap<>();
        children.list("id in ?1", seats.stream().map(a -> a.childId).toList()).forEach(c -> kids.put(c.id, c));
        List<Long> stopIds = seats.stream().map(a -> a.stopId).distinct().toList();
        Map<Long, BusStop> stopById = new java.util.HashMap<>();
        stops.list("id in ?1", stopIds).forEach(b -> stopById.put(b.id, b));
        List<org.schoolshuttle.common.GeoPoint> homes = seats.stream()
                .map(a -> new org.schoolshuttle.common.GeoPoint(kids.get(a.childId).homeLat, kids.get(a.childId).homeLon))
                .toList();
        List<org.schoolshuttle.common.GeoPoint> points = stopIds.stream().map(id -> stopById.get(id).point()).toList();
        org.schoolshuttle.planning.WalkDistances walk = routing.streetMap().walking(homes, points);
        Map<Long, Route> routeById = new java.util.HashMap<>();
        routes.list("planId", plan.id).forEach(r -> routeById.put(r.id, r));
        Map<Long, int[]> special = new java.util.HashMap<>();
        Set<Long> outdated = new HashSet<>();
        for (int i = 0; i < seats.size(); i++) {
            Assignment a = seats.get(i);
            Child c = kids.get(a.childId);
            if (walk.metres(i, stopIds.indexOf(a.stopId)) > covered.get(c.schoolId).walkLimitFor(c.grade) + 1) {
                outdated.add(c.id);
                continue;
            }
            Route r = routeById.get(a.routeId);
            int[] taken = special.computeIfAbsent(r.id, k -> new int[2]);
            int wheelchair = c.needsWheelchair ? 1 : 0;
            int booster = c.needsBooster ? 1 : 0;
            if (taken[0] + wheelchair > r.wheelchairPlaces || taken[1] + booster > r.boosterSeats) {
                outdated.add(c.id);
            } else {
                taken[0] += wheelchair;
                taken[1] += booster;
            }
        }
        if (!outdated.isEmpty()) {
            assignments.delete("planId = ?1 and childId in ?2", plan.id, outdated);
        }
    }

    /** A route of any plan of the caller's villages, with its stops, times and road. */
    public RouteDetailView route(long routeId) {
        Route route = routes.findById(routeId);
        if (route == null) {
            throw new NotFoundException("Route", routeId);
        }
        access.requireVillage(schools.findById(route.schoolId).villageId, "Route", routeId);
        LoadedPlan loaded = load(plans.findById(route.planId));
        return RouteDetailView.from(route, loaded.stops, loaded.childrenAt(), geometry);
    }

    /** The coordinator names the driver, escort, funding and sponsors of a route (both directions keep their own). */
    @Transactional
    public RouteDetailView updateRoute(long routeId, RouteRequest request) {
        Route route = routes.findById(routeId);
        if (route == null) {
            throw new NotFoundException("Route", routeId);
        }
        School school = schools.findById(route.schoolId);
        access.requireVillage(school.villageId, "Route", routeId);
        crew.check(school.villageId, request);
        Map<String, Object> before = snapshot(route);
        route.driverId = request.driverId();
        route.escortId = request.escortId();
        route.fundingModel = request.fundingModel();
        route.sponsorIds.clear();
        if (request.sponsorIds() != null) {
            route.sponsorIds.addAll(request.sponsorIds());
        }
        audit.updated("route", route.id, school.villageId, before, snapshot(route));
        for (Long schoolId : plans.findById(route.planId).schools()) {
            if (published.findByIdOptional(schoolId).filter(p -> p.planId.equals(route.planId)).isPresent()) {
                changed.fire(new PublishedPlanChanged(schoolId));
            }
        }
        LoadedPlan loaded = load(plans.findById(route.planId));
        return RouteDetailView.from(route, loaded.stops, loaded.childrenAt(), geometry);
    }

    private static Map<String, Object> snapshot(Route r) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("driverId", r.driverId);
        s.put("escortId", r.escortId);
        s.put("fundingModel", r.fundingModel);
        s.put("sponsorIds", new java.util.TreeSet<>(r.sponsorIds));
        return s;
    }

    /**
     * Every child whose stop or times differ from their school's published plan in {@code before}; with
     * {@code firstTime}, also every child whose school had no plan yet (they hear of their seat for the first time).
     */
    private List<ComparisonView.Change> changes(Map<Long, LoadedPlan> before, LoadedPlan after, boolean firstTime) {
        List<ComparisonView.Change> changes = new ArrayList<>();
        if (after.morning.isEmpty()) {
            return changes;
        }
        Map<Long, Long> schoolOf = new java.util.HashMap<>();
        for (Object[] row : children.getEntityManager().createQuery(
                "select c.id, c.schoolId from Child c where c.id in :ids", Object[].class)
                .setParameter("ids", after.morning.keySet()).getResultList()) {
            schoolOf.put((Long) row[0], (Long) row[1]);
        }
        for (Long childId : after.morning.keySet()) {
            LoadedPlan then = before.get(schoolOf.get(childId));
            if (then == null && !firstTime) {
                continue;
            }
            LoadedPlan.Situation was = then == null ? null : then.situation(childId);
            LoadedPlan.Situation now = after.situation(childId);
            if (now.differsFrom(was)) {
                changes.add(change(childId, was, now));
            }
        }
        return changes;
    }

    private ComparisonView.Change change(long childId, LoadedPlan.Situation then, LoadedPlan.Situation now) {
        return new ComparisonView.Change(childId, children.findById(childId).guardianId,
                ComparisonView.Place.of(then), ComparisonView.Place.of(now));
    }

    private Text message(ComparisonView.Change change) {
        Child child = children.findById(change.childId());
        String name = child.givenName == null ? "Your child" : child.givenName;
        String zh = child.givenName == null ? "您的孩子" : child.givenName;
        ComparisonView.Place p = change.after();
        if (p.waitlistReason() != null) {
            return new Text(zh + "正在校车候补名单上（" + p.waitlistReason()
                    + "）。有座位时村协调员会联系您。", name + " is on the school shuttle waitlist (" + p.waitlistReason()
                    + "). The village coordinator will contact you when a seat is found.");
        }
        return new Text(zh + "的校车：站点 " + p.stopName() + "，早上 " + p.pickup() + " 上车，下午 "
                + p.dropOff() + " 下车。", name + "'s school shuttle: stop " + p.stopName() + ", pickup at " + p.pickup()
                + " in the morning, drop-off at " + p.dropOff() + " in the afternoon.");
    }

    private LoadedPlan load(RoutePlan plan) {
        return new LoadedPlan(plan, routes, stops, assignments, demand.dwell());
    }

    private static void requireComputed(RoutePlan plan) {
        if (plan.status == PlanStatus.RUNNING) {
            throw new ConflictException("status", "the plan is still being computed");
        }
        if (plan.status == PlanStatus.FAILED) {
            throw new ConflictException("status", "the plan failed: " + plan.failure);
        }
    }

    /** The villages' vehicles fit today and not on another school's published plan at these schools' times. */
    private List<Vehicle> available(List<School> covered, java.util.Collection<Long> villageIds) {
        LocalDate today = compliance.today(covered.get(0).villageId);
        Set<Long> busy = new HashSet<>();
        for (Route r : elsewhere(covered)) {
            if (covered.stream().anyMatch(s -> overlaps(r, s))) {
                busy.add(r.vehicleId);
            }
        }
        return vehicles.list("villageId in ?1 order by id", villageIds).stream()
                .filter(v -> !busy.contains(v.id) && v.fitness(today).fit() && drivesSchoolMornings(v)).toList();
    }

    /** Routes of the published plans of other schools: not the plans these schools have now, which a new one replaces. */
    private List<Route> elsewhere(List<School> covered) {
        List<Long> ids = covered.stream().map(s -> s.id).toList();
        return routes.getEntityManager().createQuery("select r from Route r where r.planId in"
                + " (select p.planId from PublishedPlan p where p.schoolId not in :schools) and r.planId not in"
                + " (select q.planId from PublishedPlan q where q.schoolId in :schools)", Route.class)
                .setParameter("schools", ids).getResultList();
    }

    /** The other schools' published routes that need this vehicle at these schools' times. */
    private List<Route> clashes(List<School> covered, long vehicleId) {
        return elsewhere(covered).stream()
                .filter(r -> r.vehicleId == vehicleId && covered.stream().anyMatch(s -> overlaps(r, s))).toList();
    }

    /**
     * Whether another school's route keeps its vehicle from this school's runs: a vehicle may serve two schools
     * when their bell times leave it time to drive from one to the other ({@code changeover-minutes}).
     */
    private boolean overlaps(Route other, School school) {
        int changeover = config.changeoverMinutes() * 60;
        int otherStart;
        int otherEnd;
        if (other.stops.isEmpty()) {
            return false;
        }
        if (other.direction == Direction.TO_SCHOOL) {
            otherStart = other.stops.get(0).plannedTime;
            otherEnd = other.schoolTime;
        } else {
            otherStart = other.schoolTime;
            otherEnd = other.stops.get(other.stops.size() - 1).plannedTime;
        }
        // This school's runs could take up to the ride limit, plus the stop times, on either side of school.
        int longest = config.rideLimitMinutes() * 60 + 600;
        int arrival = demand.arriveLatest(school);
        int leave = demand.leave(school);
        return (otherStart < arrival + changeover && otherEnd + changeover > arrival - longest)
                || (otherStart < leave + longest + changeover && otherEnd + changeover > leave);
    }

    /**
     * A volunteer's own car goes where its owner goes: not when they said they never drive on a school morning.
     * An owner who has said nothing is counted on; the daily roster (operations) checks each day.
     */
    private boolean drivesSchoolMornings(Vehicle v) {
        if (v.ownerDriverId == null) {
            return true;
        }
        Driver owner = drivers.findById(v.ownerDriverId);
        return owner.availability.isEmpty() || owner.availability.stream().anyMatch(a -> a.partOfDay == PartOfDay.MORNING
                && a.dayOfWeek.getValue() <= java.time.DayOfWeek.FRIDAY.getValue());
    }

    private List<Vehicle> chosen(List<School> covered, List<Long> ids) {
        School school = covered.get(0);
        LocalDate today = compliance.today(school.villageId);
        List<Vehicle> chosen = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String field = "vehicleIds[" + i + "]";
            Long id = ids.get(i);
            if (id == null) {
                throw new InvalidInputException(field, "must be a vehicle id");
            }
            if (!seen.add(id)) {
                throw new InvalidInputException(field, "vehicle " + id + " is listed twice");
            }
            Vehicle v = vehicles.findById(id);
            if (v == null || !v.villageId.equals(school.villageId)) {
                throw new DomainRuleException(field, "there is no vehicle " + id + " in the school's village");
            }
            Fitness fitness = v.fitness(today);
            if (!fitness.fit()) {
                throw new DomainRuleException(field, "vehicle " + v.plate + " may not carry children today: "
                        + String.join("; ", fitness.reasons()));
            }
            List<Route> clash = clashes(covered, v.id);
            if (!clash.isEmpty()) {
                throw new DomainRuleException(field, "vehicle " + v.plate + " drives " + clash.get(0).name
                        + " of school " + clash.get(0).schoolId + " at this school's times");
            }
            chosen.add(v);
        }
        return chosen;
    }

    private RoutePlan visible(long id) {
        RoutePlan plan = plans.findById(id);
        if (plan == null || !access.coversVillage(schools.findById(plan.schoolId).villageId)) {
            throw new NotFoundException("Plan", id);
        }
        return plan;
    }

    /** A school as a coordinator knows it: its Chinese name, and the English one where given. */
    private static String label(School s) {
        return s.nameEn == null || s.nameEn.isBlank() ? s.nameZh : s.nameZh + " (" + s.nameEn + ")";
    }

    private School visibleSchool(long id) {
        School school = schools.findById(id);
        if (school == null || !access.coversVillage(school.villageId)) {
            throw new NotFoundException("School", id);
        }
        return school;
    }
}
