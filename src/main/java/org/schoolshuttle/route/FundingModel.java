package org.schoolshuttle.route;

/** How a route is resourced, as the village practice names it. */
public enum FundingModel {
    /** A social organisation or social-work agency runs it. */
    SOCIAL_ORGANISATION,
    /** Resident volunteers on a roster drive it. */
    COMMUNITY_VOLUNTEER,
    /** A company or charity fund pays for vehicle and driver. */
    CHARITY_FUNDED
}
