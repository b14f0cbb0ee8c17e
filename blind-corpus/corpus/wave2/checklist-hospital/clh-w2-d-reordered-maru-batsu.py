#!/usr/bin/python3
# clh-w2-d-reordered-maru-batsu: a small hospital's version. 医療機関名 label above its value; answers as ○ / ×
# with a legend (○＝はい, ×＝いいえ); 区分 column merged vertically per group; blocks in a different order
# (前提, 1, 3, 2, then ネットワーク機器, サーバ, 端末PC); 1回目 dates as 令和 text, 2回目 dates as 'R6.9.20',
# a line break inside one 備考.
# Planted: (1) ネットワーク機器 接続元制限 × but no 目標日; (2) 端末PC 不要アカウント削除: 2回目 date R6.7.31
# before the 1回目 date 令和6年8月6日; (3) 3-(3) BCP × with 目標日 令和7年6月30日, outside 令和6年度.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

NAME = "clh-w2-d-reordered-maru-batsu"
OUT = os.path.dirname(os.path.abspath(__file__))
SHEET = "Sheet1"
FACILITY = "医療法人東雲会 しののめ病院"

A = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
B = "退職者や使用していないアカウント等、不要なアカウントを削除している"
C = "アクセスログを管理している"
D = "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している"
E = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
F = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
G = "接続元制限を実施している"

d5 = "2024-08-05"
d6 = "2024-08-06"
# groups: (区分, [(no, item, (a1, d1, tg, a2, d2, rem), plant-tag)])
GROUPS = [
    ("前提", [(None, "医療情報システムを導入、運用している", ("はい", d5, None, None, None, None), None)]),
    ("体制構築", [("1-(1)", "医療情報システム安全管理責任者を設置している", ("はい", d5, None, None, None, None), None)]),
    ("インシデント発生に備えた対応", [
        ("3-(1)", "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
         ("いいえ", d5, "2024-09-30", "はい", "2024-09-20", "連絡体制図を作成し各部署に掲示"), None),
        ("3-(2)", "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
         ("はい", d5, None, None, None, None), None),
        ("3-(3)", "サイバー攻撃を想定した事業継続計画（BCP）を策定している",
         ("いいえ", d5, "2025-06-30", None, None, "BCPは来年度策定予定"), "fy"),
    ]),
    ("医療情報システムの管理・運用", [
        ("2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", ("はい", d5, None, None, None, None), None),
        ("2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", ("はい", d5, None, None, None, None), None),
        ("2-(3)", "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
         ("はい", d6, None, None, None, "電子カルテ、部門システム\n（計5社）から受領"), None),
    ]),
    ("ネットワーク機器", [
        (None, D, ("はい", d6, None, None, None, None), None),
        (None, E, ("はい", d6, None, None, None, None), None),
        (None, G, ("いいえ", d6, None, None, None, "UTMの設定変更を業者と調整中"), "notarget"),
    ]),
    ("サーバ", [(None, x, ("はい", d6, None, None, None, None), None) for x in (A, B, C, D, E, F)]),
    ("端末PC", [
        (None, A, ("はい", d6, None, None, None, None), None),
        (None, B, ("いいえ", d6, "2024-09-30", "はい", "2024-07-31", None), "order"),
        (None, D, ("はい", d6, None, None, None, None), None),
        (None, E, ("はい", d6, None, None, None, None), None),
        (None, F, ("はい", d6, None, None, None, None), None),
    ]),
]


def reiwa(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    return f"令和{y - 2018}年{m}月{d}日"


def rw(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    return f"R{y - 2018}.{m}.{d}"


def mb(a):
    return {"はい": "○", "いいえ": "×"}[a]


def main():
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(wrap_text=True, vertical="center")
    for col, w in zip("ABCDEFGHI", (14, 7, 52, 7, 16, 16, 7, 11, 28)):
        ws.column_dimensions[col].width = w

    ws["A1"] = "サイバーセキュリティ対策チェックリスト（医療機関確認用・令和6年度版）"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A3"] = "医療機関名"
    ws["A3"].font = Font(bold=True, size=9)
    ws.merge_cells("A4:D4")
    ws["A4"] = FACILITY
    ws["A4"].font = Font(size=12)
    for c in range(1, 5):
        ws.cell(4, c).border = Border(bottom=thin)
    ws["A5"] = "回答欄：○＝はい　×＝いいえ　　日付は和暦で記入"
    ws["A5"].font = Font(size=9, color="C00000")

    hdr = ["区分", "No.", "確認項目", "1回目", "確認日", "目標日", "2回目", "確認日", "備考"]
    for c, t in enumerate(hdr, 1):
        cell = ws.cell(7, c, t)
        cell.border = box
        cell.alignment = center
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")

    entries, planted = [], []
    r = 8
    for sec, items in GROUPS:
        start = r
        ws.cell(r, 1, sec)
        for no, item, (a1, d1, tg, a2, d2, rem), tag in items:
            vals = [None, no, item, mb(a1), reiwa(d1), reiwa(tg) if tg else None,
                    mb(a2) if a2 else None, rw(d2) if d2 else None, rem]
            for c, v in enumerate(vals, 1):
                if c == 1:
                    continue
                ws.cell(r, c, v)
            for c in range(1, 10):
                ws.cell(r, c).border = box
                ws.cell(r, c).alignment = wrap if c in (3, 9) else center
            ws.row_dimensions[r].height = 30
            e = {"section": sec, "item": item}
            if no:
                e["itemNo"] = no
            e.update({"firstAnswer": a1, "firstDate": d1})
            if tg:
                e["targetDate"] = tg
            if a2:
                e["secondAnswer"] = a2
                e["secondDate"] = d2
            if rem:
                e["remarks"] = rem
            idx = len(entries)
            entries.append(e)
            if tag == "notarget":
                planted.append({"cells": [f"{SHEET}!F{r}"], "paths": [f"entries[{idx}].targetDate"],
                                "why": "ネットワーク機器の接続元制限が1回目×（いいえ）なのに目標日が空欄"})
            elif tag == "order":
                planted.append({"cells": [f"{SHEET}!H{r}", f"{SHEET}!E{r}"], "paths": [f"entries[{idx}].secondDate"],
                                "why": "端末PCの不要アカウント削除：2回目の確認日 R6.7.31 が1回目の確認日 令和6年8月6日より前"})
            elif tag == "fy":
                planted.append({"cells": [f"{SHEET}!F{r}"], "paths": [f"entries[{idx}].targetDate"],
                                "why": "3-(3) BCPの目標日 令和7年6月30日 が令和6年度（令和7年3月31日まで）の範囲外"})
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)

    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 0
    wb.save(os.path.join(OUT, NAME + ".xlsx"))

    exp = {
        "form": "checklist-hospital",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "entries": entries},
        "planted": planted,
        "notes": "Per-device applicability is my reading of the catalogue and seed 004 (サーバ: 6 items, 端末PC: 5 items without アクセスログ, ネットワーク機器: パスワード / セキュリティパッチ / 接続元制限 only). "
                 "Blocks in a different order: 前提, 体制構築 1-(1), インシデント 3-(1)..3-(3), 管理・運用 2-(1)..2-(3), then "
                 "per-device groups ネットワーク機器, サーバ, 端末PC; entries follow the workbook order. 区分 (column A) "
                 "is a vertically merged cell per group and gives 'section'. Answers ○ = はい, × = いいえ (legend in A5). "
                 "1回目 確認日 and 目標日 are 令和 text ('令和6年8月5日'); 2回目 確認日 'R6.9.20'. 医療機関名 label is "
                 "above its value (A3 -> A4). 2-(3) 備考 contains a line break. Sheet is still named 'Sheet1'.",
    }
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
