package org.schoolshuttle.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.schoolshuttle.account.AccountRepository;
import org.schoolshuttle.routing.RoadNetworkLoaded;
import org.schoolshuttle.village.VillageRepository;

import java.util.List;

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

    DemoSeeder(DemoConfig config, @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind,
               VillageRepository villages, AccountRepository accounts, ScenarioSeed seed) {
        this.config = config;
        this.dbKind = dbKind;
        this.villages = villages;
        this.accounts = accounts;
        this.seed = seed;
    }

    void onRoadNetwork(@Observes RoadNetworkLoaded loaded) {
        if (!config.enabled() || !"h2".equalsIgnoreCase(dbKind)) {
            return;
        }
        if (seedIfEmpty(loaded.extract())) {
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

    private void printLogins() {
        StringBuilder text = new StringBuilder("Demo log-ins (password '").append(config.password()).append("' for each):");
        for (List<String> login : ScenarioSeed.LOGINS) {
            text.append("\n    ").append(String.format("%-12s %s", login.get(0), login.get(1)));
        }
        LOG.info(text);
    }
}
