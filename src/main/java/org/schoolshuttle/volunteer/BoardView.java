package org.schoolshuttle.volunteer;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * The village's thank-you board for a month: every volunteer who gave time, by points then hours. Names only;
 * a volunteer who chose not to be named is shown as "a volunteer".
 *
 * @param settled the month is over and its bonuses are in
 */
public record BoardView(long villageId, YearMonth month, boolean settled, List<Line> volunteers) {

    /** @param rank 1 for the most points; volunteers with equal points and minutes share a rank */
    public record Line(int rank, String name, boolean named, int minutes, BigDecimal hours, int points) {
    }
}
