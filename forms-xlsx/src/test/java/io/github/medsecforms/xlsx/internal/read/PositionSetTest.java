package io.github.medsecforms.xlsx.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** {@link PositionSet} holds what a {@code HashSet<Long>} of the same positions holds. */
class PositionSetTest {
    @Property(tries = 500)
    void holds_what_a_hash_set_holds(@ForAll @Size(max = 300) List<@IntRange(min = -2, max = 1_100_000) Integer> rows,
                                     @ForAll @IntRange(min = -1, max = 16_383) int col) {
        holdsWhatAHashSetHolds(new PositionSet(), rows, col);
    }

    @Property(tries = 500)
    void holds_what_a_hash_set_holds_with_a_bit_map_over_the_used_area(
            @ForAll @Size(max = 300) List<@IntRange(min = -2, max = 300) Integer> rows,
            @ForAll @IntRange(min = -1, max = 200) int col,
            @ForAll @IntRange(min = 0, max = 260) int usedRows, @ForAll @IntRange(min = 0, max = 150) int usedCols) {
        // positions inside the used area are bits, those outside it (and negative ones) hashed: the same set either way
        holdsWhatAHashSetHolds(new PositionSet(usedRows, usedCols), rows, col);
    }

    private static void holdsWhatAHashSetHolds(PositionSet set, List<Integer> rows, int col) {
        Set<Long> expected = new HashSet<>();
        int i = 0;
        for (int row : rows) {
            long pos = Placement.pos(row, col < 0 ? col : (col + i) % 16_384);
            i++;
            assertThat(set.add(pos)).isEqualTo(expected.add(pos));
        }
        assertThat(set.size()).isEqualTo(expected.size());
        assertThat(set.isEmpty()).isEqualTo(expected.isEmpty());
        for (long pos : expected) {
            assertThat(set.contains(pos)).isTrue();
        }
        assertThat(set.contains(Placement.pos(2_000_000, 0))).isFalse();
        Set<Long> listed = new HashSet<>();
        for (long pos : set.toArray()) {
            listed.add(pos);
        }
        assertThat(listed).isEqualTo(expected);
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (long pos : expected) {
            first = Math.min(first, (int) (pos >> 20));
            last = Math.max(last, (int) (pos >> 20));
        }
        assertThat(set.rowSpan()).containsExactly(first, last);
        PositionSet copy = set.copy();
        set.clear();
        assertThat(set.isEmpty()).isTrue();
        assertThat(copy.size()).isEqualTo(expected.size());
        set.addAll(copy);
        assertThat(set.size()).isEqualTo(expected.size());
    }

    @Test
    void grows_past_its_first_slots() {
        PositionSet set = new PositionSet();
        for (int r = 0; r < 10_000; r++) {
            set.add(Placement.pos(r, r % 7));
        }
        assertThat(set.size()).isEqualTo(10_000);
        assertThat(set.contains(Placement.pos(9_999, 9_999 % 7))).isTrue();
        assertThat(set.contains(Placement.pos(9_999, 6 - 9_999 % 7 == 0 ? 1 : 0))).isFalse();
    }

    @Test
    void a_used_area_too_large_for_a_bit_map_is_hashed_and_holds_the_same() {
        PositionSet set = new PositionSet(1_048_576, 16_384); // every row and column of a sheet: far over the map's limit
        assertThat(set.add(Placement.pos(1_048_575, 16_383))).isTrue();
        assertThat(set.add(Placement.pos(1_048_575, 16_383))).isFalse();
        assertThat(set.contains(Placement.pos(1_048_575, 16_383))).isTrue();
        assertThat(set.contains(Placement.pos(0, 0))).isFalse();
        assertThat(set.toArray()).containsExactly(Placement.pos(1_048_575, 16_383));
    }
}
