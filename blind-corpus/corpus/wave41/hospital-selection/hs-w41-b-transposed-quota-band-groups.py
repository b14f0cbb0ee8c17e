# Generator: hs-w41-b-transposed-quota-band-groups.xlsx
# Shizuoka prefecture answer: two sheets. 「支援枠」 holds 都道府県名 (label and value in one cell) and a
# transposed quota table (bands across, 支援枠 / 選定数 rows). 「選定病院一覧」 lists hospitals grouped by band,
# band first, 7-digit codes, 有/無 for 電子カルテ, some bed counts as text, line breaks in 選定理由.
# Saved by openpyxl, then re-saved by LibreOffice (formula results cached).
import sys, os, subprocess
sys.path.insert(0, "/tmp/sr_hs_pylib")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = "/work/blind/wave41/hospital-selection"
NAME = "hs-w41-b-transposed-quota-band-groups.xlsx"
TMP = "/tmp/sr_hs_work/b_src"
os.makedirs(TMP, exist_ok=True)

def cd(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)

BANDS = [("20床以上100床未満", 4), ("100床以上200床未満", 3), ("200床以上400床未満", 2), ("400床以上", 2)]
HOSP = [  # band, 9-digit stem (22 1 + 6), name, beds (int or text), ehr, reason
    ("20床以上100床未満", "221010333", "医療法人社団　駿府会　静岡駿府病院", 62, "有", "立入検査で対策が不十分"),
    ("20床以上100床未満", "221020145", "医療法人　浜名湖会　浜名湖北病院", "45", "有", None),
    ("20床以上100床未満", "221030078", "医療法人　富士見会　富士見ヶ丘病院", 88, "無", "地域の療養病床を担う"),   # PLANTED: no EHR
    ("20床以上100床未満", "221040512", "伊豆中央記念病院", 99, "有", "へき地医療を担う"),
    ("100床以上200床未満", "221050219", "医療法人　千本会　沼津千本病院", 140, "有", "二次救急"),
    ("100床以上200床未満", "221060733", "焼津港南病院", "176", "有", None),
    ("100床以上200床未満", "221100081", "医療法人社団　掛川会　掛川東病院", 120, "有", "救急告示病院"),
    ("100床以上200床未満", "221110456", "磐田天竜病院", 198, "有", "立入検査等において対策不十分と思われる"),  # PLANTED: 4th in a quota of 3
    ("200床以上400床未満", "221130327", "富士宮中央病院", 280, "有", "二次救急、災害拠点病院"),
    ("200床以上400床未満", "221010888", "清水みなと総合病院", 356, "有", "二次救急\n（地域医療支援病院）"),
    ("400床以上", "221020609", "浜松西部医療センター", 506, "有", "三次救急\n災害拠点病院"),
    ("400床以上", "221040903", "静岡県立東部総合医療センター", 452, "有", "救命救急センター"),
]

wb = Workbook()
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
fill = PatternFill("solid", fgColor="E2EFDA")
ft = lambda b=False, sz=11: Font(name="游ゴシック", size=sz, bold=b)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)

q = wb.active
q.title = "支援枠"
q["A1"] = "都道府県名：静岡県"; q["A1"].font = ft(True, 12)
q["A2"] = "病床規模別の支援枠（厚生労働省提示）と選定数"; q["A2"].font = ft(False, 10)
q.column_dimensions["A"].width = 12
for j in range(len(BANDS) + 1):
    q.column_dimensions[chr(ord("B") + j)].width = 20
q["A4"] = "病床規模"; q["A5"] = "支援枠"; q["A6"] = "選定数"
for i, (band, n) in enumerate(BANDS):
    col = chr(ord("B") + i)
    q[f"{col}4"] = band; q[f"{col}5"] = n
    q[f"{col}6"] = f"=COUNTIF(選定病院一覧!$A$4:$A$40,{col}4)"
tc = chr(ord("B") + len(BANDS))
q[f"{tc}4"] = "計"; q[f"{tc}5"] = f"=SUM(B5:{chr(ord(tc) - 1)}5)"; q[f"{tc}6"] = f"=SUM(B6:{chr(ord(tc) - 1)}6)"
for r in (4, 5, 6):
    for cc in range(1, len(BANDS) + 3):
        c = q.cell(r, cc); c.border = B; c.alignment = center
        if r == 4 or cc == 1: c.fill = fill; c.font = ft(True)

s = wb.create_sheet("選定病院一覧")
s.merge_cells("A1:G1")
s["A1"] = "支援対象病院一覧（静岡県）"; s["A1"].font = ft(True, 13); s["A1"].alignment = center
hdr = ["病床規模区分", "No.", "医療機関コード\n（7桁）", "医療機関名", "許可病床数", "電子カルテ\n（有・無）", "選定理由"]
for j, (h, w) in enumerate(zip(hdr, [20, 5, 12, 36, 10, 11, 34])):
    c = s.cell(3, 1 + j, h); c.font = ft(True); c.fill = fill; c.alignment = center; c.border = B
    s.column_dimensions[chr(ord("A") + j)].width = w
s.row_dimensions[3].height = 34
for i, (band, stem, name, beds, ehr, reason) in enumerate(HOSP):
    r = 4 + i
    code7 = stem[3:] + cd(stem)
    vals = [band, i + 1, code7, name, beds, ehr, reason]
    for j, v in enumerate(vals):
        c = s.cell(r, 1 + j, v); c.border = B
        c.alignment = wrap if j in (3, 6) else center
    s.cell(r, 3).number_format = "@"
    s.row_dimensions[r].height = 30 if reason and "\n" in reason else 20
s.freeze_panes = "A4"
s.page_setup.orientation = "landscape"

src = os.path.join(TMP, NAME)
wb.save(src)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print("saved", NAME)
