#!/usr/bin/python3
"""hs-w48-b: two sheets: 支援枠 (transposed: bands across, 支援枠 row, typed total) and 選定病院一覧
(band first, hyphenated codes, ○/× for 電子カルテ, a labelled 記入例 row, some 病床数 typed as text).
Planted: 200床～499床 has 3 hospitals for a quota of 2; one hospital without 電子カルテ (×)."""
import sys, os
sys.path.insert(0, "/tmp/w48lib")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hs-w48-b-two-sheets-transposed-quota.xlsx")
wb = Workbook()
thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
head = PatternFill("solid", fgColor="FCE4D6")
grey = PatternFill("solid", fgColor="EDEDED")
ctr = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(wrap_text=True, vertical="center")

ws = wb.active
ws.title = "支援枠"
def put(sh, ref, val, bold=False, fill=None, align=None, border=True):
    c = sh[ref]; c.value = val; c.alignment = align or wrap
    if bold: c.font = Font(bold=True)
    if fill: c.fill = fill
    if border: c.border = box
ws.column_dimensions["A"].width = 14
for col in "BCDEF":
    ws.column_dimensions[col].width = 14
ws["A1"] = "別紙様式　支援対象病院の選定について（令和6年度支援分）"
ws["A1"].font = Font(bold=True, size=12)
ws["A3"] = "都道府県名：静岡県"
ws["A3"].font = Font(bold=True)
put(ws, "A5", "病床規模", bold=True, fill=head, align=ctr)
bands = [("20床～99床", 2), ("100床～199床", 3), ("200床～499床", 2), ("500床以上", 1)]
for i, (b, q) in enumerate(bands):
    col = "BCDE"[i]
    put(ws, f"{col}5", b, bold=True, fill=head, align=ctr)
    put(ws, f"{col}6", q, align=ctr)
put(ws, "F5", "合計", bold=True, fill=head, align=ctr)
put(ws, "F6", 8, align=ctr)
put(ws, "A6", "支援枠", bold=True, fill=head, align=ctr)
ws["A8"] = "※厚生労働省から示された支援枠。過不足なく選定すること。"
ws["A8"].font = Font(size=9)

ls = wb.create_sheet("選定病院一覧")
for col, w in zip("ABCDEFG", [6, 14, 18, 30, 11, 11, 38]):
    ls.column_dimensions[col].width = w
ls["A1"] = "支援対象病院一覧（静岡県）"
ls["A1"].font = Font(bold=True, size=12)
for col, lab in zip("ABCDEFG", ["番号", "病床規模", "医療機関コード", "医療機関名", "許可病床数", "電子カルテ\n（○/×）", "選定理由（任意）"]):
    put(ls, f"{col}3", lab, bold=True, fill=head, align=ctr)
ls.row_dimensions[3].height = 32
example = ("記入例", "100床～199床", "22-1-01-2345-6", "○○病院", 150, "○", "二次救急医療機関として地域の救急医療を担っているため")
for col, v in zip("ABCDEFG", example):
    put(ls, f"{col}4", v, fill=grey)
rows = [
    ("20床～99床", "22-1-01-0412-7", "しずはた台病院", "45床", "○", None),
    ("20床～99床", "22-1-03-0156-6", "医療法人 駿河会 清水港病院", 80, "×", None),
    ("100床～199床", "22-1-04-0873-4", "浜松北部病院", 120, "○", "二次救急"),
    ("100床～199床", "22-1-01-0265-9", "静岡安東病院", "168", "○", None),
    ("100床～199床", "22-1-02-0699-7", "沼津あおば病院", 199, "○", "立入検査にてセキュリティ対策が不十分"),
    ("200床～499床", "22-1-06-0041-3", "富士宮中央病院", 210, "○", "救急告示病院"),
    ("200床～499床", "22-1-07-0318-3", "焼津さくら総合病院", 305, "○", None),
    ("200床～499床", "22-1-01-0833-4", "静岡しんでん病院", "460床", "○", "地域医療支援病院"),
    ("500床以上", "22-1-05-0527-3", "県西部医療センター", 612, "○", "救命救急センター・災害拠点病院。診療停止時の地域医療への影響が大きいため"),
]
for i, (band, code, name, beds, ehr, reason) in enumerate(rows):
    r = 5 + i
    put(ls, f"A{r}", i + 1, align=ctr)
    put(ls, f"B{r}", band); put(ls, f"C{r}", code); put(ls, f"D{r}", name)
    put(ls, f"E{r}", beds, align=Alignment(horizontal="right", vertical="center"))
    put(ls, f"F{r}", ehr, align=ctr); put(ls, f"G{r}", reason)
    ls.row_dimensions[r].height = 28
ls.page_setup.orientation = "landscape"
wb.save(OUT)
print("saved", OUT)
