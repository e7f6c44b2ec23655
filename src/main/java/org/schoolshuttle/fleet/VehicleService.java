package org.schoolshuttle.fleet;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.schoolshuttle.account.AccessPolicy;
import org.schoolshuttle.account.ScopedQuery;
import org.schoolshuttle.account.AuditLog;
import org.schoolshuttle.common.ConflictException;
import org.schoolshuttle.common.DomainRuleException;
import org.schoolshuttle.common.InvalidInputException;
import org.schoolshuttle.common.NotFoundException;
import org.schoolshuttle.common.Page;
import org.schoolshuttle.common.PageRequest;
import org.schoolshuttle.sponsor.SponsorService;
import org.schoolshuttle.village.VillageService;

import org.schoolshuttle.routing.RoutingService;
import org.schoolshuttle.routing.SnappedPoint;
import org.schoolshuttle.routing.TravelProfile;

import java.time.Clock;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class VehicleService {

    static final String AUDIT_TYPE = "vehicle";

    private final VehicleRepository vehicles;
    private final DriverRepository drivers;
    private final VillageService villages;
    private final SponsorService sponsors;
    private final Compliance compliance;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;
    private final RoutingService routing;
    private final FleetUse use;

    VehicleService(VehicleRepository vehicles, DriverRepository drivers, VillageService villages, SponsorService sponsors,
                   Compliance compliance, AccessPolicy access, AuditLog audit, Clock clock, RoutingService routing, FleetUse use) {
        this.vehicles = vehicles;
        this.drivers = drivers;
        this.villages = villages;
        this.sponsors = sponsors;
        this.compliance = compliance;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.routing = routing;
        this.use = use;
    }

    /**
     * @throws NotFoundException     when the village is outside the caller's scope
     * @throws InvalidInputException when the plate is not a possible number plate
     * @throws ConflictException     when another vehicle has the plate
     * @throws DomainRuleException   unless exactly one owner is named, a sponsor or a driver of the same village
     */
    @Transactional
    public VehicleView create(VehicleRequest request) {
        villages.visible(request.villageId());
        Vehicle vehicle = new Vehicle();
        vehicle.villageId = request.villageId();
        apply(vehicle, request);
        vehicle.createdAt = clock.instant();
        vehicles.persist(vehicle);
        audit.created(AUDIT_TYPE, vehicle.id, vehicle.villageId, vehicle.snapshot());
        return VehicleView.from(vehicle);
    }

    /** As {@link #create}; the village cannot change (422). */
    @Transactional
    public VehicleView update(long id, VehicleRequest request) {
        Vehicle vehicle = visible(id);
        if (!vehicle.villageId.equals(request.villageId())) {
            throw new DomainRuleException("villageId", "cannot change: a vehicle belongs to the village it was created in");
        }
        Map<String, Object> before = vehicle.snapshot();
        apply(vehicle, request);
        audit.updated(AUDIT_TYPE, vehicle.id, vehicle.villageId, before, vehicle.snapshot());
        return VehicleView.from(vehicle);
    }

    /** @throws NotFoundException when the vehicle does not exist or is outside the caller's villages */
    @Transactional
    public void delete(long id) {
        Vehicle vehicle = visible(id);
        List<String> users = use.ofVehicle(id);
        if (!users.isEmpty()) {
            throw new ConflictException("id", "the vehicle drives " + String.join(", ", users)
                    + "; publish a plan without it before deleting it");
        }
        vehicles.delete(vehicle);
        audit.deleted(AUDIT_TYPE, id, vehicle.villageId);
    }

    /** @throws NotFoundException when the vehicle does not exist or is outside the caller's villages */
    public VehicleView get(long id) {
        return VehicleView.from(visible(id));
    }

    /**
     * @param villageId optional; a village outside the caller's scope answers 404
     * @param kind      optional
     */
    public Page<VehicleView> list(Long villageId, Vehicle.Kind kind, PageRequest page) {
        return ScopedQuery.inVillages(access, villageId).and("kind = :kind", "kind", kind)
                .page(vehicles, Sort.by("plate").and("id"), page, VehicleView::from);
    }

    /**
     * @param date YYYY-MM-DD, or {@code null} for today in the vehicle's village
     * @throws InvalidInputException naming {@code date} when it is not a date
     */
    public Fitness fitness(long id, String date) {
        Vehicle vehicle = visible(id);
        return compliance.ofVehicle(vehicle.id, compliance.dateOrToday(date, vehicle.villageId));
    }

    private Vehicle visible(long id) {
        Vehicle vehicle = vehicles.findById(id);
        if (vehicle == null || !access.coversVillage(vehicle.villageId)) {
            throw new NotFoundException("Vehicle", id);
        }
        return vehicle;
    }

    private void apply(Vehicle vehicle, VehicleRequest request) {
        String plate = Plate.normalise(request.plate());
        long self = vehicle.id == null ? -1 : vehicle.id;
        if (vehicles.count("plate = ?1 and id <> ?2", plate, self) > 0) {
            throw new ConflictException("plate", "is already registered for another vehicle");
        }
        requireOneOwner(vehicle.villageId, request);
        vehicle.plate = plate;
        vehicle.kind = request.kind();
        vehicle.childSeats = request.childSeats();
        vehicle.wheelchairPlaces = request.wheelchairPlaces() == null ? 0 : request.wheelchairPlaces();
        vehicle.boosterSeats = request.boosterSeats() == null ? 0 : request.boosterSeats();
        vehicle.inspectionExpiry = request.inspectionExpiry();
        vehicle.insuranceExpiry = request.insuranceExpiry();
        vehicle.ownerSponsorId = request.ownerSponsorId();
        vehicle.ownerDriverId = request.ownerDriverId();
        if (request.base() == null) {
            vehicle.baseLat = null;
            vehicle.baseLon = null;
        } else {
            // Kept on a road the vehicle can leave by: the depot must be on the map's minibus network.
            SnappedPoint base = routing.snap(request.base().point(), TravelProfile.MINIBUS, "base");
            vehicle.baseLat = base.lat();
            vehicle.baseLon = base.lon();
        }
    }

    private void requireOneOwner(long villageId, VehicleRequest request) {
        if (request.ownerSponsorId() != null && request.ownerDriverId() != null) {
            throw new DomainRuleException("ownerDriverId", "must be empty when ownerSponsorId is given: a vehicle has one owner");
        }
        if (request.ownerSponsorId() == null && request.ownerDriverId() == null) {
            throw new DomainRuleException("ownerSponsorId", "is required unless ownerDriverId is given: "
                    + "a vehicle is owned by a sponsor or by one of the village's drivers");
        }
        if (request.ownerSponsorId() != null) {
            sponsors.requireInVillage(request.ownerSponsorId(), villageId, "ownerSponsorId");
            return;
        }
        Driver owner = drivers.findById(request.ownerDriverId());
        if (owner == null || owner.villageId != villageId) {
            throw new DomainRuleException("ownerDriverId", "must be a driver of the same village (village " + villageId + ")");
        }
    }
}
