package org.schoolshuttle.fleet;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.schoolshuttle.notify.Alerts;
import org.schoolshuttle.notify.Text;
import org.schoolshuttle.village.Village;
import org.schoolshuttle.village.VillageRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Once a week, tells each village's coordinators what will stop a driver, escort or vehicle from carrying
 * children within the warning time (30 days): a licence, background check, training, inspection or insurance
 * running out. Renewing in time is what keeps runs from being blocked on the day.
 */
@ApplicationScoped
public class ExpiryWarnings {

    private final VillageRepository villages;
    private final DriverRepository drivers;
    private final EscortRepository escorts;
    private final VehicleRepository vehicles;
    private final Alerts alerts;
    private final FleetConfig config;
    private final Clock clock;

    ExpiryWarnings(VillageRepository villages, DriverRepository drivers, EscortRepository escorts,
                   VehicleRepository vehicles, Alerts alerts, FleetConfig config, Clock clock) {
        this.villages = villages;
        this.drivers = drivers;
        this.escorts = escorts;
        this.vehicles = vehicles;
        this.alerts = alerts;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = "warn-expiries", cron = "{shuttle.fleet.expiry-warning-cron}")
    void weekly() {
        for (Village village : villages.listAll()) {
            warn(village.id);
        }
    }

    /** @return the warnings given to the village (empty when nothing runs out, or it was warned this week) */
    @Transactional
    public List<String> warn(long villageId) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(villages.findById(villageId).timeZone)));
        LocalDate ahead = today.plusDays(config.expiryWarningDays());
        List<String> en = new ArrayList<>();
        List<String> zh = new ArrayList<>();
        for (Driver d : drivers.list("villageId", villageId)) {
            ahead(en, zh, "Driver " + d.familyName + d.givenName, "司机" + d.familyName + d.givenName,
                    d.fitness(today, config.trainingValidYears()), d.fitness(ahead, config.trainingValidYears()));
        }
        for (Escort e : escorts.list("villageId", villageId)) {
            ahead(en, zh, "Escort " + e.familyName + e.givenName, "陪护" + e.familyName + e.givenName,
                    e.fitness(today, config.trainingValidYears()), e.fitness(ahead, config.trainingValidYears()));
        }
        for (Vehicle v : vehicles.list("villageId", villageId)) {
            ahead(en, zh, "Vehicle " + v.plate, "车辆" + v.plate, v.fitness(today), v.fitness(ahead));
        }
        if (en.isEmpty()) {
            return List.of();
        }
        Text message = new Text(config.expiryWarningDays() + " 天内到期，请及时续办：" + String.join("；", zh) + "。",
                "Running out within " + config.expiryWarningDays() + " days; renew in time: " + String.join("; ", en) + ".");
        return alerts.raiseOncePer(villageId, Alerts.EXPIRY_WARNING, Duration.ofDays(6), message) ? en : List.of();
    }

    /** What is fine today but not on the day ahead. */
    private static void ahead(List<String> en, List<String> zh, String who, String whoZh, Fitness today, Fitness later) {
        List<String> coming = later.reasons().stream().filter(r -> !today.reasons().contains(r))
                .map(r -> r.replace("expired on", "expires on")).toList();
        if (!coming.isEmpty()) {
            en.add(who + ": " + String.join(", ", coming));
            zh.add(whoZh + "：" + String.join("，", coming));
        }
    }
}
