package io.github.medsecforms.validation.internal.rules;

import static io.github.medsecforms.model.Severity.ERROR;
import static io.github.medsecforms.model.Severity.INFO;
import static io.github.medsecforms.model.Severity.WARNING;

import io.github.medsecforms.model.Stage;
import io.github.medsecforms.model.common.Presence;
import io.github.medsecforms.model.linesurvey.Callout;
import io.github.medsecforms.model.linesurvey.CommunicationType;
import io.github.medsecforms.model.linesurvey.DiagnosisDayCheck;
import io.github.medsecforms.model.linesurvey.IpAssignment;
import io.github.medsecforms.model.linesurvey.Line;
import io.github.medsecforms.model.linesurvey.LineDeviceSurvey;
import io.github.medsecforms.model.linesurvey.SurveyWish;
import io.github.medsecforms.model.linesurvey.Terminal;
import io.github.medsecforms.model.linesurvey.TerminalUsage;
import io.github.medsecforms.model.value.Ipv4Address;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Rules of {@code line-device-survey} (別紙2-1), from the briefing's text (seed 002) and CATALOGUE.md §3. */
final class LineDeviceSurveyRules {
    private static final Class<LineDeviceSurvey> T = LineDeviceSurvey.class;
    private static final String SRC = "説明会資料 別紙2-1 (seed 002)";

    private LineDeviceSurveyRules() {
    }

    static List<Rule<?>> rules() {
        return List.of(
                RequiredRule.of(T, "LDS-001", Set.of("lines.globalIpAddress", "lines.ipAssignment", "floorPlan.image")),
                Rule.of(T, "LDS-002", ERROR, Stage.REQUIRED, "電子カルテと繋がる全ての外部接続点（回線）を記入する (" + SRC + ")",
                        "回線・機器情報記入シートに回線が1件もない", (f, c) -> {
                            if (f.lines().isEmpty()) {
                                c.report("lines");
                            }
                        }),
                Rule.of(T, "LDS-003", ERROR, Stage.REQUIRED, "担当者は4名まで記入でき、現地調査の連絡先となる (" + SRC + ")",
                        "担当者の氏名と電話番号・メールアドレスがそろった行がない", (f, c) -> {
                            if (f.contacts().stream().noneMatch(x -> x.isComplete())) {
                                c.report("contacts");
                            }
                        }),
                Rule.of(T, "LDS-004", ERROR, Stage.CROSS_FIELD,
                        "脆弱性診断はグローバルIPアドレスに対して行う (" + SRC + " 脆弱性診断について)",
                        "脆弱性診断「調査希望あり」でグローバルIP利用「なし」", (f, c) -> eachLine(f, (i, l) -> {
                            if (scan(l) && l.globalIpUse().orElse(null) == Presence.ABSENT) {
                                c.report("lines[" + i + "].vulnerabilityScan");
                            }
                        })),
                Rule.of(T, "LDS-005", ERROR, Stage.CROSS_FIELD,
                        "閉域網に接続された回線は脆弱性診断の対象外 (" + SRC + " 脆弱性診断について)",
                        "通信形態「閉域網」で脆弱性診断「調査希望あり」", (f, c) -> eachLine(f, (i, l) -> {
                            if (scan(l) && l.communicationType().orElse(null) == CommunicationType.CLOSED_NETWORK) {
                                c.report("lines[" + i + "].vulnerabilityScan");
                            }
                        })),
                Rule.of(T, "LDS-006", ERROR, Stage.CROSS_FIELD, "グローバルIPを利用する回線は固定IP/動的IPの別を記入する (" + SRC + ")",
                        "グローバルIP利用「あり」で固定IP/動的IPが空欄", (f, c) -> eachLine(f, (i, l) -> {
                            if (l.globalIpUse().orElse(null) == Presence.PRESENT && l.ipAssignment().isEmpty()) {
                                c.report("lines[" + i + "].ipAssignment");
                            }
                        })),
                Rule.of(T, "LDS-007", ERROR, Stage.CROSS_FIELD, "固定IPの回線はそのグローバルIPアドレスを診断対象として記入する (" + SRC + ")",
                        "固定IPでグローバルIPアドレスが空欄", (f, c) -> eachLine(f, (i, l) -> {
                            if (l.ipAssignment().orElse(null) == IpAssignment.STATIC && l.globalIpAddress().isEmpty()) {
                                c.report("lines[" + i + "].globalIpAddress");
                            }
                        })),
                Rule.of(T, "LDS-008", WARNING, Stage.CROSS_FIELD, "グローバルIPを利用しない回線にグローバルIPアドレスは不要 (" + SRC + ")",
                        "グローバルIP利用「なし」なのにグローバルIPアドレスが記入されている", (f, c) -> eachLine(f, (i, l) -> {
                            if (l.globalIpUse().orElse(null) == Presence.ABSENT && l.globalIpAddress().isPresent()) {
                                c.reportValue("lines[" + i + "].globalIpAddress", l.globalIpAddress().get());
                            }
                        })),
                Rule.of(T, "LDS-009", ERROR, Stage.CROSS_FIELD,
                        "動的IPの場合は診断当日にアドレスを確認・記入しないと調査不可となる (" + SRC + " 脆弱性診断について)",
                        "診断当日モードで、動的IPの回線の当日記入欄（グローバルIP確認・アドレス）が空欄", (f, c) -> {
                            if (!c.diagnosisDay()) {
                                return;
                            }
                            eachLine(f, (i, l) -> {
                                if (scan(l) && l.ipAssignment().orElse(null) == IpAssignment.DYNAMIC
                                        && (l.diagnosisDayCheck().orElse(null) != DiagnosisDayCheck.CONFIRMED
                                        || l.diagnosisDayAddress().isEmpty())) {
                                    c.report("lines[" + i + "].diagnosisDayAddress");
                                }
                            });
                        }),
                Rule.of(T, "LDS-010", INFO, Stage.CROSS_FIELD,
                        "動的IPの回線は診断当日にグローバルIPアドレスの再確認が必要 (" + SRC + " 実施フロー7)",
                        "動的IPで脆弱性診断を希望する回線（当日記入欄は診断当日に記入）", (f, c) -> {
                            if (c.diagnosisDay()) {
                                return;
                            }
                            eachLine(f, (i, l) -> {
                                if (scan(l) && l.ipAssignment().orElse(null) == IpAssignment.DYNAMIC) {
                                    c.report("lines[" + i + "].diagnosisDayAddress");
                                }
                            });
                        }),
                Rule.of(T, "LDS-011", WARNING, Stage.CROSS_FIELD,
                        "電子カルテシステムと接続のないネットワークは調査対象外 (" + SRC + " 調査範囲)",
                        "電子カルテシステムと接続するネットワークとの接続「なし」", (f, c) -> eachLine(f, (i, l) -> {
                            if (l.ehrConnection().orElse(null) == Presence.ABSENT) {
                                c.report("lines[" + i + "].ehrConnection");
                            }
                        })),
                Rule.of(T, "LDS-012", ERROR, Stage.CROSS_FIELD,
                        "技術バージョン確認は対象機器（ルータ・UTM）のファームウェアを確認する (" + SRC + " 現地調査について)",
                        "技術バージョン確認「調査希望あり」で接続機器のメーカー・機種名が空欄", (f, c) -> eachLine(f, (i, l) -> {
                            if (l.versionCheck().orElse(null) == SurveyWish.REQUESTED) {
                                if (l.deviceMaker().isBlank()) {
                                    c.report("lines[" + i + "].deviceMaker");
                                }
                                if (l.deviceModel().isBlank()) {
                                    c.report("lines[" + i + "].deviceModel");
                                }
                            }
                        })),
                Rule.of(T, "LDS-013", ERROR, Stage.CROSS_SHEET, "端末調査はWindowsOSを対象として5台 (" + SRC + " 現地調査について)",
                        "調査端末が6台以上", (f, c) -> {
                            if (f.terminals().size() > LineDeviceSurvey.TERMINALS) {
                                c.report("terminals[" + LineDeviceSurvey.TERMINALS + "]", f.terminals().size(),
                                        LineDeviceSurvey.TERMINALS);
                            }
                        }),
                Rule.of(T, "LDS-014", WARNING, Stage.CROSS_SHEET, "セキュリティ対策状況を確認したいPC端末を5台選定する (" + SRC + " 情報収集)",
                        "調査端末が4台以下", (f, c) -> {
                            if (f.terminals().size() < LineDeviceSurvey.TERMINALS) {
                                c.report("terminals", f.terminals().size(), LineDeviceSurvey.TERMINALS);
                            }
                        }),
                Rule.of(T, "LDS-015", WARNING, Stage.CROSS_SHEET, "電子カルテ端末から1台の選定を推奨 (" + SRC + " 情報収集)",
                        "システム種別に「電子カルテ」の端末がない", (f, c) -> {
                            if (!f.terminals().isEmpty()
                                    && f.terminals().stream().noneMatch(t -> t.systemType().contains("電子カルテ"))) {
                                c.report("terminals");
                            }
                        }),
                Rule.of(T, "LDS-016", ERROR, Stage.CROSS_SHEET, "調査端末はホスト名で特定する (" + SRC + ")",
                        "同じ端末ホスト名が2台に記入されている", (f, c) -> duplicates(f.terminals(),
                                t -> t.hostName().strip().toUpperCase(Locale.ROOT), (i, first) ->
                                        c.reportValue("terminals[" + i + "].hostName", f.terminals().get(i).hostName(),
                                                "No." + (first + 1)))),
                Rule.of(T, "LDS-017", ERROR, Stage.CROSS_SHEET, "調査端末はIPアドレスで特定する (" + SRC + ")",
                        "同じIPアドレスが2台に記入されている", (f, c) -> duplicates(f.terminals(),
                                t -> t.ipAddress().map(a -> a.address().toString()).orElse(""), (i, first) ->
                                        c.reportValue("terminals[" + i + "].ipAddress",
                                                f.terminals().get(i).ipAddress().get(), "No." + (first + 1)))),
                Rule.of(T, "LDS-018", ERROR, Stage.CROSS_FIELD, "仮想デスクトップ利用の端末は仮想デスクトップのホスト名とIPアドレスを記入する (" + SRC + ")",
                        "シングル利用「仮想デスクトップ」で仮想デスクトップ欄が空欄", (f, c) -> {
                            for (int i = 0; i < f.terminals().size(); i++) {
                                Terminal t = f.terminals().get(i);
                                if (t.usage().orElse(null) == TerminalUsage.VIRTUAL_DESKTOP) {
                                    if (t.vdiHostName().isBlank()) {
                                        c.report("terminals[" + i + "].vdiHostName");
                                    }
                                    if (t.vdiIpAddress().isEmpty()) {
                                        c.report("terminals[" + i + "].vdiIpAddress");
                                    }
                                }
                            }
                        }),
                Rule.of(T, "LDS-019", WARNING, Stage.CROSS_SHEET, "回線ごとにグローバルIPアドレスを確認する (" + SRC + ")",
                        "2つの回線に同じグローバルIPアドレス", (f, c) -> duplicates(f.lines(),
                                l -> l.globalIpAddress().map(Ipv4Address::toString).orElse(""), (i, first) ->
                                        c.reportValue("lines[" + i + "].globalIpAddress",
                                                f.lines().get(i).globalIpAddress().get(), "回線" + (first + 1)))),
                Rule.of(T, "LDS-020", ERROR, Stage.REQUIRED, "設置場所記入シートに平面図またはフロア図の貼り付けが必須 (" + SRC + " ご提出資料)",
                        "設置場所記入シートに画像がない", (f, c) -> {
                            if (f.floorPlan().image().isEmpty()) {
                                c.report("floorPlan.image");
                            }
                        }),
                Rule.of(T, "LDS-021", WARNING, Stage.CROSS_SHEET,
                        "調査対象の回線終端装置・端末の吹き出しを平面図上に配置する (" + SRC + " 設置場所記入シート)",
                        "回線2の吹き出しが平面図上にない", (f, c) -> {
                            Set<String> targets = new HashSet<>();
                            f.floorPlan().callouts().forEach(x -> targets.add(x.target()));
                            for (int i = 0; i < f.lines().size(); i++) {
                                if (!targets.contains("回線" + (i + 1))) {
                                    c.report("lines[" + i + "]", "回線" + (i + 1));
                                }
                            }
                            for (int i = 0; i < f.terminals().size(); i++) {
                                if (!targets.contains("No." + (i + 1))) {
                                    c.report("terminals[" + i + "]", "No." + (i + 1));
                                }
                            }
                        }),
                Rule.of(T, "LDS-022", WARNING, Stage.CROSS_SHEET, "吹き出しは回線・機器情報記入シートと調査端末情報記入シートから作る (" + SRC + ")",
                        "回線4の吹き出しがあるが回線は3件", (f, c) -> {
                            for (Callout x : f.floorPlan().callouts()) {
                                String t = x.target();
                                boolean line = t.startsWith("回線") && number(t, 2) > f.lines().size();
                                boolean terminal = t.startsWith("No.") && number(t, 3) > f.terminals().size();
                                if (line || terminal) {
                                    c.reportValue("floorPlan", t);
                                }
                            }
                        }),
                Rule.of(T, "LDS-024", ERROR, Stage.STRUCTURE,
                        "アカウント(ログインID)・パスワードリストは提出不要：パスワードを提出物に含めない (" + SRC + ")",
                        "提出するブックのパスワードリストにパスワードが記入されている", (f, c) -> c.credentials().ifPresent(list -> {
                            if (list.hasAnyPassword()) {
                                c.report("");
                            }
                        })),
                Rule.of(T, "LDS-025", WARNING, Stage.STRUCTURE,
                        "アカウント(ログインID)・パスワードリストは提出不要 (" + SRC + ")",
                        "パスワードは空だが、パスワードリストのシートが提出するブックに含まれている", (f, c) -> c.credentials().ifPresent(list -> {
                            if (!list.hasAnyPassword()) {
                                c.report("");
                            }
                        })),
                Rule.of(T, "LDS-023", WARNING, Stage.CROSS_FIELD, "機器のポート情報は回線ごとに記入する (" + SRC + ")",
                        "ポート情報の回線欄が存在しない回線（回線9）を指している", (f, c) -> {
                            for (int i = 0; i < f.ports().size(); i++) {
                                String line = java.text.Normalizer.normalize(f.ports().get(i).line(),
                                        java.text.Normalizer.Form.NFKC).replace(" ", "");
                                if (!line.isEmpty() && (!line.startsWith("回線") || number(line, 2) < 1
                                        || number(line, 2) > f.lines().size())) {
                                    c.reportValue("ports[" + i + "].line", f.ports().get(i).line());
                                }
                            }
                        }));
    }

    private static boolean scan(Line l) {
        return l.vulnerabilityScan().orElse(null) == SurveyWish.REQUESTED;
    }

    private static void eachLine(LineDeviceSurvey f, LineAction action) {
        for (int i = 0; i < f.lines().size(); i++) {
            action.accept(i, f.lines().get(i));
        }
    }

    @FunctionalInterface
    interface LineAction {
        void accept(int index, Line line);
    }

    /** Calls {@code report(i, first)} for every element whose key (non-empty) an earlier element already had. */
    static <E> void duplicates(List<E> list, java.util.function.Function<E, String> key,
                               java.util.function.BiConsumer<Integer, Integer> report) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String k = key.apply(list.get(i));
            if (k.isBlank()) {
                continue;
            }
            Integer first = seen.putIfAbsent(k, i);
            if (first != null) {
                report.accept(i, first);
            }
        }
    }

    private static int number(String s, int from) {
        try {
            return Integer.parseInt(s.substring(from));
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
