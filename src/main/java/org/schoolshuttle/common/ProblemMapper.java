package org.schoolshuttle.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.Priorities;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The one place where failures become {@code application/problem+json}. Exception class names and
 * stack traces never reach the client; unexpected failures are logged with an id the client sees.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final String FORM_SIGN_IN = "/j_security_check";
    private static final String FORM_FAILED = "/login?error=1";
    private static final int MOST_FIELD_ERRORS = 20;

    @ServerExceptionMapper
    public Response problem(ProblemException e, io.vertx.core.http.HttpServerRequest request) {
        return respond(e.toProblem(), request);
    }

    @ServerExceptionMapper
    public Response rejectedRows(RejectedRowsException e) {
        return Response.status(e.status()).type(Problem.MEDIA_TYPE).entity(e.toRowsProblem()).build();
    }

    @ServerExceptionMapper
    public Response invalidBean(ConstraintViolationException e) {
        List<FieldError> all = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        // A list of 100,000 empty items breaks two rules in each: the answer names the first few, not a 20 MB list.
        List<FieldError> errors = all.size() > MOST_FIELD_ERRORS ? all.subList(0, MOST_FIELD_ERRORS) : all;
        String detail = errors.stream().map(f -> f.field() + ": " + f.reason()).collect(Collectors.joining("; "))
                + (all.size() > errors.size() ? "; and " + (all.size() - errors.size()) + " more" : "");
        return respond(Problem.of("invalid-input", "Invalid input", 400, detail, errors));
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response mismatchedJson(MismatchedInputException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response unconstructableJson(InvalidDefinitionException e) {
        // Raised while reading a request body whose value cannot become the declared type: the client's input.
        return unreadableJson(e);
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response unreadableJson(JsonProcessingException e) {
        if (isSyntaxError(e)) {
            return respond(Problem.of("malformed-json", "Malformed JSON", 400, "The request body is not valid JSON"
                    + (e.getLocation() == null ? "." : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")."), List.of()));
        }
        String field = e instanceof JsonMappingException m ? pathOf(m) : "body";
        String reason = e instanceof UnrecognizedPropertyException
                ? "is not a known field"
                : e instanceof InvalidFormatException f && f.getTargetType() == String.class ? StrictJson.NOT_TEXT
                : e instanceof StrictJson.TooManyItems ? StrictJson.TOO_MANY
                : "body".equals(field) ? "does not have the expected shape"
                : e instanceof InvalidFormatException ? "has the wrong type or format" : "has the wrong type";
        return respond(Problem.of("invalid-input", "Invalid input", 400, field + ": " + reason,
                List.of(new FieldError(field, reason))));
    }

    @ServerExceptionMapper
    public Response duplicate(org.hibernate.exception.ConstraintViolationException e) {
        // The database's own uniqueness rules catch what two concurrent requests slipped past the checks.
        return respond(Problem.of("conflict", "Conflict", 409,
                "This clashes with something stored meanwhile (a duplicate); nothing was changed.", List.of()));
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e) {
        return challenge("You need to log in to do this.");
    }

    @ServerExceptionMapper
    public Response badCredentials(AuthenticationFailedException e, io.vertx.core.http.HttpServerRequest request) {
        if (request.path().equals(FORM_SIGN_IN) || request.path().startsWith("/app")) {
            // Browsers go back to the sign-in page; only API clients get problem+json.
            return Response.status(302).location(java.net.URI.create(FORM_FAILED)).build();
        }
        String detail = e.getMessage() != null && e.getMessage().startsWith("Too many failed log-ins")
                ? e.getMessage() : "Wrong user name or password.";
        return challenge(detail);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, io.vertx.core.http.HttpServerRequest request) {
        return respond(Problem.of("forbidden", "Forbidden", 403, "Your role may not do this.", List.of()), request);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, io.vertx.core.http.HttpServerRequest request) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json);
        }
        int status = e.getResponse().getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "HTTP " + status : type.getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that HTTP method.";
            case 406 -> "The response cannot be given in the media type asked for.";
            case 415 -> "The request body must be sent as application/json.";
            default -> title;
        };
        return respond(Problem.of(slugOf(title), title, status, detail, List.of()), request);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (DatabaseOutage.causes(e)) {
            // Not a fault to report: the database is restarting or out of reach. Phones retry event batches,
            // which are safe to send again under the same ids.
            LOG.warnf("Database unavailable: %s", e.getMessage());
            return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", "5")
                    .entity(Problem.of("database-unavailable", "Service unavailable", 503,
                            "The database cannot be reached just now. Try again in a few seconds.", List.of())).build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, incident %s", incident);
        return respond(Problem.of("internal-error", "Internal error", 500,
                "Something went wrong on our side. Quote incident " + incident + " when you report it.", List.of()));
    }

    private static Response challenge(String detail) {
        return Response.status(401).type(Problem.MEDIA_TYPE).header("WWW-Authenticate", "Basic realm=\"School Shuttle\"")
                .entity(Problem.of("unauthenticated", "Unauthenticated", 401, detail, List.of())).build();
    }

    /**
     * A person browsing the web app gets a page they can read and leave; everyone else problem+json.
     * Page scripts ask for JSON and get JSON.
     */
    private static Response respond(Problem problem, io.vertx.core.http.HttpServerRequest request) {
        String accept = request.getHeader("Accept");
        boolean page = request.path().startsWith("/app") && accept != null && accept.contains("text/html");
        if (!page) {
            return respond(problem);
        }
        String html = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(problem.title()) + "</title><link rel=\"stylesheet\" href=\"/static/app.css\"></head>"
                + "<body><main id=\"content\"><h1>" + escape(problem.title()) + "</h1><p class=\"error\" id=\"problem\">"
                + escape(problem.detail()) + "</p><p><a href=\"/app\">返回首页 · Back to the start page</a></p></main></body></html>";
        return Response.status(problem.status()).type("text/html;charset=UTF-8").entity(html).build();
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String fieldOf(ConstraintViolation<?> v) {
        // Paths look like "matrix.request.sources[3]": drop the method and parameter names.
        String path = v.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : "body";
    }

    private static boolean isSyntaxError(JsonProcessingException e) {
        return e instanceof JsonParseException || e.getCause() instanceof JsonParseException
                || String.valueOf(e.getOriginalMessage()).startsWith("Unexpected end-of-input");
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String slugOf(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }
}
