/** Villages: the unit a coordinator is responsible for, with its name, centre and time zone. */
package org.schoolshuttle.village;
