#!/usr/bin/python3
"""clm-w15-b: the hospital's own re-drawing of the Okayama 「最低限の措置」編 checklist.

Layout: a 記入要領 sheet first; the checklist sheet has label-left header cells (医療機関名 | value),
a No. column, the 〇 heading as a vertically merged 区分 column, はい / いいえ split into two mark columns
(○ in the chosen one) for 1回目 and 2回目, dates as real Excel date cells shown in 和暦 (R6.10.15),
and a COUNTIF total row below the table (openpyxl: no cached value).
Planted: item 2's 2回目 date is before its 1回目 date; item 6 is いいえ with no 目標日.
"""
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clm-w15-b-mark-columns-date-cells"
OUT = os.path.join(HERE, NAME + ".xlsx")

HEAD1 = "〇パスワードを強固なものに変更し、使い回しをしない"
HEAD2 = "〇IoT 機器を含む情報資産の通信制御を確認する"
HEAD3 = "〇ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"

D = dt.datetime
# (heading, item text, 1回目, 1回目日, 目標日, 2回目, 2回目日, 備考)
ITEMS = [
    (HEAD1, "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
     "はい", D(2024, 10, 15), None, None, None, None),
    (HEAD1, "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
     "いいえ", D(2024, 10, 15), D(2024, 11, 30), "はい", D(2024, 10, 2), "機器ごとに個別PWへ変更"),
    (HEAD1, "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、"
            "すべての利用者に対し周知を徹底している。",
     "はい", D(2024, 10, 15), None, None, None, None),
    (HEAD2, "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける"
            "接続点の有無の確認を含む）している。",
     "はい", D(2024, 10, 16), None, None, None, "閉域網（医事・検査）も含め業者と確認"),
    (HEAD2, "ネットワーク接続点へのアクセス制御を適切に実施している。",
     "はい", D(2024, 10, 16), None, None, None, None),
    (HEAD2, "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして"
            "不正利用がないことを確認している。",
     "いいえ", D(2024, 10, 16), None, None, None, "ログ保存期間の設定を業者へ依頼中"),
    (HEAD3, "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で"
            "行っているか、事業者と連携して確認している。",
     "いいえ", D(2024, 10, 16), D(2025, 1, 31), "はい", D(2025, 1, 24), "ルータFW更新 1/24 実施"),
    (HEAD3, "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について"
            "確認している。",
     "はい", D(2024, 10, 15), None, None, None, None),
]

WAREKI = '[$-411]ge.m.d'


def build(path):
    wb = Workbook()
    guide = wb.active
    guide.title = "記入要領"
    guide.column_dimensions["A"].width = 100
    lines = [
        "【記入要領】チェックリスト（最低限の措置編）",
        "",
        "1. 「はい」「いいえ」欄は、該当する方に「○」を入力してください。",
        "2. 確認日・目標日は日付で入力してください（例：2024/10/1 → R6.10.1 と表示されます）。",
        "3. 1回目の確認で「いいえ」の場合は、実施可能な直近の対応目標日を必ず記入してください。",
        "4. 2回目は、目標日までに対応した後に再確認した結果を記入してください。",
        "5. 立入検査の際に保健所へ提出します（提出先：備中保健所）。",
    ]
    for i, t in enumerate(lines, 1):
        guide.cell(i, 1, t)
    guide["A1"].font = Font(bold=True, size=12)

    ws = wb.create_sheet("チェックリスト")
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(wrap_text=True, vertical="center")
    hdr = PatternFill("solid", fgColor="DDEBF7")

    widths = {"A": 5, "B": 20, "C": 58, "D": 6, "E": 6, "F": 11, "G": 11, "H": 6, "I": 6, "J": 11, "K": 28}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v

    ws["A1"] = "サイバーセキュリティ対策チェックリスト（最低限の措置編）　医療機関確認用"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A3:B3")
    ws["A3"] = "医療機関名"
    ws.merge_cells("C3:E3")
    ws["C3"] = "総社吉備記念病院"
    ws.merge_cells("A4:B4")
    ws["A4"] = "記入者"
    ws.merge_cells("C4:E4")
    ws["C4"] = "事務部 情報システム係　藤原"
    for rr in (3, 4):
        for cc in range(1, 6):
            ws.cell(rr, cc).border = box
        ws.cell(rr, 1).fill = hdr

    h = 6
    for col, label in ((1, "No."), (2, "区分"), (3, "チェック項目"), (7, "目標日"), (11, "備考")):
        ws.merge_cells(start_row=h, start_column=col, end_row=h + 1, end_column=col)
        ws.cell(h, col, label)
    ws.merge_cells(start_row=h, start_column=4, end_row=h, end_column=6)
    ws.cell(h, 4, "1回目")
    ws.merge_cells(start_row=h, start_column=8, end_row=h, end_column=10)
    ws.cell(h, 8, "2回目")
    for col, label in ((4, "はい"), (5, "いいえ"), (6, "確認日"), (8, "はい"), (9, "いいえ"), (10, "確認日")):
        ws.cell(h + 1, col, label)
    for rr in (h, h + 1):
        for cc in range(1, 12):
            ws.cell(rr, cc).border = box
            ws.cell(rr, cc).alignment = center
            ws.cell(rr, cc).fill = hdr
            ws.cell(rr, cc).font = Font(bold=True)

    first = h + 2
    r = first
    for no, (head, text, a1, d1, tgt, a2, d2, rem) in enumerate(ITEMS, 1):
        ws.cell(r, 1, no)
        ws.cell(r, 2, head)
        ws.cell(r, 3, text)
        ws.cell(r, 4 if a1 == "はい" else 5, "○")
        ws.cell(r, 6, d1)
        if tgt:
            ws.cell(r, 7, tgt)
        if a2:
            ws.cell(r, 8 if a2 == "はい" else 9, "○")
        if d2:
            ws.cell(r, 10, d2)
        if rem:
            ws.cell(r, 11, rem)
        for cc in range(1, 12):
            c = ws.cell(r, cc)
            c.border = box
            c.alignment = wrap if cc in (2, 3, 11) else center
            if cc in (6, 7, 10):
                c.number_format = WAREKI
        ws.row_dimensions[r].height = 48
        r += 1
    last = r - 1
    # merge the 区分 column per heading
    start = first
    for i in range(first, last + 2):
        if i > last or ws.cell(i, 2).value != ws.cell(start, 2).value:
            if i - 1 > start:
                ws.merge_cells(start_row=start, start_column=2, end_row=i - 1, end_column=2)
            start = i

    r = last + 2
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    ws.cell(r, 1, "1回目「いいえ」の件数").alignment = Alignment(horizontal="right")
    ws.cell(r, 5, "=COUNTIF(E%d:E%d,\"○\")" % (first, last))
    ws.cell(r + 1, 1).value = None
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=3)
    ws.cell(r + 1, 1, "2回目「はい」の件数").alignment = Alignment(horizontal="right")
    ws.cell(r + 1, 8, "=COUNTIF(H%d:H%d,\"○\")" % (first, last))

    ws.freeze_panes = "D8"
    ws.page_setup.orientation = "landscape"
    wb.active = 1
    wb.save(path)


if __name__ == "__main__":
    build(OUT)
    print(OUT)
