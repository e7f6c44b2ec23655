package org.schoolshuttle.family;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.schoolshuttle.account.AccessPolicy;
import org.schoolshuttle.account.AccountRepository;
import org.schoolshuttle.account.AccountView;
import org.schoolshuttle.account.AuditLog;
import org.schoolshuttle.account.AuditRepository;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A parent's own family: the guardian's details and the download of everything held about them. */
@ApplicationScoped
public class FamilyService {

    private final GuardianRepository guardians;
    private final ChildRepository children;
    private final AccountRepository accounts;
    private final AuditRepository auditEntries;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;

    FamilyService(GuardianRepository guardians, ChildRepository children, AccountRepository accounts,
                  AuditRepository auditEntries, AccessPolicy access, AuditLog audit, Clock clock) {
        this.guardians = guardians;
        this.children = children;
        this.accounts = accounts;
        this.auditEntries = auditEntries;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public GuardianView guardian() {
        return GuardianView.from(guardians.findById(access.caller().guardianId()));
    }

    @Transactional
    public GuardianView updateGuardian(GuardianRequest request) {
        Guardian guardian = guardians.findById(access.caller().guardianId());
        Map<String, Object> before = guardian.snapshot();
        guardian.givenName = request.givenName().trim();
        guardian.familyName = request.familyName().trim();
        guardian.email = request.email() == null || request.email().isBlank() ? null : request.email().trim();
        if (request.nearMinutes() != null) {
            guardian.nearMinutes = request.nearMinutes();
        }
        audit.updated(SignupService.AUDIT_TYPE, guardian.id, null, before, guardian.snapshot());
        return GuardianView.from(guardian);
    }

    public FamilyExport export() {
        long guardianId = access.caller().guardianId();
        List<Child> family = children.list("guardianId = ?1 and status <> ?2 order by id", guardianId, ChildStatus.ANONYMISED);
        List<FamilyExport.AuditRecord> history = new ArrayList<>();
        auditEntries.list("entityType = ?1 and entityId = ?2 order by id", SignupService.AUDIT_TYPE, guardianId)
                .forEach(e -> history.add(record(e)));
        for (Child child : family) {
            auditEntries.list("entityType = ?1 and entityId = ?2 order by id", ChildService.AUDIT_TYPE, child.id)
                    .forEach(e -> history.add(record(e)));
        }
        return new FamilyExport(clock.instant(), AccountView.from(accounts.findById(access.caller().accountId())),
                GuardianView.from(guardians.findById(guardianId)), family.stream().map(ChildView::from).toList(), history);
    }

    private static FamilyExport.AuditRecord record(org.schoolshuttle.account.AuditEntry e) {
        return new FamilyExport.AuditRecord(e.occurredAt, e.actorName, e.action.name(), e.entityType, e.entityId, e.changes);
    }
}
