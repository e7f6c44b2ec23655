package org.schoolshuttle.run;

import jakarta.persistence.EntityManager;

import java.time.Instant;
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

    private final List<RiderState> states;
    private final Map<Long, List<RunDetailView.Rider>> byStop;

    private RunRiders(List<RiderState> states, Map<Long, List<RunDetailView.Rider>> byStop) {
        this.states = states;
        this.byStop = byStop;
    }

    static RunRiders of(EntityManager em, long runId) {
        // Columns, not RunChild entities: loading entities was most of what this statement cost.
        List<Object[]> rows = em.createQuery("select r.id, r.stopId, r.state, r.stateAt, r.handedTo, r.note, "
                        + "c.id, c.givenName, c.needsWheelchair, c.needsBooster, c.handoverRequired, "
                        + "g.id, g.familyName, g.givenName, g.phone, a.name, a.phone, a.relation, c.schoolId "
                        + "from RunChild r left join Child c on c.id = r.childId left join Guardian g on g.id = c.guardianId "
                        + "left join c.authorisedAdults a where r.runId = :run order by r.id", Object[].class)
                .setParameter("run", runId).getResultList();
        // One row per authorised adult (or one for a child with none): the rider is the run child's first row.
        Map<Long, Object[]> riders = new LinkedHashMap<>();
        Map<Long, List<RunDetailView.Contact>> adults = new LinkedHashMap<>();
        for (Object[] row : rows) {
            Long id = (Long) row[0];
            riders.putIfAbsent(id, row);
            List<RunDetailView.Contact> known = adults.computeIfAbsent(id, k -> new ArrayList<>());
            if (row[15] != null || row[16] != null) {
                known.add(new RunDetailView.Contact((String) row[15], (String) row[16], (String) row[17]));
            }
        }
        List<RiderState> states = new ArrayList<>();
        Map<Long, List<RunDetailView.Rider>> byStop = new LinkedHashMap<>();
        for (Map.Entry<Long, Object[]> e : riders.entrySet()) {
            Object[] r = e.getValue();
            states.add((RiderState) r[2]);
            if (r[6] == null) {
                continue; // erased since the run was generated: counted, but nobody to show
            }
            RunDetailView.Contact guardian = r[11] == null ? null : new RunDetailView.Contact(
                    RunService.fullName((String) r[12], (String) r[13]), (String) r[14], "guardian");
            byStop.computeIfAbsent((Long) r[1], k -> new ArrayList<>()).add(new RunDetailView.Rider((Long) r[6],
                    (Long) r[18], (String) r[7], (Boolean) r[8], (Boolean) r[9], (Boolean) r[10], guardian, adults.get(e.getKey()),
                    (RiderState) r[2], (Instant) r[3], (String) r[4], (String) r[5]));
        }
        return new RunRiders(List.copyOf(states), byStop);
    }

    /** Where every child on the run stands, as the run's counts take them. */
    RunView.Count count() {
        return RunView.Count.ofStates(states);
    }

    /** The children who get on or off at a stop, in the order they were put on the run. */
    List<RunDetailView.Rider> at(Long stopId) {
        return byStop.getOrDefault(stopId, List.of());
    }
}
