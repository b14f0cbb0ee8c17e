#!/usr/bin/python3
"""clv-w19-b: vendor checklist redrawn by a small vendor: header labels above values, a flat table with the
区分 repeated on every row, answer and date in separate columns (はい/いいえ from a drop-down, dates mostly
Excel date cells, 目標日 typed as R6.m.d text), a COUNTIF total with no cached value, and a 記入要領 sheet.
Saved by openpyxl only.  Planted: いいえ without 目標日; 2回目 date before the 1回目 date."""
import datetime as dt
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave19/checklist-vendor"
NAME = "clv-w19-b-label-above-split-columns"
SHEET = "チェックリスト"

VENDOR = "有限会社サンヨー医療情報サービス"
SYSTEM = "医事会計システム（レセプトコンピュータ）"
HOSPITAL = "社会医療法人 清和会 東川病院"

S1 = "体制構築"
S2 = "医療情報システムの管理・運用"
S3 = "インシデント発生に備えた対応"
D = dt.date
F1 = D(2024, 8, 5)
# (section, itemNo, item, firstAns, firstDate, targetDate(text R6.m.d or None), secondAns, secondDate, remarks)
ITEMS = [
    (S1, "1-(1)", "事業者内に、医療情報システム等の提供に係る管理責任者を設置している", "はい", F1, None, None, None, "代表取締役が兼任"),
    (S2, "2-(1)", "医療機関に提供しているサーバ、端末PC、ネットワーク機器の台帳管理を行っている", "はい", F1, None, None, None, None),
    (S2, "2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した", "いいえ", F1, "R6.9.30", "はい", D(2024, 9, 20), "9/20 医療機関へ報告済み"),
    (S2, "2-(3)", "医療機関に製造業者／サービス事業者による医療情報セキュリティ開示書（MDS／SDS）を提出した", "はい", F1, None, None, None, "SDS提出済"),
    ("サーバ", None, "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", "はい", F1, None, None, None, None),
    ("サーバ", None, "退職者や使用していないアカウント等、不要なアカウントを削除している", "はい", F1, None, None, None, None),
    ("サーバ", None, "アクセスログを管理している", "はい", F1, None, None, None, None),
    ("サーバ", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "はい", F1, None, None, None, None),
    ("サーバ", None, "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", "はい", F1, None, None, None, None),
    ("端末PC", None, "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", "はい", F1, None, None, None, None),
    ("端末PC", None, "退職者や使用していないアカウント等、不要なアカウントを削除している", "いいえ", F1, None, None, None, "退職者アカウントを棚卸し中"),  # planted: no 目標日
    ("端末PC", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "はい", F1, None, None, None, None),
    ("端末PC", None, "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", "はい", F1, None, None, None, None),
    ("ネットワーク機器", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "いいえ", F1, "R6.9.30", "はい", D(2024, 7, 29), "ルータのファームウェア更新"),  # planted: 2nd < 1st
    ("ネットワーク機器", None, "接続元制限を実施している", "はい", F1, None, None, None, None),
    (S3, "3-(1)", "インシデント発生時における事業者内と外部関係機関（医療機関、厚生労働省、警察等）への連絡体制図がある", "はい", F1, None, None, None, None),
    (S3, "3-(2)", "医療機関と協力し、インシデント発生時に診療を継続するために必要なデータやシステムのバックアップの実施と復旧手順を確認している", "はい", F1, None, None, None, None),
]


def r6(text):
    y, m, d = (int(x) for x in text[1:].split("."))
    return f"{2018 + y:04d}-{m:02d}-{d:02d}"


def main():
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    head_fill = PatternFill("solid", fgColor="DDEBF7")

    for col, w in zip("ABCDEFGHI", (7, 16, 50, 8, 12, 12, 8, 12, 28)):
        ws.column_dimensions[col].width = w

    ws["A1"] = "【事業者確認用】医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度版）"
    ws["A1"].font = Font(size=13, bold=True)

    # header: labels above values
    for col, lab, val in (("A", "事業者名", VENDOR), ("C", "対象システム", SYSTEM),
                          ("E", "提出先医療機関名", HOSPITAL), ("H", "記入者", "システム課 森下")):
        ws[f"{col}3"] = lab
        ws[f"{col}3"].font = Font(bold=True, size=9)
        ws[f"{col}4"] = val
    ws.merge_cells("A3:B3"); ws.merge_cells("A4:B4")
    ws.merge_cells("E3:G3"); ws.merge_cells("E4:G4")
    ws.merge_cells("H3:I3"); ws.merge_cells("H4:I4")
    for r in (3, 4):
        for c in "ABCDEFGHI":
            ws[f"{c}{r}"].border = box

    hdr = ["項番", "区分", "チェック項目", "1回目\n回答", "1回目\n確認日", "目標日\n(いいえの場合)", "2回目\n回答", "2回目\n確認日", "備考"]
    for i, h in enumerate(hdr):
        c = ws.cell(row=6, column=i + 1, value=h)
        c.fill = head_fill
        c.font = Font(bold=True)
        c.alignment = center
        c.border = box
    ws.row_dimensions[6].height = 30

    dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
    ws.add_data_validation(dv)

    entries = []
    rowmap = []
    r = 7
    for sec, no, item, fa, fd, td, sa, sd, rem in ITEMS:
        ws[f"A{r}"] = no
        ws[f"B{r}"] = sec
        ws[f"C{r}"] = item
        ws[f"D{r}"] = fa
        ws[f"E{r}"] = fd
        ws[f"E{r}"].number_format = "yyyy/m/d"
        if td:
            ws[f"F{r}"] = td
        if sa:
            ws[f"G{r}"] = sa
        if sd:
            ws[f"H{r}"] = sd
            ws[f"H{r}"].number_format = "yyyy/m/d"
        if rem:
            ws[f"I{r}"] = rem
        for c in "ABCDEFGHI":
            ws[f"{c}{r}"].border = box
            ws[f"{c}{r}"].alignment = center if c in "ADEFGH" else wrap
        dv.add(f"D{r}")
        dv.add(f"G{r}")
        e = {"section": sec, "item": item}
        if no:
            e["itemNo"] = no
        e["firstAnswer"] = fa
        e["firstDate"] = fd.isoformat()
        if td:
            e["targetDate"] = r6(td)
        if sa:
            e["secondAnswer"] = sa
        if sd:
            e["secondDate"] = sd.isoformat()
        if rem:
            e["remarks"] = rem
        entries.append(e)
        rowmap.append(r)
        r += 1
    last = r - 1
    ws[f"C{r+1}"] = "1回目「いいえ」件数"
    ws[f"C{r+1}"].alignment = Alignment(horizontal="right")
    ws[f"D{r+1}"] = f'=COUNTIF(D7:D{last},"いいえ")'
    ws[f"C{r+2}"] = "2回目「はい」件数"
    ws[f"C{r+2}"].alignment = Alignment(horizontal="right")
    ws[f"D{r+2}"] = f'=COUNTIF(G7:G{last},"はい")'
    ws.freeze_panes = "D7"

    guide = wb.create_sheet("記入要領")
    lines = [
        "記入要領",
        "1. 事業者名・対象システム・提出先医療機関名を記入してください（システムごとに1枚作成）。",
        "2. 1回目回答欄はプルダウンで「はい」「いいえ」を選択し、確認日を記入してください。",
        "3. 1回目が「いいえ」の項目は、実施可能な直近の対応目標日を記入してください。",
        "4. 目標日までに対応後、2回目の回答と確認日を記入してください。",
        "5. 記入後、医療機関の担当者へ提出してください（立入検査時に確認されます）。",
    ]
    for i, t in enumerate(lines, start=1):
        guide.cell(row=i, column=1, value=t)
    guide["A1"].font = Font(bold=True, size=12)
    guide.column_dimensions["A"].width = 90

    wb.save(os.path.join(OUT, NAME + ".xlsx"))

    i_acct = 10   # 端末PC 不要アカウント
    i_nwp = 13    # ネットワーク機器 パッチ
    exp = {
        "form": "checklist-vendor",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"vendorName": VENDOR, "targetSystem": SYSTEM, "hospitalName": HOSPITAL, "entries": entries},
        "planted": [
            {"cells": [f"{SHEET}!F{rowmap[i_acct]}"], "paths": [f"entries[{i_acct}].targetDate"],
             "why": "1回目が「いいえ」なのに目標日が空欄（いいえ ⇒ 目標日必須）"},
            {"cells": [f"{SHEET}!H{rowmap[i_nwp]}", f"{SHEET}!E{rowmap[i_nwp]}"], "paths": [f"entries[{i_nwp}].secondDate"],
             "why": "2回目確認日 2024-07-29 が1回目確認日 2024-08-05 より前"},
        ],
        "notes": ("1回目/2回目 dates are Excel date cells; 目標日 typed as text R6.9.30 (=2024-09-30). "
                  "Device-class rows have no 項番. 記入者 (H4) and the two COUNTIF totals (formulas saved by openpyxl, "
                  "no cached value) are not form fields. Sheet 記入要領 is instructions only. "
                  "Vendor item wording is the drafter's reconstruction of the vendor-side parallel items."),
    }
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
