package org.schoolshuttle.planning;

import java.util.List;

/**
 * The stops chosen for a set of homes.
 *
 * @param stops       indices of the chosen candidate stops
 * @param reachable   for each home, the chosen stops (indices into {@code stops}) within its walking limit,
 *                    nearest first; empty for a home that no stop serves
 * @param unreachable homes no candidate stop is within walking distance of
 */
public record StopChoice(List<Integer> stops, List<int[]> reachable, List<Integer> unreachable) {
}
