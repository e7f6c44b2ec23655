package org.schoolshuttle.demo;

import jakarta.enterprise.context.ApplicationScoped;
import org.schoolshuttle.account.AuditLog;
import org.schoolshuttle.fleet.Availability;
import org.schoolshuttle.fleet.Driver;
import org.schoolshuttle.fleet.DriverRepository;
import org.schoolshuttle.fleet.Escort;
import org.schoolshuttle.fleet.EscortRepository;
import org.schoolshuttle.fleet.PartOfDay;
import org.schoolshuttle.fleet.Vehicle;
import org.schoolshuttle.fleet.VehicleRepository;
import org.schoolshuttle.routing.GeocodedPlace;
import org.schoolshuttle.sponsor.Sponsor;
import org.schoolshuttle.sponsor.SponsorRepository;
import org.schoolshuttle.village.Village;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Three sponsors of different kinds; ten volunteer drivers with their own cars; three company minibuses
 * with employed drivers; three escorts. One volunteer's child-safety training has lapsed, so the
 * compliance views have something to show.
 */
@ApplicationScoped
class DemoFleet {

    static final int VOLUNTEERS = 10;
    static final int MINIBUSES = 3;

    record Result(long companySponsorId, long firstVolunteerId, int drivers, int vehicles, int sponsors) {
    }

    private final SponsorRepository sponsors;
    private final DriverRepository drivers;
    private final EscortRepository escorts;
    private final VehicleRepository vehicles;
    private final AuditLog audit;
    private final Clock clock;

    DemoFleet(SponsorRepository sponsors, DriverRepository drivers, EscortRepository escorts, VehicleRepository vehicles,
              AuditLog audit, Clock clock) {
        this.sponsors = sponsors;
        this.drivers = drivers;
        this.escorts = escorts;
        this.vehicles = vehicles;
        this.audit = audit;
        this.clock = clock;
    }

    Result seed(Scenario scenario, List<Village> villages, List<GeocodedPlace> addresses, Random random) {
        Village home = villages.get(0);
        Sponsor company = sponsor(home, Sponsor.Kind.COMPANY, scenario.sponsorNames().get(0));
        sponsor(home, Sponsor.Kind.CHARITY_FUND, scenario.sponsorNames().get(1));
        Sponsor socialWork = sponsor(home, Sponsor.Kind.SOCIAL_ORGANISATION, scenario.sponsorNames().get(2));
        DemoPeople people = new DemoPeople(random);
        NearbyAddresses near = new NearbyAddresses(addresses, random);
        LocalDate today = LocalDate.now(clock);
        long firstVolunteer = -1;
        for (int i = 0; i < VOLUNTEERS; i++) {
            Village village = villages.get(1 + i % (villages.size() - 1));
            Driver driver = driver(village, people, near.near(village), Driver.Kind.VOLUNTEER, null, 100 + i, today);
            if (i == VOLUNTEERS - 1) {
                driver.trainingOn = today.minusYears(3);
            }
            firstVolunteer = firstVolunteer < 0 ? driver.id : firstVolunteer;
            vehicle(village, scenario.platePrefix() + "V" + String.format("%04d", 1001 + i), Vehicle.Kind.CAR, 4, 0, 1, null, driver.id, today);
        }
        for (int i = 0; i < MINIBUSES; i++) {
            driver(home, people, near.near(home), Driver.Kind.EMPLOYED, company.id, 200 + i, today);
            vehicle(home, scenario.platePrefix() + "B" + String.format("%04d", 2001 + i), Vehicle.Kind.MINIBUS, 19, 1, 4, company.id, null, today);
            escort(home, people, socialWork.id, 300 + i, today);
        }
        return new Result(company.id, firstVolunteer, VOLUNTEERS + MINIBUSES, VOLUNTEERS + MINIBUSES, 3);
    }

    private Sponsor sponsor(Village village, Sponsor.Kind kind, String name) {
        Sponsor sponsor = new Sponsor();
        sponsor.villageId = village.id;
        sponsor.kind = kind;
        sponsor.name = name;
        sponsor.contactName = "联系人 Contact";
        sponsor.contactPhone = "+8613900000" + (100 + kind.ordinal());
        sponsor.createdAt = clock.instant();
        sponsors.persist(sponsor);
        audit.created("sponsor", sponsor.id, village.id, Map.of("name", name, "seededBy", "demo"));
        return sponsor;
    }

    private Driver driver(Village village, DemoPeople people, GeocodedPlace home, Driver.Kind kind, Long employer, int n,
                          LocalDate today) {
        Driver driver = new Driver();
        driver.villageId = village.id;
        driver.familyName = people.familyName();
        driver.givenName = people.adultName();
        driver.phone = people.phone(n);
        driver.kind = kind;
        driver.employerSponsorId = employer;
        driver.licenceClass = kind == Driver.Kind.EMPLOYED ? "B1" : "C1";
        driver.licenceExpiry = today.plusYears(3);
        driver.backgroundCheckOn = today.minusMonths(6);
        driver.backgroundCheckExpiry = today.plusMonths(18);
        driver.trainingOn = today.minusMonths(3);
        driver.homeLat = home.lat();
        driver.homeLon = home.lon();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            // Every volunteer of the demo drives their own car each school day, so the roster has no gaps to show
            // on a first look; the roster's gaps and swaps are for the coordinator to try.
            if (kind == Driver.Kind.EMPLOYED || kind == Driver.Kind.VOLUNTEER) {
                driver.availability.add(Availability.of(day, PartOfDay.MORNING));
                driver.availability.add(Availability.of(day, PartOfDay.AFTERNOON));
            }
        }
        driver.createdAt = clock.instant();
        drivers.persist(driver);
        audit.created("driver", driver.id, village.id, Map.of("kind", kind, "seededBy", "demo"));
        return driver;
    }

    private void vehicle(Village village, String plate, Vehicle.Kind kind, int seats, int wheelchairs, int boosters,
                         Long ownerSponsor, Long ownerDriver, LocalDate today) {
        Vehicle vehicle = new Vehicle();
        vehicle.villageId = village.id;
        vehicle.plate = plate;
        vehicle.kind = kind;
        vehicle.childSeats = seats;
        vehicle.wheelchairPlaces = wheelchairs;
        vehicle.boosterSeats = boosters;
        vehicle.inspectionExpiry = today.plusMonths(8);
        vehicle.insuranceExpiry = today.plusMonths(10);
        vehicle.ownerSponsorId = ownerSponsor;
        vehicle.ownerDriverId = ownerDriver;
        vehicle.createdAt = clock.instant();
        vehicles.persist(vehicle);
        audit.created("vehicle", vehicle.id, village.id, Map.of("plate", vehicle.plate, "seededBy", "demo"));
    }

    private void escort(Village village, DemoPeople people, long employer, int n, LocalDate today) {
        Escort escort = new Escort();
        escort.villageId = village.id;
        escort.familyName = people.familyName();
        escort.givenName = people.adultName();
        escort.phone = people.phone(n);
        escort.employerSponsorId = employer;
        escort.backgroundCheckOn = today.minusMonths(4);
        escort.backgroundCheckExpiry = today.plusMonths(20);
        escort.trainingOn = today.minusMonths(2);
        escort.createdAt = clock.instant();
        escorts.persist(escort);
        audit.created("escort", escort.id, village.id, Map.of("seededBy", "demo"));
    }
}
