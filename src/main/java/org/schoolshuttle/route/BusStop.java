package org.schoolshuttle.route;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.schoolshuttle.common.GeoPoint;

import java.time.Instant;

/** A place on a road a shuttle may stop at, named after the road; shared by every plan of the village. */
@Entity
@Table(name = "bus_stop")
public class BusStop {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "village_id")
    public Long villageId;

    public String name;

    public double lat;

    public double lon;

    @Column(name = "created_at")
    public Instant createdAt;

    public GeoPoint point() {
        return new GeoPoint(lat, lon);
    }
}
