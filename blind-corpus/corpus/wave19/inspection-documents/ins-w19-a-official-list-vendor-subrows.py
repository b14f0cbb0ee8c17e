#!/usr/bin/python3
"""ins-w19-a: 別紙1 drawn by the prefecture as a print-style list (No. | 書類の名称 | 提出にあたっての注意点 |
提出の有無 | ファイル名 | 備考), header 医療機関名 / 提出日 (Excel date) label-left above the table.
The hospital split document 2 into one row per vendor/system (merged No./name/note cells).
Saved by openpyxl.  No planted problem."""
import datetime as dt
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave19/inspection-documents"
NAME = "ins-w19-a-official-list-vendor-subrows"
SHEET = "別紙1"
FACILITY = "医療法人 緑風会 みどり台病院"
SUBMITTED = dt.date(2024, 10, 28)

NOTE1 = "令和6年度版のチェックリスト様式（令和6年5月13日付け医政参発0513第6号）を使用し、マニュアルを参照して記入すること。"
NOTE2 = "上記と同じ。医療情報システム（電子カルテ、レセコン、医療機器など）の全ての委託事業者に記入・提出を求めること（事業者ごと又はシステムごとに分けること）。"
NOTE3 = "別添のチェックリスト様式を使用し、「サイバー攻撃リスク低減のための最低限の措置」を参照して記入すること。"
NOTE4 = "サーバー、PC、ルータ等の機器を記載した台帳（書式はマニュアル2-(1)参照）。"
NOTE5 = "サイバーセキュリティの連絡体制を記載したもの（書式はマニュアル3-(1)参照）。"
NOTE6 = "作成していれば提出すること（ガイドライン第6.0版 企画管理編4.4、システム運用編2②参照）。"
NOTE7 = "作成していれば提出すること（令和6年6月6日付け事務連絡「BCP策定の確認表」参照）。"

# kind, name, note, [(submission label, canonical, file, remarks)]
DOCS = [
    (1, "チェックリスト（医療機関確認用）", NOTE1,
     [("提出", "SUBMITTED", "01_チェックリスト_医療機関確認用_みどり台病院.xlsx", None)]),
    (2, "チェックリスト（事業者確認用）", NOTE2,
     [("提出", "SUBMITTED", "02-1_事業者確認用_電子カルテ_メディカルシステムズ岡山.xlsx", "電子カルテ（株式会社メディカルシステムズ岡山）"),
      ("提出", "SUBMITTED", "02-2_事業者確認用_医事会計_サンヨー医療情報サービス.pdf", "医事会計システム（有限会社サンヨー医療情報サービス）"),
      ("提出", "SUBMITTED", "02-3_事業者確認用_PACS_西日本画像システム.pdf", "PACS（西日本画像システム株式会社）")]),
    (3, "チェックリスト（最低限の措置編）", NOTE3,
     [("提出", "SUBMITTED", "03_チェックリスト_最低限の措置編.xlsx", None)]),
    (4, "機器管理台帳", NOTE4,
     [("提出", "SUBMITTED", "04_機器管理台帳_R6.10.xlsx", None)]),
    (5, "インシデント発生時の連絡体制図", NOTE5,
     [("提出", "SUBMITTED", "05_インシデント発生時連絡体制図.pdf", None)]),
    (6, "ネットワーク構成図及びシステム全体構成図", NOTE6,
     [("提出", "SUBMITTED", "06_ネットワーク構成図・システム全体構成図.pdf", "電子カルテ事業者作成（令和6年8月版）")]),
    (7, "サイバー攻撃を想定した事業継続計画（BCP）", NOTE7,
     [("未作成", "NOT_CREATED", None, "令和7年3月策定予定")]),
]


def main():
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    grey = PatternFill("solid", fgColor="D9D9D9")

    for col, w in zip("ABCDEFG", (2, 5, 26, 46, 11, 44, 30)):
        ws.column_dimensions[col].width = w

    ws["B1"] = "別紙1"
    ws.merge_cells("B2:G2")
    ws["B2"] = "医療法第25条第1項の規定に基づく立入検査において写しの提供を求めるサイバーセキュリティ対策関連書類一覧"
    ws["B2"].font = Font(size=13, bold=True)
    ws["B2"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[2].height = 36

    ws.merge_cells("B4:C4"); ws["B4"] = "医療機関名"
    ws["D4"] = FACILITY
    ws.merge_cells("B5:C5"); ws["B5"] = "提出日"
    ws["D5"] = SUBMITTED
    ws["D5"].number_format = "yyyy\"年\"m\"月\"d\"日\""
    ws["D5"].alignment = Alignment(horizontal="left")
    for r in (4, 5):
        for c in "BCD":
            ws[f"{c}{r}"].border = box
        ws[f"B{r}"].fill = grey
    ws.merge_cells("B7:G7")
    ws["B7"] = ("※「提出の有無」欄は「提出」「未作成」「提出しない」から選択してください。"
                "チェックリスト（事業者確認用）は事業者ごと（システムごと）に行を追加して記入してください。")
    ws["B7"].font = Font(size=9)
    ws["B7"].alignment = Alignment(wrap_text=True)
    ws.row_dimensions[7].height = 28

    hdr = ["No.", "書類の名称", "提出にあたっての注意点", "提出の有無", "提出ファイル名", "備考"]
    for i, h in enumerate(hdr):
        c = ws.cell(row=9, column=i + 2, value=h)
        c.fill = grey
        c.font = Font(bold=True)
        c.alignment = center
        c.border = box

    dv = DataValidation(type="list", formula1='"提出,未作成,提出しない"', allow_blank=True)
    ws.add_data_validation(dv)

    docs = []
    r = 10
    for kind, name, note, rows in DOCS:
        start = r
        for lab, canon, fn, rem in rows:
            ws[f"E{r}"] = lab
            dv.add(f"E{r}")
            if fn:
                ws[f"F{r}"] = fn
            if rem:
                ws[f"G{r}"] = rem
            for c in "BCDEFG":
                ws[f"{c}{r}"].border = box
                ws[f"{c}{r}"].alignment = center if c in "BE" else wrap
            ws.row_dimensions[r].height = 30 if len(rows) > 1 else 48
            d = {"kind": str(kind), "submission": canon}
            if fn:
                d["fileName"] = fn
            if rem:
                d["remarks"] = rem
            docs.append(d)
            r += 1
        ws[f"B{start}"] = kind
        ws[f"C{start}"] = name
        ws[f"D{start}"] = note
        if r - 1 > start:
            for c in "BCD":
                ws.merge_cells(f"{c}{start}:{c}{r-1}")
        ws[f"B{start}"].alignment = center
        ws[f"C{start}"].alignment = wrap
        ws[f"D{start}"].alignment = wrap
        ws[f"D{start}"].font = Font(size=8)

    ws[f"B{r+1}"] = "（問い合わせ先）岡山県保健医療部医療推進課医事班　TEL 086-226-7403"
    ws[f"B{r+1}"].font = Font(size=9)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.print_area = f"B1:G{r+1}"
    wb.save(os.path.join(OUT, NAME + ".xlsx"))

    exp = {
        "form": "inspection-documents",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "submittedOn": SUBMITTED.isoformat(), "documents": docs},
        "planted": [],
        "notes": ("Document 2 is split into three rows (one per vendor/system); No./書類の名称/注意点 are merged "
                  "vertically over them, so each row is a documents[] entry of kind 2. 提出日 is an Excel date cell "
                  "shown as 2024年10月28日. The 注意点 column is the prefecture's fixed text, not filled in."),
    }
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
