#!/usr/bin/python3
"""clm-w35-a: 最低限の措置編 checklist drawn as the Okayama print form.

Print layout (spacer column A, borders), merged 〇-heading rows, answer and year-less date
in one cell ("はい（10/8）"), 目標日 as "(12/20)".  Filled completely and correctly.
Run:  PYTHONPATH=/tmp/clw-py /usr/bin/python3 THIS.py
"""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clm-w35-a-okayama-print-answer-date-in-cell"
SHEET = "最低限の措置"

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
# what the busy person typed: (1回目 cell, 目標日 cell, 2回目 cell, 備考) and the meaning
FILL = [
    ("はい（10/8）", "（　/　）", "はい・いいえ（　/　）", None,
     dict(firstAnswer="はい", firstDate="2024-10-08")),
    ("いいえ（10/8）", "（12/20）", "はい（12/16）", "ルータ・UTM・VPN装置のPWを機器ごとに変更済（保守業者立会い）",
     dict(firstAnswer="いいえ", firstDate="2024-10-08", targetDate="2024-12-20", secondAnswer="はい", secondDate="2024-12-16")),
    ("はい（10/8）", "（　/　）", "はい・いいえ（　/　）", "院内LAN掲示・職員研修（9月）で周知",
     dict(firstAnswer="はい", firstDate="2024-10-08")),
    ("いいえ（10/8）", "（1/31）", "はい（1/24）", "電子カルテ・PACS・検査系の各ベンダーと接続点一覧を作成",
     dict(firstAnswer="いいえ", firstDate="2024-10-08", targetDate="2025-01-31", secondAnswer="はい", secondDate="2025-01-24")),
    ("はい（10/8）", "（　/　）", "はい・いいえ（　/　）", None,
     dict(firstAnswer="はい", firstDate="2024-10-08")),
    ("いいえ（10/8）", "（3/14）", "はい・いいえ（　/　）", "ログ確認の手順書を作成中\n月1回確認の予定",
     dict(firstAnswer="いいえ", firstDate="2024-10-08", targetDate="2025-03-14")),
    ("はい（10/8）", "（　/　）", "はい・いいえ（　/　）", None,
     dict(firstAnswer="はい", firstDate="2024-10-08")),
    ("はい（10/8）", "（　/　）", "はい・いいえ（　/　）", None,
     dict(firstAnswer="はい", firstDate="2024-10-08")),
]
FACILITY = "医療法人社団 晴和会 吉備の里病院"

thin = Side(style="thin", color="000000")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    ws.sheet_view.showGridLines = False
    for col, w in zip("ABCDEFG", (2, 58, 15, 11, 15, 30, 2)):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True

    ws["F1"] = "（別添）"
    ws["F1"].alignment = Alignment(horizontal="right")
    ws.merge_cells("B2:F2")
    ws["B2"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
    ws["B2"].font = Font(size=14, bold=True)
    ws["B2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("B3:F3")
    ws["B3"] = "「サイバー攻撃リスク低減のための最低限の措置」編"
    ws["B3"].font = Font(size=12, bold=True)
    ws["B3"].alignment = Alignment(horizontal="center")
    ws.merge_cells("B4:F4")
    ws["B4"] = "医療機関確認用"
    ws["B4"].alignment = Alignment(horizontal="center")

    ws["C6"] = "医療機関名"
    ws["C6"].alignment = Alignment(horizontal="right")
    ws.merge_cells("D6:F6")
    ws["D6"] = FACILITY
    ws["D6"].border = Border(bottom=thin)
    ws["E6"].border = Border(bottom=thin)
    ws["F6"].border = Border(bottom=thin)

    notes = [
        "※ このチェックリストは、医療機関等におけるサイバーセキュリティ対策の取組みについて（令和6年8月1日事務連絡）により、"
        "特に迅速に対応すべき事項として示された「サイバー攻撃リスク低減のための最低限の措置」の内容を基に、岡山県が作成したものです。",
        "※ 本チェックリストの項目について直ちに確認を行い、「いいえ」の項目については速やかに取り組むよう対応をお願いします。",
        "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
        "※ 立入検査時、本チェックリストを確認します。",
    ]
    r = 8
    for n in notes:
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        ws.cell(r, 2, n).alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(r, 2).font = Font(size=9)
        ws.row_dimensions[r].height = 36 if len(n) > 60 else 15
        r += 1

    # two-row header
    h1 = 13
    ws.merge_cells(start_row=h1, start_column=2, end_row=h1 + 1, end_column=2)
    ws.cell(h1, 2, "チェック項目")
    ws.merge_cells(start_row=h1, start_column=3, end_row=h1, end_column=5)
    ws.cell(h1, 3, "確認結果（日付）")
    ws.merge_cells(start_row=h1, start_column=6, end_row=h1 + 1, end_column=6)
    ws.cell(h1, 6, "備考")
    ws.cell(h1 + 1, 3, "1回目")
    ws.cell(h1 + 1, 4, "目標日")
    ws.cell(h1 + 1, 5, "2回目")
    grey = PatternFill("solid", fgColor="D9D9D9")
    for rr in (h1, h1 + 1):
        for cc in range(2, 7):
            c = ws.cell(rr, cc)
            c.border = box
            c.alignment = center
            c.fill = grey
            c.font = Font(bold=True)

    entries, cells = [], {}
    r = h1 + 2
    last = None
    for i, ((sec, item), (a1, tgt, a2, rem, meaning)) in enumerate(zip(ITEMS, FILL)):
        if sec != last:
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
            ws.cell(r, 2, "○" + sec).font = Font(bold=True)
            for cc in range(2, 7):
                ws.cell(r, cc).border = box
                ws.cell(r, cc).fill = PatternFill("solid", fgColor="F2F2F2")
            r += 1
            last = sec
        ws.cell(r, 2, item).alignment = wrap
        ws.cell(r, 3, a1).alignment = center
        ws.cell(r, 4, tgt).alignment = center
        ws.cell(r, 5, a2).alignment = center
        if rem:
            ws.cell(r, 6, rem).alignment = Alignment(wrap_text=True, vertical="center")
        for cc in range(2, 7):
            ws.cell(r, cc).border = box
        ws.row_dimensions[r].height = 48
        e = dict(section=sec, item=item)
        e.update(meaning)
        if rem:
            e["remarks"] = rem
        entries.append(e)
        cells[i] = r
        r += 1
    ws.print_area = "A1:G%d" % (r)

    out = os.path.join(HERE, NAME + ".xlsx")
    wb.save(out)
    exp = {
        "form": "checklist-minimum",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "entries": entries},
        "planted": [],
        "notes": ("Okayama 最低限の措置編 as printed: answer and year-less date share one cell (はい（10/8）), the unused "
                  "option deleted; 目標日 as （12/20）; rows not needing 目標日/2回目 keep the blank template text "
                  "（　/　） and はい・いいえ（　/　） — these are blank, not answers. Year-less dates read in FY R6 "
                  "(Oct-Dec = 2024, Jan-Mar = 2025). section = the ○ heading text without the leading ○ mark. "
                  "No item numbers shown, so itemNo is omitted."),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
    return out


if __name__ == "__main__":
    print(build())
