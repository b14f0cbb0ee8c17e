#!/usr/bin/python3
# Generator for hs-w8-a-bandmarks-7digit.xlsx (hospital-selection, 北海道, 2 planted problems).
# One sheet: transposed quota table + hospital table with ● marks under band columns, 7-digit codes,
# a correctly labelled 記入例 row, COUNTIF/SUM formulas saved by openpyxl without cached values.
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = "/work/blind/wave8/hospital-selection/hs-w8-a-bandmarks-7digit.xlsx"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
grey = PatternFill("solid", fgColor="DDDDDD")

wb = Workbook()
ws = wb.active
ws.title = "別紙様式"
widths = {"A": 7, "B": 12, "C": 30, "D": 8, "E": 9, "F": 10, "G": 10, "H": 9, "I": 11, "J": 36}
for k, v in widths.items():
    ws.column_dimensions[k].width = v

ws["A1"] = "別紙様式"
ws["A2"] = "医療機関におけるサイバーセキュリティ確保事業　支援対象病院一覧（令和6年度支援分）"
ws["A2"].font = Font(bold=True, size=13)
ws["A4"] = "都道府県名：北海道"
ws["A4"].font = Font(bold=True)
ws["I4"] = "提出日：R6.3.13"
ws["I5"] = "担当：保健福祉部 地域医療推進局 医療政策課"

bands = ["20～99床", "100～199床", "200～399床", "400床以上"]
quotas = [4, 2, 2, 1]
ws["A6"] = "1　支援枠（国から示された数）"
ws["A6"].font = Font(bold=True)
ws.merge_cells("A7:B7"); ws["A7"] = "病床規模"
ws.merge_cells("A8:B8"); ws["A8"] = "支援枠"
ws.merge_cells("A9:B9"); ws["A9"] = "選定数（自動）"
for i, (b, q) in enumerate(zip(bands, quotas)):
    col = 5 + i  # E..H, aligned with the band columns of the hospital table
    ws.cell(7, col, b)
    ws.cell(8, col, q)
    colL = "EFGH"[i]
    ws.cell(9, col, '=COUNTIF(%s16:%s60,"●")' % (colL, colL))
ws["I7"] = "計"
ws["I8"] = "=SUM(E8:H8)"
ws["I9"] = "=SUM(E9:H9)"
for r in (7, 8, 9):
    for c in [1, 2, 5, 6, 7, 8, 9]:
        ws.cell(r, c).border = box
        ws.cell(r, c).alignment = center

ws["A11"] = "2　選定した支援対象病院（病床規模区分は該当欄に●、電子カルテ導入は有・無を記入）"
ws["A11"].font = Font(bold=True)
ws.merge_cells("A13:A14"); ws["A13"] = "No."
ws.merge_cells("B13:B14"); ws["B13"] = "医療機関コード\n（7桁）"
ws.merge_cells("C13:C14"); ws["C13"] = "病院名"
ws.merge_cells("D13:D14"); ws["D13"] = "病床数"
ws.merge_cells("E13:H13"); ws["E13"] = "病床規模区分（該当に●）"
for i, b in enumerate(bands):
    ws.cell(14, 5 + i, b)
ws.merge_cells("I13:I14"); ws["I13"] = "電子カルテ\n導入（有・無）"
ws.merge_cells("J13:J14"); ws["J13"] = "選定理由"
for r in (13, 14):
    for c in range(1, 11):
        ws.cell(r, c).border = box
        ws.cell(r, c).alignment = center
        ws.cell(r, c).font = Font(bold=True)
ws.row_dimensions[13].height = 30

example = ["記入例", "0112345", "○○記念病院", "150", None, "●", None, None, "有", "地域の二次救急を担う"]
for c, v in enumerate(example, start=1):
    cell = ws.cell(15, c, v)
    cell.fill = grey
    cell.font = Font(italic=True, color="666666")
    cell.border = box
    cell.alignment = center if c != 10 else Alignment(vertical="center", wrap_text=True)

# code7, name, beds (as text), band index, ehr, reason
rows = [
    ("0107125", "医療法人 北辰会 札幌北辰病院", "68", 0, "有", "夜間救急の輪番に参加"),
    ("0203353", "函館みなと病院", "48", 0, "有", None),
    ("0305281", "医療法人 大雪会 旭川大雪記念病院", "95", 0, "有", "立入検査で対策不十分（パスワード管理）"),
    ("0111408", "医療法人 北光会 北光病院", "80", 0, "有", None),
    ("0500618", "釧路東病院", "150", 1, "有", "二次救急医療機関"),
    ("0209079", "北斗中央病院", "120", 1, "有", None),
    ("0122769", "医療法人 清和会 札幌清和病院", "199", 1, "有", "透析医療の地域拠点"),   # PLANTED: 3rd in 100～199床 (枠2)
    ("0301439", "旭川北斗記念病院", "310", 2, "無", "地域の中核病院"),                 # PLANTED: 電子カルテ 無
    ("0603180", "十勝中央病院", "260", 2, "有", "災害拠点病院"),
    ("0400256", "社会医療法人 北海中央病院", "520", 3, "有", "三次救急（救命救急センター）"),
]
for k, (code, name, beds, bi, ehr, reason) in enumerate(rows):
    r = 16 + k
    vals = [k + 1, code, name, beds, None, None, None, None, ehr, reason]
    vals[4 + bi] = "●"
    for c, v in enumerate(vals, start=1):
        cell = ws.cell(r, c, v)
        cell.border = box
        cell.alignment = center if c not in (3, 10) else Alignment(vertical="center", wrap_text=True)
    ws.cell(r, 2).number_format = "@"
    ws.cell(r, 4).number_format = "@"

ws["A27"] = "※ 記入例の行は集計に含みません（削除不要）。"
ws["A28"] = "※ 支援枠と選定数が一致していることを確認してください（過不足なく選定）。"
for r in (27, 28):
    ws.cell(r, 1).font = Font(size=9)

ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.print_title_rows = "13:14"
wb.save(OUT)
print("written", OUT)
