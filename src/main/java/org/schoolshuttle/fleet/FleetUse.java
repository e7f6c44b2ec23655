package org.schoolshuttle.fleet;

import java.util.List;

/**
 * What other features (plans) hold of a driver, escort or vehicle, in words for the coordinator; while anything
 * does, it cannot be deleted. Implemented by {@code route}.
 */
public interface FleetUse {

    List<String> ofVehicle(long vehicleId);

    List<String> ofDriver(long driverId);

    List<String> ofEscort(long escortId);
}
