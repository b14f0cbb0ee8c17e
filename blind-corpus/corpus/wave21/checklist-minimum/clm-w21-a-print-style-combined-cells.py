#!/usr/bin/python3
"""clm-w21-a: Okayama 「最低限の措置」編, drawn as the prefecture's print-style sheet.
Answer and date share one cell (the filler deleted the option not chosen: 「はい・いいえ (/)」 -> 「はい (10/15)」),
year-less dates, untouched template cells keep 「はい・いいえ (　/　)」. No planted problem."""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "clm-w21-a-print-style-combined-cells"
FACILITY = "医療法人 桃園会 西大寺みなと病院"

H1 = "○パスワードを強固なものに変更し、使い回しをしない"
H2 = "○IoT 機器を含む情報資産の通信制御を確認する"
H3 = "○ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
ITEMS = [
    (H1, "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。"),
    (H1, "複数の機器や外部サービス等で、同一のパスワードを設定していない。"),
    (H1, "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。"),
    (H2, "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。"),
    (H2, "ネットワーク接続点へのアクセス制御を適切に実施している。"),
    (H2, "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。"),
    (H3, "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。"),
    (H3, "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。"),
]
# (first answer, first date, target, second answer, second date, remarks) ; dates as (month, day), year from FY R6
FILL = [
    ("はい", (10, 15), None, None, None, None),
    ("いいえ", (10, 15), (12, 20), "はい", (12, 18), "ルータとNASの管理者パスワードが同一だったため\n保守業者に変更を依頼（12月保守時に変更済）"),
    ("はい", (10, 15), None, None, None, "10/1 全職員へ院内メールで周知"),
    ("はい", (10, 16), None, None, None, "電子カルテ業者とネットワーク構成図で確認"),
    ("はい", (10, 16), None, None, None, None),
    ("いいえ", (10, 16), (1, 31), "はい", (1, 28), "UTMのログを月1回確認する運用を開始"),
    ("はい", (10, 16), None, None, None, "保守契約により年2回確認 "),
    ("はい", (10, 16), None, None, None, None),
]
TEMPLATE_ANS = "はい・いいえ\n(　/　)"
TEMPLATE_DATE = "(　/　)"


def iso(md):
    m, d = md
    y = 2024 if m >= 4 else 2025
    return f"{y:04d}-{m:02d}-{d:02d}"


def main():
    wb = Workbook()
    ws = wb.active
    ws.title = "チェックリスト"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws.column_dimensions["A"].width = 2
    ws.column_dimensions["B"].width = 58
    for c in "CDE":
        ws.column_dimensions[c].width = 13
    ws.column_dimensions["F"].width = 30
    ws.column_dimensions["G"].width = 2

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

    ws.merge_cells("B5:D5")
    ws["B5"] = "医療機関名　" + FACILITY
    ws["B5"].font = Font(size=12)
    for c in "BCD":
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
    hdr_fill = PatternFill("solid", fgColor="DDEBF7")
    for r in (12, 13):
        for c in "BCDEF":
            cell = ws[f"{c}{r}"]
            cell.border = box
            cell.fill = hdr_fill
            cell.alignment = Alignment(horizontal="center", vertical="center")
            cell.font = Font(bold=True)

    entries = []
    row = 14
    cur = None
    for (sec, item), (a1, d1, tg, a2, d2, rem) in zip(ITEMS, FILL):
        if sec != cur:
            ws.merge_cells(f"B{row}:F{row}")
            ws[f"B{row}"] = sec
            ws[f"B{row}"].font = Font(bold=True)
            for c in "BCDEF":
                ws[f"{c}{row}"].border = box
                ws[f"{c}{row}"].fill = PatternFill("solid", fgColor="F2F2F2")
            cur = sec
            row += 1
        ws[f"B{row}"] = item
        ws[f"C{row}"] = f"{a1}\n({d1[0]}/{d1[1]})"
        ws[f"D{row}"] = f"({tg[0]}/{tg[1]})" if tg else TEMPLATE_DATE
        ws[f"E{row}"] = f"{a2}\n({d2[0]}/{d2[1]})" if a2 else TEMPLATE_ANS
        if rem:
            ws[f"F{row}"] = rem
        for c in "BCDEF":
            cell = ws[f"{c}{row}"]
            cell.border = box
            cell.alignment = Alignment(wrap_text=True, vertical="center",
                                       horizontal="left" if c in "BF" else "center")
        ws.row_dimensions[row].height = 44
        e = {"section": sec, "item": item, "firstAnswer": a1, "firstDate": iso(d1)}
        if tg:
            e["targetDate"] = iso(tg)
        if a2:
            e["secondAnswer"] = a2
            e["secondDate"] = iso(d2)
        if rem:
            e["remarks"] = rem
        entries.append(e)
        row += 1

    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.print_area = f"A1:G{row}"
    path = os.path.join(OUT, NAME + ".xlsx")
    wb.save(path)

    exp = {
        "form": "checklist-minimum",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "entries": entries},
        "planted": [],
        "notes": ("Okayama print-style form. Answer and date share one cell (「はい\\n(10/15)」), the unchosen option deleted; "
                  "dates are year-less (Oct-Dec = 2024, Jan-Mar = 2025). Cells still showing the template 「はい・いいえ (　/　)」 "
                  "or 「(　/　)」 are blank (not answered). 医療機関名 is in one cell with its label. Section = the ○ heading row "
                  "text as written (U+25CB ○). One remark has a trailing space and one a line break, both kept."),
    }
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
