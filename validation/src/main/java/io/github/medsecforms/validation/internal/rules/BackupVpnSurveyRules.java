package io.github.medsecforms.validation.internal.rules;

import static io.github.medsecforms.model.Severity.ERROR;
import static io.github.medsecforms.model.Severity.WARNING;

import io.github.medsecforms.model.Basis;
import io.github.medsecforms.model.Stage;
import io.github.medsecforms.model.backupvpn.BackupVpnSurvey;
import io.github.medsecforms.model.backupvpn.VpnDevice;
import io.github.medsecforms.model.common.YesNo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Rules of {@code backup-vpn-survey}, from the MHLW answering guide (seed 003) and CATALOGUE.md §4. The skip rules
 * decide which はい/いいえ questions are required: Q2, Q3 and Q8 always; Q4–Q7 when Q3 is はい; Q9–Q14 when Q8 is
 * はい; the second half of Q14 (別に配置) when the first is not いいえ. A required answer that is missing is an error
 * (BVS-002), an answer to a skipped question a warning (BVS-003).
 */
final class BackupVpnSurveyRules {
    private static final Class<BackupVpnSurvey> T = BackupVpnSurvey.class;
    /** The guide's skip rules. */
    private static final String SKIP3 = "電子カルテシステムを使用していない場合は、7. まで回答不要となります";
    private static final String SKIP8 = "設置されていない場合は、以降の設問は回答不要となります";
    private static final String Q9 = "VPN装置のメーカー名、型番、台数を全て記載すること";

    /** Q2, Q3, Q8: required whatever the other answers. */
    private static final List<String> ALWAYS = List.of("usesGuidelines", "usesEhr", "vpnPresent");
    /** Q4–Q7: required when Q3 (電子カルテシステムを使用しているか) is はい. */
    private static final List<String> BACKUP = List.of("backupTested", "generationsKept", "disasterSeparated",
            "leakProtected");
    /** Q10–Q14 (Q9 is the device table): required when Q8 (VPN装置が存在するか) is はい. */
    private static final List<String> VPN = List.of("vpnUpdated", "vpnSourceRestricted", "vpnLogsAudited",
            "emergencyDrills", "securityOfficer", "securityOfficerSeparate");

    private BackupVpnSurveyRules() {
    }

    static List<Rule<?>> rules() {
        Set<String> conditional = new HashSet<>();
        conditional.addAll(ALWAYS);
        conditional.addAll(BACKUP);
        conditional.addAll(VPN);
        conditional.addAll(Set.of("vpnDevices.maker", "vpnDevices.model", "vpnDevices.count", "vpnDevicesText"));
        return List.of(
                RequiredRule.of(T, "BVS-001", Set.copyOf(conditional),
                        Basis.ourDesign("回答要領は設問の文書で様式の印はなく、回答者の情報（氏名、所属、連絡先）に印を付けている")
                                .and("003", "回答者の氏名、所属、連絡先を記載してください")),
                Rule.of(T, "BVS-002", ERROR, Stage.REQUIRED,
                        "設問2・3・8は必ず回答し、3が「はい」なら4〜7、8が「はい」なら以降の設問に回答する",
                        Basis.seed("003", "回答を選択してください", SKIP3, SKIP8),
                        "電子カルテシステムを使用している（設問3「はい」）のに設問5が未回答", (f, c) -> {
                            for (String path : required(f)) {
                                if (answer(f, path).isEmpty()) {
                                    c.report(path);
                                }
                            }
                        }),
                Rule.of(T, "BVS-003", WARNING, Stage.CROSS_FIELD,
                        "設問3が「いいえ」なら7.まで、設問8が「いいえ」なら以降の設問は回答不要",
                        Basis.ourDesign("回答不要の設問への回答は誤りではないが、設問3・8の回答と食い違うことが多いため警告する")
                                .and("003", SKIP3, SKIP8),
                        "VPN装置が存在しない（設問8「いいえ」）のに設問10が「はい」", (f, c) -> {
                            if (f.usesEhr().orElse(null) == YesNo.NO) {
                                for (String path : BACKUP) {
                                    answer(f, path).ifPresent(a -> c.reportValue(path, a.label(), 3));
                                }
                            }
                            if (f.vpnPresent().orElse(null) == YesNo.NO) {
                                if (!f.vpnDevicesText().isBlank()) {
                                    c.reportValue("vpnDevicesText", shorten(f.vpnDevicesText()), 8);
                                }
                                for (int i = 0; i < f.vpnDevices().size(); i++) {
                                    c.reportValue("vpnDevices[" + i + "]", describe(f.vpnDevices().get(i)), 8);
                                }
                                for (String path : VPN) {
                                    answer(f, path).ifPresent(a -> c.reportValue(path, a.label(), 8));
                                }
                            }
                        }),
                Rule.of(T, "BVS-004", ERROR, Stage.REQUIRED,
                        "設問8で確認したVPN装置のメーカー名、型番、台数を全て記載する（記述方式。行で書いても記述でもよい）",
                        Basis.seed("003", Q9, "（記述方式）"),
                        "設問8「はい」で設問9の記述もVPN装置の行もない", (f, c) -> {
                            if (f.vpnPresent().orElse(null) == YesNo.YES && f.vpnDevices().isEmpty()
                                    && f.vpnDevicesText().isBlank()) {
                                c.report("vpnDevicesText");
                            }
                        }),
                Rule.of(T, "BVS-005", ERROR, Stage.REQUIRED,
                        "VPN装置はメーカー名、型番、台数を全て記載する（行で書いた場合は各行の3欄）", Basis.seed("003", Q9),
                        "VPN装置の行に型番が空欄", (f, c) -> {
                            if (f.vpnPresent().orElse(null) == YesNo.NO) {
                                return; // the rows answer a skipped question: BVS-003
                            }
                            for (int i = 0; i < f.vpnDevices().size(); i++) {
                                VpnDevice d = f.vpnDevices().get(i);
                                if (d.maker().isBlank()) {
                                    c.report("vpnDevices[" + i + "].maker");
                                }
                                if (d.model().isBlank()) {
                                    c.report("vpnDevices[" + i + "].model");
                                }
                                if (d.count().isEmpty()) {
                                    c.report("vpnDevices[" + i + "].count");
                                }
                            }
                        }),
                Rule.of(T, "BVS-006", ERROR, Stage.FIELDS,
                        "VPN装置の台数は存在する装置の数であり1台以上",
                        Basis.ourDesign("台数0の行は装置がないことになり、設問8「はい」と食い違う"),
                        "VPN装置の台数に0", (f, c) -> {
                            for (int i = 0; i < f.vpnDevices().size(); i++) {
                                Optional<Integer> count = f.vpnDevices().get(i).count();
                                if (count.isPresent() && count.get() < 1) {
                                    c.reportValue("vpnDevices[" + i + "].count", count.get());
                                }
                            }
                        }),
                Rule.of(T, "BVS-007", WARNING, Stage.CROSS_FIELD,
                        "セキュリティ責任者を医療情報システムの責任者とは別に配置しているかは、責任者を設置している場合の問い",
                        Basis.ourDesign("責任者を置いていないのに別に配置しているとの回答は食い違うため警告する")
                                .and("003", "セキュリティ責任者を医療情報システムの責任者とは、別に、配置しているか"),
                        "セキュリティ責任者を設置している「いいえ」で別に配置している「はい」", (f, c) -> {
                            if (f.securityOfficer().orElse(null) == YesNo.NO
                                    && f.securityOfficerSeparate().orElse(null) == YesNo.YES) {
                                c.report("securityOfficerSeparate");
                            }
                        }));
    }

    /** The はい/いいえ questions this form's answers make required, in question order. */
    static List<String> required(BackupVpnSurvey f) {
        List<String> paths = new ArrayList<>();
        paths.add("usesGuidelines");
        paths.add("usesEhr");
        if (f.usesEhr().orElse(null) == YesNo.YES) {
            paths.addAll(BACKUP);
        }
        paths.add("vpnPresent");
        if (f.vpnPresent().orElse(null) == YesNo.YES) {
            for (String p : VPN) {
                if (!p.equals("securityOfficerSeparate") || f.securityOfficer().orElse(null) != YesNo.NO) {
                    paths.add(p);
                }
            }
        }
        return paths;
    }

    private static final Map<String, Function<BackupVpnSurvey, Optional<YesNo>>> ANSWERS =
            answers();

    private static Map<String, Function<BackupVpnSurvey, Optional<YesNo>>> answers() {
        Map<String, Function<BackupVpnSurvey, Optional<YesNo>>> m = new HashMap<>();
        m.put("usesGuidelines", BackupVpnSurvey::usesGuidelines);
        m.put("usesEhr", BackupVpnSurvey::usesEhr);
        m.put("backupTested", BackupVpnSurvey::backupTested);
        m.put("generationsKept", BackupVpnSurvey::generationsKept);
        m.put("disasterSeparated", BackupVpnSurvey::disasterSeparated);
        m.put("leakProtected", BackupVpnSurvey::leakProtected);
        m.put("vpnPresent", BackupVpnSurvey::vpnPresent);
        m.put("vpnUpdated", BackupVpnSurvey::vpnUpdated);
        m.put("vpnSourceRestricted", BackupVpnSurvey::vpnSourceRestricted);
        m.put("vpnLogsAudited", BackupVpnSurvey::vpnLogsAudited);
        m.put("emergencyDrills", BackupVpnSurvey::emergencyDrills);
        m.put("securityOfficer", BackupVpnSurvey::securityOfficer);
        m.put("securityOfficerSeparate", BackupVpnSurvey::securityOfficerSeparate);
        return Map.copyOf(m);
    }

    private static Optional<YesNo> answer(BackupVpnSurvey f, String path) {
        return ANSWERS.get(path).apply(f);
    }

    /** A description as a finding shows it: the first line, at most 40 characters. */
    private static String shorten(String text) {
        String first = text.strip().lines().findFirst().orElse("");
        return first.length() > 40 ? first.substring(0, 40) + "…" : first;
    }

    private static String describe(VpnDevice d) {
        return String.join(" ", d.maker(), d.model(), d.count().map(n -> "×" + n).orElse("")).strip();
    }
}
