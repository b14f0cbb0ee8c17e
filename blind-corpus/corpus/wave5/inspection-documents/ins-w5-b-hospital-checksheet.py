# Generates ins-w5-b-hospital-checksheet.xlsx: a hospital's own 提出書類チェック表 for the Okayama
# 立入検査 document list (別紙1). Print-style with spacer columns, label and value in one cell,
# ○ marks under 提出 / 未作成 / 提出しない, a labelled 記入例 row, a hidden list sheet.
# Re-saved by LibreOffice.
# PLANTED: 提出日 typed as R5 (year before the programme); 機器管理台帳 row left with no mark.
import os, shutil, subprocess
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ins-w5-b-hospital-checksheet.xlsx"
TMP = os.path.join(HERE, "_tmp_ins_b")
os.makedirs(TMP, exist_ok=True)
RAW = os.path.join(TMP, NAME)

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
left = Alignment(horizontal="left", vertical="center", wrap_text=True)
grey = PatternFill("solid", fgColor="E7E6E6")
green = PatternFill("solid", fgColor="E2EFDA")

wb = Workbook()
ws = wb.active
ws.title = "提出書類チェック表"
for col, w in zip("ABCDEFGH", [2, 7, 46, 8, 8, 10, 40, 2]):
    ws.column_dimensions[col].width = w

ws["B1"] = "令和６年度　立入検査（サイバーセキュリティ対策関係）　提出書類チェック表"
ws["B1"].font = Font(bold=True, size=13)
ws.merge_cells("B1:G1")

ws["B3"] = "医療機関名：社会医療法人 吉備高原会 きびの里病院"
ws.merge_cells("B3:E3")
ws["B4"] = "提出日：R5.11.12"          # PLANTED: 令和5年 instead of 令和6年
ws.merge_cells("B4:E4")
ws["F3"] = "担当：医事課 小野"
ws.merge_cells("F3:G3")
ws["F4"] = "提出先：管轄保健所（立入検査当日に持参）"
ws.merge_cells("F4:G4")
for r in (3, 4):
    for c in "BCDEFG":
        ws[f"{c}{r}"].border = Border(bottom=thin)

ws["B6"] = "該当する欄に○を記入。６・７は作成している場合のみ提出。事業者用チェックリストは事業者（システム）ごとに１行。"
ws.merge_cells("B6:G6")
ws["B6"].font = Font(size=9)

H = 7
for c, t in zip("BCDEFG", ["No.", "書類名", "提出", "未作成", "提出しない", "備考"]):
    ws[f"{c}{H}"] = t
    ws[f"{c}{H}"].font = Font(bold=True)
    ws[f"{c}{H}"].fill = green
    ws[f"{c}{H}"].alignment = center
    ws[f"{c}{H}"].border = box

example = ("記入例", "（例）チェックリスト（医療機関確認用）", "○", None, None, "記入例です。該当欄に○")
docs = [
    ("１", "チェックリスト（医療機関確認用）", "○", None, None, None),
    ("２", "チェックリスト（事業者確認用）　電子カルテ（きびメディカル株式会社）", "○", None, None, None),
    ("２", "チェックリスト（事業者確認用）　検査システム（株式会社ラボネット中国）", "○", None, None, "事業者から11/8受領"),
    ("３", "チェックリスト（最低限の措置編）", "○", None, None, None),
    ("４", "機器管理台帳", None, None, None, None),            # PLANTED: no answer
    ("５", "インシデント発生時の連絡体制図", "○", None, None, None),
    ("６", "ネットワーク構成図・システム全体構成図", None, None, "○", "ベンダ作成の構成図のみあり（院内閲覧限り）"),
    ("７", "サイバー攻撃を想定したＢＣＰ", None, "○", None, "未策定"),
]
r = H + 1
for row in [example] + docs:
    for c, v in zip("BCDEFG", row):
        ws[f"{c}{r}"] = v
        ws[f"{c}{r}"].border = box
        ws[f"{c}{r}"].alignment = center if c in "BDEF" else left
    ws.row_dimensions[r].height = 30
    r += 1
for c in "BCDEFG":
    ws[f"{c}{H+1}"].fill = grey
    ws[f"{c}{H+1}"].font = Font(italic=True, color="808080")

ws[f"F{r+1}"] = "確認者（事務長）"
ws[f"G{r+1}"] = None
ws[f"G{r+1}"].border = Border(bottom=thin)

# hidden list sheet for the ○ dropdown
st = wb.create_sheet("設定")
st["A1"] = "○"
st.sheet_state = "hidden"
dv = DataValidation(type="list", formula1="設定!$A$1:$A$1", allow_blank=True)
ws.add_data_validation(dv)
dv.add(f"D{H+2}:F{r-1}")

ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.print_area = f"A1:H{r+2}"
wb.save(RAW)

prof = "file://" + os.path.join(TMP, "lo_profile")
subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", "xlsx",
                "--outdir", HERE, RAW], check=True)
shutil.rmtree(TMP)
print("wrote", os.path.join(HERE, NAME))
