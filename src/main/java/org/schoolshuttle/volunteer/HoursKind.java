package org.schoolshuttle.volunteer;

/** What service hours were given for: a run (credited when it completes) or something recorded by hand. */
public enum HoursKind { RUN, TRAINING, VEHICLE_CHECK, OTHER }
