/**
 * Live runs: positions from the driver's phone while a run is on its way, snapped to the run's route, the
 * ETA to every remaining stop from minibus travel times, what families, drivers and coordinators see of it,
 * and the "the shuttle is near" and "running late" messages. Positions are kept for incident review for a
 * set time, then deleted.
 */
package org.schoolshuttle.live;
