#!/usr/bin/python3
# Generator: ins-w45-a-prefecture-list-with-notes.xlsx (inspection-documents, R6, no planted problem)
# Built with openpyxl, then re-saved by LibreOffice (soffice --headless --convert-to xlsx).
# Run: PYTHONPATH=/tmp/clvins_py /usr/bin/python3 ins-w45-a-prefecture-list-with-notes.py
import json, os, shutil, subprocess, tempfile, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave45/inspection-documents"
NAME = "ins-w45-a-prefecture-list-with-notes"
SHEET = "別紙1"
HOSP = "社会医療法人 緑風会 みどり中央病院"
SUBMITTED_ON = dt.date(2024, 11, 20)

NOTES = {
 1: "令和6年5月13日付け、医政参発0513第6号により厚生労働省から示されている、令和6年度版のチェックリスト様式を使用することとし、チェックリストの記入に当たっては、「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル～医療機関・事業者向け～」（以下「マニュアル」という。）を参照してください。",
 2: "上記と同じ。なお、医療機関のネットワークを構成するすべての医療情報システム（電子カルテ、レセプトコンピューター、医療機器など）の委託事業者に対し、漏れなくチェックリストの記入、提出を求めてください。（事業者ごと又はシステムごとにチェックリストを分けること）",
 3: "別添のチェックリスト様式を使用することとし、チェックリストの記入に当たっては、令和6年8月1日付け事務連絡「医療機関等におけるサイバーセキュリティ対策の取組みについて」の別添「サイバー攻撃リスク低減のための最低限の措置」を参照してください。",
 4: "情報機器（サーバーやPC）、ルータ等のシステムやネットワークを構築する際に用いられる機器等を記載した台帳を提出してください。台帳の書式については、マニュアル2-(1)を参照してください。",
 5: "診療継続及び医療情報システムの復旧を迅速に行う目的でサイバーセキュリティの連絡体制を記載したものを提出してください。連絡体制図の書式については、マニュアル3-(1)を参照してください。",
 6: "システム全体構成図及びネットワーク構成図を作成していれば提出してください。",
 7: "サイバー攻撃を想定した事業継続計画（BCP）を作成していれば提出してください。",
}
TITLES = {1: "チェックリスト\n（医療機関確認用）", 2: "チェックリスト\n（事業者確認用）", 3: "チェックリスト\n（最低限の措置編）",
          4: "機器管理台帳", 5: "インシデント発生時の連絡体制図", 6: "ネットワーク構成図及び\nシステム全体構成図",
          7: "サイバー攻撃を想定した\n事業継続計画（BCP）"}
# kind -> (mark, canonical, fileName, remarks)
FILL = {
 1: ("○", "SUBMITTED", "01_チェックリスト（医療機関確認用）.pdf", None),
 2: ("○", "SUBMITTED", "02_チェックリスト（事業者確認用）3社分.pdf",
     "電子カルテ（山陽メディカルシステムズ）\n医事会計（北辰情報システム）\nPACS（瀬戸画像システム）の3社分"),
 3: ("○", "SUBMITTED", "03_チェックリスト（最低限の措置編）.pdf", None),
 4: ("○", "SUBMITTED", "04_機器管理台帳.xlsx", None),
 5: ("○", "SUBMITTED", "05_インシデント連絡体制図.pdf", None),
 6: ("○", "SUBMITTED", "06_ネットワーク構成図.pdf", "システム全体構成図は同じファイルの2頁目"),
 7: ("未作成", "NOT_CREATED", None, "令和7年3月策定予定"),
}

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)
GREY = PatternFill("solid", fgColor="E7E6E6")

wb = Workbook()
ws = wb.active
ws.title = SHEET
for col, w in zip("ABCDEFG", [2, 5, 24, 58, 10, 34, 30]):
    ws.column_dimensions[col].width = w

ws["G1"] = "別紙1"; ws["G1"].alignment = Alignment(horizontal="right")
ws.merge_cells("B2:G2"); ws["B2"] = "サイバーセキュリティ対策関連書類一覧"
ws["B2"].font = Font(size=14, bold=True); ws["B2"].alignment = CEN
ws.merge_cells("B3:G3")
ws["B3"] = "医療法第25条第1項の規定に基づく立入検査において写しの提供を求めるサイバーセキュリティ対策関連書類一覧"
ws["B3"].alignment = CEN; ws["B3"].font = Font(size=9)

for r, lab, val in [(5, "医療機関名", HOSP), (6, "提出日", SUBMITTED_ON)]:
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    ws.cell(r, 2, lab).fill = GREY
    ws.cell(r, 2).alignment = CEN
    ws.cell(r, 4, val).alignment = Alignment(horizontal="left", vertical="center")
    for col in range(2, 5): ws.cell(r, col).border = B
ws["D6"].number_format = "yyyy\"年\"m\"月\"d\"日\""

ws.merge_cells("B7:G7")
ws["B7"] = "※「提出の有無」欄：提出する場合は「○」、作成していない場合は「未作成」、作成済みだが提出しない場合は「×」を選択してください。"
ws["B7"].font = Font(size=9)

HR = 9
for c, t in zip("BCDEFG", ["No.", "書類の名称", "提出にあたっての注意点", "提出の有無", "提出ファイル名", "備考"]):
    cell = ws[f"{c}{HR}"]; cell.value = t; cell.fill = GREY; cell.border = B; cell.alignment = CEN
    cell.font = Font(bold=True)

dv = DataValidation(type="list", formula1='"○,未作成,×"', allow_blank=True)
ws.add_data_validation(dv)

docs = []
for k in range(1, 8):
    r = HR + k
    mark, canon, fname, rem = FILL[k]
    ws.cell(r, 2, k); ws.cell(r, 3, TITLES[k]); ws.cell(r, 4, NOTES[k])
    ws.cell(r, 5, mark); ws.cell(r, 6, fname); ws.cell(r, 7, rem)
    dv.add(ws.cell(r, 5))
    for col in range(2, 8):
        ws.cell(r, col).border = B
        ws.cell(r, col).alignment = CEN if col in (2, 5) else WRAP
    ws.cell(r, 4).font = Font(size=8)
    ws.row_dimensions[r].height = 66
    d = {"kind": str(k), "submission": canon}
    if fname: d["fileName"] = fname
    if rem: d["remarks"] = rem
    docs.append(d)

ws.cell(HR + 9, 2, "※（参考）「医療情報システム」とは、レセコン、電子カルテ、オーダリングシステム等のほか、患者の情報を保有するコンピュータ、"
        "遠隔で患者の情報を閲覧・取得するコンピュータや携帯端末、院内・院外ネットワークも含みます。").font = Font(size=8)
ws.print_area = "A1:G18"
ws.page_setup.orientation = "landscape"
ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToHeight = 0

tmp = tempfile.mkdtemp(prefix="ins_a_")
src = os.path.join(tmp, NAME + ".xlsx")
wb.save(src)
outdir = os.path.join(tmp, "lo"); os.makedirs(outdir)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, src],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
shutil.rmtree(tmp)

exp = {
 "form": "inspection-documents", "version": "R6", "file": NAME + ".xlsx",
 "values": {"facilityName": HOSP, "submittedOn": SUBMITTED_ON.isoformat(), "documents": docs},
 "planted": [],
 "notes": ("Prefecture-style 別紙1 with the 注意点 column; 提出の有無 marks: ○ = SUBMITTED, 未作成 = NOT_CREATED "
           "(BCP, which is only 'if made'), × = NOT_SUBMITTED (not used). One row for document 2 covering three "
           "vendors (listed in 備考). 提出日 is an Excel date cell shown as 2024年11月20日. Re-saved by LibreOffice."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok")
