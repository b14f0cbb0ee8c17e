#!/usr/bin/python3
"""clv-w38-a: vendor checklist (事業者確認用, R6) drawn as a print-style sheet with
separate answer / date columns, section header rows, Excel date cells.
Filled completely and correctly by the EHR vendor's engineer. No planted problem."""
import sys, os, json, datetime as dt
sys.path.insert(0, "/tmp/clv_ins_py")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "clv-w38-a-split-date-columns"
D = dt.date

VENDOR = "株式会社メディネット・システムズ 岡山支店"
SYSTEM = "電子カルテシステム（MediChart EX Ver.8）"
HOSPITAL = "医療法人社団 緑風会 みどり台病院"

# (section, itemNo or None, item text, first, firstDate, target, second, secondDate, remarks)
ROWS = [
    ("体制構築", "1-(1)", "事業者内に医療情報システム等の提供に係る管理責任者を設置している",
     "はい", D(2024, 7, 10), None, None, None, "品質保証部 情報セキュリティ管理責任者"),
    ("医療情報システム全般", "2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
     "はい", D(2024, 7, 10), None, None, None, "納入機器台帳を貴院へ提供済"),
    ("医療情報システム全般", "2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を確認した",
     "はい", D(2024, 7, 10), None, None, None, "保守用VPN装置1台あり"),
    ("医療情報システム全般", "2-(3)", "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した",
     "いいえ", D(2024, 7, 10), D(2024, 9, 30), "はい", D(2024, 9, 26), "MDS/SDS第2.0版を9/26提出"),
    ("サーバ", None, "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
     "はい", D(2024, 7, 10), None, None, None, None),
    ("サーバ", None, "退職者や使用していないアカウント等、不要なアカウントを削除している",
     "はい", D(2024, 7, 10), None, None, None, None),
    ("サーバ", None, "アクセスログを管理している",
     "はい", D(2024, 7, 10), None, None, None, "ログ保存期間 1年"),
    ("サーバ", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
     "はい", D(2024, 7, 10), None, None, None, None),
    ("サーバ", None, "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
     "はい", D(2024, 7, 10), None, None, None, None),
    ("端末PC", None, "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
     "はい", D(2024, 7, 12), None, None, None, None),
    ("端末PC", None, "退職者や使用していないアカウント等、不要なアカウントを削除している",
     "はい", D(2024, 7, 12), None, None, None, "貴院システム管理者と年2回棚卸し"),
    ("端末PC", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
     "はい", D(2024, 7, 12), None, None, None, None),
    ("端末PC", None, "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
     "いいえ", D(2024, 7, 12), D(2024, 12, 20), "はい", D(2024, 12, 13), "端末更新時に不要サービス停止"),
    ("ネットワーク機器", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
     "はい", D(2024, 7, 12), None, None, None, None),
    ("ネットワーク機器", None, "接続元制限を実施している",
     "いいえ", D(2024, 7, 12), D(2025, 1, 31), "はい", D(2025, 1, 24), "保守VPNの接続元IPを弊社固定IPに限定"),
    ("インシデント発生に備えた対応", "3-(1)",
     "インシデント発生時における組織内と外部関係機関（医療機関、厚生労働省、警察等）への連絡体制図がある",
     "はい", D(2024, 7, 10), None, None, None, None),
    ("インシデント発生に備えた対応", "3-(2)",
     "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
     "はい", D(2024, 7, 10), None, None, None, "復旧手順書 第3版"),
]

SECTION_TITLES = [
    ("１　体制構築", ["体制構築"]),
    ("２　医療情報システムの管理・運用", ["医療情報システム全般", "サーバ", "端末PC", "ネットワーク機器"]),
    ("３　インシデント発生に備えた対応", ["インシデント発生に備えた対応"]),
]


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = "事業者確認用"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    hdr_fill = PatternFill("solid", fgColor="DDEBF7")
    sec_fill = PatternFill("solid", fgColor="F2F2F2")
    wrap = Alignment(wrap_text=True, vertical="center")
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)

    widths = {"A": 2, "B": 8, "C": 16, "D": 58, "E": 9, "F": 12, "G": 12, "H": 9, "I": 12, "J": 30}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v

    ws["B1"] = "令和6年度版"
    ws["B1"].font = Font(size=9)
    ws.merge_cells("B2:J2")
    ws["B2"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
    ws["B2"].font = Font(size=14, bold=True)
    ws["B2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("B3:J3")
    ws["B3"] = "事業者確認用"
    ws["B3"].font = Font(size=12, bold=True)
    ws["B3"].alignment = Alignment(horizontal="center")

    # header block: label left (merged B:C), value merged D:G
    for r, (lab, val) in zip((5, 6, 7), (("事業者名", VENDOR), ("対象システム", SYSTEM), ("提出先医療機関名", HOSPITAL))):
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
        ws.cell(r, 2, lab).fill = hdr_fill
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=7)
        ws.cell(r, 4, val)
        for c in range(2, 8):
            ws.cell(r, c).border = box
        ws.cell(r, 2).alignment = wrap

    ws.merge_cells("B9:J9")
    ws["B9"] = ("※1回目の確認で「いいえ」の場合は、対応目標日を記入してください。"
                "目標日までに対応した後、2回目の確認を行い、結果と確認日を記入してください。")
    ws["B9"].font = Font(size=9)
    ws.merge_cells("B10:J10")
    ws["B10"] = "※事業者ごと又はシステムごとに作成し、医療機関へ提出してください。"
    ws["B10"].font = Font(size=9)

    # two-row table header
    h1, h2 = 12, 13
    ws.merge_cells(start_row=h1, start_column=2, end_row=h2, end_column=2)
    ws.cell(h1, 2, "No.")
    ws.merge_cells(start_row=h1, start_column=3, end_row=h2, end_column=4)
    ws.cell(h1, 3, "チェック項目")
    ws.merge_cells(start_row=h1, start_column=5, end_row=h1, end_column=6)
    ws.cell(h1, 5, "1回目")
    ws.merge_cells(start_row=h1, start_column=7, end_row=h2, end_column=7)
    ws.cell(h1, 7, "目標日")
    ws.merge_cells(start_row=h1, start_column=8, end_row=h1, end_column=9)
    ws.cell(h1, 8, "2回目")
    ws.merge_cells(start_row=h1, start_column=10, end_row=h2, end_column=10)
    ws.cell(h1, 10, "備考")
    for c, t in ((5, "回答"), (6, "確認日"), (8, "回答"), (9, "確認日")):
        ws.cell(h2, c, t)
    for r in (h1, h2):
        for c in range(2, 11):
            cell = ws.cell(r, c)
            cell.border = box
            cell.fill = hdr_fill
            cell.alignment = center
            cell.font = Font(bold=True)

    dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
    ws.add_data_validation(dv)

    r = h2 + 1
    row_of = []
    for title, secs in SECTION_TITLES:
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=10)
        ws.cell(r, 2, title).font = Font(bold=True)
        for c in range(2, 11):
            ws.cell(r, c).fill = sec_fill
            ws.cell(r, c).border = box
        r += 1
        for sec in secs:
            rows = [x for x in ROWS if x[0] == sec]
            if len(secs) > 1:
                # device-class sub heading in column C, items in D
                first_r = r
            for (s, no, item, a1, d1, tg, a2, d2, rem) in rows:
                ws.cell(r, 2, no)
                if len(secs) > 1:
                    ws.cell(r, 3, s)
                    ws.cell(r, 4, item)
                else:
                    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
                    ws.cell(r, 3, item)
                ws.cell(r, 5, a1)
                ws.cell(r, 6, d1)
                ws.cell(r, 7, tg)
                ws.cell(r, 8, a2)
                ws.cell(r, 9, d2)
                ws.cell(r, 10, rem)
                for c in range(2, 11):
                    cell = ws.cell(r, c)
                    cell.border = box
                    cell.alignment = center if c in (2, 5, 6, 7, 8, 9) else wrap
                for c in (6, 7, 9):
                    ws.cell(r, c).number_format = "yyyy/m/d"
                dv.add(ws.cell(r, 5))
                dv.add(ws.cell(r, 8))
                ws.row_dimensions[r].height = 30
                row_of.append(r)
                r += 1
            if len(secs) > 1 and len(rows) > 1:
                ws.merge_cells(start_row=first_r, start_column=3, end_row=r - 1, end_column=3)
                ws.cell(first_r, 3).alignment = center

    # tally below the table (formula, openpyxl leaves no cached value)
    r += 1
    ws.cell(r, 8, "いいえ件数（1回目）")
    ws.cell(r, 10, f'=COUNTIF(E{h2+1}:E{r-2},"いいえ")')
    ws.cell(r + 2, 2, "記入者：システム保守課　岡本 健太　（TEL 086-200-1234）")
    ws.cell(r + 2, 2).font = Font(size=9)

    ws.print_area = f"B1:J{r+2}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.freeze_panes = "E14"

    path = os.path.join(OUT, NAME + ".xlsx")
    wb.save(path)
    return path, row_of


def expected(row_of):
    entries = []
    for (s, no, item, a1, d1, tg, a2, d2, rem) in ROWS:
        e = {"section": s, "item": item}
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
        "notes": ("Sheet 事業者確認用, data rows 15-33 (section header rows in between). "
                  "Section 2 device-class items have no item number; the device class is in merged column C. "
                  "Vendor item wording for 2-(1), 2-(2), 3-(1), 3-(2) is the hospital-side wording adapted to the vendor "
                  "(no primary text available); 1-(1) and 2-(3) follow the seed 004 wording. "
                  "J35 holds a COUNTIF formula saved without a cached value (a tally, not a field). "
                  "The footer line 記入者 is not a form field."),
    }


if __name__ == "__main__":
    p, rows = build()
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected(rows), f, ensure_ascii=False, indent=2)
    print(p, rows)
