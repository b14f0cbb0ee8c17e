#!/usr/bin/python3
# clv-w2-d-receipt-two-tables: 事業者確認用 checklist from a small レセコン (医事会計) vendor. One sheet with two
# tables: 【基本項目】 (numbered items, order 1 → 3 → 2) and, below it, 【機器別項目】 with a 機器区分 column
# repeated on every row (order ネットワーク機器 → 端末PC → サーバ). Dates typed as 和暦 text 'R6.7.1';
# some answers and header values have trailing (half- or full-width) spaces; 備考 with line breaks.
# Planted: (1) 3-(2) いいえ without 目標日; (2) 端末PC パスワード: 2回目 date R6.6.28 is before the 1回目 date R6.7.2.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

NAME = "clv-w2-d-receipt-two-tables"
OUT = os.path.dirname(os.path.abspath(__file__))
SHEET = "事業者用チェックリスト"
VENDOR = "有限会社さぬきメディカルソフト"
SYSTEM = "医事会計システム（レセプトコンピュータ）"
HOSPITAL = "医療法人東雲会 しののめ病院"

A = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
B = "退職者や使用していないアカウント等、不要なアカウントを削除している"
C = "アクセスログを管理している"
D = "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している"
E = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
F = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
G = "接続元制限を実施している"

d1 = "2024-07-01"
d2 = "2024-07-02"


def y(d, typed="はい", rem=None):
    return (typed, d, None, None, None, rem)


# table 1: (itemNo, section, item, (a1 typed, d1, tg, a2, d2, rem), tag)
T1 = [
    ("1-(1)", "体制構築", "事業者内に医療情報システム等の提供に係る管理責任者を設置している", y(d1, rem="代表取締役が兼務"), None),
    ("3-(1)", "インシデント発生に備えた対応", "インシデント発生時における組織内と外部関係機関（医療機関、厚生労働省、警察等）への連絡体制図がある", y(d1, "はい "), None),
    ("3-(2)", "インシデント発生に備えた対応", "インシデント発生時に診療を継続するために必要なデータやシステムのバックアップの実施と復旧手順を医療機関と確認している",
     ("いいえ", d1, None, None, None, "復旧手順書を医療機関と\n調整中"), "notarget"),
    ("2-(1)", "医療情報システムの管理・運用", "医療機関に提供したサーバ、端末PC、ネットワーク機器の台帳管理を行っている", y(d1), None),
    ("2-(2)", "医療情報システムの管理・運用", "リモートメンテナンス（保守）を実施している機器の有無を医療機関に報告した", y(d1, rem="リモート保守用VPN装置 1台"), None),
    ("2-(3)", "医療情報システムの管理・運用", "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した",
     ("いいえ　", d1, "2024-08-31", "はい", "2024-08-30", "SDS提出済"), None),
]
# table 2: (device, item, answers, tag)
T2 = [
    ("ネットワーク機器", D, y(d2), None), ("ネットワーク機器", E, y(d2), None), ("ネットワーク機器", G, y(d2, "はい "), None),
    ("端末PC", A, y(d2), None), ("端末PC", B, y(d2), None),
    ("端末PC", D, ("いいえ", d2, "2024-10-31", "はい", "2024-06-28", "受付端末の共通パスワードを個人別に変更"), "order"),
    ("端末PC", E, y(d2), None), ("端末PC", F, y(d2), None),
    ("サーバ", A, y(d2), None), ("サーバ", B, y(d2), None),
    ("サーバ", C, ("いいえ", d2, "2024-12-27", "はい", "2024-12-20", "操作ログの保存期間を\n5年に変更"), None),
    ("サーバ", D, y(d2), None), ("サーバ", E, y(d2), None), ("サーバ", F, y(d2), None),
]


def rw(iso):
    y_, m, d = (int(x) for x in iso.split("-"))
    return f"R{y_ - 2018}.{m}.{d}"


def main():
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(wrap_text=True, vertical="center")
    for col, w in zip("ABCDEFGHI", (8, 16, 50, 8, 11, 11, 8, 11, 26)):
        ws.column_dimensions[col].width = w

    ws["A1"] = "サイバーセキュリティ対策チェックリスト（事業者確認用）"
    ws["A1"].font = Font(bold=True, size=13)
    ws["G1"] = "令和6年度版"
    for i, (lab, val) in enumerate((("事業者名", VENDOR + " "), ("対象システム", SYSTEM), ("提出先医療機関名", HOSPITAL + "　"))):
        r = 3 + i
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.cell(r, 1, lab)
        ws.cell(r, 3, val)
        for c in (1, 2, 3):
            ws.cell(r, c).border = box
    ws["D3"] = "※日付は和暦（R6.7.1）で記入"
    ws["D3"].font = Font(size=9)

    def header(r, first):
        hdr = ["項番" if first else "", "区分" if first else "機器区分", "確認項目", "1回目", "確認日", "目標日", "2回目", "確認日", "備考"]
        for c, t in enumerate(hdr, 1):
            cell = ws.cell(r, c, t)
            cell.border = box
            cell.alignment = center
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="FFE699")

    entries, planted = [], []

    def put(r, vals, sec, item, no, ans, tag):
        a1, dd1, tg, a2, dd2, rem = ans
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.border = box
            cell.alignment = wrap if c in (3, 9) else center
        ws.row_dimensions[r].height = 30
        e = {"section": sec, "item": item}
        if no:
            e["itemNo"] = no
        e.update({"firstAnswer": a1.strip().strip("　"), "firstDate": dd1})
        if tg:
            e["targetDate"] = tg
        if a2:
            e["secondAnswer"] = a2
            e["secondDate"] = dd2
        if rem:
            e["remarks"] = rem
        idx = len(entries)
        entries.append(e)
        if tag == "notarget":
            planted.append({"cells": [f"{SHEET}!F{r}"], "paths": [f"entries[{idx}].targetDate"],
                            "why": "3-(2) が1回目「いいえ」なのに目標日が未記入"})
        if tag == "order":
            planted.append({"cells": [f"{SHEET}!H{r}", f"{SHEET}!E{r}"], "paths": [f"entries[{idx}].secondDate"],
                            "why": "端末PCのパスワード：2回目の確認日 R6.6.28 が1回目の確認日 R6.7.2 より前"})

    ws["A7"] = "【基本項目】"
    ws["A7"].font = Font(bold=True)
    header(8, True)
    r = 9
    for no, sec, item, ans, tag in T1:
        a1, dd1, tg, a2, dd2, rem = ans
        put(r, [no, sec, item, a1, rw(dd1), rw(tg) if tg else None, a2, rw(dd2) if dd2 else None, rem],
            sec, item, no, ans, tag)
        r += 1

    r += 2
    ws.cell(r, 1, "【機器別項目】（サーバ・端末PC・ネットワーク機器）").font = Font(bold=True)
    r += 1
    header(r, False)
    r += 1
    n = 1
    for dev, item, ans, tag in T2:
        a1, dd1, tg, a2, dd2, rem = ans
        put(r, [None, dev, item, a1, rw(dd1), rw(tg) if tg else None, a2, rw(dd2) if dd2 else None, rem],
            dev, item, None, ans, tag)
        r += 1
        n += 1

    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 0
    wb.save(os.path.join(OUT, NAME + ".xlsx"))

    exp = {
        "form": "checklist-vendor",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"vendorName": VENDOR, "targetSystem": SYSTEM, "hospitalName": HOSPITAL, "entries": entries},
        "planted": planted,
        "notes": "Per-device applicability is my reading of the catalogue and seed 004 (サーバ: 6 items, 端末PC: 5 items without アクセスログ, ネットワーク機器: パスワード / セキュリティパッチ / 接続元制限 only). "
                 "Two tables on one sheet: 【基本項目】 rows 9-14 (numbered items, order 1-(1), 3-(1), 3-(2), 2-(1), 2-(2), "
                 "2-(3); section from the 区分 column) and 【機器別項目】 below (section = 機器区分 column; its first "
                 "column is left empty, so no itemNo for those rows). "
                 "All dates are 和暦 text 'R6.7.1'. Trailing spaces: 事業者名 value has a trailing half-width space and "
                 "提出先医療機関名 a trailing full-width space (values given stripped); some answers are 'はい ' / "
                 "'いいえ　'. Two 備考 contain a line break. Vendor items other than 1-(1)/2-(3) use my parallel "
                 "wording of the hospital items.",
    }
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
