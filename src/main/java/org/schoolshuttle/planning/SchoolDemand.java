package org.schoolshuttle.planning;

import org.schoolshuttle.common.GeoPoint;

import java.util.List;

/**
 * Everything one school's draft plan depends on, in the planner's terms. Times are seconds from midnight.
 *
 * @param school          where the morning routes end and the afternoon routes start
 * @param arriveEarliest  earliest arrival at school in the morning (bell minus 30 minutes)
 * @param arriveLatest    latest arrival at school in the morning (bell minus 10 minutes)
 * @param afternoonLeave  when the afternoon routes leave school (after dismissal)
 * @param pupils          the children to seat
 * @param buses           the vehicles available for this school and direction
 * @param knownStops      stops already in use in the village: reused where they serve
 * @param dwell           stop dwell time
 */
public record SchoolDemand(GeoPoint school, int arriveEarliest, int arriveLatest, int afternoonLeave,
        List<Pupil> pupils, List<Bus> buses, List<KnownStop> knownStops, Dwell dwell) {

    public SchoolDemand {
        pupils = List.copyOf(pupils);
        buses = List.copyOf(buses);
        knownStops = List.copyOf(knownStops);
        if (arriveEarliest > arriveLatest) {
            throw new IllegalArgumentException("arrival window ends before it starts");
        }
    }

    /**
     * A child to seat: home on the walking network, walking limit in metres, longest ride in seconds, needs, and
     * the known stop they board at in the published plan ({@code null} if none): re-planning keeps them there
     * whenever that stop is kept and still serves them. {@code house}: the home as the family marked it, off the
     * road, which tells the side of the road they live on ({@link CurbSide}); the home itself where no better.
     */
    public record Pupil(long id, GeoPoint home, double walkLimit, int rideLimitSeconds, boolean wheelchair,
            boolean booster, Long currentStopId, GeoPoint house) {

        public Pupil {
            house = house != null ? house : home;
        }

        public Pupil(long id, GeoPoint home, double walkLimit, int rideLimitSeconds, boolean wheelchair, boolean booster,
                     Long currentStopId) {
            this(id, home, walkLimit, rideLimitSeconds, wheelchair, booster, currentStopId, null);
        }

        /** A child new to the plan. */
        public Pupil(long id, GeoPoint home, double walkLimit, int rideLimitSeconds, boolean wheelchair, boolean booster) {
            this(id, home, walkLimit, rideLimitSeconds, wheelchair, booster, null, null);
        }
    }

    /**
     * A vehicle: child seats, wheelchair places and booster seats among them, and where it is kept (a depot or its
     * driver's home), where its routes start and end; {@code null} when not known (then routes are measured as
     * loops from school).
     */
    public record Bus(long id, int seats, int wheelchairPlaces, int boosterSeats, GeoPoint base) {
    }

    /** A stop already on the map of the village. */
    public record KnownStop(long id, GeoPoint point, String name) {
    }

    /** Time a vehicle stands at a stop: {@code fixedSeconds} plus {@code perChildSeconds} for each child boarding. */
    public record Dwell(int fixedSeconds, int perChildSeconds) {

        public int at(int children) {
            return fixedSeconds + perChildSeconds * children;
        }
    }
}
