package org.schoolshuttle.school;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** A school: its place on the minibus network, bell times, the grades it teaches and how far children may walk. */
@Entity
public class School {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "village_id")
    public Long villageId;

    @Column(name = "name_zh")
    public String nameZh;

    @Column(name = "name_en")
    public String nameEn;

    /** Snapped to the minibus network: where shuttles stop. */
    public double lat;
    public double lon;

    @Column(name = "morning_bell")
    public LocalTime morningBell;

    @Column(name = "afternoon_dismissal")
    public LocalTime afternoonDismissal;

    @Column(name = "lowest_grade")
    public int lowestGrade;

    @Column(name = "highest_grade")
    public int highestGrade;

    /** Walking limit in metres for grades without their own. */
    @Column(name = "walk_limit_meters")
    public int walkLimitMeters;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "school_grade_walk_limit", joinColumns = @JoinColumn(name = "school_id"))
    @MapKeyColumn(name = "grade")
    @Column(name = "limit_meters")
    public Map<Integer, Integer> gradeWalkLimits = new HashMap<>();

    @Column(name = "created_at")
    public Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "school_term", joinColumns = @JoinColumn(name = "school_id"))
    public List<Term> terms = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "school_day_exception", joinColumns = @JoinColumn(name = "school_id"))
    public List<DayException> dayExceptions = new ArrayList<>();

    /** Adds a term; callers check the dates (see {@code CalendarCheck}). */
    public void addTerm(String name, LocalDate startsOn, LocalDate endsOn) {
        terms.add(new Term(name, startsOn, endsOn));
    }

    /** Adds a holiday on a weekday, or with {@code makeUp} a weekend day with school. */
    public void addDayException(LocalDate day, boolean makeUp, String note) {
        dayExceptions.add(new DayException(day, makeUp ? DayException.Kind.MAKE_UP : DayException.Kind.HOLIDAY, note));
    }

    /**
     * Whether children go to school on {@code day}: inside a term, and a weekday that is not a holiday
     * or a weekend make-up day.
     */
    public boolean isSchoolDay(LocalDate day) {
        if (terms.stream().noneMatch(t -> t.contains(day))) {
            return false;
        }
        for (DayException exception : dayExceptions) {
            if (exception.day.equals(day)) {
                return exception.kind == DayException.Kind.MAKE_UP;
            }
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    public boolean teaches(int grade) {
        return grade >= lowestGrade && grade <= highestGrade;
    }

    /** How far, in metres, a child of this grade may walk to a stop. */
    public int walkLimitFor(int grade) {
        return gradeWalkLimits.getOrDefault(grade, walkLimitMeters);
    }

    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("nameZh", nameZh);
        s.put("nameEn", nameEn);
        s.put("lat", lat);
        s.put("lon", lon);
        s.put("morningBell", morningBell);
        s.put("afternoonDismissal", afternoonDismissal);
        s.put("grades", lowestGrade + "-" + highestGrade);
        s.put("walkLimitMeters", walkLimitMeters);
        s.put("gradeWalkLimits", new TreeMap<>(gradeWalkLimits));
        return s;
    }
}
