#!/usr/bin/python3
"""ins-w24-a: 別紙1 サイバーセキュリティ対策関連書類一覧 as a prefecture health-centre office would hand it out:
the notice's table copied with its 注意点 column, plus three mark columns 提出 / 未作成 / 作成済・提出しない (○ in one),
header label-left with merged cells, 提出日 as a date cell shown in 和暦, a hidden 集計 sheet with formulas,
re-saved by LibreOffice."""
import datetime as dt, json, os, subprocess
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

FOLDER = "/work/blind/wave24/inspection-documents"
NAME = "ins-w24-a-bessi1-circle-mark-columns"
TMP = "/tmp/inswork"
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)
HF = PatternFill("solid", fgColor="FFF2CC")

wb = Workbook()
ws = wb.active
ws.title = "別紙1"
for col, w in zip("ABCDEFGH", [2, 5, 26, 48, 7, 7, 10, 34]):
    ws.column_dimensions[col].width = w
ws["H1"] = "別紙1"; ws["H1"].alignment = Alignment(horizontal="right")
ws.merge_cells("B2:H2")
ws["B2"] = "医療法第25条第1項の規定に基づく立入検査において写しの提供を求める\nサイバーセキュリティ対策関連書類一覧"
ws["B2"].font = Font(size=13, bold=True); ws["B2"].alignment = CEN
ws.row_dimensions[2].height = 36

FAC = "医療法人緑風会 みどり台病院"
SUB = dt.date(2024, 11, 12)
for r, lab, val in [(4, "医療機関名", FAC), (5, "提出日", SUB), (6, "所管保健所", "岡山県備中保健所")]:
    ws.merge_cells(f"B{r}:C{r}"); ws.merge_cells(f"D{r}:E{r}")
    ws[f"B{r}"] = lab; ws[f"D{r}"] = val
    ws[f"B{r}"].fill = HF; ws[f"B{r}"].alignment = CEN
    for c in "BCDE":
        ws[f"{c}{r}"].border = B
ws["D5"].number_format = '[$-411]ggge"年"m"月"d"日"'
ws["D5"].alignment = Alignment(horizontal="left")

ws.merge_cells("B8:B9"); ws["B8"] = "No."
ws.merge_cells("C8:C9"); ws["C8"] = "書類の名称"
ws.merge_cells("D8:D9"); ws["D8"] = "提出にあたっての注意点"
ws.merge_cells("E8:G8"); ws["E8"] = "提出状況（該当欄に○）"
ws["E9"] = "提出"; ws["F9"] = "未作成"; ws["G9"] = "作成済・\n提出しない"
ws.merge_cells("H8:H9"); ws["H8"] = "備考"
for r in (8, 9):
    for c in "BCDEFGH":
        ws[f"{c}{r}"].border = B; ws[f"{c}{r}"].alignment = CEN; ws[f"{c}{r}"].fill = HF
        ws[f"{c}{r}"].font = Font(bold=True)

docs = [
 (1, "チェックリスト\n（医療機関確認用）", "令和6年度版のチェックリスト様式を使用し、「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル」を参照して記入してください。", "E", None),
 (2, "チェックリスト\n（事業者確認用）", "上記と同じ。医療機関のネットワークを構成するすべての医療情報システムの委託事業者に、漏れなく記入・提出を求めてください（事業者ごと又はシステムごとに分けること）。", "E",
     "電子カルテ（㈱メディカルシステムズ岡山）\n医事会計（吉備システム㈱）\nPACS（山陽医療情報サービス㈱）　計3部"),
 (3, "チェックリスト\n（最低限の措置編）", "別添のチェックリスト様式を使用してください（「サイバー攻撃リスク低減のための最低限の措置」を参照）。", "E", None),
 (4, "機器管理台帳", "情報機器（サーバーやPC）、ルータ等を記載した台帳を提出してください（マニュアル2-(1)参照）。", "E", "R6.10.31時点"),
 (5, "インシデント発生時の連絡体制図", "サイバーセキュリティの連絡体制を記載したものを提出してください（マニュアル3-(1)参照）。", "E", None),
 (6, "ネットワーク構成図及び\nシステム全体構成図", "作成していれば提出してください（安全管理ガイドライン第6.0版 企画管理編4.4、システム運用編2②参照）。", "E", "ネットワーク構成図、システム全体構成図 各1部"),
 (7, "サイバー攻撃を想定した\n事業継続計画（BCP）", "作成していれば提出してください（「サイバー攻撃を想定した事業継続計画（BCP）策定の確認表」参照）。", "F", "令和7年3月策定予定"),
]
SUBMAP = {"E": "SUBMITTED", "F": "NOT_CREATED", "G": "NOT_SUBMITTED"}
r = 10
documents = []
for no, name, note, mark, rem in docs:
    ws[f"B{r}"] = no; ws[f"C{r}"] = name; ws[f"D{r}"] = note
    ws[f"{mark}{r}"] = "○"
    ws[f"H{r}"] = rem
    for c in "BCDEFGH":
        ws[f"{c}{r}"].border = B
        ws[f"{c}{r}"].alignment = CEN if c in "BEFG" else WRAP
    ws.row_dimensions[r].height = 60 if no == 2 else 45
    d = {"kind": str(no), "submission": SUBMAP[mark]}
    if rem: d["remarks"] = rem
    documents.append(d)
    r += 1
last = r - 1
ws.merge_cells(f"B{r+1}:H{r+1}")
ws[f"B{r+1}"] = "※ 書類の提出は任意です。立入検査の際に保健所へ提出してください。"
ws.print_area = f"A1:H{r+1}"
ws.page_setup.orientation = "portrait"; ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True

h = wb.create_sheet("集計")
h["A1"] = "提出"; h["B1"] = f'=COUNTIF(別紙1!E10:E{last},"○")'
h["A2"] = "未作成"; h["B2"] = f'=COUNTIF(別紙1!F10:F{last},"○")'
h["A3"] = "提出しない"; h["B3"] = f'=COUNTIF(別紙1!G10:G{last},"○")'
h["A4"] = "未回答"; h["B4"] = f"=7-B1-B2-B3"
h.sheet_state = "hidden"

os.makedirs(TMP, exist_ok=True)
src = f"{TMP}/{NAME}.xlsx"
wb.save(src)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", FOLDER, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

exp = {
  "form": "inspection-documents", "version": "R6", "file": f"{NAME}.xlsx",
  "values": {"facilityName": FAC, "submittedOn": SUB.isoformat(), "documents": documents},
  "planted": [],
  "notes": ("Submission is a ○ in one of three mark columns E 提出 / F 未作成 / G 作成済・提出しない. 提出日 D5 is a date "
            "cell with a 和暦 number format ([$-411]ggge年m月d日). 所管保健所 (D6) is an extra header field with no key. Column D is the "
            "notice's 注意点 text (printed guidance, not an answer). Doc 7 BCP 未作成 is allowed (BCP only 'if made'). "
            "Hidden sheet 集計 holds COUNTIF formulas (cached by the LibreOffice re-save)."),
}
with open(f"{FOLDER}/{NAME}.expected.json", "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok last", last)
