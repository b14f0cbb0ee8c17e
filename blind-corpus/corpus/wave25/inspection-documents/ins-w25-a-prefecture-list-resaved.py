#!/usr/bin/python3
"""ins-w25-a: 別紙1 サイバーセキュリティ対策関連書類一覧 as a prefecture office would draw it from the notice:
the official title, 医療機関名 / 提出日 label-left in merged cells, the 7-row table with the notice's
注意点 text, a 提出の有無 column pre-printed 「提出する・未作成」 from which the hospital deletes one option.
提出日 written in 和暦 text. Saved by openpyxl, then re-saved by LibreOffice. No planted problem."""
import json
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ins-w25-a-prefecture-list-resaved"
XLSX = os.path.join(HERE, NAME + ".xlsx")
SHEET = "別紙1"

FACILITY = "医療法人 清心会 旭東中央病院"
SUBMITTED_TEXT = "令和6年11月12日"
SUBMITTED_ISO = "2024-11-12"

DOCS = [
    (1, "チェックリスト\n（医療機関確認用）",
     "令和6年5月13日付け、医政参発0513第6号により厚生労働省から示されている、令和6年度版のチェックリスト様式を"
     "使用することとし、チェックリストの記入に当たっては、「医療機関におけるサイバーセキュリティ対策チェックリスト"
     "マニュアル～医療機関・事業者向け～」（以下「マニュアル」という。）を参照してください。",
     "提出する", "SUBMITTED", None),
    (2, "チェックリスト\n（事業者確認用）",
     "上記と同じ。なお、医療機関のネットワークを構成するすべての医療情報システム（電子カルテ、レセプトコンピューター、"
     "医療機器など）の委託事業者に対し、漏れなくチェックリストの記入、提出を求めてください。"
     "（事業者ごと又はシステムごとにチェックリストを分けること）",
     "提出する", "SUBMITTED", "3事業者分（電子カルテ、医事会計、PACS）"),
    (3, "チェックリスト\n（最低限の措置編）",
     "別添のチェックリスト様式を使用することとし、チェックリストの記入に当たっては、令和6年8月1日付け事務連絡"
     "「医療機関等におけるサイバーセキュリティ対策の取組みについて」の別添「サイバー攻撃リスク低減のための最低限の措置」"
     "を参照してください。",
     "提出する", "SUBMITTED", None),
    (4, "機器管理台帳",
     "情報機器（サーバーやPC）、ルータ等のシステムやネットワークを構築する際に用いられる機器等を記載した台帳を"
     "提出してください。台帳の書式については、マニュアル2-(1)を参照してください。",
     "提出する", "SUBMITTED", None),
    (5, "インシデント発生時の連絡体制図",
     "診療継続及び医療情報システムの復旧を迅速に行う目的でサイバーセキュリティの連絡体制を記載したものを提出して"
     "ください。連絡体制図の書式については、マニュアル3-(1)を参照してください。",
     "提出する", "SUBMITTED", None),
    (6, "ネットワーク構成図及び\nシステム全体構成図",
     "システム全体構成図及びネットワーク構成図を作成していれば提出してください。構成図については、"
     "「医療情報システムの安全管理に関するガイドライン第6.0版」企画管理編 4.4、システム運用編 2②を参照してください。",
     "提出する", "SUBMITTED", "システム全体構成図は電子カルテ事業者作成"),
    (7, "サイバー攻撃を想定した\n事業継続計画（BCP）",
     "サイバー攻撃を想定した事業継続計画（BCP）を作成していれば提出してください。BCPについては、令和6年6月6日付け"
     "事務連絡「サイバー攻撃を想定した事業継続計画（BCP）策定の確認表」についてを参照してください。",
     "未作成", "NOT_CREATED", "令和7年3月策定予定"),
]

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
F = "ＭＳ 明朝"
C = Alignment(horizontal="center", vertical="center", wrap_text=True)
L = Alignment(horizontal="left", vertical="center", wrap_text=True)
LT = Alignment(horizontal="left", vertical="top", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = SHEET
for col, w in {"A": 1.5, "B": 5, "C": 24, "D": 60, "E": 13, "F": 24}.items():
    ws.column_dimensions[col].width = w

ws["F1"] = "別紙1"
ws["F1"].alignment = Alignment(horizontal="right")
ws["F1"].font = Font(name=F, size=11)
ws.merge_cells("B2:F3")
ws["B2"] = ("医療法第25条第1項の規定に基づく立入検査において写しの提供を求める\n"
            "サイバーセキュリティ対策関連書類一覧")
ws["B2"].font = Font(name=F, size=13, bold=True)
ws["B2"].alignment = C
ws.row_dimensions[2].height = 22
ws.row_dimensions[3].height = 22

for r, lab, val in ((5, "医療機関名", FACILITY), (6, "提出日", SUBMITTED_TEXT)):
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    ws.cell(r, 2, lab)
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=6)
    ws.cell(r, 4, val)
    for c in range(2, 7):
        ws.cell(r, c).border = BOX
        ws.cell(r, c).font = Font(name=F, size=11)
    ws.cell(r, 2).alignment = C
    ws.cell(r, 2).fill = PatternFill("solid", fgColor="F2F2F2")
    ws.cell(r, 4).alignment = L
    ws.row_dimensions[r].height = 24

ws["B8"] = "※「提出の有無」欄は、「提出する」「未作成」のうち該当しない方を消してください。"
ws["B8"].font = Font(name=F, size=9)

HR = 9
for i, h in enumerate(["No.", "書類の名称", "提出にあたっての注意点", "提出の有無", "備考"], 2):
    c = ws.cell(HR, i, h or None)
    c.font = Font(name=F, size=10, bold=True)
    c.alignment = C
    c.border = BOX
    c.fill = PatternFill("solid", fgColor="D9D9D9")

documents = []
r = HR + 1
for no, name, note, shown, canon, rem in DOCS:
    for i, v in enumerate([no, name, note, shown, rem], 2):
        c = ws.cell(r, i, v)
        c.font = Font(name=F, size=9 if i == 4 else 10)
        c.border = BOX
        c.alignment = C if i in (2, 5) else (LT if i == 4 else L)
    ws.row_dimensions[r].height = 66
    d = {"kind": str(no), "submission": canon}
    if rem:
        d["remarks"] = rem
    documents.append(d)
    r += 1

r += 1
ws.cell(r, 2, "※（参考）「医療情報システムの安全管理に関するガイドライン第6.0版」に関するQ&A　Q5「医療情報システム」"
              "とは具体的に何を示すのか。").font = Font(name=F, size=9)
ws.cell(r + 1, 2, "　A レセコン、電子カルテ、オーダリングシステム等だけでなく、何らかの形で患者の情報を保有するコンピュータ、"
                  "遠隔で患者の情報を閲覧・取得するコンピュータや携帯端末も範ちゅうとして想定しています。"
                  "また、医療情報が通信される院内・院外ネットワークも含まれます。").font = Font(name=F, size=9)

ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "portrait"
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 0
ws.print_area = "A1:F%d" % (r + 1)

tmpd = tempfile.mkdtemp()
raw = os.path.join(tmpd, NAME + ".xlsx")
wb.save(raw)
outd = os.path.join(tmpd, "out")
os.makedirs(outd)
subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + os.path.join(tmpd, "profile"),
                "--convert-to", "xlsx", "--outdir", outd, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outd, NAME + ".xlsx"), XLSX)
shutil.rmtree(tmpd)

expected = {
    "form": "inspection-documents",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "facilityName": FACILITY,
        "submittedOn": SUBMITTED_ISO,
        "documents": documents,
    },
    "planted": [],
    "notes": ("提出の有無 was pre-printed 「提出する・未作成」; the hospital deleted the option that did not apply, so the "
              "cell holds 「提出する」 (SUBMITTED) or 「未作成」 (NOT_CREATED). 提出日 is 和暦 text 令和6年11月12日. "
              "No file-name column on this form. Re-saved by LibreOffice."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("wrote", XLSX)
