package io.github.medsecforms.validation.internal.rules;

import static io.github.medsecforms.model.Severity.ERROR;
import static io.github.medsecforms.model.Severity.INFO;
import static io.github.medsecforms.model.Severity.WARNING;

import io.github.medsecforms.model.Basis;
import io.github.medsecforms.model.Stage;
import io.github.medsecforms.model.common.Presence;
import io.github.medsecforms.model.linesurvey.Callout;
import io.github.medsecforms.model.linesurvey.CommunicationType;
import io.github.medsecforms.model.linesurvey.DiagnosisDayCheck;
import io.github.medsecforms.model.linesurvey.IpAssignment;
import io.github.medsecforms.model.linesurvey.Line;
import io.github.medsecforms.model.linesurvey.LineDeviceSurvey;
import io.github.medsecforms.model.linesurvey.PortEntry;
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

    private LineDeviceSurveyRules() {
    }

    static List<Rule<?>> rules() {
        return List.of(
                RequiredRule.of(T, "LDS-001", Set.of("lines.globalIpAddress", "lines.ipAssignment", "floorPlan.image",
                                "ports.deviceName", "ports.ipAddress", "ports.portNumber", "ports.protocol"),
                        Basis.seed("002", "技術バージョン確認 (*)", "回線終端装置設置場所 (*)", "システム種別 (*)")),
                RequiredRule.unmarked(T, "LDS-027", Set.of(),
                        "基本情報記入シートは【記入必須】で、医療機関名・住所・病床数、同意、確認者名の記入を求められる（(*)の印はない）",
                        Basis.seed("002", "【記入必須】", "医療機関名、住所、病床数をご記入ください", "“同意する”の選択をお願いします",
                                "担当者の署名をフルネームでご記入ください"),
                        "基本情報記入シートの医療機関名が空欄"),
                Rule.of(T, "LDS-002", ERROR, Stage.REQUIRED, "電子カルテと繋がる全ての外部接続点（回線）を記入する",
                        Basis.seed("002", "電子カルテシステムに接続するすべての回線"),
                        "回線・機器情報記入シートに回線が1件もない", (f, c) -> {
                            if (f.lines().isEmpty()) {
                                c.report("lines");
                            }
                        }),
                Rule.of(T, "LDS-003", ERROR, Stage.REQUIRED, "担当者は4名まで記入でき、現地調査の連絡先となる",
                        Basis.seed("002", "担当者情報をご記入ください"),
                        "担当者の氏名と電話番号・メールアドレスがそろった行がない", (f, c) -> {
                            if (f.contacts().stream().noneMatch(x -> x.isComplete())) {
                                c.report("contacts");
                            }
                        }),
                Rule.of(T, "LDS-004", ERROR, Stage.CROSS_FIELD,
                        "脆弱性診断はグローバルIPアドレスに対して行う",
                        Basis.seed("002", "グローバルIPアドレスに対して、ポートスキャンを行い脆弱性診断を行います"),
                        "脆弱性診断「調査希望あり」でグローバルIP利用「なし」", (f, c) -> eachLine(f, (i, l) -> {
                            if (scan(l) && l.globalIpUse().orElse(null) == Presence.ABSENT) {
                                c.report("lines[" + i + "].vulnerabilityScan");
                            }
                        })),
                Rule.of(T, "LDS-005", ERROR, Stage.CROSS_FIELD,
                        "閉域網に接続された回線は脆弱性診断の対象外", Basis.seed("002", "閉域網に接続された回線は対象外となります"),
                        "通信形態「閉域網」で脆弱性診断「調査希望あり」", (f, c) -> eachLine(f, (i, l) -> {
                            if (scan(l) && l.communicationKind().orElse(null) == CommunicationType.CLOSED_NETWORK) {
                                c.report("lines[" + i + "].vulnerabilityScan");
                            }
                        })),
                Rule.of(T, "LDS-006", ERROR, Stage.CROSS_FIELD, "グローバルIPを利用する回線は固定IP/動的IPの別を記入する",
                        Basis.seed("002", "固定IP/動的IP (*)"),
                        "グローバルIP利用「あり」で固定IP/動的IPが空欄", (f, c) -> eachLine(f, (i, l) -> {
                            if (l.globalIpUse().orElse(null) == Presence.PRESENT && l.ipAssignment().isEmpty()) {
                                c.report("lines[" + i + "].ipAssignment");
                            }
                        })),
                Rule.of(T, "LDS-007", ERROR, Stage.CROSS_FIELD, "固定IPの回線はそのグローバルIPアドレスを診断対象として記入する",
                        Basis.seed("002", "グローバルIPアドレス (*)", "脆弱性診断を実施する際は、対象装置のグローバルIPアドレスをお知らせください"),
                        "固定IPでグローバルIPアドレスが空欄", (f, c) -> eachLine(f, (i, l) -> {
                            if (l.ipAssignment().orElse(null) == IpAssignment.STATIC && l.globalIpAddress().isEmpty()) {
                                c.report("lines[" + i + "].globalIpAddress");
                            }
                        })),
                Rule.of(T, "LDS-008", WARNING, Stage.CROSS_FIELD, "グローバルIPを利用しない回線にグローバルIPアドレスは不要",
                        Basis.ourDesign("グローバルIP利用「なし」とアドレスの記入は食い違っており、どちらかの誤りが多いため警告する"),
                        "グローバルIP利用「なし」なのにグローバルIPアドレスが記入されている", (f, c) -> eachLine(f, (i, l) -> {
                            if (l.globalIpUse().orElse(null) == Presence.ABSENT && l.globalIpAddress().isPresent()) {
                                c.reportValue("lines[" + i + "].globalIpAddress", l.globalIpAddress().get());
                            }
                        })),
                Rule.of(T, "LDS-009", ERROR, Stage.CROSS_FIELD,
                        "動的IPの場合は診断当日にアドレスを確認・記入しないと調査不可となる",
                        Basis.seed("002", "グローバルIPアドレスが動的の場合は診断当日にアドレスを改めて確認いただく必要があります",
                                "ご確認いただけない場合には調査不可となります"),
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
                        "動的IPの回線は診断当日にグローバルIPアドレスの再確認が必要",
                        Basis.seed("002", "脆弱性診断対象のグローバルIPアドレス（動的IPアドレスのみ）の最終確認を行っていただき"),
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
                        "電子カルテシステムと接続のないネットワークは調査対象外",
                        Basis.seed("002", "電子カルテシステムと接続のないネットワークは対象外です"),
                        "電子カルテシステムと接続するネットワークとの接続「なし」", (f, c) -> eachLine(f, (i, l) -> {
                            if (l.ehrConnection().orElse(null) == Presence.ABSENT) {
                                c.report("lines[" + i + "].ehrConnection");
                            }
                        })),
                Rule.of(T, "LDS-012", INFO, Stage.CROSS_FIELD,
                        "調査対象機器のログイン情報は当日必要となるため予め用意する。機器のメーカー・機種名はパスワードリスト（提出不要）の欄で、提出する回線シートの欄ではない",
                        Basis.seed("002", "特に、調査対象機器のログイン情報は当日必要となるため予めご用意をお願いします", "弊社への提出は不要です"),
                        "技術バージョン確認「調査希望あり」の回線がある", (f, c) -> {
                            List<String> requested = new java.util.ArrayList<>();
                            List<Integer> rows = new java.util.ArrayList<>();
                            eachLine(f, (i, l) -> {
                                if (l.versionCheck().orElse(null) == SurveyWish.REQUESTED) {
                                    requested.add("回線" + (i + 1));
                                    rows.add(i);
                                }
                            });
                            if (!requested.isEmpty()) {
                                // once, at the first line that asks for it
                                c.report("lines[" + rows.get(0) + "].versionCheck", String.join("、", requested),
                                        String.join(", ", requested.stream().map(x -> "line " + x.substring(2)).toList()));
                            }
                        }),
                Rule.of(T, "LDS-013", ERROR, Stage.CROSS_SHEET, "端末調査は5台で、様式の欄もNo.1〜No.5",
                        Basis.seed("002", "PC端末を5台選定をお願いします", "端末5台に対する調査"),
                        "調査端末が6台以上", (f, c) -> {
                            if (f.terminals().size() > LineDeviceSurvey.TERMINALS) {
                                c.report("terminals[" + LineDeviceSurvey.TERMINALS + "]", f.terminals().size(),
                                        LineDeviceSurvey.TERMINALS);
                            }
                        }),
                Rule.of(T, "LDS-014", WARNING, Stage.CROSS_SHEET, "セキュリティ対策状況を確認したいPC端末を5台選定する",
                        Basis.seed("002", "PC端末を5台選定をお願いします"),
                        "調査端末が4台以下", (f, c) -> {
                            if (f.terminals().size() < LineDeviceSurvey.TERMINALS) {
                                c.report("terminals", f.terminals().size(), LineDeviceSurvey.TERMINALS);
                            }
                        }),
                Rule.of(T, "LDS-015", WARNING, Stage.CROSS_SHEET, "電子カルテ端末から1台の選定を推奨",
                        Basis.seed("002", "電子カルテ端末から1台、その他、主要な部門システムから1台ずつの選定を推奨します"),
                        "システム種別に「電子カルテ」の端末がない", (f, c) -> {
                            if (!f.terminals().isEmpty()
                                    && f.terminals().stream().noneMatch(t -> t.systemType().contains("電子カルテ"))) {
                                c.report("terminals");
                            }
                        }),
                Rule.of(T, "LDS-016", WARNING, Stage.CROSS_SHEET, "調査端末はホスト名で特定する",
                        Basis.ourDesign("同じホスト名は写し間違いが多いが、別の部門システムで同じ名前の端末もありうるため警告にとどめる"),
                        "同じ端末ホスト名が2台に記入されている", (f, c) -> duplicates(f.terminals(),
                                t -> t.hostName().strip().toUpperCase(Locale.ROOT), (i, first) ->
                                        c.reportValue("terminals[" + i + "].hostName", f.terminals().get(i).hostName(),
                                                "No." + (first + 1)))),
                Rule.of(T, "LDS-017", WARNING, Stage.CROSS_SHEET, "調査端末はIPアドレスで特定する",
                        Basis.ourDesign("同じアドレスは写し間違いが多いが、分離された部門ネットワークでは同じプライベートアドレスもありうるため警告にとどめる"),
                        "同じIPアドレスが2台に記入されている", (f, c) -> duplicates(f.terminals(),
                                t -> t.ipAddress().map(a -> a.address().toString()).orElse(""), (i, first) ->
                                        c.reportValue("terminals[" + i + "].ipAddress",
                                                f.terminals().get(i).ipAddress().get(), "No." + (first + 1)))),
                Rule.of(T, "LDS-018", WARNING, Stage.CROSS_FIELD, "仮想デスクトップ利用の端末は仮想デスクトップのホスト名とIPアドレスを記入する",
                        Basis.ourDesign("仮想デスクトップ欄に(*)の印はないが、仮想デスクトップを使う端末の調査にはその接続先が要るため警告する")
                                .and("002", "仮想デスクトップ"),
                        "シンクラ利用「仮想デスクトップ」で仮想デスクトップ欄が空欄", (f, c) -> {
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
                Rule.of(T, "LDS-019", WARNING, Stage.CROSS_SHEET, "回線ごとにグローバルIPアドレスを確認する",
                        Basis.ourDesign("別の回線に同じグローバルIPアドレスは写し間違いが多いため警告する（同じ装置を共有する回線もありうる）"),
                        "2つの回線に同じグローバルIPアドレス", (f, c) -> duplicates(f.lines(),
                                l -> l.globalIpAddress().map(Ipv4Address::toString).orElse(""), (i, first) ->
                                        c.reportValue("lines[" + i + "].globalIpAddress",
                                                f.lines().get(i).globalIpAddress().get(), "回線" + (first + 1)))),
                Rule.of(T, "LDS-020", ERROR, Stage.REQUIRED, "設置場所記入シートに平面図またはフロア図の貼り付けが必須",
                        Basis.seed("002", "調査対象機器の設置場所を平面図またはフロア図にプロットしたうえでご提出をお願いします"),
                        "設置場所記入シートに画像がない", (f, c) -> {
                            if (f.floorPlan().image().isEmpty()) {
                                c.report("floorPlan.image");
                            }
                        }),
                Rule.of(T, "LDS-021", WARNING, Stage.CROSS_SHEET,
                        "調査対象の回線終端装置・端末の吹き出しを平面図上に配置する",
                        Basis.seed("002", "調査対象回線の回線終端装置、調査対象端末の情報が入った吹き出しを平面図上に配置し"),
                        "回線2の吹き出しが平面図上にない", (f, c) -> {
                            if (f.floorPlan().callouts().isEmpty()) {
                                return; // no callout at all: LDS-029 says so once, not once per line and terminal
                            }
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
                Rule.of(T, "LDS-029", WARNING, Stage.CROSS_SHEET,
                        "平面図上に吹き出しが一つもない：回線・端末の吹き出しを配置する",
                        Basis.ourDesign("吹き出しが一つもないときは、回線・端末ごとに同じ警告（LDS-021）を並べず一度だけ伝える。"
                                        + "平面図の画像の中に描いた文字は読み取れないため、その旨も添える")
                                .and("002", "調査対象回線の回線終端装置、調査対象端末の情報が入った吹き出しを平面図上に配置し"),
                        "回線3件・端末5件で吹き出しなし", (f, c) -> {
                            int lines = f.lines().size();
                            int terminals = f.terminals().size();
                            if (f.floorPlan().callouts().isEmpty() && lines + terminals > 0) {
                                c.reportValue("floorPlan", lines, terminals);
                            }
                        }),
                Rule.of(T, "LDS-022", WARNING, Stage.CROSS_SHEET, "吹き出しは回線・機器情報記入シートと調査端末情報記入シートから作る",
                        Basis.ourDesign("対応する回線・端末のない吹き出しは、行を消した後に残ったものが多いため警告する")
                                .and("002", "自動的に吹き出し内に必要情報が出力されます"),
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
                        "アカウント(ログインID)・パスワードリストは提出不要：パスワードを提出物に含めない",
                        Basis.ourDesign("パスワードは提出物とともに決して送らない（docs/decisions.md D-06）ため、記入済みのリストを含むブックは受け付けない")
                                .and("002", "アカウント(ログインID)・パスワードリストは、弊社への提出は不要です"),
                        "提出するブックのパスワードリストにパスワードが記入されている", (f, c) -> c.credentials().ifPresent(list -> {
                            if (list.hasAnyPassword()) {
                                c.report("credentials"); // where the reader found the list (FormReader.CREDENTIALS_PATH)
                            }
                        })),
                Rule.of(T, "LDS-025", WARNING, Stage.STRUCTURE,
                        "アカウント(ログインID)・パスワードリストは提出不要",
                        Basis.seed("002", "アカウント(ログインID)・パスワードリストは、弊社への提出は不要です"),
                        "パスワードは空だが、パスワードリストのシートが提出するブックに含まれている", (f, c) -> c.credentials().ifPresent(list -> {
                            if (!list.hasAnyPassword()) {
                                c.report("credentials"); // where the reader found the list (FormReader.CREDENTIALS_PATH)
                            }
                        })),
                Rule.of(T, "LDS-023", WARNING, Stage.CROSS_FIELD, "機器のポート情報は回線ごとに記入する",
                        Basis.ourDesign("ポート情報の「回線」欄は様式にない独自の列で、ない回線を指すのは書き間違いのため警告する"),
                        "ポート情報の回線欄が存在しない回線（回線9）を指している", (f, c) -> {
                            for (int i = 0; i < f.ports().size(); i++) {
                                String line = java.text.Normalizer.normalize(f.ports().get(i).line(),
                                        java.text.Normalizer.Form.NFKC).replace(" ", "");
                                if (!line.isEmpty() && (!line.startsWith("回線") || number(line, 2) < 1
                                        || number(line, 2) > f.lines().size())) {
                                    c.reportValue("ports[" + i + "].line", f.ports().get(i).line());
                                }
                            }
                        }),
                Rule.of(T, "LDS-028", ERROR, Stage.REQUIRED,
                        "ポートの機器名・IPアドレス・ポート番号・プロトコル（(*)）は、接続状況が「接続なし」のポートを除いて記入する",
                        Basis.ourDesign("何もつながっていないポートには接続先の機器名・アドレスがないため、(*)の列を求めない（様式は接続状況「接続なし」を選べる）")
                                .and("002", "機器名 (*)", "接続状況", "接続なし"),
                        "接続状況「接続あり」のポートで機器名が空欄", (f, c) -> {
                            for (int i = 0; i < f.ports().size(); i++) {
                                PortEntry p = f.ports().get(i);
                                if (notConnected(p.connectionStatus())) {
                                    continue;
                                }
                                String at = "ports[" + i + "].";
                                if (p.deviceName().isBlank()) {
                                    c.report(at + "deviceName");
                                }
                                if (p.ipAddress().isEmpty()) {
                                    c.report(at + "ipAddress");
                                }
                                if (p.portNumber().isEmpty()) {
                                    c.report(at + "portNumber");
                                }
                                if (p.protocol().isBlank()) {
                                    c.report(at + "protocol");
                                }
                            }
                        }),
                Rule.of(T, "LDS-026", INFO, Stage.FIELDS,
                        "回線の属性はプルダウンから選べるが、当てはまらない場合はその用語を記入してよい。一覧にない用語には閉域網・VPNの判定をしない",
                        Basis.seed("002", "回線の属性、システム名はブルタウンリストから選択していただけますが", "当てはまらない場合はその用語をご記入ください"),
                        "通信形態に「IP-VPN」（一覧にない用語）", (f, c) -> eachLine(f, (i, l) -> {
                            if (!l.communicationType().isBlank() && l.communicationKind().isEmpty()) {
                                c.reportValue("lines[" + i + "].communicationType", l.communicationType());
                            }
                        })));
    }

    /** Whether a port's 接続状況 says nothing is connected (接続なし, なし, 未接続). */
    private static boolean notConnected(String status) {
        String s = java.text.Normalizer.normalize(status, java.text.Normalizer.Form.NFKC).replace(" ", "");
        return s.equals("接続なし") || s.equals("なし") || s.equals("無") || s.equals("未接続");
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
