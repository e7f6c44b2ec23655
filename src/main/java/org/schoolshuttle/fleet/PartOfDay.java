package org.schoolshuttle.fleet;

/** The two school runs of a day: to school in the morning, home in the afternoon. */
public enum PartOfDay { MORNING, AFTERNOON }
