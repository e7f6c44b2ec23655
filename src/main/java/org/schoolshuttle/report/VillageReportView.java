package org.schoolshuttle.report;

import org.schoolshuttle.planning.WaitReason;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * A village's coverage, service and costs for its coordinators.
 *
 * @param rideMinutes   morning rides of the seated children (their stop to school, as planned), counted by band
 * @param walkMetres    walks from home to stop of the seated children, counted by band
 * @param costPerChild  the period's costs divided by the children who rode; {@code null} when nobody rode
 */
public record VillageReportView(long villageId, String villageName, LocalDate from, LocalDate to, long registered,
                                long served, long waitlisted, Map<WaitReason, Long> waitingByReason,
                                List<Band> rideMinutes, Double meanRideMinutes, Double longestRideMinutes,
                                List<Band> walkMetres, Double meanWalkMetres, Double longestWalkMetres,
                                RunFigures runs, BigDecimal costs, BigDecimal income, BigDecimal costPerChild,
                                List<School> schools, List<RouteLine> routes, List<Month> months) {

    /** How many fall within a band of a distribution. */
    public record Band(String label, long count) {
    }

    public record School(long schoolId, String name, long registered, long served, long waitlisted, RunFigures runs,
                         BigDecimal costs, BigDecimal costPerChild) {
    }

    public record RouteLine(long routeId, String name, String school, String direction, RunFigures runs,
                            BigDecimal costs, BigDecimal income, BigDecimal costPerChild) {
    }

    public record Month(YearMonth month, RunFigures runs, BigDecimal costs) {
    }
}
