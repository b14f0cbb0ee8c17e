#!/usr/bin/python3
"""clm-w18-b: 最低限の措置編 redrawn as a data-entry grid by a health-centre / hospital clerk.
No. | 区分 (merged vertically) | チェック項目 | 1回目 はい/いいえ (○ mark) + 確認日 | 目標日 | 2回目 はい/いいえ + 確認日 | 備考.
A correctly labelled 記入例 row sits above the data; a 記入要領 sheet follows.
1回目/2回目 dates are Excel date cells, 目標日 is typed as 和暦 text. Two planted mistakes."""
import datetime as dt
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clm-w18-b-grid-mark-columns-example-row"
SHEET = "チェックリスト"
FACILITY = "医療法人 美作会 津山みどり病院"

H1 = "パスワードを強固なものに変更し、使い回しをしない"
H2 = "IoT 機器を含む情報資産の通信制御を確認する"
H3 = "ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
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
D = dt.date
# first answer, first date, target (cell text, canonical), second answer, second date, remarks
FILL = [
    ("はい", D(2024, 11, 5), None, None, None, None),
    ("はい", D(2024, 11, 5), None, None, None, None),
    ("はい", D(2024, 11, 5), None, None, None, "12月の職員研修でも周知予定"),
    ("はい", D(2024, 11, 6), None, None, None, "電子カルテ保守業者と確認"),
    ("いいえ", D(2024, 11, 6), None, None, None, "ベンダーと調整中"),            # planted: no 目標日
    ("いいえ", D(2024, 11, 6), ("R7.1.31", "2025-01-31"), "はい", D(2025, 1, 29), "ログ確認手順書を作成"),
    ("はい", D(2024, 11, 6), None, None, None, None),
    ("いいえ", D(2024, 11, 5), ("R7.6.30", "2025-06-30"), None, None,
     "次期PC更新時に一括管理ツールを導入"),                                      # planted: past FY end
]
FIRST_ROW = 9  # row 8 is the 記入例


def build(path):
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    cc = Alignment(horizontal="center", vertical="center", wrap_text=True)
    lc = Alignment(horizontal="left", vertical="center", wrap_text=True)
    widths = dict(A=5, B=16, C=52, D=6, E=6, F=11, G=13, H=6, I=6, J=11, K=26)
    for k, v in widths.items():
        ws.column_dimensions[k].width = v

    ws.merge_cells("A1:K1")
    ws["A1"] = "【別紙1-3】サイバーセキュリティ対策チェックリスト（最低限の措置編）医療機関確認用"
    ws["A1"].font = Font(size=13, bold=True)
    # label above value
    ws.merge_cells("C3:F3"); ws["C3"] = "医療機関名"
    ws["C3"].fill = PatternFill("solid", fgColor="DDEBF7"); ws["C3"].alignment = cc
    ws.merge_cells("C4:F4"); ws["C4"] = FACILITY; ws["C4"].alignment = cc
    for r in (3, 4):
        for c in "CDEF":
            ws[f"{c}{r}"].border = box
    ws["H3"] = "※ 記入方法は「記入要領」シートを参照"; ws["H3"].font = Font(size=9, color="C00000")

    hdr = PatternFill("solid", fgColor="DDEBF7")
    ws.merge_cells("A6:A7"); ws["A6"] = "No."
    ws.merge_cells("B6:B7"); ws["B6"] = "区分"
    ws.merge_cells("C6:C7"); ws["C6"] = "チェック項目"
    ws.merge_cells("D6:F6"); ws["D6"] = "1回目"
    ws["D7"] = "はい"; ws["E7"] = "いいえ"; ws["F7"] = "確認日"
    ws.merge_cells("G6:G7"); ws["G6"] = "目標日\n（「いいえ」の場合）"
    ws.merge_cells("H6:J6"); ws["H6"] = "2回目"
    ws["H7"] = "はい"; ws["I7"] = "いいえ"; ws["J7"] = "確認日"
    ws.merge_cells("K6:K7"); ws["K6"] = "備考"
    for r in (6, 7):
        for c in "ABCDEFGHIJK":
            ws[f"{c}{r}"].border = box; ws[f"{c}{r}"].alignment = cc; ws[f"{c}{r}"].fill = hdr
    ws.row_dimensions[6].height = 30

    # 記入例 row (correctly labelled, grey)
    grey = PatternFill("solid", fgColor="E7E6E6")
    ex = dict(A="例", B="（記入例）", C="○○○○について確認している。", E="○", F="R6.10.1",
              G="R6.12.27", H="○", J="R7.1.15", K="記入例（この行は集計しません）")
    for c in "ABCDEFGHIJK":
        cell = ws[f"{c}8"]
        cell.value = ex.get(c)
        cell.fill = grey; cell.border = box; cell.font = Font(color="7F7F7F", italic=True)
        cell.alignment = lc if c in "CK" else cc

    r = FIRST_ROW
    sec_start = {}
    for i, ((head, text), (a1, d1, tg, a2, d2, rem)) in enumerate(zip(ITEMS, FILL)):
        sec_start.setdefault(head, [r, r])[1] = r
        ws[f"A{r}"] = i + 1
        ws[f"C{r}"] = text
        ws[f"D{r}" if a1 == "はい" else f"E{r}"] = "○"
        ws[f"F{r}"] = d1; ws[f"F{r}"].number_format = "yyyy/m/d"
        if tg:
            ws[f"G{r}"] = tg[0]
        if a2:
            ws[f"H{r}" if a2 == "はい" else f"I{r}"] = "○"
            ws[f"J{r}"] = d2; ws[f"J{r}"].number_format = "yyyy/m/d"
        if rem:
            ws[f"K{r}"] = rem
        for c in "ABCDEFGHIJK":
            ws[f"{c}{r}"].border = box
            ws[f"{c}{r}"].alignment = lc if c in "CK" else cc
        ws.row_dimensions[r].height = 45
        r += 1
    for head, (s, e) in sec_start.items():
        ws[f"B{s}"] = head
        if e > s:
            ws.merge_cells(f"B{s}:B{e}")
        ws[f"B{s}"].alignment = cc
        ws[f"B{s}"].font = Font(size=9, bold=True)
    last = r - 1
    dv = DataValidation(type="list", formula1='"○"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"D{FIRST_ROW}:E{last}"); dv.add(f"H{FIRST_ROW}:I{last}")
    ws.freeze_panes = "D8"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1

    g = wb.create_sheet("記入要領")
    g.column_dimensions["A"].width = 100
    lines = [
        "記入要領",
        "1　「はい」「いいえ」のいずれかの欄に「○」を記入してください。",
        "2　確認日は、確認を行った日付を記入してください。",
        "3　1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください（令和7年3月31日までの日付）。",
        "4　目標日以降に再度確認を行い、2回目欄に結果と確認日を記入してください。",
        "5　8行目の記入例は消さずにそのままで構いません。",
        "6　立入検査時、本チェックリストを確認します。",
    ]
    for i, t in enumerate(lines, 1):
        g[f"A{i}"] = t
    g["A1"].font = Font(bold=True, size=12)
    wb.save(path)


def main():
    build(os.path.join(HERE, NAME + ".xlsx"))
    entries = []
    for i, ((head, text), (a1, d1, tg, a2, d2, rem)) in enumerate(zip(ITEMS, FILL)):
        e = {"section": head, "item": text, "itemNo": str(i + 1),
             "firstAnswer": a1, "firstDate": d1.isoformat()}
        if tg:
            e["targetDate"] = tg[1]
        if a2:
            e["secondAnswer"] = a2; e["secondDate"] = d2.isoformat()
        if rem:
            e["remarks"] = rem
        entries.append(e)
    exp = {
        "form": "checklist-minimum",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "entries": entries},
        "planted": [
            {"cells": [f"{SHEET}!G{FIRST_ROW + 4}"], "paths": ["entries[4].targetDate"],
             "why": "1回目が「いいえ」なのに目標日が空欄（「いいえ」の場合は対応目標日の記入が必要）"},
            {"cells": [f"{SHEET}!G{FIRST_ROW + 7}"], "paths": ["entries[7].targetDate"],
             "why": "目標日 R7.6.30 (2025-06-30) は令和6年度（2025-03-31まで）の範囲外"},
        ],
        "notes": ("Row 8 is a correctly labelled 記入例 row (No. '例', grey) and must be ignored; data rows 9-16. "
                  "Answers are ○ marks in the はい/いいえ columns (D/E for 1回目, H/I for 2回目). 1回目/2回目 dates are "
                  "Excel date cells; 目標日 is typed as 和暦 text (R7.1.31). 区分 column B is merged vertically per heading; "
                  "section is that heading (no 〇 mark). itemNo is the No. column (1-8). 医療機関名 label above value (C3/C4)."),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
