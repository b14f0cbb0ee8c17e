# Generator for hs-w34-b-sheet-per-section-transposed-quota.xlsx
# Prefecture office (広島県): a sheet per section — 表紙 (項目：値 lines), 支援枠 (transposed: bands across),
# 選定病院一覧 (7-digit codes, 有/無, a labelled 記入例 row). Saved by openpyxl, re-saved by LibreOffice.
import sys, os, subprocess
sys.path.insert(0, "/tmp/sr-hs-pylib")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT_DIR = os.path.dirname(os.path.abspath(__file__))
NAME = "hs-w34-b-sheet-per-section-transposed-quota.xlsx"
TMP = "/tmp/sr-hs-build/hs-b"
os.makedirs(TMP, exist_ok=True)

BANDS = [("20床以上100床未満", 4), ("100床以上200床未満", 3), ("200床以上500床未満", 2), ("500床以上", 1)]
HOSPITALS = [
    ("0105625", "医療法人 宮島会 廿日市さくら病院", 72, "20床以上100床未満", "有", None),
    ("0201135", "安芸高田中央病院", 45, "20床以上100床未満", "有", "中山間地域の救急告示病院"),
    ("0718021", "医療法人社団 尾道会 因島みなと病院", 96, "20床以上100床未満", "無", "島しょ部の入院医療を担う"),   # planted: no EHR
    ("0303493", "三次さくら台病院", 60, "20床以上100床未満", "有", None),
    ("0142776", "医療法人 緑風会 広島東病院", 128, "100床以上200床未満", "有", "立入検査で対策不十分（アカウント管理）"),
    ("0506202", "呉みなと総合病院", 199, "100床以上200床未満", "有", "二次救急（輪番制）"),
    ("0811537", "福山北部病院", 165, "100床以上200床未満", "有", None),
    ("0229615", "東広島西条病院", 140, "100床以上200床未満", "有", "立入検査でバックアップ未整備"),  # planted: 4th in a band of 3
    ("0404101", "広島県西部医療センター", 380, "200床以上500床未満", "有", "地域医療支援病院・二次救急"),
    ("0108777", "広島中央記念病院", 252, "200床以上500床未満", "有", None),
    ("0612059", "広島県東部総合医療センター", 540, "500床以上", "有", "三次救急（救命救急センター）"),
]

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head = PatternFill("solid", fgColor="FCE4D6")
grey = PatternFill("solid", fgColor="EDEDED")
bold = Font(bold=True)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
# --- 表紙
cv = wb.active
cv.title = "表紙"
cv.column_dimensions["A"].width = 70
cv["A1"] = "医療機関におけるサイバーセキュリティ確保事業　支援対象病院の選定について（回答）"
cv["A1"].font = Font(size=13, bold=True)
cover = [
    "提出日：令和6年3月14日",
    "都道府県名：広島県",
    "担当部署：広島県健康福祉局 医療介護基盤課",
    "担当者：石田",
    "電話：082-513-0000",
]
for i, t in enumerate(cover):
    cv.cell(row=3 + i, column=1, value=t)
cv["A9"] = "※ 支援枠は「支援枠」シート、選定病院は「選定病院一覧」シートに記載。"
cv["A9"].font = Font(size=9)

# --- 支援枠 (transposed)
q = wb.create_sheet("支援枠")
q.column_dimensions["A"].width = 12
for col in "BCDEF":
    q.column_dimensions[col].width = 18
q["A1"] = "病床規模別 支援枠"
q["A1"].font = bold
q["A3"] = "病床規模"
q["A4"] = "支援枠"
q["A5"] = "選定数"
q["A6"] = "差"
for i, (band, quota) in enumerate(BANDS):
    col = 2 + i
    L = q.cell(row=3, column=col).column_letter
    q.cell(row=3, column=col, value=band)
    q.cell(row=4, column=col, value=quota)
    q.cell(row=5, column=col, value=f"=COUNTIF(選定病院一覧!$E$5:$E$40,{L}3)")
    q.cell(row=6, column=col, value=f"={L}5-{L}4")
q["F3"] = "計"
q["F4"] = "=SUM(B4:E4)"
q["F5"] = "=SUM(B5:E5)"
q["F6"] = "=F5-F4"
for r in range(3, 7):
    for col in range(1, 7):
        c = q.cell(row=r, column=col)
        c.border = box
        c.alignment = center
    q.cell(row=r, column=1).fill = head
for col in range(2, 7):
    q.cell(row=3, column=col).fill = head

# --- 選定病院一覧
h = wb.create_sheet("選定病院一覧")
for col, w in zip("ABCDEFG", (7, 13, 34, 8, 20, 12, 40)):
    h.column_dimensions[col].width = w
h["A1"] = "選定病院一覧（広島県）"
h["A1"].font = Font(size=12, bold=True)
hdr = ["No.", "医療機関コード\n（7桁）", "病院名", "病床数", "病床規模区分", "電子カルテ導入\n（有・無）", "選定理由"]
for j, t in enumerate(hdr):
    c = h.cell(row=3, column=1 + j, value=t)
    c.fill = head
    c.font = bold
    c.border = box
    c.alignment = center
h.row_dimensions[3].height = 32
example = ["記入例", "1234567", "○○病院", 150, "100床以上200床未満", "有", "救急告示病院"]
for j, v in enumerate(example):
    c = h.cell(row=4, column=1 + j, value=v)
    c.fill = grey
    c.font = Font(italic=True, color="808080")
    c.border = box
for i, (code, name, beds, band, ehr, reason) in enumerate(HOSPITALS):
    r = 5 + i
    for j, v in enumerate([i + 1, code, name, beds, band, ehr, reason]):
        c = h.cell(row=r, column=1 + j, value=v)
        c.border = box
    h.cell(row=r, column=2).number_format = "@"
    h.cell(row=r, column=6).alignment = Alignment(horizontal="center")

tmp_path = os.path.join(TMP, NAME)
wb.save(tmp_path)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT_DIR, tmp_path],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print("wrote", os.path.join(OUT_DIR, NAME))
