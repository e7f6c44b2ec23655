package org.schoolshuttle.routing;

import java.util.Arrays;

/**
 * Reusable state of one Dijkstra search: per-node weight and metres, and a binary min-heap with lazy
 * deletion. A stamp per node marks what belongs to the current search, so starting a new search costs
 * nothing instead of clearing arrays the size of the graph. One instance per thread.
 */
final class SearchSpace {

    private double[] weight = new double[0];
    private double[] metres = new double[0];
    private double[] seconds = new double[0];
    private int[] reached = new int[0];
    private int[] settled = new int[0];
    private int stamp;

    private int[] heapNode = new int[64];
    private double[] heapKey = new double[64];
    private int heapSize;

    void start(int nodes) {
        if (weight.length < nodes) {
            weight = new double[nodes];
            metres = new double[nodes];
            seconds = new double[nodes];
            reached = new int[nodes];
            settled = new int[nodes];
            stamp = 0;
        }
        if (++stamp == Integer.MAX_VALUE) {
            Arrays.fill(reached, 0);
            Arrays.fill(settled, 0);
            stamp = 1;
        }
        heapSize = 0;
    }

    /**
     * Records a better label for {@code node}: its weight, and the metres and seconds of the path that has it.
     * Returns false when the node already has a label at least as good.
     */
    boolean offer(int node, double w, double m, double s) {
        if (settled[node] == stamp || (reached[node] == stamp && weight[node] <= w)) {
            return false;
        }
        reached[node] = stamp;
        weight[node] = w;
        metres[node] = m;
        seconds[node] = s;
        push(node, w);
        return true;
    }

    /** The next node to settle, or -1 when the search space is exhausted. */
    int settleNext() {
        while (heapSize > 0) {
            int node = heapNode[0];
            double key = heapKey[0];
            pop();
            if (settled[node] != stamp && key == weight[node]) {
                settled[node] = stamp;
                return node;
            }
        }
        return -1;
    }

    boolean isReached(int node) {
        return reached[node] == stamp;
    }

    double weight(int node) {
        return weight[node];
    }

    double metres(int node) {
        return metres[node];
    }

    double seconds(int node) {
        return seconds[node];
    }

    private void push(int node, double key) {
        if (heapSize == heapNode.length) {
            heapNode = Arrays.copyOf(heapNode, heapSize * 2);
            heapKey = Arrays.copyOf(heapKey, heapSize * 2);
        }
        int i = heapSize++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (heapKey[parent] <= key) {
                break;
            }
            heapNode[i] = heapNode[parent];
            heapKey[i] = heapKey[parent];
            i = parent;
        }
        heapNode[i] = node;
        heapKey[i] = key;
    }

    private void pop() {
        int lastNode = heapNode[--heapSize];
        double lastKey = heapKey[heapSize];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= heapSize) {
                break;
            }
            if (child + 1 < heapSize && heapKey[child + 1] < heapKey[child]) {
                child++;
            }
            if (heapKey[child] >= lastKey) {
                break;
            }
            heapNode[i] = heapNode[child];
            heapKey[i] = heapKey[child];
            i = child;
        }
        heapNode[i] = lastNode;
        heapKey[i] = lastKey;
    }
}
