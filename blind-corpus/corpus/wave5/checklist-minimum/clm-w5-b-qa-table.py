#!/usr/bin/python3
# clm-w5-b-qa-table: hospital-made questionnaire-style table (No. | 確認項目 | 1回目 回答 | 1回目 確認日 | 目標日 |
# 2回目 回答 | 2回目 確認日 | 備考), numbered 1-1 … 3-2, drop-downs, Excel date cells shown in 和暦,
# a 記入要領 sheet, a correctly labelled 記入例 row, COUNTIF totals without cached values (saved by openpyxl).
# Planted: 1-2 いいえ without 目標日; 2-3 2回目確認日 earlier than 1回目確認日.
import datetime as dt
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clm-w5-b-qa-table"
SHEET = "回答"

SECTIONS = [
    ("パスワードを強固なものに変更し、使い回しをしない", [
        "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
        "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
        "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。"]),
    ("IoT 機器を含む情報資産の通信制御を確認する", [
        "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
        "ネットワーク接続点へのアクセス制御を適切に実施している。",
        "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。"]),
    ("ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する", [
        "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
        "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。"]),
]
FACILITY = "社会医療法人 東雲会 しののめ記念病院"
D = dt.date
# per item: (first, firstDate, target, second, secondDate, remarks)
ANS = [
    ("はい", D(2024, 11, 12), None, None, None, None),
    ("いいえ", D(2024, 11, 12), None, None, None,   # PLANT 1: 目標日 missing
     "VPN装置と電子カルテサーバの管理者パスワードが同一。事業者と変更日程を調整中"),
    ("はい", D(2024, 11, 12), None, None, None, "新規採用者研修・年1回の全体研修で周知"),
    ("はい", D(2024, 11, 12), None, None, None, "令和6年9月に事業者と接続点一覧を作成済"),
    ("はい", D(2024, 11, 12), None, None, None, None),
    ("いいえ", D(2024, 11, 12), D(2025, 1, 31), "はい", D(2024, 11, 2),   # PLANT 2: 2回目 before 1回目
     "ファイアウォールのログ確認を月次で実施することとした"),
    ("はい", D(2024, 11, 12), None, None, None, None),
    ("はい", D(2024, 11, 12), None, None, None, "定義ファイル自動更新を管理コンソールで確認"),
]

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(wrap_text=True, vertical="center")
WAREKI = '[$-411]ggge"年"m"月"d"日"'
head_fill = PatternFill("solid", fgColor="DDEBF7")
sec_fill = PatternFill("solid", fgColor="F2F2F2")
ex_fill = PatternFill("solid", fgColor="FFF2CC")
font = "游ゴシック"


def main():
    wb = Workbook()
    ins = wb.active
    ins.title = "記入要領"
    ins.column_dimensions["A"].width = 4
    ins.column_dimensions["B"].width = 100
    lines = [
        "サイバーセキュリティ対策チェックリスト（最低限の措置編）　記入要領",
        "",
        "１．「回答」シートの各設問について、1回目の確認結果を「はい」「いいえ」からプルダウンで選択し、確認日を入力してください。",
        "２．1回目が「いいえ」の場合は、実施可能な直近の対応目標日を必ず入力してください。",
        "３．対応後に再確認した場合は、2回目の回答と確認日を入力してください。",
        "４．日付は 2024/11/12 のように入力すると和暦で表示されます。",
        "５．表の最上段の黄色の行は記入例です（削除しないでください。集計には含まれません）。",
        "６．立入検査の際に保健所へ提出します（岡山県医療推進課の様式を基に当院で作成）。",
    ]
    for i, t in enumerate(lines, start=1):
        c = ins.cell(i, 2, t)
        c.font = Font(name=font, size=12 if i == 1 else 10, bold=(i == 1))
        c.alignment = Alignment(wrap_text=True)

    ws = wb.create_sheet(SHEET)
    widths = {"A": 6, "B": 62, "C": 9, "D": 16, "E": 16, "F": 9, "G": 16, "H": 34}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "チェックリスト「サイバー攻撃リスク低減のための最低限の措置」編（医療機関確認用）"
    ws["A1"].font = Font(name=font, size=13, bold=True)
    ws["A3"] = "医療機関名"
    ws["A3"].font = Font(name=font, bold=True)
    ws.merge_cells("B3:D3")
    ws["B3"] = FACILITY
    for c in ("A3", "B3", "C3", "D3"):
        ws[c].border = box
    ws["A3"].fill = head_fill

    ws["F3"] = "1回目「いいえ」件数"
    ws.merge_cells("F3:G3")
    ws["H3"] = '=COUNTIF(C9:C19,"いいえ")'
    ws["F4"] = "1回目 未回答件数"
    ws.merge_cells("F4:G4")
    ws["H4"] = '=COUNTIFS(A9:A19,"?-?",C9:C19,"")'
    for c in ("F3", "H3", "F4", "H4"):
        ws[c].border = box
        ws[c].font = Font(name=font, size=9)

    # two-row header, rows 6-7
    ws.merge_cells("A6:A7"); ws["A6"] = "No."
    ws.merge_cells("B6:B7"); ws["B6"] = "確認項目"
    ws.merge_cells("C6:D6"); ws["C6"] = "1回目"
    ws["C7"] = "回答"; ws["D7"] = "確認日"
    ws.merge_cells("E6:E7"); ws["E6"] = "目標日\n（いいえの場合）"
    ws.merge_cells("F6:G6"); ws["F6"] = "2回目"
    ws["F7"] = "回答"; ws["G7"] = "確認日"
    ws.merge_cells("H6:H7"); ws["H6"] = "備考"
    for r in (6, 7):
        for c in range(1, 9):
            cell = ws.cell(r, c)
            cell.border = box
            cell.alignment = center
            cell.fill = head_fill
            cell.font = Font(name=font, size=10, bold=True)

    # 記入例 row 8
    ex = ["記入例", "（例）〇〇〇〇について確認している。", "いいえ", D(2024, 10, 1), D(2024, 12, 27),
          "はい", D(2024, 12, 20), "（例）12月の情報システム委員会で対応を決定"]
    for c, v in enumerate(ex, start=1):
        cell = ws.cell(8, c, v)
        cell.fill = ex_fill
        cell.border = box
        cell.font = Font(name=font, size=9, italic=True, color="7F6000")
        cell.alignment = wrap if c in (2, 8) else center
        if isinstance(v, dt.date):
            cell.number_format = WAREKI

    dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
    ws.add_data_validation(dv)

    r = 9
    k = 0
    rows = {}
    for si, (head, items) in enumerate(SECTIONS, start=1):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(r, 1, "%s．%s" % ("１２３"[si - 1], head))
        c.font = Font(name=font, size=10, bold=True)
        c.fill = sec_fill
        for cc in range(1, 9):
            ws.cell(r, cc).border = box
        r += 1
        for ii, it in enumerate(items, start=1):
            first, fd, td, second, sd, rem = ANS[k]
            vals = ["%d-%d" % (si, ii), it, first, fd, td, second, sd, rem]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(r, c, v)
                cell.border = box
                cell.font = Font(name=font, size=10)
                cell.alignment = wrap if c in (2, 8) else center
                if c in (4, 5, 7):
                    cell.number_format = WAREKI
            dv.add("C%d" % r)
            dv.add("F%d" % r)
            ws.row_dimensions[r].height = 40
            rows[k] = r
            k += 1
            r += 1
    ws.freeze_panes = "C8"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.active = 1
    wb.save(os.path.join(HERE, NAME + ".xlsx"))

    entries = []
    k = 0
    for si, (head, items) in enumerate(SECTIONS, start=1):
        for ii, it in enumerate(items, start=1):
            first, fd, td, second, sd, rem = ANS[k]
            e = {"section": head, "item": it, "itemNo": "%d-%d" % (si, ii),
                 "firstAnswer": first, "firstDate": fd.isoformat()}
            if td: e["targetDate"] = td.isoformat()
            if second: e["secondAnswer"] = second
            if sd: e["secondDate"] = sd.isoformat()
            if rem: e["remarks"] = rem
            entries.append(e)
            k += 1
    exp = {
        "form": "checklist-minimum",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "entries": entries},
        "planted": [
            {"cells": ["%s!E%d" % (SHEET, rows[1])], "paths": ["entries[1].targetDate"],
             "why": "1回目が「いいえ」なのに目標日が未記入（「いいえ」の場合は実施可能な直近の対応目標日を記入する）"},
            {"cells": ["%s!G%d" % (SHEET, rows[5]), "%s!D%d" % (SHEET, rows[5])],
             "paths": ["entries[5].secondDate", "entries[5].firstDate"],
             "why": "2回目の確認日（2024-11-02）が1回目の確認日（2024-11-12）より前になっている"},
        ],
        "notes": ("Sheet '%s' holds the data; sheet '記入要領' is instructions only. Row 8 is a correctly labelled "
                  "記入例 (yellow) and must be ignored. Item rows %s; section heading rows (merged A:H, '１．…') are "
                  "the ○ headings, given here without the numbering. Dates are Excel date cells displayed in 和暦 "
                  "(令和6年11月12日). H3/H4 are COUNTIF formulas saved by openpyxl without cached values (not form fields)."
                  % (SHEET, [rows[i] for i in range(8)])),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
