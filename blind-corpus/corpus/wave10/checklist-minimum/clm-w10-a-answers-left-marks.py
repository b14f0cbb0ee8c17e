#!/usr/bin/python3
# Generator for clm-w10-a-answers-left-marks.xlsx
# Role: IT person of a small Okayama hospital who re-drew the prefecture's 「最低限の措置」編 checklist
# as a print sheet of his own: answer columns (○ marks under はい / いいえ) on the LEFT of the items,
# abbreviated item wording, full-width year-less dates (月／日), notes column at the right.
# No planted problem: every item answered with a date, every いいえ has a 目標日 and a later 2回目.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.pagebreak import Break

OUT = "/work/blind/wave10/checklist-minimum"
NAME = "clm-w10-a-answers-left-marks"
SHEET = "チェック表"

H1 = "○パスワードを強固なものに変更し、使い回しをしない"
H2 = "○IoT 機器を含む情報資産の通信制御を確認する"
H3 = "○ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"

# full (seed) wording, abbreviated wording written in the workbook
ITEMS = [
    (H1, "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
     "VPN装置等のID・パスワードは強固な設定になっている（システム運用担当者）"),
    (H1, "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
     "複数の機器・外部サービスで同じパスワードを使っていない"),
    (H1, "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
     "類推されやすいパスワードを使わないよう全利用者に周知済み"),
    (H2, "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
     "事業者と協力し、すべてのネットワーク接続点を確認した\n（閉域網と思っているネットワークの接続点も含む）"),
    (H2, "ネットワーク接続点へのアクセス制御を適切に実施している。",
     "接続点へのアクセス制御を実施している"),
    (H2, "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
     "システム・通信機器のログを記録・保存し、定期的に不正利用がないかチェックしている"),
    (H3, "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
     "全ネットワーク機器のバージョンアップ・パッチ・ファーム更新の頻度を事業者と確認している"),
    (H3, "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
     "セキュリティ対策ソフトの稼働状況（定義ファイル更新等）を確認している"),
]

# answers: (first, firstDate, target, second, secondDate, remarks) ; dates as (m, d) year-less
ANS = [
    ("はい", (10, 15), None, None, None, "VPN装置は保守業者管理。初期PWは変更済"),
    ("いいえ", (10, 15), (12, 20), "はい", (12, 18), "院内共通PWを廃止し個別PWへ"),
    ("はい", (10, 15), None, None, None, "朝礼・院内メールで周知"),
    ("いいえ", (10, 15), (1, 31), "はい", (1, 24), "保守業者と接続点を洗い出し（モダリティ回線含む）"),
    ("はい", (10, 16), None, None, None, None),
    ("いいえ", (10, 16), (2, 28), "はい", (2, 21), "UTMログを月１回確認する運用に変更"),
    ("はい", (10, 16), None, None, None, "ルータ・UTMは年２回確認"),
    ("はい", (10, 16), None, None, None, "全端末 定義ファイル自動更新"),
]

FACILITY = "医療法人　緑風会　みどり台病院"

Z = str.maketrans("0123456789/", "０１２３４５６７８９／")


def zen(md):
    return ("%d/%d" % md).translate(Z)


def iso(md):
    m, d = md
    y = 2024 if m >= 4 else 2025
    return "%04d-%02d-%02d" % (y, m, d)


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="center", wrap_text=True)
    grey = PatternFill("solid", fgColor="D9D9D9")

    widths = {"A": 5, "B": 6, "C": 9, "D": 9, "E": 5, "F": 6, "G": 9, "H": 1.5, "I": 4.5, "J": 52, "K": 30}
    for c, w in widths.items():
        ws.column_dimensions[c].width = w

    ws.merge_cells("A1:K1")
    ws["A1"] = "「サイバー攻撃リスク低減のための最低限の措置」編　チェックリスト（医療機関確認用）"
    ws["A1"].font = Font(size=14, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A3:G3")
    ws["A3"] = "医療機関名：" + FACILITY
    ws["A3"].font = Font(size=12)
    ws.merge_cells("I3:K3")
    ws["I3"] = "記入者：情報システム係　杉本"
    ws["I3"].alignment = Alignment(horizontal="right")
    ws.merge_cells("A4:K4")
    ws["A4"] = ("※該当する欄に○を記入。確認日は（月／日）で記入。"
                "1回目が「いいえ」の場合は目標日を記入し、対応後に2回目を確認すること。　※立入検査時に提出")
    ws["A4"].font = Font(size=9)
    ws["A4"].alignment = left
    ws.row_dimensions[4].height = 26

    # header (two rows)
    for rng, text in [("A6:C6", "1回目"), ("D6:D7", "目標日"), ("E6:G6", "2回目"),
                      ("I6:I7", "No."), ("J6:J7", "チェック項目"), ("K6:K7", "備考\n（対応状況など）")]:
        ws.merge_cells(rng)
        ws[rng.split(":")[0]] = text
    for c, t in zip("ABCEFG", ["はい", "いいえ", "確認日\n（月／日）", "はい", "いいえ", "確認日\n（月／日）"]):
        ws[c + "7"] = t
    for r in (6, 7):
        for c in "ABCDEFGIJK":
            ws[c + str(r)].alignment = center
            ws[c + str(r)].border = box
            ws[c + str(r)].fill = PatternFill("solid", fgColor="DDEBF7")
            ws[c + str(r)].font = Font(bold=True, size=9)
    ws.row_dimensions[7].height = 28

    row = 8
    cur = None
    cells = []  # per item: dict of cell addresses
    for n, ((head, full, short), a) in enumerate(zip(ITEMS, ANS), start=1):
        if head != cur:
            ws.merge_cells("A%d:K%d" % (row, row))
            ws["A%d" % row] = head
            ws["A%d" % row].font = Font(bold=True)
            ws["A%d" % row].fill = grey
            for c in "ABCDEFGIJK":
                ws[c + str(row)].border = box
            cur = head
            row += 1
        first, fd, td, second, sd, rem = a
        ws["I%d" % row] = n
        ws["J%d" % row] = short
        ws["A%d" % row if first == "はい" else "B%d" % row] = "○"
        ws["C%d" % row] = zen(fd)
        if td:
            ws["D%d" % row] = zen(td)
        if second:
            ws["E%d" % row if second == "はい" else "F%d" % row] = "○"
            ws["G%d" % row] = zen(sd)
        if rem:
            ws["K%d" % row] = rem
        for c in "ABCDEFGIJK":
            ws[c + str(row)].border = box
            ws[c + str(row)].alignment = left if c in "JK" else center
        ws["K%d" % row].font = Font(size=9)
        ws.row_dimensions[row].height = 34
        cells.append(row)
        row += 1

    ws["A%d" % (row + 1)] = "※岡山県「チェックリスト（最低限の措置編）」の内容を院内用に見やすく並べ替えたもの。項目の文言は一部省略。"
    ws["A%d" % (row + 1)].font = Font(size=8, italic=True)

    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_area = "A1:K%d" % (row + 1)
    wb.save(os.path.join(OUT, NAME + ".xlsx"))
    return cells


def expected(rows):
    entries = []
    for n, ((head, full, short), a) in enumerate(zip(ITEMS, ANS), start=1):
        first, fd, td, second, sd, rem = a
        e = {"section": head, "item": full, "itemNo": str(n), "firstAnswer": first, "firstDate": iso(fd)}
        if td:
            e["targetDate"] = iso(td)
        if second:
            e["secondAnswer"] = second
            e["secondDate"] = iso(sd)
        if rem:
            e["remarks"] = rem
        entries.append(e)
    return {
        "form": "checklist-minimum",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "entries": entries},
        "planted": [],
        "notes": ("Single sheet 'チェック表'. Answer columns are LEFT of the item text: 1回目 はい|いいえ|確認日 (A:C), "
                  "目標日 (D), 2回目 はい|いいえ|確認日 (E:G), blank spacer H, No. (I), item (J, abbreviated wording; "
                  "expected gives the full seed wording), 備考 (K). Answers are ○ marks under はい or いいえ. "
                  "Dates are full-width year-less text (１０／１５); Oct-Dec read as 2024, Jan-Mar as 2025 (R6 form). "
                  "Facility name shares a cell with its label (A3 '医療機関名：…'); '記入者' in I3 is not a form field. "
                  "Section = the ○ heading row (grey merged row) as written, including the leading ○. "
                  "No planted problem."),
    }


if __name__ == "__main__":
    rows = build()
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected(rows), f, ensure_ascii=False, indent=2)
