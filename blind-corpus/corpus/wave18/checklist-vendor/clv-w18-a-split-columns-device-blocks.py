#!/usr/bin/python3
"""clv-w18-a: vendor checklist (事業者確認用, R6), MHLW-like print layout.
Separate answer / date columns, Excel date cells, device classes as merged blocks in column B.
Filled completely and correctly (no planted problem)."""
import json
import os
from datetime import date

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clv-w18-a-split-columns-device-blocks"

VENDOR = "株式会社吉備メディカルソリューションズ"
SYSTEM = "電子カルテシステム（KibiCare EMR Ver.8）"
HOSPITAL = "医療法人 清和会 旭東中央病院"

# (section shown in B, itemNo shown in A or None, item text, first, firstDate, target, second, secondDate, remarks)
D = date
ROWS = [
    ("体制構築", "1-(1)", "事業者内に、医療情報システム等の提供に係る管理責任者を設置している",
     "はい", D(2024, 10, 8), None, None, None, "管理責任者：技術部長 山本"),
    ("医療情報システム全般", "2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
     "はい", D(2024, 10, 8), None, None, None, None),
    ("医療情報システム全般", "2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した",
     "はい", D(2024, 10, 8), None, None, None, "リモート保守回線1回線（SSL-VPN）"),
    ("医療情報システム全般", "2-(3)", "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した",
     "いいえ", D(2024, 10, 8), D(2024, 11, 29), "はい", D(2024, 11, 22), "SDS第2版を作成中\n11/22 病院情報システム室へ提出"),
    ("サーバ", None, "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
     "はい", D(2024, 10, 8), None, None, None, None),
    ("サーバ", None, "退職者や使用していないアカウント等、不要なアカウントを削除している",
     "はい", D(2024, 10, 8), None, None, None, None),
    ("サーバ", None, "アクセスログを管理している",
     "はい", D(2024, 10, 8), None, None, None, "保存期間1年"),
    ("サーバ", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
     "はい", D(2024, 10, 8), None, None, None, None),
    ("サーバ", None, "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
     "はい", D(2024, 10, 8), None, None, None, None),
    ("端末PC", None, "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
     "はい", D(2024, 10, 9), None, None, None, None),
    ("端末PC", None, "退職者や使用していないアカウント等、不要なアカウントを削除している",
     "はい", D(2024, 10, 9), None, None, None, "病院側で人事異動時に削除"),
    ("端末PC", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
     "はい", D(2024, 10, 9), None, None, None, None),
    ("端末PC", None, "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
     "いいえ", D(2024, 10, 9), D(2025, 1, 31), "はい", D(2025, 1, 24), "次回定期保守時に停止設定"),
    ("ネットワーク機器", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
     "はい", D(2024, 10, 9), None, None, None, None),
    ("ネットワーク機器", None, "接続元制限を実施している",
     "はい", D(2024, 10, 9), None, None, None, None),
    ("インシデント発生に備えた対応", "3-(1)",
     "インシデント発生時における組織内と外部関係機関（医療機関、厚生労働省、警察等）への連絡体制図がある",
     "はい", D(2024, 10, 8), None, None, None, None),
]

HEADINGS = {  # heading row inserted before the first row of these sections
    "体制構築": "１　体制構築",
    "医療情報システム全般": "２　医療情報システムの管理・運用",
    "インシデント発生に備えた対応": "３　インシデント発生に備えた対応",
}

thin = Side(style="thin")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
SEC_FILL = PatternFill("solid", fgColor="F2F2F2")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = "チェックリスト"
    widths = {"A": 7, "B": 12, "C": 52, "D": 9, "E": 12, "F": 12, "G": 9, "H": 12, "I": 30}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v

    ws.merge_cells("A1:I1")
    ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
    ws["A1"].font = Font(size=14, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:I2")
    ws["A2"] = "【事業者確認用】　令和6年度版"
    ws["A2"].alignment = Alignment(horizontal="center")

    for r, (label, value) in enumerate([("事業者名", VENDOR), ("対象システム", SYSTEM),
                                        ("提出先医療機関名", HOSPITAL)], start=4):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.cell(r, 1, label).fill = HEAD_FILL
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=6)
        ws.cell(r, 3, value)
        for c in range(1, 7):
            ws.cell(r, c).border = BORDER

    ws["A8"] = "※ 1回目の確認で「いいえ」の場合は、対応目標日を記入してください。目標日経過後に2回目の確認を行ってください。"
    ws["A9"] = "※ 確認結果欄は「はい」「いいえ」をリストから選択してください。"

    # two-row header
    h1, h2 = 11, 12
    for col, text in [(1, "No."), (2, "区分"), (3, "チェック項目"), (9, "備考")]:
        ws.merge_cells(start_row=h1, start_column=col, end_row=h2, end_column=col)
        ws.cell(h1, col, text)
    ws.merge_cells(start_row=h1, start_column=4, end_row=h1, end_column=5)
    ws.cell(h1, 4, "1回目")
    ws.cell(h1, 6, "目標日")
    ws.merge_cells(start_row=h1, start_column=7, end_row=h1, end_column=8)
    ws.cell(h1, 7, "2回目")
    for col, text in [(4, "確認結果"), (5, "確認日"), (6, "（いいえの場合）"), (7, "確認結果"), (8, "確認日")]:
        ws.cell(h2, col, text)
    for r in (h1, h2):
        for c in range(1, 10):
            cell = ws.cell(r, c)
            cell.fill = HEAD_FILL
            cell.border = BORDER
            cell.alignment = CENTER
            cell.font = Font(bold=True)

    dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
    ws.add_data_validation(dv)

    r = h2 + 1
    entries = []
    block_start = {}
    prev_section = None
    for sec, no, item, fa, fd, td, sa, sd, rem in ROWS:
        if sec in HEADINGS and sec != prev_section:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(r, 1, HEADINGS[sec]).font = Font(bold=True)
            for c in range(1, 10):
                ws.cell(r, c).fill = SEC_FILL
                ws.cell(r, c).border = BORDER
            r += 1
        if sec != prev_section:
            block_start[sec] = r
        prev_section = sec
        ws.cell(r, 1, no)
        ws.cell(r, 2, sec)
        ws.cell(r, 3, item)
        ws.cell(r, 4, fa)
        ws.cell(r, 5, fd)
        ws.cell(r, 6, td)
        ws.cell(r, 7, sa)
        ws.cell(r, 8, sd)
        ws.cell(r, 9, rem)
        for c in range(1, 10):
            cell = ws.cell(r, c)
            cell.border = BORDER
            cell.alignment = CENTER if c in (1, 2, 4, 5, 6, 7, 8) else WRAP
        for c in (5, 6, 8):
            ws.cell(r, c).number_format = "yyyy/m/d"
        dv.add(ws.cell(r, 4))
        dv.add(ws.cell(r, 7))
        ws.row_dimensions[r].height = 33
        e = {"section": sec, "item": item}
        if no:
            e["itemNo"] = no
        e["firstAnswer"] = fa
        e["firstDate"] = fd.isoformat()
        if td:
            e["targetDate"] = td.isoformat()
        if sa:
            e["secondAnswer"] = sa
        if sd:
            e["secondDate"] = sd.isoformat()
        if rem:
            e["remarks"] = rem
        entries.append(e)
        r += 1
    last = r - 1
    # merge the device-class blocks in column B (value stays in the top cell)
    secrows = {}
    for row in range(h2 + 1, last + 1):
        v = ws.cell(row, 2).value
        if v:
            secrows.setdefault(v, []).append(row)
    for sec, rows in secrows.items():
        if len(rows) > 1:
            for row in rows[1:]:
                ws.cell(row, 2).value = None
            ws.merge_cells(start_row=rows[0], start_column=2, end_row=rows[-1], end_column=2)

    ws.cell(last + 2, 1, "記入者：吉備メディカルソリューションズ　カスタマーサポート部　岡田")
    ws.print_title_rows = "11:12"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.freeze_panes = "D13"

    g = wb.create_sheet("記入要領")
    notes = [
        "記入要領",
        "1. 本チェックリストは事業者ごと又はシステムごとに1枚作成してください。",
        "2. 各項目について1回目の確認結果（はい・いいえ）と確認日を記入してください。",
        "3. 「いいえ」の項目は、実施可能な直近の対応目標日を記入してください。",
        "4. 目標日以降に2回目の確認を行い、結果と確認日を記入してください。",
        "5. 詳細は「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル～医療機関・事業者向け～」を参照。",
    ]
    for i, t in enumerate(notes, start=1):
        g.cell(i, 1, t)
    g.column_dimensions["A"].width = 100

    out = os.path.join(HERE, NAME + ".xlsx")
    wb.save(out)

    expected = {
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
        "notes": ("One vendor (one system) per workbook. Section = the 区分 in column B (merged blocks; value in the top "
                  "cell of each block): 体制構築 / 医療情報システム全般 / サーバ / 端末PC / ネットワーク機器 / "
                  "インシデント発生に備えた対応; numbered heading rows (１　体制構築 …) are headings, not entries. "
                  "itemNo only where column A shows one. Vendor-side item wording other than 1-(1) and 2-(3) is "
                  "reconstructed from the hospital items (catalogue: 'parallel items'). 2回目 filled only for the "
                  "いいえ items. The 記入者 line below the table is not a form field."),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    build()
