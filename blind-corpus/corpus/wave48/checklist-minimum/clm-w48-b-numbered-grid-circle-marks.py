#!/usr/bin/python3
# Generator for clm-w48-b-numbered-grid-circle-marks.xlsx
# Run with: PYTHONPATH=/tmp/clx_w48_py /usr/bin/python3 THIS.py
import datetime as dt
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clm-w48-b-numbered-grid-circle-marks"
SHEET = "チェックリスト(最低限の措置)"
FACILITY = "医療法人 晴風会 たかはし記念病院"

H1 = "〇パスワードを強固なものに変更し、使い回しをしない"
H2 = "〇IoT 機器を含む情報資産の通信制御を確認する"
H3 = "〇ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
D = dt.date

# heading rows: (label shown, canonical heading)
# item rows: (no, item text, first(はい/いいえ), firstDate, target, second, secondDate, remarks)
ROWS = [
    ("H", "１．パスワードを強固なものに変更し、使い回しをしない", H1),
    ("I", "1", "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
     "はい", D(2024, 11, 5), None, None, None, None),
    # planted: 1回目 date missing
    ("I", "2", "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
     "はい", None, None, None, None, None),
    ("I", "3", "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
     "はい", D(2024, 11, 5), None, None, None, "職員研修（9月）で周知"),
    ("H", "２．IoT 機器を含む情報資産の通信制御を確認する", H2),
    ("I", "4", "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
     "はい", D(2024, 11, 6), None, None, None, "ネットワーク構成図で確認"),
    ("I", "5", "ネットワーク接続点へのアクセス制御を適切に実施している。",
     "はい", D(2024, 11, 6), None, None, None, None),
    # planted: いいえ without 目標日
    ("I", "6", "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
     "いいえ", D(2024, 11, 6), None, None, None, "ログ確認の運用方法を検討中"),
    ("H", "３．ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する", H3),
    ("I", "7", "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
     "はい", D(2024, 11, 6), None, None, None, "保守契約で年2回更新"),
    ("I", "8", "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
     "いいえ", D(2024, 11, 6), D(2024, 12, 13), "はい", D(2024, 12, 10), "定義ファイル未更新の端末3台あり→更新済"),
]


def build(path):
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    hdr = PatternFill("solid", fgColor="DDEBF7")
    sec = PatternFill("solid", fgColor="F2F2F2")
    cen = Alignment(horizontal="center", vertical="center", wrap_text=True)
    lef = Alignment(horizontal="left", vertical="center", wrap_text=True)
    widths = dict(A=5, B=60, C=6, D=6, E=11, F=11, G=6, H=6, I=11, J=28)
    for k, v in widths.items():
        ws.column_dimensions[k].width = v

    ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト【サイバー攻撃リスク低減のための最低限の措置編】（医療機関確認用）"
    ws["A1"].font = Font(size=13, bold=True)
    ws["A3"] = "医療機関名：" + FACILITY
    ws["A3"].font = Font(size=11, bold=True)
    ws["A4"] = "該当する欄に「○」を記入し、確認日を記入してください。1回目が「いいえ」の場合は目標日を記入してください。"
    ws["A4"].font = Font(size=9)

    # two-row header (rows 6-7)
    ws.merge_cells("A6:A7"); ws["A6"] = "No."
    ws.merge_cells("B6:B7"); ws["B6"] = "チェック項目"
    ws.merge_cells("C6:E6"); ws["C6"] = "1回目"
    ws["C7"] = "はい"; ws["D7"] = "いいえ"; ws["E7"] = "確認日"
    ws.merge_cells("F6:F7"); ws["F6"] = "目標日"
    ws.merge_cells("G6:I6"); ws["G6"] = "2回目"
    ws["G7"] = "はい"; ws["H7"] = "いいえ"; ws["I7"] = "確認日"
    ws.merge_cells("J6:J7"); ws["J6"] = "備考"
    for r in (6, 7):
        for c in "ABCDEFGHIJ":
            ws[f"{c}{r}"].border = box; ws[f"{c}{r}"].alignment = cen
            ws[f"{c}{r}"].fill = hdr; ws[f"{c}{r}"].font = Font(bold=True, size=10)

    dv = DataValidation(type="list", formula1='"○"', allow_blank=True)
    ws.add_data_validation(dv)

    r = 8
    entries, rowmap = [], {}
    heading = None
    for row in ROWS:
        if row[0] == "H":
            heading = row[2]
            ws.merge_cells(f"A{r}:J{r}"); ws[f"A{r}"] = row[1]
            ws[f"A{r}"].font = Font(bold=True); ws[f"A{r}"].fill = sec
            for c in "ABCDEFGHIJ":
                ws[f"{c}{r}"].border = box
        else:
            _, no, item, a1, d1, tgt, a2, d2, rem = row
            ws[f"A{r}"] = int(no)
            ws[f"B{r}"] = item
            if a1 == "はい":
                ws[f"C{r}"] = "○"
            elif a1 == "いいえ":
                ws[f"D{r}"] = "○"
            if d1:
                ws[f"E{r}"] = d1
            if tgt:
                ws[f"F{r}"] = tgt
            if a2 == "はい":
                ws[f"G{r}"] = "○"
            elif a2 == "いいえ":
                ws[f"H{r}"] = "○"
            if d2:
                ws[f"I{r}"] = d2
            if rem:
                ws[f"J{r}"] = rem
            for c in "ABCDEFGHIJ":
                cell = ws[f"{c}{r}"]
                cell.border = box
                cell.alignment = lef if c in "BJ" else cen
                cell.font = Font(size=10)
                if c in "EFI":
                    cell.number_format = "yyyy/m/d"
            dv.add(f"C{r}:D{r}"); dv.add(f"G{r}:H{r}")
            ws.row_dimensions[r].height = 42
            e = {"section": heading, "item": item, "itemNo": no, "firstAnswer": a1}
            if d1: e["firstDate"] = d1.isoformat()
            if tgt: e["targetDate"] = tgt.isoformat()
            if a2: e["secondAnswer"] = a2
            if d2: e["secondDate"] = d2.isoformat()
            if rem: e["remarks"] = rem
            entries.append(e)
            rowmap[no] = r
        r += 1
    ws.freeze_panes = "C8"

    # instructions sheet
    ws2 = wb.create_sheet("記入要領")
    lines = [
        "【記入要領】",
        "1　各項目について直ちに確認を行い、「はい」「いいえ」のいずれかの欄に「○」を記入してください。",
        "2　確認日欄には確認を行った日付を記入してください（例：2024/10/1）。",
        "3　1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を目標日欄に記入してください。",
        "4　「いいえ」の項目は速やかに取り組み、対応後に2回目の確認を行ってください。",
        "5　立入検査時、本チェックリストを確認します。",
        "参考：令和6年8月1日事務連絡「医療機関等におけるサイバーセキュリティ対策の取組みについて」別添",
        "　　　「サイバー攻撃リスク低減のための最低限の措置」",
    ]
    ws2.column_dimensions["A"].width = 110
    for i, t in enumerate(lines, 1):
        ws2[f"A{i}"] = t
    ws2["A1"].font = Font(bold=True, size=12)
    wb.save(path)
    return entries, rowmap


if __name__ == "__main__":
    out = os.path.join(HERE, NAME + ".xlsx")
    entries, rowmap = build(out)
    exp = {
        "form": "checklist-minimum",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "entries": entries},
        "planted": [
            {"cells": [f"{SHEET}!E{rowmap['2']}"], "paths": ["entries[1].firstDate"],
             "why": "item 2 answered はい in 1回目 but the 1回目 確認日 is missing (every item needs a 1回目 answer and date)"},
            {"cells": [f"{SHEET}!F{rowmap['6']}"], "paths": ["entries[5].targetDate"],
             "why": "item 6 answered いいえ in 1回目 but no 目標日 (いいえ ⇒ 目標日 required)"},
        ],
        "notes": ("Answers are ○ marks in はい / いいえ columns (1回目 C/D, 2回目 G/H); dates are Excel date cells. "
                  "Facility name shares a cell with its label ('医療機関名：...'). Heading rows are numbered １．２．３． "
                  "instead of 〇; section given as the catalogue's 〇 heading. itemNo = the No. column (1-8). "
                  "Sheet 記入要領 is instructions only."),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
    print("wrote", out)
