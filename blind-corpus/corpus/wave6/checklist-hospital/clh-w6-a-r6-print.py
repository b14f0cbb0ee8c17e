#!/usr/bin/python3
"""clh-w6-a-r6-print: 令和6年度版 チェックリスト（医療機関確認用）, drawn by a prefecture's 医療推進課 as a
print-style single form sheet (+ 記入要領 sheet), filled by a hospital's 事務 staff, then re-saved by LibreOffice.
Planted: いいえ without 目標日; 目標日 outside R6 fiscal year; 2回目 date before 1回目 date.
Run: /usr/bin/python3 clh-w6-a-r6-print.py  (writes the .xlsx and the .expected.json next to this script)
"""
import datetime as dt
import json
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clh-w6-a-r6-print"
SHEET = "医療機関確認用"

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
SEC_FILL = PatternFill("solid", fgColor="F2F2F2")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

FACILITY = "医療法人社団 緑風会 みどり台総合病院"

# (kind, ...)  kind 'h' = heading row (text), 'i' = item row
# item: (itemNo shown, section, item text, first answer, first date text, first date iso,
#        target date (date or None), second answer, second date text, second date iso, remarks)
D1 = ("R6.10.8", "2024-10-08")
D2 = ("R6.10.10", "2024-10-10")
ROWS = [
    ("i", "前提", "前提", "医療情報システムを導入、運用している", "はい", *D1, None, None, None, None, None),
    ("n", "※前提が「いいえ」の場合は、以下の項目の記入は不要です。"),
    ("h", "１．体制構築"),
    ("i", "1-(1)", "体制構築", "医療情報システム安全管理責任者を設置している", "はい", *D1, None, None, None, None,
     "情報システム委員長（副院長）を任命"),
    ("h", "２．医療情報システムの管理・運用"),
    ("s", "医療情報システム全般"),
    ("i", "2-(1)", "医療情報システム全般", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", "はい", *D1,
     None, None, None, None, None),
    ("i", "2-(2)", "医療情報システム全般", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した",
     "はい", *D1, None, None, None, None, None),
    # planted P3: 2回目 date 9/20 (= 2024-09-20) is before the 1回目 date R6.10.8 (meant 12/20)
    ("i", "2-(3)", "医療情報システム全般",
     "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
     "いいえ", *D1, dt.date(2024, 12, 27), "はい", "9/20", "2024-09-20", "電子カルテ・PACS分は受領済、検査系未"),
    ("s", "サーバ"),
    ("i", "2-(4)①", "サーバ", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", "はい", *D2,
     None, None, None, None, None),
    ("i", "2-(4)②", "サーバ", "退職者や使用していないアカウント等、不要なアカウントを削除している", "はい", *D2,
     None, None, None, None, None),
    ("i", "2-(4)③", "サーバ", "アクセスログを管理している", "はい", *D2, None, None, None, None, None),
    ("i", "2-(4)④", "サーバ", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "はい", *D2,
     None, None, None, None, None),
    ("i", "2-(4)⑤", "サーバ", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
     "いいえ", *D2, dt.date(2025, 1, 31), "はい", "1/28", "2025-01-28", "保守業者と確認のうえ停止"),
    ("s", "端末PC"),
    ("i", "2-(5)①", "端末PC", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", "はい", *D2,
     None, None, None, None, None),
    ("i", "2-(5)②", "端末PC", "退職者や使用していないアカウント等、不要なアカウントを削除している", "はい", *D2,
     None, None, None, None, None),
    ("i", "2-(5)③", "端末PC", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "はい", *D2,
     None, None, None, None, None),
    # planted P1: いいえ but 目標日 left blank
    ("i", "2-(5)④", "端末PC", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
     "いいえ", *D2, None, None, None, None, "ベンダーと調整中"),
    ("s", "ネットワーク機器"),
    ("i", "2-(6)①", "ネットワーク機器", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
     "はい", *D2, None, None, None, None, None),
    # planted P2: 目標日 2025-06-30 is outside 令和6年度 (2024-04-01..2025-03-31)
    ("i", "2-(6)②", "ネットワーク機器", "接続元制限を実施している", "いいえ", *D2, dt.date(2025, 6, 30), None, None,
     None, "UTM機器更新時に設定予定"),
    ("h", "３．インシデント発生に備えた対応"),
    ("i", "3-(1)", "インシデント発生に備えた対応",
     "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある", "はい", *D1,
     None, None, None, None, None),
    ("i", "3-(2)", "インシデント発生に備えた対応",
     "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
     "はい", *D1, None, None, None, None, None),
    ("i", "3-(3)", "インシデント発生に備えた対応", "サイバー攻撃を想定した事業継続計画（BCP）を策定している",
     "いいえ", *D1, dt.date(2025, 3, 31), "いいえ", "3/14", "2025-03-14", "案作成中（4月の運営会議で承認予定）"),
]


def build(path):
    wb = Workbook()
    ins = wb.active
    ins.title = "記入要領"
    notes = [
        "チェックリスト（医療機関確認用）記入要領",
        "",
        "１　令和6年度版のチェックリスト（令和6年5月13日付け医政参発0513第6号）の項目を転記しています。",
        "２　記入に当たっては「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル～医療機関・事業者向け～」を参照してください。",
        "３　回答欄の「はい・いいえ」は、該当しない方を消してください（例：「はい」）。",
        "４　確認日は R6.10.1 のように記入してください。",
        "５　1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日（令和7年3月31日まで）を記入してください。",
        "６　目標日までに対応した項目は、2回目欄に結果と確認日を記入してください。",
        "７　立入検査時、本チェックリストを確認します。",
    ]
    for i, t in enumerate(notes, start=1):
        ins.cell(row=i, column=1, value=t)
    ins["A1"].font = Font(bold=True, size=13)
    ins.column_dimensions["A"].width = 110

    ws = wb.create_sheet(SHEET)
    widths = {"A": 2, "B": 9, "C": 58, "D": 10, "E": 11, "F": 1.5, "G": 12, "H": 1.5, "I": 10, "J": 11, "K": 30}
    for c, w in widths.items():
        ws.column_dimensions[c].width = w

    ws.merge_cells("B2:K2")
    ws["B2"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度版）"
    ws["B2"].font = Font(bold=True, size=14)
    ws["B2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("B3:K3")
    ws["B3"] = "医療機関確認用"
    ws["B3"].alignment = Alignment(horizontal="center")
    ws["B3"].font = Font(bold=True)

    ws.merge_cells("B5:C5")
    ws["B5"] = "医療機関名"
    ws["B5"].alignment = CENTER
    ws["B5"].fill = HEAD_FILL
    ws.merge_cells("D5:K5")
    ws["D5"] = FACILITY
    for c in "BCDEFGHIJK":
        ws[f"{c}5"].border = BOX

    ws["B7"] = "※ 本チェックリストの項目について確認を行い、「いいえ」の項目については速やかに取り組むよう対応をお願いします。"
    ws["B8"] = "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。"

    # two-row header
    ws.merge_cells("B10:B11"); ws["B10"] = "番号"
    ws.merge_cells("C10:C11"); ws["C10"] = "チェック項目"
    ws.merge_cells("D10:E10"); ws["D10"] = "1回目"
    ws["D11"] = "はい・いいえ"; ws["E11"] = "確認日"
    ws.merge_cells("G10:G11"); ws["G10"] = "目標日"
    ws.merge_cells("I10:J10"); ws["I10"] = "2回目"
    ws["I11"] = "はい・いいえ"; ws["J11"] = "確認日"
    ws.merge_cells("K10:K11"); ws["K10"] = "備考"
    for r in (10, 11):
        for c in "BCDEGIJK":
            cell = ws[f"{c}{r}"]
            cell.border = BOX
            cell.fill = HEAD_FILL
            cell.alignment = CENTER
            cell.font = Font(bold=True)

    entries = []
    r = 12
    rowmap = []
    for row in ROWS:
        kind = row[0]
        if kind in ("h", "s"):
            ws.merge_cells(f"B{r}:K{r}")
            ws[f"B{r}"] = row[1] if kind == "h" else f"【{row[1]}】"
            ws[f"B{r}"].font = Font(bold=True)
            ws[f"B{r}"].fill = SEC_FILL
            for c in "BCDEFGHIJK":
                ws[f"{c}{r}"].border = BOX
        elif kind == "n":
            ws.merge_cells(f"B{r}:K{r}")
            ws[f"B{r}"] = row[1]
            ws[f"B{r}"].font = Font(size=9)
        else:
            (_, no, sec, text, a1, d1t, d1, tgt, a2, d2t, d2, rem) = row
            ws[f"B{r}"] = no
            ws[f"C{r}"] = text
            ws[f"D{r}"] = a1
            ws[f"E{r}"] = d1t
            if tgt is not None:
                ws[f"G{r}"] = tgt
                ws[f"G{r}"].number_format = "yyyy/m/d"
            if a2:
                ws[f"I{r}"] = a2
            if d2t:
                ws[f"J{r}"] = d2t
            if rem:
                ws[f"K{r}"] = rem
            for c in "BCDEGIJK":
                ws[f"{c}{r}"].border = BOX
                ws[f"{c}{r}"].alignment = CENTER if c in "BDEGIJ" else WRAP
            ws.row_dimensions[r].height = 30
            e = {"section": sec, "item": text}
            if no != "前提":
                e["itemNo"] = no
            e["firstAnswer"] = a1
            e["firstDate"] = d1
            if tgt is not None:
                e["targetDate"] = tgt.isoformat()
            if a2:
                e["secondAnswer"] = a2
            if d2:
                e["secondDate"] = d2
            if rem:
                e["remarks"] = rem
            entries.append(e)
            rowmap.append(r)
        r += 1

    ws["B%d" % (r + 1)] = "（提出先）〇〇県保健医療部医療推進課"
    ws.print_area = f"A1:K{r + 1}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "10:11"
    wb.active = 1
    wb.save(path)
    return entries, rowmap


def main():
    tmpdir = tempfile.mkdtemp()
    raw = os.path.join(tmpdir, NAME + ".xlsx")
    entries, rowmap = build(raw)
    # re-save with LibreOffice (as the hospital did: opened and saved in LibreOffice Calc)
    outdir = os.path.join(tmpdir, "lo")
    os.makedirs(outdir)
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, raw], check=True,
                   stdout=subprocess.DEVNULL)
    shutil.copy(os.path.join(outdir, NAME + ".xlsx"), os.path.join(HERE, NAME + ".xlsx"))

    idx = {e.get("itemNo", "前提"): i for i, e in enumerate(entries)}
    row_of = {e.get("itemNo", "前提"): rowmap[i] for i, e in enumerate(entries)}
    exp = {
        "form": "checklist-hospital",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "entries": entries},
        "planted": [
            {"cells": [f"{SHEET}!G{row_of['2-(5)④']}"], "paths": [f"entries[{idx['2-(5)④']}].targetDate"],
             "why": "1回目が「いいえ」なのに目標日が空欄（いいえ ⇒ 目標日必須）"},
            {"cells": [f"{SHEET}!G{row_of['2-(6)②']}"], "paths": [f"entries[{idx['2-(6)②']}].targetDate"],
             "why": "目標日 2025/6/30 が令和6年度（2024-04-01〜2025-03-31）の範囲外"},
            {"cells": [f"{SHEET}!J{row_of['2-(3)']}"], "paths": [f"entries[{idx['2-(3)']}].secondDate"],
             "why": "2回目確認日「9/20」（令和6年度版なので2024-09-20）が1回目確認日 R6.10.8 より前（12/20の書き誤り）"},
        ],
        "notes": ("はい・いいえ欄は不要な方を消した形（「はい」/「いいえ」だけが残る）。1回目確認日は R6.10.8 形式の文字列、"
                  "目標日は Excel 日付セル、2回目確認日は年なしの文字列（12/20 → 2024-12-20、1/28・3/14 → 2025年）。"
                  "section は直上の見出し（【サーバ】等は括弧を除く、「１．体制構築」等は番号を除く）。"
                  "番号列の 2-(4)①〜2-(6)② は本県様式の独自採番。R6 の機器別項目は seed 004 の記事どおり"
                  "（パスワード項目なし）。記入要領シート・表題・注記・提出先の行は値ではない。LibreOffice で再保存済み。"),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
    shutil.rmtree(tmpdir)


if __name__ == "__main__":
    main()
