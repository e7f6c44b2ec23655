package org.schoolshuttle.planning;

/** Every order of a short route's stops, one swap at a time (Heap's algorithm, iterative). */
final class Permutations {

    private Permutations() {
    }

    /**
     * Turns {@code a} into the next permutation; {@code c} is the algorithm's state, all zeros at the start.
     *
     * @return false when every permutation was visited
     */
    static boolean next(int[] a, int[] c) {
        int i = 1;
        while (i < a.length) {
            if (c[i] < i) {
                int j = i % 2 == 0 ? 0 : c[i];
                int t = a[j];
                a[j] = a[i];
                a[i] = t;
                c[i]++;
                return true;
            }
            c[i] = 0;
            i++;
        }
        return false;
    }
}
