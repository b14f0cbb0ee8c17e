#!/usr/bin/python3
"""clv-w38-b: vendor checklist (事業者確認用, R6) drawn like the prefecture's
「はい・いいえ (　/　)」 print form: answer and year-less date in one cell, header
fields as 「項目：値」 in one cell, a 記入要領 sheet in front, re-saved by LibreOffice.
Filled by a small network-maintenance vendor. Two planted problems."""
import sys, os, json, shutil, subprocess, tempfile
sys.path.insert(0, "/tmp/clv_ins_py")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "clv-w38-b-answer-date-in-cell"
SHEET = "チェックリスト（事業者確認用）"

VENDOR = "有限会社 瀬戸内ネットサービス"
SYSTEM = "院内ネットワーク及びリモート保守用VPN装置"
HOSPITAL = "社会医療法人 青葉会 青葉中央病院"

BLANK2 = "はい・いいえ (　/　)"   # template placeholder left where nothing was done
BLANKT = "(　/　)"

# section, itemNo shown, text shown in cell, canonical item, 1回目 cell, 目標日 cell, 2回目 cell, 備考,
#   canonical (first, firstDate, target, second, secondDate)
ROWS = [
    ("体制構築", "１-(１)", "事業者内に医療情報システム等の提供に係る管理責任者を設置している",
     "事業者内に医療情報システム等の提供に係る管理責任者を設置している",
     "はい (8/5)", BLANKT, BLANK2, "代表取締役が兼務",
     ("はい", "2024-08-05", None, None, None)),
    ("医療情報システム全般", "２-(１)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
     "サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
     "はい (8/5)", BLANKT, BLANK2, None,
     ("はい", "2024-08-05", None, None, None)),
    ("医療情報システム全般", "２-(２)", "リモートメンテナンス（保守）を利用している機器の有無を確認した",
     "リモートメンテナンス（保守）を利用している機器の有無を確認した",
     "はい (8/5)", BLANKT, BLANK2, "VPN装置1台\n(事務棟2F サーバ室)",
     ("はい", "2024-08-05", None, None, None)),
    ("医療情報システム全般", "２-(３)", "医療機関にMDS/SDS（医療情報セキュリティ開示書）を提出した",
     "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した",
     "いいえ (8/5)", "(10/31)", "はい (10/18)", "SDS提出済",
     ("いいえ", "2024-08-05", "2024-10-31", "はい", "2024-10-18")),
    ("サーバ", None, "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
     "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
     "はい (8/5)", BLANKT, BLANK2, "ログ収集サーバのみ",
     ("はい", "2024-08-05", None, None, None)),
    ("サーバ", None, "退職者や使用していないアカウント等、不要なアカウントを削除している",
     "退職者や使用していないアカウント等、不要なアカウントを削除している",
     "はい (8/5)", BLANKT, BLANK2, None,
     ("はい", "2024-08-05", None, None, None)),
    ("サーバ", None, "アクセスログを管理している",
     "アクセスログを管理している",
     "はい (8/5)", BLANKT, BLANK2, None,
     ("はい", "2024-08-05", None, None, None)),
    ("サーバ", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
     "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
     "はい (8/5)", BLANKT, BLANK2, None,
     ("はい", "2024-08-05", None, None, None)),
    ("サーバ", None, "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
     "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
     "はい (8/5)", BLANKT, BLANK2, None,
     ("はい", "2024-08-05", None, None, None)),
    ("端末PC", None, "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
     "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
     "はい (8/6)", BLANKT, BLANK2, None,
     ("はい", "2024-08-06", None, None, None)),
    ("端末PC", None, "退職者や使用していないアカウント等、不要なアカウントを削除している",
     "退職者や使用していないアカウント等、不要なアカウントを削除している",
     "はい (8/6)", BLANKT, BLANK2, None,
     ("はい", "2024-08-06", None, None, None)),
    ("端末PC", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
     "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
     "はい (8/6)", BLANKT, BLANK2, None,
     ("はい", "2024-08-06", None, None, None)),
    ("端末PC", None, "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
     "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
     "いいえ（8/6）", "(1/31)", "はい (1/20)", "保守端末2台 対応",
     ("いいえ", "2024-08-06", "2025-01-31", "はい", "2025-01-20")),
    # PLANT 1: いいえ but the 目標日 placeholder was never filled in
    ("ネットワーク機器", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
     "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
     "いいえ (8/6)", BLANKT, BLANK2, "UTMファーム更新 メーカー回答待ち",
     ("いいえ", "2024-08-06", None, None, None)),
    ("ネットワーク機器", None, "接続元制限を実施している",
     "接続元制限を実施している",
     "はい (8/6)", BLANKT, BLANK2, "保守拠点IPのみ許可",
     ("はい", "2024-08-06", None, None, None)),
    ("インシデント発生に備えた対応", "３-(１)",
     "インシデント発生時における組織内と外部関係機関（医療機関、厚生労働省、警察等）への連絡体制図がある",
     "インシデント発生時における組織内と外部関係機関（医療機関、厚生労働省、警察等）への連絡体制図がある",
     "はい (8/5)", BLANKT, BLANK2, None,
     ("はい", "2024-08-05", None, None, None)),
    # PLANT 2: 2回目 date (7/29) is before the 1回目 date (8/5)
    ("インシデント発生に備えた対応", "３-(２)",
     "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
     "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
     "いいえ (8/5)", "(12/27)", "はい (7/29)", "機器設定のバックアップ手順書作成",
     ("いいえ", "2024-08-05", "2024-12-27", "はい", "2024-07-29")),
]

HEADINGS = {
    "体制構築": "１．体制構築",
    "医療情報システム全般": "２．医療情報システムの管理・運用\n【医療情報システム全般】",
    "サーバ": "【サーバ】",
    "端末PC": "【端末PC】",
    "ネットワーク機器": "【ネットワーク機器】",
    "インシデント発生に備えた対応": "３．インシデント発生に備えた対応",
}


def build(tmpdir):
    wb = Workbook()
    guide = wb.active
    guide.title = "記入要領"
    guide.column_dimensions["A"].width = 100
    lines = [
        "【記入要領】医療機関におけるサイバーセキュリティ対策チェックリスト（事業者確認用）令和6年度版",
        "",
        "1. 医療機関のネットワークを構成する医療情報システムの委託事業者ごと（又はシステムごと）に1枚作成してください。",
        "2. 「はい・いいえ」はどちらかを消し、（　/　）に確認日を記入してください。",
        "3. 1回目の確認で「いいえ」の場合は、実施可能な直近の対応目標日を記入してください。",
        "4. 目標日までに対応した後、2回目の確認結果と確認日を記入してください。",
        "5. 記入したチェックリストは医療機関へ提出してください（立入検査時に確認されます）。",
    ]
    for i, t in enumerate(lines, 1):
        guide.cell(i, 1, t).alignment = Alignment(wrap_text=True)
    guide["A1"].font = Font(bold=True)

    ws = wb.create_sheet(SHEET)
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    grey = PatternFill("solid", fgColor="E7E6E6")
    wrap = Alignment(wrap_text=True, vertical="center")
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for k, v in {"A": 9, "B": 60, "C": 14, "D": 10, "E": 14, "F": 24}.items():
        ws.column_dimensions[k].width = v

    ws.merge_cells("A1:F1")
    ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
    ws["A1"].font = Font(size=14, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:F2")
    ws["A2"] = "事業者確認用（令和6年度版）"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A4:F4")
    ws["A4"] = "事業者名：" + VENDOR + "　"          # trailing full-width space, as typed
    ws.merge_cells("A5:F5")
    ws["A5"] = "対象システム：" + SYSTEM
    ws.merge_cells("A6:F6")
    ws["A6"] = "提出先医療機関名：" + HOSPITAL
    for r in (4, 5, 6):
        ws.cell(r, 1).font = Font(underline="single")
    ws.merge_cells("A7:F7")
    ws["A7"] = "※1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。"
    ws["A7"].font = Font(size=9)

    ws.merge_cells("A9:B10")
    ws["A9"] = "チェック項目"
    ws.merge_cells("C9:E9")
    ws["C9"] = "確認結果（日付）"
    ws["C10"], ws["D10"], ws["E10"] = "1回目", "目標日", "2回目"
    ws.merge_cells("F9:F10")
    ws["F9"] = "備考"
    for r in (9, 10):
        for c in range(1, 7):
            ws.cell(r, c).border = box
            ws.cell(r, c).alignment = center
            ws.cell(r, c).fill = grey
            ws.cell(r, c).font = Font(bold=True)

    r = 11
    cur = None
    cells = []
    for row in ROWS:
        sec, no, shown, _canon, c1, ct, c2, rem, _ = row
        if sec != cur:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ws.cell(r, 1, HEADINGS[sec]).font = Font(bold=True)
            ws.cell(r, 1).alignment = Alignment(wrap_text=True, vertical="center")
            if "\n" in HEADINGS[sec]:
                ws.row_dimensions[r].height = 30
            for c in range(1, 7):
                ws.cell(r, c).border = box
            cur = sec
            r += 1
        ws.cell(r, 1, no)
        ws.cell(r, 2, shown)
        ws.cell(r, 3, c1)
        ws.cell(r, 4, ct)
        ws.cell(r, 5, c2)
        ws.cell(r, 6, rem)
        for c in range(1, 7):
            ws.cell(r, c).border = box
            ws.cell(r, c).alignment = center if c in (1, 3, 4, 5) else wrap
        ws.row_dimensions[r].height = 32
        cells.append(r)
        r += 1
    ws.cell(r + 1, 1, "※ 本チェックリストは医療機関経由で保健所の立入検査時に確認されます。").font = Font(size=9)
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.active = 1

    tmp = os.path.join(tmpdir, NAME + ".xlsx")
    wb.save(tmp)
    return tmp, cells


def expected(cells):
    entries = []
    for row in ROWS:
        sec, no, _shown, canon, c1, ct, c2, rem, (a1, d1, tg, a2, d2) = row
        e = {"section": sec, "item": canon}
        if no:
            e["itemNo"] = no.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
        e["firstAnswer"] = a1
        e["firstDate"] = d1
        if tg:
            e["targetDate"] = tg
        if a2:
            e["secondAnswer"] = a2
        if d2:
            e["secondDate"] = d2
        if rem:
            e["remarks"] = rem
        entries.append(e)
    idx_nw = 13
    idx_bk = 16
    r_nw, r_bk = cells[idx_nw], cells[idx_bk]
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
        "planted": [
            {"cells": [f"{SHEET}!D{r_nw}"], "paths": [f"entries[{idx_nw}].targetDate"],
             "why": "1回目が「いいえ」なのに目標日が未記入（テンプレートの「(　/　)」のまま）。いいえ ⇒ 目標日必須"},
            {"cells": [f"{SHEET}!E{r_bk}", f"{SHEET}!C{r_bk}"], "paths": [f"entries[{idx_bk}].secondDate"],
             "why": "2回目の確認日 7/29 (2024-07-29) が1回目の確認日 8/5 (2024-08-05) より前"},
        ],
        "notes": ("Data on sheet 'チェックリスト（事業者確認用）' (second sheet; first sheet 記入要領 is instructions only). "
                  "Answer and year-less date share one cell, e.g. 'はい (8/5)' = はい, 2024-08-05; '(1/31)' = 2025-01-31. "
                  "Cells still holding the template text 'はい・いいえ (　/　)' or '(　/　)' are blank (not answered). "
                  "Item numbers are written full-width (１-(１)) -> itemNo '1-(1)'; device-class rows have no number. "
                  "2-(3) is shown abbreviated ('医療機関にMDS/SDS（医療情報セキュリティ開示書）を提出した'); item gives the full wording. "
                  "Header fields are 'label：value' in one merged cell; 事業者名 has a trailing full-width space. "
                  "Vendor item wording for 2-(1), 2-(2), 3-(1), 3-(2) adapted from the hospital-side items. "
                  "Workbook re-saved by LibreOffice."),
    }


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as td:
        tmp, cells = build(td)
        outdir = os.path.join(td, "lo")
        os.makedirs(outdir)
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{td}/profile",
                        "--convert-to", "xlsx", "--outdir", outdir, tmp],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copy(os.path.join(outdir, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected(cells), f, ensure_ascii=False, indent=2)
    print(cells)
