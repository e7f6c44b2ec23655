package org.schoolshuttle.common;

import java.util.List;

/** Well-formed input that breaks a rule only the domain knows (a grade the school does not teach). */
public class DomainRuleException extends ProblemException {

    public DomainRuleException(String field, String reason) {
        super(422, "rule-violated", "Not allowed", field + ": " + reason, List.of(new FieldError(field, reason)));
    }
}
