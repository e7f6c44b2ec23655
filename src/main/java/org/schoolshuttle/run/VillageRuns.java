package org.schoolshuttle.run;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.jboss.logging.Logger;
import org.schoolshuttle.school.School;
import org.schoolshuttle.school.SchoolRepository;
import org.schoolshuttle.village.Village;
import org.schoolshuttle.village.VillageRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A village's runs for a day, school by school, each school in its own transaction so one school's trouble
 * never holds up another's runs.
 */
@ApplicationScoped
public class VillageRuns {

    private static final Logger LOG = Logger.getLogger(VillageRuns.class);

    private final RunGenerator generator;
    private final SchoolRepository schools;
    private final VillageRepository villages;
    private final OperationsConfig config;

    VillageRuns(RunGenerator generator, SchoolRepository schools, VillageRepository villages, OperationsConfig config) {
        this.generator = generator;
        this.schools = schools;
        this.villages = villages;
        this.config = config;
    }

    /** What the 17:00 job does: each school's runs for its next school day after the day {@code at} falls on. */
    @ActivateRequestContext
    public RunGenerator.Outcome nextSchoolDay(long villageId, Instant at) {
        Optional<Village> village = villages.findByIdOptional(villageId);
        if (village.isEmpty()) {
            return RunGenerator.Outcome.NONE;
        }
        LocalDate today = at.atZone(ZoneId.of(village.get().timeZone)).toLocalDate();
        RunGenerator.Outcome total = RunGenerator.Outcome.NONE;
        for (School school : schoolsOf(villageId)) {
            Optional<LocalDate> next = RunGenerator.nextSchoolDay(school, today, config.lookaheadDays());
            if (next.isPresent()) {
                total = total.plus(safely(school, next.get(), null));
            }
        }
        LOG.infof("Runs of village %d for the next school day: %s", villageId, total);
        return total;
    }

    /**
     * After the service was down: today's runs that are still to come, and the next school day's runs when
     * today's generation time has passed.
     */
    @ActivateRequestContext
    public RunGenerator.Outcome catchUp(long villageId, Instant now, boolean generationDue) {
        Village village = villages.findById(villageId);
        LocalDate today = now.atZone(ZoneId.of(village.timeZone)).toLocalDate();
        RunGenerator.Outcome total = RunGenerator.Outcome.NONE;
        for (School school : schoolsOf(villageId)) {
            if (school.isSchoolDay(today)) {
                total = total.plus(safely(school, today, now));
            }
            if (generationDue) {
                Optional<LocalDate> next = RunGenerator.nextSchoolDay(school, today, config.lookaheadDays());
                if (next.isPresent()) {
                    total = total.plus(safely(school, next.get(), null));
                }
            }
        }
        return total;
    }

    private List<School> schoolsOf(long villageId) {
        return schools.list("villageId = ?1 order by id", villageId);
    }

    private RunGenerator.Outcome safely(School school, LocalDate day, Instant notEndingBefore) {
        try {
            return generator.generate(school.id, day, notEndingBefore);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not generate the runs of school %d for %s", school.id, day);
            return RunGenerator.Outcome.NONE;
        }
    }
}
