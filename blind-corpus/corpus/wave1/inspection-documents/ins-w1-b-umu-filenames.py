#!/usr/bin/python3
"""ins-w1-b: hospital's own submission list: 医療機関名：… and 提出日：… each in one cell (提出日 as 和暦 text),
columns No. | 書類名 | 作成 (有/無) | 提出 (有/無) | ファイル名 | 備考; the vendor checklist (doc 2) on three rows,
one per vendor, No. written only on the first; a line break inside a file-name cell. No planted problem."""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

NAME = "ins-w1-b-umu-filenames"
HERE = os.path.dirname(os.path.abspath(__file__))
FACILITY = "社会医療法人 吉備の里 吉備中央記念病院"
ROWS = [  # (No shown, 書類名 shown, kind, 作成, 提出, fileName, remarks, submission)
 ("1", "チェックリスト（医療機関確認用）", "1", "有", "有", "01_checklist_iryokikan_R6.xlsx", None, "SUBMITTED"),
 ("2", "チェックリスト（事業者確認用）", "2", "有", "有", "02-1_checklist_jigyosha_電子カルテ.xlsx", "吉備メディカルシステムズ（電子カルテ）", "SUBMITTED"),
 ("",  "〃", "2", "有", "有", "02-2_checklist_jigyosha_レセコン.xlsx", "山陽情報サービス（レセコン）", "SUBMITTED"),
 ("",  "〃", "2", "有", "有", "02-3_checklist_jigyosha_PACS.pdf", "ミナトヘルスケア（PACS・検査機器）", "SUBMITTED"),
 ("3", "チェックリスト（最低限の措置編）", "3", "有", "有", "03_checklist_saiteigen.xlsx", None, "SUBMITTED"),
 ("4", "機器管理台帳", "4", "有", "有", "04_kiki_daicho.xlsx", None, "SUBMITTED"),
 ("5", "インシデント発生時の連絡体制図", "5", "有", "有", "05_renraku_taiseizu.pdf", None, "SUBMITTED"),
 ("6", "ネットワーク構成図及びシステム全体構成図", "6", "有", "有", "06-1_network_kouseizu.pdf\n06-2_system_zentai.pdf", None, "SUBMITTED"),
 ("7", "サイバー攻撃を想定した事業継続計画（BCP）", "7", "無", "無", None, "今年度中に策定予定", "NOT_CREATED"),
]
thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
wb = Workbook(); ws = wb.active; ws.title = "提出書類一覧"
for k, v in {"A": 5, "B": 40, "C": 7, "D": 7, "E": 42, "F": 34}.items(): ws.column_dimensions[k].width = v
ws["A1"] = "サイバーセキュリティ対策関連書類一覧（別紙1）　提出書類チェック表"; ws["A1"].font = Font(bold=True, size=13)
ws["A3"] = "医療機関名：" + FACILITY
ws["A4"] = "提出日：令和6年11月12日"
ws["E4"] = "作成者：医事課 情報係"
h = 6
for c, t in enumerate(["No.", "書類名", "作成", "提出", "ファイル名", "備考"], 1):
    x = ws.cell(h, c, t); x.border = box; x.font = Font(bold=True)
    x.alignment = Alignment(horizontal="center"); x.fill = PatternFill("solid", fgColor="E2EFDA")
docs = []
for i, (no, nm, kind, made, sub, fn, rem, canon) in enumerate(ROWS):
    r = h + 1 + i
    for c, v in enumerate([no or None, nm, made, sub, fn, rem], 1):
        if v: ws.cell(r, c, v)
        ws.cell(r, c).border = box
        ws.cell(r, c).alignment = Alignment(wrap_text=True, vertical="center", horizontal="center" if c in (1, 3, 4) else None)
    if fn and "\n" in fn: ws.row_dimensions[r].height = 32
    d = {"kind": kind, "submission": canon}
    if fn: d["fileName"] = fn
    if rem: d["remarks"] = rem
    docs.append(d)
ws.cell(h + len(ROWS) + 2, 1, "※作成・提出欄は「有」「無」で記入").font = Font(size=9)
wb.save(os.path.join(HERE, NAME + ".xlsx"))
exp = {"form": "inspection-documents", "version": "R6", "file": NAME + ".xlsx",
       "values": {"facilityName": FACILITY, "submittedOn": "2024-11-12", "documents": docs},
       "planted": [],
       "notes": "作成 有 + 提出 有 = SUBMITTED; 作成 無 (+ 提出 無) = NOT_CREATED. Document 2 occupies three rows (one per vendor, "
                "as the seed asks: 事業者ごと又はシステムごとに分ける); rows 2 and 3 of it show 〃 as 書類名 and no No. — each row is one "
                "documents[] entry with kind '2'; the vendor name is in 備考. Doc 6 file-name cell holds two names separated by a line break. "
                "提出日 is 和暦 text in the '提出日：…' cell. E4 作成者 is not a form field. No planted problem."}
json.dump(exp, open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print("ok", NAME)
