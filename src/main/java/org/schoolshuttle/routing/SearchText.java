package org.schoolshuttle.routing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Spelling-forgiving normalisation shared by indexing and querying, so that both sides agree: case,
 * accents, {@code ß}, punctuation and full-width characters are folded away, German street suffixes are
 * shortened ({@code straße}, {@code strasse}, {@code str.} all become {@code str}) and text in scripts
 * written without spaces (Chinese, Japanese, Korean, Thai…) is cut into overlapping character pairs, so a
 * query run matches wherever it occurs inside a name.
 */
final class SearchText {

    /** House numbers are indexed under this prefix so they never collide with name words. */
    static final String HOUSE_NUMBER_PREFIX = "#";

    // Letters that NFKD does not decompose into a base letter plus a mark.
    private static final Map<Character, String> FOLDS = Map.of(
            'ß', "ss", 'æ', "ae", 'œ', "oe", 'ø', "o", 'ł', "l", 'đ', "d", 'ð', "d", 'þ', "th", 'ı', "i");

    // Street words and their usual abbreviations, spelt one way on both sides of the match.
    private static final Map<String, String> WORDS = Map.of(
            "strasse", "str", "road", "rd", "street", "st", "avenue", "ave");
    private static final String STREET = "str";

    private SearchText() {
    }

    /** Lower case, marks stripped, compatibility forms folded, everything but letters and digits a space. */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                continue;
            }
            String fold = cp < 0x10000 ? FOLDS.get((char) cp) : null;
            if (fold != null) {
                out.append(fold);
            } else if (Character.isLetterOrDigit(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append(' ');
            }
        }
        // Hangul syllables come apart under NFKD; put them back together.
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /**
     * The words of a text: runs of letters and digits, with runs of unspaced scripts kept apart from Latin
     * runs ({@code "青石路12号"} gives {@code 青石路}, {@code 12}, {@code 号}) and street suffixes shortened.
     */
    static List<String> words(String text) {
        String normalized = normalize(text);
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < normalized.length()) {
            int cp = normalized.codePointAt(i);
            if (cp == ' ') {
                i++;
                continue;
            }
            boolean unspaced = isUnspaced(cp);
            int end = i;
            while (end < normalized.length()) {
                int c = normalized.codePointAt(end);
                if (c == ' ' || isUnspaced(c) != unspaced) {
                    break;
                }
                end += Character.charCount(c);
            }
            String word = normalized.substring(i, end);
            words.add(unspaced ? word : canonical(word));
            i = end;
        }
        return words;
    }

    /**
     * Adds the index terms of a name: its Latin words and the character pairs of its unspaced runs. A
     * compound street word is also indexed in parts, so "Stöckig-Straße" finds "Stöckigstraße".
     */
    static void addNameTerms(String name, Collection<String> terms) {
        for (String word : words(name)) {
            if (isUnspaced(word.codePointAt(0))) {
                addPairs(word, terms);
            } else {
                terms.add(word);
                if (word.length() > STREET.length() + 1 && word.endsWith(STREET)) {
                    terms.add(word.substring(0, word.length() - STREET.length()));
                    terms.add(STREET);
                }
            }
        }
    }

    /**
     * The comparable forms of a house number tag: {@code "12 a"} and {@code "12A"} give {@code 12a},
     * {@code "12号"} gives {@code 12}, a range {@code "12-14"} gives both {@code 12} and {@code 14}.
     */
    static List<String> houseNumbers(String houseNumber) {
        List<String> numbers = new ArrayList<>();
        for (String word : words(houseNumber)) {
            if (isHouseNumberSuffix(word)) {
                continue;
            }
            boolean letterSuffix = !numbers.isEmpty() && word.length() <= 2 && !startsWithDigit(word)
                    && !isUnspaced(word.codePointAt(0));
            if (letterSuffix) {
                numbers.set(numbers.size() - 1, numbers.get(numbers.size() - 1) + word);
            } else {
                numbers.add(word);
            }
        }
        return numbers;
    }

    /** The {@code 号} that Chinese writes after a house number; it carries nothing to match. */
    private static boolean isHouseNumberSuffix(String word) {
        return word.equals("号") || word.equals("號");
    }

    static boolean startsWithDigit(String word) {
        return !word.isEmpty() && Character.isDigit(word.codePointAt(0));
    }

    /** Scripts written without spaces between words, matched by character pairs. */
    static boolean isUnspaced(int cp) {
        if (cp < 0x0E00) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return switch (script) {
            case HAN, HIRAGANA, KATAKANA, HANGUL, THAI, LAO, KHMER, MYANMAR -> true;
            default -> false;
        };
    }

    static boolean containsUnspaced(String text) {
        return text != null && text.codePoints().anyMatch(SearchText::isUnspaced);
    }

    /** Overlapping character pairs of an unspaced run; a single character stands for itself. */
    static void addPairs(String run, Collection<String> terms) {
        int[] cps = run.codePoints().toArray();
        if (cps.length == 1) {
            terms.add(run);
            return;
        }
        for (int i = 0; i + 1 < cps.length; i++) {
            terms.add(new String(cps, i, 2));
        }
    }

    private static String canonical(String word) {
        String mapped = WORDS.get(word);
        if (mapped != null) {
            return mapped;
        }
        if (word.endsWith("strasse")) {
            return word.substring(0, word.length() - "strasse".length()) + STREET;
        }
        return word;
    }
}
