package org.schoolshuttle.run;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schoolshuttle.account.PasswordHasher;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Daily operations at scale, on PostgreSQL: generating a day's runs for 1,000 routes and 20,000 children,
 * drivers' phones sending run events one tap at a time over HTTP, and 500 runs on their way sending their
 * positions. Prints figures; asserts only correctness.
 * <pre>
 * QUARKUS_DATASOURCE_DB_KIND=postgresql QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/test \
 * QUARKUS_DATASOURCE_USERNAME=postgres mvn test -Dtest=RunBenchmark -Dshuttle.excluded-groups=none
 * </pre>
 */
@QuarkusTest
@Tag("benchmark")
class RunBenchmark {

    private static final int VILLAGES = 10;
    private static final int SCHOOLS_PER_VILLAGE = 5;
    private static final int ROUTE_PAIRS_PER_SCHOOL = 10;
    private static final int CHILDREN_PER_ROUTE = 40;
    private static final int STOPS_PER_ROUTE = 5;
    private static final int CLIENTS = 16;
    private static final String PASSWORD = "bench-password-1";

    @Inject
    AgroalDataSource db;

    @Inject
    VillageRuns villageRuns;

    @Inject
    PasswordHasher hasher;

    @TestHTTPResource("/")
    URL base;

    @Test
    void generateADayAndIngestEvents() throws Exception {
        try (Connection c = db.getConnection()) {
            Assumptions.assumeTrue(c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres"),
                    "RunBenchmark measures PostgreSQL: set QUARKUS_DATASOURCE_* to a PostgreSQL database");
        }
        LocalDate today = LocalDate.now(Runs.VILLAGE_ZONE);
        long seedStart = System.nanoTime();
        List<Long> villages = seed(today);
        System.out.printf("seeded %d villages, %d routes, %d children in %.1f s%n", villages.size(),
                VILLAGES * SCHOOLS_PER_VILLAGE * ROUTE_PAIRS_PER_SCHOOL * 2,
                VILLAGES * SCHOOLS_PER_VILLAGE * ROUTE_PAIRS_PER_SCHOOL * CHILDREN_PER_ROUTE,
                (System.nanoTime() - seedStart) / 1e9);

        // 1. The 17:00 job of every village: tomorrow's runs. The villages' jobs fire together and run side by side
        //    on Quartz's threads (quarkus.quartz.thread-count=4), as here.
        long t0 = System.nanoTime();
        ExecutorService quartzThreads = Executors.newFixedThreadPool(4);
        List<Future<RunGenerator.Outcome>> jobs = new ArrayList<>();
        for (long village : villages) {
            jobs.add(quartzThreads.submit(() -> villageRuns.nextSchoolDay(village, Instant.now())));
        }
        RunGenerator.Outcome total = RunGenerator.Outcome.NONE;
        for (Future<RunGenerator.Outcome> job : jobs) {
            total = total.plus(job.get());
        }
        quartzThreads.shutdown();
        double generation = (System.nanoTime() - t0) / 1e9;
        int routes = VILLAGES * SCHOOLS_PER_VILLAGE * ROUTE_PAIRS_PER_SCHOOL * 2;
        assertEquals(routes, total.created(), total.toString());
        long riders = count("select count(*) from run_child rc join daily_run r on r.id = rc.run_id "
                + "where r.village_id = any(?) and r.service_date = ?", villages, today.plusDays(1));
        assertEquals(2L * VILLAGES * SCHOOLS_PER_VILLAGE * ROUTE_PAIRS_PER_SCHOOL * CHILDREN_PER_ROUTE, riders);
        long t1 = System.nanoTime();
        for (long village : villages) {
            villageRuns.nextSchoolDay(village, Instant.now());
        }
        double again = (System.nanoTime() - t1) / 1e9;

        // 2. Today's morning runs of the first village, started, with a driver's phone per run.
        villageRuns.catchUp(villages.get(0), today.atTime(LocalTime.of(5, 0)).atZone(Runs.VILLAGE_ZONE).toInstant(), false);
        List<Run> live = startRuns(villages.get(0), today, "TO_SCHOOL");
        List<Request> taps = new ArrayList<>();
        for (String type : List.of("CHECKED_ON", "CHECKED_OFF")) {
            for (Run run : live) {
                for (long child : run.children) {
                    taps.add(new Request(run, type, child));
                }
            }
        }
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).build();
        // Warm-up: one tap per run, then the measured rest (each child's on and off in order per run).
        List<List<Request>> perRun = new ArrayList<>();
        for (Run run : live) {
            List<Request> mine = new ArrayList<>();
            for (Request r : taps) {
                if (r.run == run) {
                    mine.add(r);
                }
            }
            perRun.add(mine);
        }
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        long t2 = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (List<Request> phone : perRun) {
            done.add(clients.submit(() -> {
                for (Request r : phone) {
                    long s = System.nanoTime();
                    int status = send(http, r);
                    latencies.add(System.nanoTime() - s);
                    if (status != 200) {
                        failures.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double ingest = (System.nanoTime() - t2) / 1e9;
        clients.shutdown();
        assertEquals(0, failures.get(), "every event accepted");
        long stored = count("select count(*) from run_event e join daily_run r on r.id = e.run_id where r.village_id = any(?) "
                + "and r.service_date = ? and r.direction = 'TO_SCHOOL'", villages, today);
        assertEquals(taps.size(), stored);

        // 3. The same, as phones send a stop's children together (all on at a stop, all off at school).
        List<Run> afternoon = startRuns(villages.get(0), today, "FROM_SCHOOL");
        List<List<Request>> perPhone = new ArrayList<>();
        int batchedEvents = 0;
        for (Run run : afternoon) {
            List<Request> mine = new ArrayList<>();
            List<Long> kids = run.children;
            for (int from = 0; from < kids.size(); from += kids.size() / STOPS_PER_ROUTE) {
                mine.add(new Request(run, "CHECKED_ON", -1, kids.subList(from, Math.min(kids.size(), from + kids.size() / STOPS_PER_ROUTE))));
            }
            for (int from = 0; from < kids.size(); from += kids.size() / STOPS_PER_ROUTE) {
                mine.add(new Request(run, "CHECKED_OFF", -1, kids.subList(from, Math.min(kids.size(), from + kids.size() / STOPS_PER_ROUTE))));
            }
            batchedEvents += 2 * kids.size();
            perPhone.add(mine);
        }
        ExecutorService batchClients = Executors.newFixedThreadPool(CLIENTS);
        List<Long> batchLatencies = Collections.synchronizedList(new ArrayList<>());
        long t3 = System.nanoTime();
        List<Future<?>> batches = new ArrayList<>();
        for (List<Request> phone : perPhone) {
            batches.add(batchClients.submit(() -> {
                for (Request r : phone) {
                    long s = System.nanoTime();
                    if (send(http, r) != 200) {
                        failures.incrementAndGet();
                    }
                    batchLatencies.add(System.nanoTime() - s);
                }
                return null;
            }));
        }
        for (Future<?> f : batches) {
            f.get();
        }
        double batched = (System.nanoTime() - t3) / 1e9;
        batchClients.shutdown();
        assertEquals(0, failures.get(), "every batch accepted");
        List<Long> batchSorted = new ArrayList<>(batchLatencies);
        Collections.sort(batchSorted);

        // 4. Open loop: a stop's children per request arriving at a steady 500 events/s, as a whole valley's phones
        //    would send them, whatever the service's answers take; latency is then what each phone waits.
        villageRuns.catchUp(villages.get(1), today.atTime(LocalTime.of(5, 0)).atZone(Runs.VILLAGE_ZONE).toInstant(), false);
        List<Run> steady = startRuns(villages.get(1), today, "TO_SCHOOL");
        List<Request> queue = new ArrayList<>();
        for (String type : List.of("CHECKED_ON", "CHECKED_OFF")) {
            for (int from = 0; from < CHILDREN_PER_ROUTE; from += CHILDREN_PER_ROUTE / STOPS_PER_ROUTE) {
                for (Run run : steady) {
                    queue.add(new Request(run, type, -1, run.children.subList(from, from + CHILDREN_PER_ROUTE / STOPS_PER_ROUTE)));
                }
            }
        }
        int perRequest = CHILDREN_PER_ROUTE / STOPS_PER_ROUTE;
        long intervalNanos = 1_000_000_000L * perRequest / 500;
        List<Long> openLatencies = Collections.synchronizedList(new ArrayList<>());
        List<java.util.concurrent.CompletableFuture<?>> inFlight = new ArrayList<>();
        long t4 = System.nanoTime();
        for (int i = 0; i < queue.size(); i++) {
            long due = t4 + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait);
            }
            Request r = queue.get(i);
            long sentAt = System.nanoTime();
            inFlight.add(http.sendAsync(request(r), HttpResponse.BodyHandlers.ofString()).thenAccept(response -> {
                openLatencies.add(System.nanoTime() - sentAt);
                if (response.statusCode() != 200) {
                    failures.incrementAndGet();
                }
            }));
        }
        for (java.util.concurrent.CompletableFuture<?> f : inFlight) {
            f.get();
        }
        double open = (System.nanoTime() - t4) / 1e9;
        assertEquals(0, failures.get(), "every open-loop batch accepted");
        List<Long> openSorted = new ArrayList<>(openLatencies);
        Collections.sort(openSorted);

        // 5. Live runs: 500 runs on their way, each phone sending its position every 15 s (open loop, 60 s), then
        //    as fast as 16 clients can (what the service could carry).
        for (long village : villages.subList(2, villages.size())) {
            villageRuns.catchUp(village, today.atTime(LocalTime.of(5, 0)).atZone(Runs.VILLAGE_ZONE).toInstant(), false);
        }
        List<Run> onTheirWay = new ArrayList<>(live);
        onTheirWay.addAll(steady);
        for (long village : villages.subList(2, villages.size())) {
            onTheirWay.addAll(startRuns(village, today, "TO_SCHOOL"));
        }
        java.util.Random random = new java.util.Random(7);
        List<Long> fixLatencies = Collections.synchronizedList(new ArrayList<>());
        List<java.util.concurrent.CompletableFuture<?>> fixes = new ArrayList<>();
        int rounds = 4;
        long fixInterval = 15_000_000_000L / onTheirWay.size();
        long t5 = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < onTheirWay.size(); i++) {
                long due = t5 + (round * (long) onTheirWay.size() + i) * fixInterval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(wait);
                }
                long sentAt = System.nanoTime();
                fixes.add(http.sendAsync(position(onTheirWay.get(i), random), HttpResponse.BodyHandlers.ofString())
                        .thenAccept(response -> {
                            fixLatencies.add(System.nanoTime() - sentAt);
                            if (response.statusCode() != 200) {
                                System.out.println(response.statusCode() + " " + response.body());
                                failures.incrementAndGet();
                            }
                        }));
            }
        }
        for (java.util.concurrent.CompletableFuture<?> f : fixes) {
            f.get();
        }
        double steadyFixes = (System.nanoTime() - t5) / 1e9;
        assertEquals(0, failures.get(), "every position accepted");
        List<Long> fixSorted = new ArrayList<>(fixLatencies);
        Collections.sort(fixSorted);
        ExecutorService fixClients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> flood = new ArrayList<>();
        int fixesPerRun = 4;
        long t6 = System.nanoTime();
        for (Run run : onTheirWay) {
            flood.add(fixClients.submit(() -> {
                for (int k = 0; k < fixesPerRun; k++) {
                    HttpResponse<String> response = http.send(position(run, new java.util.Random()), HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 200) {
                        failures.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : flood) {
            f.get();
        }
        double floodSeconds = (System.nanoTime() - t6) / 1e9;
        fixClients.shutdown();
        assertEquals(0, failures.get(), "every position accepted");
        int floodCount = onTheirWay.size() * fixesPerRun;

        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.println();
        System.out.println("| figure | value | target |");
        System.out.println("|---|---|---|");
        System.out.printf("| generate a day: %d routes, %d children on runs (10 village jobs on 4 threads) | %.2f s | ≤ 5 s |%n",
                routes, riders, generation);
        System.out.printf("| generate again (nothing changes) | %.2f s | |%n", again);
        System.out.printf("| events, one per request, %d phones on %d clients | %d in %.1f s = %.0f/s | ≥ 500/s |%n",
                live.size(), CLIENTS, taps.size(), ingest, taps.size() / ingest);
        System.out.printf("| event latency p50 / p99 | %.1f / %.1f ms | p99 ≤ 100 ms |%n",
                sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.99)) / 1e6);
        System.out.printf("| events, a stop's children per request (%d per request), %d phones | %d in %.1f s = %.0f/s | ≥ 500/s |%n",
                CHILDREN_PER_ROUTE / STOPS_PER_ROUTE, afternoon.size(), batchedEvents, batched, batchedEvents / batched);
        System.out.printf("| request latency p50 / p99 | %.1f / %.1f ms | p99 ≤ 100 ms |%n",
                batchSorted.get(batchSorted.size() / 2) / 1e6, batchSorted.get((int) (batchSorted.size() * 0.99)) / 1e6);
        System.out.printf("| events at a steady 500/s (%d per request, open loop) | %d in %.1f s = %.0f/s, p50 %.1f ms, p99 %.1f ms | ≥ 500/s, p99 ≤ 100 ms |%n",
                perRequest, queue.size() * perRequest, open, queue.size() * perRequest / open,
                openSorted.get(openSorted.size() / 2) / 1e6, openSorted.get((int) (openSorted.size() * 0.99)) / 1e6);
        System.out.printf("| positions: %d runs on their way, one fix each per 15 s (open loop, %d fixes) | %.1f fixes/s, p50 %.1f ms, p99 %.1f ms | p99 well within 15 s |%n",
                onTheirWay.size(), fixSorted.size(), fixSorted.size() / steadyFixes,
                fixSorted.get(fixSorted.size() / 2) / 1e6, fixSorted.get((int) (fixSorted.size() * 0.99)) / 1e6);
        System.out.printf("| positions as fast as %d clients send them | %d in %.1f s = %.0f/s (= %.0f runs at one fix per 15 s) | |%n",
                CLIENTS, floodCount, floodSeconds, floodCount / floodSeconds, 15 * floodCount / floodSeconds);
    }

    /** One fix of a run's phone, near the demo map's town centre where the seeded stops are. */
    private HttpRequest position(Run run, java.util.Random random) {
        double lat = 30.3 + (random.nextDouble() - 0.5) * 0.004;
        double lon = 112.2 + (random.nextDouble() - 0.5) * 0.004;
        String body = "{\"positions\":[{\"at\":\"" + Instant.now() + "\",\"lat\":" + lat + ",\"lon\":" + lon
                + ",\"accuracy\":10}]}";
        String auth = Base64.getEncoder().encodeToString((run.username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(base + "api/v1/live/runs/" + run.id + "/positions"))
                .header("Content-Type", "application/json").header("Authorization", "Basic " + auth)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private record Run(long id, String username, List<Long> children) {
    }

    private record Request(Run run, String type, long child, List<Long> children) {
        Request(Run run, String type, long child) {
            this(run, type, child, List.of(child));
        }
    }

    private int send(HttpClient http, Request r) throws Exception {
        HttpResponse<String> response = http.send(request(r), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            System.out.println(response.statusCode() + " " + response.body());
        }
        return response.statusCode();
    }

    private HttpRequest request(Request r) {
        StringBuilder events = new StringBuilder();
        for (long child : r.children) {
            events.append(events.isEmpty() ? "" : ",").append("{\"id\":\"").append(UUID.randomUUID())
                    .append("\",\"type\":\"").append(r.type).append("\",\"childId\":").append(child)
                    .append(",\"at\":\"").append(Instant.now()).append("\"}");
        }
        String body = "{\"events\":[" + events + "]}";
        String auth = Base64.getEncoder().encodeToString((r.run.username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(base + "api/v1/runs/" + r.run.id + "/events"))
                .header("Content-Type", "application/json").header("Authorization", "Basic " + auth)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** Starts today's runs of the village in one direction (as their drivers would); each driver has a log-in. */
    private List<Run> startRuns(long village, LocalDate today, String direction) throws SQLException {
        List<Run> live = new ArrayList<>();
        String hash = hasher.hash(PASSWORD);
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement runs = c.prepareStatement("update daily_run set status = 'IN_PROGRESS', started_at = now() "
                    + "where village_id = ? and service_date = ? and direction = ? returning id, driver_id")) {
                runs.setLong(1, village);
                runs.setDate(2, Date.valueOf(today));
                runs.setString(3, direction);
                try (ResultSet rs = runs.executeQuery();
                     PreparedStatement account = c.prepareStatement("insert into account (username, password_hash, role, "
                             + "display_name, driver_id, created_at) values (?, ?, 'DRIVER', 'Bench driver', ?, now()) "
                             + "on conflict (driver_id) do nothing");
                     PreparedStatement kids = c.prepareStatement("select child_id from run_child where run_id = ? order by child_id")) {
                    while (rs.next()) {
                        String username = "bench-driver-" + rs.getLong(2);
                        account.setString(1, username);
                        account.setString(2, hash);
                        account.setLong(3, rs.getLong(2));
                        account.addBatch();
                        List<Long> children = new ArrayList<>();
                        kids.setLong(1, rs.getLong(1));
                        try (ResultSet k = kids.executeQuery()) {
                            while (k.next()) {
                                children.add(k.getLong(1));
                            }
                        }
                        live.add(new Run(rs.getLong(1), username, children));
                    }
                    account.executeBatch();
                }
            }
            c.commit();
        }
        return live;
    }

    private long count(String sql, List<Long> villages, LocalDate day) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, c.createArrayOf("bigint", villages.toArray()));
            s.setDate(2, Date.valueOf(day));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Villages, schools with a calendar where today and tomorrow are school days, published plans, fit crews. */
    private List<Long> seed(LocalDate today) throws SQLException {
        List<Long> villages = new ArrayList<>();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            for (int v = 0; v < VILLAGES; v++) {
                long village = insert(c, "insert into village (name_zh, name_en, centre_lat, centre_lon, time_zone, created_at) "
                        + "values (?, ?, 30.3, 112.2, 'Asia/Shanghai', ?)", "压测村" + tag + v, "Bench " + tag + v, now);
                villages.add(village);
                for (int sc = 0; sc < SCHOOLS_PER_VILLAGE; sc++) {
                    seedSchool(c, village, today, tag + v + "-" + sc, now);
                }
            }
            c.commit();
        }
        return villages;
    }

    private void seedSchool(Connection c, long village, LocalDate today, String tag, Timestamp now) throws SQLException {
        long school = insert(c, "insert into school (village_id, name_zh, name_en, lat, lon, morning_bell, afternoon_dismissal, "
                + "lowest_grade, highest_grade, walk_limit_meters, created_at) values (?, ?, ?, 30.3, 112.2, '08:00', '16:30', "
                + "1, 6, 600, ?)", village, "压测小学" + tag, "Bench school " + tag, now);
        insert(c, "insert into school_term (school_id, name, starts_on, ends_on) values (?, 'Term', ?, ?)", school,
                Date.valueOf(today.minusDays(30)), Date.valueOf(today.plusDays(60)));
        for (LocalDate d : List.of(today, today.plusDays(1))) {
            if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                try (PreparedStatement s = c.prepareStatement("insert into school_day_exception (school_id, school_day, kind) "
                        + "values (?, ?, 'MAKE_UP')")) {
                    s.setLong(1, school);
                    s.setDate(2, Date.valueOf(d));
                    s.executeUpdate();
                }
            }
        }
        long plan = insert(c, "insert into route_plan (school_id, status, stage, progress, solver_seconds, vehicle_ids, "
                + "created_at, finished_at, published_at) values (?, 'PUBLISHED', 'done', 100, 1, '', ?, ?, ?)", school, now, now, now);
        insert(c, "insert into published_plan (school_id, plan_id) values (?, ?)", school, plan);
        try (PreparedStatement route = c.prepareStatement("insert into route (plan_id, school_id, direction, name, vehicle_id, "
                + "driver_id, funding_model, seats, wheelchair_places, booster_seats, metres, drive_seconds, school_time, geometry) "
                + "values (?, ?, ?, ?, ?, ?, 'SOCIAL_ORGANISATION', 45, 0, 0, 12000, 1500, ?, '[]')", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement stop = c.prepareStatement("insert into route_stop (route_id, seq, stop_id, planned_time) values (?, ?, ?, ?)");
             PreparedStatement guardian = c.prepareStatement("insert into guardian (given_name, family_name, phone, consent_at, "
                     + "consent_version, created_at) values ('明', '王', '13800000000', ?, 'v1', ?)", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement child = c.prepareStatement("insert into child (guardian_id, school_id, given_name, family_name, "
                     + "birth_date, grade, home_lat, home_lon, needs_wheelchair, needs_booster, handover_required, status, created_at) "
                     + "values (?, ?, ?, '王', '2017-03-01', 3, 30.3, 112.2, false, false, false, 'ACTIVE', ?)",
                     Statement.RETURN_GENERATED_KEYS);
             PreparedStatement seat = c.prepareStatement("insert into assignment (plan_id, child_id, direction, route_id, stop_id, "
                     + "walk_metres, matched_at) values (?, ?, ?, ?, ?, 200, ?)")) {
            for (int r = 0; r < ROUTE_PAIRS_PER_SCHOOL; r++) {
                long vehicle = insert(c, "insert into vehicle (village_id, plate, kind, child_seats, wheelchair_places, booster_seats, "
                        + "inspection_expiry, insurance_expiry, created_at) values (?, ?, 'MINIBUS', 45, 0, 0, ?, ?, ?)", village,
                        "压" + tag + "-" + r, Date.valueOf(today.plusYears(1)), Date.valueOf(today.plusYears(1)), now);
                long driver = insert(c, "insert into driver (village_id, given_name, family_name, phone, kind, licence_class, "
                        + "licence_expiry, background_check_on, background_check_expiry, training_on, created_at) values (?, '师傅', '张', "
                        + "'13900000000', 'EMPLOYED', 'B1', ?, ?, ?, ?, ?)", village, Date.valueOf(today.plusYears(5)),
                        Date.valueOf(today.minusYears(1)), Date.valueOf(today.plusYears(2)), Date.valueOf(today.minusMonths(6)), now);
                long[] stops = new long[STOPS_PER_ROUTE];
                for (int k = 0; k < STOPS_PER_ROUTE; k++) {
                    stops[k] = insert(c, "insert into bus_stop (village_id, name, lat, lon, created_at) values (?, ?, 30.3, 112.2, ?)",
                            village, "站" + tag + "-" + r + "-" + k, now);
                }
                long[] ids = new long[2];
                String[] directions = {"TO_SCHOOL", "FROM_SCHOOL"};
                for (int d = 0; d < 2; d++) {
                    route.setLong(1, plan);
                    route.setLong(2, school);
                    route.setString(3, directions[d]);
                    route.setString(4, "Route " + (r + 1) + (d == 0 ? " to school" : " from school"));
                    route.setLong(5, vehicle);
                    route.setLong(6, driver);
                    route.setInt(7, d == 0 ? 7 * 3600 + 45 * 60 : 16 * 3600 + 40 * 60);
                    route.executeUpdate();
                    try (ResultSet keys = route.getGeneratedKeys()) {
                        keys.next();
                        ids[d] = keys.getLong(1);
                    }
                    for (int k = 0; k < STOPS_PER_ROUTE; k++) {
                        stop.setLong(1, ids[d]);
                        stop.setInt(2, k);
                        stop.setLong(3, stops[d == 0 ? k : STOPS_PER_ROUTE - 1 - k]);
                        stop.setInt(4, d == 0 ? 7 * 3600 + 15 * 60 + k * 5 * 60 : 16 * 3600 + 50 * 60 + k * 5 * 60);
                        stop.addBatch();
                    }
                }
                stop.executeBatch();
                for (int i = 0; i < CHILDREN_PER_ROUTE; i++) {
                    guardian.setTimestamp(1, now);
                    guardian.setTimestamp(2, now);
                    guardian.addBatch();
                }
                guardian.executeBatch();
                List<Long> guardians = keys(guardian);
                for (int i = 0; i < CHILDREN_PER_ROUTE; i++) {
                    child.setLong(1, guardians.get(i));
                    child.setLong(2, school);
                    child.setString(3, "童" + i);
                    child.setTimestamp(4, now);
                    child.addBatch();
                }
                child.executeBatch();
                List<Long> kids = keys(child);
                for (int i = 0; i < CHILDREN_PER_ROUTE; i++) {
                    for (int d = 0; d < 2; d++) {
                        seat.setLong(1, plan);
                        seat.setLong(2, kids.get(i));
                        seat.setString(3, directions[d]);
                        seat.setLong(4, ids[d]);
                        seat.setLong(5, stops[i % STOPS_PER_ROUTE]);
                        seat.setTimestamp(6, now);
                        seat.addBatch();
                    }
                }
                seat.executeBatch();
            }
        }
    }

    private static List<Long> keys(PreparedStatement s) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (ResultSet rs = s.getGeneratedKeys()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static long insert(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
            try (ResultSet rs = s.getGeneratedKeys()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }
}
