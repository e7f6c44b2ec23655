package org.schoolshuttle.fleet;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.DayOfWeek;
import java.util.Objects;

/** One weekly run a driver is willing to drive, e.g. Monday morning. */
@Embeddable
public class Availability {

    @Convert(converter = DayOfWeekColumn.class)
    @Column(name = "day_of_week")
    public DayOfWeek dayOfWeek;

    @Enumerated(EnumType.STRING)
    @Column(name = "part_of_day")
    public PartOfDay partOfDay;

    protected Availability() {
        // for JPA
    }

    public static Availability of(DayOfWeek dayOfWeek, PartOfDay partOfDay) {
        return new Availability(dayOfWeek, partOfDay);
    }

    Availability(DayOfWeek dayOfWeek, PartOfDay partOfDay) {
        this.dayOfWeek = dayOfWeek;
        this.partOfDay = partOfDay;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Availability a && a.dayOfWeek == dayOfWeek && a.partOfDay == partOfDay;
    }

    @Override
    public int hashCode() {
        return Objects.hash(dayOfWeek, partOfDay);
    }

    @Override
    public String toString() {
        return dayOfWeek + " " + partOfDay;
    }
}
