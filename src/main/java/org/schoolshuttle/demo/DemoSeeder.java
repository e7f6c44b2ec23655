package org.schoolshuttle.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.schoolshuttle.fleet.Driver;
import org.schoolshuttle.fleet.DriverRepository;
import org.schoolshuttle.fleet.Vehicle;
import org.schoolshuttle.fleet.VehicleRepository;
import org.schoolshuttle.roster.RosterPlanner;
import org.schoolshuttle.route.Route;
import org.schoolshuttle.route.RouteRepository;
import org.schoolshuttle.run.RunGenerator;
import org.schoolshuttle.run.VillageRuns;
import org.schoolshuttle.account.AccountRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.schoolshuttle.route.DraftRunner;
import org.schoolshuttle.route.PlanService;
import org.schoolshuttle.route.PlanStatus;
import org.schoolshuttle.route.RoutePlanRepository;
import org.schoolshuttle.routing.RoadNetworkLoaded;
import org.schoolshuttle.school.SchoolRepository;
import org.schoolshuttle.village.VillageRepository;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Seeds the demo once the road network is loaded, into an empty embedded database only, and prints the
 * demo log-ins. A database that already has villages, or any database other than H2, is never touched.
 */
@ApplicationScoped
public class DemoSeeder {

    private static final Logger LOG = Logger.getLogger(DemoSeeder.class);

    private final DemoConfig config;
    private final String dbKind;
    private final VillageRepository villages;
    private final AccountRepository accounts;
    private final ScenarioSeed seed;
    private final SchoolRepository schools;
    private final PlanService plans;
    private final DraftRunner runner;
    private final RoutePlanRepository routePlans;
    private final RosterPlanner rosters;
    private final RouteRepository routes;
    private final VehicleRepository vehicles;
    private final DriverRepository drivers;
    private final VillageRuns villageRuns;

    DemoSeeder(DemoConfig config, @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind,
               VillageRepository villages, AccountRepository accounts, ScenarioSeed seed, SchoolRepository schools,
               PlanService plans, DraftRunner runner, RoutePlanRepository routePlans, RosterPlanner rosters,
               VillageRuns villageRuns, RouteRepository routes, VehicleRepository vehicles, DriverRepository drivers) {
        this.routes = routes;
        this.vehicles = vehicles;
        this.drivers = drivers;
        this.rosters = rosters;
        this.villageRuns = villageRuns;
        this.config = config;
        this.dbKind = dbKind;
        this.villages = villages;
        this.accounts = accounts;
        this.seed = seed;
        this.schools = schools;
        this.plans = plans;
        this.runner = runner;
        this.routePlans = routePlans;
    }

    void onRoadNetwork(@Observes RoadNetworkLoaded loaded) {
        if (!config.enabled() || !"h2".equalsIgnoreCase(dbKind)) {
            return;
        }
        if (seedIfEmpty(loaded.extract())) {
            publishPlans();
            crewCompanyRoutes();
            rosterAndRuns();
            printLogins();
        } else if (accounts.findByUsername(ScenarioSeed.COORDINATOR).isPresent()) {
            printLogins();
        }
    }

    @Transactional
    boolean seedIfEmpty(String extract) {
        if (villages.count() > 0) {
            return false;
        }
        long start = System.nanoTime();
        ScenarioSeed.Summary summary = seed.seed(Scenario.forExtract(extract), config.children(), config.password());
        LOG.infof("Demo data seeded in %.1f s: %d villages, %d schools, %d families with %d children, %d drivers, %d vehicles, %d sponsors",
                (System.nanoTime() - start) / 1e9, summary.villages(), summary.schools(), summary.families(), summary.children(),
                summary.drivers(), summary.vehicles(), summary.sponsors());
        return true;
    }

    /** A published plan for every demo school, so families see their stop and coordinators their routes at once. */
    private void publishPlans() {
        if (config.planSeconds() <= 0) {
            return;
        }
        long start = System.nanoTime();
        int published = 0;
        List<Long> villageIds = QuarkusTransaction.requiringNew().call(() -> villages.listAll().stream().map(v -> v.id).toList());
        for (long schoolId : QuarkusTransaction.requiringNew().call(() -> schools.listAll().stream().map(s -> s.id).toList())) {
            // The demo's volunteers live in the villages around the school: their cars are part of every plan.
            Optional<Long> draft = plans.startUnattended(schoolId, villageIds, config.planSeconds());
            if (draft.isEmpty()) {
                continue;
            }
            runner.runNow(draft.get());
            if (QuarkusTransaction.requiringNew().call(() -> routePlans.findById(draft.get()).status) == PlanStatus.DRAFT) {
                plans.publishUnattended(draft.get());
                published++;
            }
        }
        LOG.infof("Demo plans published for %d schools in %.1f s", published, (System.nanoTime() - start) / 1e9);
    }

    /** The company's minibuses are driven by its employed drivers: one driver per minibus, both directions. */
    private void crewCompanyRoutes() {
        QuarkusTransaction.requiringNew().run(() -> {
            Map<Long, Long> driverOfVehicle = new HashMap<>();
            for (Route route : routes.list("driverId is null and planId in (select p.planId from PublishedPlan p) order by id")) {
                Vehicle vehicle = vehicles.findById(route.vehicleId);
                if (vehicle.ownerSponsorId == null) {
                    continue;
                }
                Long driver = driverOfVehicle.computeIfAbsent(vehicle.id, id -> drivers
                        .list("kind = ?1 and employerSponsorId = ?2 order by id", Driver.Kind.EMPLOYED, vehicle.ownerSponsorId)
                        .stream().map(d -> d.id).filter(d -> !driverOfVehicle.containsValue(d)).findFirst().orElse(null));
                route.driverId = driver;
            }
        });
    }

    /** Two weeks of volunteer roster, and today's and the next school day's runs, for the driver's screens. */
    private void rosterAndRuns() {
        for (long villageId : QuarkusTransaction.requiringNew().call(() -> villages.listAll().stream().map(v -> v.id).toList())) {
            java.time.LocalDate today = QuarkusTransaction.requiringNew().call(() -> java.time.LocalDate.now(
                    java.time.ZoneId.of(villages.findById(villageId).timeZone)));
            rosters.fill(villageId, today, today.plusDays(14));
            RunGenerator.Outcome outcome = villageRuns.catchUp(villageId, java.time.Instant.now(), true);
            LOG.infof("Demo runs of village %d: %s", villageId, outcome);
        }
    }

    private void printLogins() {
        StringBuilder text = new StringBuilder("Demo log-ins (password '").append(config.password()).append("' for each):");
        for (List<String> login : ScenarioSeed.LOGINS) {
            text.append("\n    ").append(String.format("%-12s %s", login.get(0), login.get(1)));
        }
        LOG.info(text);
    }
}
