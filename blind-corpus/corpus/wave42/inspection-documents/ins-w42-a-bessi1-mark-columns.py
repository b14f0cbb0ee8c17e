#!/usr/bin/env python3
"""Generator for ins-w42-a-bessi1-mark-columns.xlsx (inspection-documents, R6).

Role: the prefecture's 医療推進課 turned 別紙1「サイバーセキュリティ対策関連書類一覧」 into a
one-sheet submission checklist (書類の名称 | 提出にあたっての注意点 | three ○-mark columns |
備考), with three pre-printed sub-rows under document 2 (one per vendor/system).
The hospital's 医事課 clerk marked ○ and wrote vendor names in 備考; 提出日 as an Excel
date cell. Re-saved by LibreOffice. No planted problem.
"""
import datetime as dt
import json
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ins-w42-a-bessi1-mark-columns"
SHEET = "別紙1"

FACILITY = "医療法人清風会 旭川中央病院"
SUBMITTED = dt.date(2024, 11, 12)

NOTES = {
    1: "令和6年度版のチェックリスト様式を使用。記入に当たってはマニュアルを参照。",
    2: "上記と同じ。医療情報システムの委託事業者すべてに記入・提出を求めること（事業者ごと又はシステムごとに分ける）。",
    3: "県の別添様式を使用。「サイバー攻撃リスク低減のための最低限の措置」を参照。",
    4: "サーバー、PC、ルータ等の機器を記載した台帳（マニュアル2-(1)参照）。",
    5: "サイバーセキュリティの連絡体制を記載したもの（マニュアル3-(1)参照）。",
    6: "作成していれば提出してください。",
    7: "作成していれば提出してください。",
}
TITLES = {
    1: "チェックリスト（医療機関確認用）",
    2: "チェックリスト（事業者確認用）",
    3: "チェックリスト（最低限の措置編）",
    4: "機器管理台帳",
    5: "インシデント発生時の連絡体制図",
    6: "ネットワーク構成図及びシステム全体構成図",
    7: "サイバー攻撃を想定した事業継続計画（BCP）",
}
# (kind, mark column: 'S' submit / 'N' made-not-submitted / 'X' not created, remarks)
ROWS = [
    (1, "S", None),
    (2, "S", "電子カルテ：株式会社メディカルリンク西日本"),
    (2, "S", "医事会計（レセコン）：山陽システムサービス株式会社"),
    (2, "S", "PACS：株式会社岡山メディカルイメージング"),
    (3, "S", None),
    (4, "S", "サーバ・端末PC・ネットワーク機器"),
    (5, "S", None),
    (6, "S", "ネットワーク構成図・システム全体構成図 各1部"),
    (7, "X", "令和7年3月策定予定"),
]
CANON = {"S": "SUBMITTED", "N": "NOT_SUBMITTED", "X": "NOT_CREATED"}
MARKCOL = {"S": 4, "N": 5, "X": 6}


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    fill = PatternFill("solid", fgColor="E2EFDA")
    for col, w in {"A": 5, "B": 30, "C": 46, "D": 8, "E": 10, "F": 8, "G": 34}.items():
        ws.column_dimensions[col].width = w

    ws["A1"] = "別紙1"
    ws["A2"] = "サイバーセキュリティ対策関連書類一覧"
    ws["A2"].font = Font(size=14, bold=True)
    ws.merge_cells("A2:G2")
    ws["A2"].alignment = Alignment(horizontal="center")
    ws["A3"] = "（医療法第25条第1項の規定に基づく立入検査において写しの提供を求める書類）"
    ws.merge_cells("A3:G3")
    ws["A3"].alignment = Alignment(horizontal="center")

    hdr = [(5, "医療機関名", FACILITY), (6, "提出日", SUBMITTED), (7, "立入検査実施保健所", "備前保健所")]
    for r, label, value in hdr:
        ws.cell(r, 1, label)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.cell(r, 3, value)
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
        for c in range(1, 5):
            ws.cell(r, c).border = box
        ws.cell(r, 1).fill = fill
    ws["C6"].number_format = 'yyyy"年"m"月"d"日"'
    ws["C6"].alignment = Alignment(horizontal="left")
    ws["E5"] = "記入者"
    ws["F5"] = "医事課 岡本"
    ws.merge_cells("F5:G5")

    h1, h2 = 9, 10
    for col, text in (("A", "No."), ("B", "書類の名称"), ("C", "提出にあたっての注意点"),
                      ("G", "備考（事業者名・システム名等）")):
        ws[f"{col}{h1}"] = text
        ws.merge_cells(f"{col}{h1}:{col}{h2}")
    ws[f"D{h1}"] = "提出の有無（該当欄に○）"
    ws.merge_cells(f"D{h1}:F{h1}")
    ws[f"D{h2}"] = "提出する"
    ws[f"E{h2}"] = "作成済・提出しない"
    ws[f"F{h2}"] = "未作成"
    for rr in (h1, h2):
        for c in range(1, 8):
            cell = ws.cell(rr, c)
            cell.border = box
            cell.fill = fill
            cell.alignment = center
            cell.font = Font(bold=True)

    r = h2 + 1
    first_row = {}
    ROW_OF.clear()
    for i, (kind, mark, rem) in enumerate(ROWS):
        if kind not in first_row:
            first_row[kind] = r
            ws.cell(r, 1, kind)
            ws.cell(r, 2, TITLES[kind])
            ws.cell(r, 3, NOTES[kind])
        ws.cell(r, MARKCOL[mark], "○")
        if rem:
            ws.cell(r, 7, rem)
        for c in range(1, 8):
            cell = ws.cell(r, c)
            cell.border = box
            cell.alignment = center if c in (1, 4, 5, 6) else wrap
        ws.row_dimensions[r].height = 36
        ROW_OF[i] = r
        r += 1
    # document 2: No., name and note merged over its three vendor sub-rows
    s = first_row[2]
    e = s + sum(1 for k, _, _ in ROWS if k == 2) - 1
    for c in (1, 2, 3):
        ws.merge_cells(start_row=s, start_column=c, end_row=e, end_column=c)

    r += 1
    ws.cell(r, 1, "※ 書類の提出は任意です。立入検査の際に保健所へ提出してください。")
    ws.cell(r + 1, 1, "※ 2は事業者ごと又はシステムごとに1行ずつ記入してください（行が不足する場合は追加してください）。")
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1

    tmpd = tempfile.mkdtemp(prefix="insa-")
    tmp = os.path.join(tmpd, NAME + ".xlsx")
    wb.save(tmp)
    outd = os.path.join(tmpd, "out")
    os.makedirs(outd)
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outd, tmp],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(outd, NAME + ".xlsx"), os.path.join(HERE, NAME + ".xlsx"))
    shutil.rmtree(tmpd)


ROW_OF = {}


def expected():
    docs = []
    for kind, mark, rem in ROWS:
        d = {"kind": str(kind), "submission": CANON[mark]}
        if rem:
            d["remarks"] = rem
        docs.append(d)
    return {
        "form": "inspection-documents",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {
            "facilityName": FACILITY,
            "submittedOn": SUBMITTED.isoformat(),
            "documents": docs,
        },
        "planted": [],
        "notes": (
            "Sheet 別紙1. Submission is a ○ in one of three columns D 提出する / E 作成済・提出しない / F 未作成. "
            "Document 2 has three sub-rows (one per vendor/system) with No., name and note merged vertically; "
            "each sub-row is one documents[] entry with kind 2 and the vendor in 備考. BCP (7) not yet made (未作成), "
            "which the list allows ('作成していれば'). 提出日 is an Excel date cell shown as 2024年11月12日. "
            "記入者 and 立入検査実施保健所 are extra header cells, not fields. Re-saved by LibreOffice."
        ),
    }


if __name__ == "__main__":
    build()
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected(), f, ensure_ascii=False, indent=2)
