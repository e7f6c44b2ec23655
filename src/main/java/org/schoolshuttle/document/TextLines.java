package org.schoolshuttle.document;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Breaks mixed Chinese and Latin text into lines of a width. Chinese may break between any two characters, Latin
 * only at spaces (a word longer than the line is cut); closing punctuation never starts a line and opening
 * punctuation never ends one. A line break in the text starts a new line.
 */
final class TextLines {

    private static final String NO_LINE_START = "，。、；：！？）》」』】〕〉”’…,.;:!?)]}%";
    private static final String NO_LINE_END = "（《「『【〔〈“‘([{";

    private TextLines() {
    }

    /**
     * @param measure the printed width of a string, in the unit of {@code width}
     * @return at least one line (an empty one for empty text)
     */
    static List<String> wrap(String text, double width, ToDoubleFunction<String> measure) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).split("\r?\n", -1)) {
            wrapParagraph(paragraph, width, measure, lines);
        }
        return lines;
    }

    private static void wrapParagraph(String text, double width, ToDoubleFunction<String> measure, List<String> lines) {
        StringBuilder line = new StringBuilder();
        boolean space = false;
        for (String unit : units(text)) {
            if (unit.isBlank()) {
                space = !line.isEmpty();
                continue;
            }
            String candidate = line + (space ? " " : "") + unit;
            space = false;
            if (fits(candidate, width, measure)) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            // A unit wider than a whole line (a long number, a URL) is cut where it must be.
            String rest = unit;
            while (!fits(rest, width, measure)) {
                int cut = longestFit(rest, width, measure);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        lines.add(line.toString());
    }

    private static boolean fits(String s, double width, ToDoubleFunction<String> measure) {
        return measure.applyAsDouble(s) <= width;
    }

    private static int longestFit(String s, double width, ToDoubleFunction<String> measure) {
        int cut = s.offsetByCodePoints(0, 1);
        while (cut < s.length()) {
            int next = s.offsetByCodePoints(cut, 1);
            if (!fits(s.substring(0, next), width, measure)) {
                break;
            }
            cut = next;
        }
        return cut;
    }

    /** Words, single Chinese characters (with the punctuation that clings to them) and spaces. */
    static List<String> units(String text) {
        List<String> units = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean glueNext = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            String ch = new String(Character.toChars(cp));
            if (Character.isWhitespace(cp) || cp == '\u3000') {
                flush(word, units);
                units.add(" ");
                glueNext = false;
            } else if (NO_LINE_START.contains(ch) && (!units.isEmpty() || !word.isEmpty())) {
                if (!word.isEmpty()) {
                    word.append(ch);
                } else if (!units.get(units.size() - 1).isBlank()) {
                    units.set(units.size() - 1, units.get(units.size() - 1) + ch);
                } else {
                    units.add(ch);
                }
                glueNext = false;
            } else if (isWide(cp)) {
                flush(word, units);
                if (glueNext && !units.isEmpty()) {
                    units.set(units.size() - 1, units.get(units.size() - 1) + ch);
                } else {
                    units.add(ch);
                }
                glueNext = NO_LINE_END.contains(ch);
            } else {
                if (glueNext && word.isEmpty() && !units.isEmpty()) {
                    word.append(units.remove(units.size() - 1));
                }
                word.append(ch);
                glueNext = NO_LINE_END.contains(ch);
            }
        }
        flush(word, units);
        return units;
    }

    private static void flush(StringBuilder word, List<String> units) {
        if (!word.isEmpty()) {
            units.add(word.toString());
            word.setLength(0);
        }
    }

    /** Characters of scripts written without spaces, each a place to break. */
    private static boolean isWide(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.BOPOMOFO
                || Character.UnicodeBlock.of(cp) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || Character.UnicodeBlock.of(cp) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }
}
