#!/usr/bin/python3
"""clh-w21-b: MHLW 令和6年度版 チェックリスト（医療機関確認用）, as a hospital's 総務課 splits it: a 表紙 sheet with the
hospital name (label above value), one sheet per section, a hidden list sheet feeding はい/いいえ dropdowns,
a correctly labelled 記入例 row on the 管理・運用 sheet, dates mostly Excel date cells (two typed as text),
then re-saved by LibreOffice.
Planted: 1回目 answered but 確認日 blank (サーバ アクセスログ); 3-(3) 目標日 outside the fiscal year (2025-06-30)."""
import datetime as dt
import json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "clh-w21-b-sheet-per-section-lo-resave"
FACILITY = "医療法人 愛生会 玉野みなと病院"
D = dt.date

ACC = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
DEL = "退職者や使用していないアカウント等、不要なアカウントを削除している"
LOG = "アクセスログを管理している"
PAT = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
SVC = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
SRC = "接続元制限を実施している"
GEN = "医療情報システム全般"

# sheet -> (title, example row?, rows); row = (no, section, item, a1, d1, target, a2, d2, remarks)
# a date given as str is typed as text in the cell
SHEETS = [
    ("前提・体制", "前提／1 体制構築", False, [
        (None, "前提", "医療情報システムを導入、運用している", "はい", D(2024, 8, 5), None, None, None, None),
        ("1-(1)", "体制構築", "医療情報システム安全管理責任者を設置している", "はい", D(2024, 8, 5), None, None, None,
         "情報システム委員長（副院長）"),
    ]),
    ("管理・運用", "2 医療情報システムの管理・運用", True, [
        ("2-(1)", GEN, "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", "いいえ", D(2024, 8, 5), D(2024, 11, 30),
         "はい", D(2024, 11, 20), "台帳をExcelで新規作成（ネットワーク機器を含む）"),
        ("2-(2)", GEN, "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", "はい", D(2024, 8, 5),
         None, None, None, None),
        ("2-(3)", GEN, "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう", "はい",
         "2024/8/5", None, None, None, "電子カルテ・レセコン分 受領済"),
        (None, "サーバ", ACC, "はい", D(2024, 8, 6), None, None, None, None),
        (None, "サーバ", DEL, "はい", D(2024, 8, 6), None, None, None, None),
        (None, "サーバ", LOG, "はい", None, None, None, None, None),  # planted: no 確認日
        (None, "サーバ", PAT, "はい", D(2024, 8, 6), None, None, None, None),
        (None, "サーバ", SVC, "はい", D(2024, 8, 6), None, None, None, None),
        (None, "端末PC", ACC, "はい", D(2024, 8, 6), None, None, None, None),
        (None, "端末PC", DEL, "いいえ", D(2024, 8, 6), D(2024, 10, 31), "はい", "2024/10/28", "退職者アカウント12件を削除"),
        (None, "端末PC", PAT, "はい", D(2024, 8, 6), None, None, None, "WSUSで配信"),
        (None, "端末PC", SVC, "はい", D(2024, 8, 6), None, None, None, None),
        (None, "ネットワーク機器", PAT, "はい", D(2024, 8, 6), None, None, None, None),
        (None, "ネットワーク機器", SRC, "はい", D(2024, 8, 6), None, None, None, None),
    ]),
    ("インシデント対応", "3 インシデント発生に備えた対応", False, [
        ("3-(1)", "インシデント発生に備えた対応", "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
         "はい", D(2024, 8, 7), None, None, None, None),
        ("3-(2)", "インシデント発生に備えた対応", "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
         "はい", D(2024, 8, 7), None, None, None, "バックアップからの復旧手順書あり"),
        ("3-(3)", "インシデント発生に備えた対応", "サイバー攻撃を想定した事業継続計画（BCP）を策定している",
         "いいえ", D(2024, 8, 7), D(2025, 6, 30), None, None, "令和7年度前半に策定予定"),  # planted: target outside FY R6
    ]),
]
HEADS = ["項番", "区分", "チェック項目", "1回目\n回答", "1回目\n確認日", "目標日", "2回目\n回答", "2回目\n確認日", "備考"]


def iso(v):
    if isinstance(v, str):
        y, m, d = v.split("/")
        return f"{int(y):04d}-{int(m):02d}-{int(d):02d}"
    return v.isoformat()


def main():
    wb = Workbook()
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)

    cover = wb.active
    cover.title = "表紙"
    cover.column_dimensions["B"].width = 60
    cover["B2"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度版）\n医療機関確認用"
    cover["B2"].font = Font(size=14, bold=True)
    cover["B2"].alignment = Alignment(wrap_text=True)
    cover.row_dimensions[2].height = 40
    cover["B4"] = "医療機関名"
    cover["B5"] = FACILITY
    cover["B7"] = "記入担当"
    cover["B8"] = "総務課 システム担当　藤原"
    for r in (4, 7):
        cover[f"B{r}"].fill = PatternFill("solid", fgColor="DDEBF7")
        cover[f"B{r}"].font = Font(bold=True)
    for r in (4, 5, 7, 8):
        cover[f"B{r}"].border = box
    cover["B10"] = ("※各シート（前提・体制／管理・運用／インシデント対応）の全項目について、1回目の回答と確認日を記入してください。\n"
                    "※1回目が「いいえ」の項目は目標日を記入し、対応後に2回目の回答・確認日を記入してください。")
    cover["B10"].alignment = Alignment(wrap_text=True, vertical="top")
    cover.row_dimensions[10].height = 60

    lst = wb.create_sheet("list")
    lst["A1"] = "はい"
    lst["A2"] = "いいえ"
    lst.sheet_state = "hidden"

    entries, planted = [], []
    idx = 0
    widths = {"A": 7, "B": 16, "C": 56, "D": 8, "E": 12, "F": 12, "G": 8, "H": 12, "I": 30}
    for sname, title, example, rows in SHEETS:
        ws = wb.create_sheet(sname)
        for k, v in widths.items():
            ws.column_dimensions[k].width = v
        ws["A1"] = title
        ws["A1"].font = Font(size=12, bold=True)
        for i, h in enumerate(HEADS):
            c = ws.cell(row=3, column=1 + i, value=h)
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="DDEBF7")
            c.border = box
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.row_dimensions[3].height = 30
        r = 4
        if example:
            ex = ["記入例", "（例）", "（記入例）〇〇〇〇を実施している", "いいえ", D(2024, 6, 1), D(2024, 9, 30), "はい",
                  D(2024, 9, 15), "目標日までに対応完了"]
            for i, v in enumerate(ex):
                c = ws.cell(row=r, column=1 + i, value=v)
                c.fill = PatternFill("solid", fgColor="D9D9D9")
                c.font = Font(italic=True, color="595959")
                c.border = box
                if isinstance(v, dt.date):
                    c.number_format = "yyyy/m/d"
            r += 1
        dv = DataValidation(type="list", formula1="list!$A$1:$A$2", allow_blank=True)
        ws.add_data_validation(dv)
        first = r
        for (no, sec, item, a1, d1, tg, a2, d2, rem) in rows:
            vals = [no, sec, item, a1, d1, tg, a2, d2, rem]
            for i, v in enumerate(vals):
                if v is None:
                    continue
                c = ws.cell(row=r, column=1 + i, value=v)
                if isinstance(v, dt.date):
                    c.number_format = "yyyy/m/d"
            for i in range(9):
                c = ws.cell(row=r, column=1 + i)
                c.border = box
                c.alignment = Alignment(wrap_text=True, vertical="center",
                                        horizontal="left" if i in (1, 2, 8) else "center")
            ws.row_dimensions[r].height = 32
            e = {"section": sec, "item": item}
            if no:
                e["itemNo"] = no
            e["firstAnswer"] = a1
            if d1:
                e["firstDate"] = iso(d1)
            if tg:
                e["targetDate"] = iso(tg)
            if a2:
                e["secondAnswer"] = a2
            if d2:
                e["secondDate"] = iso(d2)
            if rem:
                e["remarks"] = rem
            entries.append(e)
            if item == LOG and sec == "サーバ":
                planted.append({"cells": [f"{sname}!E{r}"], "paths": [f"entries[{idx}].firstDate"],
                                "why": "1回目の回答（はい）はあるが確認日が空欄（各項目に1回目の回答と確認日が必要）"})
            if no == "3-(3)":
                planted.append({"cells": [f"{sname}!F{r}"], "paths": [f"entries[{idx}].targetDate"],
                                "why": "目標日 2025-06-30 が令和6年度（2025-03-31まで）を超えている"})
            idx += 1
            r += 1
        dv.add(f"D{first}:D{r - 1}")
        dv.add(f"G{first}:G{r - 1}")
        ws.freeze_panes = f"D{first}"

    tmpdir = tempfile.mkdtemp()
    raw = os.path.join(tmpdir, NAME + ".xlsx")
    wb.save(raw)
    outdir = os.path.join(tmpdir, "lo")
    os.makedirs(outdir)
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, raw], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(outdir, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
    shutil.rmtree(tmpdir)

    exp = {
        "form": "checklist-hospital",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "entries": entries},
        "planted": planted,
        "notes": ("Sheet per section (前提・体制 / 管理・運用 / インシデント対応) after a 表紙 sheet holding 医療機関名 (label above value, "
                  "表紙!B5); hidden sheet 'list' feeds the dropdowns. Row 4 of 管理・運用 is a correctly labelled 記入例 row (grey) and "
                  "is not data. Section = the 区分 column text of each row. Device-class items have no 項番. Dates are Excel date "
                  "cells except 管理・運用!E7 and H14, typed as text (2024/8/5, 2024/10/28). Per-class item sets follow seed 004. "
                  "Re-saved by LibreOffice. 記入担当 (表紙!B8) has no key."),
    }
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
