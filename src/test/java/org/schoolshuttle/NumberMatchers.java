package org.schoolshuttle;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Range matchers for JSON numbers, whichever Java type (float, double, integer) the JSON path yields. */
public final class NumberMatchers {

    private NumberMatchers() {
    }

    public static Matcher<Number> between(double min, double max) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Number value) {
                return value.doubleValue() >= min && value.doubleValue() <= max;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a number from " + min + " to " + max);
            }
        };
    }

    public static Matcher<Number> atLeast(double min) {
        return between(min, Double.MAX_VALUE);
    }

    public static Matcher<Number> near(double expected, double tolerance) {
        return between(expected - tolerance, expected + tolerance);
    }
}
