#!/usr/bin/python3
"""ins-w18-a: 別紙1 サイバーセキュリティ対策関連書類一覧 as the prefecture would send it out:
the notice's table (No. | 書類の名称 | 提出にあたっての注意点) plus three mark columns
(提出する / 未作成 / 作成済・提出しない, ○ in one) and 備考; 医療機関名 and 提出日 above (label left).
A hidden sheet holds the dropdown list. Filled completely and correctly, no planted problem."""
import json
import os
from datetime import date

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ins-w18-a-prefecture-list-mark-columns"
SHEET = "別紙1"

FACILITY = "医療法人 晴風会 岡山東部病院"
SUBMITTED_ON = date(2024, 11, 12)

NOTE1 = ("令和6年5月13日付け、医政参発0513第6号により厚生労働省から示されている、令和6年度版のチェックリスト様式を"
         "使用することとし、チェックリストの記入に当たっては、「医療機関におけるサイバーセキュリティ対策チェックリスト"
         "マニュアル～医療機関・事業者向け～」(以下「マニュアル」という。)を参照してください。")
DOCS = [
    (1, "チェックリスト\n(医療機関確認用)", NOTE1),
    (2, "チェックリスト\n(事業者確認用)",
     "上記と同じ。なお、医療機関のネットワークを構成するすべての医療情報システム*(電子カルテ、レセプトコンピューター、"
     "医療機器など)の委託事業者に対し、漏れなくチェックリストの記入、提出を求めてください。"
     "(事業者ごと又はシステムごとにチェックリストを分けること)"),
    (3, "チェックリスト\n(最低限の措置編)",
     "別添のチェックリスト様式を使用することとし、チェックリストの記入に当たっては、(令和6年8月1日付け、事務連絡"
     "「医療機関等におけるサイバーセキュリティ対策の取組みについて」の別添「サイバー攻撃リスク低減のための最低限の措置」"
     "を参照してください。"),
    (4, "機器管理台帳",
     "情報機器(サーバーやPC)、ルータ等のシステムやネットワークを構築する際に用いられる機器等を記載した台帳を提出して"
     "ください。台帳の書式については、マニュアル2-(1)を参照してください。"),
    (5, "インシデント発生時の連絡体制図",
     "診療継続及び医療情報システムの復旧を迅速に行う目的でサイバーセキュリティの連絡体制を記載したものを提出して"
     "ください。連絡体制図の書式については、マニュアル3-(1)を参照してください。"),
    (6, "ネットワーク構成図及びシステム全体構成図",
     "システム全体構成図及びネットワーク構成図を作成していれば提出してください。構成図については、「医療情報システムの"
     "安全管理に関するガイドライン第6.0版」▶企画管理編 4.4、▶システム運用編 2②を参照してください。"),
    (7, "サイバー攻撃を想定した事業継続計画(BCP)",
     "サイバー攻撃を想定した事業継続計画(BCP)を作成していれば提出してください。BCPについては、令和6年6月6日付け、"
     "厚生労働省医政局特定医薬品開発支援・医療情報担当参事官室事務連絡「サイバー攻撃を想定した事業継続計画(BCP)策定の"
     "確認表」についてを参照してください。"),
]
# kind -> (status column index 0..2, remarks)
FILL = {
    1: (0, None),
    2: (0, "3社分（電子カルテ、医事会計システム、臨床検査システム）"),
    3: (0, None),
    4: (0, None),
    5: (0, None),
    6: (0, "ネットワーク構成図とシステム全体構成図を1枚にまとめて作成"),
    7: (1, "令和7年度中に策定予定"),
}
STATUS = ["SUBMITTED", "NOT_CREATED", "NOT_SUBMITTED"]

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="E2EFDA")


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    for k, v in {"A": 5, "B": 22, "C": 60, "D": 8, "E": 8, "F": 10, "G": 30}.items():
        ws.column_dimensions[k].width = v

    ws["G1"] = "別紙1"
    ws["G1"].alignment = Alignment(horizontal="right")
    ws.merge_cells("A2:G2")
    ws["A2"] = ("医療法第25条第1項の規定に基づく立入検査において写しの提供を求める"
                "サイバーセキュリティ対策関連書類一覧")
    ws["A2"].font = Font(size=12, bold=True)
    ws["A2"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[2].height = 36

    ws.merge_cells("A4:B4")
    ws["A4"] = "医療機関名"
    ws.merge_cells("C4:D4")
    ws["C4"] = FACILITY
    ws.merge_cells("A5:B5")
    ws["A5"] = "提出日"
    ws.merge_cells("C5:D5")
    ws["C5"] = SUBMITTED_ON
    ws["C5"].number_format = "yyyy/m/d"
    ws["C5"].alignment = Alignment(horizontal="left")
    for r in (4, 5):
        for c in range(1, 5):
            ws.cell(r, c).border = B
        ws.cell(r, 1).fill = HEAD

    ws["A7"] = "※ 提出状況欄は、該当する欄に「○」を記入してください。6・7は作成していれば提出してください。"
    ws["A7"].font = Font(size=9)

    h1, h2 = 9, 10
    for col, t in [(1, "No."), (2, "書類の名称"), (3, "提出にあたっての注意点"), (7, "備考")]:
        ws.merge_cells(start_row=h1, start_column=col, end_row=h2, end_column=col)
        ws.cell(h1, col, t)
    ws.merge_cells(start_row=h1, start_column=4, end_row=h1, end_column=6)
    ws.cell(h1, 4, "提出状況（該当欄に○）")
    for col, t in [(4, "提出する"), (5, "未作成"), (6, "作成済・\n提出しない")]:
        ws.cell(h2, col, t)
    for r in (h1, h2):
        for c in range(1, 8):
            cell = ws.cell(r, c)
            cell.border = B
            cell.fill = HEAD
            cell.font = Font(bold=True)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[h2].height = 30

    lst = wb.create_sheet("list")
    lst["A1"] = "○"
    lst.sheet_state = "hidden"
    dv = DataValidation(type="list", formula1="list!$A$1:$A$1", allow_blank=True)
    ws.add_data_validation(dv)

    docs = []
    r = h2 + 1
    for kind, name, note in DOCS:
        ws.cell(r, 1, kind)
        ws.cell(r, 2, name)
        ws.cell(r, 3, note)
        col, rem = FILL[kind]
        ws.cell(r, 4 + col, "○")
        ws.cell(r, 7, rem)
        for c in range(1, 8):
            cell = ws.cell(r, c)
            cell.border = B
            cell.alignment = Alignment(wrap_text=True, vertical="center",
                                       horizontal="center" if c in (1, 4, 5, 6) else None)
            if c == 3:
                cell.font = Font(size=8)
        for c in (4, 5, 6):
            dv.add(ws.cell(r, c))
        ws.row_dimensions[r].height = 78
        d = {"kind": str(kind), "submission": STATUS[col]}
        if rem:
            d["remarks"] = rem
        docs.append(d)
        r += 1

    ws.cell(r + 1, 1, "※(参考) 「医療情報システム」とは、レセコン、電子カルテ、オーダリングシステム等のほか、"
                      "患者の情報を保有するコンピュータ、携帯端末、院内・院外ネットワークも含みます。").font = Font(size=8)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1

    wb.save(os.path.join(HERE, NAME + ".xlsx"))

    expected = {
        "form": "inspection-documents",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {
            "facilityName": FACILITY,
            "submittedOn": SUBMITTED_ON.isoformat(),
            "documents": docs,
        },
        "planted": [],
        "notes": ("Submission status is a ○ in one of three columns D/E/F (提出する / 未作成 / 作成済・提出しない). "
                  "Document 2 is one row (the hospital notes 3 vendors in 備考). Document 7 (BCP) not yet made → "
                  "NOT_CREATED, allowed since 6 and 7 are 'if made'. Hidden sheet 'list' only holds the dropdown "
                  "value. The form asks for no file names."),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    build()
