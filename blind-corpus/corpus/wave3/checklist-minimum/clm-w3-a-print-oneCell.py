# Generator for clm-w3-a-print-oneCell.xlsx
# Role: Okayama prefecture official redrawing the seed's 最低限の措置編 checklist as a print-style sheet
# (answer and date typed into the same cell over the template text "はい・いいえ (/)").
# Filled by a hospital: complete and correct, NO planted problem.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clm-w3-a-print-oneCell"

FACILITY = "医療法人 緑風会 みどり中央病院"

H1 = "パスワードを強固なものに変更し、使い回しをしない"
H2 = "IoT 機器を含む情報資産の通信制御を確認する"
H3 = "ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"

I = [
    "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
    "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
    "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
    "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
    "ネットワーク接続点へのアクセス制御を適切に実施している。",
    "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
    "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
    "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
]

TPL_ANS = "はい・いいえ (/)"   # template text left untouched = not answered
TPL_DATE = "(/)"

# (section, item, first-cell, target-cell, second-cell, remarks, expected-entry)
ROWS = [
    ("H", "○" + H1),
    ("I", H1, I[0], "はい (10/8)", TPL_DATE, TPL_ANS, "VPN装置の管理者パスワードを16桁に変更済",
     dict(firstAnswer="はい", firstDate="2024-10-08")),
    ("I", H1, I[1], "いいえ (10/8)", "(12/20)", "はい (12/18)",
     "電子カルテとグループウェアで同一パスワードを使用していたため変更\n（12/18 全職員分完了）",
     dict(firstAnswer="いいえ", firstDate="2024-10-08", targetDate="2024-12-20",
          secondAnswer="はい", secondDate="2024-12-18")),
    ("I", H1, I[2], "はい\n(10/8)", TPL_DATE, TPL_ANS, "",
     dict(firstAnswer="はい", firstDate="2024-10-08")),
    ("H", "○" + H2),
    ("I", H2, I[3], "いいえ (10/8)", "(1/31)", "はい (1/28)", "保守業者2社と接続点を洗い出し",
     dict(firstAnswer="いいえ", firstDate="2024-10-08", targetDate="2025-01-31",
          secondAnswer="はい", secondDate="2025-01-28")),
    ("I", H2, I[4], "はい (10/8)", TPL_DATE, TPL_ANS, "",
     dict(firstAnswer="はい", firstDate="2024-10-08")),
    ("I", H2, I[5], "いいえ\n(10/8)", "(3/14)", TPL_ANS, "UTMログの月次確認手順を作成中",
     dict(firstAnswer="いいえ", firstDate="2024-10-08", targetDate="2025-03-14")),
    ("H", "○" + H3),
    ("I", H3, I[6], "はい (10/9)", TPL_DATE, TPL_ANS, "",
     dict(firstAnswer="はい", firstDate="2024-10-09")),
    ("I", H3, I[7], "はい (10/9)", TPL_DATE, TPL_ANS, "ウイルス対策ソフト管理コンソールで毎週確認",
     dict(firstAnswer="はい", firstDate="2024-10-09")),
]


def main():
    wb = Workbook()
    ws = wb.active
    ws.title = "チェックリスト"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)

    ws.column_dimensions["A"].width = 62
    for c in "BCD":
        ws.column_dimensions[c].width = 15
    ws.column_dimensions["E"].width = 34

    ws.merge_cells("A1:E1")
    ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
    ws["A1"].font = Font(size=14, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:E2")
    ws["A2"] = "「サイバー攻撃リスク低減のための最低限の措置」編"
    ws["A2"].font = Font(size=12, bold=True)
    ws["A2"].alignment = Alignment(horizontal="center")
    ws["E3"] = "医療機関確認用"
    ws["E3"].alignment = Alignment(horizontal="right")
    ws["E3"].border = box

    ws.merge_cells("A5:C5")
    ws["A5"] = "医療機関名　" + FACILITY
    ws["A5"].font = Font(size=12, underline="single")

    notes = [
        "※ このチェックリストは、医療機関等におけるサイバーセキュリティ対策の取組みについて（令和6年8月1日事務連絡）により、"
        "特に迅速に対応すべき事項として示された「サイバー攻撃リスク低減のための最低限の措置」の内容を基に、岡山県が作成したものです。",
        "※ 本チェックリストの項目について直ちに確認を行い、「いいえ」の項目については速やかに取り組むよう対応をお願いします。",
        "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
        "※ 立入検査時、本チェックリストを確認します。",
    ]
    for k, t in enumerate(notes):
        r = 6 + k
        ws.merge_cells(f"A{r}:E{r}")
        ws[f"A{r}"] = t
        ws[f"A{r}"].alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[r].height = 30 if k == 0 else 16

    # two-row header
    ws.merge_cells("A11:A12"); ws["A11"] = "チェック項目"
    ws.merge_cells("B11:D11"); ws["B11"] = "確認結果 (日付)"
    ws["B12"] = "1回目"; ws["C12"] = "目標日"; ws["D12"] = "2回目"
    ws.merge_cells("E11:E12"); ws["E11"] = "備考"
    grey = PatternFill("solid", fgColor="D9D9D9")
    for r in (11, 12):
        for c in "ABCDE":
            ws[f"{c}{r}"].border = box
            ws[f"{c}{r}"].alignment = center
            ws[f"{c}{r}"].fill = grey

    entries = []
    r = 13
    for row in ROWS:
        if row[0] == "H":
            ws.merge_cells(f"A{r}:E{r}")
            ws[f"A{r}"] = row[1]
            ws[f"A{r}"].font = Font(bold=True)
            for c in "ABCDE":
                ws[f"{c}{r}"].border = box
        else:
            _, sec, item, a1, tgt, a2, rem, exp = row
            ws[f"A{r}"] = item
            ws[f"B{r}"] = a1
            ws[f"C{r}"] = tgt
            ws[f"D{r}"] = a2
            if rem:
                ws[f"E{r}"] = rem
            for c in "ABCDE":
                ws[f"{c}{r}"].border = box
                ws[f"{c}{r}"].alignment = wrap if c in "AE" else center
            ws.row_dimensions[r].height = 48
            e = {"section": sec, "item": item}
            e.update(exp)
            if rem:
                e["remarks"] = rem
            entries.append(e)
        r += 1

    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.print_area = f"A1:E{r-1}"
    wb.save(os.path.join(HERE, NAME + ".xlsx"))

    expected = {
        "form": "checklist-minimum",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "entries": entries},
        "planted": [],
        "notes": (
            "Okayama 最低限の措置編 (令和6年度). 医療機関名 is typed in the same cell as its label (A5, after a full-width space). "
            "Answers and dates share one cell over the template text: 'はい (10/8)', some with a line break 'はい\\n(10/8)'; "
            "year-less dates on an R6 form (Oct-Dec = 2024, Jan-Mar = 2025). Cells still holding the untouched template text "
            "'はい・いいえ (/)' or '(/)' are unanswered and omitted. section = the ○ heading text without the leading ○ mark. "
            "No item numbers in this layout. No planted problem."
        ),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
