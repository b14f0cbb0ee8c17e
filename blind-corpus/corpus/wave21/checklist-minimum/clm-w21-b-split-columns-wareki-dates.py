#!/usr/bin/python3
"""clm-w21-b: a hospital IT room's own re-drawing of the Okayama 「最低限の措置」編 checklist.
記入要領 sheet first; label-left header; No. column; heading text in a vertically merged 区分 column;
answer and date in separate columns (dropdown はい/いいえ, Excel date cells shown in 和暦).
Planted: いいえ without 目標日; a 2回目 date earlier than the 1回目 date."""
import datetime as dt
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "clm-w21-b-split-columns-wareki-dates"
FACILITY = "医療法人 清風会 津山さくら病院"
SHEET = "チェックリスト"

H1 = "〇パスワードを強固なものに変更し、使い回しをしない"
H2 = "〇IoT 機器を含む情報資産の通信制御を確認する"
H3 = "〇ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
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
FILL = [
    ("はい", D(2024, 11, 5), None, None, None, None),
    ("はい", D(2024, 11, 5), None, None, None, None),
    # planted: 2回目 date 2024-10-05 is before the 1回目 date 2024-11-05 (meant 12/5)
    ("いいえ", D(2024, 11, 5), D(2024, 12, 27), "はい", D(2024, 10, 5), "パスワード作成ルールを院内掲示・朝礼で周知"),
    ("はい", D(2024, 11, 6), None, None, None, "ネットワーク構成図で確認（電子カルテ業者立会い）"),
    # planted: いいえ but 目標日 left blank
    ("いいえ", D(2024, 11, 6), None, None, None, "検査システム保守回線のアクセス制御を業者と協議中"),
    ("はい", D(2024, 11, 6), None, None, None, None),
    ("はい", D(2024, 11, 6), None, None, None, None),
    ("はい", D(2024, 11, 6), None, None, None, "ウイルス対策ソフト管理画面で定義ファイル更新を確認"),
]
DATE_FMT = "[$-411]ggge年m月d日"


def main():
    wb = Workbook()
    guide = wb.active
    guide.title = "記入要領"
    guide.column_dimensions["A"].width = 100
    lines = [
        "記入要領（最低限の措置編チェックリスト）",
        "",
        "1. 「チェックリスト」シートの各項目について確認し、1回目の回答欄で「はい」「いいえ」を選択してください。",
        "2. 確認日は「2024/11/5」のように入力してください（和暦で表示されます）。",
        "3. 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
        "4. 目標日までに対応した後、2回目の確認を行い、回答と確認日を記入してください。",
        "5. 立入検査時に本チェックリストを確認します（保健所へ提出）。",
        "",
        "参考：令和6年8月1日事務連絡「医療機関等におけるサイバーセキュリティ対策の取組みについて」別添「サイバー攻撃リスク低減のための最低限の措置」",
    ]
    for i, t in enumerate(lines, 1):
        guide[f"A{i}"] = t
    guide["A1"].font = Font(size=13, bold=True)

    ws = wb.create_sheet(SHEET)
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    widths = {"A": 5, "B": 22, "C": 56, "D": 8, "E": 16, "F": 16, "G": 8, "H": 16, "I": 32}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v

    ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト「サイバー攻撃リスク低減のための最低限の措置」編（医療機関確認用）"
    ws["A1"].font = Font(size=12, bold=True)
    ws["A3"] = "医療機関名"
    ws.merge_cells("A3:B3")
    ws.merge_cells("C3:E3")
    ws["C3"] = FACILITY
    ws["A4"] = "記入者"
    ws.merge_cells("A4:B4")
    ws.merge_cells("C4:E4")
    ws["C4"] = "情報システム室　山本"
    for r in (3, 4):
        for c in "ABCDE":
            ws[f"{c}{r}"].border = box
        ws[f"A{r}"].fill = PatternFill("solid", fgColor="E2EFDA")

    heads = ["No.", "区分", "チェック項目", "1回目\n回答", "1回目\n確認日", "目標日", "2回目\n回答", "2回目\n確認日", "備考"]
    for i, h in enumerate(heads):
        c = ws.cell(row=6, column=1 + i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="E2EFDA")
        c.border = box
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[6].height = 30

    dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
    ws.add_data_validation(dv)

    entries = []
    planted = []
    first_row = 7
    sec_start = {}
    for i, ((sec, item), (a1, d1, tg, a2, d2, rem)) in enumerate(zip(ITEMS, FILL)):
        r = first_row + i
        sec_start.setdefault(sec, [r, r])[1] = r
        ws[f"A{r}"] = i + 1
        ws[f"C{r}"] = item
        ws[f"D{r}"] = a1
        ws[f"E{r}"] = d1
        if tg:
            ws[f"F{r}"] = tg
        if a2:
            ws[f"G{r}"] = a2
        if d2:
            ws[f"H{r}"] = d2
        if rem:
            ws[f"I{r}"] = rem
        for col in "EFH":
            ws[f"{col}{r}"].number_format = DATE_FMT
        for col in "ABCDEFGHI":
            cell = ws[f"{col}{r}"]
            cell.border = box
            cell.alignment = Alignment(wrap_text=True, vertical="center",
                                       horizontal="left" if col in "BCI" else "center")
        ws.row_dimensions[r].height = 45
        e = {"section": sec, "item": item, "itemNo": str(i + 1), "firstAnswer": a1, "firstDate": d1.isoformat()}
        if tg:
            e["targetDate"] = tg.isoformat()
        if a2:
            e["secondAnswer"] = a2
        if d2:
            e["secondDate"] = d2.isoformat()
        if rem:
            e["remarks"] = rem
        entries.append(e)
        if i == 2:
            planted.append({"cells": [f"{SHEET}!H{r}", f"{SHEET}!E{r}"], "paths": [f"entries[{i}].secondDate"],
                            "why": "2回目の確認日 2024-10-05 が1回目の確認日 2024-11-05 より前（12/5 の誤記と思われる）"})
        if i == 4:
            planted.append({"cells": [f"{SHEET}!F{r}"], "paths": [f"entries[{i}].targetDate"],
                            "why": "1回目が「いいえ」なのに目標日が未記入（「いいえ」の場合は対応目標日の記入が必要）"})
    for sec, (a, b) in sec_start.items():
        ws.merge_cells(f"B{a}:B{b}")
        ws[f"B{a}"] = sec
        ws[f"B{a}"].alignment = Alignment(wrap_text=True, vertical="center")
    last = first_row + len(ITEMS) - 1
    dv.add(f"D{first_row}:D{last}")
    dv.add(f"G{first_row}:G{last}")
    ws.freeze_panes = "D7"

    wb.active = 1
    wb.save(os.path.join(OUT, NAME + ".xlsx"))

    exp = {
        "form": "checklist-minimum",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "entries": entries},
        "planted": planted,
        "notes": ("Hospital-drawn layout: 記入要領 sheet first, data on sheet 「チェックリスト」. Section = the 〇 heading as written in the "
                  "vertically merged 区分 column (U+3007 〇). The No. column (1-8) is given as itemNo. Dates are Excel date cells "
                  "displayed in 和暦 (令和6年11月5日). 記入者 (C4) has no key and is not in values."),
    }
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
