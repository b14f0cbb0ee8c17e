#!/usr/bin/python3
"""clm-w15-a: Okayama 「最低限の措置」編 drawn as the prefecture's print form.

Layout: title block + ※ notes, one cell "医療機関名　…" that the filler typed over, two-row header
(確認結果（日付） over 1回目 / 目標日 / 2回目), ○ heading rows spanning the table, answer cells pre-printed
"はい・いいえ（　/　）" which the hospital overwrote by deleting one option and writing a year-less date.
Untouched cells keep the printed placeholder. Saved by openpyxl, then re-saved by LibreOffice if present.
"""
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clm-w15-a-okayama-print-inline-dates"
OUT = os.path.join(HERE, NAME + ".xlsx")

PLACE_ANS = "はい・いいえ（　/　）"
PLACE_DATE = "（　/　）"

HEAD1 = "○パスワードを強固なものに変更し、使い回しをしない"
HEAD2 = "○IoT 機器を含む情報資産の通信制御を確認する"
HEAD3 = "○ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"

# (text, 1回目, 目標日, 2回目, 備考) — None keeps the printed placeholder
ROWS = [
    ("H", HEAD1),
    ("I", "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
     "はい（10/8）", None, None, "VPN装置は保守業者と\n9月に変更済み"),
    ("I", "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
     "いいえ（10/8）", "（12/27）", "はい（12/20）", "UTM・ルータ管理者PWを個別化（12/20完了）"),
    ("I", "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
     "はい（10/8）", None, None, "院内メール・掲示で周知"),
    ("H", HEAD2),
    ("I", "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
     "はい（10/10）", None, None, "電子カルテ・PACS・医事の3社と確認"),
    ("I", "ネットワーク接続点へのアクセス制御を適切に実施している。",
     "はい（10/10） ", None, None, None),
    ("I", "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
     "いいえ（10/10）", "（3/31）", None, "ログ確認の手順書を作成中"),
    ("H", HEAD3),
    ("I", "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
     "はい（10/10）", None, None, None),
    ("I", "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
     "はい（10/8）", None, None, None),
]


def build(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "最低限の措置"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    gray = PatternFill("solid", fgColor="D9D9D9")

    ws.column_dimensions["A"].width = 62
    for c in "BCD":
        ws.column_dimensions[c].width = 17
    ws.column_dimensions["E"].width = 28

    ws.merge_cells("A1:E1")
    ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
    ws["A1"].font = Font(size=14, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:E2")
    ws["A2"] = "「サイバー攻撃リスク低減のための最低限の措置」編"
    ws["A2"].font = Font(size=12, bold=True)
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("D3:E3")
    ws["D3"] = "医療機関確認用"
    ws["D3"].alignment = Alignment(horizontal="right")
    ws["D3"].border = box

    # label and value in one cell: the filler typed the name over the underline
    ws.merge_cells("A5:C5")
    ws["A5"] = "医療機関名　医療法人 緑風会 津山みどり病院"
    ws["A5"].font = Font(size=12)
    ws["A5"].border = Border(bottom=thin)

    notes = [
        "※ このチェックリストは、医療機関等におけるサイバーセキュリティ対策の取組みについて（令和6年8月1日事務連絡）"
        "により、特に迅速に対応すべき事項として示された「サイバー攻撃リスク低減のための最低限の措置」の内容を基に、"
        "岡山県が作成したものです。",
        "※ 本チェックリストの項目について直ちに確認を行い、「いいえ」の項目については速やかに取り組むよう対応をお願いします。",
        "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
        "※ 立入検査時、本チェックリストを確認します。",
    ]
    r = 7
    for n in notes:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        ws.cell(r, 1, n).alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(r, 1).font = Font(size=9)
        ws.row_dimensions[r].height = 30 if len(n) > 70 else 15
        r += 1

    h = 12
    ws.merge_cells(start_row=h, start_column=1, end_row=h + 1, end_column=1)
    ws.cell(h, 1, "チェック項目")
    ws.merge_cells(start_row=h, start_column=2, end_row=h, end_column=4)
    ws.cell(h, 2, "確認結果（日付）")
    ws.merge_cells(start_row=h, start_column=5, end_row=h + 1, end_column=5)
    ws.cell(h, 5, "備考")
    ws.cell(h + 1, 2, "1回目")
    ws.cell(h + 1, 3, "目標日")
    ws.cell(h + 1, 4, "2回目")
    for rr in (h, h + 1):
        for cc in range(1, 6):
            ws.cell(rr, cc).border = box
            ws.cell(rr, cc).alignment = center
            ws.cell(rr, cc).fill = gray

    r = h + 2
    for row in ROWS:
        if row[0] == "H":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            for cc in range(1, 6):
                ws.cell(r, cc).border = box
            r += 1
            continue
        _, text, a1, tgt, a2, rem = row
        ws.cell(r, 1, text).alignment = wrap
        ws.cell(r, 2, a1 or PLACE_ANS)
        ws.cell(r, 3, tgt or PLACE_DATE)
        ws.cell(r, 4, a2 or PLACE_ANS)
        if rem:
            ws.cell(r, 5, rem).alignment = wrap
        for cc in range(1, 6):
            ws.cell(r, cc).border = box
            if cc in (2, 3, 4):
                ws.cell(r, cc).alignment = center
        ws.row_dimensions[r].height = 45
        r += 1

    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.print_area = "A1:E%d" % (r - 1)
    wb.save(path)


def main():
    tmpdir = tempfile.mkdtemp()
    raw = os.path.join(tmpdir, NAME + ".xlsx")
    build(raw)
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice:
        outdir = os.path.join(tmpdir, "lo")
        os.makedirs(outdir)
        subprocess.run([soffice, "--headless", "--convert-to", "xlsx", "--outdir", outdir, raw],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copy(os.path.join(outdir, NAME + ".xlsx"), OUT)
    else:
        shutil.copy(raw, OUT)
    print(OUT)


if __name__ == "__main__":
    main()
