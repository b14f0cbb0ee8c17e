#!/usr/bin/python3
"""clm-w32-a: Okayama 「最低限の措置」編 drawn as the prefecture's print-style sheet.

Answer and date share one cell as on the paper form (「はい・いいえ (/)」 -> the filler deleted the
unchosen word and wrote the year-less date inside the brackets). Untouched cells keep the template text.
Saved by openpyxl. Writes the .xlsx and the .expected.json beside this script.
"""
import json
import os
import sys

sys.path.insert(0, "/tmp/clx-py")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clm-w32-a-print-style-inline-dates"
SHEET = "最低限の措置チェックリスト"
FACILITY = "医療法人 吉備の里会 吉備高原中央病院"

H1 = "パスワードを強固なものに変更し、使い回しをしない"
H2 = "IoT 機器を含む情報資産の通信制御を確認する"
H3 = "ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
TEMPLATE_ANS = "はい・いいえ\n(　/　)"
TEMPLATE_DATE = "(　/　)"

# (heading, item, first cell, target cell, second cell, remarks, expected extra)
ROWS = [
    (H1, "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
     "はい\n(10/15)", None, None, None,
     dict(firstAnswer="はい", firstDate="2024-10-15")),
    (H1, "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
     "いいえ\n(10/15)", "(12/20)", "はい\n(12/18)",
     "電子カルテ・部門システム・VPN装置の管理者PWを個別に変更済",
     dict(firstAnswer="いいえ", firstDate="2024-10-15", targetDate="2024-12-20",
          secondAnswer="はい", secondDate="2024-12-18")),
    (H1, "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
     "はい\n(10/15)", None, None, "職員研修(9月)・院内メールで周知",
     dict(firstAnswer="はい", firstDate="2024-10-15")),
    (H2, "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
     "はい\n(10/16)", None, None, "保守業者とネットワーク構成図で確認",
     dict(firstAnswer="はい", firstDate="2024-10-16")),
    (H2, "ネットワーク接続点へのアクセス制御を適切に実施している。",
     "はい\n(10/16)", None, None, None,
     dict(firstAnswer="はい", firstDate="2024-10-16")),
    (H2, "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
     "いいえ\n(10/16)", "(3/31)", None,
     "ログは保存しているが定期チェック未実施。\n保守契約見直し後に月1回確認予定",
     dict(firstAnswer="いいえ", firstDate="2024-10-16", targetDate="2025-03-31")),
    (H3, "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
     "はい\n(10/16)", None, None, None,
     dict(firstAnswer="はい", firstDate="2024-10-16")),
    (H3, "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
     "はい\n(10/16)", None, None, None,
     dict(firstAnswer="はい", firstDate="2024-10-16")),
]


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap_c = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap_l = Alignment(horizontal="left", vertical="center", wrap_text=True)
    head_fill = PatternFill("solid", fgColor="D9D9D9")
    sec_fill = PatternFill("solid", fgColor="F2F2F2")

    ws.column_dimensions["A"].width = 2
    ws.column_dimensions["B"].width = 58
    for c in "CDE":
        ws.column_dimensions[c].width = 13
    ws.column_dimensions["F"].width = 30

    ws.merge_cells("B1:F1")
    ws["B1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
    ws["B1"].font = Font(size=14, bold=True)
    ws["B1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("B2:F2")
    ws["B2"] = "「サイバー攻撃リスク低減のための最低限の措置」編"
    ws["B2"].font = Font(size=12, bold=True)
    ws["B2"].alignment = Alignment(horizontal="center")
    ws["F3"] = "医療機関確認用"
    ws["F3"].alignment = Alignment(horizontal="right")
    ws["F3"].border = box

    ws["B5"] = "医療機関名"
    ws["B5"].alignment = Alignment(horizontal="right")
    ws.merge_cells("C5:F5")
    ws["C5"] = FACILITY
    for c in "CDEF":
        ws[f"{c}5"].border = Border(bottom=thin)

    notes = [
        "※ このチェックリストは、医療機関等におけるサイバーセキュリティ対策の取組みについて（令和6年8月1日事務連絡）により、"
        "特に迅速に対応すべき事項として示された「サイバー攻撃リスク低減のための最低限の措置」の内容を基に、岡山県が作成したものです。",
        "※ 本チェックリストの項目について直ちに確認を行い、「いいえ」の項目については速やかに取り組むよう対応をお願いします。",
        "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
        "※ 立入検査時、本チェックリストを確認します。",
    ]
    for i, n in enumerate(notes):
        r = 7 + i
        ws.merge_cells(f"B{r}:F{r}")
        ws[f"B{r}"] = n
        ws[f"B{r}"].alignment = Alignment(wrap_text=True, vertical="top")
        ws[f"B{r}"].font = Font(size=9)
        ws.row_dimensions[r].height = 26 if i == 0 else 14

    ws.merge_cells("B12:B13")
    ws["B12"] = "チェック項目"
    ws.merge_cells("C12:E12")
    ws["C12"] = "確認結果（日付）"
    ws["C13"] = "1回目"
    ws["D13"] = "目標日"
    ws["E13"] = "2回目"
    ws.merge_cells("F12:F13")
    ws["F12"] = "備考"
    for r in (12, 13):
        for c in "BCDEF":
            cell = ws[f"{c}{r}"]
            cell.border = box
            cell.fill = head_fill
            cell.alignment = wrap_c
            cell.font = Font(bold=True)

    r = 14
    entries = []
    last_heading = None
    for heading, item, first, target, second, remarks, exp in ROWS:
        if heading != last_heading:
            ws.merge_cells(f"B{r}:F{r}")
            ws[f"B{r}"] = "○" + heading
            ws[f"B{r}"].font = Font(bold=True)
            for c in "BCDEF":
                ws[f"{c}{r}"].border = box
                ws[f"{c}{r}"].fill = sec_fill
            last_heading = heading
            r += 1
        ws[f"B{r}"] = item
        ws[f"C{r}"] = first
        ws[f"D{r}"] = target if target else TEMPLATE_DATE
        ws[f"E{r}"] = second if second else TEMPLATE_ANS
        if remarks:
            ws[f"F{r}"] = remarks
        ws[f"B{r}"].alignment = wrap_l
        ws[f"F{r}"].alignment = wrap_l
        for c in "CDE":
            ws[f"{c}{r}"].alignment = wrap_c
        for c in "BCDEF":
            ws[f"{c}{r}"].border = box
        ws.row_dimensions[r].height = 48
        e = {"section": heading, "item": item}
        e.update(exp)
        if remarks:
            e["remarks"] = remarks
        entries.append(e)
        r += 1

    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.print_area = f"A1:F{r - 1}"
    out = os.path.join(HERE, NAME + ".xlsx")
    wb.save(out)

    expected = {
        "form": "checklist-minimum",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "entries": entries},
        "planted": [],
        "notes": (
            "Print-style copy of the Okayama form. Answer and date share one cell: the filler deleted the unchosen "
            "word of 「はい・いいえ」 and wrote a year-less date in the brackets, e.g. 'いいえ\\n(10/15)' -> いいえ, "
            "2024-10-15; '(3/31)' on this R6 form -> 2025-03-31. Cells still holding the untouched template text "
            "'はい・いいえ\\n(　/　)' or '(　/　)' are blank (not answered). Section = the ○ heading text without the "
            "leading ○ mark. No item numbers are shown, so itemNo is omitted."
        ),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    build()
