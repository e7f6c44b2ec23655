package org.schoolshuttle.run;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.schoolshuttle.account.AccessPolicy;
import org.schoolshuttle.account.Caller;
import org.schoolshuttle.account.Role;
import org.schoolshuttle.common.ConflictException;
import org.schoolshuttle.common.DomainRuleException;
import org.schoolshuttle.common.FieldError;
import org.schoolshuttle.common.NotFoundException;
import org.schoolshuttle.family.AuthorisedAdult;
import org.schoolshuttle.family.Child;
import org.schoolshuttle.family.ChildRepository;
import org.schoolshuttle.family.Guardian;
import org.schoolshuttle.family.GuardianRepository;
import org.schoolshuttle.notify.Outbox;
import org.schoolshuttle.route.BusStopRepository;
import org.schoolshuttle.route.Direction;
import org.schoolshuttle.village.VillageRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.HashSet;
import java.util.stream.Collectors;

/**
 * The driver's run from start to complete: every child checked on and off. Each request is all or nothing, and
 * the run's row is locked while it is applied, so two phones (or a replay racing a tap) never board a child twice
 * or board more children than the vehicle has seats.
 */
@ApplicationScoped
public class RunExecution {

    private final DailyRunRepository runs;
    private final RunChildRepository riders;
    private final RunEventRepository events;
    private final ChildRepository children;
    private final GuardianRepository guardians;
    private final BusStopRepository stops;
    private final VillageRepository villages;
    private final Outbox outbox;
    private final RunService service;
    private final AccessPolicy access;
    private final Clock clock;
    private final Event<RunCompleted> completed;

    RunExecution(DailyRunRepository runs, RunChildRepository riders, RunEventRepository events,
                 ChildRepository children, GuardianRepository guardians, BusStopRepository stops,
                 VillageRepository villages, Outbox outbox, RunService service, AccessPolicy access, Clock clock,
                 Event<RunCompleted> completed) {
        this.completed = completed;
        this.runs = runs;
        this.riders = riders;
        this.events = events;
        this.children = children;
        this.guardians = guardians;
        this.stops = stops;
        this.villages = villages;
        this.outbox = outbox;
        this.service = service;
        this.access = access;
        this.clock = clock;
    }

    /** Only the run's own driver drives it. */
    private DailyRun ownRun(long id) {
        Caller caller = access.caller();
        DailyRun run = runs.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (run == null || !caller.is(Role.DRIVER) || !Objects.equals(caller.driverId(), run.driverId)) {
            throw new NotFoundException("Run", id);
        }
        return run;
    }

    @Transactional
    public RunView checkInEscort(long id, StartRequest request) {
        DailyRun run = ownRun(id);
        if (run.escortId == null) {
            throw new ConflictException("escort", "this route has no escort to check in");
        }
        refuseUnlessOpen(run);
        if (run.escortCheckedInAt == null) {
            run.escortCheckedInAt = deviceTime(request == null ? null : request.at(), run, "at");
        }
        return service.views(List.of(run)).get(0);
    }

    @Transactional
    public RunView start(long id, StartRequest request) {
        DailyRun run = ownRun(id);
        if (run.status == RunStatus.IN_PROGRESS) {
            return service.views(List.of(run)).get(0);
        }
        if (run.status == RunStatus.BLOCKED) {
            throw new ConflictException("status", "the run is blocked and may not start: " + String.join("; ", run.reasons()));
        }
        refuseUnlessOpen(run);
        LocalDate today = service.today(run.villageId);
        if (!run.serviceDate.equals(today)) {
            throw new ConflictException("date", "the run is on " + run.serviceDate + ", not today (" + today + ")");
        }
        if (run.escortId != null && run.escortCheckedInAt == null) {
            throw new ConflictException("escort", "this route requires its escort on board: check the escort in first");
        }
        run.status = RunStatus.IN_PROGRESS;
        run.startedAt = deviceTime(request == null ? null : request.at(), run, "at");
        return service.views(List.of(run)).get(0);
    }

    private static void refuseUnlessOpen(DailyRun run) {
        if (run.status == RunStatus.COMPLETED || run.status == RunStatus.CANCELLED) {
            throw new ConflictException("status", "the run is " + run.status.name().toLowerCase(Locale.ROOT));
        }
    }

    /** A phone's clock is trusted to order events, but not when it is a day away from the run. */
    private Instant deviceTime(Instant at, DailyRun run, String field) {
        if (at == null) {
            return clock.instant();
        }
        String problem = clockProblem(at, run);
        if (problem != null) {
            throw new DomainRuleException(field, problem);
        }
        return at;
    }

    private String clockProblem(Instant at, DailyRun run) {
        if (at.isAfter(clock.instant().plus(Duration.ofMinutes(10)))) {
            return "is in the future; check the phone's clock";
        }
        if (Duration.between(run.firstStopAt, at).abs().compareTo(Duration.ofHours(18)) > 0) {
            return "is not on the day of the run; check the phone's clock";
        }
        return null;
    }

    @Transactional
    public EventOutcome record(long id, EventBatch batch) {
        DailyRun run = ownRun(id);
        Map<Long, RunChild> onRun = riders.list("runId", run.id).stream().collect(Collectors.toMap(r -> r.childId, r -> r));
        List<FieldError> refused = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < batch.events().size(); i++) {
            order.add(i);
        }
        // Applied in the order they happened on the phone, whatever order the queue sent them in.
        order.sort(Comparator.comparing(i -> batch.events().get(i).at()));
        int boarded = (int) onRun.values().stream().filter(r -> r.state == RiderState.ON_BOARD).count();
        int recorded = 0;
        int replayed = 0;
        List<RunEvent> accepted = new ArrayList<>();
        Map<UUID, Integer> seenInBatch = new HashMap<>();
        Set<UUID> news = new HashSet<>();
        for (int i : order) {
            EventRequest e = batch.events().get(i);
            String at = "events[" + i + "]";
            Integer twin = seenInBatch.put(e.id(), i);
            RunEvent earlier = events.findById(e.id());
            if (earlier != null || twin != null) {
                if (earlier != null && !sameEvent(earlier, run.id, e) || twin != null && !e.equals(batch.events().get(twin))) {
                    refused.add(new FieldError(at + ".id", "was already used for a different event"));
                } else {
                    replayed++;
                }
                continue;
            }
            if (run.status != RunStatus.IN_PROGRESS) {
                refused.add(new FieldError(at, run.status == RunStatus.COMPLETED
                        ? "the run is completed; nothing more can be recorded" : "the run has not been started"));
                continue;
            }
            String clockProblem = clockProblem(e.at(), run);
            if (clockProblem != null) {
                refused.add(new FieldError(at + ".at", clockProblem));
                continue;
            }
            RunChild rider = onRun.get(e.childId());
            if (rider == null) {
                refused.add(new FieldError(at + ".childId", "is not on this run"));
                continue;
            }
            RiderState was = rider.state;
            String problem = apply(run, rider, e, boarded);
            if (problem != null) {
                refused.add(new FieldError(problem.startsWith("adultName") ? at + ".adultName" : at + ".type",
                        problem.replaceFirst("^adultName: ", "")));
                continue;
            }
            boarded = (int) onRun.values().stream().filter(r -> r.state == RiderState.ON_BOARD).count();
            accepted.add(event(run, e));
            if (rider.state != was) {
                // A second tap on the same child is kept as a record but tells the family nothing new.
                news.add(e.id());
            }
            recorded++;
        }
        if (!refused.isEmpty()) {
            // All or nothing: the transaction rolls back every change this batch made to the children.
            throw RunRefusal.eventsRefused(refused);
        }
        Instant now = clock.instant();
        ZoneId zone = ZoneId.of(villages.findById(run.villageId).timeZone);
        Map<Long, String> stopNames = new HashMap<>();
        for (RunEvent e : accepted) {
            e.receivedAt = now;
            e.accountId = access.caller().accountId();
            events.persist(e);
            if (news.contains(e.id)) {
                tellFamily(run, onRun.get(e.childId), e, zone, stopNames);
            }
        }
        return new EventOutcome(recorded, replayed, run.status, RunView.Count.of(List.copyOf(onRun.values())));
    }

    private static boolean sameEvent(RunEvent earlier, long runId, EventRequest e) {
        return earlier.runId == runId && earlier.type == e.type() && Objects.equals(earlier.childId, e.childId())
                && earlier.deviceTime.equals(millis(e.at())) && Objects.equals(earlier.adultName, blankToNull(e.adultName()));
    }

    private static RunEvent event(DailyRun run, EventRequest e) {
        RunEvent event = new RunEvent();
        event.id = e.id();
        event.runId = run.id;
        event.childId = e.childId();
        event.type = e.type();
        event.adultName = blankToNull(e.adultName());
        event.note = blankToNull(e.note());
        event.deviceTime = millis(e.at());
        return event;
    }

    /** Phones send nanoseconds; databases keep micro- or milliseconds. A replay must compare equal. */
    private static Instant millis(Instant at) {
        return at.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Moves the child to the event's state; returns why it may not, or null. */
    private String apply(DailyRun run, RunChild rider, EventRequest e, int boarded) {
        RiderState from = rider.state;
        switch (e.type()) {
            case CHECKED_ON -> {
                if (from == RiderState.ON_BOARD) {
                    return null;
                }
                if (from != RiderState.EXPECTED && from != RiderState.NO_SHOW) {
                    return "the child has already left the vehicle (" + from + ")";
                }
                if (boarded >= run.seats) {
                    return "the vehicle's " + run.seats + " seats are all taken";
                }
                move(rider, RiderState.ON_BOARD, millis(e.at()), null);
            }
            case NO_SHOW -> {
                if (from == RiderState.NO_SHOW) {
                    return null;
                }
                if (from != RiderState.EXPECTED) {
                    return "only a child still expected can be marked not there (the child is " + from + ")";
                }
                move(rider, RiderState.NO_SHOW, millis(e.at()), null);
            }
            case CHECKED_OFF -> {
                if (from == RiderState.OFF) {
                    return null;
                }
                if (from != RiderState.ON_BOARD) {
                    return "the child is not on board (" + from + ")";
                }
                Child child = children.findById(rider.childId);
                if (child.handoverRequired && run.direction == Direction.FROM_SCHOOL) {
                    return "this child must be handed to their guardian or an authorised adult: record HANDED_OVER";
                }
                move(rider, RiderState.OFF, millis(e.at()), null);
            }
            case HANDED_OVER -> {
                if (from == RiderState.HANDED_OVER) {
                    return null;
                }
                if (from != RiderState.ON_BOARD) {
                    return "the child is not on board (" + from + ")";
                }
                String adult = blankToNull(e.adultName());
                if (adult == null) {
                    return "adultName: is required: whom the child was handed to";
                }
                Child child = children.findById(rider.childId);
                if (!authorised(child, adult)) {
                    return "adultName: is neither the guardian nor an authorised adult of this child";
                }
                move(rider, RiderState.HANDED_OVER, millis(e.at()), adult);
            }
        }
        return null;
    }

    private boolean authorised(Child child, String adult) {
        String wanted = normalised(adult);
        Guardian guardian = guardians.findById(child.guardianId);
        if (guardian != null && (wanted.equals(normalised(RunService.fullName(guardian.familyName, guardian.givenName)))
                || wanted.equals(normalised(guardian.givenName + " " + guardian.familyName)))) {
            return true;
        }
        for (AuthorisedAdult a : child.authorisedAdults) {
            if (wanted.equals(normalised(a.name))) {
                return true;
            }
        }
        return false;
    }

    private static String normalised(String name) {
        return name == null ? "" : name.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    private static void move(RunChild rider, RiderState to, Instant at, String handedTo) {
        rider.state = to;
        rider.stateAt = at;
        rider.handedTo = handedTo;
    }

    private void tellFamily(DailyRun run, RunChild rider, RunEvent e, ZoneId zone, Map<Long, String> stopNames) {
        Child child = children.findById(e.childId);
        String stop = stopNames.computeIfAbsent(rider.stopId, id -> stops.findById(id).name);
        outbox.queue(child.guardianId, child.id, RideNotice.topic(e.type),
                RideNotice.text(e.type, run.direction, child.givenName, stop, e.adultName, e.deviceTime, zone));
    }

    @Transactional
    public RunView complete(long id, CompleteRequest request) {
        DailyRun run = ownRun(id);
        if (run.status == RunStatus.COMPLETED) {
            return service.views(List.of(run)).get(0);
        }
        if (run.status != RunStatus.IN_PROGRESS) {
            throw new ConflictException("status", "the run has not been started");
        }
        Instant at = deviceTime(request == null ? null : request.at(), run, "at");
        Map<Long, RunChild> onRun = riders.list("runId", run.id).stream().collect(Collectors.toMap(r -> r.childId, r -> r));
        List<FieldError> problems = new ArrayList<>();
        List<CompleteRequest.ChildException> exceptions = request == null || request.exceptions() == null
                ? List.of() : request.exceptions();
        for (int i = 0; i < exceptions.size(); i++) {
            CompleteRequest.ChildException x = exceptions.get(i);
            RunChild rider = onRun.get(x.childId());
            if (rider == null) {
                problems.add(new FieldError("exceptions[" + i + "].childId", "is not on this run"));
            } else if (!rider.state.settled()) {
                rider.state = RiderState.EXCEPTION;
                rider.stateAt = at;
                rider.note = x.note().trim();
            }
        }
        for (RunChild rider : onRun.values()) {
            if (!rider.state.settled()) {
                Child child = children.findById(rider.childId);
                problems.add(new FieldError("children[" + rider.childId + "]", child.givenName + " is "
                        + (rider.state == RiderState.ON_BOARD ? "still on board" : "not accounted for (never checked on or marked not there)")));
            }
        }
        if (!problems.isEmpty()) {
            throw RunRefusal.notSettled(problems);
        }
        run.status = RunStatus.COMPLETED;
        run.completedAt = at;
        completed.fire(RunCompleted.of(run));
        return service.views(List.of(run)).get(0);
    }
}
