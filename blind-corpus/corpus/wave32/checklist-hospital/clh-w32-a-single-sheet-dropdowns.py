#!/usr/bin/python3
"""clh-w32-a: MHLW 令和6年度版 チェックリスト（医療機関確認用）as a prefecture office would retype it.

One sheet, two-row merged header (1回目: 回答 | 確認日, 目標日, 2回目: 回答 | 確認日, 備考), はい/いいえ
dropdowns, Excel date cells, section rows spanning the table, device class merged vertically in 対象 column,
a COUNTIF of いいえ (openpyxl save: no cached value). Filled completely and correctly.
"""
import datetime as dt
import json
import os
import sys

sys.path.insert(0, "/tmp/clx-py")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clh-w32-a-single-sheet-dropdowns"
SHEET = "医療機関確認用"
FACILITY = "医療法人 白鷺会 しらさぎ記念病院"
D = dt.date

P = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
A = "退職者や使用していないアカウント等、不要なアカウントを削除している"
L = "アクセスログを管理している"
W = "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している"
S = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
B = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
C = "接続元制限を実施している"

F1 = D(2024, 7, 10)
F3 = D(2024, 7, 11)

# blocks: ("head", text) | ("row", section, itemNo, cls, item, ans1, date1, target, ans2, date2, remarks)
def row(section, no, cls, item, a1="はい", d1=F1, tgt=None, a2=None, d2=None, rem=None):
    return ("row", section, no, cls, item, a1, d1, tgt, a2, d2, rem)


SYS = "医療情報システムの管理・運用"
INC = "インシデント発生に備えた対応"
BLOCKS = [
    ("head", "前提"),
    row("前提", None, None, "医療情報システムを導入、運用している", rem="電子カルテ、医事会計、PACS、検査、給食"),
    ("head", "1　管理体制"),
    row("管理体制", "1-(1)", None, "医療情報システム安全管理責任者を設置している", rem="副院長を任命（R6.4.1）"),
    ("head", "2　" + SYS),
    row(SYS, "2-(1)", None, "サーバ、端末PC、ネットワーク機器の台帳管理を行っている"),
    row(SYS, "2-(2)", None, "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した",
        rem="保守事業者3社に確認。VPN経由の保守あり"),
    row(SYS, "2-(3)", None, "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
        a1="いいえ", tgt=D(2024, 9, 30), a2="はい", d2=D(2024, 9, 20),
        rem="電子カルテ・PACS・検査システムの各事業者から受領"),
    row("サーバ", None, "サーバ", P),
    row("サーバ", None, "サーバ", A),
    row("サーバ", None, "サーバ", L),
    row("サーバ", None, "サーバ", W),
    row("サーバ", None, "サーバ", S),
    row("サーバ", None, "サーバ", B, a1="いいえ", tgt=D(2024, 12, 27), a2="はい", d2=D(2024, 12, 16),
        rem="保守業者に依頼し停止済"),
    row("端末PC", None, "端末PC", P),
    row("端末PC", None, "端末PC", A),
    row("端末PC", None, "端末PC", W, a1="いいえ", tgt=D(2025, 3, 31),
        rem="電子カルテ端末の更新（R7.2予定）に合わせて変更"),
    row("端末PC", None, "端末PC", S),
    row("端末PC", None, "端末PC", B),
    row("ネットワーク機器", None, "ネットワーク機器", S),
    row("ネットワーク機器", None, "ネットワーク機器", C),
    ("head", "3　" + INC),
    row(INC, "3-(1)", None, "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある", d1=F3),
    row(INC, "3-(2)", None, "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している", d1=F3),
    row(INC, "3-(3)", None, "サイバー攻撃を想定した事業継続計画（BCP）を策定している", a1="いいえ", d1=F3,
        tgt=D(2025, 3, 31), rem="「BCP策定の確認表」を用いて策定中"),
]


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="center", wrap_text=True)
    headfill = PatternFill("solid", fgColor="C6E0B4")
    secfill = PatternFill("solid", fgColor="E2EFDA")
    for k, v in {"A": 7, "B": 11, "C": 54, "D": 8, "E": 12, "F": 12, "G": 8, "H": 12, "I": 30}.items():
        ws.column_dimensions[k].width = v

    ws.merge_cells("A1:I1")
    ws["A1"] = "令和6年度版　医療機関におけるサイバーセキュリティ対策チェックリスト（医療機関確認用）"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A3"] = "医療機関名"
    ws.merge_cells("A3:B3")
    ws.merge_cells("C3:E3")
    ws["C3"] = FACILITY
    for c in "ABCDE":
        ws[f"{c}3"].border = box
    ws["A3"].fill = headfill
    ws["G3"] = "記入者"
    ws.merge_cells("H3:I3")
    ws["H3"] = "情報システム室　岡田"
    for c in "GHI":
        ws[f"{c}3"].border = box
    ws["G3"].fill = headfill
    ws.merge_cells("A4:I4")
    ws["A4"] = ("※「前提」が「いいえ」の場合、以降の項目の記入は不要です。1回目が「いいえ」の項目は目標日を記入し、"
                "対応後に2回目の確認結果を記入してください。")
    ws["A4"].font = Font(size=9)
    ws["A4"].alignment = Alignment(wrap_text=True)
    ws.row_dimensions[4].height = 26

    ws.merge_cells("A6:A7"); ws["A6"] = "番号"
    ws.merge_cells("B6:B7"); ws["B6"] = "対象"
    ws.merge_cells("C6:C7"); ws["C6"] = "チェック項目"
    ws.merge_cells("D6:E6"); ws["D6"] = "1回目"
    ws["D7"] = "回答"; ws["E7"] = "確認日"
    ws.merge_cells("F6:F7"); ws["F6"] = "目標日"
    ws.merge_cells("G6:H6"); ws["G6"] = "2回目"
    ws["G7"] = "回答"; ws["H7"] = "確認日"
    ws.merge_cells("I6:I7"); ws["I6"] = "備考"
    for r in (6, 7):
        for c in "ABCDEFGHI":
            cell = ws[f"{c}{r}"]
            cell.border = box
            cell.fill = headfill
            cell.alignment = center
            cell.font = Font(bold=True)

    dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
    ws.add_data_validation(dv)

    r = 8
    entries = []
    cls_rows = {}
    for blk in BLOCKS:
        if blk[0] == "head":
            ws.merge_cells(f"A{r}:I{r}")
            ws[f"A{r}"] = blk[1]
            ws[f"A{r}"].font = Font(bold=True)
            for c in "ABCDEFGHI":
                ws[f"{c}{r}"].fill = secfill
                ws[f"{c}{r}"].border = box
            r += 1
            continue
        _, section, no, cls, item, a1, d1, tgt, a2, d2, rem = blk
        if no:
            ws[f"A{r}"] = no
        if cls:
            cls_rows.setdefault(cls, []).append(r)
            ws[f"C{r}"] = item
        else:
            ws.merge_cells(f"B{r}:C{r}")
            ws[f"B{r}"] = item
        ws[f"D{r}"] = a1
        ws[f"E{r}"] = d1
        if tgt:
            ws[f"F{r}"] = tgt
        if a2:
            ws[f"G{r}"] = a2
        if d2:
            ws[f"H{r}"] = d2
        if rem:
            ws[f"I{r}"] = rem
        dv.add(f"D{r}")
        dv.add(f"G{r}")
        for c in "ABCDEFGHI":
            cell = ws[f"{c}{r}"]
            cell.border = box
            cell.alignment = left if c in "BCI" else center
        for c in "EFH":
            ws[f"{c}{r}"].number_format = "yyyy/mm/dd"
        ws.row_dimensions[r].height = 32
        e = {"section": section, "item": item}
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
        r += 1
    for cls, rows in cls_rows.items():
        ws.merge_cells(f"B{rows[0]}:B{rows[-1]}")
        ws[f"B{rows[0]}"] = cls
        ws[f"B{rows[0]}"].alignment = center
    last = r - 1
    ws[f"C{last + 2}"] = "1回目「いいえ」の項目数"
    ws[f"C{last + 2}"].alignment = Alignment(horizontal="right")
    ws[f"D{last + 2}"] = f'=COUNTIF(D9:D{last},"いいえ")'
    ws.freeze_panes = "A8"
    ws.print_title_rows = "6:7"
    wb.save(os.path.join(HERE, NAME + ".xlsx"))

    expected = {
        "form": "checklist-hospital",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "entries": entries},
        "planted": [],
        "notes": (
            "Single sheet; section = the spanning heading row without its number (前提 / 管理体制 / "
            "医療情報システムの管理・運用 / インシデント発生に備えた対応), or the device class in the vertically merged "
            "対象 column for device rows. Device rows show no item number, so itemNo is omitted there. Items 2-(3), "
            "サーバ 不要ソフト停止, 端末PC パスワード, 3-(3) are いいえ with 目標日 inside R6 (by 2025-03-31). "
            "D" + str(last + 2) + " is a COUNTIF saved by openpyxl without a cached value (not a key). 記入者 (H3) is "
            "not a key. Device items drawn from the catalogue and seed 004: サーバ 6 (権限, 不要アカウント, アクセスログ, パスワード, パッチ, 不要ソフト停止), 端末PC 5 (no アクセスログ), ネットワーク機器 2 (パッチ, 接続元制限)."
        ),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    build()
