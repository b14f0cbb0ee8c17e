# Generator for clm-w12-b-marks-wareki-example.xlsx
# Role: a hospital's 情報システム室 redrew Okayama's 最低限の措置編 checklist as a numbered answer sheet
# with separate はい / いいえ columns marked with ○, 和暦 text dates (R6.10.21), a correctly labelled 記入例
# row, a 記入要領 sheet in front and a hidden list sheet for the drop-downs.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave12/checklist-minimum"
NAME = "clm-w12-b-marks-wareki-example"
SHEET = "チェックリスト"
FACILITY = "社会医療法人 高梁川会 総社みなみ病院"

H1 = "パスワードを強固なものに変更し、使い回しをしない"
H2 = "IoT 機器を含む情報資産の通信制御を確認する"
H3 = "ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
# (no, section, text shown in sheet, canonical item text, first ans, first date, target, second ans, second date, remarks)
ITEMS = [
    ("1", H1, "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
     "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
     "はい", "R6.10.21", None, None, None, None),
    ("2", H1, "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
     "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
     "はい", "R6.10.21", None, None, None, None),
    ("3", H1, "利用者認証のパスワードについて、類推されやすいパスワードを使用しないよう全利用者に周知を徹底している。",
     "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
     None, "R6.10.21", None, None, None, None),          # planted: no ○ in はい/いいえ
    ("4", H2, "関係事業者と協力してすべてのネットワーク接続点を確認している。\n（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）",
     "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
     "いいえ", "R6.10.23", "R6.12.27", "はい", "R6.12.20", "地域連携ネットワーク（閉域網）側の接続点を事業者と確認"),
    ("5", H2, "ネットワーク接続点へのアクセス制御を適切に実施している。",
     "ネットワーク接続点へのアクセス制御を適切に実施している。",
     "いいえ", "R6.10.23", None, None, None, "FWのルール見直しを検討中"),   # planted: いいえ without 目標日
    ("6", H2, "各種システムや通信制御機器のログを記録・保存し、定期的にチェックして不正利用がないことを確認している。",
     "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
     "はい", "R6.10.23", None, None, None, None),
    ("7", H3, "すべてのネットワーク機器のバージョンアップ・パッチ適用・ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
     "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
     "いいえ", "R6.10.23", "R7.6.30", None, None, "ルータ更改（次年度予算）に合わせて実施予定"),  # planted: 目標日 outside FY R6
    ("8", H3, "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）を確認している。",
     "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
     "はい", "R6.10.21", None, None, None, None),
]
FIRST_ROW = 9  # row of No.1


def wareki_iso(s):
    era, rest = s[0], s[1:]
    y, m, d = (int(x) for x in rest.split("."))
    assert era == "R"
    return f"{2018 + y:04d}-{m:02d}-{d:02d}"


def build(path):
    wb = Workbook()
    guide = wb.active
    guide.title = "記入要領"
    lines = [
        "チェックリスト（最低限の措置編）記入要領",
        "",
        "1. 「チェックリスト」シートの各項目について、1回目の確認結果を「はい」「いいえ」のどちらかの欄に○を付けてください。",
        "2. 確認日は R6.10.1 のように和暦（R年.月.日）で入力してください。",
        "3. 1回目で「いいえ」の場合は、実施可能な直近の対応目標日を「目標日」欄に入力してください（令和7年3月31日まで）。",
        "4. 目標日以降に再確認し、2回目の欄に結果と確認日を入力してください。",
        "5. 記入例の行は参考です（削除・変更しないでください）。",
        "6. 本チェックリストは立入検査時に保健所が確認します（県通知 医推第697号）。",
    ]
    for i, t in enumerate(lines, 1):
        guide.cell(row=i, column=1, value=t)
    guide["A1"].font = Font(bold=True, size=13)
    guide.column_dimensions["A"].width = 110

    ws = wb.create_sheet(SHEET)
    lst = wb.create_sheet("list")
    lst["A1"] = "○"
    lst.sheet_state = "hidden"

    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="center", wrap_text=True)
    widths = {"A": 6, "B": 20, "C": 50, "D": 6, "E": 6, "F": 11, "G": 13, "H": 6, "I": 6, "J": 11, "K": 30}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v

    ws["A1"] = "チェックリスト（最低限の措置編）　回答シート"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "医療機関名"; ws.merge_cells("A3:B3")
    ws.merge_cells("C3:F3"); ws["C3"] = FACILITY
    ws["A4"] = "記入者（所属・氏名）"; ws.merge_cells("A4:B4")
    ws.merge_cells("C4:F4"); ws["C4"] = "情報システム室　藤原 健太"
    for rr in (3, 4):
        for col in range(1, 7):
            ws.cell(row=rr, column=col).border = box
        ws.cell(row=rr, column=1).fill = PatternFill("solid", fgColor="F2F2F2")

    # header rows 6-7
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
    for row in ws["A6:K7"]:
        for c in row:
            c.border = box; c.alignment = center; c.fill = hdr; c.font = Font(bold=True)
    ws.row_dimensions[6].height = 30

    # 記入例 row 8
    ex = ["記入例", "（区分）", "（例）〇〇〇〇を行っている。", "", "○", "R6.10.1", "R6.11.30", "○", "", "R6.11.29", "記入例の行は削除しないでください"]
    for i, v in enumerate(ex, 1):
        c = ws.cell(row=8, column=i, value=v if v != "" else None)
        c.border = box; c.alignment = center if i not in (3, 11) else left
        c.font = Font(italic=True, color="808080")
        c.fill = PatternFill("solid", fgColor="FFF2CC")

    r = FIRST_ROW
    for it in ITEMS:
        no, sec, shown, _canon, fa, fd, tg, sa, sd, rem = it
        ws.cell(row=r, column=1, value=no)
        ws.cell(row=r, column=2, value=sec)
        ws.cell(row=r, column=3, value=shown)
        if fa == "はい":
            ws.cell(row=r, column=4, value="○")
        elif fa == "いいえ":
            ws.cell(row=r, column=5, value="○")
        ws.cell(row=r, column=6, value=fd)
        ws.cell(row=r, column=7, value=tg)
        if sa == "はい":
            ws.cell(row=r, column=8, value="○")
        elif sa == "いいえ":
            ws.cell(row=r, column=9, value="○")
        ws.cell(row=r, column=10, value=sd)
        ws.cell(row=r, column=11, value=rem)
        for col in range(1, 12):
            c = ws.cell(row=r, column=col)
            c.border = box
            c.alignment = left if col in (2, 3, 11) else center
        ws.row_dimensions[r].height = 45
        r += 1
    last = r - 1
    # merge the 区分 cells per heading
    groups = {}
    for i, it in enumerate(ITEMS):
        groups.setdefault(it[1], []).append(FIRST_ROW + i)
    for sec, rows in groups.items():
        if len(rows) > 1:
            ws.merge_cells(start_row=rows[0], start_column=2, end_row=rows[-1], end_column=2)
    dv = DataValidation(type="list", formula1="=list!$A$1", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"D{FIRST_ROW}:E{last}")
    dv.add(f"H{FIRST_ROW}:I{last}")
    ws.freeze_panes = "D8"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 0
    wb.active = 1
    wb.save(path)


def expected():
    entries = []
    for it in ITEMS:
        no, sec, shown, canon, fa, fd, tg, sa, sd, rem = it
        e = {"section": sec, "item": canon, "itemNo": no}
        if fa:
            e["firstAnswer"] = fa
        if fd:
            e["firstDate"] = wareki_iso(fd)
        if tg:
            e["targetDate"] = wareki_iso(tg)
        if sa:
            e["secondAnswer"] = sa
        if sd:
            e["secondDate"] = wareki_iso(sd)
        if rem:
            e["remarks"] = rem
        entries.append(e)
    def row(no):
        return FIRST_ROW + int(no) - 1
    planted = [
        {"cells": [f"{SHEET}!D{row('3')}", f"{SHEET}!E{row('3')}"], "paths": ["entries[2].firstAnswer"],
         "why": "No.3: 1回目の確認日 (R6.10.21) はあるが「はい」「いいえ」のどちらにも○が無い — every item needs a 1回目 answer"},
        {"cells": [f"{SHEET}!G{row('5')}"], "paths": ["entries[4].targetDate"],
         "why": "No.5: 1回目「いいえ」なのに目標日が空欄 — いいえ requires a 目標日"},
        {"cells": [f"{SHEET}!G{row('7')}"], "paths": ["entries[6].targetDate"],
         "why": "No.7: 目標日 R7.6.30 (2025-06-30) is outside the form's fiscal year 令和6年度 (must be by 2025-03-31)"},
    ]
    return {
        "form": "checklist-minimum",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "entries": entries},
        "planted": planted,
        "notes": ("Sheet order: 記入要領 (instructions), チェックリスト (the form), list (hidden, drop-down source '○'). "
                  "Answers are ○ marks in separate はい / いいえ columns (D/E for 1回目, H/I for 2回目). "
                  "Dates are 和暦 text 'R6.10.21' (R6 = 2024, R7 = 2025). Row 8 is a correctly labelled 記入例 row "
                  "(No. '記入例') and must be ignored. The sheet shows No. 1-8 (itemNo) and abbreviates some item "
                  "texts (No.3, 4, 6, 7, 8 reworded); item gives the seed's full wording. section is the heading text "
                  "without the ○ mark (区分 column, merged per heading). 記入者 (C4) is not a form key."),
    }


if __name__ == "__main__":
    build(os.path.join(OUT, NAME + ".xlsx"))
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected(), f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("ok")
