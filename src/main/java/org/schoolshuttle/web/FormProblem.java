package org.schoolshuttle.web;

import jakarta.validation.ConstraintViolation;
import org.schoolshuttle.common.FieldError;
import org.schoolshuttle.common.ProblemException;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Why a form was refused, shown above the form with each field named; nothing was saved. */
public record FormProblem(String detail, List<FieldError> fields) {

    public static FormProblem of(ProblemException e) {
        return new FormProblem(e.getMessage(), e.toProblem().errors());
    }

    public static FormProblem of(Set<? extends ConstraintViolation<?>> violations) {
        List<FieldError> fields = violations.stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field)).toList();
        return new FormProblem(null, fields);
    }

    public static FormProblem of(String field, String reason) {
        return new FormProblem(null, List.of(new FieldError(field, reason)));
    }
}
