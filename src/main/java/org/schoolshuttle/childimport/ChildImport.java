package org.schoolshuttle.childimport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One bulk import of a school's children: who brought in how many, and how many families it opened or joined. */
@Entity
@Table(name = "child_import")
public class ChildImport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "school_id")
    public Long schoolId;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_kind")
    public ImportFileKind fileKind;

    @Column(name = "rows_imported")
    public int rowsImported;

    @Column(name = "families_created")
    public int familiesCreated;

    @Column(name = "families_joined")
    public int familiesJoined;

    @Column(name = "imported_by")
    public String importedBy;

    @Column(name = "imported_at")
    public Instant importedAt;
}
