#!/usr/bin/python3
# Generator for ins-w2-a-tsuyama-official-list.xlsx
# Role: Okayama prefecture 医療推進課 drew 別紙1 as a fill-in list (the notice's table + 提出状況 drop-down,
# ファイル名, 備考); a 199-bed hospital in Tsuyama filled it in. 提出日 is a real Excel date cell.
# Saved by openpyxl. No planted problem.
import json, os, datetime
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from openpyxl.worksheet.datavalidation import DataValidation

NAME = "ins-w2-a-tsuyama-official-list"
OUT = os.path.dirname(os.path.abspath(__file__))
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
HF = PatternFill("solid", fgColor="D9E1F2"); IN = PatternFill("solid", fgColor="FFFFE0")
W = Alignment(wrap_text=True, vertical="center")

DOCS = [
    ("チェックリスト（医療機関確認用）", "令和6年5月13日付け、医政参発0513第6号により厚生労働省から示されている、令和6年度版のチェックリスト様式を使用すること。記入に当たってはマニュアルを参照。"),
    ("チェックリスト（事業者確認用）", "上記と同じ。医療機関のネットワークを構成するすべての医療情報システムの委託事業者に対し、漏れなく記入・提出を求めること（事業者ごと又はシステムごとにチェックリストを分けること）。"),
    ("チェックリスト（最低限の措置編）", "別添のチェックリスト様式を使用すること（令和6年8月1日付け事務連絡の別添「サイバー攻撃リスク低減のための最低限の措置」を参照）。"),
    ("機器管理台帳", "情報機器（サーバーやPC）、ルータ等の機器等を記載した台帳。書式はマニュアル2-(1)を参照。"),
    ("インシデント発生時の連絡体制図", "サイバーセキュリティの連絡体制を記載したもの。書式はマニュアル3-(1)を参照。"),
    ("ネットワーク構成図及びシステム全体構成図", "作成していれば提出してください。"),
    ("サイバー攻撃を想定した事業継続計画（BCP）", "作成していれば提出してください。"),
]
STATUS_W = {"SUBMITTED": "提出する", "NOT_CREATED": "未作成", "NOT_SUBMITTED": "作成済・提出しない"}
facility = "医療法人 清風会 津山みどり病院"
submitted_on = datetime.date(2024, 11, 14)
documents = [
    {"kind": 1, "submission": "SUBMITTED", "fileName": "01_チェックリスト（医療機関確認用）R6.xlsx", "remarks": "1回目確認日 令和6年9月30日"},
    {"kind": 2, "submission": "SUBMITTED", "fileName": "02_チェックリスト（事業者確認用）3社.zip", "remarks": "電子カルテ・医事会計・PACSの3事業者分（事業者ごとに別ファイル）"},
    {"kind": 3, "submission": "SUBMITTED", "fileName": "03_最低限の措置編.pdf"},
    {"kind": 4, "submission": "SUBMITTED", "fileName": "04_機器管理台帳_20241101.xlsx"},
    {"kind": 5, "submission": "SUBMITTED", "fileName": "05_インシデント連絡体制図.pdf"},
    {"kind": 6, "submission": "SUBMITTED", "fileName": "06_ネットワーク構成図.pdf", "remarks": "システム全体構成図を含む"},
    {"kind": 7, "submission": "NOT_CREATED", "remarks": "令和7年3月策定予定"},
]


def main():
    wb = Workbook(); ws = wb.active; ws.title = "別紙1"
    ws["A1"] = "別紙1"
    ws["A2"] = "医療法第25条第1項の規定に基づく立入検査において写しの提供を求めるサイバーセキュリティ対策関連書類一覧"
    ws["A2"].font = Font(bold=True, size=13)
    ws["A4"] = "医療機関名"; ws["A4"].fill = HF; ws["A4"].border = B
    ws.merge_cells("B4:C4"); ws["B4"] = facility; ws["B4"].fill = IN
    ws["A5"] = "提出日"; ws["A5"].fill = HF; ws["A5"].border = B
    ws["B5"] = submitted_on; ws["B5"].number_format = "yyyy/m/d"; ws["B5"].fill = IN
    for ref in ("B4", "C4", "B5"):
        ws[ref].border = B
    ws["E4"] = "※提出状況は「提出する／未作成／作成済・提出しない」から選択"
    ws["E5"] = "※立入検査の際に保健所へ写しを提出してください（提出は任意）"
    heads = ["No.", "書類の名称", "提出にあたっての注意点", "提出状況", "ファイル名", "備考"]
    for i, h in enumerate(heads):
        c = ws.cell(row=7, column=1 + i, value=h); c.fill = HF; c.border = B; c.alignment = Alignment(horizontal="center", vertical="center")
    for n, (title, note) in enumerate(DOCS):
        r = 8 + n; d = documents[n]
        vals = [n + 1, title, note, STATUS_W[d["submission"]], d.get("fileName"), d.get("remarks")]
        for i, v in enumerate(vals):
            c = ws.cell(row=r, column=1 + i, value=v); c.border = B; c.alignment = W
        ws.row_dimensions[r].height = 54
        for col in "DEF":
            ws[f"{col}{r}"].fill = IN
    dv = DataValidation(type="list", formula1='"提出する,未作成,作成済・提出しない"', allow_blank=True)
    ws.add_data_validation(dv); dv.add("D8:D14")
    for col, w in zip("ABCDEF", [10, 30, 60, 16, 40, 40]):
        ws.column_dimensions[col].width = w
    ws["A16"] = "※6、7は作成している場合のみ提出。2は委託事業者ごと（又はシステムごと）に分けて提出。"
    wb.save(os.path.join(OUT, NAME + ".xlsx"))

    exp = {"form": "inspection-documents", "version": "R6", "file": NAME + ".xlsx",
           "values": {"facilityName": facility, "submittedOn": submitted_on.isoformat(), "documents": documents},
           "planted": [],
           "notes": ("Prefecture-style 別紙1 list, one row per document 1-7, 提出状況 written 提出する/未作成/作成済・提出しない "
                     "(drop-down). 提出日 is an Excel date cell (B5). The 注意点 column is the notice's text, not hospital input. "
                     "Document 2 is one row whose file is a zip of the 3 vendors' separate checklists (remarks say so). "
                     "BCP (7) 未作成 is allowed (提出 only if made).")}
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
