package org.schoolshuttle.run;

import org.schoolshuttle.notify.Text;
import org.schoolshuttle.route.Direction;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * What a family is told when the driver records their child: on board, at school, off at the stop, handed to an
 * adult, or not at the stop.
 */
final class RideNotice {

    static final String ON_BOARD = "ON_BOARD";
    static final String DROPPED_OFF = "DROPPED_OFF";
    static final String NOT_AT_STOP = "NOT_AT_STOP";

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private RideNotice() {
    }

    static String topic(RunEvent.Type type) {
        return switch (type) {
            case CHECKED_ON -> ON_BOARD;
            case CHECKED_OFF, HANDED_OVER -> DROPPED_OFF;
            case NO_SHOW -> NOT_AT_STOP;
        };
    }

    static Text text(RunEvent.Type type, Direction direction, String child, String stop, String adult,
                     Instant at, ZoneId zone) {
        String time = at.atZone(zone).format(HH_MM);
        boolean morning = direction == Direction.TO_SCHOOL;
        return switch (type) {
            case CHECKED_ON -> morning
                    ? new Text(child + " 已于 " + time + " 在" + stop + "上车。", child + " boarded at " + stop + " at " + time + ".")
                    : new Text(child + " 已于 " + time + " 在学校上车。", child + " boarded at school at " + time + ".");
            case CHECKED_OFF -> morning
                    ? new Text(child + " 已于 " + time + " 到校下车。", child + " arrived at school at " + time + ".")
                    : new Text(child + " 已于 " + time + " 在" + stop + "下车。", child + " got off at " + stop + " at " + time + ".");
            case HANDED_OVER -> new Text(child + " 已于 " + time + " 在" + stop + "交给" + adult + "。",
                    child + " was handed to " + adult + " at " + stop + " at " + time + ".");
            case NO_SHOW -> new Text(child + " " + time + " 未在" + stop + "上车，校车已开走。",
                    child + " was not at " + stop + " at " + time + "; the shuttle has gone on.");
        };
    }

    static Text notStarted(String route) {
        return new Text(route + " 尚未出发，村协调员已知悉，如不能前来会给您打电话。",
                route + " has not started yet; the coordinator has been told and will call you if it cannot come.");
    }

    static Text reminder(String route, String firstStop, Instant at, ZoneId zone, int children) {
        String time = at.atZone(zone).format(HH_MM);
        return new Text("出车提醒：" + route + " 将于 " + time + " 到达第一站" + firstStop + "，共 " + children + " 名学生。",
                "Reminder: " + route + " is due at its first stop, " + firstStop + ", at " + time + ", with "
                        + children + " children.");
    }
}
