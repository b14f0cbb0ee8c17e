# Generator: ins-w34-a-bessi1-status-filenames.xlsx (inspection-documents, R6) -- no planted problems
# Okayama 別紙1 copied with a 提出状況 dropdown, file-name column, and the vendor checklist split per system;
# re-saved by LibreOffice.
import sys, json, os, subprocess, datetime as dt
sys.path.insert(0, "/tmp/w34_clv_ins_py")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave34/inspection-documents"
NAME = "ins-w34-a-bessi1-status-filenames"
TMP = "/tmp/w34_clvins_tmp"
SHEET = "別紙1"
facility = "医療法人 清心会 岡山東部病院"
submitted = dt.date(2024, 11, 12)

NOTE = {
 1: "令和6年度版のチェックリスト様式を使用（マニュアル参照）",
 2: "すべての医療情報システムの委託事業者に記入・提出を求める（事業者ごと又はシステムごとに分ける）",
 3: "別添のチェックリスト様式を使用（「最低限の措置」参照）",
 4: "台帳の書式はマニュアル2-(1)を参照",
 5: "連絡体制図の書式はマニュアル3-(1)を参照",
 6: "作成していれば提出",
 7: "作成していれば提出",
}
TITLE = {1: "チェックリスト（医療機関確認用）", 2: "チェックリスト（事業者確認用）", 3: "チェックリスト（最低限の措置編）",
         4: "機器管理台帳", 5: "インシデント発生時の連絡体制図", 6: "ネットワーク構成図及びシステム全体構成図",
         7: "サイバー攻撃を想定した事業継続計画（BCP）"}
# (kind, status shown, canonical, file name, remarks)
docs = [
 (1, "提出する", "SUBMITTED", "01_チェックリスト_医療機関確認用_R6.xlsx", None),
 (2, "提出する", "SUBMITTED", "02-1_事業者確認用_電子カルテ_山陽メディカルシステムズ.xlsx", "電子カルテシステム（株式会社 山陽メディカルシステムズ）"),
 (2, "提出する", "SUBMITTED", "02-2_事業者確認用_医事会計_ウエストメディカルソフト.pdf", "医事会計システム（株式会社ウエストメディカルソフト）"),
 (2, "提出する", "SUBMITTED", "02-3_事業者確認用_PACS_岡山イメージング.pdf", "PACS・検査画像システム（岡山イメージング株式会社）"),
 (3, "提出する", "SUBMITTED", "03_チェックリスト_最低限の措置編.pdf", None),
 (4, "提出する", "SUBMITTED", "04_機器管理台帳_2024.10.xlsx", None),
 (5, "提出する", "SUBMITTED", "05_インシデント発生時連絡体制図.pdf", None),
 (6, "提出する", "SUBMITTED", "06_ネットワーク構成図.pdf", "システム全体構成図はネットワーク構成図に記載"),
 (7, "未作成", "NOT_CREATED", None, "令和7年3月策定予定\n（BCP策定の確認表で点検中）"),
]

wb = Workbook(); ws = wb.active; ws.title = SHEET
thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
f = Font(name="ＭＳ ゴシック", size=10)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
for col, w in zip("ABCDEFG", [5, 30, 40, 12, 44, 34, 2]):
    ws.column_dimensions[col].width = w
ws["F1"] = "別紙1"; ws["F1"].alignment = Alignment(horizontal="right")
ws["A2"] = "医療法第25条第1項の規定に基づく立入検査において写しの提供を求めるサイバーセキュリティ対策関連書類一覧"
ws.merge_cells("A2:F2"); ws["A2"].font = Font(name="ＭＳ ゴシック", size=12, bold=True); ws["A2"].alignment = center
ws.row_dimensions[2].height = 32
ws["A4"] = "医療機関名"; ws.merge_cells("A4:B4"); ws["C4"] = facility
ws["A5"] = "提出日"; ws.merge_cells("A5:B5"); ws["C5"] = submitted; ws["C5"].number_format = 'ggge"年"m"月"d"日"'
for r in (4, 5):
    for c in (1, 2, 3):
        ws.cell(r, c).border = box; ws.cell(r, c).font = f
    ws.cell(r, 1).fill = PatternFill("solid", fgColor="FFF2CC")
ws["C5"].alignment = Alignment(horizontal="left")
ws["A6"] = "※ 提出状況欄は「提出する」「未作成」「作成済・提出しない」から選択してください。"
ws.merge_cells("A6:F6"); ws["A6"].font = Font(name="ＭＳ ゴシック", size=9)

H = 8
for c, t in enumerate(["No.", "書類の名称", "提出にあたっての注意点", "提出状況", "ファイル名", "備考"], 1):
    cell = ws.cell(H, c, t); cell.border = box; cell.alignment = center
    cell.font = Font(name="ＭＳ ゴシック", size=10, bold=True); cell.fill = PatternFill("solid", fgColor="DDEBF7")
dv = DataValidation(type="list", formula1='"提出する,未作成,作成済・提出しない"', allow_blank=True)
ws.add_data_validation(dv)

r = H + 1
spans = {}
documents = []
for kind, shown, canon, fn, rem in docs:
    if kind not in spans:
        ws.cell(r, 1, kind); ws.cell(r, 2, TITLE[kind]); ws.cell(r, 3, NOTE[kind])
        spans[kind] = [r, r]
    spans[kind][1] = r
    ws.cell(r, 4, shown); dv.add(ws.cell(r, 4))
    if fn: ws.cell(r, 5, fn)
    if rem: ws.cell(r, 6, rem)
    for c in range(1, 7):
        cell = ws.cell(r, c); cell.border = box; cell.font = f
        cell.alignment = center if c in (1, 4) else wrap
    ws.row_dimensions[r].height = 34
    d = {"kind": str(kind), "submission": canon}
    if fn: d["fileName"] = fn
    if rem: d["remarks"] = rem
    documents.append(d)
    r += 1
for kind, (s, e) in spans.items():
    if e > s:
        for c in (1, 2, 3):
            ws.merge_cells(start_row=s, start_column=c, end_row=e, end_column=c)
ws.cell(r + 1, 1, "※ 2は事業者ごと又はシステムごとに分けて提出（行が足りない場合は挿入してください）").font = Font(name="ＭＳ ゴシック", size=9)
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True

os.makedirs(TMP, exist_ok=True)
tmp = os.path.join(TMP, NAME + ".xlsx"); wb.save(tmp)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, tmp], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
exp = {"form": "inspection-documents", "version": "R6", "file": NAME + ".xlsx",
       "values": {"facilityName": facility, "submittedOn": submitted.isoformat(), "documents": documents},
       "planted": [],
       "notes": "Document 2 (事業者確認用) has three rows, one per vendor/system (No., name and 注意点 merged vertically over them); each is a separate documents[] entry with kind 2. 提出日 is an Excel date cell shown in 和暦 format. 7 (BCP) is 未作成, which is allowed (作成していれば提出). Re-saved by LibreOffice."}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fp:
    json.dump(exp, fp, ensure_ascii=False, indent=2)
print("ok")
