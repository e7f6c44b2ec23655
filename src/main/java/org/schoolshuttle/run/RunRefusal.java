package org.schoolshuttle.run;

import org.schoolshuttle.common.FieldError;
import org.schoolshuttle.common.ProblemException;

import java.util.List;
import java.util.stream.Collectors;

/** The driver's request breaks the rules of the run in one or more places; nothing was recorded. */
public class RunRefusal extends ProblemException {

    RunRefusal(int status, String title, List<FieldError> errors) {
        super(status, title.toLowerCase().replace(' ', '-'), title,
                errors.stream().map(e -> e.field() + ": " + e.reason()).collect(Collectors.joining("; ")), errors);
    }

    static RunRefusal eventsRefused(List<FieldError> errors) {
        return new RunRefusal(422, "Events refused", errors);
    }

    static RunRefusal notSettled(List<FieldError> errors) {
        return new RunRefusal(409, "Children not accounted for", errors);
    }
}
