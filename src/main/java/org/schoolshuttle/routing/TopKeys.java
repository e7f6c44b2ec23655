package org.schoolshuttle.routing;

import java.util.Arrays;

/** Keeps the largest {@code k} of a stream of longs in a primitive min-heap. */
final class TopKeys {

    private final long[] heap;
    private int size;

    TopKeys(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
        heap = new long[k];
    }

    void offer(long key) {
        if (size < heap.length) {
            heap[size] = key;
            siftUp(size++);
        } else if (key > heap[0]) {
            heap[0] = key;
            siftDown(0);
        }
    }

    long[] sortedDescending() {
        long[] out = Arrays.copyOf(heap, size);
        Arrays.sort(out);
        for (int i = 0, j = out.length - 1; i < j; i++, j--) {
            long t = out[i];
            out[i] = out[j];
            out[j] = t;
        }
        return out;
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (heap[parent] <= heap[i]) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i) {
        while (true) {
            int left = 2 * i + 1;
            int smallest = i;
            if (left < size && heap[left] < heap[smallest]) {
                smallest = left;
            }
            if (left + 1 < size && heap[left + 1] < heap[smallest]) {
                smallest = left + 1;
            }
            if (smallest == i) {
                return;
            }
            swap(i, smallest);
            i = smallest;
        }
    }

    private void swap(int a, int b) {
        long t = heap[a];
        heap[a] = heap[b];
        heap[b] = t;
    }
}
