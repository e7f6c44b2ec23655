package org.schoolshuttle.volunteer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One entry of a volunteer's service hours. Entries are never changed: a correction is a new entry that
 * supersedes one, so the current hours are the entries nothing supersedes and the chain is the history.
 */
@Entity
@Table(name = "service_hours")
public class ServiceHours {

    /** Who recorded an entry the service credited itself from a completed run. */
    static final String SYSTEM = "system";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "village_id")
    public Long villageId;

    @Column(name = "driver_id")
    public Long driverId;

    @Column(name = "escort_id")
    public Long escortId;

    @Column(name = "service_date")
    public LocalDate serviceDate;

    @Enumerated(EnumType.STRING)
    public HoursKind kind;

    public int minutes;

    /** The run the hours were given on; kept on its corrections too. */
    @Column(name = "run_id")
    public Long runId;

    /** When the run started, for the early-morning bonus. */
    @Column(name = "run_started_at")
    public Instant runStartedAt;

    /** 0 for an original entry, one more for each correction along the chain. */
    public int revision;

    @Column(name = "supersedes_id")
    public Long supersedesId;

    /** What the hours were for, or for a correction why it was made. */
    public String note;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    /** The user name of the coordinator, or {@link #SYSTEM} for a run's credit. */
    @Column(name = "recorded_by")
    public String recordedBy;

    void belongTo(Volunteer v) {
        villageId = v.villageId();
        driverId = v.driverId();
        escortId = v.escortId();
    }

    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("driverId", driverId);
        s.put("escortId", escortId);
        s.put("serviceDate", serviceDate);
        s.put("kind", kind);
        s.put("minutes", minutes);
        s.put("runId", runId);
        s.put("supersedesId", supersedesId);
        s.put("note", note);
        return s;
    }
}
