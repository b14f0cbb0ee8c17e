#!/usr/bin/env python3
"""Generator for clv-w42-a-print-table-dropdowns.xlsx (checklist-vendor, R6).

Role: a vendor's (electronic medical record vendor) quality staff filling the
MHLW-style vendor checklist a prefecture-like office drew: print layout with
borders, label-left merged header cells, two-row column header, はい/いいえ
dropdowns, Excel date cells, device-class cells merged vertically, a COUNTIF
summary formula saved by openpyxl (no cached value), and a 記入要領 sheet.
No planted problem.
"""
import datetime as dt
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clv-w42-a-print-table-dropdowns"
D = dt.date

VENDOR = "株式会社メディカルリンク西日本"
SYSTEM = "電子カルテシステム（MEDILINK-EX Ver.8）"
HOSPITAL = "医療法人清風会 旭川中央病院"

# (section-key, section label shown, itemNo or None, item text,
#  first, firstDate, target, second, secondDate, remarks)
ROWS = [
    ("体制構築", "1", "1-(1)", "事業者内に、医療情報システム等の提供に係る管理責任者を設置している。",
     "はい", D(2024, 10, 15), None, None, None, "品質保証部長を管理責任者に任命"),
    ("医療情報システムの管理・運用", "2", "2-(1)", "医療機関に提供しているサーバ、端末PC、ネットワーク機器の台帳管理を行っている。",
     "はい", D(2024, 10, 15), None, None, None, None),
    ("医療情報システムの管理・運用", "2", "2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した。",
     "はい", D(2024, 10, 15), None, None, None, "VPN装置1台（保守用）"),
    ("医療情報システムの管理・運用", "2", "2-(3)", "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した。",
     "いいえ", D(2024, 10, 15), D(2024, 11, 29), "はい", D(2024, 11, 22), "MDS第5.0版を11/22に提出"),
    ("サーバ", None, None, "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。",
     "はい", D(2024, 10, 15), None, None, None, None),
    ("サーバ", None, None, "退職者や使用していないアカウント等、不要なアカウントを削除している。",
     "はい", D(2024, 10, 15), None, None, None, None),
    ("サーバ", None, None, "アクセスログを管理している。",
     "はい", D(2024, 10, 15), None, None, None, None),
    ("サーバ", None, None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。",
     "いいえ", D(2024, 10, 15), D(2025, 1, 31), "はい", D(2025, 1, 24), "定期保守時に適用\n(1月の保守で対応)"),
    ("サーバ", None, None, "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。",
     "はい", D(2024, 10, 15), None, None, None, None),
    ("端末PC", None, None, "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。",
     "はい", D(2024, 10, 16), None, None, None, None),
    ("端末PC", None, None, "退職者や使用していないアカウント等、不要なアカウントを削除している。",
     "はい", D(2024, 10, 16), None, None, None, "病院情報管理室と年2回棚卸し"),
    ("端末PC", None, None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。",
     "はい", D(2024, 10, 16), None, None, None, None),
    ("端末PC", None, None, "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。",
     "いいえ", D(2024, 10, 16), D(2025, 2, 28), None, None, "端末更新（R7.2予定）に合わせて対応"),
    ("ネットワーク機器", None, None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。",
     "はい", D(2024, 10, 16), None, None, None, None),
    ("ネットワーク機器", None, None, "接続元制限を実施している。",
     "はい", D(2024, 10, 16), None, None, None, "保守VPNは当社固定IPのみ許可"),
    ("インシデント発生に備えた対応", "3", "3-(1)", "インシデント発生時における医療機関及び外部関係機関への連絡体制を整備し、連絡体制図を医療機関と共有している。",
     "はい", D(2024, 10, 16), None, None, None, None),
    ("インシデント発生に備えた対応", "3", "3-(2)", "医療機関と協力し、データやシステムのバックアップの実施と復旧手順を確認している。",
     "はい", D(2024, 10, 16), None, None, None, None),
]
SECTION_TITLE = {
    "体制構築": "1　体制構築",
    "医療情報システムの管理・運用": "2　医療情報システムの管理・運用",
    "インシデント発生に備えた対応": "3　インシデント発生に備えた対応",
}


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = "チェックリスト"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    hdr_fill = PatternFill("solid", fgColor="DDEBF7")
    sec_fill = PatternFill("solid", fgColor="F2F2F2")
    wrap = Alignment(wrap_text=True, vertical="center")
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    widths = {"A": 8, "B": 12, "C": 52, "D": 9, "E": 12, "F": 12, "G": 9, "H": 12, "I": 30}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w

    ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
    ws["A1"].font = Font(size=14, bold=True)
    ws.merge_cells("A1:I1")
    ws["A2"] = "【事業者確認用】　令和6年度版"
    ws["A2"].font = Font(size=12, bold=True)
    ws.merge_cells("A2:I2")

    header = [("事業者名", VENDOR), ("対象システム", SYSTEM), ("提出先医療機関名", HOSPITAL)]
    r = 4
    for label, value in header:
        ws.cell(r, 1, label)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.cell(r, 3, value)
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=6)
        for c in range(1, 7):
            ws.cell(r, c).border = box
        ws.cell(r, 1).fill = hdr_fill
        ws.cell(r, 1).alignment = center
        r += 1
    ws["G4"] = "※1回目の確認で「いいえ」の場合は目標日を記入"
    ws.merge_cells("G4:I5")
    ws["G4"].alignment = wrap
    ws["G4"].font = Font(size=9, color="C00000")

    # two-row header at rows 8-9
    h1, h2 = 8, 9
    heads = [("A", "番号"), ("B", "区分"), ("C", "確認項目")]
    for col, text in heads:
        ws[f"{col}{h1}"] = text
        ws.merge_cells(f"{col}{h1}:{col}{h2}")
    ws[f"D{h1}"] = "1回目"
    ws.merge_cells(f"D{h1}:E{h1}")
    ws[f"D{h2}"] = "確認結果"
    ws[f"E{h2}"] = "確認日"
    ws[f"F{h1}"] = "目標日"
    ws.merge_cells(f"F{h1}:F{h2}")
    ws[f"G{h1}"] = "2回目"
    ws.merge_cells(f"G{h1}:H{h1}")
    ws[f"G{h2}"] = "確認結果"
    ws[f"H{h2}"] = "確認日"
    ws[f"I{h1}"] = "備考"
    ws.merge_cells(f"I{h1}:I{h2}")
    for rr in (h1, h2):
        for c in range(1, 10):
            cell = ws.cell(rr, c)
            cell.border = box
            cell.fill = hdr_fill
            cell.alignment = center
            cell.font = Font(bold=True)

    dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
    ws.add_data_validation(dv)

    r = h2 + 1
    cur_sec = None
    dev_start = {}
    cell_refs = []
    for sec, secno, no, text, a1, d1, tgt, a2, d2, rem in ROWS:
        if sec != cur_sec and sec in SECTION_TITLE:
            ws.cell(r, 1, SECTION_TITLE[sec])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            for c in range(1, 10):
                ws.cell(r, c).fill = sec_fill
                ws.cell(r, c).border = box
            ws.cell(r, 1).font = Font(bold=True)
            r += 1
        cur_sec = sec
        if no:
            ws.cell(r, 1, no)
        else:
            dev_start.setdefault(sec, [r, r])
            dev_start[sec][1] = r
            ws.cell(r, 2, sec)
        ws.cell(r, 3, text)
        ws.cell(r, 4, a1)
        ws.cell(r, 5, d1)
        if tgt:
            ws.cell(r, 6, tgt)
        if a2:
            ws.cell(r, 7, a2)
        if d2:
            ws.cell(r, 8, d2)
        if rem:
            ws.cell(r, 9, rem)
        for c in range(1, 10):
            cell = ws.cell(r, c)
            cell.border = box
            cell.alignment = center if c in (1, 2, 4, 5, 6, 7, 8) else wrap
        for c in (5, 6, 8):
            ws.cell(r, c).number_format = "yyyy/m/d"
        dv.add(f"D{r}")
        dv.add(f"G{r}")
        ws.row_dimensions[r].height = 33
        cell_refs.append(r)
        r += 1
    # merge device class cells vertically (value stays in the top cell)
    for sec, (s, e) in dev_start.items():
        if e > s:
            ws.merge_cells(start_row=s, start_column=2, end_row=e, end_column=2)
    last = r - 1
    r += 1
    ws.cell(r, 3, "「いいえ」の項目数（1回目）")
    ws.cell(r, 4, f'=COUNTIF(D{h2+1}:D{last},"いいえ")')
    ws.cell(r + 1, 3, "「いいえ」の項目数（2回目）")
    ws.cell(r + 1, 4, f'=COUNTIF(G{h2+1}:G{last},"いいえ")')
    ws.print_title_rows = f"{h1}:{h2}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1

    guide = wb.create_sheet("記入要領")
    lines = [
        "記入要領",
        "1. 医療機関と契約している事業者ごと（又はシステムごと）に1部作成してください。",
        "2. 各項目について「はい」「いいえ」をプルダウンから選択し、確認日を記入してください（例：2024/10/1）。",
        "3. 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
        "4. 目標日以降に再確認を行い、2回目の欄に結果と確認日を記入してください。",
        "5. 記入に当たっては「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル～医療機関・事業者向け～」を参照してください。",
        "6. 記入後、提出先医療機関へ提出してください（立入検査時に確認されます）。",
    ]
    for i, t in enumerate(lines, 1):
        guide.cell(i, 1, t)
    guide["A1"].font = Font(bold=True, size=12)
    guide.column_dimensions["A"].width = 110

    out = os.path.join(HERE, NAME + ".xlsx")
    wb.save(out)
    return out


def expected():
    entries = []
    for sec, secno, no, text, a1, d1, tgt, a2, d2, rem in ROWS:
        e = {"section": sec, "item": text}
        if no:
            e["itemNo"] = no
        e["firstAnswer"] = a1
        e["firstDate"] = d1.isoformat()
        if tgt:
            e["targetDate"] = tgt.isoformat()
        if a2:
            e["secondAnswer"] = a2
        if d2:
            e["secondDate"] = d2.isoformat()
        if rem:
            e["remarks"] = rem
        entries.append(e)
    return {
        "form": "checklist-vendor",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {
            "vendorName": VENDOR,
            "targetSystem": SYSTEM,
            "hospitalName": HOSPITAL,
            "entries": entries,
        },
        "planted": [],
        "notes": (
            "Sheet チェックリスト. Section headings are rows '1　体制構築' etc.; section values are given without the "
            "number prefix. Device-class items (サーバ/端末PC/ネットワーク機器) have no item number in the workbook; the "
            "class name sits in column B merged vertically. Vendor item wording is this office's own parallel wording "
            "(the catalogue gives only 1-(1) and 2-(3) for the vendor form). D/G columns use a はい/いいえ dropdown; "
            "dates are Excel date cells. The two COUNTIF cells below the table are formulas saved by openpyxl without "
            "cached values (not fields). The 1回目 いいえ at 端末PC 不要ソフト停止 has a 目標日 (2025-02-28) and no 2回目 yet, "
            "which is allowed."
        ),
    }


if __name__ == "__main__":
    build()
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected(), f, ensure_ascii=False, indent=2)
