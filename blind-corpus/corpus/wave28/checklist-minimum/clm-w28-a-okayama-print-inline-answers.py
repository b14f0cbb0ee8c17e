#!/usr/bin/python3
"""clm-w28-a: Okayama-style print layout of the 「最低限の措置」編 checklist.

The prefecture's sheet carries 「はい・いいえ (　/　)」 in every answer cell; the hospital deletes the option
it does not mean and writes the year-less date inside the brackets.  Unused cells keep the template text.
Saved by openpyxl, then re-saved by LibreOffice (headless).
"""
import json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clm-w28-a-okayama-print-inline-answers"
XLSX = os.path.join(HERE, NAME + ".xlsx")
SHEET = "チェックリスト"

FACILITY = "医療法人 旭水会 旭川中央病院"

H1 = "パスワードを強固なものに変更し、使い回しをしない"
H2 = "IoT 機器を含む情報資産の通信制御を確認する"
H3 = "ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
ITEMS = [
    (H1, "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。"),
    (H1, "複数の機器や外部サービス等で、同一のパスワードを設定していない。"),
    (H1, "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。"),
    (H2, "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。"),
    (H2, "ネットワーク接続点へのアクセス制御を適切に実施している。"),
    (H2, "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。"),
    (H3, "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。"),
    (H3, "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。"),
]

TPL_ANS = "はい・いいえ\n(　/　)"
TPL_DATE = "(　/　)"

# (cell text 1回目, 目標日, 2回目, 備考) and canonical values
FILL = [
    ("いいえ\n(10/8)", "(11/15)", "はい\n(11/12)", "VPN装置の初期パスワードを保守業者と変更",
     dict(firstAnswer="いいえ", firstDate="2024-10-08", targetDate="2024-11-15", secondAnswer="はい", secondDate="2024-11-12",
          remarks="VPN装置の初期パスワードを保守業者と変更")),
    ("いいえ\n(10/8)", "(12/27)", "はい\n(12/20)", None,
     dict(firstAnswer="いいえ", firstDate="2024-10-08", targetDate="2024-12-27", secondAnswer="はい", secondDate="2024-12-20")),
    ("はい\n(10/8) ", None, None, "職員向け通知（10/1付）で周知済",
     dict(firstAnswer="はい", firstDate="2024-10-08", remarks="職員向け通知（10/1付）で周知済")),
    ("はい\n（10/9）", None, None, None,
     dict(firstAnswer="はい", firstDate="2024-10-09")),
    ("はい\n(10/9)", None, None, None,
     dict(firstAnswer="はい", firstDate="2024-10-09")),
    ("いいえ\n(10/9)", "(2/28)", None, "UTMログの定期確認手順を\n業者と作成中",
     dict(firstAnswer="いいえ", firstDate="2024-10-09", targetDate="2025-02-28",
          remarks="UTMログの定期確認手順を\n業者と作成中")),
    ("はい\n(10/9)", None, None, None,
     dict(firstAnswer="はい", firstDate="2024-10-09")),
    ("はい\n(10/8)", None, "はい\n(12/20)", None,
     dict(firstAnswer="はい", firstDate="2024-10-08", secondAnswer="はい", secondDate="2024-12-20")),
]

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
C = Alignment(horizontal="center", vertical="center", wrap_text=True)
L = Alignment(horizontal="left", vertical="center", wrap_text=True)


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    ws.column_dimensions["A"].width = 62
    for c in "BCD":
        ws.column_dimensions[c].width = 14
    ws.column_dimensions["E"].width = 26

    ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
    ws["A1"].font = Font(size=14, bold=True)
    ws.merge_cells("A1:E1"); ws["A1"].alignment = Alignment(horizontal="center")
    ws["A2"] = "「サイバー攻撃リスク低減のための最低限の措置」編"
    ws["A2"].font = Font(size=12, bold=True)
    ws.merge_cells("A2:E2"); ws["A2"].alignment = Alignment(horizontal="center")
    ws["E3"] = "医療機関確認用"
    ws["E3"].border = B; ws["E3"].alignment = C
    ws["A5"] = "医療機関名"
    ws["A5"].alignment = Alignment(horizontal="right")
    ws["B5"] = FACILITY
    ws.merge_cells("B5:E5")
    for c in "BCDE":
        ws[c + "5"].border = Border(bottom=thin)

    notes = [
        "※ このチェックリストは、医療機関等におけるサイバーセキュリティ対策の取組みについて（令和6年8月1日事務連絡）により、"
        "特に迅速に対応すべき事項として示された「サイバー攻撃リスク低減のための最低限の措置」の内容を基に、岡山県が作成したものです。",
        "※ 本チェックリストの項目について直ちに確認を行い、「いいえ」の項目については速やかに取り組むよう対応をお願いします。",
        "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
        "※ 立入検査時、本チェックリストを確認します。",
    ]
    r = 6
    for n in notes:
        ws.cell(r, 1, n).alignment = L
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        ws.row_dimensions[r].height = 30 if len(n) > 60 else 16
        r += 1

    # header rows 11-12
    ws["A11"] = "チェック項目"; ws.merge_cells("A11:A12")
    ws["B11"] = "確認結果（日付）"; ws.merge_cells("B11:D11")
    ws["E11"] = "備考"; ws.merge_cells("E11:E12")
    ws["B12"] = "1回目"; ws["C12"] = "目標日"; ws["D12"] = "2回目"
    for row in ws.iter_rows(min_row=11, max_row=12, min_col=1, max_col=5):
        for c in row:
            c.border = B; c.alignment = C; c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="D9E1F2")

    r = 13
    heading = None
    cells = []
    for (h, text), (a1, tgt, a2, rem, canon) in zip(ITEMS, FILL):
        if h != heading:
            heading = h
            ws.cell(r, 1, "○" + h).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
            for col in range(1, 6):
                ws.cell(r, col).border = B
            r += 1
        ws.cell(r, 1, text).alignment = L
        ws.cell(r, 2, a1)
        ws.cell(r, 3, tgt if tgt else TPL_DATE)
        ws.cell(r, 4, a2 if a2 else TPL_ANS)
        if rem:
            ws.cell(r, 5, rem)
        for col in range(1, 6):
            ws.cell(r, col).border = B
            if col in (2, 3, 4):
                ws.cell(r, col).alignment = C
            elif col == 5:
                ws.cell(r, col).alignment = L
        ws.row_dimensions[r].height = 48
        e = {"section": h, "item": text}
        e.update(canon)
        cells.append((r, e))
        r += 1

    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.print_area = "A1:E%d" % (r - 1)

    tmp = tempfile.mkdtemp()
    raw = os.path.join(tmp, NAME + ".xlsx")
    wb.save(raw)
    out = os.path.join(tmp, "lo")
    os.makedirs(out)
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", out, raw],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(out, NAME + ".xlsx"), XLSX)
    shutil.rmtree(tmp)

    expected = {
        "form": "checklist-minimum",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "entries": [e for _, e in cells]},
        "planted": [],
        "notes": ("Okayama print layout. Answer cells hold the template 「はい・いいえ (　/　)」; the filler deleted the "
                  "unmeant option and wrote a year-less date in the brackets (R6 form: Oct-Dec = 2024, 2/28 = 2025-02-28). "
                  "Cells the filler did not use still show the template text 「はい・いいえ\\n(　/　)」 or 「(　/　)」 and are blank. "
                  "section = the ○ heading text without the leading ○. Re-saved by LibreOffice."),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    build()
