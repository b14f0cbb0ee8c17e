#!/usr/bin/python3
"""clh-w42-a: 令和6年度版 医療機関確認用 as one sheet: No. | 対象機器 (merged) | チェック項目 | 1回目 回答/確認日 |
目標日 | 2回目 回答/確認日 | 備考. はい/いいえ dropdowns, Excel date cells, a COUNTIF total without cached value."""
import sys, os, json, datetime as dt
sys.path.insert(0, "/tmp/clpy")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clh-w42-a-single-sheet-device-column"
SHEET = "医療機関確認用"
FACILITY = "医療法人社団 青葉会 青葉台記念病院"
D = dt.date

ACCESS = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
ACCOUNT = "退職者や使用していないアカウント等、不要なアカウントを削除している"
LOG = "アクセスログを管理している"
PATCH = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
SOFT = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
SRCLIM = "接続元制限を実施している"

# (heading shown in a section row or None, itemNo, device class, item text, answers)
# answers: (a1, d1, target, a2, d2, remarks)
d1 = D(2024, 6, 14)
ROWS = [
    ("前提", None, None, "医療情報システムを導入、運用している", ("はい", d1, None, None, None, "電子カルテ（R3導入）、PACS、レセコン")),
    ("1 管理体制", "1-(1)", None, "医療情報システム安全管理責任者を設置している", ("はい", d1, None, None, None, "医療情報管理室長")),
    ("2 医療情報システム全般", "2-(1)", None, "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", ("はい", d1, None, None, None, "")),
    (None, "2-(2)", None, "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", ("はい", D(2024, 6, 17), None, None, None, "電子カルテ・PACSでリモート保守あり")),
    (None, "2-(3)", None, "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
     ("いいえ", D(2024, 6, 17), D(2024, 9, 30), "はい", D(2024, 9, 20), "電子カルテ・PACS・レセコン事業者分受領")),
    ("サーバ", None, "サーバ", ACCESS, ("はい", d1, None, None, None, "")),
    (None, None, "サーバ", ACCOUNT, ("はい", d1, None, None, None, "")),
    (None, None, "サーバ", LOG, ("はい", d1, None, None, None, "")),
    (None, None, "サーバ", PATCH, ("はい", d1, None, None, None, "")),
    (None, None, "サーバ", SOFT, ("はい", D(2024, 6, 17), None, None, None, "")),
    ("端末PC", None, "端末PC", ACCESS, ("はい", d1, None, None, None, "")),
    (None, None, "端末PC", ACCOUNT, ("いいえ", d1, D(2024, 8, 31), "はい", D(2024, 8, 26), "退職者アカウント12件を削除")),
    (None, None, "端末PC", PATCH, ("はい", d1, None, None, None, "")),
    (None, None, "端末PC", SOFT, ("はい", D(2024, 6, 17), None, None, None, "")),
    ("ネットワーク機器", None, "ネットワーク機器", PATCH, ("はい", D(2024, 6, 17), None, None, None, "")),
    (None, None, "ネットワーク機器", SRCLIM, ("はい", D(2024, 6, 17), None, None, None, "")),
    ("3 インシデント発生に備えた対応", "3-(1)", None, "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
     ("はい", d1, None, None, None, "")),
    (None, "3-(2)", None, "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
     ("はい", d1, None, None, None, "")),
    (None, "3-(3)", None, "サイバー攻撃を想定した事業継続計画（BCP）を策定している",
     ("いいえ", d1, D(2025, 3, 31), "はい", D(2025, 3, 24), "R7.3 院内会議で承認")),
]
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
C = Alignment(horizontal="center", vertical="center", wrap_text=True)
L = Alignment(horizontal="left", vertical="center", wrap_text=True)
DF = "yyyy/mm/dd"

def build(path):
    wb = Workbook(); ws = wb.active; ws.title = SHEET
    for col, w in zip("ABCDEFGHI", [7, 12, 56, 8, 12, 12, 8, 12, 30]):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:I1"); ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度版）"
    ws["A1"].font = Font(size=14, bold=True); ws["A1"].alignment = Alignment(horizontal="center")
    ws["I2"] = "【医療機関確認用】"; ws["I2"].alignment = Alignment(horizontal="right")
    ws.merge_cells("A3:B3"); ws["A3"] = "医療機関名"; ws["A3"].alignment = C; ws["A3"].border = B
    ws["B3"].border = B
    ws.merge_cells("C3:E3"); ws["C3"] = FACILITY
    for c in "CDE": ws[f"{c}3"].border = B
    ws.merge_cells("A4:I4")
    ws["A4"] = ("※「前提」が「いいえ」の場合は以降の記入は不要です。1回目の確認で「いいえ」の場合は目標日を記入し、"
                "対応後に2回目の確認を行ってください。回答欄はプルダウンから選択、日付は yyyy/mm/dd で入力。")
    ws["A4"].alignment = L; ws["A4"].font = Font(size=9); ws.row_dimensions[4].height = 28
    # header
    ws.merge_cells("A6:A7"); ws["A6"] = "No."
    ws.merge_cells("B6:B7"); ws["B6"] = "対象機器"
    ws.merge_cells("C6:C7"); ws["C6"] = "チェック項目"
    ws.merge_cells("D6:E6"); ws["D6"] = "1回目"
    ws.merge_cells("F6:F7"); ws["F6"] = "目標日"
    ws.merge_cells("G6:H6"); ws["G6"] = "2回目"
    ws.merge_cells("I6:I7"); ws["I6"] = "備考"
    ws["D7"] = "はい/いいえ"; ws["E7"] = "確認日"; ws["G7"] = "はい/いいえ"; ws["H7"] = "確認日"
    hf = PatternFill("solid", fgColor="FCE4D6")
    for r in (6, 7):
        for c in "ABCDEFGHI":
            ws[f"{c}{r}"].border = B; ws[f"{c}{r}"].alignment = C; ws[f"{c}{r}"].fill = hf
            ws[f"{c}{r}"].font = Font(bold=True, size=10)
    dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
    ws.add_data_validation(dv)
    secfill = PatternFill("solid", fgColor="EDEDED")
    r = 8
    entries = []; rowmap = {}
    section = None; dev_start = None
    top_headings = {"前提", "1 管理体制", "2 医療情報システム全般", "3 インシデント発生に備えた対応"}
    for head, no, dev, text, (a1, dd1, tg, a2, dd2, rem) in ROWS:
        if head in top_headings:
            ws.merge_cells(f"A{r}:I{r}"); ws[f"A{r}"] = head
            ws[f"A{r}"].font = Font(bold=True); ws[f"A{r}"].fill = secfill
            for c in "ABCDEFGHI": ws[f"{c}{r}"].border = B
            section = head.split(" ", 1)[-1] if head != "前提" else "前提"
            r += 1
        ws[f"A{r}"] = no
        ws[f"B{r}"] = dev
        ws[f"C{r}"] = text
        ws[f"D{r}"] = a1; ws[f"E{r}"] = dd1; ws[f"F{r}"] = tg
        ws[f"G{r}"] = a2; ws[f"H{r}"] = dd2
        if rem: ws[f"I{r}"] = rem
        for c in "ABCDEFGHI":
            ws[f"{c}{r}"].border = B; ws[f"{c}{r}"].alignment = L if c in "CI" else C
        for c in "EFH": ws[f"{c}{r}"].number_format = DF
        dv.add(f"D{r}"); dv.add(f"G{r}")
        ws.row_dimensions[r].height = 33
        e = dict(section=dev or section, item=text)
        if no: e["itemNo"] = no
        e["firstAnswer"] = a1; e["firstDate"] = dd1.isoformat()
        if tg: e["targetDate"] = tg.isoformat()
        if a2: e["secondAnswer"] = a2; e["secondDate"] = dd2.isoformat()
        if rem: e["remarks"] = rem
        entries.append(e); rowmap[len(entries) - 1] = r
        r += 1
    # merge 対象機器 cells per device class (the value sits in the first cell)
    first = {}
    for i, (_, _, dev, _, _) in enumerate(ROWS):
        if dev: first.setdefault(dev, []).append(rowmap[i])
    for dev, rows in first.items():
        ws.merge_cells(f"B{rows[0]}:B{rows[-1]}")
    last = r - 1
    r += 1
    ws[f"C{r}"] = "「はい」の件数（1回目）"; ws[f"C{r}"].alignment = Alignment(horizontal="right")
    ws[f"D{r}"] = f'=COUNTIF(D8:D{last},"はい")'
    ws[f"F{r}"] = "（2回目）"; ws[f"G{r}"] = f'=COUNTIF(G8:G{last},"はい")'
    ws.freeze_panes = "D8"
    ws.page_setup.orientation = "landscape"; ws.page_setup.fitToWidth = 1
    wb.save(path)
    return entries

if __name__ == "__main__":
    entries = build(os.path.join(HERE, NAME + ".xlsx"))
    exp = {
        "form": "checklist-hospital", "version": "R6", "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "entries": entries},
        "planted": [],
        "notes": ("One sheet; section heading rows ('前提', '1 管理体制', '2 医療情報システム全般', '3 インシデント発生に備えた対応') "
                  "span the table; section is given as the heading text without its number, or the device class from the merged "
                  "対象機器 column (サーバ/端末PC/ネットワーク機器). Device-class items carry no item number in this layout. "
                  "Item list per device class follows the 2024 article (seed 004): no password item in R6. Dates are Excel date "
                  "cells. The two COUNTIF totals below the table are formulas saved by openpyxl without cached values."),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
