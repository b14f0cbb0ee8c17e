# Generator for clm-w30-a-okayama-print-inline-answers.xlsx
# Role: hospital clerk filling the Okayama 「最低限の措置」編 form as distributed (print layout,
# はい・いいえ (　/　) printed in each cell; the unchosen option is deleted and the date typed in the brackets).
# Run: PYTHONPATH=/tmp/clmclh-py /usr/bin/python3 THIS.py
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clm-w30-a-okayama-print-inline-answers"
SHEET = "最低限の措置"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

TPL_ANS = "はい・いいえ\n(　/　)"
TPL_DATE = "(　/　)"

H1 = "○パスワードを強固なものに変更し、使い回しをしない"
H2 = "○IoT 機器を含む情報資産の通信制御を確認する"
H3 = "○ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"

# (heading, item text, first, target, second, remarks)  first/second: (answer, "m/d") or None
ROWS = [
    ("H", H1),
    ("I", H1, "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
     ("はい", "10/15"), None, None, ""),
    ("I", H1, "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
     ("いいえ", "10/15"), "11/30", ("はい", "11/28"), "VPN装置と院内Wi-Fiルータの管理者PWが同一だったため変更"),
    ("I", H1, "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
     ("はい", "10/15"), None, None, "10/10 院内メールで全職員に周知"),
    ("H", H2),
    ("I", H2, "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
     ("いいえ", "10/15"), "12/20", ("はい", "12/16"), "電子カルテ・PACS・検査システム各事業者と確認"),
    ("I", H2, "ネットワーク接続点へのアクセス制御を適切に実施している。",
     ("はい", "10/15"), None, None, ""),
    ("I", H2, "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
     ("いいえ", "10/15"), "1/31", ("はい", "1/24"), "UTMログを月1回確認する手順を作成"),
    ("H", H3),
    ("I", H3, "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
     ("はい", "10/16"), None, None, ""),
    ("I", H3, "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
     ("はい", "10/16"), None, None, ""),
]


def iso(md):
    m, d = (int(x) for x in md.split("/"))
    y = 2025 if m <= 3 else 2024
    return f"{y:04d}-{m:02d}-{d:02d}"


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    for col, w in zip("ABCDE", (58, 14, 10, 14, 26)):
        ws.column_dimensions[col].width = w

    ws.merge_cells("A1:E1")
    ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
    ws["A1"].font = Font(size=14, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:E2")
    ws["A2"] = "「サイバー攻撃リスク低減のための最低限の措置」編"
    ws["A2"].font = Font(size=12, bold=True)
    ws["A2"].alignment = Alignment(horizontal="center")
    ws["E3"] = "医療機関確認用"
    ws["E3"].border = box
    ws["E3"].alignment = center

    # label and value in one cell, as on the printed form (医療機関名 ______)
    ws.merge_cells("A5:C5")
    ws["A5"] = "医療機関名　医療法人 緑風会 みどり台病院"
    ws["A5"].font = Font(size=12)
    for c in "ABC":
        ws[f"{c}5"].border = Border(bottom=thin)

    notes = [
        "※ このチェックリストは、医療機関等におけるサイバーセキュリティ対策の取組みについて（令和6年8月1日事務連絡）により、特に迅速に対応すべき事項として示された「サイバー攻撃リスク低減のための最低限の措置」の内容を基に、岡山県が作成したものです。",
        "※ 本チェックリストの項目について直ちに確認を行い、「いいえ」の項目については速やかに取り組むよう対応をお願いします。",
        "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
        "※ 立入検査時、本チェックリストを確認します。",
    ]
    r = 7
    for n in notes:
        ws.merge_cells(f"A{r}:E{r}")
        ws[f"A{r}"] = n
        ws[f"A{r}"].alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[r].height = 30 if len(n) > 60 else 16
        r += 1

    # header (two rows)
    h = 12
    ws.merge_cells(f"A{h}:A{h+1}")
    ws[f"A{h}"] = "チェック項目"
    ws.merge_cells(f"B{h}:D{h}")
    ws[f"B{h}"] = "確認結果（日付）"
    ws[f"B{h+1}"] = "1回目"
    ws[f"C{h+1}"] = "目標日"
    ws[f"D{h+1}"] = "2回目"
    ws.merge_cells(f"E{h}:E{h+1}")
    ws[f"E{h}"] = "備考"
    for rr in (h, h + 1):
        for c in "ABCDE":
            ws[f"{c}{rr}"].border = box
            ws[f"{c}{rr}"].alignment = center
            ws[f"{c}{rr}"].fill = PatternFill("solid", fgColor="D9D9D9")

    entries = []
    cells = {}
    r = h + 2
    for row in ROWS:
        if row[0] == "H":
            ws.merge_cells(f"A{r}:E{r}")
            ws[f"A{r}"] = row[1]
            ws[f"A{r}"].font = Font(bold=True)
            for c in "ABCDE":
                ws[f"{c}{r}"].border = box
            r += 1
            continue
        _, head, text, first, target, second, rem = row
        ws[f"A{r}"] = text
        ws[f"A{r}"].alignment = wrap
        ws[f"B{r}"] = f"{first[0]}\n({first[1]})" if first else TPL_ANS
        ws[f"C{r}"] = f"({target})" if target else TPL_DATE
        ws[f"D{r}"] = f"{second[0]}\n({second[1]})" if second else TPL_ANS
        ws[f"E{r}"] = rem if rem else None
        for c in "ABCDE":
            ws[f"{c}{r}"].border = box
        for c in "BCD":
            ws[f"{c}{r}"].alignment = center
        ws[f"E{r}"].alignment = wrap
        ws.row_dimensions[r].height = 48
        e = {"section": head.lstrip("○"), "item": text,
             "firstAnswer": first[0], "firstDate": iso(first[1])}
        if target:
            e["targetDate"] = iso(target)
        if second:
            e["secondAnswer"] = second[0]
            e["secondDate"] = iso(second[1])
        if rem:
            e["remarks"] = rem
        entries.append(e)
        cells[len(entries) - 1] = r
        r += 1

    out = os.path.join(HERE, NAME + ".xlsx")
    wb.save(out)
    exp = {
        "form": "checklist-minimum",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": "医療法人 緑風会 みどり台病院", "entries": entries},
        "planted": [],
        "notes": ("Okayama print layout. 医療機関名 shares one cell with its label (A5). Each answer cell holds the "
                  "chosen word with the other option deleted and a year-less date in brackets, e.g. 'はい\\n(10/15)'; "
                  "cells the filler did not need (2回目 / 目標日 of items already はい) still hold the printed "
                  "placeholder 'はい・いいえ\\n(　/　)' or '(　/　)' = blank. Year-less dates read on the R6 form: "
                  "Oct-Dec 2024, Jan-Mar 2025. section = the ○ heading text without the leading ○ mark. "
                  "No item numbers are shown, so itemNo is omitted."),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
    return out


if __name__ == "__main__":
    print(build())
