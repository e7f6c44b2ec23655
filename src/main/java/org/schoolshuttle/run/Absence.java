package org.schoolshuttle.run;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.schoolshuttle.route.Direction;

import java.time.Instant;
import java.time.LocalDate;

/** A family's notice that a child will not ride on some days, one direction or both ({@code direction} null). */
@Entity
public class Absence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "child_id")
    public Long childId;

    @Column(name = "first_day")
    public LocalDate firstDay;

    @Column(name = "last_day")
    public LocalDate lastDay;

    @Enumerated(EnumType.STRING)
    public Direction direction;

    public String note;

    @Column(name = "reported_by")
    public Long reportedBy;

    @Column(name = "reported_at")
    public Instant reportedAt;

    boolean covers(LocalDate day, Direction d) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay) && (direction == null || direction == d);
    }
}
