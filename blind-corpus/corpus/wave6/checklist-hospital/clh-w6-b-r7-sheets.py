#!/usr/bin/python3
"""clh-w6-b-r7-sheets: 令和7年度版 チェックリスト（医療機関確認用）, drawn by a hospital's 情報システム課 as a
questionnaire split into one sheet per section (表紙 + 3 item sheets + hidden list sheet), answers as ○ in
はい/いいえ columns, 2回目 as 「はい（R7.9.26）」 in one cell, a correctly labelled 記入例 row, a COUNTIF formula
on the cover without a cached value (saved by openpyxl only). Filled completely and correctly: NO planted problem.
Run: /usr/bin/python3 clh-w6-b-r7-sheets.py  (writes the .xlsx and the .expected.json next to this script)
"""
import datetime as dt
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clh-w6-b-r7-sheets"

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="FCE4D6")
EX = PatternFill("solid", fgColor="EDEDED")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

FACILITY = "社会医療法人 青葉会 青葉中央病院"
CHECKED_ON = dt.date(2025, 7, 16)

T1 = dt.date(2025, 7, 14)
T2 = dt.date(2025, 7, 16)


def wareki(d):
    return f"令和{d.year - 2018}年{d.month}月{d.day}日"


def rshort(d):
    return f"R{d.year - 2018}.{d.month}.{d.day}"


# item: (no, section, text, first, firstDate, target, second, secondDate, remarks)
SHEETS = [
    ("1_体制", "前提・１．体制構築", [
        ("前提", "前提", "医療情報システムを導入、運用している", "はい", T1, None, None, None, None),
        ("1-(1)", "体制構築", "医療情報システム安全管理責任者を設置している", "はい", T1, None, None, None,
         "院長補佐（情報システム担当）を任命"),
        ("1-(2)", "体制構築", "医療情報システムの運用管理規程を整備している", "いいえ", T1, dt.date(2025, 9, 30),
         "はい", dt.date(2025, 9, 26), "規程案を情報システム委員会で審議・承認"),
    ]),
    ("2_システム管理", "２．医療情報システムの管理・運用", [
        ("2-(1)", "医療情報システム全般", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", "はい", T2, None,
         None, None, None),
        ("2-(2)", "医療情報システム全般", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した",
         "はい", T2, None, None, None, "電子カルテ・PACS・検体検査システムの3社に確認"),
        ("2-(3)", "医療情報システム全般",
         "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう", "はい", T2,
         None, None, None, None),
        ("2-(4)", "医療情報システム全般",
         "医療情報システムへのログインに二要素認証を導入している（令和9年度までに導入）", "いいえ", T2,
         dt.date(2026, 3, 27), None, None,
         "電子カルテ更新（令和8年度）に合わせて導入予定\n今年度中に導入計画を策定する"),
        ("2-(5)", "医療情報システム全般", "同一のパスワードを複数の機器やシステムで使い回していない", "はい", T2,
         None, None, None, None),
        ("2-(6)①", "サーバ", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", "はい", T2,
         None, None, None, None),
        ("2-(6)②", "サーバ", "退職者や使用していないアカウント等、不要なアカウントを削除している", "はい", T2, None,
         None, None, None),
        ("2-(6)③", "サーバ", "アクセスログを管理している", "はい", T2, None, None, None, None),
        ("2-(6)④", "サーバ", "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している", "はい", T2,
         None, None, None, None),
        ("2-(6)⑤", "サーバ", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "はい", T2,
         None, None, None, None),
        ("2-(6)⑥", "サーバ", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", "はい",
         T2, None, None, None, None),
        ("2-(7)①", "端末PC", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", "はい", T2,
         None, None, None, None),
        ("2-(7)②", "端末PC", "退職者や使用していないアカウント等、不要なアカウントを削除している", "はい", T2, None,
         None, None, None),
        ("2-(7)③", "端末PC", "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している", "はい", T2,
         None, None, None, None),
        ("2-(7)④", "端末PC", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "はい", T2,
         None, None, None, None),
        ("2-(7)⑤", "端末PC", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", "はい",
         T2, None, None, None, None),
        ("2-(7)⑥", "端末PC", "USBストレージ等の外部記録媒体や外部機器の接続を制限している", "いいえ", T2,
         dt.date(2025, 12, 26), "はい", dt.date(2025, 11, 28), "資産管理ソフトでUSBメモリの使用を禁止設定"),
        ("2-(8)①", "ネットワーク機器", "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している",
         "はい", T2, None, None, None, None),
        ("2-(8)②", "ネットワーク機器", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
         "はい", T2, None, None, None, None),
        ("2-(8)③", "ネットワーク機器", "接続元制限を実施している", "はい", T2, None, None, None, None),
    ]),
    ("3_インシデント", "３．インシデント発生に備えた対応", [
        ("3-(1)", "インシデント発生に備えた対応",
         "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある", "はい",
         T1, None, None, None, None),
        ("3-(2)", "インシデント発生に備えた対応",
         "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
         "はい", T1, None, None, None, "オフラインバックアップ（LTO）を週1回取得"),
        ("3-(3)", "インシデント発生に備えた対応", "サイバー攻撃を想定した事業継続計画（BCP）を策定している", "いいえ",
         T1, dt.date(2026, 2, 27), "はい", dt.date(2026, 2, 20), "BCP（サイバー攻撃編）を理事会で承認"),
    ]),
]


def header(ws, title):
    ws.merge_cells("A1:I1")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "該当する欄に「○」を記入してください。2回目は「はい（R7.9.1）」のように結果と確認日を記入。"
    ws["A2"].font = Font(size=9)
    for rng, text in (("A3:A4", "No."), ("B3:B4", "区分"), ("C3:C4", "設問（確認項目）"), ("D3:F3", "1回目"),
                      ("G3:G4", "目標日\n（いいえの場合）"), ("H3:H4", "2回目\n（結果・確認日）"), ("I3:I4", "備考")):
        ws.merge_cells(rng)
        ws[rng.split(":")[0]] = text
    ws["D4"] = "はい"
    ws["E4"] = "いいえ"
    ws["F4"] = "確認日"
    for r in (3, 4):
        for c in "ABCDEFGHI":
            cell = ws[f"{c}{r}"]
            cell.border = BOX
            cell.fill = HEAD
            cell.alignment = CENTER
            cell.font = Font(bold=True)
    for c, w in {"A": 8, "B": 14, "C": 56, "D": 6, "E": 6, "F": 11, "G": 16, "H": 18, "I": 34}.items():
        ws.column_dimensions[c].width = w
    ws.freeze_panes = "C5"


def put_row(ws, r, no, sec, text, a1, d1, tgt, a2, d2, rem, example=False):
    ws[f"A{r}"] = no
    ws[f"B{r}"] = sec
    ws[f"C{r}"] = text
    ws[f"D{r}" if a1 == "はい" else f"E{r}"] = "○"
    ws[f"F{r}"] = d1
    ws[f"F{r}"].number_format = "yyyy/m/d"
    if tgt:
        ws[f"G{r}"] = wareki(tgt)
    if a2:
        ws[f"H{r}"] = f"{a2}（{rshort(d2)}）"
    if rem:
        ws[f"I{r}"] = rem
    for c in "ABCDEFGHI":
        cell = ws[f"{c}{r}"]
        cell.border = BOX
        cell.alignment = WRAP if c in "CI" else CENTER
        if example:
            cell.fill = EX
            cell.font = Font(italic=True, color="7F7F7F")
    ws.row_dimensions[r].height = 45 if rem and "\n" in rem else 30


def main():
    wb = Workbook()
    cov = wb.active
    cov.title = "表紙"
    cov.column_dimensions["A"].width = 70
    cov["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（令和7年度版）"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "医療機関確認用"
    cov["A4"] = "医療機関名"
    cov["A5"] = FACILITY
    cov["A7"] = "確認日"
    cov["A8"] = CHECKED_ON
    cov["A8"].number_format = "yyyy\"年\"m\"月\"d\"日\""
    cov["A8"].alignment = Alignment(horizontal="left")
    for a in ("A4", "A7"):
        cov[a].fill = HEAD
        cov[a].font = Font(bold=True)
        cov[a].border = BOX
    for a in ("A5", "A8"):
        cov[a].border = BOX
    cov["A10"] = "1回目「いいえ」の項目数（自動計算）"
    cov["A11"] = "=COUNTIF('1_体制'!E6:E8,\"○\")+COUNTIF('2_システム管理'!E5:E24,\"○\")+COUNTIF('3_インシデント'!E5:E7,\"○\")"
    cov["A11"].alignment = Alignment(horizontal="left")
    cov["A13"] = "※ 前提が「いいえ」の場合、各シートの記入は不要です。"
    cov["A14"] = "※ 各シートの1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日（令和8年3月31日まで）を記入してください。"
    cov["A15"] = "※ 項目は令和7年度版（令和7年5月）のチェックリストによる。立入検査時に本チェックリストを確認します。"

    lst = wb.create_sheet("list")
    lst["A1"] = "○"
    lst.sheet_state = "hidden"

    entries = []
    for sname, title, items in SHEETS:
        ws = wb.create_sheet(sname)
        header(ws, f"{title}（医療機関確認用・令和7年度版）")
        dv = DataValidation(type="list", formula1="=list!$A$1:$A$1", allow_blank=True)
        ws.add_data_validation(dv)
        r = 5
        if sname == "1_体制":
            put_row(ws, r, "記入例", "（記入例）", "（記入例）〇〇を実施している", "いいえ", dt.date(2025, 7, 1),
                    dt.date(2025, 8, 31), "はい", dt.date(2025, 8, 20), "記入例です（集計対象外）", example=True)
            r += 1
        first = r
        for (no, sec, text, a1, d1, tgt, a2, d2, rem) in items:
            put_row(ws, r, no, sec, text, a1, d1, tgt, a2, d2, rem)
            e = {"section": sec, "item": text}
            if no != "前提":
                e["itemNo"] = no
            e["firstAnswer"] = a1
            e["firstDate"] = d1.isoformat()
            if tgt:
                e["targetDate"] = tgt.isoformat()
            if a2:
                e["secondAnswer"] = a2
                e["secondDate"] = d2.isoformat()
            if rem:
                e["remarks"] = rem
            entries.append(e)
            r += 1
        dv.add(f"D{first}:E{r - 1}")
        # merge the 区分 column over runs of the same section (sheet 2 and 3)
        if sname != "1_体制":
            start = first
            for rr in range(first + 1, r + 1):
                if rr == r or ws[f"B{rr}"].value != ws[f"B{start}"].value:
                    if rr - 1 > start:
                        ws.merge_cells(f"B{start}:B{rr - 1}")
                    start = rr
        ws.print_title_rows = "3:4"
        ws.page_setup.orientation = "landscape"

    wb.move_sheet("list", offset=len(wb.sheetnames))
    wb.active = 0
    wb.save(os.path.join(HERE, NAME + ".xlsx"))

    exp = {
        "form": "checklist-hospital",
        "version": "R7",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "checkedOn": CHECKED_ON.isoformat(), "entries": entries},
        "planted": [],
        "notes": ("問題なし（全項目に1回目の回答と確認日あり、いいえの4項目は目標日が1回目より後かつ令和7年度内、2回目日付は1回目以降）。"
                  "1回目の回答は はい/いいえ 列の「○」、確認日は Excel 日付セル。目標日は「令和7年9月30日」形式の文字列。"
                  "2回目は「はい（R7.9.26）」のように回答と日付が同じセル。'1_体制'!5行目は「記入例」と明示した見本行で値ではない。"
                  "表紙 A11 は COUNTIF 式（openpyxl 保存のためキャッシュ値なし、値ではない）。隠しシート list は入力規則用。"
                  "section は 区分 列の値（縦結合セル）。番号・項目の採番は院内様式の独自設計。R7 追加項目（1-(2) 運用管理規程、"
                  "2-(4) 二要素認証、2-(5) パスワード使い回し、端末PC⑥ USB 等外部機器、各機器のパスワード項目）の文言は"
                  "一次資料未確認のため本院の書き方（catalogue の要約に沿う）。"),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
