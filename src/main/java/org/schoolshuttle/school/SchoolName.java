package org.schoolshuttle.school;

/** A school as a link names it: for screens that list a village's schools without their limits or calendar. */
public record SchoolName(long id, String nameZh, String nameEn) {

    /** The name in the page's language: English where the school has one, else Chinese. */
    public String in(String language) {
        return "en".equals(language) && nameEn != null ? nameEn : nameZh;
    }
}
