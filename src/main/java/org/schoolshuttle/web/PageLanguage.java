package org.schoolshuttle.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import org.schoolshuttle.account.Caller;
import org.schoolshuttle.account.CurrentCaller;

import java.util.Locale;

/**
 * The language a page is shown in: the one chosen with the switch in this browser (remembered in a
 * cookie), else the browser's own preference, else the signed-in account's; Chinese when nothing says.
 */
@RequestScoped
public class PageLanguage {

    public static final String COOKIE = "shuttle-lang";

    private final HttpServerRequest request;
    private final CurrentCaller caller;
    private String code;

    PageLanguage(HttpServerRequest request, CurrentCaller caller) {
        this.request = request;
        this.caller = caller;
    }

    public String code() {
        if (code == null) {
            code = resolve();
        }
        return code;
    }

    public Locale locale() {
        return "en".equals(code()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    private String resolve() {
        Cookie chosen = request.getCookie(COOKIE);
        if (chosen != null && isKnown(chosen.getValue())) {
            return chosen.getValue();
        }
        String browser = request.getHeader("Accept-Language");
        if (browser != null && !browser.isBlank()) {
            return fromBrowser(browser);
        }
        Caller signedIn = caller.currentOrNull();
        return signedIn != null && isKnown(signedIn.language()) ? signedIn.language() : "zh";
    }

    /** The first of the browser's languages that we speak; q-values are listed in order by browsers. */
    static String fromBrowser(String acceptLanguage) {
        if (acceptLanguage == null) {
            return "zh";
        }
        for (String part : acceptLanguage.split(",")) {
            String tag = part.split(";")[0].trim().toLowerCase(Locale.ROOT);
            if (tag.startsWith("zh")) {
                return "zh";
            }
            if (tag.startsWith("en")) {
                return "en";
            }
        }
        return "zh";
    }

    public static boolean isKnown(String language) {
        return "zh".equals(language) || "en".equals(language);
    }
}
