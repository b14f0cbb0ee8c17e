#!/usr/bin/python3
"""clm-w32-b: 最低限の措置編 as a health-centre style numbered grid.

Sheet 記入要領 first, then チェックリスト: 医療機関名 in one cell (「医療機関名：…」), two-row header with
separate 結果 / 確認日 columns, ○=はい ×=いいえ, Excel date cells, a labelled 記入例 row above the data,
the headings merged vertically in a 区分 column, a COUNTIF of × below the table.
Saved by openpyxl, then re-saved by LibreOffice (soffice --headless --convert-to xlsx).
Planted: item 5 いいえ without 目標日; item 7 2回目 date before its 1回目 date.
"""
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, "/tmp/clx-py")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clm-w32-b-numbered-grid-marks"
SHEET = "チェックリスト"
FACILITY = "社会医療法人 旭水会 あさひ川病院"

H1 = "パスワードを強固なものに変更し、使い回しをしない"
H2 = "IoT 機器を含む情報資産の通信制御を確認する"
H3 = "ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
D = dt.date
FIRST = D(2024, 11, 5)

# (heading, item, first mark, target, second mark, second date, remarks)
ROWS = [
    (H1, "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
     "○", None, None, None, None),
    (H1, "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
     "○", None, None, None, None),
    (H1, "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
     "×", D(2025, 1, 31), "○", D(2025, 1, 24), "全職員向け周知文を1月の院内報に掲載"),
    (H2, "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
     "○", None, None, None, None),
    # planted 1: いいえ but no 目標日
    (H2, "ネットワーク接続点へのアクセス制御を適切に実施している。",
     "×", None, None, None, "UTMの設定見直しを業者と調整中"),
    (H2, "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
     "○", None, None, None, None),
    # planted 2: 2回目 date (10/28) before the 1回目 date (11/5) -- meant 12/28
    (H3, "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
     "×", D(2025, 2, 28), "○", D(2024, 10, 28), "ルータ・UTMのファームウェア更新（業者作業）"),
    (H3, "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
     "○", None, None, None, None),
]
ANS = {"○": "はい", "×": "いいえ"}


def build(tmpdir):
    wb = Workbook()
    guide = wb.active
    guide.title = "記入要領"
    guide.column_dimensions["A"].width = 100
    lines = [
        "「サイバー攻撃リスク低減のための最低限の措置」編　チェックリスト　記入要領",
        "",
        "1. 「チェックリスト」シートの黄色の欄に記入してください。",
        "2. 1回目・2回目の「結果」欄は、はい → ○、いいえ → × を記入してください。",
        "3. 「確認日」「目標日」欄は 2024/11/5 のように入力してください。",
        "4. 1回目の確認で「いいえ（×）」の場合、実施可能な直近の対応目標日を記入してください。",
        "5. 目標日までに対応した項目は、2回目欄に確認結果と確認日を記入してください。",
        "6. 記入例の行はそのままで構いません（集計対象外）。",
        "7. 立入検査時、本チェックリストを確認します。",
    ]
    for i, t in enumerate(lines, start=1):
        guide[f"A{i}"] = t
    guide["A1"].font = Font(bold=True, size=12)

    ws = wb.create_sheet(SHEET)
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="center", wrap_text=True)
    head = PatternFill("solid", fgColor="DDEBF7")
    yellow = PatternFill("solid", fgColor="FFF2CC")
    grey = PatternFill("solid", fgColor="EDEDED")

    widths = {"A": 5, "B": 18, "C": 52, "D": 7, "E": 11, "F": 11, "G": 7, "H": 11, "I": 28}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v

    ws.merge_cells("A1:I1")
    ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（「サイバー攻撃リスク低減のための最低限の措置」編）医療機関確認用"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A3:F3")
    ws["A3"] = "医療機関名：" + FACILITY
    ws["A3"].font = Font(size=11, bold=True)
    ws["A3"].border = Border(bottom=thin)
    ws["G3"] = "○：はい　×：いいえ"

    ws.merge_cells("A5:A6"); ws["A5"] = "No."
    ws.merge_cells("B5:B6"); ws["B5"] = "区分"
    ws.merge_cells("C5:C6"); ws["C5"] = "チェック項目"
    ws.merge_cells("D5:E5"); ws["D5"] = "1回目"
    ws["D6"] = "結果"; ws["E6"] = "確認日"
    ws.merge_cells("F5:F6"); ws["F5"] = "目標日"
    ws.merge_cells("G5:H5"); ws["G5"] = "2回目"
    ws["G6"] = "結果"; ws["H6"] = "確認日"
    ws.merge_cells("I5:I6"); ws["I5"] = "備考"
    for r in (5, 6):
        for c in "ABCDEFGHI":
            cell = ws[f"{c}{r}"]
            cell.border = box
            cell.fill = head
            cell.alignment = center
            cell.font = Font(bold=True)

    # 記入例 row (correctly labelled; must be ignored)
    ex = ["記入例", "（区分）", "〇〇〇〇を確認している。", "×", D(2024, 10, 1), D(2024, 12, 27), "○", D(2024, 12, 20), "業者対応中"]
    for c, v in zip("ABCDEFGHI", ex):
        cell = ws[f"{c}7"]
        cell.value = v
        cell.fill = grey
        cell.border = box
        cell.font = Font(italic=True, color="808080")
        cell.alignment = center if c not in "CI" else left
        if isinstance(v, dt.date):
            cell.number_format = "yyyy/m/d"

    entries = []
    r0 = 8
    groups = {}
    for i, (heading, item, m1, target, m2, d2, remarks) in enumerate(ROWS):
        r = r0 + i
        groups.setdefault(heading, []).append(r)
        ws[f"A{r}"] = i + 1
        ws[f"C{r}"] = item
        ws[f"D{r}"] = m1
        ws[f"E{r}"] = FIRST
        if target:
            ws[f"F{r}"] = target
        if m2:
            ws[f"G{r}"] = m2
        if d2:
            ws[f"H{r}"] = d2
        if remarks:
            ws[f"I{r}"] = remarks
        for c in "ABCDEFGHI":
            cell = ws[f"{c}{r}"]
            cell.border = box
            cell.alignment = left if c in "CI" else center
            if c in "DEFGHI":
                cell.fill = yellow
        for c in "EFH":
            ws[f"{c}{r}"].number_format = "yyyy/m/d"
        ws.row_dimensions[r].height = 45
        e = {"section": heading, "item": item, "itemNo": str(i + 1),
             "firstAnswer": ANS[m1], "firstDate": FIRST.isoformat()}
        if target:
            e["targetDate"] = target.isoformat()
        if m2:
            e["secondAnswer"] = ANS[m2]
        if d2:
            e["secondDate"] = d2.isoformat()
        if remarks:
            e["remarks"] = remarks
        entries.append(e)
    for heading, rows in groups.items():
        ws.merge_cells(f"B{rows[0]}:B{rows[-1]}")
        ws[f"B{rows[0]}"] = heading
        ws[f"B{rows[0]}"].alignment = center
    last = r0 + len(ROWS) - 1
    ws[f"C{last + 2}"] = "1回目「×」の件数"
    ws[f"C{last + 2}"].alignment = Alignment(horizontal="right")
    ws[f"D{last + 2}"] = f'=COUNTIF(D{r0}:D{last},"×")'
    ws.freeze_panes = "A8"

    raw = os.path.join(tmpdir, NAME + ".xlsx")
    wb.save(raw)
    return entries, last


def main():
    tmpdir = tempfile.mkdtemp(prefix="clm-w32-b-")
    entries, last = build(tmpdir)
    outdir = os.path.join(tmpdir, "lo")
    os.makedirs(outdir)
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir,
                    os.path.join(tmpdir, NAME + ".xlsx")], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(outdir, NAME + ".xlsx"), os.path.join(HERE, NAME + ".xlsx"))
    shutil.rmtree(tmpdir)

    expected = {
        "form": "checklist-minimum",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "entries": entries},
        "planted": [
            {"cells": [f"{SHEET}!F12"], "paths": ["entries[4].targetDate"],
             "why": "1回目が「いいえ」(×) なのに目標日が未記入（「いいえ」の場合は対応目標日の記入が必要）"},
            {"cells": [f"{SHEET}!H14"], "paths": ["entries[6].secondDate"],
             "why": "2回目の確認日 2024/10/28 が1回目の確認日 2024/11/5 より前（12/28 の打ち間違い）"},
        ],
        "notes": (
            "Answers are marks: ○ = はい, × = いいえ (legend in G3). 医療機関名 shares one cell with its label "
            "(A3 「医療機関名：…」). Row 7 is a correctly labelled 記入例 row and is not data. Section = the heading "
            "in the vertically merged 区分 column. itemNo = the No. column (1–8). D17 is a COUNTIF of × (not a key). "
            "Re-saved by LibreOffice."
        ),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
