package org.schoolshuttle.roster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** A day a volunteer cannot drive. */
@Entity
@Table(name = "volunteer_away_day")
@IdClass(AwayDay.Key.class)
public class AwayDay {

    @Id
    @Column(name = "driver_id")
    public Long driverId;

    @Id
    @Column(name = "away_day")
    public LocalDate day;

    public static class Key implements Serializable {
        public Long driverId;
        public LocalDate day;

        public Key() {
        }

        public Key(Long driverId, LocalDate day) {
            this.driverId = driverId;
            this.day = day;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.driverId, driverId) && Objects.equals(k.day, day);
        }

        @Override
        public int hashCode() {
            return Objects.hash(driverId, day);
        }
    }
}
