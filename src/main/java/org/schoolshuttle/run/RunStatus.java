package org.schoolshuttle.run;

/** Where a daily run stands. A BLOCKED run may not start until its crew and vehicle are fit. */
public enum RunStatus { SCHEDULED, BLOCKED, IN_PROGRESS, COMPLETED, CANCELLED }
