/**
 * Families: guardians (the parent accounts' people), their children with home and needs, the adults
 * allowed to collect a child, withdrawal and the erasure of personal data after the retention period.
 */
package org.schoolshuttle.family;
