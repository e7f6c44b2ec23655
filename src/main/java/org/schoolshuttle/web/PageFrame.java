package org.schoolshuttle.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import org.schoolshuttle.account.Caller;
import org.schoolshuttle.account.CurrentCaller;
import org.schoolshuttle.account.Role;

/**
 * What every page shows around its own content: the words in the page's language, who is signed in
 * (for the menu) and the map settings. Pages hand their template here before returning it.
 */
@RequestScoped
public class PageFrame {

    private final Words words;
    private final PageLanguage language;
    private final CurrentCaller caller;
    private final MapScript map;
    private final ObjectMapper json;
    private final HttpServerRequest request;

    PageFrame(Words words, PageLanguage language, CurrentCaller caller, MapScript map, ObjectMapper json,
              HttpServerRequest request) {
        this.request = request;
        this.words = words;
        this.language = language;
        this.caller = caller;
        this.map = map;
        this.json = json;
    }

    /** The signed-in person as the menu needs them. */
    public record SignedIn(String username, Role role) {
        public boolean parent() {
            return role == Role.PARENT;
        }

        public boolean driver() {
            return role == Role.DRIVER;
        }

        public boolean coordinator() {
            return role == Role.COORDINATOR || role == Role.ADMIN;
        }

        public boolean sponsor() {
            return role == Role.SPONSOR;
        }
    }

    public TemplateInstance dress(TemplateInstance page) {
        Caller c = caller.currentOrNull();
        return page.data("t", words.of(language.code()))
                .data("lang", language.code())
                .data("me", c == null ? null : new SignedIn(c.username(), c.role()))
                .data("mapSettings", map.json())
                .data("here", here());
    }

    /** Where the language switch comes back to: this page, or for a refused form the page that sent it. */
    private String here() {
        if ("GET".equals(request.method().name())) {
            return request.uri();
        }
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                java.net.URI from = java.net.URI.create(referer);
                if (from.getRawPath() != null) {
                    return from.getRawPath() + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery());
                }
            } catch (IllegalArgumentException e) {
                // an unreadable Referer: fall back to the start page
            }
        }
        return "/app";
    }

    public String word(String key) {
        return words.get(language.code(), key);
    }

    public java.util.Locale locale() {
        return language.locale();
    }

    public String language() {
        return language.code();
    }

    /**
     * Data for a page's script, as JSON safe to place inside {@code <script type="application/json">}:
     * no {@code <}, {@code >} or {@code &} survive, so no value can close the element.
     */
    public String json(Object value) {
        return scriptJson(json, value);
    }

    static String scriptJson(ObjectMapper json, Object value) {
        try {
            return json.writeValueAsString(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
