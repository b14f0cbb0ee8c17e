#!/usr/bin/python3
"""ins-w20-a: 別紙1 サイバーセキュリティ対策関連書類一覧 as a prefecture office would send it:
label-left header (医療機関名 / 提出日 as an Excel date), a 7-row table No | 書類の名称 | 提出にあたっての注意点 |
提出の有無 (dropdown from a hidden list sheet) | ファイル名 | 備考, multi-line file names for the vendor checklists,
and a 提出書類数 COUNTIF formula saved without a cached value. Filled completely and correctly."""
import datetime as dt
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ins-w20-a-dropdown-filename-list"
SHEET = "別紙1"

FACILITY = "医療法人清和会 西大寺中央病院"
SUBMITTED_ON = dt.date(2024, 11, 12)

CANON = {"提出する": "SUBMITTED", "未作成": "NOT_CREATED", "作成済・提出しない": "NOT_SUBMITTED"}

DOCS = [
    ("1", "チェックリスト（医療機関確認用）",
     "令和6年5月13日付け医政参発0513第6号の令和6年度版チェックリスト様式を使用。記入はマニュアルを参照。",
     "提出する", "01_チェックリスト（医療機関確認用）.xlsx", None),
    ("2", "チェックリスト（事業者確認用）",
     "上記と同じ。すべての医療情報システムの委託事業者に記入・提出を求めること（事業者ごと又はシステムごとに分ける）。",
     "提出する",
     "02-1_事業者確認用_電子カルテ.xlsx\n02-2_事業者確認用_医事会計.xlsx\n02-3_事業者確認用_PACS.xlsx",
     "委託事業者3社分（システムごと）"),
    ("3", "チェックリスト（最低限の措置編）",
     "別添のチェックリスト様式を使用。「サイバー攻撃リスク低減のための最低限の措置」を参照。",
     "提出する", "03_チェックリスト（最低限の措置編）.xlsx", None),
    ("4", "機器管理台帳",
     "サーバー、PC、ルータ等の機器を記載した台帳。書式はマニュアル2-(1)を参照。",
     "提出する", "04_機器管理台帳.xlsx", "令和6年10月末時点"),
    ("5", "インシデント発生時の連絡体制図",
     "サイバーセキュリティの連絡体制を記載したもの。書式はマニュアル3-(1)を参照。",
     "提出する", "05_連絡体制図.pdf", None),
    ("6", "ネットワーク構成図及びシステム全体構成図",
     "作成していれば提出。ガイドライン第6.0版 企画管理編4.4、システム運用編2②を参照。",
     "提出する", "06_ネットワーク構成図.pdf", "システム全体構成図を含む"),
    ("7", "サイバー攻撃を想定した事業継続計画（BCP）",
     "作成していれば提出。令和6年6月6日付け事務連絡「BCP策定の確認表」を参照。",
     "未作成", None, "令和7年3月策定予定"),
]

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="E2EFDA")
INPUT = PatternFill("solid", fgColor="FFF2CC")
WRAP = Alignment(vertical="center", wrap_text=True)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def main():
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    for k, v in {"A": 5, "B": 30, "C": 46, "D": 16, "E": 38, "F": 24}.items():
        ws.column_dimensions[k].width = v

    ws["F1"] = "別紙1"
    ws["F1"].alignment = Alignment(horizontal="right")
    ws.merge_cells("A2:F2")
    ws["A2"] = "サイバーセキュリティ対策関連書類一覧"
    ws["A2"].font = Font(size=14, bold=True)
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A3:F3")
    ws["A3"] = "（医療法第25条第1項の規定に基づく立入検査において写しの提供を求める書類）"
    ws["A3"].alignment = Alignment(horizontal="center")

    ws.merge_cells("A5:B5")
    ws["A5"] = "医療機関名"
    ws.merge_cells("C5:D5")
    ws["C5"] = FACILITY
    ws.merge_cells("A6:B6")
    ws["A6"] = "提出日"
    ws.merge_cells("C6:D6")
    ws["C6"] = SUBMITTED_ON
    ws["C6"].number_format = "yyyy\"年\"m\"月\"d\"日\""
    ws["C6"].alignment = Alignment(horizontal="left")
    for r in (5, 6):
        for c in range(1, 5):
            ws.cell(r, c).border = BOX
        ws.cell(r, 1).fill = HEAD
        ws.cell(r, 3).fill = INPUT

    ws.merge_cells("A8:F8")
    ws["A8"] = "※「提出の有無」欄はリストから選択してください（提出する／未作成／作成済・提出しない）。"
    ws["A8"].font = Font(size=9)

    hdr = ["No.", "書類の名称", "提出にあたっての注意点", "提出の有無", "ファイル名", "備考"]
    for c, t in enumerate(hdr, 1):
        cell = ws.cell(10, c, t)
        cell.font = Font(bold=True)
        cell.fill = HEAD
        cell.border = BOX
        cell.alignment = CENTER

    lst = wb.create_sheet("リスト")
    for i, v in enumerate(CANON, 1):
        lst.cell(i, 1, v)
    lst.sheet_state = "hidden"
    dv = DataValidation(type="list", formula1="=リスト!$A$1:$A$3", allow_blank=True)
    ws.add_data_validation(dv)

    docs = []
    r = 11
    for (kind, name, note, sub, fn, rem) in DOCS:
        ws.cell(r, 1, int(kind))
        ws.cell(r, 2, name)
        ws.cell(r, 3, note).font = Font(size=9)
        ws.cell(r, 4, sub)
        if fn:
            ws.cell(r, 5, fn)
        if rem:
            ws.cell(r, 6, rem)
        dv.add(ws.cell(r, 4))
        for c in range(1, 7):
            ws.cell(r, c).border = BOX
            ws.cell(r, c).alignment = CENTER if c in (1, 4) else WRAP
        for c in (4, 5, 6):
            ws.cell(r, c).fill = INPUT
        ws.row_dimensions[r].height = 48 if kind == "2" else 36
        d = {"kind": kind, "submission": CANON[sub]}
        if fn:
            d["fileName"] = fn
        if rem:
            d["remarks"] = rem
        docs.append(d)
        r += 1

    ws.cell(r + 1, 3, "提出書類数").alignment = Alignment(horizontal="right")
    ws.cell(r + 1, 4, f'=COUNTIF(D11:D{r - 1},"提出する")').alignment = CENTER
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1

    wb.save(os.path.join(HERE, NAME + ".xlsx"))
    exp = {
        "form": "inspection-documents",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "submittedOn": SUBMITTED_ON.isoformat(), "documents": docs},
        "planted": [],
        "notes": ("提出の有無 is a dropdown (hidden sheet 'リスト'): 提出する→SUBMITTED, 未作成→NOT_CREATED. "
                  "Row 2's ファイル名 holds three file names separated by line breaks (one per vendor/system). "
                  "提出日 is an Excel date cell shown as 年月日. 提出書類数 (D19) is a COUNTIF formula saved by openpyxl "
                  "without a cached value; it is not a form field. No. column holds integers 1–7."),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
    print("ok", r)


if __name__ == "__main__":
    main()
