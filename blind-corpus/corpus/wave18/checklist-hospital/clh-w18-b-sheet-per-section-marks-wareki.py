#!/usr/bin/python3
"""clh-w18-b: 令和6年度版 医療機関確認用 checklist split into a sheet per section, as a hospital's
事務部 would rework it for its 情報システム委員会: 表紙 (医療機関名 in one '項目：値' cell), 前提・1, 2 管理・運用,
2 機器別対策, 3 インシデント, a hidden 'リスト' sheet feeding the ○ drop-downs.
Item wording abbreviated; はい/いいえ as ○ in two columns; dates typed as 和暦 text (R6.8.5).
Two planted mistakes."""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clh-w18-b-sheet-per-section-marks-wareki"
FACILITY = "医療法人 潮見会 潮見ヶ丘病院"


def w2iso(t):
    """'R6.8.5' -> '2024-08-05'"""
    y, m, d = t[1:].split(".")
    return f"{2018 + int(y):04d}-{int(m):02d}-{int(d):02d}"


F_AUTH = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
F_ACCT = "退職者や使用していないアカウント等、不要なアカウントを削除している"
F_LOG = "アクセスログを管理している"
F_PW = "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している"
F_PATCH = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
F_SVC = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
F_SRC = "接続元制限を実施している"

# each section sheet: (sheet name, title, has device column, rows)
# row: (section, itemNo or None, device or None, shown text, full catalogue text,
#       a1, d1, target, a2, d2, remarks)   dates as the 和暦 text typed in the cell
SHEETS = [
    ("前提・1", "前提 ／ １．体制構築", False, [
        ("前提", None, None, "医療情報システムを導入・運用している", "医療情報システムを導入、運用している",
         "はい", "R6.8.5", None, None, None, None),
        ("体制構築", "1-(1)", None, "医療情報システム安全管理責任者の設置", "医療情報システム安全管理責任者を設置している",
         "はい", "R6.8.5", None, None, None, "事務部長が兼務"),
    ]),
    ("2 管理・運用", "２．医療情報システムの管理・運用", False, [
        ("医療情報システムの管理・運用", "2-(1)", None, "台帳管理（サーバ・端末PC・NW機器）",
         "サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
         "はい", "R6.8.5", None, None, None, None),
        ("医療情報システムの管理・運用", "2-(2)", None, "リモート保守利用機器の有無を事業者に確認",
         "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した",
         "はい", "R6.8.5", None, None, None, "電子カルテ・医事会計のみ利用あり"),
        ("医療情報システムの管理・運用", "2-(3)", None, "事業者からMDS/SDSを提出してもらう",
         "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
         "いいえ", "R6.8.5", "R6.7.31", "はい", "R6.10.28", "3社中2社受領済"),   # planted: 目標日 < 1回目
    ]),
    ("2 機器別対策", "２．医療情報システムの管理・運用（機器別）", True, [
        ("サーバ", None, "サーバ", "アクセス利用権限の設定（職種・業務別）", F_AUTH, "はい", "R6.8.6", None, None, None, None),
        ("サーバ", None, "サーバ", "不要なアカウントの削除", F_ACCT, "はい", "R6.8.6", None, None, None, None),
        ("サーバ", None, "サーバ", "アクセスログの管理", F_LOG, "はい", None, None, None, None, None),  # planted: no date
        ("サーバ", None, "サーバ", "パスワード（英数記号8文字以上・定期変更）", F_PW, "はい", "R6.8.6", None, None, None, None),
        ("サーバ", None, "サーバ", "セキュリティパッチの適用", F_PATCH,
         "いいえ", "R6.8.6", "R6.12.27", "はい", "R6.12.24", "夜間停止を調整のうえ適用"),
        ("サーバ", None, "サーバ", "不要なソフトウェア・サービスの停止", F_SVC, "はい", "R6.8.6", None, None, None, None),
        ("端末PC", None, "端末PC", "アクセス利用権限の設定（職種・業務別）", F_AUTH, "はい", "R6.8.7", None, None, None, None),
        ("端末PC", None, "端末PC", "不要なアカウントの削除", F_ACCT, "はい", "R6.8.7", None, None, None, None),
        ("端末PC", None, "端末PC", "パスワード（英数記号8文字以上・定期変更）", F_PW, "はい", "R6.8.7", None, None, None, None),
        ("端末PC", None, "端末PC", "セキュリティパッチの適用", F_PATCH, "はい", "R6.8.7", None, None, None, None),
        ("端末PC", None, "端末PC", "不要なソフトウェア・サービスの停止", F_SVC,
         "いいえ", "R6.8.7", "R7.2.28", None, None, "ベンダー見積中"),
        ("ネットワーク機器", None, "ネットワーク機器", "セキュリティパッチ（ファームウェア）の適用", F_PATCH,
         "はい", "R6.8.7", None, None, None, None),
        ("ネットワーク機器", None, "ネットワーク機器", "接続元制限の実施", F_SRC, "はい", "R6.8.7", None, None, None, None),
    ]),
    ("3 インシデント", "３．インシデント発生に備えた対応", False, [
        ("インシデント発生に備えた対応", "3-(1)", None, "連絡体制図（組織内・外部関係機関）がある",
         "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
         "はい", "R6.8.5", None, None, None, None),
        ("インシデント発生に備えた対応", "3-(2)", None, "診療継続に必要な情報の検討、バックアップ実施と復旧手順の確認",
         "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
         "いいえ", "R6.8.5", "R7.3.31", "はい", "R7.3.3", "復旧手順書を電子カルテベンダーと作成"),
        ("インシデント発生に備えた対応", "3-(3)", None, "サイバー攻撃を想定したBCPの策定",
         "サイバー攻撃を想定した事業継続計画（BCP）を策定している",
         "いいえ", "R6.8.5", "R7.3.31", "いいえ", "R7.3.3", "確認表に沿って作成中"),
    ]),
]
HEAD_ROW = 4   # two header rows 4-5, data from 6
FIRST = 6


def section_sheet(wb, name, title, has_dev, rows, box, cc, lc):
    ws = wb.create_sheet(name)
    ws["A1"] = title; ws["A1"].font = Font(size=12, bold=True)
    ws["A2"] = "医療機関名：" + FACILITY; ws["A2"].font = Font(size=9)
    cols = (["対象機器"] if has_dev else ["No."]) + ["チェック項目", "はい", "いいえ", "確認日", "目標日",
                                                     "はい", "いいえ", "確認日", "備考"]
    letters = "ABCDEFGHIJ"
    widths = [12 if has_dev else 7, 44, 5, 6, 10, 10, 5, 6, 10, 28]
    for L, w in zip(letters, widths):
        ws.column_dimensions[L].width = w
    hdr = PatternFill("solid", fgColor="FCE4D6")
    ws.merge_cells("A4:A5"); ws["A4"] = cols[0]
    ws.merge_cells("B4:B5"); ws["B4"] = cols[1]
    ws.merge_cells("C4:E4"); ws["C4"] = "1回目"
    ws["C5"], ws["D5"], ws["E5"] = "はい", "いいえ", "確認日"
    ws.merge_cells("F4:F5"); ws["F4"] = "目標日"
    ws.merge_cells("G4:I4"); ws["G4"] = "2回目"
    ws["G5"], ws["H5"], ws["I5"] = "はい", "いいえ", "確認日"
    ws.merge_cells("J4:J5"); ws["J4"] = "備考"
    for r in (4, 5):
        for L in letters:
            ws[f"{L}{r}"].border = box; ws[f"{L}{r}"].alignment = cc; ws[f"{L}{r}"].fill = hdr
    dv = DataValidation(type="list", formula1="=リスト!$A$1:$A$1", allow_blank=True)
    ws.add_data_validation(dv)
    r = FIRST
    span = {}
    for (sec, no, dev, shown, full, a1, d1, tg, a2, d2, rem) in rows:
        if has_dev:
            span.setdefault(dev, [r, r])[1] = r
        else:
            ws[f"A{r}"] = no
        ws[f"B{r}"] = shown
        ws[f"C{r}" if a1 == "はい" else f"D{r}"] = "○"
        if d1:
            ws[f"E{r}"] = d1
        if tg:
            ws[f"F{r}"] = tg
        if a2:
            ws[f"G{r}" if a2 == "はい" else f"H{r}"] = "○"
            ws[f"I{r}"] = d2
        if rem:
            ws[f"J{r}"] = rem
        for L in letters:
            ws[f"{L}{r}"].border = box
            ws[f"{L}{r}"].alignment = lc if L in "BJ" else cc
        ws.row_dimensions[r].height = 30
        r += 1
    for dev, (s, e) in span.items():
        ws[f"A{s}"] = dev
        ws.merge_cells(f"A{s}:A{e}")
        ws[f"A{s}"].alignment = cc
    dv.add(f"C{FIRST}:D{r - 1}"); dv.add(f"G{FIRST}:H{r - 1}")
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    return ws


def build(path):
    wb = Workbook()
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    cc = Alignment(horizontal="center", vertical="center", wrap_text=True)
    lc = Alignment(horizontal="left", vertical="center", wrap_text=True)
    cov = wb.active
    cov.title = "表紙"
    cov.column_dimensions["B"].width = 70
    cov["B2"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度版・医療機関確認用）"
    cov["B2"].font = Font(size=13, bold=True)
    cov["B4"] = "医療機関名：" + FACILITY
    cov["B5"] = "記入者：事務部 情報システム係　田中"
    for c in ("B4", "B5"):
        cov[c].border = box
    cov["B7"] = "記入方法"
    cov["B7"].font = Font(bold=True)
    guide = [
        "・各シートの「はい」「いいえ」欄のどちらかに○を付けてください（プルダウン選択可）。",
        "・確認日・目標日は「R6.8.1」のように和暦で入力してください。",
        "・1回目が「いいえ」の項目は目標日を記入し、目標日以降に2回目の確認を行ってください。",
        "・立入検査の際に本チェックリストを提示します。",
    ]
    for i, t in enumerate(guide):
        cov[f"B{8 + i}"] = t
    for name, title, has_dev, rows in SHEETS:
        section_sheet(wb, name, title, has_dev, rows, box, cc, lc)
    lst = wb.create_sheet("リスト")
    lst["A1"] = "○"
    lst.sheet_state = "hidden"
    wb.save(path)


def main():
    build(os.path.join(HERE, NAME + ".xlsx"))
    entries = []
    planted = []
    for name, title, has_dev, rows in SHEETS:
        for i, (sec, no, dev, shown, full, a1, d1, tg, a2, d2, rem) in enumerate(rows):
            r = FIRST + i
            e = {"section": sec, "item": full}
            if no:
                e["itemNo"] = no
            e["firstAnswer"] = a1
            if d1:
                e["firstDate"] = w2iso(d1)
            if tg:
                e["targetDate"] = w2iso(tg)
            if a2:
                e["secondAnswer"] = a2; e["secondDate"] = w2iso(d2)
            if rem:
                e["remarks"] = rem
            idx = len(entries)
            entries.append(e)
            if d1 is None:
                planted.append({"cells": [f"{name}!E{r}"], "paths": [f"entries[{idx}].firstDate"],
                                "why": "1回目の回答（はい）はあるが確認日が空欄（全項目に1回目の回答と確認日が必要）"})
            if tg and w2iso(tg) <= w2iso(d1):
                planted.append({"cells": [f"{name}!F{r}", f"{name}!E{r}"], "paths": [f"entries[{idx}].targetDate"],
                                "why": f"目標日 {tg} が1回目の確認日 {d1} より前（目標日は1回目の後であること）"})
    exp = {
        "form": "checklist-hospital",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "entries": entries},
        "planted": planted,
        "notes": ("Sheet per section (表紙, 前提・1, 2 管理・運用, 2 機器別対策, 3 インシデント) plus a hidden 'リスト' "
                  "sheet with the ○ list for the drop-downs; entries follow sheet order. 医療機関名 is in one cell "
                  "with its label on 表紙!B4 ('医療機関名：…'), repeated on each section sheet A2. The 記入者 line on 表紙 "
                  "is not a field. Item texts are abbreviated in the workbook; item holds the catalogue wording. "
                  "Answers are ○ in はい/いいえ columns; all dates are 和暦 text (R6.8.5 = 2024-08-05). On '前提・1' "
                  "the 前提 row shows '前提' in the No. column, so its itemNo is '前提'; section for 1-(1) etc. is the "
                  "heading wording without number; device rows have the class in merged column A and no number."),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
