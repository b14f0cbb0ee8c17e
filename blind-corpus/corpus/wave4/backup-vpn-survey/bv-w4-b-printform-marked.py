#!/usr/bin/python3
# Generator for bv-w4-b-printform-marked: MHLW-style print form (A4, borders, blank spacer columns) where
# each answer cell carries the template 「はい　・　いいえ」 and the respondent either deletes the option not
# chosen or puts ○ in front of the chosen one. Q8 = いいえ so Q9–Q14 are left untouched (templates still
# showing both options, Q9 description blank) -- the skip is done correctly. Re-saved by LibreOffice.
# No planted problem.
import json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.worksheet.page import PageMargins

NAME = "bv-w4-b-printform-marked"
HERE = os.path.dirname(os.path.abspath(__file__))
SHEET = "回答票"
TPL = "はい　・　いいえ"

thin = Side(style="thin"); med = Side(style="medium")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(vertical="center", wrap_text=True)
mid = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = SHEET
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "portrait"
ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.6, bottom=0.6)
ws.print_options.horizontalCentered = True
ws.sheet_view.showGridLines = False

# columns: A spacer | B No. | C..F question | G spacer | H answer | I spacer
for col, w in zip("ABCDEFGHI", [2, 6, 18, 18, 18, 18, 1.5, 26, 2]):
    ws.column_dimensions[col].width = w

ws.merge_cells("B1:H1")
ws["B1"] = "病院における医療情報システムのバックアップデータ及び\nリモートゲートウェイ装置に係る調査　回答票"
ws["B1"].font = Font(bold=True, size=14); ws["B1"].alignment = mid
ws.row_dimensions[1].height = 42
ws.merge_cells("B2:H2")
ws["B2"] = "（記入方法）該当しない方を消すか、該当する方に○を付けてください。回答要領の回答不要の指示に従ってください。"
ws["B2"].font = Font(size=9); ws["B2"].alignment = wrap
ws.row_dimensions[2].height = 28

def frame(r1, r2):
    for r in range(r1, r2 + 1):
        for col in "BCDEFH":
            ws[f"{col}{r}"].border = box

row = 4
cells = {}

def heading(t):
    global row
    ws.merge_cells(f"B{row}:H{row}")
    ws[f"B{row}"] = t; ws[f"B{row}"].font = Font(bold=True)
    row += 1

def question(no, text, answer, key, height=34):
    global row
    ws[f"B{row}"] = no; ws[f"B{row}"].alignment = mid
    ws.merge_cells(f"C{row}:F{row}")
    ws[f"C{row}"] = text; ws[f"C{row}"].alignment = wrap
    ws[f"H{row}"] = answer; ws[f"H{row}"].alignment = mid
    frame(row, row)
    ws.row_dimensions[row].height = height
    if key: cells[key] = f"H{row}"
    row += 1

heading("【電子カルテシステムのバックアップに係る質問関係】")
# Q1: label and value in one cell, three lines
ws[f"B{row}"] = "１．"; ws[f"B{row}"].alignment = mid
ws.merge_cells(f"B{row}:B{row+2}")
ws.merge_cells(f"C{row}:C{row+2}")
ws[f"C{row}"] = "回答者の情報"; ws[f"C{row}"].alignment = wrap
resp = [("氏名", "森本 祐介"), ("所属", "社会医療法人 青葉会 あおば記念病院 総務課 医療情報係"),
        ("連絡先", "0875-52-4410（代表）")]
for i, (lab, v) in enumerate(resp):
    r = row + i
    ws.merge_cells(f"D{r}:H{r}")
    ws[f"D{r}"] = f"{lab}：{v}"; ws[f"D{r}"].alignment = wrap
    cells["respondent." + {"氏名": "name", "所属": "department", "連絡先": "contact"}[lab]] = f"D{r}"
frame(row, row + 2)
row += 3

question("２．", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか",
         "はい　・", "usesGuidelines")
question("３．", "電子カルテシステムを使用しているか\n※使用していない場合は、７．まで回答不要",
         "○はい　・　いいえ", "usesEhr", 40)
question("４．", "診療行為を停止させないためのバックアップデータは作成し、定期的にテストしているか",
         "はい　・", "backupTested")
question("５．", "バックアップデータは世代管理しているか", "○はい　・　いいえ", "generationsKept")
question("６．", "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか",
         "　　　・　いいえ", "disasterSeparated", 46)
question("７．", "バックアップデータの漏洩対策を講じているか", "はい　・　○いいえ", "leakProtected")
heading("【リモートゲートウェイ装置に係る質問関係】")
question("８．", "VPN装置が存在するか\n※設置されていない場合は、以降の設問は回答不要",
         "　　　・　いいえ", "vpnPresent", 40)
# Q9 free description: one cell, left blank (skipped)
ws[f"B{row}"] = "９．"; ws[f"B{row}"].alignment = mid
ws.merge_cells(f"C{row}:F{row}")
ws[f"C{row}"] = "VPN装置のメーカー名、型番、台数を全て記載すること（記述式）"; ws[f"C{row}"].alignment = wrap
frame(row, row + 1)
ws.merge_cells(f"C{row+1}:H{row+1}")
ws.row_dimensions[row + 1].height = 48
q9 = f"C{row+1}"
row += 2
question("10．", "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", TPL, None, 46)
question("11．", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", TPL, None)
question("12．", "VPN装置へのアクセス記録を定期的に分析・監査しているか", TPL, None)
question("13．", "詳細な緊急対応手順を整備し、定期的に訓練しているか", TPL, None)
question("14．", "セキュリティ責任者を設置しているか", TPL, None)
question("", "　セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", TPL, None)
ws.print_area = f"A1:I{row}"

tmpdir = tempfile.mkdtemp()
tmp = os.path.join(tmpdir, NAME + ".xlsx")
wb.save(tmp)
out = os.path.join(HERE, NAME + ".xlsx")
r = subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", os.path.join(tmpdir, "lo"), tmp],
                   capture_output=True, text=True, timeout=180)
lo = os.path.join(tmpdir, "lo", NAME + ".xlsx")
if os.path.exists(lo):
    shutil.copy(lo, out); resaved = True
else:
    print("LibreOffice re-save failed, keeping openpyxl file:", r.stderr)
    shutil.copy(tmp, out); resaved = False
shutil.rmtree(tmpdir)

values = {
    "respondent": {"name": "森本 祐介", "department": "社会医療法人 青葉会 あおば記念病院 総務課 医療情報係",
                   "contact": "0875-52-4410（代表）"},
    "usesGuidelines": "はい", "usesEhr": "はい", "backupTested": "はい", "generationsKept": "はい",
    "disasterSeparated": "いいえ", "leakProtected": "いいえ", "vpnPresent": "いいえ",
}
expected = {
    "form": "backup-vpn-survey", "version": "R6", "file": NAME + ".xlsx",
    "values": values, "planted": [],
    "notes": ("Print-style form. Each answer cell started as the template 'はい　・　いいえ'. The respondent either "
              "deleted the option not chosen ('はい　・' = はい; '　　　・　いいえ' = いいえ) or put ○ before the chosen one "
              "('○はい　・　いいえ' = はい; 'はい　・　○いいえ' = いいえ). Q8 = いいえ, so Q9–Q14 are correctly skipped: "
              f"Q9's description cell ({SHEET}!{q9}) is blank and the Q10–Q14 cells still show the untouched template "
              "with both options (= no answer; must not be read as an answer). Q1 cells hold label and value together "
              "('氏名：森本 祐介'). " + ("File re-saved by LibreOffice." if resaved else "")),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("wrote", out, "resaved", resaved)
