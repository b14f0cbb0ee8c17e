"""hs-w42-a: Okayama prefecture's 別紙様式 on one sheet: title block, 都道府県名, quota table (with a 選定数
COUNTIF column and a 合計 row), then the list of selected hospitals. Complete and correct.
Saved by openpyxl, then re-saved by LibreOffice so formula results are cached.
Run: PYTHONPATH=/tmp/w42-srhs-py /usr/bin/python3 hs-w42-a-single-sheet-quota-above-list.py"""
import os, json, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "hs-w42-a-single-sheet-quota-above-list"

def luhn(n9):
    s = 0
    for i, ch in enumerate(reversed(n9)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return (10 - s % 10) % 10

def code(gun, num):
    n9 = "331" + gun + num
    return n9 + str(luhn(n9))

B1, B2, B3, B4 = "20～99床", "100～199床", "200～399床", "400床以上"
quotas = [(B1, 6), (B2, 4), (B3, 3), (B4, 2)]
hospitals = [
    (code("04", "0318"), "医療法人 吉備会 吉備高原病院", 48, B1, "あり", "地域唯一の救急告示病院"),
    (code("11", "1027"), "医療法人 牛窓会 せとうち記念病院", 60, B1, "あり", ""),
    (code("06", "0455"), "笠岡みなと病院", 35, B1, "あり", "立入検査（R5）で対策不十分"),
    (code("15", "0142"), "医療法人 真庭会 勝山中央病院", 82, B1, "あり", "二次救急（輪番）"),
    (code("05", "0736"), "社会医療法人 鴨方会 鴨方ひかり病院", 99, B1, "あり", ""),
    (code("16", "0219"), "医療法人 美作会 湯郷温泉病院", 56, B1, "あり", "立入検査（R5）で対策不十分"),
    (code("02", "1583"), "医療法人 水島会 水島協同中央病院", 150, B2, "あり", "二次救急、災害時の後方支援"),
    (code("07", "0364"), "玉野臨港病院", 120, B2, "あり", ""),
    (code("09", "0121"), "井原市民総合病院", 100, B2, "あり", "へき地医療拠点病院"),
    (code("08", "0690"), "医療法人 総社会 総社さくら病院", 186, B2, "あり", ""),
    (code("02", "2210"), "倉敷東部医療センター", 310, B3, "あり", "二次救急、地域医療支援病院"),
    (code("03", "0847"), "津山第一中央病院", 256, B3, "あり", "県北の救急医療を担う"),
    (code("01", "3392"), "岡山市立北部総合病院", 380, B3, "あり", ""),
    (code("01", "1005"), "岡山県南医療センター", 620, B4, "あり", "三次救急（救命救急センター）"),
    (code("02", "0078"), "岡山西部総合医療センター", 455, B4, "あり", "災害拠点病院"),
]

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
f = Font(name="ＭＳ Ｐゴシック", size=11)
fb = Font(name="ＭＳ Ｐゴシック", size=11, bold=True)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
head = PatternFill("solid", fgColor="D9D9D9")

wb = Workbook()
ws = wb.active
ws.title = "別紙様式"
for col, w in {"A": 5, "B": 16, "C": 38, "D": 9, "E": 14, "F": 12, "G": 36}.items():
    ws.column_dimensions[col].width = w

ws["G1"] = "（別紙様式）"; ws["G1"].alignment = Alignment(horizontal="right")
ws["A2"] = "「医療機関におけるサイバーセキュリティ確保事業」支援対象病院（令和6年度）"
ws["A2"].font = Font(name="ＭＳ Ｐゴシック", size=14, bold=True)
ws.merge_cells("A2:G2"); ws["A2"].alignment = center
ws["A4"] = "都道府県名"; ws["A4"].font = fb; ws["A4"].fill = head
ws.merge_cells("A4:B4")
ws["C4"] = "岡山県"
for c in ("A4", "B4", "C4"):
    ws[c].border = box; ws[c].alignment = center
ws["E4"] = "提出日"; ws["F4"] = "令和6年3月13日"
ws.merge_cells("F4:G4")

ws["A6"] = "１．病床規模別の支援枠"; ws["A6"].font = fb
r0 = 7
for ref, t in ((f"B{r0}", "病床規模"), (f"C{r0}", "支援枠（病院数）"), (f"D{r0}", "選定数")):
    ws[ref] = t
for c in "BCD":
    ws[f"{c}{r0}"].font = fb; ws[f"{c}{r0}"].fill = head; ws[f"{c}{r0}"].border = box; ws[f"{c}{r0}"].alignment = center
list_top = 16 + 1                      # first data row of the hospital list (see below)
list_bot = list_top + len(hospitals) - 1
for i, (band, q) in enumerate(quotas):
    r = r0 + 1 + i
    ws[f"B{r}"] = band
    ws[f"C{r}"] = q
    ws[f"D{r}"] = f'=COUNTIF($E${list_top}:$E${list_bot},B{r})'
    for c in "BCD":
        ws[f"{c}{r}"].border = box; ws[f"{c}{r}"].alignment = center; ws[f"{c}{r}"].font = f
rt = r0 + 1 + len(quotas)
ws[f"B{rt}"] = "合計"
ws[f"C{rt}"] = f"=SUM(C{r0+1}:C{rt-1})"
ws[f"D{rt}"] = f"=SUM(D{r0+1}:D{rt-1})"
for c in "BCD":
    ws[f"{c}{rt}"].border = box; ws[f"{c}{rt}"].alignment = center; ws[f"{c}{rt}"].font = fb

ws["A14"] = "２．選定した支援対象病院"; ws["A14"].font = fb
ws["C14"] = "※支援枠と同数を過不足なく記入。選定理由は任意。"; ws["C14"].font = Font(name="ＭＳ Ｐゴシック", size=9)
hdr = ["No.", "医療機関コード\n（10桁）", "病院名", "病床数", "病床規模区分", "電子カルテ\n導入の有無", "選定理由（任意）"]
for j, t in enumerate(hdr):
    c = ws.cell(row=16, column=1 + j, value=t)
    c.font = fb; c.fill = head; c.border = box; c.alignment = center
ws.row_dimensions[16].height = 32
for i, (cd, nm, beds, band, ehr, why) in enumerate(hospitals):
    r = list_top + i
    vals = [i + 1, cd, nm, beds, band, ehr, why or None]
    for j, v in enumerate(vals):
        c = ws.cell(row=r, column=1 + j, value=v)
        c.border = box; c.font = f
        c.alignment = wrap if j in (2, 6) else center
    ws.cell(row=r, column=2).number_format = "@"

ws.print_area = f"A1:G{list_bot}"
ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 0

tmpd = tempfile.mkdtemp(prefix="w42hs_")
raw = os.path.join(tmpd, NAME + ".xlsx")
wb.save(raw)
outd = os.path.join(tmpd, "out"); os.makedirs(outd)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outd, raw],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outd, NAME + ".xlsx"), os.path.join(HERE, NAME + ".xlsx"))
shutil.rmtree(tmpd)

def hobj(h):
    cd, nm, beds, band, ehr, why = h
    o = {"hospitalCode": cd, "hospitalName": nm, "beds": beds, "band": band, "ehr": ehr}
    if why:
        o["reason"] = why
    return o

expected = {
    "form": "hospital-selection",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "prefecture": "岡山県",
        "quotas": [{"band": b, "quota": q} for b, q in quotas],
        "hospitals": [hobj(h) for h in hospitals],
    },
    "planted": [],
    "notes": "One sheet 別紙様式. Quota table B7:D12 (病床規模 | 支援枠 | 選定数); 選定数 is a COUNTIF formula and row 12 "
             "「合計」 is a SUM total row, neither is a quota band. Hospital list header row 16, data rows 17-31, codes "
             "written as 10-digit text. 提出日 (令和6年3月13日) is not a form key. Band boundaries 99/100 and 199/200 "
             "are used exactly (鴨方ひかり病院 99床, 井原市民総合病院 100床). Re-saved by LibreOffice (formula values cached).",
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(expected, fh, ensure_ascii=False, indent=2)
print("ok")
