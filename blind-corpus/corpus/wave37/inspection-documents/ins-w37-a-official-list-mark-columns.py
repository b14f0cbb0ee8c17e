#!/usr/bin/python3
"""Generator for ins-w37-a-official-list-mark-columns.xlsx (inspection-documents, R6).
The prefecture's 別紙1 as an office would draw it: No | 書類の名称 | 提出にあたっての注意点 | three mark columns
(提出 / 作成済・提出しない / 未作成) | 備考, header block label-left, a small 保健所記入欄 table beside it.
The hospital puts ○ in one mark column per row. Filled completely and correctly.
Run: PYTHONPATH=/tmp/clvins_py /usr/bin/python3 THIS.py
"""
import os, json, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "ins-w37-a-official-list-mark-columns.xlsx"
SHEET = "別紙1"
FAC = "一般財団法人 操山会 操山記念病院"
SUBMITTED_ON = dt.datetime(2024, 11, 15)

DOCS = [
 ("1", "チェックリスト（医療機関確認用）",
  "令和6年5月13日付け、医政参発0513第6号により厚生労働省から示されている、令和6年度版のチェックリスト様式を使用すること。記入に当たっては「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル～医療機関・事業者向け～」を参照。",
  "SUBMITTED", None),
 ("2", "チェックリスト（事業者確認用）",
  "上記と同じ。医療機関のネットワークを構成するすべての医療情報システム（電子カルテ、レセプトコンピューター、医療機器など）の委託事業者に対し、漏れなく記入、提出を求めること。（事業者ごと又はシステムごとに分けること）",
  "SUBMITTED", "3事業者分（電子カルテ、医事会計、PACS）"),
 ("3", "チェックリスト（最低限の措置編）",
  "別添のチェックリスト様式を使用すること。「サイバー攻撃リスク低減のための最低限の措置」（令和6年8月1日付け事務連絡別添）を参照。",
  "SUBMITTED", None),
 ("4", "機器管理台帳",
  "情報機器（サーバーやPC）、ルータ等のシステムやネットワークを構築する際に用いられる機器等を記載した台帳。書式はマニュアル2-(1)を参照。",
  "SUBMITTED", None),
 ("5", "インシデント発生時の連絡体制図",
  "診療継続及び医療情報システムの復旧を迅速に行う目的でサイバーセキュリティの連絡体制を記載したもの。書式はマニュアル3-(1)を参照。",
  "SUBMITTED", None),
 ("6", "ネットワーク構成図及びシステム全体構成図",
  "作成していれば提出すること。「医療情報システムの安全管理に関するガイドライン第6.0版」企画管理編4.4、システム運用編2②を参照。",
  "SUBMITTED", "ネットワーク構成図のみ（システム全体構成図は作成中）"),
 ("7", "サイバー攻撃を想定した事業継続計画（BCP）",
  "作成していれば提出すること。令和6年6月6日付け事務連絡「サイバー攻撃を想定した事業継続計画（BCP）策定の確認表」を参照。",
  "NOT_CREATED", "令和7年3月策定予定"),
]
COLS = {"SUBMITTED": 4, "NOT_SUBMITTED": 5, "NOT_CREATED": 6}

def build():
    wb = Workbook(); ws = wb.active; ws.title = SHEET
    thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for k, v in {"A": 5, "B": 26, "C": 58, "D": 7, "E": 9, "F": 7, "G": 28, "H": 3, "I": 10, "J": 14}.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "別紙1"
    ws.merge_cells("A2:G2")
    ws["A2"] = "医療法第25条第1項の規定に基づく立入検査において写しの提供を求める\nサイバーセキュリティ対策関連書類一覧"
    ws["A2"].font = Font(size=13, bold=True)
    ws["A2"].alignment = Alignment(horizontal="center", wrap_text=True); ws.row_dimensions[2].height = 36
    # header block, label left
    ws.merge_cells("A4:B4"); ws["A4"] = "医療機関名"
    ws["C4"] = FAC
    ws.merge_cells("A5:B5"); ws["A5"] = "提出日"
    ws["C5"] = SUBMITTED_ON; ws["C5"].number_format = '[$-411]ggge"年"m"月"d"日"'
    ws["C5"].alignment = Alignment(horizontal="left")
    for r in (4, 5):
        for c in (1, 2, 3):
            ws.cell(r, c).border = box
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="FFF2CC")
    # second small table: 保健所記入欄 (left blank by the hospital)
    ws.merge_cells("I4:J4"); ws["I4"] = "保健所記入欄"
    ws["I5"] = "受付日"; ws["I6"] = "受付者"
    for r in (4, 5, 6):
        for c in (9, 10): ws.cell(r, c).border = box
    ws["I4"].alignment = Alignment(horizontal="center")
    ws["A7"] = "※ 提出する書類の欄に○を記入してください（6・7は作成している場合のみ提出）。"
    ws["A7"].font = Font(size=9)
    # table header (two rows)
    ws.merge_cells("A9:A10"); ws["A9"] = "No."
    ws.merge_cells("B9:B10"); ws["B9"] = "書類の名称"
    ws.merge_cells("C9:C10"); ws["C9"] = "提出にあたっての注意点"
    ws.merge_cells("D9:F9"); ws["D9"] = "提出状況（○）"
    ws["D10"] = "提出"; ws["E10"] = "作成済・\n提出しない"; ws["F10"] = "未作成"
    ws.merge_cells("G9:G10"); ws["G9"] = "備考"
    for r in (9, 10):
        for c in range(1, 8):
            cell = ws.cell(r, c); cell.border = box; cell.font = Font(bold=True, size=10)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.fill = PatternFill("solid", fgColor="D9E1F2")
    ws.row_dimensions[10].height = 30
    for i, (no, name, note, st, rem) in enumerate(DOCS):
        r = 11 + i
        ws.cell(r, 1, int(no)); ws.cell(r, 2, name); ws.cell(r, 3, note)
        ws.cell(r, COLS[st], "○"); ws.cell(r, 7, rem)
        for c in range(1, 8):
            cell = ws.cell(r, c); cell.border = box
            cell.alignment = Alignment(wrap_text=True, vertical="center",
                                       horizontal="center" if c in (1, 4, 5, 6) else "left")
        ws.cell(r, 3).font = Font(size=9)
        ws.row_dimensions[r].height = 58
    ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToHeight = 0
    ws.print_area = "A1:J17"
    wb.save(os.path.join(OUT, NAME))

def write_expected():
    docs = []
    for no, name, note, st, rem in DOCS:
        d = {"kind": no, "submission": st}
        if rem: d["remarks"] = rem
        docs.append(d)
    exp = {"form": "inspection-documents", "version": "R6", "file": NAME,
           "values": {"facilityName": FAC, "submittedOn": SUBMITTED_ON.strftime("%Y-%m-%d"), "documents": docs},
           "planted": [],
           "notes": ("Sheet 別紙1: header label-left (医療機関名, 提出日 as an Excel date cell shown in 和暦 format). "
                     "Status is a ○ in one of three mark columns: D=提出 (SUBMITTED), E=作成済・提出しない (NOT_SUBMITTED), "
                     "F=未作成 (NOT_CREATED). No. column holds numbers 1-7 (= kind). The small 保健所記入欄 table at I4:J6 "
                     "is for the health centre and is empty. No file-name column on this form.")}
    with open(os.path.join(OUT, NAME.replace(".xlsx", ".expected.json")), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)

if __name__ == "__main__":
    build(); write_expected(); print("wrote", NAME)
