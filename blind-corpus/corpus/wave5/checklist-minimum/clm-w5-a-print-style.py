#!/usr/bin/python3
# clm-w5-a-print-style: Okayama-style printable 「最低限の措置」編 checklist, one sheet,
# answer and date in one cell ("はい (10/15)"), untouched "(/)" placeholders, re-saved by LibreOffice.
import json, os, shutil, subprocess
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clm-w5-a-print-style"
SHEET = "チェックリスト"

SECTIONS = [
    ("パスワードを強固なものに変更し、使い回しをしない", [
        "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
        "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
        "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。"]),
    ("IoT 機器を含む情報資産の通信制御を確認する", [
        "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
        "ネットワーク接続点へのアクセス制御を適切に実施している。",
        "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。"]),
    ("ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する", [
        "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
        "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。"]),
]

FACILITY = "医療法人緑風会 みどりヶ丘病院"

# What the filler typed into each item row: (1回目 cell, 目標日 cell, 2回目 cell, 備考) ;
# None = the printed placeholder was left as it was.
FILLED = [
    ("はい (10/15)", None, None, None),
    ("はい (10/15)", None, None, None),
    ("いいえ (10/15)", "(11/30)", "はい (11/26)", "院内メール・掲示板で全職員に周知（11/26完了）"),
    ("はい (10/15)", None, None, "電子カルテ事業者・回線事業者と接続点一覧を作成済"),
    ("はい（10/15）", None, None, None),
    ("いいえ (10/15)", "(1/31)", "はい (1/28)", "UTMのログを月1回確認する手順を作成\n（情報システム係）"),
    ("はい (10/15)", None, None, "保守事業者と年2回確認"),
    ("はい (10/15)", None, None, None),
]
# canonical meaning of the above
CANON = [
    dict(firstAnswer="はい", firstDate="2024-10-15"),
    dict(firstAnswer="はい", firstDate="2024-10-15"),
    dict(firstAnswer="いいえ", firstDate="2024-10-15", targetDate="2024-11-30",
         secondAnswer="はい", secondDate="2024-11-26"),
    dict(firstAnswer="はい", firstDate="2024-10-15"),
    dict(firstAnswer="はい", firstDate="2024-10-15"),
    dict(firstAnswer="いいえ", firstDate="2024-10-15", targetDate="2025-01-31",
         secondAnswer="はい", secondDate="2025-01-28"),
    dict(firstAnswer="はい", firstDate="2024-10-15"),
    dict(firstAnswer="はい", firstDate="2024-10-15"),
]

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
mincho = "ＭＳ 明朝"


def build(path):
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    widths = {"A": 2, "B": 58, "C": 1.5, "D": 15, "E": 11, "F": 15, "G": 30, "H": 2}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v

    ws["B2"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
    ws["B2"].font = Font(name=mincho, size=14, bold=True)
    ws["B3"] = "「サイバー攻撃リスク低減のための最低限の措置」編"
    ws["B3"].font = Font(name=mincho, size=12, bold=True)
    ws["G2"] = "医療機関確認用"
    ws["G2"].font = Font(name=mincho, size=11, bold=True)
    ws["G2"].alignment = center
    ws["G2"].border = box

    ws["B5"] = "医療機関名：" + FACILITY
    ws["B5"].font = Font(name=mincho, size=12, underline="single")

    notes = [
        "※ このチェックリストは、医療機関等におけるサイバーセキュリティ対策の取組みについて（令和6年8月1日事務連絡）により、"
        "特に迅速に対応すべき事項として示された「サイバー攻撃リスク低減のための最低限の措置」の内容を基に、岡山県が作成したものです。",
        "※ 本チェックリストの項目について直ちに確認を行い、「いいえ」の項目については速やかに取り組むよう対応をお願いします。",
        "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
        "※ 立入検査時、本チェックリストを確認します。",
    ]
    r = 7
    for n in notes:
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
        c = ws.cell(r, 2, n)
        c.font = Font(name=mincho, size=9)
        c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[r].height = 26 if len(n) > 80 else 14
        r += 1

    h1 = 12
    ws.merge_cells(start_row=h1, start_column=2, end_row=h1 + 1, end_column=2)
    ws.merge_cells(start_row=h1, start_column=4, end_row=h1, end_column=6)
    ws.merge_cells(start_row=h1, start_column=7, end_row=h1 + 1, end_column=7)
    ws.cell(h1, 2, "チェック項目")
    ws.cell(h1, 4, "確認結果（日付）")
    ws.cell(h1, 7, "備考")
    ws.cell(h1 + 1, 4, "1回目")
    ws.cell(h1 + 1, 5, "目標日")
    ws.cell(h1 + 1, 6, "2回目")
    grey = PatternFill("solid", fgColor="D9D9D9")
    for rr in (h1, h1 + 1):
        for cc in (2, 4, 5, 6, 7):
            c = ws.cell(rr, cc)
            c.border = box
            c.alignment = center
            c.fill = grey
            c.font = Font(name=mincho, size=10, bold=True)

    r = h1 + 2
    item_rows = []
    k = 0
    for head, items in SECTIONS:
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
        c = ws.cell(r, 2, "○" + head)
        c.font = Font(name=mincho, size=10, bold=True)
        c.alignment = Alignment(vertical="center")
        for cc in range(2, 8):
            ws.cell(r, cc).border = box
        ws.row_dimensions[r].height = 18
        r += 1
        for it in items:
            first, target, second, rem = FILLED[k]
            ws.cell(r, 2, it).alignment = wrap
            ws.cell(r, 4, first if first else "はい・いいえ (/)")
            ws.cell(r, 5, target if target else "(/)")
            ws.cell(r, 6, second if second else "はい・いいえ (/)")
            if rem:
                ws.cell(r, 7, rem)
            for cc in (2, 4, 5, 6, 7):
                c = ws.cell(r, cc)
                c.border = box
                c.font = Font(name=mincho, size=10)
                if cc in (4, 5, 6):
                    c.alignment = center
                elif cc == 7:
                    c.alignment = Alignment(wrap_text=True, vertical="center")
            ws.row_dimensions[r].height = 42
            item_rows.append(r)
            r += 1
            k += 1

    ws.cell(r + 1, 2, "（提出先）立入検査実施保健所　／　岡山県保健医療部医療推進課").font = Font(name=mincho, size=9)

    ws.print_area = "A1:H%d" % (r + 1)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.sheet_view.showGridLines = False
    wb.save(path)
    return item_rows


def main():
    tmp = os.path.join(HERE, "_tmp_" + NAME)
    os.makedirs(tmp, exist_ok=True)
    raw = os.path.join(tmp, NAME + ".xlsx")
    item_rows = build(raw)
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", HERE, raw],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.rmtree(tmp)

    entries = []
    k = 0
    for head, items in SECTIONS:
        for it in items:
            e = {"section": head, "item": it}
            e.update(CANON[k])
            if FILLED[k][3]:
                e["remarks"] = FILLED[k][3]
            entries.append(e)
            k += 1
    exp = {
        "form": "checklist-minimum",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "entries": entries},
        "planted": [],
        "notes": ("Okayama print layout, one sheet '%s', item rows %s. Answer and date share one cell "
                  "(e.g. 'はい (10/15)', one full-width 'はい（10/15）'); year-less dates: Oct-Dec = 2024, Jan-Mar = 2025. "
                  "Cells the filler did not touch still hold the printed placeholders 'はい・いいえ (/)' and '(/)' "
                  "and must be read as blank. Section is the ○ heading text without the ○ mark. "
                  "医療機関名 is in one cell with its label ('医療機関名：...'). No item numbers shown. "
                  "Re-saved by LibreOffice." % (SHEET, item_rows)),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
