package org.schoolshuttle.routing;

import jakarta.ws.rs.core.HttpHeaders;

import java.util.Locale;

/** The language a client asked for: the {@code locale} parameter, else Accept-Language, else English. */
public final class RequestLocale {

    private RequestLocale() {
    }

    public static Locale of(String parameter, HttpHeaders headers) {
        return of(parameter, headers, Locale.ENGLISH);
    }

    /** As {@link #of(String, HttpHeaders)}, with the language to use when the client named none. */
    public static Locale of(String parameter, HttpHeaders headers, Locale fallback) {
        if (parameter != null && !parameter.isBlank()) {
            return normalise(Locale.forLanguageTag(parameter.trim().replace('_', '-')));
        }
        for (Locale accepted : headers.getAcceptableLanguages()) {
            if (!accepted.getLanguage().isEmpty() && !"*".equals(accepted.getLanguage())) {
                return normalise(accepted);
            }
        }
        return fallback;
    }

    /** Plain "zh" means Simplified Chinese for our users; GraphHopper needs the region to choose it. */
    private static Locale normalise(Locale locale) {
        if ("zh".equals(locale.getLanguage()) && locale.getCountry().isEmpty()) {
            return "Hant".equals(locale.getScript()) ? Locale.TRADITIONAL_CHINESE : Locale.SIMPLIFIED_CHINESE;
        }
        return locale.getLanguage().isEmpty() ? Locale.ENGLISH : locale;
    }
}
