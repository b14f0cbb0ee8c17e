#!/usr/bin/python3
# Generator for ins-w2-c-okayama-transposed-vendors.xlsx
# Role: 医療安全管理室 of a 350-bed hospital in Okayama city (Kita-ku) that keeps the list as a TRANSPOSED
# table (documents across, items down), one column per vendor for the 事業者確認用 checklist (2-①②③),
# ✓ marks in 提出 / 未作成 / 作成済・提出しない rows, 提出日 typed as "R6.10.28" text, and an extra 記入要領 sheet first.
# Saved by openpyxl. No planted problem.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side

NAME = "ins-w2-c-okayama-transposed-vendors"
OUT = os.path.dirname(os.path.abspath(__file__))
SHEET = "書類一覧"
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
HF = PatternFill("solid", fgColor="E2EFDA")
W = Alignment(wrap_text=True, vertical="center", horizontal="center")

facility = "一般財団法人 旭水会 岡山旭川記念病院"
TITLES = {1: "チェックリスト\n（医療機関確認用）", 2: "チェックリスト\n（事業者確認用）", 3: "チェックリスト\n（最低限の措置編）",
          4: "機器管理台帳", 5: "インシデント発生時の\n連絡体制図", 6: "ネットワーク構成図及び\nシステム全体構成図",
          7: "サイバー攻撃を想定した\nBCP"}
cols = [("1", 1), ("2-①", 2), ("2-②", 2), ("2-③", 2), ("3", 3), ("4", 4), ("5", 5), ("6", 6), ("7", 7)]
documents = [
    {"kind": 1, "submission": "SUBMITTED", "fileName": "R6CL_医療機関確認用.pdf"},
    {"kind": 2, "submission": "SUBMITTED", "fileName": "R6CL_事業者_電子カルテ.pdf", "remarks": "株式会社せとうちメディカルシステム（電子カルテ）"},
    {"kind": 2, "submission": "SUBMITTED", "fileName": "R6CL_事業者_医事会計.pdf", "remarks": "吉備情報サービス株式会社（医事会計・レセコン）"},
    {"kind": 2, "submission": "SUBMITTED", "fileName": "R6CL_事業者_PACS.pdf", "remarks": "株式会社イメージング岡山（PACS・放射線部門）"},
    {"kind": 3, "submission": "SUBMITTED", "fileName": "最低限の措置編_1回目.pdf"},
    {"kind": 4, "submission": "SUBMITTED", "fileName": "機器管理台帳_2024年10月版.xlsx"},
    {"kind": 5, "submission": "SUBMITTED", "fileName": "サイバーインシデント連絡体制図.pdf"},
    {"kind": 6, "submission": "NOT_CREATED", "remarks": "ベンダーと作成中（R7年度上期完成予定）"},
    {"kind": 7, "submission": "SUBMITTED", "fileName": "BCP_サイバー攻撃編_第1版.pdf"},
]
ROWMARK = {"SUBMITTED": 8, "NOT_CREATED": 9, "NOT_SUBMITTED": 10}


def main():
    wb = Workbook()
    ws = wb.active; ws.title = "記入要領"
    for i, t in enumerate([
        "記入要領（院内用）", "",
        "・書類一覧シートの各列が1書類。該当する行（提出／未作成／作成済・提出しない）に ✓ を入れる。",
        "・2 事業者確認用チェックリストは委託事業者ごとに1列（2-①、2-②…）。事業者が増えたら列を追加する。",
        "・6、7 は作成していれば提出。1～5 は必ず用意する。",
        "・ファイル名は保健所へ渡すCD-Rに入れたファイル名をそのまま記入。",
        "・提出日は立入検査当日の日付。"]):
        ws.cell(row=1 + i, column=1, value=t)
    ws["A1"].font = Font(bold=True, size=13); ws.column_dimensions["A"].width = 100

    ws = wb.create_sheet(SHEET)
    ws["A1"] = "別紙1　サイバーセキュリティ対策関連書類一覧（立入検査 写し提供分）"; ws["A1"].font = Font(bold=True, size=13)
    ws["A3"] = "医療機関名"; ws["B3"] = facility; ws.merge_cells("B3:E3")
    ws["A4"] = "提出日（立入検査日）"; ws["B4"] = "R6.10.28"
    for ref in ("A3", "A4"):
        ws[ref].fill = HF; ws[ref].border = B
    ws["B4"].border = B
    labels = {6: "書類番号", 7: "書類の名称", 8: "提出", 9: "未作成", 10: "作成済・提出しない", 11: "ファイル名", 12: "備考"}
    for r, t in labels.items():
        c = ws.cell(row=r, column=1, value=t); c.fill = HF; c.border = B; c.font = Font(bold=True)
        c.alignment = Alignment(vertical="center", wrap_text=True)
    for j, ((no, kind), d) in enumerate(zip(cols, documents)):
        col = 2 + j
        ws.cell(row=6, column=col, value=no)
        ws.cell(row=7, column=col, value=TITLES[kind])
        ws.cell(row=ROWMARK[d["submission"]], column=col, value="✓")
        ws.cell(row=11, column=col, value=d.get("fileName"))
        ws.cell(row=12, column=col, value=d.get("remarks"))
        for r in range(6, 13):
            c = ws.cell(row=r, column=col); c.border = B; c.alignment = W
        ws.column_dimensions[ws.cell(row=1, column=col).column_letter].width = 20
    ws.column_dimensions["A"].width = 20
    ws.row_dimensions[7].height = 45; ws.row_dimensions[11].height = 40; ws.row_dimensions[12].height = 60
    wb.save(os.path.join(OUT, NAME + ".xlsx"))

    exp = {"form": "inspection-documents", "version": "R6", "file": NAME + ".xlsx",
           "values": {"facilityName": facility, "submittedOn": "2024-10-28", "documents": documents},
           "planted": [],
           "notes": ("Transposed table on sheet 書類一覧 (columns B-J = documents in order 1, 2-①, 2-②, 2-③, 3, 4, 5, 6, 7; "
                     "so documents[] has 9 entries, kind 2 three times, one per vendor). Status is a ✓ in row 8 (提出), "
                     "9 (未作成) or 10 (作成済・提出しない). 提出日 typed as text 'R6.10.28'. First sheet 記入要領 is instructions only. "
                     "Network/system diagram (6) 未作成 is allowed (submit only if made). Vendor names are in the 備考 row.")}
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
