#!/usr/bin/python3
# clm-w2-a-okayama-native: the Okayama 「最低限の措置」編 sheet as the prefecture printed it
# (はい・いいえ (/) cells); the hospital deleted the option it did not mean and wrote year-less dates
# into the brackets. Untouched template cells stay as "はい・いいえ（　/　）" / "（　/　）".
# No planted problem.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

NAME = "clm-w2-a-okayama-native"
OUT = os.path.dirname(os.path.abspath(__file__))

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
FACILITY = "医療法人旭川会　みどりヶ丘病院"

# (firstAnswer, firstDate, targetDate, secondAnswer, secondDate, remarks)   dates ISO; None = left as template
ANS = [
    ("はい", "2024-10-08", None, None, None, None),
    ("いいえ", "2024-10-08", "2024-12-20", "はい", "2024-12-18",
     "電子カルテ保守用VPN装置と院内Wi-Fiルータが同一パスワード→12/18変更済"),
    ("はい", "2024-10-08", None, None, None, None),
    ("いいえ", "2024-10-08", "2025-01-31", "はい", "2025-01-24", "検査部門の保守回線を追加で確認"),
    ("はい", "2024-10-08", None, None, None, None),
    ("いいえ", "2024-10-09", "2025-03-31", None, None, "UTMのログ確認手順を作成中"),
    ("はい", "2024-10-09", None, None, None, "保守業者と年2回確認"),
    ("はい", "2024-10-09", None, None, None, None),
]


def md(iso):
    y, m, d = iso.split("-")
    return f"{int(m)}/{int(d)}"


def main():
    wb = Workbook()
    ws = wb.active
    ws.title = "チェックリスト"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)

    ws.column_dimensions["A"].width = 58
    for c in "BCD":
        ws.column_dimensions[c].width = 17
    ws.column_dimensions["E"].width = 30

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
    ws["E3"].alignment = Alignment(horizontal="center")

    # label and value in one cell: the filler typed the name over the underline
    ws.merge_cells("A5:C5")
    ws["A5"] = "医療機関名　" + FACILITY
    ws["A5"].font = Font(size=12, underline="single")

    notes = [
        "※ このチェックリストは、医療機関等におけるサイバーセキュリティ対策の取組みについて（令和6年8月1日事務連絡）により、"
        "特に迅速に対応すべき事項として示された「サイバー攻撃リスク低減のための最低限の措置」の内容を基に、岡山県が作成したものです。",
        "※ 本チェックリストの項目について直ちに確認を行い、「いいえ」の項目については速やかに取り組むよう対応をお願いします。",
        "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
        "※ 立入検査時、本チェックリストを確認します。",
    ]
    r = 7
    for n in notes:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        ws.cell(r, 1, n).alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[r].height = 30 if len(n) > 60 else 16
        ws.cell(r, 1).font = Font(size=9)
        r += 1

    r = 12
    ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=1)
    ws.cell(r, 1, "チェック項目")
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
    ws.cell(r, 2, "確認結果（日付）")
    ws.merge_cells(start_row=r, start_column=5, end_row=r + 1, end_column=5)
    ws.cell(r, 5, "備考")
    ws.cell(r + 1, 2, "1回目")
    ws.cell(r + 1, 3, "目標日")
    ws.cell(r + 1, 4, "2回目")
    for rr in (r, r + 1):
        for c in range(1, 6):
            ws.cell(rr, c).border = box
            ws.cell(rr, c).alignment = center
            ws.cell(rr, c).fill = PatternFill("solid", fgColor="D9D9D9")
            ws.cell(rr, c).font = Font(bold=True)

    r = 14
    entries = []
    last_h = None
    for (h, text), (a1, d1, tg, a2, d2, rem) in zip(ITEMS, ANS):
        if h != last_h:
            ws.cell(r, 1, "○" + h).font = Font(bold=True)
            for c in range(1, 6):
                ws.cell(r, c).border = box
                ws.cell(r, c).fill = PatternFill("solid", fgColor="F2F2F2")
            r += 1
            last_h = h
        ws.cell(r, 1, text).alignment = wrap
        # one option deleted; full-width brackets as typed in a Japanese IME
        ws.cell(r, 2, f"{a1}（{md(d1)}）" if a1 else "はい・いいえ（　/　）")
        ws.cell(r, 3, f"（{md(tg)}）" if tg else "（　/　）")
        ws.cell(r, 4, f"{a2}（{md(d2)}）" if a2 else "はい・いいえ（　/　）")
        if rem:
            ws.cell(r, 5, rem)
        for c in range(1, 6):
            ws.cell(r, c).border = box
            if c > 1:
                ws.cell(r, c).alignment = center if c < 5 else wrap
        ws.row_dimensions[r].height = 48
        e = {"section": h, "item": text, "firstAnswer": a1, "firstDate": d1}
        if tg:
            e["targetDate"] = tg
        if a2:
            e["secondAnswer"] = a2
            e["secondDate"] = d2
        if rem:
            e["remarks"] = rem
        entries.append(e)
        r += 1

    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_area = f"A1:E{r - 1}"
    wb.save(os.path.join(OUT, NAME + ".xlsx"))

    exp = {
        "form": "checklist-minimum",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "entries": entries},
        "planted": [],
        "notes": "Okayama template style: answers written as 'はい（10/8）' with the other option deleted; dates are "
                 "year-less (Oct-Dec = 2024, Jan-Mar = 2025). Cells still showing the template text "
                 "'はい・いいえ（　/　）' or '（　/　）' were left untouched = blank (no target / no 2nd check). "
                 "facilityName was typed in the same cell as the label '医療機関名' (full-width space kept between "
                 "法人名 and 病院名). section = the ○ heading text without the leading ○. Item 6 (log check) is いいえ "
                 "with 目標日 3/31 and no 2nd check yet: not an error.",
    }
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
