package org.schoolshuttle.family;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.schoolshuttle.account.AccessPolicy;
import org.schoolshuttle.account.AuditLog;
import org.schoolshuttle.account.Caller;
import org.schoolshuttle.account.Role;
import org.schoolshuttle.account.ScopedQuery;
import org.schoolshuttle.common.ConflictException;
import org.schoolshuttle.common.DomainRuleException;
import org.schoolshuttle.common.FieldError;
import org.schoolshuttle.common.InvalidInputException;
import org.schoolshuttle.common.NotFoundException;
import org.schoolshuttle.common.Page;
import org.schoolshuttle.common.PageRequest;
import org.schoolshuttle.common.PhoneNumber;
import org.schoolshuttle.common.ProblemException;
import org.schoolshuttle.school.School;
import org.schoolshuttle.school.SchoolRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/** Registering, correcting, listing and withdrawing children, each within what the caller may see. */
@ApplicationScoped
public class ChildService {

    static final String AUDIT_TYPE = "child";
    private static final int OLDEST_PUPIL_YEARS = 25;

    private final ChildRepository children;
    private final SchoolRepository schools;
    private final HomeLocator homes;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final FamilyConfig config;
    private final Clock clock;
    private final Event<ChildPlacementChanged> placementChanged;

    ChildService(ChildRepository children, SchoolRepository schools, HomeLocator homes, AccessPolicy access,
                 AuditLog audit, FamilyConfig config, Clock clock, Event<ChildPlacementChanged> placementChanged) {
        this.children = children;
        this.schools = schools;
        this.homes = homes;
        this.access = access;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
        this.placementChanged = placementChanged;
    }

    /** A parent registers a child of their own family. */
    @Transactional
    public ChildView register(ChildRequest request) {
        Caller caller = access.caller();
        School school = schoolFor(request);
        if (children.exists(caller.guardianId(), request.givenName().trim(), request.familyName().trim(), request.birthDate())) {
            throw new ConflictException("givenName", "this family has already registered a child with this name and birth date");
        }
        return ChildView.from(enrol(caller.guardianId(), request, school, null));
    }

    /**
     * The village coordinator registers a child for a family (the bulk import), with the home already located. Like a
     * family's own registration, the child is matched on the school's published plan once the transaction commits.
     *
     * @throws ConflictException when the family already has a child with this name and birth date
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ChildView registerFor(long guardianId, ChildRequest request, HomeLocator.Home home) {
        School school = schoolFor(request);
        if (children.exists(guardianId, request.givenName().trim(), request.familyName().trim(), request.birthDate())) {
            throw new ConflictException("givenName", "this family has already registered a child with this name and birth date");
        }
        return ChildView.from(enrol(guardianId, request, school, home));
    }

    /**
     * Every rule of the school and the family's details a registration would refuse, all of them rather than the first:
     * the bulk import reports every row's problems at once. The request's own constraints and the home are checked
     * elsewhere (Bean Validation, {@link HomeLocator}).
     */
    public List<FieldError> problems(ChildRequest request, School school) {
        List<FieldError> found = new ArrayList<>();
        if (request.grade() != null) {
            collect(found, () -> requireTaught(school, request.grade()));
        }
        if (request.birthDate() != null) {
            collect(found, () -> requirePupilAge(request.birthDate()));
        }
        collect(found, () -> adults(request.authorisedAdults()));
        return found;
    }

    private static void collect(List<FieldError> found, Runnable check) {
        try {
            check.run();
        } catch (ProblemException e) {
            found.addAll(e.toProblem().errors());
        }
    }

    /** A new child of the family; with {@code home} null, the home is located from the request. */
    private Child enrol(long guardianId, ChildRequest request, School school, HomeLocator.Home home) {
        Child child = new Child();
        child.guardianId = guardianId;
        child.status = ChildStatus.ACTIVE;
        child.createdAt = clock.instant();
        apply(child, request, school, home != null ? () -> home : () -> homes.locate(request.homePin(), request.homeAddress()));
        children.persist(child);
        audit.created(AUDIT_TYPE, child.id, school.villageId, child.snapshot());
        placementChanged.fire(new ChildPlacementChanged(child.id));
        return child;
    }

    @Transactional
    public ChildView update(long id, ChildRequest request) {
        Child child = visible(id);
        if (child.status != ChildStatus.ACTIVE) {
            throw new ConflictException("status", "a withdrawn child cannot be changed");
        }
        School school = schoolFor(request);
        boolean identityChanged = !request.givenName().trim().equals(child.givenName)
                || !request.familyName().trim().equals(child.familyName) || !request.birthDate().equals(child.birthDate);
        if (identityChanged && children.exists(child.guardianId, request.givenName().trim(), request.familyName().trim(), request.birthDate())) {
            throw new ConflictException("givenName", "this family has already registered a child with this name and birth date");
        }
        boolean homeChanged = !Objects.equals(request.homeAddress(), child.homeAddress)
                || (request.homePin() != null && (!Objects.equals(request.homePin().lat(), child.pinLat)
                || !Objects.equals(request.homePin().lon(), child.pinLon)));
        Map<String, Object> before = child.snapshot();
        // A new grade matters to the seat only where it changes how far the child may walk.
        boolean seatAffected = homeChanged || !school.id.equals(child.schoolId)
                || school.walkLimitFor(request.grade()) != school.walkLimitFor(child.grade)
                || Boolean.TRUE.equals(request.needsWheelchair()) != child.needsWheelchair
                || Boolean.TRUE.equals(request.needsBooster()) != child.needsBooster;
        apply(child, request, school, homeChanged ? () -> homes.locate(request.homePin(), request.homeAddress()) : null);
        audit.updated(AUDIT_TYPE, child.id, school.villageId, before, child.snapshot());
        if (seatAffected) {
            placementChanged.fire(new ChildPlacementChanged(child.id));
        }
        return ChildView.from(child);
    }

    public ChildView get(long id) {
        return ChildView.from(visible(id));
    }

    /** Parents list their family; coordinators their villages' children; administrators everyone's. */
    public Page<ChildView> list(Long schoolId, ChildStatus status, PageRequest page) {
        Caller caller = access.caller();
        ScopedQuery query = caller.is(Role.PARENT)
                ? ScopedQuery.unscoped().and("guardianId = :guardian", "guardian", caller.guardianId())
                : ScopedQuery.inVillages(access, null, "schoolId in (select s.id from School s where s.villageId in :villages)");
        return query.and("schoolId = :school", "school", schoolId)
                .and("status = :status", "status", status)
                .page(children, Sort.by("id"), page, ChildView::from);
    }

    /** The family withdraws a child: off every route at once; personal data erased after the retention period. */
    @Transactional
    public ChildView withdraw(long id) {
        Child child = visible(id);
        if (child.status != ChildStatus.ACTIVE) {
            throw new ConflictException("status", "the child is already withdrawn");
        }
        Map<String, Object> before = child.snapshot();
        child.status = ChildStatus.WITHDRAWN;
        child.withdrawnAt = clock.instant();
        audit.updated(AUDIT_TYPE, child.id, schools.findById(child.schoolId).villageId, before, child.snapshot());
        placementChanged.fire(new ChildPlacementChanged(child.id));
        return ChildView.from(child);
    }

    /**
     * The child, for another feature's endpoint, if the caller may see them.
     *
     * @throws NotFoundException otherwise, exactly as for a child that does not exist
     */
    public Child visibleChild(long id) {
        return visible(id);
    }

    /**
     * The child, if the caller may see them: a parent their own family's, a coordinator their villages'.
     *
     * @throws NotFoundException otherwise, exactly as for a child that does not exist
     */
    Child visible(long id) {
        Child child = children.findById(id);
        if (child == null || child.status == ChildStatus.ANONYMISED) {
            throw new NotFoundException("Child", id);
        }
        boolean allowed = access.caller().is(Role.PARENT)
                ? access.isOwnFamily(child.guardianId)
                : access.coversVillage(schools.findById(child.schoolId).villageId);
        if (!allowed) {
            throw new NotFoundException("Child", id);
        }
        return child;
    }

    private School schoolFor(ChildRequest request) {
        School school = schools.findById(request.schoolId());
        if (school == null || (!access.caller().is(Role.PARENT) && !access.coversVillage(school.villageId))) {
            throw new DomainRuleException("schoolId", "there is no school " + request.schoolId());
        }
        requireTaught(school, request.grade());
        return school;
    }

    private static void requireTaught(School school, int grade) {
        if (!school.teaches(grade)) {
            throw new DomainRuleException("grade", school.nameEn + " teaches grades " + school.lowestGrade
                    + " to " + school.highestGrade);
        }
    }

    private void requirePupilAge(LocalDate birthDate) {
        if (birthDate.isBefore(LocalDate.now(clock).minusYears(OLDEST_PUPIL_YEARS))) {
            throw new InvalidInputException("birthDate", "is more than " + OLDEST_PUPIL_YEARS + " years ago");
        }
    }

    /** Fills the child in from the request; the home is located after the other checks, or with null stays as it was. */
    private void apply(Child child, ChildRequest request, School school, Supplier<HomeLocator.Home> locate) {
        LocalDate today = LocalDate.now(clock);
        requirePupilAge(request.birthDate());
        List<AuthorisedAdult> adults = adults(request.authorisedAdults());
        if (locate != null) {
            HomeLocator.Home home = locate.get();
            child.pinLat = home.pin().lat();
            child.pinLon = home.pin().lon();
            child.homeLat = home.snapped().lat();
            child.homeLon = home.snapped().lon();
        }
        child.givenName = request.givenName().trim();
        child.familyName = request.familyName().trim();
        child.birthDate = request.birthDate();
        child.grade = request.grade();
        child.schoolId = school.id;
        child.homeAddress = request.homeAddress() == null || request.homeAddress().isBlank() ? null : request.homeAddress().trim();
        child.needsWheelchair = Boolean.TRUE.equals(request.needsWheelchair());
        child.needsBooster = Boolean.TRUE.equals(request.needsBooster());
        child.handoverRequired = request.handoverRequired() != null
                ? request.handoverRequired()
                : Period.between(request.birthDate(), today).getYears() < config.handoverAgeYears();
        child.authorisedAdults.clear();
        child.authorisedAdults.addAll(adults);
    }

    private static List<AuthorisedAdult> adults(List<ChildRequest.AdultRequest> given) {
        if (given == null) {
            return List.of();
        }
        return java.util.stream.IntStream.range(0, given.size()).mapToObj(i -> new AuthorisedAdult(
                given.get(i).name().trim(), PhoneNumber.normalise(given.get(i).phone(), "authorisedAdults[" + i + "].phone"),
                given.get(i).relation())).toList();
    }
}
