#!/usr/bin/python3
"""clm-w35-b: 最低限の措置編 redrawn by a hospital IT person as a flat table.

記入要領 sheet first; data sheet with 医療機関名：value in one cell; No. | 区分 (merged vertically) |
チェック項目 | 1回目 回答 | 1回目 確認日 | 目標日 | 2回目 回答 | 2回目 確認日 | 備考; はい/いいえ drop-downs,
Excel date cells, a labelled 記入例 row (to be ignored), a いいえ-count formula; re-saved by LibreOffice.
Planted: いいえ without 目標日 (item 6); 2回目 確認日 before the 1回目 date (item 7).
Run:  PYTHONPATH=/tmp/clw-py /usr/bin/python3 THIS.py
"""
import datetime as dt, json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clm-w35-b-flat-table-date-columns"
SHEET = "チェックリスト"

S1 = "パスワードを強固なものに変更し、使い回しをしない"
S2 = "IoT 機器を含む情報資産の通信制御を確認する"
S3 = "ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
ITEMS = [
    (S1, "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。"),
    (S1, "複数の機器や外部サービス等で、同一のパスワードを設定していない。"),
    (S1, "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。"),
    (S2, "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。"),
    (S2, "ネットワーク接続点へのアクセス制御を適切に実施している。"),
    (S2, "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。"),
    (S3, "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。"),
    (S3, "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。"),
]
D1 = dt.datetime(2024, 11, 12)
# (1回目, 1回目日, 目標日, 2回目, 2回目日, 備考)
FILL = [
    ("はい", D1, None, None, None, None),
    ("はい", D1, None, None, None, "機器ごとに別PW（管理台帳で管理）"),
    ("いいえ", D1, dt.datetime(2024, 12, 27), "はい", dt.datetime(2024, 12, 24), "12月の全体研修で周知済"),
    ("はい", D1, None, None, None, None),
    ("はい", D1, None, None, None, None),
    ("いいえ", D1, None, None, None, "ログ管理ツールの導入を検討中（事業者と相談）"),   # planted: no 目標日
    ("いいえ", D1, dt.datetime(2025, 2, 28), "はい", dt.datetime(2024, 11, 5), "UTM・L3SWのFW更新を保守業者が実施"),  # planted: 2回目 before 1回目
    ("はい", D1, None, None, None, "ウイルス対策ソフト管理画面で定義更新を確認"),
]
FACILITY = "医療法人 和光会 旭川みなみ病院"

thin = Side(style="thin", color="000000")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(wrap_text=True, vertical="center")


def iso(d):
    return d.strftime("%Y-%m-%d") if d else None


def build():
    wb = Workbook()
    guide = wb.active
    guide.title = "記入要領"
    guide.column_dimensions["A"].width = 100
    lines = [
        "【記入要領】チェックリスト（最低限の措置編）",
        "",
        "1. 「チェックリスト」シートの黄色セルに入力してください。",
        "2. 1回目・2回目の回答欄はプルダウンから「はい」「いいえ」を選択してください。",
        "3. 確認日・目標日は 2024/11/1 のように日付で入力してください。",
        "4. 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
        "5. 「いいえ」の項目は速やかに取り組み、対応後に2回目の確認結果と確認日を記入してください。",
        "6. 記入例の行は参考です（入力不要）。",
        "7. 立入検査時に本チェックリストを確認します。提出は保健所へ。",
        "",
        "参照：令和6年8月1日付け事務連絡 別添「サイバー攻撃リスク低減のための最低限の措置」",
    ]
    for i, t in enumerate(lines, 1):
        guide.cell(i, 1, t)
    guide["A1"].font = Font(bold=True, size=12)

    ws = wb.create_sheet(SHEET)
    widths = dict(A=5, B=22, C=60, D=9, E=12, F=12, G=9, H=12, I=34)
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "サイバーセキュリティ対策チェックリスト「サイバー攻撃リスク低減のための最低限の措置」編（医療機関確認用）"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A3"] = "医療機関名：" + FACILITY
    ws["A3"].font = Font(size=11, bold=True)
    ws["F3"] = "「いいえ」件数（1回目）"
    ws["H3"] = '=COUNTIF(D8:D15,"いいえ")'

    hdr1, hdr2 = 5, 6
    heads = ["No.", "区分", "チェック項目", "1回目", None, "目標日", "2回目", None, "備考"]
    for c, t in enumerate(heads, 1):
        if t:
            ws.cell(hdr1, c, t)
    for c in (1, 2, 3, 6, 9):
        ws.merge_cells(start_row=hdr1, start_column=c, end_row=hdr2, end_column=c)
    ws.merge_cells(start_row=hdr1, start_column=4, end_row=hdr1, end_column=5)
    ws.merge_cells(start_row=hdr1, start_column=7, end_row=hdr1, end_column=8)
    ws.cell(hdr2, 4, "回答")
    ws.cell(hdr2, 5, "確認日")
    ws.cell(hdr2, 7, "回答")
    ws.cell(hdr2, 8, "確認日")
    for rr in (hdr1, hdr2):
        for cc in range(1, 10):
            c = ws.cell(rr, cc)
            c.border = box
            c.alignment = center
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="DDEBF7")

    # labelled example row (must be ignored)
    ex = 7
    ex_vals = ["記入例", "（区分）", "（例）〇〇〇を実施している。", "いいえ", dt.datetime(2024, 10, 1),
               dt.datetime(2024, 12, 20), "はい", dt.datetime(2024, 12, 10), "○月に事業者と対応"]
    for c, v in enumerate(ex_vals, 1):
        cell = ws.cell(ex, c, v)
        cell.border = box
        cell.font = Font(color="808080", italic=True)
        cell.alignment = center if c != 3 else wrap
        if isinstance(v, dt.datetime):
            cell.number_format = "yyyy/m/d"

    dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
    ws.add_data_validation(dv)
    yellow = PatternFill("solid", fgColor="FFF2CC")

    entries, rows = [], []
    r0 = 8
    for i, ((sec, item), (a1, d1, tg, a2, d2, rem)) in enumerate(zip(ITEMS, FILL)):
        r = r0 + i
        rows.append(r)
        ws.cell(r, 1, i + 1)
        ws.cell(r, 2, sec)
        ws.cell(r, 3, item)
        vals = {4: a1, 5: d1, 6: tg, 7: a2, 8: d2, 9: rem}
        for c, v in vals.items():
            if v is not None:
                ws.cell(r, c, v)
        for c in range(1, 10):
            cell = ws.cell(r, c)
            cell.border = box
            cell.alignment = wrap if c in (2, 3, 9) else center
            if c in (4, 5, 6, 7, 8, 9):
                cell.fill = yellow
            if c in (5, 6, 8):
                cell.number_format = "yyyy/m/d"
        dv.add(ws.cell(r, 4))
        dv.add(ws.cell(r, 7))
        ws.row_dimensions[r].height = 45
        e = dict(section=sec, item=item, itemNo=str(i + 1), firstAnswer=a1, firstDate=iso(d1))
        if tg:
            e["targetDate"] = iso(tg)
        if a2:
            e["secondAnswer"] = a2
        if d2:
            e["secondDate"] = iso(d2)
        if rem:
            e["remarks"] = rem
        entries.append(e)
    # 区分 merged vertically per heading
    ws.merge_cells("B8:B10")
    ws.merge_cells("B11:B13")
    ws.merge_cells("B14:B15")
    ws.freeze_panes = "D8"
    ws.print_title_rows = "5:6"
    wb.active = 1

    tmpd = tempfile.mkdtemp(prefix="clmb-")
    raw = os.path.join(tmpd, NAME + ".xlsx")
    wb.save(raw)
    outd = os.path.join(tmpd, "lo")
    os.makedirs(outd)
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outd, raw],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out = os.path.join(HERE, NAME + ".xlsx")
    shutil.copyfile(os.path.join(outd, NAME + ".xlsx"), out)
    shutil.rmtree(tmpd)

    exp = {
        "form": "checklist-minimum",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "entries": entries},
        "planted": [
            {"cells": [SHEET + "!F13"], "paths": ["entries[5].targetDate"],
             "why": "1回目が「いいえ」なのに目標日が未記入（「いいえ」の場合は対応目標日を記入）"},
            {"cells": [SHEET + "!H14", SHEET + "!E14"], "paths": ["entries[6].secondDate"],
             "why": "2回目の確認日 2024-11-05 が1回目の確認日 2024-11-12 より前"},
        ],
        "notes": ("Row 7 is a labelled 記入例 row and is not in values. 医療機関名 shares one cell with its label "
                  "(A3 '医療機関名：…'). H3 is a COUNTIF of いいえ (LibreOffice re-save, so it has a cached value), "
                  "not a field. 区分 column merged over each heading's rows; section = the heading text without ○. "
                  "itemNo = the No. column (1-8). Sheet 記入要領 holds instructions only."),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
    return out


if __name__ == "__main__":
    print(build())
