package org.schoolshuttle.routing;

/**
 * Forward search over a {@link TermIndex}. Each query word scores the entries it matches (a whole term
 * more than the start of one) and the entries are ranked by: how many of the query's words they match,
 * then exact house number, then total score, then places before streets before addresses, then the more
 * important place, then the house number nearest to the one asked for. Words come before the house
 * number so that "St.-Georgen-Straße 5" prefers that street's other houses to number 5 of any street. All of that is packed into one {@code long} per candidate so that picking the
 * best few out of tens of thousands of candidates needs neither objects nor a full sort.
 */
final class GeocoderSearch {

    private static final int EXACT = 4;
    private static final int PREFIX = 2;
    private static final int NUMBER_PARTIAL = 1;
    private static final int EXACT_NUMBER = 1;
    // Bits of the rank key, from the top: words found 6, exact number 1, score 10, kind 2, place rank 4,
    // house-number order 12, entry 27.
    private static final int ENTRY_BITS = 27;
    private static final int ENTRY_MAX = (1 << ENTRY_BITS) - 1;
    private static final int ORDER_MAX = (1 << 12) - 1;

    private final GeocoderEntries entries;
    private final TermIndex index;
    private final int[] houseNumberValue;

    GeocoderSearch(GeocoderEntries entries, TermIndex index) {
        this.entries = entries;
        this.index = index;
        this.houseNumberValue = new int[entries.size()];
        for (int entry = 0; entry < entries.size(); entry++) {
            houseNumberValue[entry] = leadingNumber(entries.houseNumber(entry));
        }
    }

    /**
     * The best-ranked entries for a query, best first.
     *
     * @param query non-blank search text
     * @param count how many entries at most
     */
    int[] search(String query, int count) {
        return search(query, count, false);
    }

    /**
     * As {@link #search(String, int)}; with {@code everyWord} only entries that match every word of the
     * query count, for callers that must not settle for a near miss (placing a child's home).
     */
    int[] search(String query, int count, boolean everyWord) {
        SearchQuery parsed = SearchQuery.parse(query);
        SearchScores scores = new SearchScores(entries.size());
        for (int term = 0; term < parsed.size(); term++) {
            scores.nextTerm();
            String word = parsed.word(term);
            if (parsed.isNumber(term)) {
                scoreNumber(word, scores);
            } else {
                add(index.find(word), EXACT, 0, true, scores);
                if (parsed.allowsPrefix(term)) {
                    scorePrefixes(word, scores);
                }
            }
        }
        int wanted = parsed.firstNumber() == null ? -1 : leadingNumber(parsed.firstNumber());
        int textWords = 0;
        for (int term = 0; term < parsed.size(); term++) {
            textWords += parsed.isNumber(term) ? 0 : 1;
        }
        TopKeys top = new TopKeys(count);
        for (int i = 0; i < scores.touchedCount(); i++) {
            int entry = scores.touched(i);
            if (everyWord && (scores.words(entry) < textWords
                    || (parsed.firstNumber() != null && (scores.flags(entry) & EXACT_NUMBER) == 0))) {
                continue;
            }
            if (scores.words(entry) > 0 || (!parsed.hasText() && scores.flags(entry) != 0)) {
                top.offer(rankKey(entry, scores, wanted));
            }
        }
        long[] keys = top.sortedDescending();
        int[] result = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            result[i] = ENTRY_MAX - (int) (keys[i] & ENTRY_MAX);
        }
        return result;
    }

    private void scoreNumber(String number, SearchScores scores) {
        String key = SearchText.HOUSE_NUMBER_PREFIX + number;
        add(index.find(key), EXACT, EXACT_NUMBER, false, scores);
        // 13 also finds 13a and 13b, but not 130; 13b finds 13 when there is no 13b.
        for (int t = index.lowerBound(key); t < index.termCount() && index.term(t).startsWith(key); t++) {
            String term = index.term(t);
            if (term.length() > key.length() && !Character.isDigit(term.charAt(key.length()))) {
                add(t, NUMBER_PARTIAL, 0, false, scores);
            }
        }
        String digits = number.replaceAll("\\D.*", "");
        if (!digits.equals(number)) {
            add(index.find(SearchText.HOUSE_NUMBER_PREFIX + digits), NUMBER_PARTIAL, 0, false, scores);
        }
        // Postcodes and numbered names.
        add(index.find(number), EXACT, 0, true, scores);
    }

    private void scorePrefixes(String word, SearchScores scores) {
        for (int t = index.lowerBound(word); t < index.termCount() && index.term(t).startsWith(word); t++) {
            if (index.term(t).length() > word.length()) {
                add(t, PREFIX, 0, true, scores);
            }
        }
    }

    private void add(int termId, int weight, int flag, boolean wordFound, SearchScores scores) {
        if (termId >= 0) {
            for (int entry : index.postings(termId)) {
                scores.add(entry, weight, flag, wordFound);
            }
        }
    }

    private long rankKey(int entry, SearchScores scores, int wantedNumber) {
        boolean exactNumber = (scores.flags(entry) & EXACT_NUMBER) != 0 && entries.kind(entry) == GeocoderEntries.ADDRESS;
        long words = Math.min(scores.words(entry), 0x3F);
        long score = Math.min(scores.score(entry), 0x3FF);
        long kind = entries.kind(entry); // address 0, street 1, place 2: higher wins
        long rank = 15 - Math.min(entries.rank(entry), 15);
        int number = houseNumberValue[entry];
        long distance = wantedNumber < 0 ? number : Math.abs(number - wantedNumber);
        long order = ORDER_MAX - Math.min(distance, ORDER_MAX);
        return words << 56 | (exactNumber ? 1L : 0L) << 55 | score << 45 | kind << 43 | rank << 39
                | order << ENTRY_BITS | (ENTRY_MAX - entry);
    }

    /** The numeric start of a house number ("12a" → 12), or a large value when there is none. */
    private static int leadingNumber(String houseNumber) {
        if (houseNumber == null) {
            return ORDER_MAX;
        }
        long value = 0;
        int digits = 0;
        for (int i = 0; i < houseNumber.length() && digits < 6; i++) {
            char c = houseNumber.charAt(i);
            if (c >= '0' && c <= '9') {
                value = value * 10 + (c - '0');
                digits++;
            } else if (digits > 0) {
                break;
            }
        }
        return digits == 0 ? ORDER_MAX : (int) Math.min(value, ORDER_MAX);
    }
}
