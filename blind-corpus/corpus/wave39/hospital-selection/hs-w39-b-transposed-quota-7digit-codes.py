#!/usr/bin/python3
# Generator for hs-w39-b-transposed-quota-7digit-codes.xlsx (hospital-selection, Nagano, 2 planted problems).
# Run: PYTHONPATH=/tmp/w39sr_pylib /usr/bin/python3 hs-w39-b-transposed-quota-7digit-codes.py
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "hs-w39-b-transposed-quota-7digit-codes.xlsx"
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
ctr = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(wrap_text=True, vertical="center")
blue = PatternFill("solid", fgColor="DDEBF7")
ex = PatternFill("solid", fgColor="FFF2CC")

BANDS = ["99床以下", "100床～199床", "200床～499床", "500床以上"]
QUOTA = [5, "4", 2, 1]          # one quota typed as text

wb = Workbook()
# ---- sheet 1: quota table, transposed (bands across) ----
q = wb.active
q.title = "支援枠"
q.column_dimensions["A"].width = 2
q.column_dimensions["B"].width = 14
for col in "CDEF":
    q.column_dimensions[col].width = 15
q.column_dimensions["G"].width = 10
q.merge_cells("B1:G1")
q["B1"] = "医療機関におけるサイバーセキュリティ確保事業　支援対象病院の選定（別紙様式）"
q["B1"].font = Font(bold=True, size=12)
q.merge_cells("B3:D3")
q["B3"] = "都道府県名：長野県"
q["B3"].font = Font(size=12)
q["B5"] = "病床規模"
q["B6"] = "支援枠"
q["B7"] = "選定数"
for i, (b, n) in enumerate(zip(BANDS, QUOTA)):
    col = 3 + i
    q.cell(5, col, b)
    q.cell(6, col, n)
    L = q.cell(5, col).column_letter
    q.cell(7, col, f"=COUNTIF(選定病院一覧!$F$6:$F$40,{L}5)")
q["G5"] = "合計"
q["G6"] = "=SUM(C6:F6)"
q["G7"] = "=SUM(C7:F7)"
for rr in (5, 6, 7):
    for c in range(2, 8):
        q.cell(rr, c).border = B
        q.cell(rr, c).alignment = ctr
        if rr == 5 or c == 2:
            q.cell(rr, c).fill = blue
q["B9"] = "※ 病床規模別に示された支援枠の数の病院を過不足なく選定してください（選定数が支援枠と一致すること）。"
q["B9"].font = Font(size=9)

# ---- sheet 2: selected hospitals ----
ws = wb.create_sheet("選定病院一覧")
for col, w in zip("ABCDEFGH", (2, 6, 28, 16, 9, 14, 10, 40)):
    ws.column_dimensions[col].width = w
ws["B1"] = "支援対象病院一覧（長野県）"
ws["B1"].font = Font(bold=True, size=12)
ws["B2"] = "医療機関コードは7桁（郡市区番号＋医療機関番号＋検証番号）で記入。病床規模区分・電子カルテはプルダウンから選択。"
ws["B2"].font = Font(size=9)
hdr = ["No.", "病院名", "医療機関コード\n（7桁）", "病床数", "病床規模区分", "電子カルテ\n導入", "選定理由（任意）"]
for c, t in enumerate(hdr, 2):
    ws.cell(4, c, t).alignment = ctr
    ws.cell(4, c).fill = blue
ws.row_dimensions[4].height = 32
# correctly labelled example row (not data)
exrow = ["記入例", "○○病院", "0112345", 150, "100床～199床", "有", "二次救急医療機関のため"]
for c, v in enumerate(exrow, 2):
    ws.cell(5, c, v).alignment = ctr if c != 8 else wrap
    ws.cell(5, c).fill = ex
    ws.cell(5, c).font = Font(color="808080", italic=True)
hosp = [
    ("信濃中央総合病院", "1202369", 640, "500床以上", "有", "救命救急センター\n基幹災害拠点病院"),
    ("信州東部医療センター", "06-0374-0", 320, "200床～499床", "有", "地域医療支援病院（二次救急）"),
    ("北信総合医療センター", "0804538", 456, "200床～499床", "有", None),
    ("佐久浅間総合病院", "1001951", 164, "100床～199床", "有", "二次救急輪番"),
    ("松本あがた病院", "0305627", "120床", "100床～199床", "有", None),
    ("飯田りんご並木病院", "0907117", 190, "100床～199床", "無", "立入検査で対策が不十分と思われるため"),   # planted: no EHR
    ("千曲さらしな病院", "1100829", 148, "100床～199床", "有", None),
    ("安曇野ほたか病院", "0204515", 88, "99床以下", "有", "立入検査で対策が不十分と思われるため"),
    ("長野みすず病院", "0103261", 60, "99床以下", "有", None),
    ("上田城南病院", "04 0617 7", 112, "99床以下", "有", None),      # planted: 112 beds is not in 99床以下
    ("伊那谷中央病院", "0500334", "42", "99床以下", "有", "へき地医療拠点病院"),
    ("諏訪湖畔病院", "0702484", 95, "99床以下", "有", None),
]
for i, (name, code, beds, band, ehr, reason) in enumerate(hosp):
    rr = 6 + i
    ws.cell(rr, 2, i + 1).alignment = ctr
    ws.cell(rr, 3, name).alignment = wrap
    ws.cell(rr, 4, code).alignment = ctr
    ws.cell(rr, 4).number_format = "@"
    ws.cell(rr, 5, beds).alignment = ctr
    ws.cell(rr, 6, band).alignment = ctr
    ws.cell(rr, 7, ehr).alignment = ctr
    if reason:
        ws.cell(rr, 8, reason).alignment = wrap
for rr in range(4, 6 + len(hosp)):
    for c in range(2, 9):
        ws.cell(rr, c).border = B

# ---- hidden list sheet for the drop-downs ----
ls = wb.create_sheet("リスト")
for i, b in enumerate(BANDS, 1):
    ls.cell(i, 1, b)
ls["B1"] = "有"
ls["B2"] = "無"
ls.sheet_state = "hidden"
dv1 = DataValidation(type="list", formula1="=リスト!$A$1:$A$4", allow_blank=True)
dv2 = DataValidation(type="list", formula1="=リスト!$B$1:$B$2", allow_blank=True)
ws.add_data_validation(dv1)
ws.add_data_validation(dv2)
dv1.add("F6:F40")
dv2.add("G6:G40")

for s in (q, ws):
    s.page_setup.paperSize = s.PAPERSIZE_A4
    s.page_setup.orientation = "landscape"
    s.sheet_properties.pageSetUpPr.fitToPage = True
    s.page_setup.fitToWidth = 1
    s.page_setup.fitToHeight = 0
wb.save(os.path.join(HERE, NAME))
print("wrote", NAME)
