package org.schoolshuttle.childimport;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of an import file, in the template's order. A header cell may name a column in English or in Chinese;
 * case, spaces and hyphens do not matter in the English names.
 */
public enum ImportColumn {
    CHILD_GIVEN_NAME("child_given_name", "孩子名字", true, "小明", "The child's given name (up to 100 characters)."),
    CHILD_FAMILY_NAME("child_family_name", "孩子姓氏", true, "王", "The child's family name (up to 100 characters)."),
    BIRTH_DATE("birth_date", "出生日期", true, "2018-09-01",
            "YYYY-MM-DD (also 2018/9/1, or a date cell in Excel); not in the future, at most 25 years ago."),
    GRADE("grade", "年级", true, "2", "A grade the school teaches (1–12)."),
    WHEELCHAIR("wheelchair", "需要轮椅", false, "no", "yes or no (是/否); blank is no."),
    BOOSTER_SEAT("booster_seat", "需要增高座椅", false, "no", "yes or no (是/否); blank is no."),
    HANDOVER_REQUIRED("handover_required", "须交给接送人", false, "",
            "Whether the child may only be handed to the guardian or an authorised adult: yes or no; blank is yes"
                    + " for children under 8."),
    GUARDIAN_GIVEN_NAME("guardian_given_name", "监护人名字", true, "芳", "The guardian's given name."),
    GUARDIAN_FAMILY_NAME("guardian_family_name", "监护人姓氏", true, "李", "The guardian's family name."),
    GUARDIAN_PHONE("guardian_phone", "监护人手机", true, "13800138000",
            "A mobile number (13812345678, spaces allowed) or an international number starting with +. Children"
                    + " with the same number are one family; a number the village already knows joins that family."),
    GUARDIAN_EMAIL("guardian_email", "监护人邮箱", false, "", "Optional e-mail address for messages."),
    LANGUAGE("language", "语言", false, "zh", "The language of the family's messages: zh or en (中文/English); blank is zh."),
    HOME_ADDRESS("home_address", "家庭住址", false, "",
            "An address of the map, word for word as the address search finds it. Give it, or home_lat and home_lon."),
    HOME_LAT("home_lat", "住址纬度", false, "", "Latitude of the home (WGS-84, as a map shows it), with home_lon."),
    HOME_LON("home_lon", "住址经度", false, "", "Longitude of the home (WGS-84), with home_lat; a pin wins over the address."),
    AUTHORISED_ADULTS("authorised_adults", "授权接送人", false, "李强 13900139000 外公",
            "Who else may collect the child: \"name phone relation\", several separated by ; (at most 10).");

    /** Longer than this, a cell is refused whatever its column. */
    static final int MAX_CELL_LENGTH = 1000;

    private final String english;
    private final String chinese;
    private final boolean required;
    private final String example;
    private final String description;

    ImportColumn(String english, String chinese, boolean required, String example, String description) {
        this.english = english;
        this.chinese = chinese;
        this.required = required;
        this.example = example;
        this.description = description;
    }

    public String english() {
        return english;
    }

    public String chinese() {
        return chinese;
    }

    /** The header the template writes in this language ({@code zh} or anything else for English). */
    public String header(String language) {
        return "zh".equals(language) ? chinese : english;
    }

    public boolean required() {
        return required;
    }

    String example() {
        return example;
    }

    public String description() {
        return description;
    }

    /** The column a header cell names, if any. */
    static Optional<ImportColumn> named(String header) {
        String compact = header.strip().replace("\uFEFF", "");
        String english = compact.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        String chinese = compact.replaceAll("\\s+", "");
        return Arrays.stream(values()).filter(c -> c.english.equals(english) || c.chinese.equals(chinese)).findFirst();
    }
}
