package org.schoolshuttle.fleet;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.schoolshuttle.account.AccessPolicy;
import org.schoolshuttle.account.ScopedQuery;
import org.schoolshuttle.account.Account;
import org.schoolshuttle.account.AccountRepository;
import org.schoolshuttle.account.AuditLog;
import org.schoolshuttle.account.Caller;
import org.schoolshuttle.account.Role;
import org.schoolshuttle.common.ConflictException;
import org.schoolshuttle.common.DomainRuleException;
import org.schoolshuttle.common.InvalidInputException;
import org.schoolshuttle.common.NotFoundException;
import org.schoolshuttle.common.Page;
import org.schoolshuttle.common.PageRequest;
import org.schoolshuttle.common.PhoneNumber;
import org.schoolshuttle.sponsor.SponsorService;
import org.schoolshuttle.village.VillageService;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

@ApplicationScoped
public class DriverService {

    static final String AUDIT_TYPE = "driver";

    private final DriverRepository drivers;
    private final VehicleRepository vehicles;
    private final AccountRepository accounts;
    private final VillageService villages;
    private final SponsorService sponsors;
    private final Compliance compliance;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;
    private final FleetUse use;

    DriverService(DriverRepository drivers, VehicleRepository vehicles, AccountRepository accounts, VillageService villages,
                  SponsorService sponsors, Compliance compliance, AccessPolicy access, AuditLog audit, Clock clock,
                  FleetUse use) {
        this.drivers = drivers;
        this.vehicles = vehicles;
        this.accounts = accounts;
        this.villages = villages;
        this.sponsors = sponsors;
        this.compliance = compliance;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.use = use;
    }

    /**
     * @throws NotFoundException     when the village is outside the caller's scope
     * @throws InvalidInputException for an impossible phone number or inconsistent vetting dates
     * @throws DomainRuleException   when an employed driver names no employer, or one of another village
     */
    @Transactional
    public DriverView create(DriverRequest request) {
        villages.visible(request.villageId());
        Driver driver = new Driver();
        driver.villageId = request.villageId();
        apply(driver, request);
        driver.createdAt = clock.instant();
        drivers.persist(driver);
        audit.created(AUDIT_TYPE, driver.id, driver.villageId, driver.snapshot());
        return DriverView.from(driver);
    }

    /** As {@link #create}; the village cannot change (422). */
    @Transactional
    public DriverView update(long id, DriverRequest request) {
        Driver driver = visible(id);
        if (!driver.villageId.equals(request.villageId())) {
            throw new DomainRuleException("villageId", "cannot change: a driver belongs to the village they were created in");
        }
        Map<String, Object> before = driver.snapshot();
        apply(driver, request);
        audit.updated(AUDIT_TYPE, driver.id, driver.villageId, before, driver.snapshot());
        return DriverView.from(driver);
    }

    /**
     * Deletes the driver, their login and any unused invitation.
     *
     * @throws ConflictException while the driver owns a vehicle
     */
    @Transactional
    public void delete(long id) {
        Driver driver = visible(id);
        List<Vehicle> owned = vehicles.list("ownerDriverId", id);
        if (!owned.isEmpty()) {
            throw new ConflictException("id", "the driver owns vehicle " + owned.stream().map(v -> v.plate)
                    .collect(Collectors.joining(", ")) + "; give it another owner or delete it first");
        }
        List<String> users = use.ofDriver(id);
        if (!users.isEmpty()) {
            throw new ConflictException("id", "the driver drives " + String.join(", ", users)
                    + "; name another driver for those routes first");
        }
        // A driver who no longer drives for the village must not keep seeing children's stops.
        for (Account login : accounts.list("driverId", id)) {
            accounts.delete(login);
            audit.deleted(InvitationService.ACCOUNT_AUDIT_TYPE, login.id, driver.villageId);
        }
        drivers.delete(driver); // the schema deletes the driver's invitations with it
        audit.deleted(AUDIT_TYPE, id, driver.villageId);
    }

    /** Administrators and the village's coordinators see any driver; a driver only their own record. */
    public DriverView get(long id) {
        return DriverView.from(readable(id));
    }

    /** @throws NotFoundException when the caller's login is not bound to a driver */
    public DriverView me() {
        Long own = access.caller().driverId();
        if (own == null) {
            throw new NotFoundException("Driver", "of this login");
        }
        return get(own);
    }

    /**
     * @param villageId optional; a village outside the caller's scope answers 404
     * @param kind      optional
     */
    public Page<DriverView> list(Long villageId, Driver.Kind kind, PageRequest page) {
        return ScopedQuery.inVillages(access, villageId).and("kind = :kind", "kind", kind)
                .page(drivers, Sort.by("familyName").and("givenName").and("id"), page, DriverView::from);
    }

    /**
     * @param date YYYY-MM-DD, or {@code null} for today in the driver's village
     * @throws InvalidInputException naming {@code date} when it is not a date
     */
    public Fitness fitness(long id, String date) {
        Driver driver = readable(id);
        return compliance.ofDriver(driver.id, compliance.dateOrToday(date, driver.villageId));
    }

    /** @throws NotFoundException when the driver does not exist or is outside the caller's villages */
    Driver visible(long id) {
        Driver driver = drivers.findById(id);
        if (driver == null || !access.coversVillage(driver.villageId)) {
            throw new NotFoundException("Driver", id);
        }
        return driver;
    }

    private Driver readable(long id) {
        Caller caller = access.caller();
        if (caller.is(Role.DRIVER)) {
            Driver own = Long.valueOf(id).equals(caller.driverId()) ? drivers.findById(id) : null;
            if (own == null) {
                throw new NotFoundException("Driver", id);
            }
            return own;
        }
        return visible(id);
    }

    private void apply(Driver driver, DriverRequest request) {
        if (request.kind() == Driver.Kind.EMPLOYED && request.employerSponsorId() == null) {
            throw new DomainRuleException("employerSponsorId", "is required for an employed driver: the sponsor who employs them");
        }
        if (request.employerSponsorId() != null) {
            sponsors.requireInVillage(request.employerSponsorId(), driver.villageId, "employerSponsorId");
        }
        driver.givenName = request.givenName().trim();
        driver.familyName = request.familyName().trim();
        driver.phone = PhoneNumber.normalise(request.phone(), "phone");
        driver.kind = request.kind();
        driver.employerSponsorId = request.employerSponsorId();
        driver.licenceClass = request.licenceClass().trim().toUpperCase(Locale.ROOT);
        driver.licenceExpiry = request.licenceExpiry();
        driver.vetting(Vetting.checked(request.backgroundCheckOn(), request.backgroundCheckExpiry(), request.trainingOn()));
        driver.homeLat = request.home() == null ? null : request.home().lat();
        driver.homeLon = request.home() == null ? null : request.home().lon();
        // Replace the contents, not the collection: Hibernate tracks the set it loaded.
        driver.availability.clear();
        if (request.availability() != null) {
            request.availability().forEach(slot -> driver.availability.add(slot.toAvailability()));
        }
    }
}
