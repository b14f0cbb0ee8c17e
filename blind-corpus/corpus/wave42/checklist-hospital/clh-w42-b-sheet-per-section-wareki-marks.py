#!/usr/bin/python3
"""clh-w42-b: 令和6年度版 医療機関確認用 split into one sheet per section (hospital IT person's own workbook):
○/× answers, 和暦 text dates (R6.7.3), device classes as 【】 sub-heading rows, hidden 選択肢 sheet,
facility name repeated by formula. Two planted mistakes."""
import sys, os, json
sys.path.insert(0, "/tmp/clpy")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clh-w42-b-sheet-per-section-wareki-marks"
FACILITY = "医療法人 松風会 松風台病院"

ACCESS = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
ACCOUNT = "退職者や使用していないアカウント等、不要なアカウントを削除している"
LOG = "アクセスログを管理している"
PATCH = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
SOFT = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
SRCLIM = "接続元制限を実施している"

def w(s):
    """R6.7.3 -> 2024-07-03"""
    era, m, d = s[1:].split(".")
    return f"{2018 + int(era)}-{int(m):02d}-{int(d):02d}"

# sheet -> list of blocks; block = (heading text shown, section canonical, [rows])
# row = (itemNo or None, item text (canonical), shown text, a1, d1, target, a2, d2, remarks)
SHEETS = [
    ("1_体制", "前提・1 管理体制", [
        ("前提", "前提", [
            (None, "医療情報システムを導入、運用している", "医療情報システムを導入、運用している",
             "○", "R6.7.3", None, None, None, "電子カルテ（富士通）・レセコン・PACS"),
        ]),
        ("1．管理体制", "管理体制", [
            ("1-(1)", "医療情報システム安全管理責任者を設置している", "医療情報システム安全管理責任者を設置している",
             "○", "R6.7.3", None, None, None, "事務部長を任命（R5.10）"),
        ]),
    ]),
    ("2_システム管理", "2 医療情報システムの管理", [
        ("2．医療情報システム全般", "医療情報システム全般", [
            ("2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
             "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", "○", "R6.7.3", None, None, None, ""),
            ("2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した",
             "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した",
             "×", "R6.7.3", "R6.8.30", "○", "R6.8.23", "電カル・PACS業者に確認、\nリモート保守2系統あり"),
            ("2-(3)", "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
             "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
             "○ ", "R6.7.5", None, None, None, ""),
        ]),
        ("【サーバ】", "サーバ", [
            (None, ACCESS, ACCESS, "○", "R6.7.3", None, None, None, ""),
            (None, ACCOUNT, ACCOUNT, "○", "R6.7.3", None, None, None, ""),
            (None, LOG, LOG, "×", "R6.7.3", "R6.11.29", "○", "R6.11.15", "ログ保管サーバ導入"),
            (None, PATCH, PATCH, "○", "R6.7.3", None, None, None, ""),
            (None, SOFT, SOFT, "○", "R6.7.5", None, None, None, ""),
        ]),
        ("【端末PC】", "端末PC", [
            (None, ACCESS, ACCESS, "○", "R6.7.3", None, None, None, ""),
            (None, ACCOUNT, ACCOUNT, "○", "R6.7.3", None, None, None, ""),
            (None, PATCH, PATCH, "○", "R6.7.5", None, None, None, "WSUSで月次適用"),
            (None, SOFT, SOFT, "○", "R6.7.5", None, None, None, ""),
        ]),
        ("【ネットワーク機器】", "ネットワーク機器", [
            (None, PATCH, PATCH, "○", "R6.7.5", None, None, None, "UTMファーム更新済"),
            # planted: answer given, 確認日 left blank
            (None, SRCLIM, SRCLIM, "○", None, None, None, None, ""),
        ]),
    ]),
    ("3_インシデント対応", "3 インシデント発生に備えた対応", [
        ("3．インシデント発生時の対応", "インシデント発生時の対応", [
            ("3-(1)", "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
             "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
             "○", "R6.7.10", None, None, None, ""),
            # planted: 目標日 earlier than the 1回目 date
            ("3-(2)", "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
             "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
             "×", "R6.7.10", "R6.6.28", None, None, "復旧手順書を作成中"),
            ("3-(3)", "サイバー攻撃を想定した事業継続計画（BCP）を策定している",
             "サイバー攻撃を想定した事業継続計画（BCP）を策定している",
             "×", "R6.7.10", "R7.3.31", "○", "R7.3.14", "確認表に沿って策定"),
        ]),
    ]),
]
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
C = Alignment(horizontal="center", vertical="center", wrap_text=True)
L = Alignment(horizontal="left", vertical="center", wrap_text=True)
HDR = ["項番", "チェック項目", "1回目\n(○/×)", "確認日", "目標日", "2回目\n(○/×)", "確認日", "備考"]

def build(path):
    wb = Workbook()
    first_ws = wb.active
    opts = wb.create_sheet("選択肢")
    opts["A1"] = "○"; opts["A2"] = "×"
    opts.sheet_state = "hidden"
    entries = []; where = {}
    for si, (sname, title, blocks) in enumerate(SHEETS):
        ws = first_ws if si == 0 else wb.create_sheet(sname, si)
        ws.title = sname
        for col, wd in zip("ABCDEFGH", [7, 60, 8, 10, 10, 8, 10, 28]):
            ws.column_dimensions[col].width = wd
        ws.merge_cells("A1:H1")
        ws["A1"] = f"サイバーセキュリティ対策チェックリスト（令和6年度版・医療機関確認用）　{title}"
        ws["A1"].font = Font(size=12, bold=True)
        ws["A3"] = "医療機関名"; ws["A3"].font = Font(size=9)
        ws.merge_cells("A4:B4")
        ws["A4"] = FACILITY if si == 0 else "='1_体制'!A4"
        ws["A4"].font = Font(size=12); ws["A4"].border = Border(bottom=thin)
        ws["E3"] = "○：はい　×：いいえ"; ws["E3"].font = Font(size=9)
        ws["E4"] = "日付は和暦（例 R6.7.1）で記入"; ws["E4"].font = Font(size=9)
        r = 6
        for c, h in enumerate(HDR, start=1):
            cell = ws.cell(r, c, h); cell.border = B; cell.alignment = C
            cell.fill = PatternFill("solid", fgColor="E2EFDA"); cell.font = Font(bold=True, size=10)
        ws.row_dimensions[r].height = 30
        dv = DataValidation(type="list", formula1="=選択肢!$A$1:$A$2", allow_blank=True)
        ws.add_data_validation(dv)
        r += 1
        for head, sec, rows in blocks:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(r, 1, head).font = Font(bold=True)
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="F2F2F2")
            for c in range(1, 9): ws.cell(r, c).border = B
            r += 1
            for no, item, shown, a1, d1, tg, a2, d2, rem in rows:
                vals = [no, shown, a1, d1, tg, a2, d2, rem or None]
                for c, v in enumerate(vals, start=1):
                    cell = ws.cell(r, c, v); cell.border = B
                    cell.alignment = L if c in (2, 8) else C
                dv.add(f"C{r}"); dv.add(f"F{r}")
                ws.row_dimensions[r].height = 32
                ans = lambda m: "はい" if m.strip() == "○" else "いいえ"
                e = dict(section=sec, item=item)
                if no: e["itemNo"] = no
                e["firstAnswer"] = ans(a1)
                if d1: e["firstDate"] = w(d1)
                if tg: e["targetDate"] = w(tg)
                if a2: e["secondAnswer"] = ans(a2)
                if d2: e["secondDate"] = w(d2)
                if rem: e["remarks"] = rem
                entries.append(e); where[(sname, item, sec)] = (len(entries) - 1, r)
                r += 1
        ws.page_setup.orientation = "landscape"; ws.page_setup.fitToWidth = 1
    wb.active = 0
    wb.save(path)
    return entries, where

if __name__ == "__main__":
    entries, where = build(os.path.join(HERE, NAME + ".xlsx"))
    i1, r1 = where[("2_システム管理", SRCLIM, "ネットワーク機器")]
    i2, r2 = where[("3_インシデント対応", "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している", "インシデント発生時の対応")]
    exp = {
        "form": "checklist-hospital", "version": "R6", "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "entries": entries},
        "planted": [
            {"cells": [f"2_システム管理!D{r1}"], "paths": [f"entries[{i1}].firstDate"],
             "why": "ネットワーク機器「接続元制限を実施している」: 1回目の回答（○）はあるが確認日が空欄（1回目は回答と確認日の両方が必要）"},
            {"cells": [f"3_インシデント対応!E{r2}", f"3_インシデント対応!D{r2}"], "paths": [f"entries[{i2}].targetDate"],
             "why": "3-(2) 1回目「いいえ」の目標日 R6.6.28 が1回目の確認日 R6.7.10 より前（目標日は1回目の確認日より後であること）"},
        ],
        "notes": ("One sheet per section (1_体制, 2_システム管理, 3_インシデント対応) plus a hidden 選択肢 sheet (○/× list). "
                  "Answers ○ = はい, × = いいえ (one cell '○ ' has a trailing space). Dates are text in 和暦 short form "
                  "(R6.7.3 = 2024-07-03, R7.3.31 = 2025-03-31). Facility name: label above the value on 1_体制!A4; the other "
                  "sheets repeat it with a formula (='1_体制'!A4) saved without a cached value. section is the block heading "
                  "without its number or 【】 brackets (前提, 管理体制, 医療情報システム全般, サーバ, 端末PC, ネットワーク機器, "
                  "インシデント発生時の対応). Device-class items are unnumbered. Item list per device class follows seed 004."),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
