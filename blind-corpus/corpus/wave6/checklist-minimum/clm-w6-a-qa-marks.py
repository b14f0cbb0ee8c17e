# Generator for clm-w6-a-qa-marks.xlsx (checklist-minimum, R6) -- no planted problem.
# Role: 医事課 staff at a small Okayama hospital retyping the prefecture's 別添 PDF into Excel.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.page import PageMargins

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clm-w6-a-qa-marks"

H1 = "〇パスワードを強固なものに変更し、使い回しをしない"
H2 = "〇IoT 機器を含む情報資産の通信制御を確認する"
H3 = "〇ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
# (heading as shown in the sheet, canonical heading)
SECTIONS = [
    ("○パスワードを強固なものに変更し、使い回しをしない", H1, [
        "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
        "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
        "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
    ]),
    ("○IoT機器を含む情報資産の通信制御を確認する", H2, [
        "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
        "ネットワーク接続点へのアクセス制御を適切に実施している。",
        "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
    ]),
    ("○ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する", H3, [
        "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
        "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
    ]),
]
# answers per item in order: (first, firstDate, target, second, secondDate, remarks)
ANS = [
    ("はい", "2024-10-15", None, None, None, None),
    ("いいえ", "2024-10-15", "2024-12-20", "はい", "2024-12-18", "保守用ルータと電子カルテサーバの管理者PWを個別に変更"),
    ("いいえ", "2024-10-15", "2024-11-30", "はい", "2024-11-27", "11/25 全職員向け研修で周知\n院内掲示も実施"),
    ("はい", "2024-10-16", None, None, None, "電子カルテ・PACS事業者同席で確認"),
    ("はい", "2024-10-16", None, None, None, None),
    ("いいえ", "2024-10-16", "2025-01-31", "はい", "2025-01-29", "UTMログの月次確認を開始"),
    ("はい", "2024-10-17", None, None, None, None),
    ("はい", "2024-10-17", None, None, None, None),
]
FACILITY = "医療法人 旭水会 旭川さくら病院"

def wareki(iso):
    y, m, d = map(int, iso.split("-"))
    return f"R{y-2018}.{m}.{d}"

thin = Side(style="thin"); hair = Side(style="hair")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = "チェックリスト"
# columns: A No | B 設問 | C はい | D いいえ | E 確認日 | F spacer | G 目標日 | H spacer | I はい | J いいえ | K 確認日 | L 備考
widths = {"A": 5, "B": 58, "C": 6, "D": 6, "E": 10, "F": 1.5, "G": 10, "H": 1.5, "I": 6, "J": 6, "K": 10, "L": 26}
for k, v in widths.items():
    ws.column_dimensions[k].width = v

ws.merge_cells("A1:L1"); ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
ws["A1"].font = Font(size=14, bold=True); ws["A1"].alignment = Alignment(horizontal="center")
ws.merge_cells("A2:L2"); ws["A2"] = "「サイバー攻撃リスク低減のための最低限の措置」編　（医療機関確認用）"
ws["A2"].alignment = Alignment(horizontal="center")
ws.merge_cells("A4:G4"); ws["A4"] = f"医療機関名：{FACILITY}"
ws["A4"].font = Font(size=12, bold=True)
ws["A4"].border = Border(bottom=thin)
notes = [
    "※ 回答欄の「はい」「いいえ」のいずれかに○を記入してください。確認日は R6.10.1 のように記入。",
    "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
    "※ 立入検査時、本チェックリストを確認します。",
]
for i, t in enumerate(notes):
    ws.merge_cells(start_row=5 + i, start_column=1, end_row=5 + i, end_column=12)
    ws.cell(row=5 + i, column=1, value=t).font = Font(size=9)

# two-row header rows 9-10
hdr = ws
hdr.merge_cells("A9:A10"); hdr["A9"] = "No."
hdr.merge_cells("B9:B10"); hdr["B9"] = "設問（チェック項目）"
hdr.merge_cells("C9:E9"); hdr["C9"] = "1回目"
hdr["C10"] = "はい"; hdr["D10"] = "いいえ"; hdr["E10"] = "確認日"
hdr.merge_cells("G9:G10"); hdr["G9"] = "目標日"
hdr.merge_cells("I9:K9"); hdr["I9"] = "2回目"
hdr["I10"] = "はい"; hdr["J10"] = "いいえ"; hdr["K10"] = "確認日"
hdr.merge_cells("L9:L10"); hdr["L9"] = "備考"
fill = PatternFill("solid", fgColor="DDEBF7")
for r in (9, 10):
    for c in "ABCDEGIJKL":
        cell = ws[f"{c}{r}"]; cell.border = B; cell.alignment = center; cell.fill = fill; cell.font = Font(bold=True)

row = 11
entries = []
planted = []
n = 0
cellmap = []
for shown, canon, items in SECTIONS:
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=12)
    ws.cell(row=row, column=1, value=shown).font = Font(bold=True)
    ws.cell(row=row, column=1).fill = PatternFill("solid", fgColor="F2F2F2")
    for c in range(1, 13):
        ws.cell(row=row, column=c).border = B
    row += 1
    for text in items:
        first, fd, tgt, second, sd, rem = ANS[n]
        n += 1
        ws.cell(row=row, column=1, value=n).alignment = center
        ws.cell(row=row, column=2, value=text).alignment = wrap
        ws.cell(row=row, column=3 if first == "はい" else 4, value="○").alignment = center
        ws.cell(row=row, column=5, value=wareki(fd)).alignment = center
        if tgt:
            ws.cell(row=row, column=7, value=wareki(tgt)).alignment = center
        if second:
            ws.cell(row=row, column=9 if second == "はい" else 10, value="○").alignment = center
            ws.cell(row=row, column=11, value=wareki(sd)).alignment = center
        if rem:
            ws.cell(row=row, column=12, value=rem).alignment = wrap
        for c in "ABCDEGIJKL":
            ws[f"{c}{row}"].border = B
        ws.row_dimensions[row].height = 45
        e = {"section": canon, "item": text, "itemNo": str(n), "firstAnswer": first, "firstDate": fd}
        if tgt: e["targetDate"] = tgt
        if second: e["secondAnswer"] = second; e["secondDate"] = sd
        if rem: e["remarks"] = rem
        entries.append(e)
        row += 1

ws.cell(row=row + 1, column=2, value="記入者：医事課　高梁 美和（内線 215）").font = Font(size=9)
ws.print_title_rows = "9:10"
ws.page_setup.orientation = "landscape"
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.6, bottom=0.6)
ws.freeze_panes = "C11"

g = wb.create_sheet("記入要領")
lines = [
    "記入要領",
    "1. このチェックリストは「サイバー攻撃リスク低減のための最低限の措置」（令和6年8月1日事務連絡別添）の内容を基に岡山県が作成した様式を、院内用にExcel化したものです。",
    "2. 各項目について、1回目の確認結果「はい」「いいえ」のいずれかの欄に○を付け、確認日を記入してください。",
    "3. 1回目で「いいえ」の場合は、実施可能な直近の対応目標日を記入し、対応後に2回目の確認を行ってください。",
    "4. 立入検査の際に保健所へ提出します（提出は任意）。",
    "問い合わせ先：岡山県保健医療部医療推進課医事班　TEL 086-226-7403",
]
g.column_dimensions["A"].width = 110
for i, t in enumerate(lines, 1):
    g.cell(row=i, column=1, value=t).alignment = Alignment(wrap_text=True)
g["A1"].font = Font(bold=True, size=12)

wb.save(os.path.join(HERE, NAME + ".xlsx"))

exp = {
    "form": "checklist-minimum",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FACILITY, "entries": entries},
    "planted": planted,
    "notes": ("Answers are ○ marks in separate はい / いいえ columns (1回目 C/D, 2回目 I/J). Dates are text in "
              "abbreviated 和暦 (R6.10.15 = 2024-10-15, R7.1.29 = 2025-01-29). 医療機関名 shares one cell with its label "
              "(A4). Section headings in the sheet use ○ (U+25CB) and one writes 'IoT機器' without the space; the canonical "
              "section is given as the catalogue heading. itemNo is the running number 1-8 shown in column A. "
              "Blank spacer columns F and H. Extra sheet 記入要領 holds only instructions. The 記入者 line below the table is not a form field."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", len(entries))
