package org.schoolshuttle.childimport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.schoolshuttle.account.AccessPolicy;
import org.schoolshuttle.account.AuditLog;
import org.schoolshuttle.common.RejectedRowsException;
import org.schoolshuttle.common.RowError;
import org.schoolshuttle.family.ChildService;
import org.schoolshuttle.family.ChildView;
import org.schoolshuttle.family.Families;
import org.schoolshuttle.family.Guardian;
import org.schoolshuttle.school.School;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks every row of a file against each other and against the children already registered, then saves every family
 * and child in one transaction, or nothing. Each child is registered as a family's own registration is, so each is
 * matched on the school's published plan once the transaction has committed.
 */
@ApplicationScoped
class ChildImportWriter {

    static final String AUDIT_TYPE = "child-import";

    /** What was saved: the import's record and each child in the file's order. */
    record Written(ChildImport record, List<Saved> children) {
    }

    record Saved(ChildRow row, ChildView child, boolean familyJoined) {
    }

    private final RowCheck check;
    private final Families families;
    private final ChildService children;
    private final ChildImportRepository imports;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;

    ChildImportWriter(RowCheck check, Families families, ChildService children,
                      ChildImportRepository imports, AccessPolicy access, AuditLog audit, Clock clock) {
        this.check = check;
        this.families = families;
        this.children = children;
        this.imports = imports;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @throws RejectedRowsException (422) listing every problem of every row; nothing is saved
     */
    @Transactional
    Written write(School school, ImportHeader header, List<Sheet.Row> rows, ImportFileKind kind) {
        List<RowError> errors = new ArrayList<>();
        List<ChildRow> good = new ArrayList<>();
        Map<String, Integer> firstRowOf = new HashMap<>();
        Map<String, Optional<Guardian>> known = new HashMap<>();
        String childColumn = header.name(ImportColumn.CHILD_GIVEN_NAME);
        for (Sheet.Row row : rows) {
            RowCheck.Result result = check.check(header, row, school);
            if (!result.errors().isEmpty()) {
                errors.addAll(result.errors());
                continue;
            }
            ChildRow r = result.child();
            Integer first = firstRowOf.putIfAbsent(r.key(), r.row());
            Optional<Guardian> family = known.computeIfAbsent(r.guardianPhone(),
                    phone -> families.knownInVillage(phone, school.villageId));
            if (first != null) {
                errors.add(new RowError(r.row(), childColumn, "repeats row " + first
                        + ": the same child with the same guardian phone"));
            } else if (families.isRegisteredAt(school.id, r.child().givenName(), r.child().familyName(), r.guardianPhone())) {
                errors.add(new RowError(r.row(), childColumn,
                        "is already registered at this school with this guardian phone"));
            } else if (family.isPresent() && families.hasChild(family.get().id, r.child().givenName(),
                    r.child().familyName(), r.child().birthDate())) {
                errors.add(new RowError(r.row(), childColumn, "the family already has a child of this name and birth"
                        + " date (withdrawn, or at another school)"));
            } else {
                good.add(r);
            }
        }
        if (!errors.isEmpty()) {
            long bad = errors.stream().mapToInt(RowError::row).distinct().count();
            throw new RejectedRowsException(422, "invalid-rows", "Rows refused", bad + (bad == 1 ? " row has" : " rows have")
                    + " problems; nothing was imported. Correct them and upload the whole file again.", errors);
        }
        return save(school, good, known, kind);
    }

    private Written save(School school, List<ChildRow> rows, Map<String, Optional<Guardian>> known, ImportFileKind kind) {
        Map<String, Guardian> byPhone = new LinkedHashMap<>();
        int created = 0;
        int joined = 0;
        List<Saved> saved = new ArrayList<>();
        for (ChildRow r : rows) {
            Guardian guardian = byPhone.get(r.guardianPhone());
            if (guardian == null) {
                Optional<Guardian> family = known.get(r.guardianPhone());
                if (family.isPresent()) {
                    guardian = family.get();
                    joined++;
                } else {
                    // Rows with the same phone are one family; its first row names the guardian.
                    guardian = families.open(r.guardianGivenName(), r.guardianFamilyName(), r.guardianPhone(),
                            r.guardianEmail(), r.language(), school.villageId);
                    created++;
                }
                byPhone.put(r.guardianPhone(), guardian);
            }
            ChildView child = children.registerFor(guardian.id, r.child(), r.home());
            saved.add(new Saved(r, child, known.get(r.guardianPhone()).isPresent()));
        }
        ChildImport record = new ChildImport();
        record.schoolId = school.id;
        record.fileKind = kind;
        record.rowsImported = rows.size();
        record.familiesCreated = created;
        record.familiesJoined = joined;
        record.importedBy = access.caller().username();
        record.importedAt = clock.instant();
        imports.persist(record);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("schoolId", school.id);
        values.put("fileKind", kind);
        values.put("rowsImported", record.rowsImported);
        values.put("familiesCreated", created);
        values.put("familiesJoined", joined);
        values.put("childIds", saved.stream().map(s -> s.child().id()).toList());
        audit.created(AUDIT_TYPE, record.id, school.villageId, values);
        return new Written(record, saved);
    }
}
