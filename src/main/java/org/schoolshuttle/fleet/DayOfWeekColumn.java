package org.schoolshuttle.fleet;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.time.DayOfWeek;

/** Stores a day of the week as ISO 1 (Monday) to 7 (Sunday), as the schema's check expects, not as an ordinal from 0. */
@Converter
class DayOfWeekColumn implements AttributeConverter<DayOfWeek, Integer> {

    @Override
    public Integer convertToDatabaseColumn(DayOfWeek day) {
        return day == null ? null : day.getValue();
    }

    @Override
    public DayOfWeek convertToEntityAttribute(Integer value) {
        return value == null ? null : DayOfWeek.of(value);
    }
}
