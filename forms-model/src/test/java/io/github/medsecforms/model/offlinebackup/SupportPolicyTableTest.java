package io.github.medsecforms.model.offlinebackup;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.value.FiscalYear;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 支援方針 and the duties of each row of the briefing's table 「支援方針ごとの対応範囲」 (seed 002), for both storage
 * kinds of 「オフラインバックアップ構成」. The expected texts are written out here from the briefing, not taken from the
 * enum, so that a change of the table in the code shows up as a failure.
 */
class SupportPolicyTableTest {
    private static final String SURVEY = "Webアンケート回答";
    private static final String MEET_AB = "支援事業者との打ち合わせ対応（2~3回程度）";
    private static final String MEET_C = "支援事業者との打ち合わせ対応（1回程度）";
    private static final String EXISTING = "既存機器（電子カルテサーバ、バックアップサーバ、NW機器等）の設定変更対応（手配）";
    private static final String SHARE = "本事業におけるオフラインバックアップの要件を医療機関様へ共有";
    private static final String CONFIRM = "打ち合わせにて医療機関様へ既存バックアップの状況、計画の意向を確認";
    private static final String PLAN_OPS = "医療機関様の意向をもとに、オフラインバックアップの計画・運用手順の策定を支援";
    private static final String NONE = "なし（Webアンケート回答のみで完了）";
    private static final String CLOUD = "クラウド接続装置を院内へ新設し、クラウドストレージへ接続する構成"
            + "（サーバの新設は不要。クラウド接続装置はクラウド事業者が調達・設置し、医療機関様でのご対応は不要）";

    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of("支援A・院内の物理媒体", BackupState.NOT_IMPLEMENTED, SupportIntent.PROCURE_THIS_YEAR,
                        BackupStorage.ON_PREMISES_MEDIA, SupportPolicy.SUPPORT_A,
                        List.of(SURVEY, MEET_AB, "新設サーバ、バックアップ媒体の調達", "新設サーバ、バックアップ媒体の保守手配", EXISTING,
                                "現地作業における立ち合い対応"),
                        List.of(SHARE, CONFIRM, PLAN_OPS, "新設サーバ、バックアップ媒体の現地構築、設置対応"),
                        Optional.of("サーバを院内へ新設し、バックアップ媒体を接続する構成")),
                Arguments.of("支援A・外部クラウド", BackupState.NOT_IMPLEMENTED, SupportIntent.PROCURE_THIS_YEAR,
                        BackupStorage.EXTERNAL_CLOUD, SupportPolicy.SUPPORT_A,
                        List.of(SURVEY, MEET_AB, "バックアップ媒体（クラウドサービス）の調達", "バックアップ媒体（クラウドサービス）の保守手配",
                                EXISTING, "現地作業における立ち合い対応"),
                        List.of(SHARE, CONFIRM, PLAN_OPS, "クラウドストレージへ接続する構成の現地構築対応"),
                        Optional.of(CLOUD)),
                Arguments.of("支援B・院内の物理媒体", BackupState.PLANNING_WITH_VENDOR, SupportIntent.PROCURE_NEXT_YEAR,
                        BackupStorage.ON_PREMISES_MEDIA, SupportPolicy.SUPPORT_B,
                        List.of(SURVEY, MEET_AB, "新設サーバ、バックアップ媒体の調達", "新設サーバ、バックアップ媒体の保守手配", EXISTING,
                                "新設サーバの構築作業（次年度以降）"),
                        List.of(SHARE, CONFIRM, PLAN_OPS, "新設サーバ、バックアップ媒体の現地構築手順を医療機関様へ提供"),
                        Optional.of("サーバを院内へ新設し、バックアップ媒体を接続する構成")),
                Arguments.of("支援B・外部クラウド", BackupState.NOT_IMPLEMENTED, SupportIntent.PROCURE_NEXT_YEAR,
                        BackupStorage.EXTERNAL_CLOUD, SupportPolicy.SUPPORT_B,
                        List.of(SURVEY, MEET_AB, "バックアップ媒体（クラウドサービス）の調達", "バックアップ媒体（クラウドサービス）の保守手配",
                                EXISTING),
                        List.of(SHARE, CONFIRM, PLAN_OPS, "クラウドストレージへ接続する構成の構築手順を医療機関様へ提供"),
                        Optional.of(CLOUD)),
                Arguments.of("支援C・院内の物理媒体", BackupState.NOT_IMPLEMENTED, SupportIntent.CONNECT_EXISTING,
                        BackupStorage.ON_PREMISES_MEDIA, SupportPolicy.SUPPORT_C,
                        List.of(SURVEY, MEET_C, "バックアップ媒体の調達", "バックアップ媒体の保守手配", EXISTING),
                        List.of(SHARE, CONFIRM, "医療機関様の意向をもとに、オフラインバックアップの計画の策定を支援"),
                        Optional.of("既設環境にバックアップ媒体を接続する構成")),
                Arguments.of("支援C・外部クラウド", BackupState.NOT_IMPLEMENTED, SupportIntent.CONNECT_EXISTING,
                        BackupStorage.EXTERNAL_CLOUD, SupportPolicy.SUPPORT_C,
                        List.of(SURVEY, MEET_C, "バックアップ媒体（クラウドサービス）の調達", "バックアップ媒体（クラウドサービス）の保守手配",
                                EXISTING),
                        List.of(SHARE, CONFIRM, "医療機関様の意向をもとに、オフラインバックアップの計画の策定を支援"),
                        Optional.of(CLOUD)),
                Arguments.of("報告のみ（検討中・支援不要）", BackupState.PLANNING_WITH_VENDOR, SupportIntent.NO_SUPPORT_NEEDED,
                        BackupStorage.EXTERNAL_CLOUD, SupportPolicy.REPORT_ONLY,
                        List.of(NONE),
                        List.of(SHARE, "医療機関様で検討中のオフラインバックアップ方針（構成概要、導入予定期）をヒアリングし、厚労省へ報告"),
                        Optional.empty()),
                Arguments.of("対象外（運用中）", BackupState.OFFLINE_IN_OPERATION, SupportIntent.PROCURE_THIS_YEAR,
                        BackupStorage.ON_PREMISES_MEDIA, SupportPolicy.NOT_ELIGIBLE,
                        List.of(NONE),
                        List.of(SHARE, "医療機関様で導入済のオフラインバックアップ方針（構成概要）をヒアリングし、厚労省へ報告"),
                        Optional.empty()));
    }

    private static OfflineBackupIntent answer(BackupState state, SupportIntent intent, BackupStorage storage) {
        return new OfflineBackupIntent(FiscalYear.reiwa(6), "サンプル病院", Optional.of(100), Optional.of(state),
                Optional.of(intent), Optional.ofNullable(storage), "");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void each_row_of_the_table_derives_its_policy_duties_and_configuration(String row, BackupState state,
            SupportIntent intent, BackupStorage storage, SupportPolicy policy, List<String> hospital,
            List<String> programme, Optional<String> configuration) {
        OfflineBackupIntent form = answer(state, intent, storage);

        assertThat(form.supportPolicy()).as(row).contains(policy);
        assertThat(form.hospitalTasks()).as(row).containsExactlyElementsOf(hospital);
        assertThat(form.programmeTasks()).as(row).containsExactlyElementsOf(programme);
        assertThat(form.configuration()).as(row).isEqualTo(configuration);
    }

    @Test
    void the_rows_cover_every_policy_and_each_support_on_both_storages() {
        assertThat(rows().map(a -> a.get()[4]).distinct()).containsExactlyInAnyOrder((Object[]) SupportPolicy.values());
        for (SupportPolicy p : List.of(SupportPolicy.SUPPORT_A, SupportPolicy.SUPPORT_B, SupportPolicy.SUPPORT_C)) {
            assertThat(rows().filter(a -> a.get()[4] == p).map(a -> a.get()[3]))
                    .containsExactlyInAnyOrder(BackupStorage.ON_PREMISES_MEDIA, BackupStorage.EXTERNAL_CLOUD);
        }
    }

    @Test
    void a_cloud_never_makes_the_hospital_procure_maintain_or_build_a_new_server() {
        for (SupportPolicy p : SupportPolicy.values()) {
            assertThat(p.hospitalTasks(Optional.of(BackupStorage.EXTERNAL_CLOUD))).as(p.label())
                    .noneMatch(t -> t.contains("新設サーバ"));
        }
    }

    @Test
    void not_implemented_with_no_support_needed_decides_no_policy() {
        OfflineBackupIntent form = answer(BackupState.NOT_IMPLEMENTED, SupportIntent.NO_SUPPORT_NEEDED, null);

        assertThat(form.supportPolicy()).isEmpty();
        assertThat(form.hospitalTasks()).isEmpty();
        assertThat(form.configuration()).isEmpty();
    }

    @Test
    void without_a_storage_the_duties_are_the_table_as_printed_and_no_configuration_is_named() {
        OfflineBackupIntent form = answer(BackupState.NOT_IMPLEMENTED, SupportIntent.PROCURE_THIS_YEAR, null);

        assertThat(form.hospitalTasks()).isEqualTo(SupportPolicy.SUPPORT_A.hospitalTasks());
        assertThat(form.configuration()).isEmpty();
    }
}
