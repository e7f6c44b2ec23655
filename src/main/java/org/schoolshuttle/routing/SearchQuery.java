package org.schoolshuttle.routing;

import java.util.ArrayList;
import java.util.List;

/**
 * A query cut into the words the index is searched with. Words starting with a digit are house numbers
 * (a lone letter after one joins it: {@code "13 b"} is {@code 13b}); the {@code 号} after a number is
 * dropped; runs of unspaced scripts become character pairs that must match whole, and a lone character
 * matches any pair it starts. Latin words also match longer terms they begin.
 */
final class SearchQuery {

    private final List<String> words = new ArrayList<>();
    private final List<Boolean> numbers = new ArrayList<>();
    private final List<Boolean> prefixes = new ArrayList<>();

    private SearchQuery() {
    }

    /**
     * @throws IllegalArgumentException when the query is null or has no letters or digits
     */
    static SearchQuery parse(String query) {
        if (query == null || query.isBlank()) {
            throw new IllegalArgumentException("query must not be blank");
        }
        SearchQuery parsed = new SearchQuery();
        List<String> words = SearchText.words(query);
        for (String word : words) {
            boolean afterNumber = !parsed.words.isEmpty() && parsed.numbers.get(parsed.words.size() - 1);
            if (SearchText.isUnspaced(word.codePointAt(0))) {
                if (afterNumber && (word.startsWith("号") || word.startsWith("號"))) {
                    word = word.substring(1);
                }
                parsed.addRun(word);
            } else if (SearchText.startsWithDigit(word)) {
                parsed.add(word, true, false);
            } else if (afterNumber && word.length() == 1) {
                int last = parsed.words.size() - 1;
                parsed.words.set(last, parsed.words.get(last) + word);
            } else {
                parsed.add(word, false, true);
            }
        }
        if (parsed.words.isEmpty()) {
            throw new IllegalArgumentException("query must contain letters or digits, got '" + query.strip() + "'");
        }
        return parsed;
    }

    private void addRun(String run) {
        if (run.isEmpty()) {
            return;
        }
        if (run.codePointCount(0, run.length()) == 1) {
            add(run, false, true);
            return;
        }
        List<String> pairs = new ArrayList<>();
        SearchText.addPairs(run, pairs);
        for (String pair : pairs) {
            add(pair, false, false);
        }
    }

    private void add(String word, boolean number, boolean prefix) {
        words.add(word);
        numbers.add(number);
        prefixes.add(prefix);
    }

    int size() {
        return words.size();
    }

    String word(int i) {
        return words.get(i);
    }

    boolean isNumber(int i) {
        return numbers.get(i);
    }

    boolean allowsPrefix(int i) {
        return prefixes.get(i);
    }

    boolean hasText() {
        return numbers.contains(Boolean.FALSE);
    }

    /** The first house number asked for, or null. */
    String firstNumber() {
        int i = numbers.indexOf(Boolean.TRUE);
        return i < 0 ? null : words.get(i);
    }
}
