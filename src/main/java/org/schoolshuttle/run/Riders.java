package org.schoolshuttle.run;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Who actually rode a set of runs: children recorded on board (then off or handed over), never names. */
@ApplicationScoped
public class Riders {

    /** The states of a child who boarded. */
    static final Set<RiderState> RODE = EnumSet.of(RiderState.ON_BOARD, RiderState.OFF, RiderState.HANDED_OVER);

    /** Distinct children and distinct families who rode at least one of the runs. */
    public record Count(long children, long families) {
    }

    private final EntityManager em;

    Riders(EntityManager em) {
        this.em = em;
    }

    public Count of(Collection<Long> runIds) {
        if (runIds.isEmpty()) {
            return new Count(0, 0);
        }
        Object[] row = em.createQuery("select count(distinct rc.childId), count(distinct c.guardianId) "
                        + "from RunChild rc, Child c where c.id = rc.childId and rc.runId in :runs and rc.state in :rode",
                        Object[].class)
                .setParameter("runs", runIds).setParameter("rode", RODE).getSingleResult();
        return new Count((Long) row[0], (Long) row[1]);
    }

    /** How many children rode each run, by run id; runs nobody rode are absent. */
    public java.util.Map<Long, Long> perRun(Collection<Long> runIds) {
        java.util.Map<Long, Long> counts = new java.util.HashMap<>();
        if (runIds.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = em.createQuery("select rc.runId, count(rc) from RunChild rc where rc.runId in :runs "
                        + "and rc.state in :rode group by rc.runId", Object[].class)
                .setParameter("runs", runIds).setParameter("rode", RODE).getResultList();
        rows.forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return counts;
    }
}
