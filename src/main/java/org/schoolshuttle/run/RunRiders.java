package org.schoolshuttle.run;

import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The children of one run as the driver's screen shows them: given name, needs, the guardian and the adults a
 * child may be handed to, and where each stands today. Read in one statement of the columns shown, because the
 * driver's phone asks for it all through the run and the family entities carry far more than the screen needs.
 */
final class RunRiders {

    private final List<RunChild> all;
    private final Map<Long, List<RunDetailView.Rider>> byStop;

    private RunRiders(List<RunChild> all, Map<Long, List<RunDetailView.Rider>> byStop) {
        this.all = all;
        this.byStop = byStop;
    }

    static RunRiders of(EntityManager em, long runId) {
        List<Object[]> rows = em.createQuery("select r, c.id, c.givenName, c.needsWheelchair, c.needsBooster, "
                        + "c.handoverRequired, g.id, g.familyName, g.givenName, g.phone, a.name, a.phone, a.relation "
                        + "from RunChild r left join Child c on c.id = r.childId left join Guardian g on g.id = c.guardianId "
                        + "left join c.authorisedAdults a where r.runId = :run order by r.id", Object[].class)
                .setParameter("run", runId).getResultList();
        // One row per authorised adult (or one for a child with none): the rider is the run child's first row.
        Map<Long, RunChild> riders = new LinkedHashMap<>();
        Map<Long, Object[]> childOf = new LinkedHashMap<>();
        Map<Long, List<RunDetailView.Contact>> adults = new LinkedHashMap<>();
        for (Object[] row : rows) {
            RunChild r = (RunChild) row[0];
            riders.putIfAbsent(r.id, r);
            childOf.putIfAbsent(r.id, row);
            List<RunDetailView.Contact> known = adults.computeIfAbsent(r.id, k -> new ArrayList<>());
            if (row[10] != null || row[11] != null) {
                known.add(new RunDetailView.Contact((String) row[10], (String) row[11], (String) row[12]));
            }
        }
        Map<Long, List<RunDetailView.Rider>> byStop = new LinkedHashMap<>();
        for (RunChild r : riders.values()) {
            Object[] c = childOf.get(r.id);
            if (c[1] == null) {
                continue; // erased since the run was generated: counted, but nobody to show
            }
            RunDetailView.Contact guardian = c[6] == null ? null
                    : new RunDetailView.Contact(RunService.fullName((String) c[7], (String) c[8]), (String) c[9], "guardian");
            byStop.computeIfAbsent(r.stopId, k -> new ArrayList<>()).add(new RunDetailView.Rider((Long) c[1],
                    (String) c[2], (Boolean) c[3], (Boolean) c[4], (Boolean) c[5], guardian, adults.get(r.id),
                    r.state, r.stateAt, r.handedTo, r.note));
        }
        return new RunRiders(List.copyOf(riders.values()), byStop);
    }

    /** Every child on the run, as the run's counts take them. */
    List<RunChild> all() {
        return all;
    }

    /** The children who get on or off at a stop, in the order they were put on the run. */
    List<RunDetailView.Rider> at(Long stopId) {
        return byStop.getOrDefault(stopId, List.of());
    }
}
