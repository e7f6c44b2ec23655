package org.schoolshuttle.school;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.LocalDate;

/** A weekday without school (holiday) or a weekend day with school (make-up day, 调休). */
@Embeddable
public class DayException {

    public enum Kind { HOLIDAY, MAKE_UP }

    @Column(name = "school_day")
    public LocalDate day;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public String note;

    public DayException() {
    }

    DayException(LocalDate day, Kind kind, String note) {
        this.day = day;
        this.kind = kind;
        this.note = note;
    }
}
