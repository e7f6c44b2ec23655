package org.schoolshuttle.demo;

import jakarta.enterprise.context.ApplicationScoped;
import org.schoolshuttle.account.AuditLog;
import org.schoolshuttle.common.GeoPoint;
import org.schoolshuttle.family.AuthorisedAdult;
import org.schoolshuttle.family.Child;
import org.schoolshuttle.family.ChildRepository;
import org.schoolshuttle.family.ChildStatus;
import org.schoolshuttle.family.Guardian;
import org.schoolshuttle.family.GuardianRepository;
import org.schoolshuttle.routing.GeocodedPlace;
import org.schoolshuttle.routing.RoutingService;
import org.schoolshuttle.routing.SnappedPoint;
import org.schoolshuttle.routing.TravelProfile;
import org.schoolshuttle.routing.UnroutablePointException;
import org.schoolshuttle.school.School;
import org.schoolshuttle.village.Village;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Families at real addresses of the map around the villages (not in the school's own village, whose
 * children walk), one or two children each, in the grades the schools teach. A few need a wheelchair or
 * a booster seat.
 */
@ApplicationScoped
class DemoFamilies {

    record Result(long firstGuardianId, int families, int children) {
    }

    private final GuardianRepository guardians;
    private final ChildRepository children;
    private final RoutingService routing;
    private final AuditLog audit;
    private final Clock clock;

    DemoFamilies(GuardianRepository guardians, ChildRepository children, RoutingService routing, AuditLog audit, Clock clock) {
        this.guardians = guardians;
        this.children = children;
        this.routing = routing;
        this.audit = audit;
        this.clock = clock;
    }

    Result seed(List<Village> villages, List<School> schools, List<GeocodedPlace> addresses, int childCount, Random random) {
        DemoPeople people = new DemoPeople(random);
        NearbyAddresses near = new NearbyAddresses(addresses, random);
        LocalDate today = LocalDate.now(clock);
        long firstGuardian = -1;
        int families = 0;
        int registered = 0;
        while (registered < childCount) {
            Village village = villages.get(1 + families % (villages.size() - 1));
            GeocodedPlace address = near.near(village);
            SnappedPoint home;
            try {
                home = routing.snap(new GeoPoint(address.lat(), address.lon()), TravelProfile.CHILD_WALK, "home");
            } catch (UnroutablePointException farFromAnyPath) {
                continue;
            }
            Guardian guardian = guardian(people, families, village);
            firstGuardian = firstGuardian < 0 ? guardian.id : firstGuardian;
            families++;
            String familyName = guardian.familyName;
            int siblings = random.nextInt(4) == 0 ? 2 : 1;
            java.util.Set<String> names = new java.util.HashSet<>();
            for (int s = 0; s < siblings && registered < childCount; s++) {
                School school = schools.get(random.nextInt(schools.size()));
                int grade = school.lowestGrade + random.nextInt(school.highestGrade - school.lowestGrade + 1);
                String name = people.childName();
                while (!names.add(name)) {
                    name = people.childName();
                }
                child(guardian, familyName, name, people, school, grade, address, home, today, random, village);
                registered++;
            }
        }
        return new Result(firstGuardian, families, registered);
    }

    private Guardian guardian(DemoPeople people, int n, Village village) {
        Guardian guardian = new Guardian();
        guardian.familyName = people.familyName();
        guardian.givenName = people.adultName();
        guardian.phone = n == 0 ? "+86" + ScenarioSeed.PARENT : people.phone(1000 + n);
        guardian.consentAt = clock.instant();
        guardian.consentVersion = "demo";
        guardian.createdAt = guardian.consentAt;
        guardians.persist(guardian);
        audit.created("guardian", guardian.id, village.id, Map.of("seededBy", "demo"));
        return guardian;
    }

    private void child(Guardian guardian, String familyName, String givenName, DemoPeople people, School school, int grade,
                       GeocodedPlace address, SnappedPoint home, LocalDate today, Random random, Village village) {
        Child child = new Child();
        child.guardianId = guardian.id;
        child.schoolId = school.id;
        child.familyName = familyName;
        child.givenName = givenName;
        child.birthDate = today.minusYears(6 + grade).minusDays(random.nextInt(365));
        child.grade = grade;
        child.homeAddress = address.label();
        child.pinLat = address.lat();
        child.pinLon = address.lon();
        child.homeLat = home.lat();
        child.homeLon = home.lon();
        child.needsWheelchair = random.nextInt(40) == 0;
        child.needsBooster = grade <= 2 && random.nextInt(4) == 0;
        child.handoverRequired = 6 + grade < 8;
        child.status = ChildStatus.ACTIVE;
        child.createdAt = clock.instant();
        AuthorisedAdult grandparent = new AuthorisedAdult();
        grandparent.name = familyName + people.adultName();
        grandparent.phone = people.phone(5000 + random.nextInt(4000));
        grandparent.relation = "祖父母 grandparent";
        child.authorisedAdults.add(grandparent);
        children.persist(child);
        audit.created("child", child.id, village.id, Map.of("seededBy", "demo"));
    }
}
