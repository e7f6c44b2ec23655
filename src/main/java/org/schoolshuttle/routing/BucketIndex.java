package org.schoolshuttle.routing;

import java.util.List;

/**
 * The backward buckets of all targets, grouped by node (compressed rows), so a forward search finds
 * every target that passed through a node with one lookup.
 */
final class BucketIndex {

    private final int[] start;
    private final int[] target;
    private final double[] weight;
    private final double[] metres;

    BucketIndex(int nodes, List<ContractedMatrix.Bucket> buckets) {
        start = new int[nodes + 1];
        int total = 0;
        for (ContractedMatrix.Bucket b : buckets) {
            for (int i = 0; i < b.size(); i++) {
                start[b.nodes()[i] + 1]++;
            }
            total += b.size();
        }
        for (int n = 0; n < nodes; n++) {
            start[n + 1] += start[n];
        }
        target = new int[total];
        weight = new double[total];
        metres = new double[total];
        int[] fill = start.clone();
        for (ContractedMatrix.Bucket b : buckets) {
            for (int i = 0; i < b.size(); i++) {
                int slot = fill[b.nodes()[i]]++;
                target[slot] = b.owner();
                weight[slot] = b.weights()[i];
                metres[slot] = b.metres()[i];
            }
        }
    }

    /** Improves one source's row with every meeting of its forward search and the target buckets. */
    void meet(ContractedMatrix.Bucket forward, double[] secondsRow, double[] metresRow) {
        for (int i = 0; i < forward.size(); i++) {
            int node = forward.nodes()[i];
            double w = forward.weights()[i];
            for (int slot = start[node]; slot < start[node + 1]; slot++) {
                double total = w + weight[slot];
                int t = target[slot];
                if (total < secondsRow[t]) {
                    secondsRow[t] = total;
                    metresRow[t] = forward.metres()[i] + metres[slot];
                }
            }
        }
    }
}
