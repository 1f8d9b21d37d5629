package org.tidewatch.index.dedup;

import java.util.Arrays;

/**
 * Open-addressing map from long to non-negative int, without boxing (millions of band hashes). Key and value share one
 * {@code long[]} pair of slots, so a lookup in a table far larger than the CPU caches misses memory once, not twice.
 */
final class LongIntMap {
    private static final long EMPTY = -1;
    /** key at {@code 2i}, value at {@code 2i + 1} ({@link #EMPTY} when the slot is free). */
    private long[] table;
    private int size;

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        table = emptyTable(cap);
    }

    /** The value of a key, or -1. */
    int get(long key) {
        long[] t = table;
        int mask = t.length / 2 - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            long value = t[2 * i + 1];
            if (value == EMPTY) {
                return -1;
            }
            if (t[2 * i] == key) {
                return (int) value;
            }
        }
    }

    void put(long key, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("values are non-negative: " + value);
        }
        if ((size + 1) * 4 > table.length) { // load factor 1/2: table.length counts two longs per slot
            grow();
        }
        long[] t = table;
        int mask = t.length / 2 - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            if (t[2 * i + 1] == EMPTY) {
                t[2 * i] = key;
                t[2 * i + 1] = value;
                size++;
                return;
            }
            if (t[2 * i] == key) {
                t[2 * i + 1] = value;
                return;
            }
        }
    }

    int size() {
        return size;
    }

    void clear() {
        Arrays.fill(table, EMPTY);
        size = 0;
    }

    private void grow() {
        long[] old = table;
        table = emptyTable(old.length); // twice the slots: old.length / 2 slots before
        size = 0;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i + 1] != EMPTY) {
                put(old[i], (int) old[i + 1]);
            }
        }
    }

    private static long[] emptyTable(int slots) {
        long[] t = new long[slots * 2];
        Arrays.fill(t, EMPTY);
        return t;
    }

    private static int slot(long key, int mask) {
        return (int) (key ^ (key >>> 32)) & mask;
    }
}
