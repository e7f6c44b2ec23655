package org.schoolshuttle.planning;

/** Why a child has no seat: what a coordinator would have to change to seat them. */
public enum WaitReason {
    /** Every route that could take the child is full. */
    NO_SEAT,
    /** No stop a shuttle may use is within the child's safe walking limit. */
    TOO_FAR_TO_WALK,
    /** Every route that could take the child would keep them (or someone already on board) too long. */
    RIDE_TOO_LONG,
    /** The school has no published route. */
    NO_ROUTE_FOR_SCHOOL,
    /** No vehicle has the wheelchair place or booster seat the child needs free. */
    NEEDS_NOT_MET,
    /** The home or its nearest stop cannot be reached by road from the school. */
    OUTSIDE_MAP
}
