package org.schoolshuttle.family;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.schoolshuttle.account.AuditLog;
import org.schoolshuttle.account.AuditRepository;
import org.schoolshuttle.school.SchoolRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Erases the personal data of children withdrawn longer ago than the retention period. What stays is
 * anonymous (school, grade, needs) so reports can still count them.
 */
@ApplicationScoped
public class ChildErasure {

    private static final Logger LOG = Logger.getLogger(ChildErasure.class);

    private final ChildRepository children;
    private final SchoolRepository schools;
    private final AuditRepository auditEntries;
    private final AuditLog audit;
    private final FamilyConfig config;
    private final Clock clock;

    ChildErasure(ChildRepository children, SchoolRepository schools, AuditRepository auditEntries, AuditLog audit,
                 FamilyConfig config, Clock clock) {
        this.children = children;
        this.schools = schools;
        this.auditEntries = auditEntries;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = "erase-withdrawn-children", cron = "{shuttle.family.retention-cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        eraseDue();
    }

    /** @return how many children were anonymised */
    @Transactional
    public int eraseDue() {
        Instant cutoff = clock.instant().minus(Duration.ofDays(config.retentionDays()));
        List<Child> due = children.list("status = ?1 and withdrawnAt < ?2", ChildStatus.WITHDRAWN, cutoff);
        for (Child child : due) {
            auditEntries.eraseChangesOf(ChildService.AUDIT_TYPE, child.id);
            child.givenName = null;
            child.familyName = null;
            child.birthDate = null;
            child.homeAddress = null;
            child.homeLat = null;
            child.homeLon = null;
            child.pinLat = null;
            child.pinLon = null;
            child.authorisedAdults.clear();
            child.status = ChildStatus.ANONYMISED;
            audit.updated(ChildService.AUDIT_TYPE, child.id, schools.findById(child.schoolId).villageId,
                    Map.of("status", ChildStatus.WITHDRAWN), Map.of("status", ChildStatus.ANONYMISED));
        }
        if (!due.isEmpty()) {
            LOG.infof("Erased the personal data of %d withdrawn children", due.size());
        }
        return due.size();
    }
}
