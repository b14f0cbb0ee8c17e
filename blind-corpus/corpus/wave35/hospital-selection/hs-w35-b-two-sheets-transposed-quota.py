# Generator for hs-w35-b-two-sheets-transposed-quota.xlsx
# Role: Hiroshima prefecture official; quota on its own sheet as a transposed (horizontal) table,
# selected hospitals on a second sheet with 7-digit codes and a labelled 記入例 row; re-saved by LibreOffice.
# Run: PYTHONPATH=/tmp/w35_srhs_lib /usr/bin/python3 hs-w35-b-two-sheets-transposed-quota.py
import os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "hs-w35-b-two-sheets-transposed-quota.xlsx"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
grey = PatternFill("solid", fgColor="D9D9D9")
ex_fill = PatternFill("solid", fgColor="FFF2CC")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)

wb = Workbook()
q = wb.active
q.title = "支援枠"
q["A1"] = "病床規模別 支援枠（厚生労働省提示）"
q["A1"].font = Font(bold=True, size=12)
q.column_dimensions["A"].width = 12
for col in "BCDE":
    q.column_dimensions[col].width = 14
q["A3"], q["A4"] = "病床規模", "支援枠"
bands = ["99床以下", "100～199床", "200～399床", "400床以上"]
quota = [4, 3, 2, 1]
for i, (b, n) in enumerate(zip(bands, quota)):
    col = "BCDE"[i]
    q[f"{col}3"] = b
    q[f"{col}4"] = n
for row in q["A3:E4"]:
    for c in row:
        c.border = box
        c.alignment = center
q["A3"].fill = grey
q["A4"].fill = grey
q["A6"] = "※ 支援枠の調整が必要な場合は3月1日までに国へ相談"

ws = wb.create_sheet("選定病院一覧")
for col, w in zip("ABCDEFG", (8, 16, 30, 12, 14, 11, 40)):
    ws.column_dimensions[col].width = w
ws.merge_cells("A1:G1")
ws["A1"] = "支援対象病院　選定結果"
ws["A1"].font = Font(bold=True, size=14)
ws["A1"].alignment = center
ws["A2"] = "都道府県名：広島県"
ws["A2"].font = Font(bold=True)
heads = ("番号", "医療機関コード\n（7桁）", "医療機関名", "許可病床数", "病床規模区分", "電子カルテ\n（○/×）", "選定理由（任意）")
for c, t in zip("ABCDEFG", heads):
    ws[f"{c}4"] = t
    ws[f"{c}4"].fill = grey
    ws[f"{c}4"].alignment = center
    ws[f"{c}4"].border = box
ws.row_dimensions[4].height = 32
example = ("記入例", "0112345", "○○病院", 150, "100～199床", "○", "地域の二次救急を担う")
rows = [
    ("0103117", "広島すずらん病院", 48, "99床以下", "○", None),
    ("0205185", "呉港南病院", 92, "99床以下", "○", "地域の二次救急を担う\n（病院群輪番制参加）"),
    ("0600179", "三次高原病院", 36, "99床以下", "×", None),                       # planted: no EHR
    ("0907129", "庄原ひまわり病院", 60, "99床以下", "○", "立入検査で対策不十分"),
    ("0122059", "広島西部記念病院", "156", "100～199床", "○", None),
    ("0509016", "尾道みなと病院", 130, "100～199床", "○", "へき地医療拠点病院"),
    ("0713253", "東広島さくら病院", 188, "100～199床", "○", "立入検査で対策不十分"),
    ("0344208", "福山東総合病院", 350, "200～399床", "○", "地域医療支援病院"),
    ("1015500", "廿日市中央病院", "230", "200～399床", "○", "二次救急・災害拠点病院"),
    ("0119998", "広島北部医療センター", 305, "200～399床", "○", "救急告示病院"),     # planted: 3rd in a band of quota 2
    ("1302080", "広島県央総合病院", 520, "400床以上", "○", "救命救急センター"),
]
r = 5
for c, v in zip("ABCDEFG", example):
    ws[f"{c}{r}"] = v
    ws[f"{c}{r}"].fill = ex_fill
    ws[f"{c}{r}"].border = box
    ws[f"{c}{r}"].alignment = center if c not in "CG" else wrap
for i, (code, name, beds, band, ehr, reason) in enumerate(rows, 1):
    r = 5 + i
    vals = (i, code, name, beds, band, ehr, reason)
    for c, v in zip("ABCDEFG", vals):
        if v is not None:
            ws[f"{c}{r}"] = v
        ws[f"{c}{r}"].border = box
        ws[f"{c}{r}"].alignment = center if c not in "CG" else wrap
        if c == "B":
            ws[f"{c}{r}"].number_format = "@"
ws.freeze_panes = "A5"
wb.active = 1

tmp = tempfile.mkdtemp(prefix="w35hs_")
src = os.path.join(tmp, NAME)
wb.save(src)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", HERE, src], check=True)
shutil.rmtree(tmp)
print("saved", os.path.join(HERE, NAME))
