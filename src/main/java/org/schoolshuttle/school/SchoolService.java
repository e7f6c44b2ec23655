package org.schoolshuttle.school;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.schoolshuttle.account.AccessPolicy;
import org.schoolshuttle.account.AuditLog;
import org.schoolshuttle.account.ScopedQuery;
import org.schoolshuttle.account.Role;
import org.schoolshuttle.common.InvalidInputException;
import org.schoolshuttle.common.NotFoundException;
import org.schoolshuttle.common.Page;
import org.schoolshuttle.common.PageRequest;
import org.schoolshuttle.routing.RoutingService;
import org.schoolshuttle.routing.SnappedPoint;
import org.schoolshuttle.routing.TravelProfile;
import org.schoolshuttle.village.VillageService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class SchoolService {

    static final String AUDIT_TYPE = "school";
    static final int DEFAULT_WALK_LIMIT = 600;

    private final SchoolRepository schools;
    private final VillageService villages;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final RoutingService routing;
    private final Clock clock;

    SchoolService(SchoolRepository schools, VillageService villages, AccessPolicy access, AuditLog audit,
                  RoutingService routing, Clock clock) {
        this.schools = schools;
        this.villages = villages;
        this.access = access;
        this.audit = audit;
        this.routing = routing;
        this.clock = clock;
    }

    @Transactional
    public SchoolView create(SchoolRequest request) {
        villages.visible(request.villageId());
        School school = new School();
        school.villageId = request.villageId();
        school.createdAt = clock.instant();
        apply(school, request);
        schools.persist(school);
        audit.created(AUDIT_TYPE, school.id, school.villageId, school.snapshot());
        return SchoolView.from(school);
    }

    @Transactional
    public SchoolView update(long id, SchoolRequest request) {
        School school = managed(id);
        if (!request.villageId().equals(school.villageId)) {
            throw new InvalidInputException("villageId", "a school cannot move to another village");
        }
        Map<String, Object> before = school.snapshot();
        apply(school, request);
        audit.updated(AUDIT_TYPE, school.id, school.villageId, before, school.snapshot());
        return SchoolView.from(school);
    }

    /** Parents see every school (to register a child); coordinators their villages'; administrators all. */
    public SchoolView get(long id) {
        return SchoolView.from(readable(id));
    }

    public Page<SchoolView> list(Long villageId, PageRequest page) {
        ScopedQuery query = access.caller().is(Role.PARENT)
                ? ScopedQuery.unscoped().and("villageId = :village", "village", villageId)
                : ScopedQuery.inVillages(access, villageId);
        return query.page(schools, Sort.by("id"), page, SchoolView::from);
    }

    /**
     * The names of a village's schools, in the order they were added, in one statement of three columns: the
     * dashboard links to them on every visit and needs neither walking limits nor calendars.
     *
     * @throws NotFoundException when the village is outside the caller's scope
     */
    public List<SchoolName> namesOfVillage(long villageId) {
        if (!access.coversVillage(villageId)) {
            throw new NotFoundException("Village", villageId);
        }
        return schools.getEntityManager().createQuery("select new org.schoolshuttle.school.SchoolName(s.id, s.nameZh, "
                        + "s.nameEn) from School s where s.villageId = :village order by s.id", SchoolName.class)
                .setParameter("village", villageId).getResultList();
    }

    public CalendarView calendar(long id) {
        return CalendarView.from(readable(id));
    }

    /** The days children go to this school between two dates, both included (at most one year). */
    public List<LocalDate> schoolDays(long id, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "must not be before from");
        }
        if (from.plusYears(1).isBefore(to)) {
            throw new InvalidInputException("to", "must be at most one year after from");
        }
        School school = readable(id);
        return from.datesUntil(to.plusDays(1)).filter(school::isSchoolDay).toList();
    }

    @Transactional
    public CalendarView replaceCalendar(long id, CalendarRequest request) {
        School school = managed(id);
        Map<String, Object> before = Map.of("calendar", CalendarView.from(school).toString());
        CalendarCheck check = new CalendarCheck(request);
        List<Term> terms = check.terms();
        List<DayException> exceptions = check.exceptions();
        school.terms.clear();
        school.terms.addAll(terms);
        school.dayExceptions.clear();
        school.dayExceptions.addAll(exceptions);
        CalendarView after = CalendarView.from(school);
        audit.updated(AUDIT_TYPE, school.id, school.villageId, before, Map.of("calendar", after.toString()));
        return after;
    }

    /** The school, if the caller may read it; parents may read every school. */
    public School readable(long id) {
        School school = schools.findById(id);
        if (school == null || !(access.caller().is(Role.PARENT) || access.coversVillage(school.villageId))) {
            throw new NotFoundException("School", id);
        }
        return school;
    }

    private School managed(long id) {
        School school = schools.findById(id);
        if (school == null || !access.coversVillage(school.villageId)) {
            throw new NotFoundException("School", id);
        }
        return school;
    }

    private void apply(School school, SchoolRequest request) {
        if (request.highestGrade() < request.lowestGrade()) {
            throw new InvalidInputException("highestGrade", "must not be below lowestGrade");
        }
        if (!request.afternoonDismissal().isAfter(request.morningBell())) {
            throw new InvalidInputException("afternoonDismissal", "must be after morningBell");
        }
        Map<Integer, Integer> limits = new HashMap<>();
        if (request.gradeWalkLimits() != null) {
            for (Map.Entry<Integer, Integer> limit : request.gradeWalkLimits().entrySet()) {
                String field = "gradeWalkLimits." + limit.getKey();
                if (limit.getKey() == null || limit.getKey() < request.lowestGrade() || limit.getKey() > request.highestGrade()) {
                    throw new InvalidInputException(field, "is not a grade this school teaches");
                }
                if (limit.getValue() == null || limit.getValue() < 50 || limit.getValue() > 5000) {
                    throw new InvalidInputException(field, "must be from 50 to 5000 metres");
                }
                limits.put(limit.getKey(), limit.getValue());
            }
        }
        SnappedPoint at = routing.snap(request.location().point(), TravelProfile.MINIBUS, "location");
        school.nameZh = request.nameZh().trim();
        school.nameEn = request.nameEn().trim();
        school.lat = at.lat();
        school.lon = at.lon();
        school.morningBell = request.morningBell();
        school.afternoonDismissal = request.afternoonDismissal();
        school.lowestGrade = request.lowestGrade();
        school.highestGrade = request.highestGrade();
        school.walkLimitMeters = request.walkLimitMeters() == null ? DEFAULT_WALK_LIMIT : request.walkLimitMeters();
        school.gradeWalkLimits.clear();
        school.gradeWalkLimits.putAll(limits);
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? new ArrayList<>() : list;
    }
}
