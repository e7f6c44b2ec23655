package org.schoolshuttle.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Inverted index from search terms to geocoder entries. Terms are kept sorted so that a query word can
 * also match every term it begins ({@code hauptstr} finds {@code hauptstr}, {@code haupt} finds it too).
 * It is derived from the entries alone, so it is rebuilt on load rather than stored.
 */
final class TermIndex {

    private final String[] terms;
    private final int[][] postings;

    private TermIndex(String[] terms, int[][] postings) {
        this.terms = terms;
        this.postings = postings;
    }

    static TermIndex build(GeocoderEntries entries) {
        Map<Integer, List<String>> nameTerms = new HashMap<>();
        Map<String, int[]> lists = new HashMap<>();
        Set<String> entryTerms = new LinkedHashSet<>();
        for (int entry = 0; entry < entries.size(); entry++) {
            entryTerms.clear();
            entryTerms.addAll(nameTerms.computeIfAbsent(entries.nameId(entry), id -> termsOf(entries.names(id))));
            int city = entries.cityId(entry);
            if (city >= 0) {
                entryTerms.addAll(nameTerms.computeIfAbsent(city, id -> termsOf(entries.names(id))));
            }
            if (entries.houseNumber(entry) != null) {
                for (String number : SearchText.houseNumbers(entries.houseNumber(entry))) {
                    entryTerms.add(SearchText.HOUSE_NUMBER_PREFIX + number);
                }
            }
            if (entries.postcode(entry) != null) {
                entryTerms.addAll(SearchText.words(entries.postcode(entry)));
            }
            for (String term : entryTerms) {
                // Slot 0 holds the count; the list grows by doubling.
                int[] list = lists.computeIfAbsent(term, t -> new int[4]);
                if (list[0] + 1 == list.length) {
                    list = Arrays.copyOf(list, list.length * 2);
                    lists.put(term, list);
                }
                list[++list[0]] = entry;
            }
        }
        String[] sorted = lists.keySet().toArray(new String[0]);
        Arrays.sort(sorted);
        int[][] postings = new int[sorted.length][];
        for (int i = 0; i < sorted.length; i++) {
            int[] list = lists.get(sorted[i]);
            postings[i] = Arrays.copyOfRange(list, 1, list[0] + 1);
        }
        return new TermIndex(sorted, postings);
    }

    private static List<String> termsOf(PlaceNames names) {
        Set<String> terms = new LinkedHashSet<>();
        SearchText.addNameTerms(names.name(), terms);
        SearchText.addNameTerms(names.en(), terms);
        SearchText.addNameTerms(names.zh(), terms);
        SearchText.addNameTerms(names.zhAlt(), terms);
        return new ArrayList<>(terms);
    }

    int termCount() {
        return terms.length;
    }

    String term(int termId) {
        return terms[termId];
    }

    /** Entries carrying the term, ascending. */
    int[] postings(int termId) {
        return postings[termId];
    }

    /** The id of a term, or -1. */
    int find(String term) {
        int i = Arrays.binarySearch(terms, term);
        return i >= 0 ? i : -1;
    }

    /** The first term id not sorting before the given text; terms starting with it follow from here. */
    int lowerBound(String text) {
        int i = Arrays.binarySearch(terms, text);
        return i >= 0 ? i : -i - 1;
    }
}
