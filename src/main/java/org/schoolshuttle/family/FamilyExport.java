package org.schoolshuttle.family;

import org.schoolshuttle.account.AccountView;

import java.time.Instant;
import java.util.List;

/** Everything the service holds about one family, for the family to download. */
public record FamilyExport(Instant exportedAt, AccountView account, GuardianView guardian, List<ChildView> children,
                           List<AuditRecord> changeHistory) {

    /** One change to the family's data, as the audit log recorded it. */
    public record AuditRecord(Instant at, String by, String action, String what, long id, String changes) {
    }
}
