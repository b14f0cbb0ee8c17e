# Generator: hospital-selection, workbook b (2 planted problems).
# Role: 広島県 健康福祉局 staff; two sheets: 「支援枠」 (都道府県名：値 in one cell, transposed quota table,
# COUNTIF check row) and 「選定病院一覧」 (band column first, 7-digit codes, 有/無, a labelled 記入例 row).
# Re-saved with LibreOffice (formula results cached).
import os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = "/work/blind/wave25/hospital-selection/hs-w25-b-transposed-quota-two-sheets.xlsx"
wb = Workbook()
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head = PatternFill("solid", fgColor="E2EFDA")
grey = PatternFill("solid", fgColor="EDEDED")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(wrap_text=True, vertical="center")

q = wb.active
q.title = "支援枠"
for col, w in {"A": 14, "B": 14, "C": 14, "D": 14, "E": 10}.items():
    q.column_dimensions[col].width = w
q["E1"] = "別紙様式"
q.merge_cells("A2:E2")
q["A2"] = "医療機関におけるサイバーセキュリティ確保事業　支援対象病院の選定結果"
q["A2"].font = Font(bold=True, size=12)
q["A4"] = "都道府県名：広島県"
q["A4"].font = Font(bold=True)
q["A6"] = "■ 病床規模別の支援枠"
bands = ["20～199床", "200～499床", "500床以上"]
quotas = [4, 3, 1]
q["A7"] = "病床規模"; q["A8"] = "支援枠"; q["A9"] = "選定数"; q["A10"] = "差"
for i, (b, n) in enumerate(zip(bands, quotas)):
    col = "BCD"[i]
    q[f"{col}7"] = b
    q[f"{col}8"] = n
    q[f"{col}9"] = f"=COUNTIF('選定病院一覧'!$B$6:$B$40,{col}7)"
    q[f"{col}10"] = f"={col}9-{col}8"
q["E7"] = "計"; q["E8"] = "=SUM(B8:D8)"; q["E9"] = "=SUM(B9:D9)"; q["E10"] = "=E9-E8"
for r in range(7, 11):
    for col in "ABCDE":
        c = q[f"{col}{r}"]; c.border = box; c.alignment = center
        if r == 7 or col == "A":
            c.fill = head
q["A12"] = "※ 支援枠の数の病院を過不足なく選定すること（令和6年2月15日付け事務連絡）。"
q["A12"].font = Font(size=9)

s = wb.create_sheet("選定病院一覧")
for col, w in {"A": 7, "B": 13, "C": 13, "D": 36, "E": 10, "F": 12, "G": 44}.items():
    s.column_dimensions[col].width = w
s["A1"] = "選定病院一覧（広島県）"; s["A1"].font = Font(bold=True, size=12)
s["A2"] = "※医療機関コードは7桁（郡市区番号2桁＋医療機関番号4桁＋検証番号1桁）で記入してください。"
s["A2"].font = Font(size=9)
heads = ["No.", "病床規模区分", "医療機関コード\n（7桁）", "医療機関名", "許可病床数", "電子カルテ\n（有・無）", "選定理由（任意）"]
for i, h in enumerate(heads):
    c = s.cell(row=4, column=i + 1, value=h); c.fill = head; c.alignment = center; c.border = box
s.row_dimensions[4].height = 30
example = ["記入例", "200～499床", "0112345", "○○病院", 300, "有", "二次救急医療機関"]
for i, v in enumerate(example):
    c = s.cell(row=5, column=i + 1, value=v); c.fill = grey; c.border = box
    c.font = Font(italic=True, color="808080"); c.alignment = center if i != 3 and i != 6 else wrap
rows = [
    ("20～199床", "0102333", "医療法人 芸南会 呉港病院", 45, "有", None),
    ("20～199床", "0204196", "医療法人社団 沼隈会 福山みどり病院", 88, "有", "立入検査において対策が不十分と思われる"),
    # PLANTED: 電子カルテ 無 (only hospitals with 電子カルテ may be selected)
    ("20～199床", "0301281", "医療法人 可部会 可部中央病院", 130, "無", None),
    ("20～199床", "0407021", "医療法人 三原会 三原東病院", "176", "有", "二次救急（輪番制参加）"),
    ("200～499床", "0505519", "社会医療法人 尾道会 尾道北病院", 220, "有", None),
    ("200～499床", "0703148", "医療法人 東広島会 西条記念病院", 310, "有", "救急告示病院。地域の救急医療の中核"),
    ("200～499床", "0802460", "三次地域医療センター", "452床", "有", "へき地医療拠点病院"),
    # PLANTED: 500床以上 has quota 1 but two hospitals are listed
    ("500床以上", "0108876", "広島中央総合病院", 520, "有", "三次救急医療機関"),
    ("500床以上", "0900652", "福山西部医療センター", 648, "有", "災害拠点病院。診療停止時の影響が大きい"),
]
for r, row in enumerate(rows, start=6):
    vals = [r - 5] + list(row)
    for i, v in enumerate(vals):
        c = s.cell(row=r, column=i + 1, value=v); c.border = box
        c.alignment = center if i not in (3, 6) else wrap
for r in range(15, 18):
    for i in range(7):
        s.cell(row=r, column=i + 1).border = box
for ws in (q, s):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4

tmp = tempfile.mkdtemp()
src = os.path.join(tmp, os.path.basename(OUT))
wb.save(src)
outdir = os.path.join(tmp, "lo")
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, os.path.basename(OUT)), OUT)
shutil.rmtree(tmp)
print("saved (LibreOffice re-save)", OUT)
