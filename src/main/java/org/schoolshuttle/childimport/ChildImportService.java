package org.schoolshuttle.childimport;

import jakarta.enterprise.context.ApplicationScoped;
import org.schoolshuttle.account.AccessPolicy;
import org.schoolshuttle.common.NotFoundException;
import org.schoolshuttle.common.RejectedRowsException;
import org.schoolshuttle.planning.WaitReason;
import org.schoolshuttle.route.AssignmentService;
import org.schoolshuttle.route.AssignmentView;
import org.schoolshuttle.school.School;
import org.schoolshuttle.school.SchoolRepository;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A coordinator imports a school's children from a file: read it, check every row, save all or nothing, and report
 * where each child stands once matching (which runs as each registration commits) is done.
 */
@ApplicationScoped
public class ChildImportService {

    private final SchoolRepository schools;
    private final AccessPolicy access;
    private final ChildImportWriter writer;
    private final AssignmentService assignments;
    private final ImportTemplate template;
    private final ChildImportConfig config;

    ChildImportService(SchoolRepository schools, AccessPolicy access, ChildImportWriter writer,
                       AssignmentService assignments, ImportTemplate template, ChildImportConfig config) {
        this.schools = schools;
        this.access = access;
        this.writer = writer;
        this.assignments = assignments;
        this.template = template;
        this.config = config;
    }

    /**
     * @throws NotFoundException      when the school is not one of the caller's villages'
     * @throws RejectedRowsException  400 for a file that cannot be read as our columns, 413 for too large, 422 for rows
     *                                that break the rules (every one listed); nothing is saved
     */
    public ChildImportView importFile(long schoolId, ImportFileKind kind, byte[] file) {
        School school = school(schoolId);
        if (file.length > config.maxBytes()) {
            throw tooLarge(config.maxBytes());
        }
        Sheet sheet = kind.read(file, config.maxRows());
        ImportHeader header = ImportHeader.of(sheet.header());
        if (sheet.children().isEmpty()) {
            throw Sheet.unreadable("The file has a header row but no children below it.");
        }
        ChildImportWriter.Written written = writer.write(school, header, sheet.children(), kind);
        // The transaction has committed and each child has been matched by now, one after another.
        List<Long> ids = written.children().stream().map(s -> s.child().id()).toList();
        Map<Long, AssignmentView> placed = assignments.placements(school.id, ids);
        List<ChildImportView.ImportedChild> children = new ArrayList<>();
        Map<WaitReason, Integer> waiting = new EnumMap<>(WaitReason.class);
        int seated = 0;
        int pending = 0;
        for (ChildImportWriter.Saved s : written.children()) {
            AssignmentView a = placed.get(s.child().id());
            switch (a.status()) {
                case "SEATED" -> seated++;
                case "WAITLISTED" -> waiting.merge(a.waitlistReason(), 1, Integer::sum);
                default -> pending++;
            }
            children.add(new ChildImportView.ImportedChild(s.row().row(), s.child().id(), s.child().givenName(),
                    s.child().familyName(), s.child().guardianId(), s.familyJoined(), a.status(), a.waitlistReason(),
                    a.stop() == null ? null : a.stop().name()));
        }
        ChildImport record = written.record();
        return new ChildImportView(record.id, school.id, record.rowsImported, record.familiesCreated,
                record.familiesJoined, seated, waiting.values().stream().mapToInt(Integer::intValue).sum(), pending,
                waiting, children);
    }

    public byte[] templateCsv(long schoolId, String language) {
        return template.csv(school(schoolId), language);
    }

    public byte[] templateXlsx(long schoolId, String language) {
        return template.xlsx(school(schoolId), language);
    }

    public ChildImportConfig limits() {
        return config;
    }

    /** A file larger than allowed, refused before it is read. */
    public static RejectedRowsException tooLarge(int maxBytes) {
        return new RejectedRowsException(413, "file-too-large", "File too large", "The file is larger than "
                + maxBytes / 1024 + " KiB; split it into smaller files.", List.of());
    }

    private School school(long id) {
        School school = schools.findById(id);
        if (school == null || !access.coversVillage(school.villageId)) {
            throw new NotFoundException("School", id);
        }
        return school;
    }
}
