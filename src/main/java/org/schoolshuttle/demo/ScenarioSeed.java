package org.schoolshuttle.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.schoolshuttle.account.Account;
import org.schoolshuttle.account.AccountService;
import org.schoolshuttle.account.AccountRepository;
import org.schoolshuttle.account.AuditLog;
import org.schoolshuttle.account.Role;
import org.schoolshuttle.routing.GeocodedPlace;
import org.schoolshuttle.routing.RoutingService;
import org.schoolshuttle.routing.SnappedPoint;
import org.schoolshuttle.routing.TravelProfile;
import org.schoolshuttle.school.School;
import org.schoolshuttle.school.SchoolRepository;
import org.schoolshuttle.village.Village;
import org.schoolshuttle.village.VillageRepository;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/** Builds a scenario on the loaded map: villages, schools, fleet and sponsors, families, and the demo log-ins. */
@ApplicationScoped
public class ScenarioSeed {

    static final String ADMIN = "admin";
    static final String COORDINATOR = "coordinator";
    static final String DRIVER = "driver";
    static final String PARENT = "13800000001";
    static final String SPONSOR = "sponsor";
    /** Role and user name of each demo log-in, as printed at start-up and listed in README. */
    static final List<List<String>> LOGINS = List.of(List.of("ADMIN", ADMIN), List.of("COORDINATOR", COORDINATOR),
            List.of("DRIVER", DRIVER), List.of("PARENT", "+86" + PARENT), List.of("SPONSOR", SPONSOR));

    record Summary(int villages, int schools, int families, int children, int drivers, int vehicles, int sponsors) {
    }

    private final VillageRepository villages;
    private final SchoolRepository schools;
    private final AccountRepository accounts;
    private final AccountService accountService;
    private final RoutingService routing;
    private final DemoFleet fleet;
    private final DemoFamilies families;
    private final AuditLog audit;
    private final Clock clock;

    ScenarioSeed(VillageRepository villages, SchoolRepository schools, AccountRepository accounts, AccountService accountService,
                 RoutingService routing, DemoFleet fleet, DemoFamilies families, AuditLog audit, Clock clock) {
        this.villages = villages;
        this.schools = schools;
        this.accounts = accounts;
        this.accountService = accountService;
        this.routing = routing;
        this.fleet = fleet;
        this.families = families;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    Summary seed(Scenario scenario, int childCount, String password) {
        Random random = new Random(20261128);
        List<Village> created = new ArrayList<>();
        for (Scenario.Place place : scenario.villages()) {
            created.add(village(place, scenario.timeZone()));
        }
        Village home = created.get(0);
        List<School> built = scenario.schools().stream().map(plan -> school(plan, home)).toList();
        List<GeocodedPlace> addresses = routing.addresses(Locale.SIMPLIFIED_CHINESE);
        DemoFleet.Result fleetResult = fleet.seed(scenario, created, addresses, random);
        DemoFamilies.Result familyResult = families.seed(created, built, addresses, childCount, random);

        if (!accounts.anyWithRole(Role.ADMIN)) {
            login(ADMIN, password, Role.ADMIN, "Administrator (demo)");
        }
        if (accounts.usernameTaken(COORDINATOR)) {
            // A second scenario in the same database keeps the demo log-ins of the first.
            return summary(created, built, fleetResult, familyResult);
        }
        Account coordinator = login(COORDINATOR, password, Role.COORDINATOR, "协调员 Coordinator (demo)");
        coordinator.villageIds = new HashSet<>(created.stream().map(v -> v.id).toList());
        Account driver = login(DRIVER, password, Role.DRIVER, "Driver (demo)");
        driver.driverId = fleetResult.firstVolunteerId();
        Account parent = login("+86" + PARENT, password, Role.PARENT, "Parent (demo)");
        parent.guardianId = familyResult.firstGuardianId();
        parent.phone = "+86" + PARENT;
        Account sponsor = login(SPONSOR, password, Role.SPONSOR, "Sponsor (demo)");
        sponsor.sponsorId = fleetResult.companySponsorId();
        for (Account account : List.of(coordinator, driver, parent, sponsor)) {
            accountService.save(account, home.id);
        }
        return summary(created, built, fleetResult, familyResult);
    }

    private static Summary summary(List<Village> villages, List<School> schools, DemoFleet.Result fleet, DemoFamilies.Result families) {
        return new Summary(villages.size(), schools.size(), families.families(), families.children(),
                fleet.drivers(), fleet.vehicles(), fleet.sponsors());
    }

    private Account login(String username, String password, Role role, String name) {
        Account account = accountService.open(username, password, role, name);
        if (role == Role.ADMIN) {
            accountService.save(account);
        }
        return account;
    }

    private Village village(Scenario.Place place, String timeZone) {
        Village village = new Village();
        village.nameZh = place.nameZh();
        village.nameEn = place.nameEn();
        village.centreLat = place.lat();
        village.centreLon = place.lon();
        village.timeZone = timeZone;
        village.createdAt = clock.instant();
        villages.persist(village);
        audit.created("village", village.id, village.id, Map.of("nameEn", village.nameEn, "seededBy", "demo"));
        return village;
    }

    private School school(Scenario.SchoolPlan plan, Village village) {
        SnappedPoint gate = routing.snap(new org.schoolshuttle.common.GeoPoint(plan.lat(), plan.lon()), TravelProfile.MINIBUS, "school");
        School school = new School();
        school.villageId = village.id;
        school.nameZh = plan.nameZh();
        school.nameEn = plan.nameEn();
        school.lat = gate.lat();
        school.lon = gate.lon();
        school.morningBell = plan.bell();
        school.afternoonDismissal = plan.dismissal();
        school.lowestGrade = plan.lowestGrade();
        school.highestGrade = plan.highestGrade();
        school.walkLimitMeters = 600;
        school.gradeWalkLimits.put(1, 400);
        school.createdAt = clock.instant();
        DemoCalendar.fill(school, clock);
        schools.persist(school);
        audit.created("school", school.id, village.id, Map.of("nameEn", school.nameEn, "seededBy", "demo"));
        return school;
    }
}
