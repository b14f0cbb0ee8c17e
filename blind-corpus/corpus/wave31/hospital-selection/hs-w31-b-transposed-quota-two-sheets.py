#!/usr/bin/env python3
"""hs-w31-b: Kochi prefecture's selection in two sheets: 支援枠 (quota table transposed: bands across, with
COUNTIF checks) and 選定病院一覧 (band first, hyphenated codes, ○ for 電子カルテ, a labelled 記入例 row),
plus a hidden リスト sheet feeding the drop-downs. Saved by openpyxl, then re-saved by LibreOffice.
Planted: 100床～299床 has 4 hospitals for a quota of 3; one code (安芸かもめ病院) has a wrong check digit.
Run: PYTHONPATH=/tmp/sr_hs_py /usr/bin/python3 hs-w31-b-transposed-quota-two-sheets.py"""
import os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "hs-w31-b-transposed-quota-two-sheets.xlsx"
FONT = "游ゴシック"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head = PatternFill("solid", fgColor="E2EFDA")

wb = Workbook()
q = wb.active
q.title = "支援枠"

def put(ws, ref, val, size=11, bold=False, h="left", fill=None, border=False, color=None, wrap=True):
    c = ws[ref]
    c.value = val
    c.font = Font(name=FONT, size=size, bold=bold, color=color)
    c.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    if fill:
        c.fill = fill
    if border:
        c.border = box
    return c

for k, v in {"A": 14, "B": 14, "C": 14, "D": 14, "E": 10}.items():
    q.column_dimensions[k].width = v
put(q, "A1", "別紙様式", size=10, wrap=False)
put(q, "E1", "令和6年3月14日", size=10, h="right", wrap=False)
put(q, "A2", "「医療機関におけるサイバーセキュリティ確保事業」支援対象病院の選定結果", size=12, bold=True, wrap=False)
put(q, "A3", "都道府県名：高知県", bold=True, wrap=False)
put(q, "A5", "■ 病床規模別 支援枠", bold=True, wrap=False)
bands = [("99床以下", 5), ("100床～299床", 3), ("300床以上", 2)]
put(q, "A6", "病床規模", fill=head, border=True, h="center")
put(q, "A7", "支援枠", fill=head, border=True, h="center")
put(q, "A8", "選定数", fill=head, border=True, h="center")
put(q, "A9", "判定", fill=head, border=True, h="center")
for j, (band, n) in enumerate(bands):
    col = "BCD"[j]
    put(q, f"{col}6", band, fill=head, border=True, h="center")
    put(q, f"{col}7", n, border=True, h="center")
    put(q, f"{col}8", f"=COUNTIF(選定病院一覧!$B$6:$B$40,{col}6)", border=True, h="center")
    put(q, f"{col}9", f'=IF({col}8={col}7,"OK","過不足あり")', border=True, h="center")
put(q, "E6", "合計", fill=head, border=True, h="center")
put(q, "E7", "=SUM(B7:D7)", border=True, h="center")
put(q, "E8", "=SUM(B8:D8)", border=True, h="center")
put(q, "E9", None, border=True)
put(q, "A11", "※ 支援枠の数の病院を過不足なく選定すること（支援枠の調整は3月1日までに厚生労働省へ相談）。", size=9, wrap=False)
put(q, "A12", "※ 選定した病院は「選定病院一覧」シートに記入。", size=9, wrap=False)

ws = wb.create_sheet("選定病院一覧")
for k, v in {"A": 7, "B": 14, "C": 17, "D": 34, "E": 10, "F": 10, "G": 36}.items():
    ws.column_dimensions[k].width = v
put(ws, "A1", "支援対象病院一覧", size=12, bold=True, wrap=False)
put(ws, "A2", "（病床規模区分・電子カルテ欄はプルダウンから選択。電子カルテ導入済みは○）", size=9, wrap=False)
heads = ["No.", "病床規模区分", "医療機関コード", "医療機関名", "許可病床数", "電子カルテ", "選定理由・備考"]
for j, t in enumerate(heads):
    put(ws, f"{'ABCDEFG'[j]}4", t, fill=head, border=True, h="center", size=10)
grey = "7F7F7F"
example = ["記入例", "99床以下", "39-1-01-XXXX-X", "○○病院", 50, "○", "救急告示病院"]
for j, t in enumerate(example):
    put(ws, f"{'ABCDEFG'[j]}5", t, border=True, color=grey, h="center" if j != 3 and j != 6 else "left")
rows = [
    ("99床以下", "39-1-01-0336-9", "医療法人 南国会 南国はまかぜ病院", 60, "○", "救急告示病院"),
    ("99床以下", "39-1-01-0682-6", "土佐くろしお病院", 45, "○", None),
    ("99床以下", "39-1-02-0147-8", "須崎みなと病院", "88床", "○", "立入検査で対策不十分"),
    ("99床以下", "39-1-03-1205-1", "四万十川病院", 52, "○", None),
    ("99床以下", "39-1-04-0578-0", "医療法人 仁淀会 いの中央病院", 99, "○", None),
    ("100床～299床", "39-1-01-1013-3", "高知はりまや病院", 199, "○", "二次救急輪番病院"),
    ("100床～299床", "39-1-05-0219-4", "安芸かもめ病院", 150, "○", None),   # planted: check digit should be 8
    ("100床～299床", "39-1-06-0343-4", "香南ひまわり病院", 120, "○", "立入検査で対策不十分"),
    ("100床～299床", "39-1-01-0791-5", "高知鏡川病院", 240, "○", None),       # planted: 4th in a band of 3
    ("300床以上", "39-1-07-0426-5", "高知みらい総合病院", 420, "○", "三次救急・災害拠点病院"),
    ("300床以上", "39-1-01-0852-5", "高知わかば医療センター", 364, "○", "地域医療支援病院（救急等の主要な診療機能）"),
]
for i, (band, code, name, beds, ehr, reason) in enumerate(rows):
    r = 6 + i
    vals = [i + 1, band, code, name, beds, ehr, reason]
    for j, t in enumerate(vals):
        put(ws, f"{'ABCDEFG'[j]}{r}", t, border=True, h="left" if j in (3, 6) else "center",
            size=10 if j == 6 else 11)
for r in range(6 + len(rows), 6 + len(rows) + 4):
    for col in "ABCDEFG":
        ws[f"{col}{r}"].border = box

lst = wb.create_sheet("リスト")
for i, (band, _) in enumerate(bands, start=1):
    lst[f"A{i}"] = band
lst["B1"] = "○"
lst["B2"] = "×"
lst.sheet_state = "hidden"
dv1 = DataValidation(type="list", formula1="リスト!$A$1:$A$3", allow_blank=True)
dv2 = DataValidation(type="list", formula1="リスト!$B$1:$B$2", allow_blank=True)
ws.add_data_validation(dv1)
ws.add_data_validation(dv2)
dv1.add("B6:B40")
dv2.add("F6:F40")
ws.freeze_panes = "A6"
ws.print_title_rows = "4:4"
ws.page_setup.orientation = "landscape"
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True

tmp = tempfile.mkdtemp(prefix="hsb_")
src = os.path.join(tmp, NAME)
wb.save(src)
outdir = os.path.join(tmp, "out")
os.makedirs(outdir)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME), os.path.join(HERE, NAME))
shutil.rmtree(tmp)
print("wrote", os.path.join(HERE, NAME))
