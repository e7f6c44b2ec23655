package org.schoolshuttle.live;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The latest state of a run on its way: where it is, which stop is next, and when it reaches each stop. */
@Entity
@Table(name = "run_live")
public class RunLive {

    @Id
    @Column(name = "run_id")
    public Long runId;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    public double lat;

    public double lon;

    @Column(name = "along_m")
    public double alongMetres;

    /** The stop the run drives to now (its position in the run), or null once every stop is passed. */
    @Column(name = "next_seq")
    public Integer nextSeq;

    /** Expected arrival at each stop of the run in epoch seconds, 0 for a stop already passed, comma-separated. */
    public String etas;

    /** Seconds behind plan at the next stop (negative: ahead). */
    @Column(name = "late_seconds")
    public int lateSeconds;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public Instant eta(int seq) {
        String[] parts = etas.isEmpty() ? new String[0] : etas.split(",");
        if (seq < 0 || seq >= parts.length || "0".equals(parts[seq])) {
            return null;
        }
        return Instant.ofEpochSecond(Long.parseLong(parts[seq]));
    }
}
