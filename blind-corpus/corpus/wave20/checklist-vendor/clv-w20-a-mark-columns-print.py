#!/usr/bin/python3
"""clv-w20-a: vendor checklist (事業者確認用, R6) drawn as a print-style sheet with
separate はい / いいえ mark columns (○), Excel date cells, merged header labels,
a blank spacer column and an extra 記入要領 sheet. Filled completely and correctly."""
import datetime as dt
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clv-w20-a-mark-columns-print"
SHEET = "チェックリスト(事業者確認用)"

D = dt.date
VENDOR = "株式会社メディテック岡山"
SYSTEM = "電子カルテシステム（MediChart V5）"
HOSP = "医療法人晴風会 旭川中央病院"

# (section heading shown, section value, itemNo shown or None, item text shown, full item wording,
#  first ans, first date, target, second ans, second date, remarks)
S1 = "体制構築"
S2 = "医療情報システムの管理・運用"
S3 = "インシデント発生に備えた対応"
ITEMS = [
    (S1, "1-(1)", "事業者内に、医療情報システム等の提供に係る管理責任者を設置している。",
     "はい", D(2024, 10, 8), None, None, None, "品質保証部長を管理責任者に任命済"),
    (S2, "2-(1)", "医療機関に提供しているサーバ、端末PC、ネットワーク機器の台帳管理を行っている。",
     "はい", D(2024, 10, 8), None, None, None, None),
    (S2, "2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した。",
     "はい", D(2024, 10, 8), None, None, None, "VPN装置1台（保守用）"),
    (S2, "2-(3)", "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した。",
     "いいえ", D(2024, 10, 8), D(2024, 11, 29), "はい", D(2024, 11, 20), "MDS第4.0版で提出"),
    ("サーバ", None, "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。",
     "はい", D(2024, 10, 8), None, None, None, None),
    ("サーバ", None, "退職者や使用していないアカウント等、不要なアカウントを削除している。",
     "はい", D(2024, 10, 8), None, None, None, None),
    ("サーバ", None, "アクセスログを管理している。",
     "はい", D(2024, 10, 8), None, None, None, None),
    ("サーバ", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。",
     "いいえ", D(2024, 10, 8), D(2024, 12, 20), "はい", D(2024, 12, 17), "定期保守時に適用"),
    ("サーバ", None, "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。",
     "はい", D(2024, 10, 8), None, None, None, None),
    ("端末PC", None, "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。",
     "はい", D(2024, 10, 8), None, None, None, None),
    ("端末PC", None, "退職者や使用していないアカウント等、不要なアカウントを削除している。",
     "はい", D(2024, 10, 8), None, None, None, None),
    ("端末PC", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。",
     "はい", D(2024, 10, 8), None, None, None, None),
    ("端末PC", None, "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。",
     "はい", D(2024, 10, 8), None, None, None, None),
    ("ネットワーク機器", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。",
     "はい", D(2024, 10, 8), None, None, None, None),
    ("ネットワーク機器", None, "接続元制限を実施している。",
     "いいえ", D(2024, 10, 8), D(2025, 1, 31), None, None, "保守用VPNの接続元IP制限を設定予定"),
    (S3, "3-(1)", "インシデント発生時における医療機関及び事業者内の連絡体制図がある。",
     "はい", D(2024, 10, 8), None, None, None, None),
    (S3, "3-(2)", "インシデント発生時に医療機関が診療を継続するために必要なデータやシステムのバックアップの実施と復旧手順を確認している。",
     "はい", D(2024, 10, 8), None, None, None, None),
]

thin = Side(style="thin")
hair = Side(style="hair")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
SEC_FILL = PatternFill("solid", fgColor="F2F2F2")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP = Alignment(vertical="center", wrap_text=True)
DATEFMT = "yyyy/m/d"


def main():
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    # A: spacer, B: No, C: item, D:はい E:いいえ F:確認日 G:目標日 H:はい I:いいえ J:確認日 K:備考
    widths = {"A": 2, "B": 7, "C": 58, "D": 5, "E": 6, "F": 11, "G": 11, "H": 5, "I": 6, "J": 11, "K": 28}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v

    ws.merge_cells("B1:K1")
    ws["B1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度版）"
    ws["B1"].font = Font(size=14, bold=True)
    ws["B1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("B2:K2")
    ws["B2"] = "【事業者確認用】"
    ws["B2"].alignment = Alignment(horizontal="center")
    ws["B2"].font = Font(bold=True)

    header = [("事業者名", VENDOR), ("対象システム", SYSTEM), ("提出先医療機関名", HOSP)]
    r = 4
    for label, val in header:
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
        ws.cell(r, 2, label).alignment = Alignment(horizontal="left", vertical="center")
        ws.cell(r, 2).fill = HEAD_FILL
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=11)
        ws.cell(r, 4, val).alignment = Alignment(vertical="center")
        for c in range(2, 12):
            ws.cell(r, c).border = BOX
        r += 1

    notes = [
        "※ 各項目について「はい」「いいえ」のいずれかの欄に○を記入し、確認日を記入してください。",
        "※ 1回目の確認で「いいえ」の場合は、対応の目標日を記入してください。",
        "※ 事業者ごと又はシステムごとに1枚作成してください。",
    ]
    r = 8
    for n in notes:
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=11)
        ws.cell(r, 2, n).font = Font(size=9)
        r += 1

    h1, h2 = 12, 13
    ws.merge_cells(start_row=h1, start_column=2, end_row=h2, end_column=2)
    ws.cell(h1, 2, "項番")
    ws.merge_cells(start_row=h1, start_column=3, end_row=h2, end_column=3)
    ws.cell(h1, 3, "チェック項目")
    ws.merge_cells(start_row=h1, start_column=4, end_row=h1, end_column=6)
    ws.cell(h1, 4, "1回目")
    ws.merge_cells(start_row=h1, start_column=7, end_row=h2, end_column=7)
    ws.cell(h1, 7, "目標日")
    ws.merge_cells(start_row=h1, start_column=8, end_row=h1, end_column=10)
    ws.cell(h1, 8, "2回目")
    ws.merge_cells(start_row=h1, start_column=11, end_row=h2, end_column=11)
    ws.cell(h1, 11, "備考")
    for c, t in ((4, "はい"), (5, "いいえ"), (6, "確認日"), (8, "はい"), (9, "いいえ"), (10, "確認日")):
        ws.cell(h2, c, t)
    for rr in (h1, h2):
        for c in range(2, 12):
            cell = ws.cell(rr, c)
            cell.alignment = CENTER
            cell.fill = HEAD_FILL
            cell.border = BOX
            cell.font = Font(bold=True)

    headings = {
        S1: "1　体制構築",
        S2: "2　医療情報システムの管理・運用",
        S3: "3　インシデント発生に備えた対応",
        "サーバ": "　サーバ",
        "端末PC": "　端末PC",
        "ネットワーク機器": "　ネットワーク機器",
    }
    r = h2 + 1
    cur = None
    entries = []
    rowmap = []
    for (sec, no, item, a1, d1, tgt, a2, d2, rem) in ITEMS:
        if sec != cur:
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=11)
            ws.cell(r, 2, headings[sec]).font = Font(bold=True)
            for c in range(2, 12):
                ws.cell(r, c).fill = SEC_FILL
                ws.cell(r, c).border = BOX
            cur = sec
            r += 1
        ws.cell(r, 2, no)
        ws.cell(r, 3, item)
        ws.cell(r, 4 if a1 == "はい" else 5, "○")
        ws.cell(r, 6, d1)
        if tgt:
            ws.cell(r, 7, tgt)
        if a2:
            ws.cell(r, 8 if a2 == "はい" else 9, "○")
        if d2:
            ws.cell(r, 10, d2)
        if rem:
            ws.cell(r, 11, rem)
        for c in range(2, 12):
            cell = ws.cell(r, c)
            cell.border = BOX
            cell.alignment = WRAP if c in (3, 11) else CENTER
            if c in (6, 7, 10):
                cell.number_format = DATEFMT
        ws.row_dimensions[r].height = 30
        e = {"section": sec, "item": item}
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
        rowmap.append(r)
        r += 1

    ws.cell(r + 1, 2, "記入者：システム保守部　岡田").font = Font(size=9)
    ws.print_area = f"A1:K{r + 1}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.freeze_panes = "D14"

    inst = wb.create_sheet("記入要領")
    lines = [
        "記入要領",
        "",
        "1. 本チェックリストは、医療機関の医療情報システムの委託事業者が記入し、医療機関へ提出するものです。",
        "2. 事業者ごと又はシステムごとにチェックリストを分けて作成してください。",
        "3. 1回目の確認結果を「はい」「いいえ」欄に○で記入し、確認日を記入してください。",
        "4. 「いいえ」の場合は、実施可能な直近の対応目標日を記入してください。",
        "5. 目標日までに対応した後、2回目の確認結果と確認日を記入してください。",
        "6. 記入に当たっては「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル～医療機関・事業者向け～」を参照してください。",
    ]
    for i, t in enumerate(lines, 1):
        inst.cell(i, 1, t)
    inst["A1"].font = Font(bold=True, size=12)
    inst.column_dimensions["A"].width = 110

    out = os.path.join(HERE, NAME + ".xlsx")
    wb.save(out)

    exp = {
        "form": "checklist-vendor",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"vendorName": VENDOR, "targetSystem": SYSTEM, "hospitalName": HOSP, "entries": entries},
        "planted": [],
        "notes": ("Answers are ○ marks in separate はい / いいえ columns; dates are Excel date cells. "
                  "Items other than 1-(1) and 2-(3) are my vendor-side rewording of the hospital items "
                  "(the catalogue gives only those two vendor wordings); per-device-class items carry no item number. "
                  "Section values: 体制構築 / 医療情報システムの管理・運用 / インシデント発生に備えた対応 for the numbered items, "
                  "サーバ / 端末PC / ネットワーク機器 for the device-class items. Network 接続元制限 is いいえ with a target date and "
                  "no 2nd check yet (allowed). The 記入者 line below the table is not an item."),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
    print(out, rowmap)


if __name__ == "__main__":
    main()
