package org.schoolshuttle.volunteer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.schoolshuttle.account.AccessPolicy;
import org.schoolshuttle.account.AuditLog;
import org.schoolshuttle.common.ConflictException;
import org.schoolshuttle.common.DomainRuleException;
import org.schoolshuttle.common.NotFoundException;
import org.schoolshuttle.village.VillageRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hours coordinators record by hand, and corrections of any entry. Nothing is ever overwritten: a correction is a
 * new entry that supersedes the one it corrects, naming who made it, when and why.
 */
@ApplicationScoped
public class HoursLedger {

    static final String AUDIT_TYPE = "service-hours";

    private final ServiceHoursRepository hours;
    private final VolunteerRoll roll;
    private final VillageRepository villages;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;

    HoursLedger(ServiceHoursRepository hours, VolunteerRoll roll, VillageRepository villages, AccessPolicy access,
                AuditLog audit, Clock clock) {
        this.hours = hours;
        this.roll = roll;
        this.villages = villages;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @throws NotFoundException   when the volunteer is not one of the village's or the caller does not coordinate it
     * @throws DomainRuleException when the day is still to come
     */
    @Transactional
    public HoursEntryView record(long villageId, VolunteerKind kind, long volunteerId, HoursRequest request) {
        Volunteer v = roll.visible(villageId, kind, volunteerId);
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(villages.findById(villageId).timeZone)));
        if (request.serviceDate().isAfter(today)) {
            throw new DomainRuleException("serviceDate", "is still to come; record hours on or after the day");
        }
        ServiceHours entry = new ServiceHours();
        entry.belongTo(v);
        entry.serviceDate = request.serviceDate();
        entry.kind = HoursKind.valueOf(request.kind().name());
        entry.minutes = request.minutes();
        entry.note = request.note().trim();
        return save(entry);
    }

    /**
     * Corrects a current entry with a new one that supersedes it.
     *
     * @throws NotFoundException when the entry is not one of the volunteer's
     * @throws ConflictException when the entry was corrected already: the correction is the one to correct
     */
    @Transactional
    public HoursEntryView correct(long villageId, VolunteerKind kind, long volunteerId, long entryId,
                                  CorrectionRequest request) {
        Volunteer v = roll.visible(villageId, kind, volunteerId);
        ServiceHours old = hours.findByIdOptional(entryId).filter(e -> v.owns(e.driverId, e.escortId))
                .orElseThrow(() -> new NotFoundException("Service hours entry", entryId));
        ServiceHours newer = hours.find("supersedesId", old.id).firstResult();
        if (newer != null) {
            throw new ConflictException("entryId", "entry " + old.id + " was already corrected by entry " + newer.id
                    + "; correct that one");
        }
        ServiceHours entry = new ServiceHours();
        entry.belongTo(v);
        entry.serviceDate = old.serviceDate;
        entry.kind = old.kind;
        entry.runId = old.runId;
        entry.runStartedAt = old.runStartedAt;
        entry.minutes = request.minutes();
        entry.note = request.reason().trim();
        entry.revision = old.revision + 1;
        entry.supersedesId = old.id;
        // Two coordinators correcting the same entry at once: the database keeps one correction per entry (409).
        return save(entry);
    }

    /** Every entry of the volunteer, corrected ones included, newest first. */
    public List<HoursEntryView> history(Volunteer v) {
        List<ServiceHours> all = hours.history(v);
        Map<Long, Long> supersededBy = new HashMap<>();
        all.stream().filter(e -> e.supersedesId != null).forEach(e -> supersededBy.put(e.supersedesId, e.id));
        return all.stream().map(e -> HoursEntryView.from(e, supersededBy.get(e.id))).toList();
    }

    private HoursEntryView save(ServiceHours entry) {
        entry.recordedAt = clock.instant();
        entry.recordedBy = access.caller().username();
        hours.persist(entry);
        audit.created(AUDIT_TYPE, entry.id, entry.villageId, entry.snapshot());
        return HoursEntryView.from(entry, null);
    }
}
