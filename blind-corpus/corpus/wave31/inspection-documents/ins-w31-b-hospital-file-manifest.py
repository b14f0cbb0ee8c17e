# Generator: ins-w31-b-hospital-file-manifest.xlsx (inspection-documents, R6, 2 planted problems)
# Role: a hospital's システム担当 made his own manifest of the files put on the CD-R for the 保健所:
# one row per file group, vendor checklists split into 2-①/2-②/2-③ rows (the later ones with 〃),
# header label and value in one cell, 提出日 as R6.12.3 text, file names with a line break in one cell,
# a hidden sheet with vendor contacts.
import json, os, sys
try:
    import openpyxl
except ImportError:
    sys.path.insert(0, "/tmp/clvins_py")
    import openpyxl
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ins-w31-b-hospital-file-manifest"
SHEET = "提出書類一覧"

FACILITY = "社会医療法人 清和会 西大寺みなと病院"
SUBMITTED_TEXT = "R6.12.3"
SUBMITTED_ISO = "2024-12-03"

# (番号 shown, 書類名 shown, kind, 提出 cell, canonical, file name, remarks)
ROWS = [
    ("1", "チェックリスト（医療機関確認用）", 1, "○", "SUBMITTED",
     "01_チェックリスト_医療機関確認用.xlsx", "昨年度（令和5年度版）の様式で記入"),
    ("2-①", "チェックリスト（事業者確認用）\n電子カルテ：株式会社せとうちメディカルシステムズ", 2, "○", "SUBMITTED",
     "02-1_事業者確認用_電子カルテ.xlsx", None),
    ("2-②", "〃\n医事会計：ＮＳシステムサービス株式会社", 2, "○", "SUBMITTED",
     "02-2_事業者確認用_医事会計.xlsx", None),
    ("2-③", "〃\nPACS：株式会社岡山画像テック", 2, "未作成", "NOT_CREATED",
     None, "事業者へ依頼済み・未回収"),
    ("3", "チェックリスト（最低限の措置編）", 3, "○", "SUBMITTED",
     "03_チェックリスト_最低限の措置編.xlsx", None),
    ("4", "機器管理台帳", 4, "○", "SUBMITTED",
     "04_機器管理台帳_20241129.xlsx", None),
    ("5", "インシデント発生時の連絡体制図", 5, "○", "SUBMITTED",
     "05_連絡体制図.pdf", "R6.10改訂版"),
    ("6", "ネットワーク構成図・システム全体構成図", 6, "○", "SUBMITTED",
     "06_ネットワーク構成図.pdf\n06_システム全体構成図.pdf", None),
    ("7", "BCP（サイバー攻撃想定）", 7, "未作成", "NOT_CREATED",
     None, "R7年度中に策定予定"),
]

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP = Alignment(vertical="center", wrap_text=True)


def build():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = SHEET
    for k, v in {"A": 7, "B": 40, "C": 9, "D": 38, "E": 30}.items():
        ws.column_dimensions[k].width = v

    ws["A1"] = "立入検査 提出書類チェック表（サイバーセキュリティ対策関係）"
    ws["A1"].font = Font(size=13, bold=True)
    ws["A2"] = f"医療機関名：{FACILITY}"
    ws["A3"] = f"提出日：{SUBMITTED_TEXT}"
    ws["A4"] = "提出先：岡山市保健所（CD-Rにて提出）"

    hdr = 6
    for c, t in enumerate(["番号", "書類名", "提出", "ファイル名", "備考"], 1):
        cell = ws.cell(hdr, c, t)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.border = BOX
        cell.alignment = CENTER

    docs, rows_of = [], []
    r = hdr + 1
    for no, name, kind, mark, canon, fn, rem in ROWS:
        for c, v in enumerate([no, name, mark, fn, rem], 1):
            cell = ws.cell(r, c, v)
            cell.border = BOX
            cell.alignment = CENTER if c in (1, 3) else WRAP
        d = {"kind": str(kind), "submission": canon}
        if fn:
            d["fileName"] = fn
        if rem:
            d["remarks"] = rem
        docs.append(d)
        rows_of.append(r)
        r += 1

    h = wb.create_sheet("事業者連絡先")
    for i, line in enumerate([
        ("システム", "事業者名", "担当", "電話"),
        ("電子カルテ", "株式会社せとうちメディカルシステムズ", "営業部 森", "086-200-1187"),
        ("医事会計", "ＮＳシステムサービス株式会社", "サポート課 西川", "086-244-5320"),
        ("PACS", "株式会社岡山画像テック", "技術部 中島", "086-281-9904"),
    ], 1):
        for c, v in enumerate(line, 1):
            h.cell(i, c, v)
    h.sheet_state = "hidden"

    wb.save(os.path.join(HERE, NAME + ".xlsx"))

    exp = {
        "form": "inspection-documents",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "submittedOn": SUBMITTED_ISO, "documents": docs},
        "planted": [
            {"cells": [f"{SHEET}!E{rows_of[0]}"], "paths": ["documents[0].remarks"],
             "why": "別紙1: チェックリスト（医療機関確認用）は令和6年度版の様式を使用すること、とされているのに令和5年度版の様式で記入"},
            {"cells": [f"{SHEET}!C{rows_of[3]}"], "paths": ["documents[3].submission"],
             "why": "事業者確認用チェックリストはすべての医療情報システムの委託事業者から漏れなく提出を求めること、とされているのに PACS 事業者分が未作成（未回収）"},
        ],
        "notes": ("Header label and value share one cell (「医療機関名：…」, 「提出日：R6.12.3」). 提出 column: ○ = SUBMITTED, "
                  "「未作成」 = NOT_CREATED. Document 2 is split into three rows 2-①/2-②/2-③, one per vendor; rows 2-② and 2-③ "
                  "write 〃 for the document name plus the vendor on a second line. Document 6 lists two file names in one cell "
                  "separated by a line break. 「提出先：岡山市保健所」 (A4) and the hidden sheet 事業者連絡先 are not fields. documents[].kind is given as the string code \"1\"…\"7\" (catalogue numbering)."),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    build()
