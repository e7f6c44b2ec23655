package org.schoolshuttle.volunteer;

import java.math.BigDecimal;
import java.util.List;

/**
 * A volunteer's service record: their hours, their points month by month and the balance left to spend, the
 * history of every hours entry and correction, and their rewards.
 *
 * @param named       whether the thank-you board names them
 * @param minutes     all current service minutes
 * @param pointsEarned every month's points (the monthly bonuses once a month is over)
 * @param months      newest first
 * @param history     every hours entry, corrected ones included, newest first
 * @param rewards     newest first
 */
public record VolunteerRecordView(VolunteerKind kind, long id, long villageId, String name, boolean named, int minutes,
                                  BigDecimal hours, int pointsEarned, int pointsSpent, int pointsBalance,
                                  List<MonthPoints> months, List<HoursEntryView> history,
                                  List<RewardPoolView.Redemption> rewards) {
}
