package org.schoolshuttle.run;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** A child expected on a daily run, where they board (morning) or get off (afternoon), and where they are now. */
@Entity
@Table(name = "run_child")
public class RunChild {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "run_child_seq")
    @SequenceGenerator(name = "run_child_seq", sequenceName = "run_child_seq", allocationSize = 50)
    public Long id;

    @Column(name = "run_id")
    public Long runId;

    @Column(name = "child_id")
    public Long childId;

    @Column(name = "stop_id")
    public Long stopId;

    @Enumerated(EnumType.STRING)
    public RiderState state;

    /** When the state was reached, by the driver's phone clock. */
    @Column(name = "state_at")
    public Instant stateAt;

    @Column(name = "handed_to")
    public String handedTo;

    public String note;

    static RunChild expected(long runId, long childId, long stopId) {
        RunChild c = new RunChild();
        c.runId = runId;
        c.childId = childId;
        c.stopId = stopId;
        c.state = RiderState.EXPECTED;
        return c;
    }
}
