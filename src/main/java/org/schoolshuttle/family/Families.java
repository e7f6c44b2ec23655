package org.schoolshuttle.family;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.schoolshuttle.account.AuditLog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Families as the village coordinator registers them on their behalf (the bulk import). Within a village the mobile
 * number is who a family is, so a number the village already knows joins that family instead of opening a second one.
 */
@ApplicationScoped
public class Families {

    private final GuardianRepository guardians;
    private final ChildRepository children;
    private final AuditLog audit;
    private final FamilyConfig config;
    private final Clock clock;

    Families(GuardianRepository guardians, ChildRepository children, AuditLog audit, FamilyConfig config, Clock clock) {
        this.guardians = guardians;
        this.children = children;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    /**
     * The family with this phone number (E.164) the village already knows: one with a child, active or withdrawn, at
     * one of the village's schools. A number known only elsewhere is not joined: a sign-up does not prove the number,
     * so joining it could show a child to a stranger; nor may a coordinator add to another village's family.
     */
    public Optional<Guardian> knownInVillage(String phone, long villageId) {
        return guardians.find("phone = ?1 and anonymisedAt is null and id in (select c.guardianId from Child c, School s"
                + " where s.id = c.schoolId and s.villageId = ?2) order by id", phone, villageId).firstResultOptional();
    }

    /** Whether a child of this name whose guardian has this phone number (E.164) is registered at the school. */
    public boolean isRegisteredAt(long schoolId, String givenName, String familyName, String guardianPhone) {
        return children.count("schoolId = ?1 and givenName = ?2 and familyName = ?3 and status = ?4 and guardianId in"
                + " (select g.id from Guardian g where g.phone = ?5)", schoolId, givenName, familyName, ChildStatus.ACTIVE,
                guardianPhone) > 0;
    }

    /** Whether the family has any child of this name and birth date (the database allows one). */
    public boolean hasChild(long guardianId, String givenName, String familyName, LocalDate birthDate) {
        return children.exists(guardianId, givenName, familyName, birthDate);
    }

    /**
     * Opens a family without a log-in. The coordinator has the family's agreement to the privacy notice (the village's
     * paper form), recorded here with the current notice's version; the audit log names who opened it.
     *
     * @param language {@code zh} or {@code en}, the language of their messages; null for Chinese
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Guardian open(String givenName, String familyName, String phone, String email, String language, long villageId) {
        Guardian guardian = new Guardian();
        guardian.givenName = givenName;
        guardian.familyName = familyName;
        guardian.phone = phone;
        guardian.email = email;
        guardian.language = language;
        guardian.consentAt = clock.instant();
        guardian.consentVersion = config.privacyNoticeVersion();
        guardian.createdAt = guardian.consentAt;
        guardians.persist(guardian);
        audit.created(SignupService.AUDIT_TYPE, guardian.id, villageId, guardian.snapshot());
        return guardian;
    }
}
