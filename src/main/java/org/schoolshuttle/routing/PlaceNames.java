package org.schoolshuttle.routing;

import java.util.Locale;

/**
 * The spellings of one name: the local {@code name} and the translations the geocoder knows.
 *
 * @param name  the local name, never null
 * @param en    {@code name:en}, or null
 * @param zh    {@code name:zh-Hans}, else {@code name:zh}, or null
 * @param zhAlt {@code name:zh} when it differs from the simplified spelling, or null; searchable only
 */
record PlaceNames(String name, String en, String zh, String zhAlt) {

    PlaceNames {
        if (name == null) {
            throw new IllegalArgumentException("name must not be null");
        }
    }

    static PlaceNames of(String name) {
        return new PlaceNames(name, null, null, null);
    }

    /** The translation for the locale's language, else the local name. A null locale means the local name. */
    String pick(Locale locale) {
        String language = locale == null ? "" : locale.getLanguage();
        if (language.equals("zh") && zh != null) {
            return zh;
        }
        if (language.equals("en") && en != null) {
            return en;
        }
        return name;
    }

    /** True when {@link #pick} answers with the English translation rather than the local name. */
    boolean picksEnglish(Locale locale) {
        return locale != null && locale.getLanguage().equals("en") && en != null;
    }

    /** Fills translations this one lacks from another spelling set of the same name. */
    PlaceNames mergedWith(PlaceNames other) {
        return new PlaceNames(name, en != null ? en : other.en, zh != null ? zh : other.zh,
                zhAlt != null ? zhAlt : other.zhAlt);
    }
}
