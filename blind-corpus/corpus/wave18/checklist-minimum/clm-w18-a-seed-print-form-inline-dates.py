#!/usr/bin/python3
"""clm-w18-a: Okayama 最低限の措置編, drawn like the notice's printed page.
Answer and date share one cell ("はい (10/8)"), untouched cells keep the template text
"はい・いいえ\n(　 /　 )". Saved by openpyxl, then re-saved by LibreOffice."""
import json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clm-w18-a-seed-print-form-inline-dates"
SHEET = "チェックリスト"

TPL_ANS = "はい・いいえ\n(　 /　 )"
TPL_DATE = "(　 /　 )"

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
# (first cell text, target cell text, second cell text, remarks) + canonical values
FILL = [
    ("はい\n(10/8)", None, None, None,
     dict(firstAnswer="はい", firstDate="2024-10-08")),
    ("いいえ\n(10/8)", "(12/20)", "はい\n(12/18)", "電子カルテ端末とNASの共通パスワードを個別に変更する",
     dict(firstAnswer="いいえ", firstDate="2024-10-08", targetDate="2024-12-20",
          secondAnswer="はい", secondDate="2024-12-18")),
    ("はい (10/8)", None, None, "院内ポータル・朝礼で周知済",
     dict(firstAnswer="はい", firstDate="2024-10-08")),
    ("はい\n(10/9)", None, None, "保守業者（電子カルテ・PACS）と確認",
     dict(firstAnswer="はい", firstDate="2024-10-09")),
    ("はい\n(10/9)", None, None, None,
     dict(firstAnswer="はい", firstDate="2024-10-09")),
    ("いいえ (10/9)", "(3/31)", "はい\n(2/25)", "UTMのログを月1回確認する運用を開始",
     dict(firstAnswer="いいえ", firstDate="2024-10-09", targetDate="2025-03-31",
          secondAnswer="はい", secondDate="2025-02-25")),
    ("はい\n(10/9)", None, None, None,
     dict(firstAnswer="はい", firstDate="2024-10-09")),
    ("はい\n(10/8)", None, None, "定義ファイル自動更新を管理画面で確認",
     dict(firstAnswer="はい", firstDate="2024-10-08")),
]
FACILITY = "医療法人 清和会 吉備の里病院"


def build(path):
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap_c = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap_l = Alignment(horizontal="left", vertical="center", wrap_text=True)
    for col, w in zip("ABCDE", (58, 13, 11, 13, 26)):
        ws.column_dimensions[col].width = w

    ws.merge_cells("A1:E1"); ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
    ws["A1"].font = Font(size=14, bold=True); ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:E2"); ws["A2"] = "「サイバー攻撃リスク低減のための最低限の措置」編"
    ws["A2"].font = Font(size=12, bold=True); ws["A2"].alignment = Alignment(horizontal="center")
    ws["E3"] = "医療機関確認用"; ws["E3"].border = box; ws["E3"].alignment = wrap_c
    # label and value in one cell, trailing space left by the filler
    ws.merge_cells("A5:C5"); ws["A5"] = "医療機関名　" + FACILITY + " "
    ws["A5"].font = Font(size=12, underline="single")
    notes = [
        "※ このチェックリストは、医療機関等におけるサイバーセキュリティ対策の取組みについて（令和6年8月1日事務連絡）により、"
        "特に迅速に対応すべき事項として示された「サイバー攻撃リスク低減のための最低限の措置」の内容を基に、岡山県が作成したものです。",
        "※ 本チェックリストの項目について直ちに確認を行い、「いいえ」の項目については速やかに取り組むよう対応をお願いします。",
        "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
        "※ 立入検査時、本チェックリストを確認します。",
    ]
    for i, t in enumerate(notes):
        r = 7 + i
        ws.merge_cells(f"A{r}:E{r}"); ws[f"A{r}"] = t
        ws[f"A{r}"].alignment = wrap_l; ws[f"A{r}"].font = Font(size=9)
        ws.row_dimensions[r].height = 30 if i == 0 else 15

    ws.merge_cells("A12:A13"); ws["A12"] = "チェック項目"
    ws.merge_cells("B12:D12"); ws["B12"] = "確認結果（日付）"
    ws["B13"] = "1回目"; ws["C13"] = "目標日"; ws["D13"] = "2回目"
    ws.merge_cells("E12:E13"); ws["E12"] = "備考"
    hdr = PatternFill("solid", fgColor="D9E1F2")
    for r in (12, 13):
        for c in "ABCDE":
            ws[f"{c}{r}"].border = box; ws[f"{c}{r}"].alignment = wrap_c; ws[f"{c}{r}"].fill = hdr

    row = 14
    last_h = None
    item_rows = []
    for (head, text), (f1, tg, f2, rem, _) in zip(ITEMS, FILL):
        if head != last_h:
            ws.merge_cells(f"A{row}:E{row}"); ws[f"A{row}"] = "〇" + head
            ws[f"A{row}"].font = Font(bold=True)
            for c in "ABCDE":
                ws[f"{c}{row}"].border = box
            last_h = head; row += 1
        ws[f"A{row}"] = text
        ws[f"B{row}"] = f1 if f1 else TPL_ANS
        ws[f"C{row}"] = tg if tg else TPL_DATE
        ws[f"D{row}"] = f2 if f2 else TPL_ANS
        if rem:
            ws[f"E{row}"] = rem
        ws[f"A{row}"].alignment = wrap_l; ws[f"E{row}"].alignment = wrap_l
        for c in "BCD":
            ws[f"{c}{row}"].alignment = wrap_c
        for c in "ABCDE":
            ws[f"{c}{row}"].border = box
        ws.row_dimensions[row].height = 48
        item_rows.append(row); row += 1
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.print_area = f"A1:E{row - 1}"
    wb.save(path)
    return item_rows


def main():
    out = os.path.join(HERE, NAME + ".xlsx")
    tmp = tempfile.mkdtemp()
    raw = os.path.join(tmp, NAME + ".xlsx")
    item_rows = build(raw)
    # re-save through LibreOffice, as the hospital's PC did
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", HERE, raw],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.rmtree(tmp)
    entries = []
    for (head, text), (_, _, _, rem, canon) in zip(ITEMS, FILL):
        e = {"section": head, "item": text}
        e.update(canon)
        if rem:
            e["remarks"] = rem
        entries.append(e)
    exp = {
        "form": "checklist-minimum",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "entries": entries},
        "planted": [],
        "notes": ("Okayama print layout re-saved by LibreOffice. 医療機関名 shares one cell with its label (A5) and "
                  "has a trailing space (trimmed here). Answer and date share one cell, year-less "
                  "('いいえ\\n(10/8)'; Oct-Dec = 2024, Jan-Mar = 2025). Cells the filler did not need still hold the "
                  "template text 'はい・いいえ\\n(　 /　 )' / '(　 /　 )' = blank. section is the 〇 heading without the 〇 "
                  "mark. No item numbers are shown. Item rows: " + ", ".join(f"A{r}" for r in item_rows) + "."),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
