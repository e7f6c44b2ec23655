package org.schoolshuttle.run;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.jboss.logging.Logger;
import org.schoolshuttle.route.PublishedPlanChanged;
import org.schoolshuttle.school.School;
import org.schoolshuttle.school.SchoolRepository;
import org.schoolshuttle.village.VillageRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Runs already generated follow the published plan: after a new plan, a seat given or taken, or a new crew on
 * a route, the school's runs that have not started are brought up to date (and unblocked when the new crew is fit).
 */
@ApplicationScoped
public class RunRefresh {

    private static final Logger LOG = Logger.getLogger(RunRefresh.class);

    private final RunGenerator generator;
    private final DailyRunRepository runs;
    private final SchoolRepository schools;
    private final VillageRepository villages;
    private final Clock clock;

    RunRefresh(RunGenerator generator, DailyRunRepository runs, SchoolRepository schools, VillageRepository villages,
               Clock clock) {
        this.generator = generator;
        this.runs = runs;
        this.schools = schools;
        this.villages = villages;
        this.clock = clock;
    }

    void onPlanChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublishedPlanChanged change) {
        try {
            QuarkusTransaction.requiringNew().run(() -> refresh(change.schoolId()));
        } catch (RuntimeException e) {
            // The change stands; the evening generation brings the runs up to date at the latest.
            LOG.errorf(e, "Could not bring the runs of school %d up to date with its plan", change.schoolId());
        }
    }

    private void refresh(long schoolId) {
        School school = schools.findById(schoolId);
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(villages.findById(school.villageId).timeZone)));
        List<LocalDate> days = runs.find("select distinct r.serviceDate from DailyRun r where r.schoolId = ?1 "
                + "and r.serviceDate >= ?2 and r.status in ?3 order by r.serviceDate", school.id, today,
                List.of(RunStatus.SCHEDULED, RunStatus.BLOCKED)).project(LocalDate.class).list();
        for (LocalDate day : days) {
            generator.generate(school.id, day, clock.instant());
        }
    }
}
