#!/usr/bin/python3
# Generator for ins-w2-b-soja-cover-sheet-marks.xlsx
# Role: 総務課 clerk of a 98-bed hospital in Soja city (Okayama) who made a cover sheet ("提出書類チェック表") to
# clip on top of the copies handed to the 保健所: title block and notes above, "label：value" cells,
# 提出日 as 和暦 text, three option columns (提出 / 未作成 / 作成済・提出しない) with ○ marks, no file names.
# Built with openpyxl and re-saved by LibreOffice.
# Planted problems (2): 機器管理台帳 marked 未作成 (a required document, not an "if made" one);
# the 事業者確認用 checklist row says all vendors were put on ONE checklist (the notice requires one per vendor/system).
import json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

NAME = "ins-w2-b-soja-cover-sheet-marks"
OUT = os.path.dirname(os.path.abspath(__file__))
SHEET = "提出書類チェック表"
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
G = PatternFill("solid", fgColor="EFEFEF")

facility = "医療法人 吉備の里会 そうじゃ吉備病院"
documents = [
    {"kind": 1, "submission": "SUBMITTED", "remarks": "令和6年度版様式"},
    {"kind": 2, "submission": "SUBMITTED", "remarks": "電子カルテ（A社）・医事（B社）・臨床検査（C社）の3社分を1枚のチェックリストにまとめて記入"},
    {"kind": 3, "submission": "SUBMITTED"},
    {"kind": 4, "submission": "NOT_CREATED", "remarks": "現在作成中"},
    {"kind": 5, "submission": "SUBMITTED"},
    {"kind": 6, "submission": "SUBMITTED", "remarks": "ネットワーク構成図のみ"},
    {"kind": 7, "submission": "SUBMITTED"},
]
TITLES = ["チェックリスト（医療機関確認用）", "チェックリスト（事業者確認用）", "チェックリスト（最低限の措置編）",
          "機器管理台帳", "インシデント発生時の連絡体制図", "ネットワーク構成図及びシステム全体構成図",
          "サイバー攻撃を想定した事業継続計画（BCP）"]
COL = {"SUBMITTED": 4, "NOT_CREATED": 5, "NOT_SUBMITTED": 6}


def main():
    wb = Workbook(); ws = wb.active; ws.title = SHEET
    ws["B1"] = "令和6年度 医療機関立入検査（サイバーセキュリティ対策関係）"
    ws["B2"] = "サイバーセキュリティ対策関連書類 提出書類チェック表（別紙1）"; ws["B2"].font = Font(bold=True, size=14)
    ws["B3"] = "備中保健所 御中"
    ws["B5"] = "医療機関名：" + facility
    ws["B6"] = "提出日：令和6年12月3日"
    ws["B7"] = "担当：総務課 山本（0866-92-0415）"
    ws["B9"] = "（該当する欄に○）"
    heads = ["番号", "書類名", "提出", "未作成", "作成済・提出しない", "備考"]
    for i, h in enumerate(heads):
        c = ws.cell(row=10, column=2 + i, value=h); c.border = B; c.fill = G
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for n, d in enumerate(documents):
        r = 11 + n
        ws.cell(row=r, column=2, value=f"{n+1}.")
        ws.cell(row=r, column=3, value=TITLES[n])
        ws.cell(row=r, column=COL[d["submission"]], value="○")
        ws.cell(row=r, column=7, value=d.get("remarks"))
        for col in range(2, 8):
            c = ws.cell(row=r, column=col); c.border = B
            c.alignment = Alignment(horizontal="center" if col in (2, 4, 5, 6) else "left", vertical="center", wrap_text=True)
        ws.row_dimensions[r].height = 32
    for col, w in zip("ABCDEFG", [2, 6, 38, 7, 7, 12, 46]):
        ws.column_dimensions[col].width = w
    ws["B19"] = "※チェックリストの記入に当たってはマニュアルを参照。6・7は作成していれば提出。"
    tmp = tempfile.mkdtemp(); src = os.path.join(tmp, NAME + ".xlsx"); wb.save(src)
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.rmtree(tmp)

    exp = {"form": "inspection-documents", "version": "R6", "file": NAME + ".xlsx",
           "values": {"facilityName": facility, "submittedOn": "2024-12-03", "documents": documents},
           "planted": [
               {"cells": [f"{SHEET}!E14"], "paths": ["documents[3].submission"],
                "why": "機器管理台帳 (document 4) is marked 未作成; it is one of the required documents 1-5 (only 6 and 7 are 'submit if made')"},
               {"cells": [f"{SHEET}!G12"], "paths": ["documents[1].remarks"],
                "why": "事業者確認用 checklists must be split per vendor or per system (事業者ごと又はシステムごとにチェックリストを分けること); the remark says the 3 vendors were put on one checklist"},
           ],
           "notes": ("Cover sheet, LibreOffice re-saved. 医療機関名 and 提出日 are 'label：value' in one cell (B5, B6); "
                     "提出日 written 令和6年12月3日. Status is a ○ in one of three columns 提出(D)/未作成(E)/作成済・提出しない(F). "
                     "No file-name column. B7 (担当) and B3 (宛先 保健所) are not form fields.")}
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
