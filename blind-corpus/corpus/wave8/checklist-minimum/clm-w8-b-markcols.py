#!/usr/bin/python3
"""Generator for clm-w8-b-markcols.xlsx (checklist-minimum, R6, Okayama 最低限の措置編) — CLEAN.

Role: the information-systems person of a hospital in 津山市 who rebuilt the checklist as a
management table: one row per item, ○ marks in はい / いいえ columns, dates as real Excel date cells
(shown m/d), the 区分 heading as a vertically merged column, items shortened and regrouped (the
network items first), numbered 1..8 in this workbook's own order, a greyed 記入例 row above the
data. Saved with openpyxl, then re-saved by LibreOffice (headless, private profile).
"""
import datetime as dt
import json
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = "/work/blind/wave8/checklist-minimum"
NAME = "clm-w8-b-markcols"

FACILITY = "一般財団法人 美作記念病院"

H1 = "パスワードを強固なものに変更し、使い回しをしない"
H2 = "IoT 機器を含む情報資産の通信制御を確認する"
H3 = "ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"

FULL = {
    1: "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
    2: "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
    3: "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
    4: "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
    5: "ネットワーク接続点へのアクセス制御を適切に実施している。",
    6: "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
    7: "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
    8: "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
}

D = dt.date
# workbook order: 通信制御 → ファームウェア → パスワード
# (seed item no., short text, first(はい/いいえ), first date, target, second, second date, remarks)
GROUPS = [
    (H2, [
        (4, "全てのネットワーク接続点を関係事業者と確認（閉域網の接続点も含む）", "はい", D(2024, 11, 5), None, None, None,
         "ネットワーク構成図を更新（11/1）"),
        (5, "ネットワーク接続点へのアクセス制御を適切に実施", "はい", D(2024, 11, 5), None, None, None, None),
        (6, "各種システム・通信機器のログを記録・保存し、定期的に不正利用がないか確認", "いいえ", D(2024, 11, 6),
         D(2025, 1, 31), "はい", D(2025, 1, 28), "UTMログの月次確認を開始"),
    ]),
    (H3, [
        (7, "全ネットワーク機器のバージョンアップ・パッチ・FW更新の頻度を事業者と確認", "はい", D(2024, 11, 6),
         None, None, None, "保守契約で四半期ごとに確認"),
        (8, "セキュリティ対策ソフトの稼働状況（定義ファイルの更新等）を確認", "はい", D(2024, 11, 6), None, None, None, None),
    ]),
    (H1, [
        (1, "VPN装置等のID・パスワードを強固に設定（システム運用担当者）", "はい", D(2024, 11, 5), None, None, None, None),
        (2, "複数の機器・外部サービスで同じパスワードを設定していない", "いいえ", D(2024, 11, 5), D(2024, 12, 27),
         "はい", D(2024, 12, 24), "複合機・NASの管理者PWを個別に変更"),
        (3, "類推されやすいパスワードを使わないよう全利用者に周知", "はい", D(2024, 11, 5), None, None, None,
         "院内メール・朝礼で周知"),
    ]),
]


def main():
    wb = Workbook()
    ws = wb.active
    ws.title = "チェック表"

    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    hdr = PatternFill("solid", fgColor="DDEBF7")
    ex_fill = PatternFill("solid", fgColor="EDEDED")
    f = Font(name="メイリオ", size=9)
    fb = Font(name="メイリオ", size=9, bold=True)
    fex = Font(name="メイリオ", size=9, color="7F7F7F", italic=True)
    wrap = Alignment(wrap_text=True, vertical="center")
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)

    ws["A1"] = "サイバーセキュリティ対策チェックリスト（最低限の措置編）院内管理表"
    ws["A1"].font = Font(name="メイリオ", size=12, bold=True)
    ws["A2"] = "医療機関名：" + FACILITY
    ws["A2"].font = Font(name="メイリオ", size=10)
    ws["H2"] = "作成：情報システム課"
    ws["H2"].font = f
    ws["A3"] = "はい・いいえ欄は該当する方に「○」。1回目「いいえ」の項目は目標日を入力し、対応後に2回目を入力。"
    ws["A3"].font = Font(name="メイリオ", size=8, color="595959")

    cols = ["No.", "区分", "チェック項目", "1回目", None, None, "目標日", "2回目", None, None, "備考"]
    sub = [None, None, None, "はい", "いいえ", "確認日", None, "はい", "いいえ", "確認日", None]
    h1, h2 = 5, 6
    for i, (a, b) in enumerate(zip(cols, sub), start=1):
        if a:
            ws.cell(row=h1, column=i, value=a)
        if b:
            ws.cell(row=h2, column=i, value=b)
    for c in (1, 2, 3, 7, 11):
        ws.merge_cells(start_row=h1, start_column=c, end_row=h2, end_column=c)
    ws.merge_cells(start_row=h1, start_column=4, end_row=h1, end_column=6)
    ws.merge_cells(start_row=h1, start_column=8, end_row=h1, end_column=10)
    for rr in (h1, h2):
        for cc in range(1, 12):
            cell = ws.cell(row=rr, column=cc)
            cell.fill = hdr
            cell.font = fb
            cell.border = box
            cell.alignment = center

    widths = [5, 22, 46, 5, 6, 9, 9, 5, 6, 9, 30]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + i)].width = w

    datefmt = "m/d"

    # 記入例 row (correctly labelled, must be ignored)
    r = h2 + 1
    ex = ["記入例", "（区分）", "（例）〇〇〇を実施している", "○", None, dt.date(2024, 10, 1), None, None, None, None,
          "いいえの場合は目標日と2回目を記入"]
    for i, v in enumerate(ex, start=1):
        c = ws.cell(row=r, column=i, value=v)
        c.fill = ex_fill
        c.font = fex
        c.border = box
        c.alignment = center if i not in (3, 11) else wrap
        if isinstance(v, dt.date):
            c.number_format = datefmt
    r += 1

    entries = []
    no = 0
    for heading, items in GROUPS:
        start = r
        for seedno, short, a1, d1, tgt, a2, d2, rem in items:
            no += 1
            ws.cell(row=r, column=1, value=no)
            ws.cell(row=r, column=3, value=short)
            ws.cell(row=r, column=4 if a1 == "はい" else 5, value="○")
            ws.cell(row=r, column=6, value=d1).number_format = datefmt
            if tgt:
                ws.cell(row=r, column=7, value=tgt).number_format = datefmt
            if a2:
                ws.cell(row=r, column=8 if a2 == "はい" else 9, value="○")
                ws.cell(row=r, column=10, value=d2).number_format = datefmt
            if rem:
                ws.cell(row=r, column=11, value=rem)
            for cc in range(1, 12):
                cell = ws.cell(row=r, column=cc)
                cell.border = box
                cell.font = f
                cell.alignment = wrap if cc in (2, 3, 11) else center
            ws.row_dimensions[r].height = 30
            e = {"section": heading, "item": FULL[seedno], "itemNo": str(no),
                 "firstAnswer": a1, "firstDate": d1.isoformat()}
            if tgt:
                e["targetDate"] = tgt.isoformat()
            if a2:
                e["secondAnswer"] = a2
                e["secondDate"] = d2.isoformat()
            if rem:
                e["remarks"] = rem
            entries.append(e)
            r += 1
        ws.cell(row=start, column=2, value=heading)
        ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(row=start, column=2).alignment = wrap

    ws.freeze_panes = "D7"
    ws.page_setup.orientation = "landscape"

    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, NAME + ".xlsx")
        wb.save(src)
        outdir = os.path.join(tmp, "lo")
        os.makedirs(outdir)
        prof = tempfile.mkdtemp(prefix="lo-prof-")
        try:
            subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless",
                            "--convert-to", "xlsx", "--outdir", outdir, src],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        finally:
            shutil.rmtree(prof, ignore_errors=True)
        shutil.copy(os.path.join(outdir, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))

    expected = {
        "form": "checklist-minimum",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "entries": entries},
        "planted": [],
        "notes": "Clean. Row 7 is a greyed, correctly labelled 記入例 row and must be ignored. Answers are ○ marks "
                 "in はい/いいえ columns; dates are real Excel dates displayed m/d. Items are shortened in the "
                 "workbook (item = full seed wording) and reordered: 通信制御 group first, then ファームウェア, "
                 "then パスワード; itemNo is this workbook's own sequential number (1..8), not the seed order. "
                 "区分 is a vertically merged cell with the full heading (section without the ○ mark). "
                 "File re-saved by LibreOffice.",
    }
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected, fh, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
