#!/usr/bin/env python3
"""ins-w32-a: 別紙1 サイバーセキュリティ対策関連書類一覧 drawn as the prefecture's list
(No | 書類の名称 | 提出にあたっての注意点 | 提出の有無 | ファイル名 | 備考) with a dropdown,
label-left header, date cell, and a COUNTIF total saved by openpyxl (no cached value).
Run: PYTHONPATH=/tmp/w32_clv_ins_lib /usr/bin/python3 THIS.py"""
import datetime as dt
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ins-w32-a-prefecture-list-with-dropdown"
SHEET = "別紙1"
FACILITY = "医療法人 清風会 吉備中央記念病院"
SUBMITTED_ON = dt.date(2024, 11, 20)

NOTE_CL = ("令和6年5月13日付け、医政参発0513第6号により厚生労働省から示されている、令和6年度版のチェックリスト様式を"
           "使用し、「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル～医療機関・事業者向け～」を参照して記入。")
DOCS = [
    ("1", "チェックリスト（医療機関確認用）", NOTE_CL, "提出する",
     "01_チェックリスト（医療機関確認用）_R6.xlsx", None),
    ("2", "チェックリスト（事業者確認用）",
     "上記と同じ。医療情報システムの委託事業者に対し漏れなく記入・提出を求めること（事業者ごと又はシステムごとに分ける）。",
     "提出する",
     "02_事業者確認用_山陽メディカルシステムズ.xlsx\n02_事業者確認用_備中ネットワークサービス.xlsx\n02_事業者確認用_PACS（吉備メディカルイメージング）.pdf",
     "3社分（電子カルテ、院内ネットワーク、PACS）"),
    ("3", "チェックリスト（最低限の措置編）",
     "別添のチェックリスト様式を使用。「サイバー攻撃リスク低減のための最低限の措置」を参照。",
     "提出する", "03_最低限の措置編.xlsx", None),
    ("4", "機器管理台帳",
     "情報機器（サーバーやPC）、ルータ等の機器を記載した台帳。書式はマニュアル2-(1)を参照。",
     "提出する", "04_機器管理台帳_2024.11.xlsx", "サーバ12台・端末PC148台・NW機器23台"),
    ("5", "インシデント発生時の連絡体制図",
     "サイバーセキュリティの連絡体制を記載したもの。書式はマニュアル3-(1)を参照。",
     "提出する", "05_連絡体制図.pdf", None),
    ("6", "ネットワーク構成図及びシステム全体構成図",
     "作成していれば提出。ガイドライン第6.0版 企画管理編4.4、システム運用編2②を参照。",
     "提出する", "06_ネットワーク構成図.pdf\n06_システム全体構成図.pdf", None),
    ("7", "サイバー攻撃を想定した事業継続計画（BCP）",
     "作成していれば提出。「サイバー攻撃を想定した事業継続計画（BCP）策定の確認表」を参照。",
     "未作成", None, "令和7年3月策定予定"),
]

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
fill = PatternFill("solid", fgColor="FFF2CC")

wb = Workbook()
ws = wb.active
ws.title = SHEET
for col, w in zip("ABCDEF", [5, 30, 48, 12, 44, 26]):
    ws.column_dimensions[col].width = w
ws["F1"] = "（別紙1）"
ws["F1"].alignment = Alignment(horizontal="right")
ws["A2"] = "医療法第25条第1項の規定に基づく立入検査において写しの提供を求める\nサイバーセキュリティ対策関連書類一覧"
ws.merge_cells("A2:F2")
ws["A2"].font = Font(bold=True, size=13)
ws["A2"].alignment = center
ws.row_dimensions[2].height = 36

ws["A4"] = "医療機関名"
ws.merge_cells("A4:B4")
ws["C4"] = FACILITY
ws["A5"] = "提出日"
ws.merge_cells("A5:B5")
ws["C5"] = SUBMITTED_ON
ws["C5"].number_format = "yyyy/m/d"
ws["C5"].alignment = Alignment(horizontal="left")
for r in (4, 5):
    for c in (1, 2, 3):
        ws.cell(r, c).border = box
    ws.cell(r, 1).alignment = center
    ws.cell(r, 1).fill = fill

hdr = ["No.", "書類の名称", "提出にあたっての注意点", "提出の有無", "ファイル名", "備考"]
H = 7
for c, t in enumerate(hdr, 1):
    cell = ws.cell(H, c, t)
    cell.border = box
    cell.alignment = center
    cell.font = Font(bold=True)
    cell.fill = fill

dv = DataValidation(type="list", formula1='"提出する,未作成,作成済・提出しない"', allow_blank=True)
ws.add_data_validation(dv)
r = H + 1
first = r
for no, name, note, status, fname, rem in DOCS:
    vals = [int(no), name, note, status, fname, rem]
    for c, v in enumerate(vals, 1):
        if v is not None:
            ws.cell(r, c, v)
        ws.cell(r, c).border = box
        ws.cell(r, c).alignment = center if c in (1, 4) else wrap
    ws.cell(r, 3).font = Font(size=8)
    dv.add(ws.cell(r, 4))
    ws.row_dimensions[r].height = 48
    r += 1
last = r - 1
ws.cell(r, 3, "提出書類数").alignment = Alignment(horizontal="right")
ws.cell(r, 4, f'=COUNTIF(D{first}:D{last},"提出する")')
ws.cell(r, 4).alignment = center
ws.cell(r + 2, 1, "※ 提出の有無欄は「提出する」「未作成」「作成済・提出しない」から選択してください。"
                  "6・7は作成している場合に提出してください。")
ws.cell(r + 3, 1, "※ 書類は立入検査の際に保健所へ提出してください（倉敷市内の医療機関を除く）。")
for rr in (r + 2, r + 3):
    ws.cell(rr, 1).font = Font(size=9)
ws.page_setup.orientation = "landscape"
ws.page_setup.fitToWidth = 1

wb.save(os.path.join(HERE, NAME + ".xlsx"))

docs = []
for no, name, note, status, fname, rem in DOCS:
    d = {"kind": no, "submission": {"提出する": "SUBMITTED", "未作成": "NOT_CREATED"}[status]}
    if fname:
        d["fileName"] = fname
    if rem:
        d["remarks"] = rem
    docs.append(d)
exp = {
    "form": "inspection-documents",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FACILITY, "submittedOn": SUBMITTED_ON.isoformat(), "documents": docs},
    "planted": [],
    "notes": ("Column C (提出にあたっての注意点) is pre-printed guidance, not an entered value. No. is a number cell. "
              "提出日 is an Excel date cell. D15 holds =COUNTIF(...) saved by openpyxl without a cached value "
              "(computed, not a field). Document 2 lists three vendor-checklist files in one cell separated by line "
              "breaks; document 7 (BCP, optional) is 未作成."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("rows", first, last)
