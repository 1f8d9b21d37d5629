package org.tidewatch.index.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LongIntMapTest {
    @Test
    void agreesWithAHashMapThroughGrowthOverwritesAndClear() {
        LongIntMap map = new LongIntMap(4);
        Map<Long, Integer> reference = new HashMap<>();
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 20_000; i++) {
            long key = random.nextInt(8) == 0 ? random.nextLong(100) : random.nextLong(); // some overwrites
            int value = random.nextInt(Integer.MAX_VALUE);
            map.put(key, value);
            reference.put(key, value);
        }
        assertThat(map.size()).isEqualTo(reference.size());
        reference.forEach((k, v) -> assertThat(map.get(k)).isEqualTo(v));
        assertThat(map.get(-1L)).isEqualTo(reference.getOrDefault(-1L, -1));
        map.clear();
        assertThat(map.size()).isZero();
        assertThat(map.get(reference.keySet().iterator().next())).isEqualTo(-1);
    }

    @Test
    void rejectsNegativeValuesNamingThem() {
        assertThatThrownBy(() -> new LongIntMap(4).put(1, -5)).hasMessageContaining("-5");
    }
}
