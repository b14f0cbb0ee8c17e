# Question-and-answer table (No. | 設問 | 回答) with shortened option wording picked from drop-down lists
# (hidden sheet 'list'); a blank 事務局使用欄 for the 支援方針; re-saved by LibreOffice. Nothing planted.
import json, os, subprocess, tempfile, shutil, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

NAME = "obi-w1-d-short-wording"
HERE = os.path.dirname(os.path.abspath(__file__))
wb = Workbook()
ws = wb.active
ws.title = "アンケート"
thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
head = PatternFill("solid", fgColor="DDEBF7")
for col, w in zip("ABCDE", [2, 6, 58, 30, 2]):
    ws.column_dimensions[col].width = w
ws["B1"] = "オフラインバックアップ支援意向アンケート"; ws["B1"].font = Font(bold=True, size=14)
ws["B2"] = "（Webアンケート回答内容の控え／院内保存用）"; ws["B2"].font = Font(size=9)
ws["C3"] = "回答日"; ws["C3"].alignment = Alignment(horizontal="right")
ws["D3"] = dt.date(2024, 8, 27); ws["D3"].number_format = "yyyy/mm/dd"

for i, h in enumerate(["No.", "設問", "回答"], 2):
    c = ws.cell(5, i, h); c.fill = head; c.border = box; c.font = Font(bold=True)
    c.alignment = Alignment(horizontal="center")
qa = [
 ("１．", "病院名", "丸亀城西病院"),
 ("２．", "患者数（Teams「00_医療機関データ」の患者情報数、1～3000）", 1843),
 ("３．", "電子カルテのオフラインバックアップの現状", "ベンダと検討中"),
 ("４．", "支援の意向（サーバ・物品の調達時期等）", "次年度以降"),
 ("５．", "保存先", "クラウド"),
 ("６．", "備考", "R7年度予算で要求中。\n導入時期はR7.10頃の見込み。"),
]
for k, (no, q, a) in enumerate(qa):
    r = 6 + k
    for i, v in enumerate((no, q, a), 2):
        c = ws.cell(r, i, v); c.border = box
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center" if i == 2 else "left")
    ws.row_dimensions[r].height = 30
ws.row_dimensions[11].height = 40

lst = wb.create_sheet("list")
opts = {"A": ["運用中", "ベンダと検討中", "未実施"],
        "B": ["年度内に調達", "次年度以降", "既存設備に接続", "支援不要"],
        "C": ["院内媒体", "クラウド"]}
for col, vals in opts.items():
    for i, v in enumerate(vals, 1):
        lst[f"{col}{i}"] = v
lst.sheet_state = "hidden"
for cell, col, n in (("D8", "A", 3), ("D9", "B", 4), ("D10", "C", 2)):
    dv = DataValidation(type="list", formula1=f"list!${col}$1:${col}${n}", allow_blank=True)
    ws.add_data_validation(dv); dv.add(cell)

ws["B13"] = "凡例：３．運用中＝既にオフラインバックアップを運用／ベンダと検討中＝電子カルテベンダ等と方針検討中／未実施"
ws["B14"] = "　　　４．年度内に調達・次年度以降＝本事業で支援可能なサーバ・物品を新設／既存設備に接続＝サーバ新設なし・媒体を既存設備に接続／支援不要"
ws["B15"] = "　　　５．院内媒体＝院内の物理媒体に保存／クラウド＝外部クラウド環境に保存（サーバ新設不要）"
for r in (13, 14, 15): ws[f"B{r}"].font = Font(size=8)
ws["C17"] = "事務局使用欄　支援方針"; ws["C17"].alignment = Alignment(horizontal="right")
ws["D17"].border = box

tmp = tempfile.mkdtemp()
src = os.path.join(tmp, NAME + ".xlsx")
wb.save(src)
out = os.path.join(tmp, "out"); os.makedirs(out)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", out, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(out, NAME + ".xlsx"), os.path.join(HERE, NAME + ".xlsx"))
shutil.rmtree(tmp)

exp = {"form": "offline-backup-intent", "version": "R6", "file": NAME + ".xlsx",
  "values": {"hospitalName": "丸亀城西病院", "patientCount": 1843, "currentState": "PLANNING_WITH_VENDOR",
             "intent": "PROCURE_NEXT_YEAR", "storage": "EXTERNAL_CLOUD",
             "remarks": "R7年度予算で要求中。\n導入時期はR7.10頃の見込み。"},
  "planted": [],
  "notes": "Q&A table on sheet アンケート, answers in D6:D11 with shortened option words from drop-downs (hidden sheet "
           "'list'): D8 'ベンダと検討中' → PLANNING_WITH_VENDOR, D9 '次年度以降' → PROCURE_NEXT_YEAR, D10 'クラウド' → "
           "EXTERNAL_CLOUD. A legend (B13:B15) spells out the short words. D17 事務局使用欄 支援方針 is intentionally blank "
           "(filled by the secretariat, never by the hospital) — so no supportPolicy. 回答日 2024/08/27 (D3) is extra. "
           "Re-saved by LibreOffice. Complete and correct; nothing planted (vendor planning + next-year procurement is a "
           "valid 支援B combination)."}
json.dump(exp, open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
