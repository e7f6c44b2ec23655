package org.schoolshuttle.family;

/** ACTIVE while registered; WITHDRAWN by the family; ANONYMISED once the retention period has passed. */
public enum ChildStatus {
    ACTIVE, WITHDRAWN, ANONYMISED
}
