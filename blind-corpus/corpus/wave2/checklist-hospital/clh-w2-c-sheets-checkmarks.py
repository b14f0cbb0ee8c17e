#!/usr/bin/python3
# clh-w2-c-sheets-checkmarks: the checklist split over several sheets (表紙 / 1_前提・体制・管理 / 2_機器別 /
# 3_インシデント対応). はい / いいえ are separate columns and the filler put a ✓ in one of them; 1回目 and 2回目
# 確認日 are Excel dates, 目標日 is typed as year-less text '8/30'. Item wording heavily shortened.
# Planted: (1) 3-(3) いいえ with 目標日 6/30 (= 2024-06-30), before its 1回目 date 2024-07-08;
#          (2) 端末PC セキュリティパッチ row: 確認日 filled but no ✓ in はい or いいえ (1回目 answer missing).
import json, os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

NAME = "clh-w2-c-sheets-checkmarks"
OUT = os.path.dirname(os.path.abspath(__file__))
FACILITY = "医療法人さくら会 さくら記念病院"
MARK = "✓"

A = ("利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", "職種・業務別のアクセス権限設定")
B = ("退職者や使用していないアカウント等、不要なアカウントを削除している", "不要アカウントの削除")
C = ("アクセスログを管理している", "アクセスログの管理")
D = ("パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している", "パスワード（英数記号混在8文字以上・定期変更）")
E = ("セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "セキュリティパッチの適用")
F = ("バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", "不要なソフトウェア・サービスの停止")
G = ("接続元制限を実施している", "接続元制限の実施")

def Y(d="2024-07-09"):
    return ("はい", d, None, None, None, None)

# sheets: name -> list of rows; row = ("H", text) | (section, itemNo, (canon, shown), answers)
SHEETS = [
    ("1_前提・体制・管理", [
        ("H", "前提"),
        ("前提", None, ("医療情報システムを導入、運用している", "医療情報システムを導入・運用している"), Y("2024-07-08")),
        ("H", "1 体制構築"),
        ("体制構築", "1-(1)", ("医療情報システム安全管理責任者を設置している", "医療情報システム安全管理責任者の設置"), Y("2024-07-08")),
        ("H", "2 医療情報システムの管理・運用"),
        ("医療情報システムの管理・運用", "2-(1)", ("サーバ、端末PC、ネットワーク機器の台帳管理を行っている", "サーバ・端末PC・NW機器の台帳管理"), Y("2024-07-08")),
        ("医療情報システムの管理・運用", "2-(2)", ("リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", "リモート保守利用機器の有無を事業者に確認"),
         ("いいえ", "2024-07-08", "2024-08-30", "はい", "2024-08-28", "内視鏡システムの保守回線を8/28に確認")),
        ("医療情報システムの管理・運用", "2-(3)", ("事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう", "事業者からMDS/SDSの提出"),
         Y("2024-07-08")),
    ]),
    ("2_機器別", [
        ("H", "サーバ"),
        ("サーバ", None, A, Y()), ("サーバ", None, B, Y()), ("サーバ", None, C, Y()), ("サーバ", None, D, Y()),
        ("サーバ", None, E, Y()),
        ("サーバ", None, F, ("いいえ", "2024-07-09", "2024-09-30", "はい", "2024-09-27", "旧バックアップソフトのサービスを停止")),
        ("H", "端末PC"),
        ("端末PC", None, A, Y()), ("端末PC", None, B, Y()), ("端末PC", None, D, Y()),
        ("端末PC", None, E, (None, "2024-07-09", None, None, None, "一部端末でWindows Update停止中")),   # planted: no mark
        ("端末PC", None, F, Y()),
        ("H", "ネットワーク機器"),
        ("ネットワーク機器", None, D, Y()), ("ネットワーク機器", None, E, Y()), ("ネットワーク機器", None, G, Y()),
    ]),
    ("3_インシデント対応", [
        ("H", "3 インシデント発生に備えた対応"),
        ("インシデント発生に備えた対応", "3-(1)", ("インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある", "インシデント時の連絡体制図（院内・外部関係機関）"),
         Y("2024-07-08")),
        ("インシデント発生に備えた対応", "3-(2)", ("インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している", "診療継続に必要な情報の検討、バックアップ実施と復旧手順の確認"),
         Y("2024-07-08")),
        ("インシデント発生に備えた対応", "3-(3)", ("サイバー攻撃を想定した事業継続計画（BCP）を策定している", "サイバー攻撃を想定したBCPの策定"),
         ("いいえ", "2024-07-08", "2024-06-30", None, None, "確認表を使って作成予定")),   # planted: target before 1st date
    ]),
]


def md(iso):
    y, m, d = iso.split("-")
    return f"{int(m)}/{int(d)}"


def main():
    wb = Workbook()
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(wrap_text=True, vertical="center")

    cov = wb.active
    cov.title = "表紙"
    cov.column_dimensions["A"].width = 20
    cov.column_dimensions["B"].width = 48
    cov["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "令和6年度版　医療機関確認用"
    cov["A4"] = "医療機関名"
    cov["B4"] = FACILITY
    cov["A5"] = "記入担当"
    cov["B5"] = "事務部 医事課（システム担当）"
    for rr in (4, 5):
        for c in (1, 2):
            cov.cell(rr, c).border = box
    cov["A7"] = "各シートの「はい」「いいえ」いずれかの欄に ✓ を付け、確認日を記入してください。"

    entries, planted = [], []
    for sname, rows in SHEETS:
        ws = wb.create_sheet(sname)
        for col, w in zip("ABCDEFGHIJ", (7, 44, 5, 6, 11, 10, 5, 6, 11, 30)):
            ws.column_dimensions[col].width = w
        ws["A1"] = sname.split("_", 1)[1]
        ws["A1"].font = Font(bold=True, size=12)
        r = 3
        ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=1)
        ws.cell(r, 1, "項番")
        ws.merge_cells(start_row=r, start_column=2, end_row=r + 1, end_column=2)
        ws.cell(r, 2, "確認項目")
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5)
        ws.cell(r, 3, "1回目")
        ws.merge_cells(start_row=r, start_column=6, end_row=r + 1, end_column=6)
        ws.cell(r, 6, "目標日")
        ws.merge_cells(start_row=r, start_column=7, end_row=r, end_column=9)
        ws.cell(r, 7, "2回目")
        ws.merge_cells(start_row=r, start_column=10, end_row=r + 1, end_column=10)
        ws.cell(r, 10, "備考")
        for c, t in ((3, "はい"), (4, "いいえ"), (5, "確認日"), (7, "はい"), (8, "いいえ"), (9, "確認日")):
            ws.cell(r + 1, c, t)
        for rr in (r, r + 1):
            for c in range(1, 11):
                ws.cell(rr, c).border = box
                ws.cell(rr, c).alignment = center
                ws.cell(rr, c).font = Font(bold=True)
                ws.cell(rr, c).fill = PatternFill("solid", fgColor="FCE4D6")
        r = 5
        for row in rows:
            if row[0] == "H":
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
                ws.cell(r, 1, "■" + row[1]).font = Font(bold=True)
                for c in range(1, 11):
                    ws.cell(r, c).border = box
                r += 1
                continue
            sec, no, (canon, shown), (a1, d1, tg, a2, d2, rem) = row
            ws.cell(r, 1, no)
            ws.cell(r, 2, shown)
            if a1:
                ws.cell(r, 3 if a1 == "はい" else 4, MARK)
            ws.cell(r, 5, dt.date.fromisoformat(d1)).number_format = "yyyy/m/d"
            if tg:
                ws.cell(r, 6, md(tg))
            if a2:
                ws.cell(r, 7 if a2 == "はい" else 8, MARK)
                ws.cell(r, 9, dt.date.fromisoformat(d2)).number_format = "yyyy/m/d"
            if rem:
                ws.cell(r, 10, rem)
            for c in range(1, 11):
                ws.cell(r, c).border = box
                ws.cell(r, c).alignment = wrap if c in (2, 10) else center
            ws.row_dimensions[r].height = 28
            e = {"section": sec, "item": canon}
            if no:
                e["itemNo"] = no
            if a1:
                e["firstAnswer"] = a1
            e["firstDate"] = d1
            if tg:
                e["targetDate"] = tg
            if a2:
                e["secondAnswer"] = a2
                e["secondDate"] = d2
            if rem:
                e["remarks"] = rem
            idx = len(entries)
            entries.append(e)
            if a1 is None:
                planted.append({"cells": [f"{sname}!C{r}", f"{sname}!D{r}"], "paths": [f"entries[{idx}].firstAnswer"],
                                "why": "端末PCのセキュリティパッチ：確認日はあるが「はい」「いいえ」どちらにも✓がない（1回目の回答が未記入）"})
            if no == "3-(3)":
                planted.append({"cells": [f"{sname}!F{r}"], "paths": [f"entries[{idx}].targetDate"],
                                "why": "目標日 6/30（2024/6/30）が1回目の確認日 2024/7/8 より前（目標日は1回目の確認日より後でなければならない）"})
            r += 1
        ws.freeze_panes = "A5"

    wb.save(os.path.join(OUT, NAME + ".xlsx"))

    exp = {
        "form": "checklist-hospital",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "entries": entries},
        "planted": planted,
        "notes": "Per-device applicability is my reading of the catalogue and seed 004 (サーバ: 6 items, 端末PC: 5 items without アクセスログ, ネットワーク機器: パスワード / セキュリティパッチ / 接続元制限 only). "
                 "Four sheets; entries in sheet order (1_前提・体制・管理, 2_機器別, 3_インシデント対応), then row order. "
                 "Answers are a ✓ in the はい or いいえ column; 確認日 are Excel dates; 目標日 is year-less text "
                 "('8/30' = 2024-08-30; '6/30' = 2024-06-30 on this R6 form). Item wording is heavily shortened; "
                 "'item' is the catalogue wording. Section headings are written '■1 体制構築' etc. (section given "
                 "without ■ and number). The 表紙 sheet also has a 記入担当 line, which is not a form field.",
    }
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
