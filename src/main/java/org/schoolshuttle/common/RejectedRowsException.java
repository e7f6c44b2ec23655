package org.schoolshuttle.common;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * An uploaded sheet refused as a whole, with every bad cell of every row; nothing of it was saved. The mapper answers
 * problem+json whose {@code errors} are {@code [{row, column, reason}]} instead of fields.
 */
public class RejectedRowsException extends ProblemException {

    private final transient List<RowError> rows;

    /**
     * @param status 400 when the file cannot be read as a sheet of our columns, 422 when rows break the rules, 413 when
     *               it is too large
     */
    public RejectedRowsException(int status, String slug, String title, String detail, List<RowError> rows) {
        super(status, slug, title, detail, List.of());
        this.rows = List.copyOf(rows);
    }

    public List<RowError> rows() {
        return rows;
    }

    /** The problem+json body: as {@link Problem}, with the rows as its errors. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record RowsProblem(String type, String title, int status, String detail, List<RowError> errors) {
    }

    RowsProblem toRowsProblem() {
        Problem p = toProblem();
        return new RowsProblem(p.type(), p.title(), p.status(), p.detail(), rows);
    }
}
