#!/usr/bin/python3
"""clh-w32-b: チェックリスト（医療機関確認用）R6 kept by a hospital's IT person, one sheet per section.

表紙 sheet (label above value), then 前提・1 / 2 システム管理 / 3 インシデント対応. Each item sheet has
はい | いいえ mark columns (● in the chosen one) for 1回目 and 2回目, dates typed as text in 和暦
(R6.10.3 / 令和6年12月27日), device items abbreviated, 対象 written on every device row. A hidden sheet
'選択肢' holds the ● list used by the mark dropdowns. Saved by openpyxl.
Planted: ネットワーク機器 接続元制限 目標日 before its 1回目 date; 端末PC 不要アカウント削除 1回目 date missing.
"""
import json
import os
import sys

sys.path.insert(0, "/tmp/clx-py")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clh-w32-b-sheet-per-section-marks"
FACILITY = "一般財団法人 瀬戸内健康会 瀬戸内中央病院"

P = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
A = "退職者や使用していないアカウント等、不要なアカウントを削除している"
L = "アクセスログを管理している"
W = "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している"
S = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
B = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
C = "接続元制限を実施している"
SHORT = {
    P: "アクセス利用権限の設定（職種・担当業務別）",
    A: "不要アカウントの削除（退職者・未使用）",
    L: "アクセスログの管理",
    W: "パスワード（英数字記号混在8文字以上、定期変更）",
    S: "セキュリティパッチ（最新FW・更新プログラム）の適用",
    B: "不要なソフトウェア・サービスの停止",
    C: "接続元制限の実施",
}
D1 = ("R6.10.3", "2024-10-03")

SYS = "医療情報システムの管理・運用"
INC = "インシデント発生に備えた対応"


def it(section, no, cls, item, a1="はい", d1=D1, tgt=None, a2=None, d2=None, rem=None, shown=None):
    return dict(section=section, no=no, cls=cls, item=item, a1=a1, d1=d1, tgt=tgt, a2=a2, d2=d2, rem=rem,
                shown=shown or item)


SHEETS = [
    ("前提・1", [
        ("head", "前提（医療情報システムを導入、運用していない場合、以降の記入は不要）"),
        it("前提", None, None, "医療情報システムを導入、運用している"),
        ("head", "１．管理体制"),
        it("管理体制", "1-(1)", None, "医療情報システム安全管理責任者を設置している",
           rem="事務部長（R6.4.1任命）"),
    ]),
    ("2 システム管理", [
        ("head", "２．" + SYS),
        it(SYS, "2-(1)", None, "サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
           rem="機器管理台帳 R6.9 更新"),
        it(SYS, "2-(2)", None, "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した",
           a1="いいえ", tgt=("令和6年11月29日", "2024-11-29"), a2="はい", d2=("R6.11.25", "2024-11-25"),
           rem="VPN保守2社（電子カルテ、PACS）\n回答書受領"),
        it(SYS, "2-(3)", None, "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう"),
        it("サーバ", None, "サーバ", P),
        it("サーバ", None, "サーバ", A),
        it("サーバ", None, "サーバ", L, a1="いいえ", tgt=("令和7年3月31日", "2025-03-31"),
           rem="ログ保管装置の導入を検討中"),
        it("サーバ", None, "サーバ", W),
        it("サーバ", None, "サーバ", S),
        it("サーバ", None, "サーバ", B),
        it("端末PC", None, "端末PC", P),
        # planted: 1回目 はい but 確認日 left blank
        it("端末PC", None, "端末PC", A, d1=None),
        it("端末PC", None, "端末PC", W),
        it("端末PC", None, "端末PC", S),
        it("端末PC", None, "端末PC", B),
        it("ネットワーク機器", None, "ネットワーク機器", S),
        # planted: 目標日 令和6年9月30日 is before the 1回目 date R6.10.3 (meant 令和7年)
        it("ネットワーク機器", None, "ネットワーク機器", C, a1="いいえ", tgt=("令和6年9月30日", "2024-09-30"),
           rem="保守用VPNの接続元IP制限を業者に依頼"),
    ]),
    ("3 インシデント対応", [
        ("head", "３．" + INC),
        it(INC, "3-(1)", None, "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある"),
        it(INC, "3-(2)", None, "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
           a1="いいえ", tgt=("令和7年1月31日", "2025-01-31"), a2="はい", d2=("R7.1.20", "2025-01-20"),
           rem="復旧手順書を業者と作成"),
        it(INC, "3-(3)", None, "サイバー攻撃を想定した事業継続計画（BCP）を策定している", rem="R6.8 策定"),
    ]),
]


def build():
    wb = Workbook()
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="center", wrap_text=True)
    headfill = PatternFill("solid", fgColor="FCE4D6")
    secfill = PatternFill("solid", fgColor="FFF2CC")

    cover = wb.active
    cover.title = "表紙"
    cover.column_dimensions["B"].width = 60
    cover["B2"] = "サイバーセキュリティ対策チェックリスト（医療機関確認用）令和6年度版"
    cover["B2"].font = Font(bold=True, size=14)
    cover["B4"] = "医療機関名"
    cover["B4"].font = Font(bold=True)
    cover["B5"] = FACILITY
    cover["B5"].border = box
    cover["B7"] = "記入担当"
    cover["B7"].font = Font(bold=True)
    cover["B8"] = "医事課　システム担当　井上"
    cover["B8"].border = box
    cover["B10"] = "・各シートの「はい」「いいえ」欄のどちらかに●を付けてください。"
    cover["B11"] = "・確認日・目標日は R6.10.3 のように記入。"

    opts = wb.create_sheet("選択肢")
    opts["A1"] = "●"
    opts.sheet_state = "hidden"

    entries = []
    cells = {}
    for title, blocks in SHEETS:
        ws = wb.create_sheet(title)
        for k, v in {"A": 7, "B": 14, "C": 50, "D": 6, "E": 6, "F": 11, "G": 16, "H": 6, "I": 6,
                     "J": 11, "K": 28}.items():
            ws.column_dimensions[k].width = v
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=12)
        ws["G1"] = "医療機関名"
        ws["H1"] = "=表紙!B5"
        ws.merge_cells("A3:A4"); ws["A3"] = "番号"
        ws.merge_cells("B3:B4"); ws["B3"] = "対象"
        ws.merge_cells("C3:C4"); ws["C3"] = "確認項目"
        ws.merge_cells("D3:F3"); ws["D3"] = "1回目"
        ws["D4"] = "はい"; ws["E4"] = "いいえ"; ws["F4"] = "確認日"
        ws.merge_cells("G3:G4"); ws["G3"] = "目標日"
        ws.merge_cells("H3:J3"); ws["H3"] = "2回目"
        ws["H4"] = "はい"; ws["I4"] = "いいえ"; ws["J4"] = "確認日"
        ws.merge_cells("K3:K4"); ws["K3"] = "備考"
        for r in (3, 4):
            for c in "ABCDEFGHIJK":
                cell = ws[f"{c}{r}"]
                cell.border = box
                cell.fill = headfill
                cell.alignment = center
                cell.font = Font(bold=True)
        dv = DataValidation(type="list", formula1="=選択肢!$A$1", allow_blank=True)
        ws.add_data_validation(dv)
        r = 5
        for blk in blocks:
            if isinstance(blk, tuple):
                ws.merge_cells(f"A{r}:K{r}")
                ws[f"A{r}"] = blk[1]
                ws[f"A{r}"].font = Font(bold=True)
                for c in "ABCDEFGHIJK":
                    ws[f"{c}{r}"].fill = secfill
                    ws[f"{c}{r}"].border = box
                r += 1
                continue
            if blk["no"]:
                ws[f"A{r}"] = blk["no"]
            if blk["cls"]:
                ws[f"B{r}"] = blk["cls"]
                ws[f"C{r}"] = SHORT[blk["item"]]
            else:
                ws.merge_cells(f"B{r}:C{r}")
                ws[f"B{r}"] = blk["item"]
            ws[f"{'D' if blk['a1'] == 'はい' else 'E'}{r}"] = "●"
            if blk["d1"]:
                ws[f"F{r}"] = blk["d1"][0]
            if blk["tgt"]:
                ws[f"G{r}"] = blk["tgt"][0]
            if blk["a2"]:
                ws[f"{'H' if blk['a2'] == 'はい' else 'I'}{r}"] = "●"
            if blk["d2"]:
                ws[f"J{r}"] = blk["d2"][0]
            if blk["rem"]:
                ws[f"K{r}"] = blk["rem"]
            for c in "DEHI":
                dv.add(f"{c}{r}")
            for c in "ABCDEFGHIJK":
                cell = ws[f"{c}{r}"]
                cell.border = box
                cell.alignment = left if c in "CK" or (c == "B" and not blk["cls"]) else center
            ws.row_dimensions[r].height = 30
            e = {"section": blk["section"], "item": blk["item"]}
            if blk["no"]:
                e["itemNo"] = blk["no"]
            e["firstAnswer"] = blk["a1"]
            if blk["d1"]:
                e["firstDate"] = blk["d1"][1]
            if blk["tgt"]:
                e["targetDate"] = blk["tgt"][1]
            if blk["a2"]:
                e["secondAnswer"] = blk["a2"]
            if blk["d2"]:
                e["secondDate"] = blk["d2"][1]
            if blk["rem"]:
                e["remarks"] = blk["rem"]
            cells[(blk["section"], blk["item"])] = (title, r, len(entries))
            entries.append(e)
            r += 1
    wb.save(os.path.join(HERE, NAME + ".xlsx"))

    t1, r1, i1 = cells[("端末PC", A)]
    t2, r2, i2 = cells[("ネットワーク機器", C)]
    expected = {
        "form": "checklist-hospital",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "entries": entries},
        "planted": [
            {"cells": [f"{t1}!F{r1}"], "paths": [f"entries[{i1}].firstDate"],
             "why": "1回目「はい」に●があるが確認日が未記入（全項目に1回目の回答と確認日が必要）"},
            {"cells": [f"{t2}!G{r2}"], "paths": [f"entries[{i2}].targetDate"],
             "why": "1回目「いいえ」の目標日 令和6年9月30日 が1回目の確認日 R6.10.3 より前（令和7年の書き誤り）"},
        ],
        "notes": (
            "Answers are ● marks in the はい or いいえ column. Dates are text in 和暦 (R6.10.3, 令和6年12月27日). "
            "医療機関名 is on 表紙 (label above value, B4/B5); each item sheet shows it again in H1 by formula "
            "=表紙!B5 (no cached value). Device items are abbreviated in the workbook (e.g. 「アクセスログの管理」); "
            "item gives the full catalogue wording. Section = the heading row without its full-width number "
            "(前提 / 管理体制 / 医療情報システムの管理・運用 / インシデント発生に備えた対応) or the 対象 column "
            "on device rows (written on every row). Hidden sheet 選択肢 only holds the ● list. Device rows carry no "
            "item number, so itemNo is omitted there. Device items drawn from the catalogue and seed 004: サーバ 6 (権限, 不要アカウント, アクセスログ, パスワード, パッチ, 不要ソフト停止), 端末PC 5 (no アクセスログ), ネットワーク機器 2 (パッチ, 接続元制限)."
        ),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    build()
