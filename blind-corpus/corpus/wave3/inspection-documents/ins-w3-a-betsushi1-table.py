#!/usr/bin/python3
# Generator for ins-w3-a-betsushi1-table.xlsx
# Role: 岡山県医療推進課 drew 別紙1 as a bordered table (No. | 書類の名称 | 提出にあたっての注意点 | 提出の有無 |
# 提出ファイル名 | 備考) with a header block; a hospital's 医事課 filled it, splitting No.2 into one row per vendor
# (2-① 2-② 2-③). 提出日 in 和暦 text. Re-saved by LibreOffice. Filled completely and correctly: no planted problem.
import json, os, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ins-w3-a-betsushi1-table"
TMP = tempfile.mkdtemp(); RAW = os.path.join(TMP, NAME + ".xlsx")
thin = Side(style="thin"); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="D9D9D9")
WRAP = Alignment(wrap_text=True, vertical="top")
SUBMIT_WORD = {"SUBMITTED": "提出する", "NOT_CREATED": "未作成", "NOT_SUBMITTED": "作成済・提出しない"}

facility = "医療法人 吉井会 吉井川記念病院"
submitted_on = "2024-11-20"
NOTES = {
    1: "令和6年5月13日付け、医政参発0513第6号により厚生労働省から示されている、令和6年度版のチェックリスト様式を使用すること。記入に当たってはマニュアルを参照してください。",
    2: "上記と同じ。医療機関のネットワークを構成するすべての医療情報システムの委託事業者に対し、漏れなく記入・提出を求めてください（事業者ごと又はシステムごとにチェックリストを分けること）。",
    3: "別添のチェックリスト様式を使用すること（令和6年8月1日付け事務連絡「サイバー攻撃リスク低減のための最低限の措置」参照）。",
    4: "情報機器（サーバーやPC）、ルータ等を記載した台帳を提出してください。書式はマニュアル2-(1)を参照。",
    5: "サイバーセキュリティの連絡体制を記載したものを提出してください。書式はマニュアル3-(1)を参照。",
    6: "作成していれば提出してください（ガイドライン第6.0版 企画管理編4.4、システム運用編2②参照）。",
    7: "作成していれば提出してください（令和6年6月6日付け事務連絡「サイバー攻撃を想定した事業継続計画（BCP）策定の確認表」参照）。",
}
docs = [
    ("1", "チェックリスト（医療機関確認用）", 1,
     dict(kind="1", submission="SUBMITTED", fileName="01_チェックリスト_医療機関確認用_R6.xlsx")),
    ("2-①", "チェックリスト（事業者確認用）\n電子カルテ：株式会社メディネクスト", 2,
     dict(kind="2", submission="SUBMITTED", fileName="02-1_チェックリスト_事業者確認用_メディネクスト.pdf",
          remarks="電子カルテ・オーダリング")),
    ("2-②", "チェックリスト（事業者確認用）\n医事会計：山陽システムサービス株式会社", 2,
     dict(kind="2", submission="SUBMITTED", fileName="02-2_チェックリスト_事業者確認用_山陽システムサービス.pdf",
          remarks="医事会計・レセプト")),
    ("2-③", "チェックリスト（事業者確認用）\nPACS：株式会社ラジオビュー", 2,
     dict(kind="2", submission="SUBMITTED", fileName="02-3_チェックリスト_事業者確認用_ラジオビュー.pdf",
          remarks="PACS・放射線部門システム")),
    ("3", "チェックリスト（最低限の措置編）", 3,
     dict(kind="3", submission="SUBMITTED", fileName="03_チェックリスト_最低限の措置編.pdf")),
    ("4", "機器管理台帳", 4, dict(kind="4", submission="SUBMITTED", fileName="04_機器管理台帳_2024年10月末.xlsx")),
    ("5", "インシデント発生時の連絡体制図", 5, dict(kind="5", submission="SUBMITTED", fileName="05_連絡体制図.pdf")),
    ("6", "ネットワーク構成図及びシステム全体構成図", 6,
     dict(kind="6", submission="SUBMITTED", fileName="06_ネットワーク構成図_システム全体構成図.pdf")),
    ("7", "サイバー攻撃を想定した事業継続計画（BCP）", 7,
     dict(kind="7", submission="NOT_CREATED", remarks="令和7年度中に策定予定")),
]

wb = Workbook(); ws = wb.active; ws.title = "別紙1"
for col, w in zip("ABCDEF", [7, 34, 60, 14, 44, 26]):
    ws.column_dimensions[col].width = w
ws["F1"] = "別紙1"; ws["F1"].alignment = Alignment(horizontal="right")
ws["A2"] = "医療法第25条第1項の規定に基づく立入検査において写しの提供を求めるサイバーセキュリティ対策関連書類一覧"
ws.merge_cells("A2:F2"); ws["A2"].font = Font(bold=True, size=13); ws["A2"].alignment = Alignment(horizontal="center")
ws["A4"] = "医療機関名"; ws.merge_cells("A4:B4"); ws["C4"] = facility
ws["A5"] = "提出日"; ws.merge_cells("A5:B5"); ws["C5"] = "令和6年11月20日"
ws["A6"] = "所管保健所"; ws.merge_cells("A6:B6"); ws["C6"] = "備前保健所"
for rr in (4, 5, 6):
    for col in (1, 2, 3):
        ws.cell(rr, col).border = BOX
    ws.cell(rr, 1).fill = HEAD
ws["D4"] = "※「提出の有無」欄は「提出する」「未作成」「作成済・提出しない」から選択してください。"
ws.merge_cells("D4:F5"); ws["D4"].alignment = WRAP
heads = ["No.", "書類の名称", "提出にあたっての注意点", "提出の有無", "提出ファイル名", "備考"]
for i, h in enumerate(heads):
    c = ws.cell(8, 1 + i, h); c.fill = HEAD; c.border = BOX; c.font = Font(bold=True)
    c.alignment = Alignment(horizontal="center", vertical="center")
r = 9
first_of = {}
for no, title, kind, d in docs:
    ws.cell(r, 1, no).alignment = Alignment(horizontal="center", vertical="top")
    ws.cell(r, 2, title).alignment = WRAP
    if kind not in first_of:
        ws.cell(r, 3, NOTES[kind]).alignment = WRAP
        first_of[kind] = r
    ws.cell(r, 4, SUBMIT_WORD[d["submission"]]).alignment = Alignment(horizontal="center", vertical="top")
    if d.get("fileName"):
        ws.cell(r, 5, d["fileName"]).alignment = WRAP
    if d.get("remarks"):
        ws.cell(r, 6, d["remarks"]).alignment = WRAP
    for col in range(1, 7):
        ws.cell(r, col).border = BOX
    ws.row_dimensions[r].height = 62
    r += 1
ws.merge_cells(start_row=first_of[2], start_column=3, end_row=first_of[2] + 2, end_column=3)
dv = DataValidation(type="list", formula1='"提出する,未作成,作成済・提出しない"', allow_blank=True)
ws.add_data_validation(dv); dv.add(f"D9:D{r - 1}")
ws.cell(r + 1, 1, "※ 6及び7は作成している場合のみ提出してください。事業者確認用チェックリストは事業者ごと又はシステムごとに行を分けて記入してください。")
ws.print_area = f"A1:F{r + 1}"; ws.page_setup.orientation = "landscape"
wb.save(RAW)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", HERE, RAW], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

expected = {
    "form": "inspection-documents", "version": "R6", "file": NAME + ".xlsx",
    "values": {"facilityName": facility, "submittedOn": submitted_on, "documents": [d for _, _, _, d in docs]},
    "planted": [],
    "notes": ("提出日 is the text 「令和6年11月20日」. Document 2 (事業者確認用) is split into three rows 2-①/2-②/2-③, one per "
              "vendor, each kind \"2\"; the vendor/system name is part of the 書類の名称 cell (line break). The 注意点 "
              "column text of No.2 is one merged cell spanning the three rows. 7 (BCP) is 未作成 (allowed: submit only if "
              "made). 所管保健所 has no key. Re-saved by LibreOffice."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok")
