package org.schoolshuttle.fleet;

/** A person's name as shown to others, in the order their language writes it. */
public final class PersonName {

    private PersonName() {
    }

    /** 王 + 小明 gives 王小明; Anna + Müller gives Anna Müller. */
    public static String of(String givenName, String familyName) {
        boolean han = (familyName + givenName).codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return han ? familyName + givenName : givenName + " " + familyName;
    }
}
