# Generator: hospital-selection, workbook b (Tokushima; sheet 支援枠 with a horizontal (transposed) quota table,
# sheet 選定病院一覧 with a labelled 記入例 row and 7-digit codes, hidden sheet リスト for drop-downs;
# re-saved by LibreOffice). Planted: band 100床以上200床未満 over quota (3 vs 2); one hospital 電子カルテ 無.
import os, json, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "hs-w26-b-two-sheets-horizontal-quota.xlsx"
OUT = os.path.join(HERE, NAME)

def luhn(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)

def code10(gun, num, pref="36"):
    nine = pref + "1" + gun + num
    return nine + luhn(nine)

B1, B2, B3 = "20床以上100床未満", "100床以上200床未満", "200床以上"
QUOTAS = [(B1, 3), (B2, 2), (B3, 2)]
# (gun, num, name, beds (as typed), beds int, band, ehr typed, ehr canonical, reason, code style)
HOSP = [
    ("01", "1203", "医療法人 眉山会 眉山台病院", 72, 72, B1, "有", "あり", "", "plain"),
    ("04", "0318", "医療法人 吉野川会 吉野川南病院", 48, 48, B1, "有", "あり", "", "plain"),
    ("06", "0127", "医療法人 那賀会 那賀川病院", 95, 95, B1, "有", "あり", "県南部の救急告示病院", "plain"),
    ("01", "2410", "医療法人 新町会 新町橋病院", 130, 130, B2, "有", "あり", "", "plain"),
    ("02", "0865", "医療法人 鳴門会 鳴門うずしお病院", "168", 168, B2, "有", "あり",
     "立入検査においてアクセス権限の管理が不十分", "hyphen"),
    ("03", "0544", "社会医療法人 阿波会 阿波中央病院", 199, 199, B2, "有", "あり", "", "plain"),
    ("01", "0089", "徳島市民総合医療センター", 410, 410, B3, "有", "あり", "災害拠点病院・地域医療支援病院", "plain"),
    ("05", "0371", "医療法人 美馬会 美馬西部病院", 220, 220, B3, "無", "なし", "県西部の二次救急を担う", "plain"),
]

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr = PatternFill("solid", fgColor="E2EFDA")
ex = PatternFill("solid", fgColor="EDEDED")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(wrap_text=True, vertical="center")

wb = Workbook()
q = wb.active
q.title = "支援枠"
q.column_dimensions["A"].width = 14
for c in "BCD":
    q.column_dimensions[c].width = 20
q["D1"] = "（別紙様式）"
q["D1"].alignment = Alignment(horizontal="right")
q["A2"] = "医療機関におけるサイバーセキュリティ確保事業　支援対象病院の選定結果"
q["A2"].font = Font(bold=True, size=13)
q["A4"] = "都道府県名：徳島県"
q["A4"].font = Font(bold=True)
q["A6"] = "病床規模"
q["A7"] = "支援枠"
q["A8"] = "選定数"
for i, (band, n) in enumerate(QUOTAS):
    col = "BCD"[i]
    q[f"{col}6"] = band
    q[f"{col}7"] = n
    q[f"{col}8"] = f"=COUNTIF(選定病院一覧!$B$6:$B$40,{col}6)"
for rr in (6, 7, 8):
    for c in "ABCD":
        q[f"{c}{rr}"].border = box
        q[f"{c}{rr}"].alignment = center
    q[f"A{rr}"].fill = hdr
q["A10"] = "※支援枠の数の病院を過不足なく選定してください（調整が必要な場合は3月1日までに国へ相談）。"
q["A10"].font = Font(size=9)
q["A11"] = "※選定病院の詳細は「選定病院一覧」シートに記入。"
q["A11"].font = Font(size=9)

ws = wb.create_sheet("選定病院一覧")
for col, w in {"A": 7, "B": 20, "C": 14, "D": 34, "E": 11, "F": 11, "G": 40}.items():
    ws.column_dimensions[col].width = w
ws["A1"] = "支援対象病院一覧（徳島県）"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "※医療機関コードは7桁（郡市区番号2桁＋医療機関番号4桁＋検証番号1桁）で記入"
ws["A3"] = "※電子カルテは「有」「無」をプルダウンで選択"
for a in ("A2", "A3"):
    ws[a].font = Font(size=9)
heads = ["No.", "病床規模区分", "医療機関コード\n（7桁）", "医療機関名", "許可病床数", "電子カルテ", "選定理由"]
for c, t in zip("ABCDEFG", heads):
    ws[f"{c}4"] = t
    ws[f"{c}4"].fill = hdr
    ws[f"{c}4"].alignment = center
    ws[f"{c}4"].border = box
ws.row_dimensions[4].height = 30
example = ["記入例", B1, "0112345", "○○病院", 50, "有", "地域の救急医療を担う"]
for c, v in zip("ABCDEFG", example):
    ws[f"{c}5"] = v
    ws[f"{c}5"].fill = ex
    ws[f"{c}5"].font = Font(italic=True, color="808080")
    ws[f"{c}5"].border = box
    ws[f"{c}5"].alignment = center
hospitals = []
r = 5
for i, (gun, num, name, beds_typed, beds, band, ehr_t, ehr_c, reason, style) in enumerate(HOSP, 1):
    r += 1
    c10 = code10(gun, num)
    c7 = c10[3:]
    shown = f"{c7[:2]}-{c7[2:6]}-{c7[6]}" if style == "hyphen" else c7
    for c, v in zip("ABCDEFG", [i, band, shown, name, beds_typed, ehr_t, reason or None]):
        cell = ws[f"{c}{r}"]
        if v is not None:
            cell.value = v
        cell.border = box
        cell.alignment = wrap if c in "DG" else center
    ws[f"C{r}"].number_format = "@"
    h = {"hospitalCode": c10, "hospitalName": name, "beds": beds, "band": band, "ehr": ehr_c}
    if reason:
        h["reason"] = reason
    hospitals.append((r, h))

lst = wb.create_sheet("リスト")
for i, (band, _) in enumerate(QUOTAS, 1):
    lst[f"A{i}"] = band
lst["B1"] = "有"
lst["B2"] = "無"
lst.sheet_state = "hidden"
dv1 = DataValidation(type="list", formula1="リスト!$A$1:$A$3", allow_blank=True)
dv2 = DataValidation(type="list", formula1="リスト!$B$1:$B$2", allow_blank=True)
ws.add_data_validation(dv1)
ws.add_data_validation(dv2)
dv1.add("B6:B40")
dv2.add("F6:F40")

for s in (q, ws):
    s.page_setup.orientation = "landscape"
    s.page_setup.paperSize = s.PAPERSIZE_A4
    s.sheet_properties.pageSetUpPr.fitToPage = True
    s.page_setup.fitToHeight = 0

tmp = tempfile.mkdtemp()
src = os.path.join(tmp, NAME)
wb.save(src)
outdir = os.path.join(tmp, "lo")
os.makedirs(outdir)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, src],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME), OUT)
shutil.rmtree(tmp)

values = {"prefecture": "徳島県",
          "quotas": [{"band": b, "quota": n} for b, n in QUOTAS],
          "hospitals": [h for _, h in hospitals]}
print(json.dumps({"rows": [r for r, _ in hospitals], "values": values}, ensure_ascii=False, indent=2))
