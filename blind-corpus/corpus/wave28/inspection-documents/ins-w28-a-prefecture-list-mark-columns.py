#!/usr/bin/python3
"""ins-w28-a: 別紙1 サイバーセキュリティ対策関連書類一覧 as the prefecture would send it (title, the
official 注意点 column kept, three mark columns 提出する / 未作成 / 作成済・提出しない with ○, 備考),
filled by the hospital's 医事課 clerk.  A COUNTIF total without a cached value (saved by openpyxl).
Filled completely and correctly (no planted problem)."""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ins-w28-a-prefecture-list-mark-columns"
XLSX = NAME + ".xlsx"
SHEET = "別紙1"

FACILITY = "医療法人 清和会 吉備高原記念病院"
SUBMITTED_TEXT = "令和6年11月8日"
SUBMITTED_ISO = "2024-11-08"

DOCS = [
    ("1", "チェックリスト\n（医療機関確認用）",
     "令和6年5月13日付け、医政参発0513第6号により厚生労働省から示されている、令和6年度版のチェックリスト様式を使用すること。記入に当たっては「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル～医療機関・事業者向け～」を参照してください。"),
    ("2", "チェックリスト\n（事業者確認用）",
     "上記と同じ。なお、医療機関のネットワークを構成するすべての医療情報システム（電子カルテ、レセプトコンピューター、医療機器など）の委託事業者に対し、漏れなくチェックリストの記入、提出を求めてください。（事業者ごと又はシステムごとにチェックリストを分けること）"),
    ("3", "チェックリスト\n（最低限の措置編）",
     "別添のチェックリスト様式を使用すること。記入に当たっては、令和6年8月1日付け事務連絡の別添「サイバー攻撃リスク低減のための最低限の措置」を参照してください。"),
    ("4", "機器管理台帳",
     "情報機器（サーバーやPC）、ルータ等のシステムやネットワークを構築する際に用いられる機器等を記載した台帳を提出してください。書式はマニュアル2-(1)を参照。"),
    ("5", "インシデント発生時の連絡体制図",
     "診療継続及び医療情報システムの復旧を迅速に行う目的でサイバーセキュリティの連絡体制を記載したものを提出してください。書式はマニュアル3-(1)を参照。"),
    ("6", "ネットワーク構成図及び\nシステム全体構成図",
     "システム全体構成図及びネットワーク構成図を作成していれば提出してください。"),
    ("7", "サイバー攻撃を想定した\n事業継続計画（BCP）",
     "サイバー攻撃を想定した事業継続計画（BCP）を作成していれば提出してください。"),
]
# kind -> (submission canonical, remarks)
FILL = {
    "1": ("SUBMITTED", None),
    "2": ("SUBMITTED", "3事業者分（電子カルテ／医事会計システム／PACS）"),
    "3": ("SUBMITTED", None),
    "4": ("SUBMITTED", "令和6年10月更新版"),
    "5": ("SUBMITTED", None),
    "6": ("SUBMITTED", "ネットワーク構成図のみ\n（システム全体構成図は作成中）"),
    "7": ("NOT_CREATED", "令和7年3月策定予定"),
}
COL = {"SUBMITTED": 5, "NOT_CREATED": 6, "NOT_SUBMITTED": 7}

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
F = "ＭＳ 明朝"
HEAD = PatternFill("solid", fgColor="E2EFDA")


def main():
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    for k, v in {"A": 2, "B": 5, "C": 24, "D": 58, "E": 8, "F": 8, "G": 10, "H": 28}.items():
        ws.column_dimensions[k].width = v

    ws["H1"] = "別紙1"
    ws["H1"].alignment = Alignment(horizontal="right")
    ws.merge_cells("B2:H2")
    ws["B2"] = ("医療法第25条第1項の規定に基づく立入検査において写しの提供を求める\n"
                "サイバーセキュリティ対策関連書類一覧")
    ws["B2"].font = Font(name=F, size=13, bold=True)
    ws["B2"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[2].height = 36

    ws.merge_cells("B4:C4")
    ws["B4"] = "医療機関名"
    ws.merge_cells("D4:E4")
    ws["D4"] = FACILITY
    ws.merge_cells("B5:C5")
    ws["B5"] = "提出日"
    ws.merge_cells("D5:E5")
    ws["D5"] = SUBMITTED_TEXT
    for rr in (4, 5):
        for c in range(2, 6):
            ws.cell(rr, c).border = BOX
            ws.cell(rr, c).font = Font(name=F, size=11, bold=(c == 2))

    ws.merge_cells("B6:H6")
    ws["B6"] = "※ 各書類について、該当する欄に○を記入してください。書類は立入検査の際に保健所へ提出してください。"
    ws["B6"].font = Font(name=F, size=9)

    h1, h2 = 8, 9
    for c, t in {2: "No.", 3: "書類の名称", 4: "提出にあたっての注意点", 8: "備考"}.items():
        ws.merge_cells(start_row=h1, start_column=c, end_row=h2, end_column=c)
        ws.cell(h1, c, t)
    ws.merge_cells(start_row=h1, start_column=5, end_row=h1, end_column=7)
    ws.cell(h1, 5, "提出状況（○を記入）")
    ws.cell(h2, 5, "提出する")
    ws.cell(h2, 6, "未作成")
    ws.cell(h2, 7, "作成済・\n提出しない")
    for rr in (h1, h2):
        for c in range(2, 9):
            cell = ws.cell(rr, c)
            cell.fill = HEAD
            cell.border = BOX
            cell.font = Font(name=F, size=10, bold=True)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[h2].height = 28

    r = h2 + 1
    first = r
    documents = []
    for kind, title, note in DOCS:
        sub, rem = FILL[kind]
        ws.cell(r, 2, int(kind))
        ws.cell(r, 3, title)
        ws.cell(r, 4, note)
        ws.cell(r, COL[sub], "○")
        if rem:
            ws.cell(r, 8, rem)
        for c in range(2, 9):
            cell = ws.cell(r, c)
            cell.border = BOX
            cell.font = Font(name=F, size=9 if c == 4 else 10)
            cell.alignment = Alignment(vertical="center", wrap_text=True,
                                       horizontal="center" if c in (2, 5, 6, 7) else None)
        ws.row_dimensions[r].height = 66 if len(note) > 80 else 40
        d = {"kind": kind, "submission": sub}
        if rem:
            d["remarks"] = rem
        documents.append(d)
        r += 1
    last = r - 1
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
    ws.cell(r, 2, "提出書類数")
    ws.cell(r, 2).alignment = Alignment(horizontal="right")
    ws.cell(r, 5, f'=COUNTIF(E{first}:E{last},"○")')
    for c in range(2, 9):
        ws.cell(r, c).border = BOX
        ws.cell(r, c).font = Font(name=F, size=10, bold=True)
    r += 2
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
    ws.cell(r, 2, "（参考）「医療情報システム」とは、レセコン、電子カルテ、オーダリングシステム等のほか、"
                  "患者の情報を保有するコンピュータや携帯端末、院内・院外ネットワークも含みます。")
    ws.cell(r, 2).font = Font(name=F, size=9)
    ws.cell(r, 2).alignment = Alignment(wrap_text=True)
    ws.row_dimensions[r].height = 28

    ws.print_area = f"B1:H{r}"
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 0
    wb.save(os.path.join(HERE, XLSX))

    expected = {
        "form": "inspection-documents",
        "version": "R6",
        "file": XLSX,
        "values": {"facilityName": FACILITY, "submittedOn": SUBMITTED_ISO, "documents": documents},
        "planted": [],
        "notes": ("提出日 written as 和暦 text '令和6年11月8日'. Submission status is a ○ in one of three "
                  "columns (提出する→SUBMITTED, 未作成→NOT_CREATED, 作成済・提出しない→NOT_SUBMITTED). "
                  "The 提出書類数 row holds a COUNTIF formula with no cached value (saved by openpyxl); it is "
                  "not a field. The form asks for no file names."),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
