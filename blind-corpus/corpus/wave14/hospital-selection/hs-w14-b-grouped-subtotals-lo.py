#!/usr/bin/python3
# hs-w14-b: 岩手県 → 厚生労働省 別紙様式, three sheets (提出票 / 支援枠 / 選定病院) and a hidden リスト.
# 支援枠 is a vertical table with formula columns (選定数, 過不足); 選定病院 is grouped by band with
# a heading row per band and a 小計 formula row after each group; 10-digit codes stored as numbers
# shown with format 0000000000 (prefecture 03 → leading zero only in the format); 電子カルテ as 有;
# line breaks in 選定理由. Re-saved by LibreOffice (formula results cached). No planted problem.
import os, subprocess
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave14/hospital-selection"
TMP = "/tmp/sr_hs_w14/hsb"
NAME = "hs-w14-b-grouped-subtotals-lo.xlsx"
os.makedirs(TMP, exist_ok=True)

def luhn(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)

def code10(rest6):             # '010218' -> 10-digit, prefecture 03, 点数表 1
    nine = "031" + rest6
    return nine + luhn(nine)

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
blue = PatternFill("solid", fgColor="DDEBF7")
band_fill = PatternFill("solid", fgColor="FFF2CC")
wrap = Alignment(wrap_text=True, vertical="center")
cen = Alignment(horizontal="center", vertical="center", wrap_text=True)

BANDS = [("20～99床", 4), ("100～199床", 3), ("200～399床", 2), ("400床以上", 1)]
H = {
    "20～99床": [
        ("010218", "岩手やまゆり病院", 48, None),
        ("022034", "花巻あおば病院", 92, "救急告示病院"),
        ("015601", "医療法人 北星会 盛岡ひがし病院", 60, "立入検査でセキュリティ対策が不十分\n（バックアップ未整備）"),
        ("030127", "久慈はまなす病院", 35, "へき地医療を担う"),
    ],
    "100～199床": [
        ("041015", "一関かわさき病院", 150, "二次救急輪番参加"),
        ("050332", "奥州みずさわ中央病院", 199, None),
        ("061209", "宮古しおかぜ病院", 120, "災害時の沿岸部医療拠点"),
    ],
    "200～399床": [
        ("070144", "北上さくら総合病院", 310, "地域医療支援病院\n救急告示病院"),
        ("081018", "釜石みなと病院", 200, None),
    ],
    "400床以上": [
        ("024502", "岩手県央医療センター", 520, "三次救急（救命救急センター）"),
    ],
}

wb = Workbook()
# ---- 提出票
cv = wb.active; cv.title = "提出票"
cv.column_dimensions["A"].width = 18; cv.column_dimensions["B"].width = 60
cv["B1"] = "別紙様式"; cv["B1"].alignment = Alignment(horizontal="right")
cv["A3"] = "医療機関におけるサイバーセキュリティ確保事業　支援対象病院選定結果"
cv["A3"].font = Font(bold=True, size=13); cv.merge_cells("A3:B3")
rows = [
    ("提出先", "厚生労働省医政局参事官（特定医薬品開発支援・医療情報担当）付医療情報室 御中"),
    ("都道府県名", "岩手県"),
    ("担当部署", "保健福祉部 医療政策室"),
    ("担当者", "医療情報担当　佐々木"),
    ("提出日", "R6.3.13"),
    ("選定病院数（計）", "=支援枠!C8"),
]
for i, (k, v) in enumerate(rows, 5):
    cv[f"A{i}"], cv[f"B{i}"] = k, v
    cv[f"A{i}"].fill = blue
    for c in "AB":
        cv[f"{c}{i}"].border = B; cv[f"{c}{i}"].alignment = wrap
    cv.row_dimensions[i].height = 22
cv["B10"].alignment = Alignment(horizontal="left")
cv["A12"] = "※ 各病床規模別の支援枠の病院を過不足なく選定しています（支援枠シート参照）。"

# ---- 支援枠 (vertical)
q = wb.create_sheet("支援枠")
for c, w in {"A": 16, "B": 10, "C": 10, "D": 10}.items():
    q.column_dimensions[c].width = w
q["A1"] = "病床規模別支援枠（岩手県）"; q["A1"].font = Font(bold=True)
for c, h in zip("ABCD", ("病床規模", "支援枠", "選定数", "過不足")):
    q[f"{c}3"] = h; q[f"{c}3"].fill = blue; q[f"{c}3"].border = B; q[f"{c}3"].alignment = cen
for i, (band, quota) in enumerate(BANDS, 4):
    q[f"A{i}"] = band; q[f"B{i}"] = quota
    q[f"C{i}"] = f"=COUNTIF(選定病院!$B$4:$B$40,A{i})"
    q[f"D{i}"] = f"=C{i}-B{i}"
    for c in "ABCD":
        q[f"{c}{i}"].border = B; q[f"{c}{i}"].alignment = cen
q["A8"] = "合計"; q["B8"] = "=SUM(B4:B7)"; q["C8"] = "=SUM(C4:C7)"; q["D8"] = "=C8-B8"
for c in "ABCD":
    q[f"{c}8"].border = B; q[f"{c}8"].alignment = cen; q[f"{c}8"].font = Font(bold=True)

# ---- 選定病院 (grouped)
s = wb.create_sheet("選定病院")
for c, w in {"A": 5, "B": 13, "C": 14, "D": 32, "E": 8, "F": 11, "G": 36}.items():
    s.column_dimensions[c].width = w
s["A1"] = "選定病院一覧（岩手県）"; s["A1"].font = Font(bold=True, size=12)
heads = ["No.", "病床規模区分", "医療機関コード", "病院名", "病床数", "電子カルテ\n導入", "選定理由"]
for c, h in zip("ABCDEFG", heads):
    s[f"{c}3"] = h; s[f"{c}3"].fill = blue; s[f"{c}3"].border = B; s[f"{c}3"].alignment = cen
s.row_dimensions[3].height = 30
r = 4; no = 0
for band, quota in BANDS:
    s[f"A{r}"] = f"【{band}】　支援枠 {quota}"
    s.merge_cells(f"A{r}:G{r}")
    s[f"A{r}"].fill = band_fill; s[f"A{r}"].font = Font(bold=True)
    first = r + 1
    for rest6, name, beds, why in H[band]:
        r += 1; no += 1
        vals = [no, band, int(code10(rest6)), name, beds, "有", why]
        for c, v in zip("ABCDEFG", vals):
            cell = s[f"{c}{r}"]; cell.value = v; cell.border = B
            cell.alignment = wrap if c in "DG" else cen
        s[f"C{r}"].number_format = "0000000000"
        s.row_dimensions[r].height = 32 if why and "\n" in why else 18
    last = r
    r += 1
    s[f"D{r}"] = f'="小計 "&COUNTA(D{first}:D{last})&"病院"'
    s[f"D{r}"].alignment = Alignment(horizontal="right"); s[f"D{r}"].font = Font(italic=True)
    r += 1

# ---- hidden list
l = wb.create_sheet("リスト")
for i, (band, _) in enumerate(BANDS, 1):
    l[f"A{i}"] = band
l["B1"], l["B2"] = "有", "無"
l.sheet_state = "hidden"
dv1 = DataValidation(type="list", formula1="=リスト!$A$1:$A$4", allow_blank=True)
dv2 = DataValidation(type="list", formula1="=リスト!$B$1:$B$2", allow_blank=True)
s.add_data_validation(dv1); s.add_data_validation(dv2)
dv1.add("B4:B40"); dv2.add("F4:F40")

s.page_setup.orientation = "landscape"
s.sheet_properties.pageSetUpPr.fitToPage = True
s.page_setup.fitToWidth = 1; s.page_setup.fitToHeight = 0

tmp = os.path.join(TMP, NAME)
wb.save(tmp)
subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/sr_hs_w14/lo_profile", "--headless", "--convert-to", "xlsx", "--outdir", OUT, tmp], check=True)
print("saved", NAME)
