package org.schoolshuttle.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.schoolshuttle.common.NotFoundException;
import org.schoolshuttle.fleet.DriverService;
import org.schoolshuttle.fleet.EscortService;
import org.schoolshuttle.route.BusStop;
import org.schoolshuttle.route.BusStopRepository;
import org.schoolshuttle.run.DailyRun;
import org.schoolshuttle.run.DailyRunRepository;
import org.schoolshuttle.run.RunStatus;
import org.schoolshuttle.run.RunStop;
import org.schoolshuttle.school.School;
import org.schoolshuttle.school.SchoolRepository;
import org.schoolshuttle.village.VillageRepository;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;

/**
 * The iCalendar feeds of drivers and escorts: a secret, unguessable link a calendar app polls, showing the person's
 * runs from today for 60 days. Making a new link revokes the old one; revoking leaves none.
 */
@ApplicationScoped
public class CalendarFeeds {

    /** What the holder of a link is told: where to subscribe. */
    public record Link(String url, Instant createdAt) {
    }

    private static final int DAYS_AHEAD = 60;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneId.of("UTC"));
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final CalendarFeedRepository feeds;
    private final DriverService drivers;
    private final EscortService escorts;
    private final DailyRunRepository runs;
    private final BusStopRepository stops;
    private final SchoolRepository schools;
    private final VillageRepository villages;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CalendarFeeds(CalendarFeedRepository feeds, DriverService drivers, EscortService escorts, DailyRunRepository runs,
                  BusStopRepository stops, SchoolRepository schools, VillageRepository villages, Clock clock) {
        this.feeds = feeds;
        this.drivers = drivers;
        this.escorts = escorts;
        this.runs = runs;
        this.stops = stops;
        this.schools = schools;
        this.villages = villages;
        this.clock = clock;
    }

    /** The driver themselves, or a coordinator of their village; another driver's or village's is not found. */
    @Transactional
    public Link newDriverLink(long driverId) {
        drivers.get(driverId);
        CalendarFeed feed = replace("driverId", driverId);
        feed.driverId = driverId;
        feeds.persist(feed);
        return link(feed);
    }

    @Transactional
    public void revokeDriverLinks(long driverId) {
        drivers.get(driverId);
        revoke("driverId", driverId);
    }

    /** A coordinator of the escort's village. */
    @Transactional
    public Link newEscortLink(long escortId) {
        escorts.get(escortId);
        CalendarFeed feed = replace("escortId", escortId);
        feed.escortId = escortId;
        feeds.persist(feed);
        return link(feed);
    }

    @Transactional
    public void revokeEscortLinks(long escortId) {
        escorts.get(escortId);
        revoke("escortId", escortId);
    }

    /** The feed behind a live link, as iCalendar text. */
    @Transactional
    public String ics(String token) {
        CalendarFeed feed = token == null ? null : feeds.findById(token);
        if (feed == null || feed.revokedAt != null) {
            throw new NotFoundException("Calendar", "at this link");
        }
        // From a day back (so today's earlier runs stay on the calendar) to 60 days ahead, whatever the time zone.
        Instant from = clock.instant().minus(java.time.Duration.ofDays(1));
        Instant to = clock.instant().plus(java.time.Duration.ofDays(DAYS_AHEAD));
        List<DailyRun> upcoming = feed.driverId != null
                ? runs.list("driverId = ?1 and firstStopAt >= ?2 and firstStopAt <= ?3 and status <> ?4 order by firstStopAt",
                feed.driverId, from, to, RunStatus.CANCELLED)
                : runs.list("escortId = ?1 and firstStopAt >= ?2 and firstStopAt <= ?3 and status <> ?4 order by firstStopAt",
                feed.escortId, from, to, RunStatus.CANCELLED);
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//School Shuttle//Runs//ZH");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "X-WR-CALNAME:校车班次 School shuttle runs");
        String stamp = UTC.format(clock.instant());
        for (DailyRun run : upcoming) {
            School school = schools.findById(run.schoolId);
            ZoneId zone = ZoneId.of(villages.findById(run.villageId).timeZone);
            StringBuilder plan = new StringBuilder();
            for (int k = 0; k < run.stops.size(); k++) {
                RunStop s = run.stops.get(k);
                BusStop stop = stops.findById(s.stopId);
                plan.append(k + 1).append(". ").append(stop.name).append(' ').append(HH_MM.format(s.plannedAt.atZone(zone))).append('\n');
            }
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:run-" + run.id + "@school-shuttle");
            line(ics, "DTSTAMP:" + stamp);
            line(ics, "DTSTART:" + UTC.format(run.firstStopAt));
            line(ics, "DTEND:" + UTC.format(run.endsAt));
            line(ics, "SUMMARY:" + text(run.name + " · " + school.nameZh));
            if (!run.stops.isEmpty()) {
                line(ics, "LOCATION:" + text(stops.findById(run.stops.get(0).stopId).name));
            }
            line(ics, "DESCRIPTION:" + text(plan.toString().trim()));
            line(ics, "STATUS:" + (run.status == RunStatus.BLOCKED ? "TENTATIVE" : "CONFIRMED"));
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** Ends the person's live link and gives a new, unsaved one; the caller names whose it is. */
    private CalendarFeed replace(String person, long id) {
        revoke(person, id);
        return feed();
    }

    private void revoke(String person, long id) {
        Instant now = clock.instant();
        feeds.list(person + " = ?1 and revokedAt is null", id).forEach(f -> f.revokedAt = now);
    }

    private CalendarFeed feed() {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        CalendarFeed feed = new CalendarFeed();
        feed.token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        feed.createdAt = clock.instant();
        return feed;
    }

    private static Link link(CalendarFeed feed) {
        return new Link("/calendar/" + feed.token + ".ics", feed.createdAt);
    }

    /** RFC 5545 text: backslash, comma, semicolon and newlines escaped. */
    static String text(String s) {
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }

    /** A content line, folded at 75 octets (continuations start with a space), ended by CRLF. */
    static void line(StringBuilder ics, String content) {
        byte[] bytes = content.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (bytes.length <= 75) {
            ics.append(content).append("\r\n");
            return;
        }
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                ics.append("\r\n ");
                octets = 0;
                limit = 74;
            }
            ics.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        ics.append("\r\n");
    }
}
