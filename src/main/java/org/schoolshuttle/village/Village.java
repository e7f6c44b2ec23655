package org.schoolshuttle.village;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

@Entity
public class Village {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "name_zh")
    public String nameZh;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "centre_lat")
    public double centreLat;

    @Column(name = "centre_lon")
    public double centreLon;

    @Column(name = "time_zone")
    public String timeZone;

    @Column(name = "created_at")
    public Instant createdAt;

    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("nameZh", nameZh);
        s.put("nameEn", nameEn);
        s.put("centreLat", centreLat);
        s.put("centreLon", centreLon);
        s.put("timeZone", timeZone);
        return s;
    }
}
