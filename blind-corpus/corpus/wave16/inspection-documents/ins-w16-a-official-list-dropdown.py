#!/usr/bin/python3
"""ins-w16-a: 別紙1 サイバーセキュリティ対策関連書類一覧 as the prefecture office would hand it out:
title block and notes above, label-left header (医療機関名 / 提出日), table No | 書類の名称 | 提出にあたっての注意点 |
提出の有無 (dropdown) | 提出ファイル名 | 備考, print borders. Filled completely and correctly (no planted problem)."""
import datetime as dt
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ins-w16-a-official-list-dropdown"
XLSX = os.path.join(HERE, NAME + ".xlsx")
SHEET = "別紙1"

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
GREY = PatternFill("solid", fgColor="E7E6E6")

FACILITY = "一般財団法人吉備医療会　吉備高原中央病院"
SUBMITTED_ON = dt.date(2024, 11, 12)

CHOICES = {"提出する": "SUBMITTED", "未作成": "NOT_CREATED", "作成済（提出しない）": "NOT_SUBMITTED"}

DOCS = [
    (1, "チェックリスト（医療機関確認用）",
     "令和6年5月13日付け、医政参発0513第6号により厚生労働省から示されている令和6年度版のチェックリスト様式を"
     "使用し、「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル～医療機関・事業者向け～」を"
     "参照して記入してください。",
     "提出する", "01_チェックリスト（医療機関確認用）R6.xlsx", None),
    (2, "チェックリスト（事業者確認用）",
     "上記と同じ。医療機関のネットワークを構成するすべての医療情報システム（電子カルテ、レセプトコンピューター、"
     "医療機器など）の委託事業者に対し、漏れなく記入・提出を求めてください（事業者ごと又はシステムごとに分けること）。",
     "提出する", "02_チェックリスト（事業者確認用）_3社分.pdf",
     "電子カルテ、医事会計、PACSの3事業者分"),
    (3, "チェックリスト（最低限の措置編）",
     "別添のチェックリスト様式を使用し、「サイバー攻撃リスク低減のための最低限の措置」を参照して記入してください。",
     "提出する", "03_チェックリスト（最低限の措置編）.xlsx", None),
    (4, "機器管理台帳",
     "情報機器（サーバーやPC）、ルータ等のシステムやネットワークを構築する際に用いられる機器等を記載した台帳を"
     "提出してください（書式はマニュアル2-(1)参照）。",
     "提出する", "04_機器管理台帳_20241101.xlsx", None),
    (5, "インシデント発生時の連絡体制図",
     "診療継続及び医療情報システムの復旧を迅速に行う目的でサイバーセキュリティの連絡体制を記載したもの"
     "（書式はマニュアル3-(1)参照）。",
     "提出する", "05_インシデント発生時連絡体制図.pdf", None),
    (6, "ネットワーク構成図及びシステム全体構成図",
     "作成していれば提出してください（医療情報システムの安全管理に関するガイドライン第6.0版 企画管理編4.4、"
     "システム運用編2②参照）。",
     "提出する", "06_ネットワーク構成図.pdf",
     "ネットワーク構成図のみ提出\n（システム全体構成図は作成中）"),
    (7, "サイバー攻撃を想定した事業継続計画（BCP）",
     "作成していれば提出してください（令和6年6月6日付け事務連絡「サイバー攻撃を想定した事業継続計画（BCP）策定の"
     "確認表」参照）。",
     "未作成", None, "令和7年3月策定予定"),
]


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    for k, v in {"A": 1.5, "B": 5, "C": 26, "D": 50, "E": 14, "F": 32, "G": 28}.items():
        ws.column_dimensions[k].width = v

    ws["G1"] = "別紙1"
    ws["G1"].alignment = Alignment(horizontal="right")
    ws.merge_cells("B2:G2")
    ws["B2"] = "サイバーセキュリティ対策関連書類一覧"
    ws["B2"].font = Font(size=14, bold=True)
    ws["B2"].alignment = CENTER
    ws.merge_cells("B3:G3")
    ws["B3"] = ("医療法第25条第1項の規定に基づく立入検査において写しの提供を求めるサイバーセキュリティ対策関連書類です。"
                "各書類について「提出の有無」欄を選択し、提出するファイル名を記入の上、立入検査の際に保健所へ提出してください。")
    ws["B3"].alignment = WRAP
    ws["B3"].font = Font(size=9)
    ws.row_dimensions[3].height = 30

    for r, label, value in [(5, "医療機関名", FACILITY), (6, "提出日", SUBMITTED_ON)]:
        ws.cell(r, 2, label)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
        ws.cell(r, 4, value)
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
        for c in range(2, 6):
            ws.cell(r, c).border = BOX
        ws.cell(r, 2).fill = GREY
        ws.cell(r, 4).alignment = Alignment(horizontal="left", vertical="center")
    ws["D6"].number_format = "[$-411]ggge\"年\"m\"月\"d\"日\""  # shown in 和暦 by Excel, stored as a date

    HR = 8
    for c, t in enumerate(["No.", "書類の名称", "提出にあたっての注意点", "提出の有無", "提出ファイル名", "備考"], 2):
        cell = ws.cell(HR, c, t)
        cell.font = Font(bold=True)
        cell.fill = GREY
        cell.alignment = CENTER
        cell.border = BOX

    dv = DataValidation(type="list", formula1='"' + ",".join(CHOICES) + '"', allow_blank=True)
    ws.add_data_validation(dv)

    docs = []
    for i, (no, name, note, sub, fn, rem) in enumerate(DOCS):
        r = HR + 1 + i
        for c, v in enumerate([no, name, note, sub, fn, rem], 2):
            cell = ws.cell(r, c, v)
            cell.border = BOX
            cell.alignment = CENTER if c in (2, 5) else WRAP
        ws.cell(r, 4).font = Font(size=8)
        dv.add(ws.cell(r, 5))
        ws.row_dimensions[r].height = 58
        d = {"kind": str(no), "submission": CHOICES[sub]}
        if fn:
            d["fileName"] = fn
        if rem:
            d["remarks"] = rem
        docs.append(d)

    nr = HR + len(DOCS) + 2
    notes = ["※ 書類の提出は任意ですが、サイバーセキュリティ対策の重要性に鑑み、ご協力をお願いします。",
             "※ 6及び7は作成している場合に提出してください。未作成の場合は「未作成」を選択してください。",
             "※ 問い合わせ先：岡山県保健医療部医療推進課医事班　TEL 086-226-7403"]
    for j, t in enumerate(notes):
        ws.cell(nr + j, 2, t).font = Font(size=9)

    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 1
    ws.print_area = f"A1:G{nr + len(notes)}"
    wb.save(XLSX)

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
        "notes": ("提出日 is an Excel date cell with a 和暦 number format. 提出の有無 is a dropdown "
                  "(提出する / 未作成 / 作成済（提出しない）); 未作成 for the BCP, which is allowed (7 is 'if made'). "
                  "Column D (提出にあたっての注意点) is the office's printed guidance, not an answer. kind is given as "
                  "the catalogue number as a string."),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    build()
