package org.schoolshuttle.notify;

/** A message in both our languages; each recipient gets the one they chose. */
public record Text(String zh, String en) {

    public static final String CHINESE = "zh";
    public static final String ENGLISH = "en";

    public String in(String language) {
        return ENGLISH.equals(language) ? en : zh;
    }
}
