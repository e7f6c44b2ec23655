package org.schoolshuttle.routing;

import java.util.Arrays;

/**
 * Per-query score sheet over all entries. A query word may match several terms of one entry (a street
 * and its village both starting with "wald"); only its best match counts, so the words, not the terms,
 * decide the ranking. Entries touched are listed so the caller never scans the untouched rest.
 */
final class SearchScores {

    private final int[] score;
    private final int[] best;
    private final int[] stamp;
    private final int[] wordStamp;
    private final byte[] words;
    private final byte[] flags;
    private int[] touched = new int[256];
    private int touchedCount;
    private int term;

    SearchScores(int entries) {
        score = new int[entries];
        best = new int[entries];
        stamp = new int[entries];
        wordStamp = new int[entries];
        words = new byte[entries];
        flags = new byte[entries];
    }

    /** Starts scoring the next query word. */
    void nextTerm() {
        term++;
    }

    /**
     * Scores a match of the current query word.
     *
     * @param flag     bits the caller wants remembered for the entry
     * @param wordFound whether the match makes the word count as found: a name or postcode matched,
     *                  not merely a house number
     */
    void add(int entry, int weight, int flag, boolean wordFound) {
        if (score[entry] == 0 && flags[entry] == 0) {
            if (touchedCount == touched.length) {
                touched = Arrays.copyOf(touched, touchedCount * 2);
            }
            touched[touchedCount++] = entry;
        }
        if (stamp[entry] != term) {
            stamp[entry] = term;
            best[entry] = 0;
        }
        if (wordFound && wordStamp[entry] != term) {
            wordStamp[entry] = term;
            words[entry]++;
        }
        flags[entry] |= (byte) flag;
        if (weight > best[entry]) {
            score[entry] += weight - best[entry];
            best[entry] = weight;
        }
    }

    int touchedCount() {
        return touchedCount;
    }

    int touched(int i) {
        return touched[i];
    }

    int score(int entry) {
        return score[entry];
    }

    /** How many query words found the entry. */
    int words(int entry) {
        return words[entry];
    }

    int flags(int entry) {
        return flags[entry];
    }
}
