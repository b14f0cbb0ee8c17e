package io.github.medsecforms.model.offlinebackup;

import io.github.medsecforms.model.Defaults;
import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.meta.FormSpec;
import io.github.medsecforms.model.meta.Label;
import io.github.medsecforms.model.meta.TextKind;
import io.github.medsecforms.model.value.FiscalYear;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Optional;

/**
 * オフラインバックアップ支援意向に関するアンケート. The programme derives the 支援方針 ({@link #supportPolicy()}) from
 * the answers; it is never typed in. The answer wordings are our design from the briefing's categories.
 */
@FormSpec(id = "offline-backup-intent",
        title = "オフラインバックアップ支援意向に関するアンケート",
        titleEn = "Offline backup support intent survey",
        versions = {"R6"}, sheet = "アンケート",
        source = "説明会資料「支援方針の決定」 (seed 002)",
        seeds = {"002"})
public record OfflineBackupIntent(
        FiscalYear version,
        @Label(value = "病院名", en = "Hospital name", required = true, text = TextKind.NAME, example = "サンプル総合病院")
        String hospitalName,
        @Label(value = "患者数", en = "Number of patients", required = true, hint = "1から3000の間の数値を指定してください",
                example = "1200")
        Optional<@Min(1) @Max(3000) Integer> patientCount,
        @Label(value = "電子カルテのオフラインバックアップの現状", en = "Current offline backup of the EHR", required = true,
                basis = "our design: アンケートの設問文は資料になく、「支援方針の決定」で回答を求める事柄から作った",
                example = "オフラインバックアップ未実施")
        Optional<BackupState> currentState,
        @Label(value = "本事業での支援の意向", en = "Intended support",
                hint = "外部クラウドに保存する場合もサーバ・物品の調達時期で選びます（サーバの新設は不要で、クラウド接続装置はクラウド事業者が調達・設置します）",
                basis = "our design: アンケートの設問文は資料になく、支援A・B・C・報告のみを分ける事柄から作った", example = "サーバ・物品を年度内に調達して新設する")
        Optional<SupportIntent> intent,
        @Label(value = "バックアップの保存先", en = "Backup destination",
                basis = "our design: アンケートの設問文は資料になく、「院内の物理媒体に保存の場合」「外部クラウド環境保存の場合」を分けるために設けた", example = "院内の物理媒体")
        Optional<BackupStorage> storage,
        @Label(value = "備考", en = "Remarks", text = TextKind.MULTILINE,
                basis = "our design: 資料に見えるアンケートの設問は病院名と患者数だけで、自由記述の欄として設けた")
        String remarks) implements Form {

    public OfflineBackupIntent {
        version = Defaults.orElse(version, FiscalYear.reiwa(6));
        hospitalName = Defaults.text(hospitalName);
        patientCount = Defaults.optional(patientCount);
        currentState = Defaults.optional(currentState);
        intent = Defaults.optional(intent);
        storage = Defaults.optional(storage);
        remarks = Defaults.text(remarks);
    }

    /**
     * The 支援方針 the answers lead to, by the briefing's 「支援方針の決定」 (seed 002): 対象外 when offline backup is
     * already in operation (「既にオフラインバックアップを取得済の場合…本事業での支援対象外」); 報告のみ for 「電子カルテベンダ様等と
     * オフラインバックアップの方針を検討中であり、且つ、本事業での支援が不要」, i.e. the state 検討中 with the intent 支援は不要;
     * otherwise by the intent (年度内 ⇒ 支援A, 次年度以降 ⇒ 支援B, 既存設備 ⇒ 支援C) whatever the storage, since the briefing
     * offers 支援A, B and C for both (「【支援A,B,C】クラウド接続装置を院内へ新設」). Empty when the answers do not decide it,
     * among them 未実施 with 支援は不要: the table has no row for a hospital that neither plans nor wants support.
     */
    public Optional<SupportPolicy> supportPolicy() {
        if (currentState.filter(s -> s == BackupState.OFFLINE_IN_OPERATION).isPresent()) {
            return Optional.of(SupportPolicy.NOT_ELIGIBLE);
        }
        return intent.flatMap(i -> switch (i) {
            case PROCURE_THIS_YEAR -> Optional.of(SupportPolicy.SUPPORT_A);
            case PROCURE_NEXT_YEAR -> Optional.of(SupportPolicy.SUPPORT_B);
            case CONNECT_EXISTING -> Optional.of(SupportPolicy.SUPPORT_C);
            case NO_SUPPORT_NEEDED -> currentState.orElse(null) == BackupState.PLANNING_WITH_VENDOR
                    ? Optional.of(SupportPolicy.REPORT_ONLY) : Optional.empty();
        });
    }

    /** 医療機関様で必要な対応 under the derived 支援方針 and the chosen storage; empty when no policy is derived. */
    public List<String> hospitalTasks() {
        return supportPolicy().map(p -> p.hospitalTasks(storage)).orElse(List.of());
    }

    /** 本事業での支援対応 under the derived 支援方針 and the chosen storage; empty when no policy is derived. */
    public List<String> programmeTasks() {
        return supportPolicy().map(p -> p.programmeTasks(storage)).orElse(List.of());
    }

    /** The configuration built under the derived 支援方針 on the chosen storage (「オフラインバックアップ構成」), if any. */
    public Optional<String> configuration() {
        return supportPolicy().flatMap(p -> p.configuration(storage));
    }
}
