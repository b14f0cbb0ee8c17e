#!/usr/bin/python3
# clm-w2-b-marks-wareki: a hospital's own re-typed version of the 最低限の措置 checklist.
# No. + numbered headings, separate はい / いいえ columns with a ○ mark, 確認日 as 和暦 text (R6.10.15),
# 目標日 as 令和 text, then re-saved by LibreOffice.
# Planted: (1) item 2-2 answered いいえ but no 目標日; (2) item 3-1 2回目 date earlier than the 1回目 date.
import json, os, subprocess, shutil, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

NAME = "clm-w2-b-marks-wareki"
OUT = os.path.dirname(os.path.abspath(__file__))
SHEET = "最低限の措置"

H1 = "パスワードを強固なものに変更し、使い回しをしない"
H2 = "IoT 機器を含む情報資産の通信制御を確認する"
H3 = "ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
HEADS = [("1", H1), ("2", H2), ("3", H3)]
# (no, heading, canonical text, text as shown in this workbook (slightly shortened))
ITEMS = [
    ("1-1", H1, "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
     "VPN装置等のID・パスワードについて、システム運用担当者が強固な設定を行っている"),
    ("1-2", H1, "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
     "複数の機器や外部サービス等で同一のパスワードを設定していない"),
    ("1-3", H1, "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
     "類推されやすいパスワードを使用しないよう、すべての利用者に周知を徹底している"),
    ("2-1", H2, "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
     "関係事業者と協力してすべてのネットワーク接続点を確認している（閉域網と認識されているネットワークの接続点を含む）"),
    ("2-2", H2, "ネットワーク接続点へのアクセス制御を適切に実施している。",
     "ネットワーク接続点へのアクセス制御を適切に実施している"),
    ("2-3", H2, "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
     "システム・通信制御機器のログを記録・保存し、定期的にチェックして不正利用がないことを確認している"),
    ("3-1", H3, "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
     "すべてのネットワーク機器のバージョンアップ・パッチ適用・ファームウェア更新を適切な頻度で行っているか、事業者と連携して確認している"),
    ("3-2", H3, "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
     "セキュリティ対策ソフトの稼働状況（最新の定義ファイル適用等）を確認している"),
]
FACILITY = "美作さくら病院"

# (a1, d1, target, a2, d2, remarks)
ANS = [
    ("はい", "2024-10-15", None, None, None, None),
    ("はい", "2024-10-15", None, None, None, None),
    ("いいえ", "2024-10-15", "2024-11-29", "はい", "2024-11-26", "職員向け周知文を11/26に全部署へ配布"),
    ("はい", "2024-10-16", None, None, None, "電子カルテ・PACS・検査の各事業者に確認"),
    ("いいえ", "2024-10-16", None, None, None, "保守用VPNの接続元IP制限を事業者に依頼中"),   # planted: no target
    ("はい", "2024-10-16", None, None, None, None),
    ("いいえ", "2024-10-16", "2024-12-27", "はい", "2024-10-01", None),                    # planted: 2nd before 1st
    ("はい", "2024-10-16", None, None, None, None),
]


def rw(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    return f"R{y - 2018}.{m}.{d}"


def reiwa_full(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    return f"令和{y - 2018}年{m}月{d}日"


def main():
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(wrap_text=True, vertical="center")
    grey = PatternFill("solid", fgColor="DDEBF7")

    widths = {"A": 6, "B": 52, "C": 6, "D": 6, "E": 11, "F": 17, "G": 6, "H": 6, "I": 11, "J": 28}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v

    ws["A1"] = "サイバーセキュリティ対策チェックリスト（最低限の措置編）　医療機関確認用"
    ws["A1"].font = Font(size=13, bold=True)
    ws["A3"] = "医療機関名"
    ws["A3"].font = Font(bold=True)
    ws.merge_cells("C3:H3")
    ws["C3"] = FACILITY
    for c in range(1, 9):
        ws.cell(3, c).border = Border(bottom=thin)
    ws["A4"] = "※該当する欄に○を記入。確認日は和暦（例：R6.10.1）で記入。「いいえ」の場合は目標日を記入。"
    ws["A4"].font = Font(size=9)

    # two-row header
    r = 6
    ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=1)
    ws.cell(r, 1, "No.")
    ws.merge_cells(start_row=r, start_column=2, end_row=r + 1, end_column=2)
    ws.cell(r, 2, "チェック項目")
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
            ws.cell(rr, c).fill = grey
            ws.cell(rr, c).font = Font(bold=True)

    r = 8
    entries, planted = [], []
    last_h = None
    for idx, ((no, h, canon, shown), (a1, d1, tg, a2, d2, rem)) in enumerate(zip(ITEMS, ANS)):
        if h != last_h:
            hn = [n for n, hh in HEADS if hh == h][0]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            ws.cell(r, 1, f"{hn}. {h}").font = Font(bold=True)
            for c in range(1, 11):
                ws.cell(r, c).border = box
            r += 1
            last_h = h
        ws.cell(r, 1, no)
        ws.cell(r, 2, shown)
        ws.cell(r, 3 if a1 == "はい" else 4, "○")
        ws.cell(r, 5, rw(d1))
        if tg:
            ws.cell(r, 6, reiwa_full(tg))
        if a2:
            ws.cell(r, 7 if a2 == "はい" else 8, "○")
            ws.cell(r, 9, rw(d2))
        if rem:
            ws.cell(r, 10, rem)
        for c in range(1, 11):
            ws.cell(r, c).border = box
            ws.cell(r, c).alignment = wrap if c in (2, 10) else center
        ws.row_dimensions[r].height = 36
        e = {"section": h, "item": canon, "itemNo": no, "firstAnswer": a1, "firstDate": d1}
        if tg:
            e["targetDate"] = tg
        if a2:
            e["secondAnswer"] = a2
            e["secondDate"] = d2
        if rem:
            e["remarks"] = rem
        entries.append(e)
        if no == "2-2":
            planted.append({"cells": [f"{SHEET}!F{r}"], "paths": [f"entries[{idx}].targetDate"],
                            "why": "1回目が「いいえ」なのに目標日が空欄（いいえの場合は実施可能な直近の対応目標日を記入する）"})
        if no == "3-1":
            planted.append({"cells": [f"{SHEET}!I{r}", f"{SHEET}!E{r}"], "paths": [f"entries[{idx}].secondDate"],
                            "why": "2回目の確認日 R6.10.1 が1回目の確認日 R6.10.16 より前になっている（日付の順序が逆）"})
        r += 1

    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 0

    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, NAME + ".xlsx")
    wb.save(src)
    outdir = os.path.join(tmp, "lo")
    os.makedirs(outdir)
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(outdir, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
    shutil.rmtree(tmp)

    exp = {
        "form": "checklist-minimum",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "entries": entries},
        "planted": planted,
        "notes": "Answers are a ○ in the はい or いいえ column (columns C/D for 1回目, G/H for 2回目). 確認日 written as "
                 "和暦 text 'R6.10.15'; 目標日 as '令和6年11月29日' text. Item wording in column B is shortened; "
                 "'item' gives the seed's full wording. Headings shown as '1. パスワード…' (number added, ○ dropped); "
                 "section = heading text without number. itemNo = the workbook's own numbering 1-1…3-2. "
                 "File re-saved by LibreOffice.",
    }
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
