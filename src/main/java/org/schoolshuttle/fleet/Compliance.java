package org.schoolshuttle.fleet;

import org.schoolshuttle.common.QueryValues;
import jakarta.enterprise.context.ApplicationScoped;
import org.schoolshuttle.common.InvalidInputException;
import org.schoolshuttle.common.NotFoundException;
import org.schoolshuttle.village.Village;
import org.schoolshuttle.village.VillageRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Whether drivers, escorts and vehicles are fit for a school run on a day. It checks no access: the
 * fleet's resources check who may ask, and the scheduler asks for every run it creates.
 */
@ApplicationScoped
public class Compliance {

    private final DriverRepository drivers;
    private final EscortRepository escorts;
    private final VehicleRepository vehicles;
    private final VillageRepository villages;
    private final FleetConfig config;
    private final Clock clock;

    Compliance(DriverRepository drivers, EscortRepository escorts, VehicleRepository vehicles,
               VillageRepository villages, FleetConfig config, Clock clock) {
        this.drivers = drivers;
        this.escorts = escorts;
        this.vehicles = vehicles;
        this.villages = villages;
        this.config = config;
        this.clock = clock;
    }

    /** @throws NotFoundException when the driver does not exist */
    public Fitness ofDriver(long driverId, LocalDate date) {
        return drivers.findByIdOptional(driverId).orElseThrow(() -> new NotFoundException("Driver", driverId))
                .fitness(date, config.trainingValidYears());
    }

    /** @throws NotFoundException when the escort does not exist */
    public Fitness ofEscort(long escortId, LocalDate date) {
        return escorts.findByIdOptional(escortId).orElseThrow(() -> new NotFoundException("Escort", escortId))
                .fitness(date, config.trainingValidYears());
    }

    /** @throws NotFoundException when the vehicle does not exist */
    public Fitness ofVehicle(long vehicleId, LocalDate date) {
        return vehicles.findByIdOptional(vehicleId).orElseThrow(() -> new NotFoundException("Vehicle", vehicleId))
                .fitness(date);
    }

    /** Today's date where the village is, which is what "expired today" means to its people. */
    public LocalDate today(long villageId) {
        Village village = villages.findById(villageId);
        return LocalDate.now(clock.withZone(ZoneId.of(village.timeZone)));
    }

    /**
     * @param text a date as YYYY-MM-DD, or {@code null}/blank for today in the village
     * @throws InvalidInputException naming {@code date} when the text is not a date
     */
    LocalDate dateOrToday(String text, long villageId) {
        LocalDate date = QueryValues.date(text, "date");
        return date != null ? date : today(villageId);
    }
}
