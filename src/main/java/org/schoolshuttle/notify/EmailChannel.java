package org.schoolshuttle.notify;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;

/** Sends a message as a plain-text email through the SMTP server of {@code quarkus.mailer.*}. */
@ApplicationScoped
class EmailChannel {

    private final Mailer mailer;

    EmailChannel(Mailer mailer) {
        this.mailer = mailer;
    }

    void send(OutgoingMessage m) {
        String subject = Text.ENGLISH.equals(m.language()) ? "School Shuttle: " + subjectEn(m.topic())
                : "放心上学路：" + subjectZh(m.topic());
        mailer.send(Mail.withText(m.address(), subject, m.body()));
    }

    private static String subjectEn(String topic) {
        return switch (topic) {
            case "ON_BOARD" -> "on board";
            case "DROPPED_OFF" -> "dropped off";
            case "NOT_AT_STOP" -> "not at the stop";
            case "RUN_DELAYED" -> "the shuttle is late";
            case Outbox.PLAN_CHANGED -> "new stop or times";
            case Outbox.RUN_REMINDER -> "your run starts soon";
            default -> "alert";
        };
    }

    private static String subjectZh(String topic) {
        return switch (topic) {
            case "ON_BOARD" -> "已上车";
            case "DROPPED_OFF" -> "已下车";
            case "NOT_AT_STOP" -> "未在站点";
            case "RUN_DELAYED" -> "校车晚点";
            case Outbox.PLAN_CHANGED -> "站点或时间变更";
            case Outbox.RUN_REMINDER -> "出车提醒";
            default -> "提醒";
        };
    }
}
