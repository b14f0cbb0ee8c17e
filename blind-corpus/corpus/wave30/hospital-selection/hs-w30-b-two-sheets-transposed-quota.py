# Generator: hs-w30-b-two-sheets-transposed-quota.xlsx (hospital-selection, 2 planted problems)
# Sheet 支援枠: prefecture in one cell + horizontal (transposed) quota table; sheet 選定病院一覧: labelled 記入例 row,
# 7-digit codes, 有/無; hidden sheet リスト for dropdowns; re-saved by LibreOffice.
# Run: PYTHONPATH=/tmp/sr_hs_pylib /usr/bin/python3 THIS.py
import json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "hs-w30-b-two-sheets-transposed-quota"

def luhn(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)

def code7(gun, num):
    nine = "36" + "1" + gun + num      # 徳島県 36, 医科 1
    return gun + num + luhn(nine), nine + luhn(nine)

quotas = [("99床以下", 4), ("100～299床", 3), ("300床以上", 2)]
# (郡市区, 番号, name, beds(as entered), band, 電子カルテ, reason)
H = [
    ("01", "0453", "医療法人 眉山会 しんまち川病院", 56, "99床以下", "有", "二次救急輪番"),
    ("02", "0118", "医療法人 鳴門会 うずしお病院", "88", "99床以下", "有", ""),
    ("05", "0207", "医療法人 吉野川会 脇町さくら病院", 72, "99床以下", "無", "立入検査で対策が不十分\n（バックアップ未整備）"),
    ("08", "0036", "医療法人 剣山会 つるぎ中央病院", 45, "99床以下", "有", "へき地医療拠点病院"),
    ("01", "1024", "医療法人 蔵本会 蔵本東病院", 312, "100～299床", "有", "救急告示病院"),
    ("03", "0069", "社会医療法人 阿南会 阿南港総合病院", 230, "100～299床", "有", "二次救急・災害拠点病院"),
    ("04", "0151", "医療法人 小松島会 みなと中央病院", 164, "100～299床", "有", ""),
    ("01", "0012", "徳島県立 中央医療センター", 460, "300床以上", "有", "三次救急\n基幹災害拠点病院"),
    ("01", "0020", "徳島市民総合病院", 335, "300床以上", "有", "地域医療支援病院"),
]
rows = []
for g, n, name, beds, band, ehr, reason in H:
    c7, c10 = code7(g, n)
    rows.append((c7, c10, name, beds, band, ehr, reason))

wb = Workbook()
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)
green = PatternFill("solid", fgColor="E2EFDA")

# --- sheet 1: 支援枠 (transposed) ---
s1 = wb.active
s1.title = "支援枠"
s1.column_dimensions["A"].width = 16
for col in "BCDE":
    s1.column_dimensions[col].width = 14
s1["A1"] = "別紙様式　支援対象病院の選定について（回答）"
s1["A1"].font = Font(size=13, bold=True)
s1["A3"] = "都道府県名：徳島県"
s1["A3"].font = Font(size=12)
s1["A5"] = "病床規模別 支援枠（厚生労働省通知の数）"
s1["A6"] = "病床規模"
s1["A7"] = "支援枠"
s1["A8"] = "選定数"
for i, (band, q) in enumerate(quotas):
    col = "BCD"[i]
    s1[f"{col}6"] = band
    s1[f"{col}7"] = q
    s1[f"{col}8"] = f"=COUNTIF(選定病院一覧!$E$6:$E$40,{col}6)"
s1["E6"] = "計"
s1["E7"] = "=SUM(B7:D7)"
s1["E8"] = "=SUM(B8:D8)"
for r in (6, 7, 8):
    for col in "ABCDE":
        s1[f"{col}{r}"].border = box
        s1[f"{col}{r}"].alignment = center
        if r == 6 or col == "A":
            s1[f"{col}{r}"].fill = green
s1["A10"] = "※支援枠の病院を過不足なく選定すること（選定数＝支援枠）。"
s1["A10"].font = Font(size=9)

# --- sheet 2: 選定病院一覧 ---
s2 = wb.create_sheet("選定病院一覧")
for col, w in zip("ABCDEFGH", [6, 12, 34, 9, 13, 10, 36, 2]):
    s2.column_dimensions[col].width = w
s2["A1"] = "選定病院一覧（徳島県）"
s2["A1"].font = Font(size=13, bold=True)
s2["A2"] = "※医療機関コードは7桁（郡市区番号＋医療機関番号＋検証番号）で記入。病床規模区分・電子カルテはリストから選択。"
s2["A2"].font = Font(size=9)
HR = 4
for col, t in zip("ABCDEFG", ["番号", "医療機関\nコード", "病院名", "病床数", "病床規模\n区分", "電子カルテ\n導入", "選定理由\n（任意）"]):
    c = s2[f"{col}{HR}"]
    c.value = t
    c.fill = green
    c.font = Font(bold=True)
    c.alignment = center
    c.border = box
s2.row_dimensions[HR].height = 32
ex = ["記入例", "0100000", "○○病院", 150, "100～299床", "有", "地域の救急医療の中核"]
for col, v in zip("ABCDEFG", ex):
    c = s2[f"{col}{HR+1}"]
    c.value = v
    c.font = Font(color="7F7F7F", italic=True)
    c.alignment = center
    c.border = box
for i, (c7, c10, name, beds, band, ehr, reason) in enumerate(rows):
    r = HR + 2 + i
    for col, v in zip("ABCDEFG", [i + 1, c7, name, beds, band, ehr, reason or None]):
        c = s2[f"{col}{r}"]
        c.value = v
        c.border = box
        c.alignment = wrap if col in "CG" else center
    s2[f"B{r}"].number_format = "@"
    if "\n" in (reason or ""):
        s2.row_dimensions[r].height = 30

# --- hidden list sheet ---
s3 = wb.create_sheet("リスト")
for i, (band, _) in enumerate(quotas, 1):
    s3[f"A{i}"] = band
s3["B1"] = "有"
s3["B2"] = "無"
s3.sheet_state = "hidden"
dvb = DataValidation(type="list", formula1="リスト!$A$1:$A$3", allow_blank=True)
dve = DataValidation(type="list", formula1="リスト!$B$1:$B$2", allow_blank=True)
s2.add_data_validation(dvb); s2.add_data_validation(dve)
dvb.add("E6:E40"); dve.add("F6:F40")

tmpd = tempfile.mkdtemp(prefix="hs_b_")
raw = os.path.join(tmpd, NAME + ".xlsx")
wb.save(raw)
conv = os.path.join(tmpd, "conv")
os.makedirs(conv)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", conv, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(conv, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
shutil.rmtree(tmpd)

hospitals = []
for c7, c10, name, beds, band, ehr, reason in rows:
    h = {"hospitalCode": c10, "hospitalName": name, "beds": int(beds), "band": band,
         "ehr": "あり" if ehr == "有" else "なし"}
    if reason:
        h["reason"] = reason
    hospitals.append(h)
expected = {
    "form": "hospital-selection",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "prefecture": "徳島県",
        "quotas": [{"band": b, "quota": q} for b, q in quotas],
        "hospitals": hospitals,
    },
    "planted": [
        {"cells": ["選定病院一覧!D10", "選定病院一覧!E10"], "paths": ["hospitals[4].beds", "hospitals[4].band"],
         "why": "病床数 312 は病床規模区分「100～299床」の範囲外 (300床以上に当たる)"},
        {"cells": ["選定病院一覧!F8"], "paths": ["hospitals[2].ehr"],
         "why": "電子カルテ導入が「無」: 支援の対象は電子カルテシステムを導入している病院のみ"},
    ],
    "notes": ("都道府県名 in one cell 「都道府県名：徳島県」 (支援枠!A3). Quota table is transposed: bands in 支援枠!B6:D6, "
              "quotas in B7:D7; column E 「計」 is a SUM total, not a band; row 8 選定数 are COUNTIF formulas. "
              "Row 5 of 選定病院一覧 is a labelled 記入例 and must be ignored; data rows 6-14. Codes are 7-digit; "
              "hospitalCode gives the 10-digit expansion with 徳島県 36 and 点数表番号 1 (all check digits valid). "
              "病床数 of row 7 entered as the text '88'. 電子カルテ 有/無 -> あり/なし. Hidden sheet リスト holds dropdown "
              "sources only. Re-saved by LibreOffice. Per-band counts equal the quotas (4/3/2)."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
