/**
 * Sponsors: the caring companies, social organisations, charity funds and volunteer groups that lend a
 * village vehicles, drivers or money, and the read-only logins they use to see what they made possible.
 */
package org.schoolshuttle.sponsor;
