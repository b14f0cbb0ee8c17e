#!/usr/bin/python3
"""clv-w16-a: 事業者確認用チェックリスト, print-style grid as a vendor's QA office draws it.
Answer and 確認日 in separate columns (1回目 / 目標日 / 2回目), section heading rows, header block with
merged label cells on the left, an extra 記入要領 sheet. Filled completely and correctly (no planted problem)."""
import datetime as dt
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clv-w16-a-print-grid-date-columns"
XLSX = os.path.join(HERE, NAME + ".xlsx")
SHEET = "事業者確認用"

thin = Side(style="thin", color="000000")
med = Side(style="medium", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
SEC_FILL = PatternFill("solid", fgColor="F2F2F2")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

D = dt.date
FIRST = D(2024, 8, 20)

VENDOR = "株式会社山陽メディカルシステム "          # trailing space left by the filler
SYSTEM = "電子カルテシステム（MegaChart Ver.8）及び部門連携サーバ"
HOSPITAL = "医療法人緑風会　旭川中央病院"

# (kind, section heading / item no, text shown, canonical item, answers)
# answers: (first, firstDate, target, second, secondDate, remarks)
ROWS = [
    ("sec", "1", "体制構築"),
    ("item", "1-(1)", "事業者内に医療情報システム等の提供に係る管理責任者を設置している",
     ("はい", FIRST, None, None, None, "品質保証部 情報セキュリティ課長を管理責任者に選任")),
    ("sec", "2", "医療情報システムの管理・運用"),
    ("item", "2-(1)", "医療機関に提供したサーバ、端末PC、ネットワーク機器の台帳管理を行っている",
     ("はい", FIRST, None, None, None, None)),
    ("item", "2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した",
     ("はい", FIRST, None, None, None, "保守用VPNルータ1台（サーバ室）")),
    ("item", "2-(3)", "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した",
     ("はい", FIRST, None, None, None, "MDS/SDS 第2版を2024/8/9に提出")),
    ("sub", None, "サーバ"),
    ("item", None, "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
     ("はい", FIRST, None, None, None, None)),
    ("item", None, "退職者や使用していないアカウント等、不要なアカウントを削除している",
     ("いいえ", FIRST, D(2024, 10, 31), "はい", D(2024, 10, 28), "保守用共通アカウント2件を棚卸し後削除")),
    ("item", None, "アクセスログを管理している",
     ("はい", FIRST, None, None, None, None)),
    ("item", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
     ("はい", FIRST, None, None, None, "四半期ごとに適用")),
    ("item", None, "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
     ("はい", FIRST, None, None, None, None)),
    ("sub", None, "端末PC"),
    ("item", None, "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
     ("はい", FIRST, None, None, None, None)),
    ("item", None, "退職者や使用していないアカウント等、不要なアカウントを削除している",
     ("はい", FIRST, None, None, None, None)),
    ("item", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
     ("はい", FIRST, None, None, None, None)),
    ("item", None, "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
     ("いいえ", FIRST, D(2025, 2, 28), None, None, "端末更新（約120台）に合わせて実施予定")),
    ("sub", None, "ネットワーク機器"),
    ("item", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
     ("はい", FIRST, None, None, None, None)),
    ("item", None, "接続元制限を実施している",
     ("いいえ", FIRST, D(2024, 12, 27), "はい", D(2024, 12, 16), "保守VPNの接続元を\n弊社センターの固定IPに限定")),
    ("sec", "3", "インシデント発生に備えた対応"),
    ("item", "3-(1)", "インシデント発生時における医療機関との連絡体制を整備し、医療機関に提示している",
     ("はい", FIRST, None, None, None, None)),
    ("item", "3-(2)", "医療機関と協力し、データやシステムのバックアップの実施と復旧手順を確認している",
     ("はい", FIRST, None, None, None, "日次バックアップ、復旧手順書を9月に病院へ提供")),
]


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    widths = {"A": 2, "B": 7, "C": 52, "D": 8, "E": 12, "F": 12, "G": 8, "H": 12, "I": 30}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v

    ws.merge_cells("B1:I1")
    ws["B1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度版）"
    ws["B1"].font = Font(size=14, bold=True)
    ws["B1"].alignment = CENTER
    ws.merge_cells("B2:I2")
    ws["B2"] = "事業者確認用"
    ws["B2"].font = Font(size=12, bold=True)
    ws["B2"].alignment = CENTER

    # header block: merged label cells on the left, values merged to the right
    hdr = [(4, "事業者名", VENDOR), (5, "対象システム", SYSTEM), (6, "提出先医療機関名", HOSPITAL)]
    for r, label, value in hdr:
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
        ws.cell(r, 2, label).fill = HEAD_FILL
        ws.cell(r, 2).alignment = Alignment(vertical="center")
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=9)
        ws.cell(r, 4, value).alignment = Alignment(vertical="center")
        for c in range(2, 10):
            ws.cell(r, c).border = BOX

    ws.merge_cells("B8:I8")
    ws["B8"] = ("※ 1回目の確認で「いいえ」の場合は、対応の目標日を記入してください。"
                "目標日経過後に2回目の確認を行い、結果と確認日を記入してください。")
    ws["B8"].font = Font(size=9)
    ws["B8"].alignment = WRAP
    ws.row_dimensions[8].height = 26

    # two-row header
    r1, r2 = 10, 11
    ws.merge_cells(start_row=r1, start_column=2, end_row=r2, end_column=2)
    ws.cell(r1, 2, "No.")
    ws.merge_cells(start_row=r1, start_column=3, end_row=r2, end_column=3)
    ws.cell(r1, 3, "チェック項目")
    ws.merge_cells(start_row=r1, start_column=4, end_row=r1, end_column=8)
    ws.cell(r1, 4, "確認結果（日付）")
    ws.merge_cells(start_row=r1, start_column=9, end_row=r2, end_column=9)
    ws.cell(r1, 9, "備考")
    for c, t in zip(range(4, 9), ["1回目", "確認日", "目標日", "2回目", "確認日"]):
        ws.cell(r2, c, t)
    for r in (r1, r2):
        for c in range(2, 10):
            cell = ws.cell(r, c)
            cell.fill = HEAD_FILL
            cell.font = Font(bold=True)
            cell.alignment = CENTER
            cell.border = BOX

    dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
    ws.add_data_validation(dv)

    entries = []
    section = None
    r = r2 + 1
    for row in ROWS:
        if row[0] in ("sec", "sub"):
            section = row[2]
            if row[0] == "sec":
                ws.cell(r, 2, row[1])
                ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=9)
                ws.cell(r, 3, row[2]).font = Font(bold=True)
            else:
                ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=9)
                ws.cell(r, 3, "【" + row[2] + "】").font = Font(bold=True)
            for c in range(2, 10):
                ws.cell(r, c).fill = SEC_FILL
                ws.cell(r, c).border = BOX
            r += 1
            continue
        _, no, text, (a1, d1, tg, a2, d2, rem) = row
        if no:
            ws.cell(r, 2, no)
        ws.cell(r, 3, text)
        ws.cell(r, 4, a1)
        ws.cell(r, 5, d1)
        if tg:
            ws.cell(r, 6, tg)
        if a2:
            ws.cell(r, 7, a2)
        if d2:
            ws.cell(r, 8, d2)
        if rem:
            ws.cell(r, 9, rem)
        dv.add(ws.cell(r, 4))
        dv.add(ws.cell(r, 7))
        for c in range(2, 10):
            cell = ws.cell(r, c)
            cell.border = BOX
            cell.alignment = WRAP if c in (3, 9) else CENTER
        for c in (5, 6, 8):
            ws.cell(r, c).number_format = "yyyy/m/d"
        ws.row_dimensions[r].height = 30
        e = {"section": section, "item": text}
        if no:
            e["itemNo"] = no
        e["firstAnswer"] = a1
        e["firstDate"] = d1.isoformat()
        if tg:
            e["targetDate"] = tg.isoformat()
        if a2:
            e["secondAnswer"] = a2
        if d2:
            e["secondDate"] = d2.isoformat()
        if rem:
            e["remarks"] = rem
        entries.append(e)
        r += 1

    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "10:11"
    ws.freeze_panes = "D12"

    # instructions sheet
    ins = wb.create_sheet("記入要領")
    ins.column_dimensions["A"].width = 100
    lines = [
        "記入要領（事業者確認用）",
        "1. 本チェックリストは、医療機関と契約している事業者ごと（又はシステムごと）に1部作成してください。",
        "2. 1回目・2回目の欄は「はい」「いいえ」のいずれかを選択し、右隣の確認日欄に確認した日付を入力してください。",
        "3. 1回目が「いいえ」の項目は、実施可能な直近の対応目標日を目標日欄に入力してください（令和6年度内）。",
        "4. 記入後、提出先医療機関へ提出してください。医療機関は立入検査の際に保健所へ提出します。",
    ]
    for i, t in enumerate(lines, 1):
        ins.cell(i, 1, t)
    ins["A1"].font = Font(bold=True, size=12)

    wb.save(XLSX)

    expected = {
        "form": "checklist-vendor",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {
            "vendorName": VENDOR.strip(),
            "targetSystem": SYSTEM,
            "hospitalName": HOSPITAL,
            "entries": entries,
        },
        "planted": [],
        "notes": ("Vendor item wording is my own parallel of the hospital items (catalogue and seed 004 give only "
                  "1-(1) and 2-(3) for the vendor side); entries[].item is the text exactly as in column C. "
                  "Device-class rows (サーバ/端末PC/ネットワーク機器) carry no item number in the workbook, so itemNo "
                  "is omitted for them; section for 1-(1)..3-(2) is the numbered heading text. Dates are Excel date "
                  "cells. Vendor name cell has a trailing space. 2回目 left blank on purpose for items answered はい "
                  "the first time and for the 端末PC item whose 目標日 (2025-02-28) has not yet arrived."),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    build()
