package org.schoolshuttle.routing;

import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns what {@link GeocoderImport} read into geocoder entries: places first, then addresses with their
 * street translated through the names of the highways ({@code addr:street=青石路} also gets the street's
 * {@code name:en}) and their locality from {@code addr:city} or else the nearest settlement, then merged
 * streets, which take the locality of the addresses along them.
 */
final class GeocoderAssembly {

    private static final Logger LOG = Logger.getLogger(GeocoderAssembly.class);
    private static final double CITY_RADIUS_M = 10_000;
    private static final int MAX_SETTLEMENT_RANK = 4; // city … hamlet; not neighbourhoods or field names

    private final GeocoderImport data;
    private final GeocoderEntries entries = new GeocoderEntries();
    private final Map<String, PlaceNames> placeNames = new HashMap<>();
    private final Map<String, PlaceNames> streetNames = new HashMap<>();
    private final Map<String, List<Integer>> addressesByStreet = new HashMap<>();
    private SpatialGrid settlements;

    private GeocoderAssembly(GeocoderImport data) {
        this.data = data;
    }

    static GeocoderEntries assemble(GeocoderImport data) {
        GeocoderAssembly assembly = new GeocoderAssembly(data);
        assembly.addPlaces();
        List<StreetClusters.Street> streets = StreetClusters.cluster(data.streets, data.wayNodes);
        for (StreetClusters.Street street : streets) {
            assembly.streetNames.merge(street.names().name(), street.names(), PlaceNames::mergedWith);
        }
        assembly.addAddresses();
        for (StreetClusters.Street street : streets) {
            assembly.addStreet(street);
        }
        LOG.infof("Geocoder assembled %d entries: %d places, %d addresses, %d streets",
                assembly.entries.size(), data.places.size(), data.addresses.size(), streets.size());
        return assembly.entries;
    }

    private void addPlaces() {
        List<Integer> settlementIds = new ArrayList<>();
        for (GeocoderImport.RawPlace place : data.places) {
            int entry = entries.add(GeocoderEntries.PLACE, entries.nameId(place.names()), -1, null, null,
                    place.rank(), place.latE7(), place.lonE7());
            placeNames.merge(place.names().name(), place.names(), PlaceNames::mergedWith);
            if (place.rank() <= MAX_SETTLEMENT_RANK) {
                settlementIds.add(entry);
            }
        }
        settlements = new SpatialGrid(settlementIds.stream().mapToInt(Integer::intValue).toArray(),
                entries::latE7, entries::lonE7, CITY_RADIUS_M);
    }

    private void addAddresses() {
        for (GeocoderImport.RawAddress address : data.addresses) {
            GeocoderImport.AddressTags tags = address.tags();
            PlaceNames street = tags.onPlace()
                    ? placeNames.getOrDefault(tags.street(), streetNames.get(tags.street()))
                    : streetNames.getOrDefault(tags.street(), placeNames.get(tags.street()));
            if (street == null) {
                street = PlaceNames.of(tags.street());
            }
            int cityId = tags.city() != null
                    ? entries.nameId(placeNames.getOrDefault(tags.city(), PlaceNames.of(tags.city())))
                    : nearestSettlementName(address.latE7(), address.lonE7());
            int entry = entries.add(GeocoderEntries.ADDRESS, entries.nameId(street), cityId, tags.houseNumber(),
                    tags.postcode(), 0, address.latE7(), address.lonE7());
            addressesByStreet.computeIfAbsent(tags.street(), s -> new ArrayList<>()).add(entry);
        }
    }

    private void addStreet(StreetClusters.Street street) {
        int cityId = -1;
        double bestMeters = StreetClusters.MERGE_METERS;
        double lat = GeocoderEntries.fromE7(street.latE7());
        double lon = GeocoderEntries.fromE7(street.lonE7());
        for (int address : addressesByStreet.getOrDefault(street.names().name(), List.of())) {
            double meters = SpatialGrid.distanceMeters(lat, lon,
                    GeocoderEntries.fromE7(entries.latE7(address)), GeocoderEntries.fromE7(entries.lonE7(address)));
            if (meters < bestMeters && entries.cityId(address) >= 0) {
                bestMeters = meters;
                cityId = entries.cityId(address);
            }
        }
        if (cityId < 0) {
            cityId = nearestSettlementName(street.latE7(), street.lonE7());
        }
        PlaceNames names = streetNames.getOrDefault(street.names().name(), street.names());
        int entry = entries.add(GeocoderEntries.STREET, entries.nameId(names), cityId, null, null, 0,
                street.latE7(), street.lonE7());
        for (int i = 0; i < street.pointLats().length; i++) {
            entries.addStreetPoint(entry, street.pointLats()[i], street.pointLons()[i]);
        }
    }

    private int nearestSettlementName(int latE7, int lonE7) {
        int place = settlements.nearest(GeocoderEntries.fromE7(latE7), GeocoderEntries.fromE7(lonE7), CITY_RADIUS_M);
        return place < 0 ? -1 : entries.nameId(place);
    }
}
