#!/usr/bin/python3
# obi-w2-d: a prefecture-made single-hospital sheet, vertical: each question's options listed down column C with a
# ○ column (D) to mark, merged question cells, patient count as a number cell with #,##0, 記入日 as an Excel date,
# and a 支援方針（自動判定） cell computed by a formula saved by openpyxl WITHOUT a cached value. No planted problem.
import json, os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

NAME = "obi-w2-d-vertical-maru-formula"
OUT = os.path.dirname(os.path.abspath(__file__))
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
vc = Alignment(vertical="center", wrap_text=True)
ctr = Alignment(horizontal="center", vertical="center")
lab = PatternFill("solid", fgColor="EDEDED"); inp = PatternFill("solid", fgColor="FFFFE0")

wb = Workbook(); ws = wb.active; ws.title = "意向調査票"
for k, w in {"A": 2, "B": 30, "C": 58, "D": 8, "E": 2}.items(): ws.column_dimensions[k].width = w
ws.merge_cells("B1:D1")
ws["B1"] = "オフラインバックアップ支援意向調査票（県とりまとめ用）"; ws["B1"].font = Font(bold=True, size=13)
ws.merge_cells("B2:D2")
ws["B2"] = "※Webアンケート（Microsoft Forms）と同じ内容を記入し、県医療政策課へも提出してください。該当欄に「○」。"
ws["B2"].font = Font(size=9)

def labcell(r, t):
    c = ws.cell(r, 2, t); c.fill = lab; c.border = B; c.alignment = vc

labcell(4, "記入日")
ws["C4"] = dt.date(2024, 8, 6); ws["C4"].number_format = "yyyy\"年\"m\"月\"d\"日\""
labcell(5, "病院名")
ws["C5"] = "岩手ひがし中央病院"
labcell(6, "患者数（Teams「00_医療機関データ」の患者情報数、1～3000）")
ws["C6"] = 1480; ws["C6"].number_format = "#,##0"
for r in (4, 5, 6):
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
    for col in (3, 4): ws.cell(r, col).border = B
    ws.cell(r, 3).fill = inp; ws.cell(r, 3).alignment = Alignment(horizontal="left", vertical="center")
ws.row_dimensions[6].height = 30

for i, t in enumerate(["設問", "選択肢", "○"], 2):
    c = ws.cell(8, i, t); c.font = Font(bold=True); c.fill = lab; c.border = B; c.alignment = ctr

blocks = [
    ("電子カルテのオフラインバックアップの現状", [
        ("既に電子カルテのオフラインバックアップを運用している", False),
        ("電子カルテベンダ等と方針を検討中", False),
        ("実施していない", True)]),
    ("本事業による支援の意向", [
        ("支援可能なサーバ・物品を新設（年度内に調達）", False),
        ("支援可能なサーバ・物品を新設（次年度以降に調達）", True),
        ("サーバは新設せず既存設備に支援可能な媒体を接続", False),
        ("支援不要", False)]),
    ("バックアップの保存先", [
        ("院内の物理媒体", True),
        ("外部クラウド", False)]),
]
r = 9
for q, opts in blocks:
    start = r
    for text, chosen in opts:
        ws.cell(r, 3, text).alignment = vc
        d = ws.cell(r, 4, "○" if chosen else None); d.alignment = ctr; d.fill = inp
        for col in (2, 3, 4): ws.cell(r, col).border = B
        r += 1
    ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    ws.cell(start, 2, q).alignment = vc; ws.cell(start, 2).fill = lab
# rows: 9-11 state, 12-15 intent, 16-17 storage
labcell(19, "備考")
ws.merge_cells("C19:D19")
ws["C19"] = "次年度予算で新設サーバ及びバックアップ媒体（RDX）を調達予定。"
ws["C19"].alignment = vc; ws["C19"].fill = inp
for col in (3, 4): ws.cell(19, col).border = B
labcell(21, "支援方針（自動判定・入力不要）")
ws.merge_cells("C21:D21")
ws["C21"] = ('=IF(D9="○","対象外",IF(D15="○",IF(D10="○","報告のみ","要確認"),'
             'IF(D12="○","支援A",IF(D13="○","支援B",IF(D14="○","支援C","")))))')
ws["C21"].font = Font(bold=True, color="1F4E78")
for col in (3, 4): ws.cell(21, col).border = B
ws.print_area = "A1:E21"
wb.save(os.path.join(OUT, NAME + ".xlsx"))

expected = {
    "form": "offline-backup-intent", "version": "R6", "file": NAME + ".xlsx",
    "values": {
        "hospitalName": "岩手ひがし中央病院",
        "patientCount": 1480,
        "currentState": "NOT_IMPLEMENTED",
        "intent": "PROCURE_NEXT_YEAR",
        "storage": "ON_PREMISES_MEDIA",
        "remarks": "次年度予算で新設サーバ及びバックアップ媒体（RDX）を調達予定。",
        "supportPolicy": "SUPPORT_B",
    },
    "planted": [],
    "notes": ("Vertical layout on 意向調査票: each option has its own row in column C and the chosen one has ○ in column D "
              "(rows 9-11 現状 -> D11; 12-15 意向 -> D13; 16-17 保存先 -> D16). C6 is the number 1480 shown as 1,480. "
              "C4 記入日 (2024-08-06, Excel date) is not a form field. C21 支援方針 is a formula saved by openpyxl with no "
              "cached value; it evaluates to 支援B (not implemented + procure from next fiscal year), hence "
              "supportPolicy SUPPORT_B."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
