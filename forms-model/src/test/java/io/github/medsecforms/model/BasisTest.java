package io.github.medsecforms.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The notation of a basis in annotations and item resources, and how documentation shows it. */
class BasisTest {

    @Test
    void a_seed_number_alone_quotes_the_wording_it_is_attached_to() {
        Basis b = Basis.parse("002");

        assertThat(b.kind()).isEqualTo(Basis.Kind.SEED);
        assertThat(b.quotes()).containsExactly(new Basis.Quote("002", ""));
        assertThat(b.quoting("通信形態").quotes()).containsExactly(new Basis.Quote("002", "通信形態"));
        assertThat(b.describe()).isEqualTo("seed 002");
    }

    @Test
    void quotes_of_several_seeds_are_read_in_order() {
        Basis b = Basis.parse("002「回線の種類、システム名」「回線名」 003「（記述方式）」");

        assertThat(b.quotes()).containsExactly(new Basis.Quote("002", "回線の種類、システム名"),
                new Basis.Quote("002", "回線名"), new Basis.Quote("003", "（記述方式）"));
        assertThat(b.seeds()).containsExactly("002", "003");
        assertThat(b.describe()).isEqualTo("seed 002「回線の種類、システム名」「回線名」 seed 003「（記述方式）」");
    }

    @Test
    void our_design_and_unverified_carry_their_reason() {
        assertThat(Basis.parse("our design: 県が取りまとめ前に確認できる")).isEqualTo(Basis.ourDesign("県が取りまとめ前に確認できる"));
        assertThat(Basis.parse("unverified: 一次資料で未確認").kind()).isEqualTo(Basis.Kind.UNVERIFIED);
        assertThat(Basis.ourDesign("理由").and("000", "過不足なく").describe())
                .isEqualTo("独自設計 (our design): 理由 参照: seed 000「過不足なく」");
        assertThat(Basis.unverified("理由").describe()).isEqualTo("未確認 (unverified): 理由");
    }

    @Test
    void anything_else_is_refused_where_it_is_read() {
        for (String wrong : List.of("", "seed 002", "02", "002「unterminated", "our desing: typo", "002 extra")) {
            assertThatThrownBy(() -> Basis.parse(wrong)).as(wrong).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
