#!/usr/bin/python3
"""clm-w42-b: 保健所-made Excel version of the 最低限の措置編: heading column merged vertically, ○ marks in
はい/いいえ columns, Excel date cells, a labelled 記入例 row, and a 記入要領 sheet. Two planted mistakes."""
import sys, os, json, datetime as dt
sys.path.insert(0, "/tmp/clpy")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clm-w42-b-mark-columns-date-cells"
SHEET = "最低限の措置"
FACILITY = "医療法人 和気会 和気みどり病院"

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
D = dt.date
# (first, firstDate, target, second, secondDate, remarks)
FILL = [
    ("はい", D(2024, 11, 12), None, None, None, ""),
    ("はい", D(2024, 11, 12), None, None, None, ""),
    ("いいえ", D(2024, 11, 12), D(2024, 12, 27), "はい", D(2024, 12, 20), "職員向け研修で周知済み"),
    ("はい", D(2024, 11, 12), None, None, None, "ネットワーク構成図を事業者と確認"),
    # planted 1: いいえ but 目標日 left blank
    ("いいえ", D(2024, 11, 13), None, None, None, "事業者に見積依頼中"),
    # planted 2: 2回目 date before the 1回目 date
    ("いいえ", D(2024, 11, 13), D(2025, 1, 31), "はい", D(2024, 11, 5), "ログ保存期間を1年に延長"),
    ("はい", D(2024, 11, 13), None, None, None, ""),
    ("はい", D(2024, 11, 12), None, None, None, "ウイルス対策ソフト管理画面で全端末確認"),
]
COLS = ["No.", "区分", "チェック項目", "はい", "いいえ", "確認日", "目標日", "はい", "いいえ", "確認日", "備考"]
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
C = Alignment(horizontal="center", vertical="center", wrap_text=True)
L = Alignment(horizontal="left", vertical="center", wrap_text=True)
DF = "yyyy/m/d"

def mark(ans, yes):
    if ans is None: return None
    return "○" if (ans == "はい") == yes else None

def build(path):
    wb = Workbook()
    ws = wb.active; ws.title = SHEET
    widths = [5, 16, 52, 5, 6, 11, 11, 5, 6, 11, 26]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.merge_cells("A1:K1")
    ws["A1"] = "サイバーセキュリティ対策チェックリスト（「サイバー攻撃リスク低減のための最低限の措置」編）　医療機関確認用"
    ws["A1"].font = Font(size=13, bold=True)
    ws.merge_cells("A2:K2")
    ws["A2"] = "【記入方法】該当する欄に「○」を記入し、確認日を入力してください（入力例：2024/10/1）。1回目が「いいえ」の場合は目標日を必ず入力してください。記入要領シート参照。"
    ws["A2"].font = Font(size=9, color="C00000"); ws["A2"].alignment = L; ws.row_dimensions[2].height = 26
    ws.merge_cells("A4:E4"); ws["A4"] = "医療機関名：" + FACILITY
    ws["A4"].font = Font(size=12)
    ws["H4"] = "提出先："; ws.merge_cells("I4:K4"); ws["I4"] = "備前保健所"
    # headers (two rows)
    ws.merge_cells("A6:A7"); ws["A6"] = "No."
    ws.merge_cells("B6:B7"); ws["B6"] = "区分"
    ws.merge_cells("C6:C7"); ws["C6"] = "チェック項目"
    ws.merge_cells("D6:F6"); ws["D6"] = "1回目"
    ws.merge_cells("G6:G7"); ws["G6"] = "目標日\n(1回目いいえの場合)"
    ws.merge_cells("H6:J6"); ws["H6"] = "2回目"
    ws.merge_cells("K6:K7"); ws["K6"] = "備考"
    for i, h in enumerate(["はい", "いいえ", "確認日"]):
        ws.cell(7, 4 + i, h); ws.cell(7, 8 + i, h)
    hdr = PatternFill("solid", fgColor="DDEBF7")
    for r in (6, 7):
        for c in range(1, 12):
            cell = ws.cell(r, c); cell.border = B; cell.alignment = C; cell.fill = hdr
            cell.font = Font(bold=True, size=10)
    ws.row_dimensions[6].height = 30
    # 記入例 row
    ex = ["記入例", "（例）", "（例）〇〇〇〇を行っている。", None, "○", D(2024, 10, 1), D(2024, 12, 1), "○", None, D(2024, 11, 20), "（例）事業者へ依頼済"]
    exfill = PatternFill("solid", fgColor="F2F2F2")
    for c, v in enumerate(ex, start=1):
        cell = ws.cell(8, c, v); cell.border = B; cell.alignment = C if c != 3 else L
        cell.font = Font(color="808080", italic=True); cell.fill = exfill
        if isinstance(v, dt.date): cell.number_format = DF
    r0 = 9
    entries = []; rows = {}
    r = r0
    # merged 区分 column
    for h in (H1, H2, H3):
        n = sum(1 for hh, _ in ITEMS if hh == h)
        ws.merge_cells(start_row=r, start_column=2, end_row=r + n - 1, end_column=2)
        ws.cell(r, 2, "〇" + h).alignment = C
        r += n
    r = r0
    for i, ((head, text), (a1, d1, tg, a2, d2, rem)) in enumerate(zip(ITEMS, FILL)):
        ws.cell(r, 1, i + 1)
        ws.cell(r, 3, text)
        ws.cell(r, 4, mark(a1, True)); ws.cell(r, 5, mark(a1, False)); ws.cell(r, 6, d1)
        ws.cell(r, 7, tg)
        ws.cell(r, 8, mark(a2, True)); ws.cell(r, 9, mark(a2, False)); ws.cell(r, 10, d2)
        if rem: ws.cell(r, 11, rem)
        for c in range(1, 12):
            cell = ws.cell(r, c); cell.border = B
            cell.alignment = L if c in (3, 11) else C
            if c in (6, 7, 10): cell.number_format = DF
        ws.cell(r, 2).border = B
        ws.row_dimensions[r].height = 45
        e = dict(section=head, item=text, itemNo=str(i + 1), firstAnswer=a1, firstDate=d1.isoformat())
        if tg: e["targetDate"] = tg.isoformat()
        if a2: e["secondAnswer"] = a2
        if d2: e["secondDate"] = d2.isoformat()
        if rem: e["remarks"] = rem
        entries.append(e); rows[i] = r
        r += 1
    ws.freeze_panes = "D8"
    ws.page_setup.orientation = "landscape"; ws.page_setup.fitToWidth = 1
    # instructions sheet
    w2 = wb.create_sheet("記入要領")
    w2.column_dimensions["A"].width = 100
    lines = [
        "記入要領（最低限の措置編チェックリスト）",
        "1. 本チェックリストは「サイバー攻撃リスク低減のための最低限の措置」（令和6年8月1日事務連絡別添）を基に作成しています。",
        "2. 各項目について直ちに確認を行い、1回目の「はい」「いいえ」いずれかの欄に「○」を記入し、確認日を入力してください。",
        "3. 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
        "4. 目標日までに対応が完了したら、2回目の欄に「○」と確認日を記入してください。",
        "5. 灰色の「記入例」行は記入の参考です。削除しなくてかまいません。",
        "6. 立入検査時、本チェックリストを確認します。",
    ]
    for i, t in enumerate(lines, start=1):
        w2.cell(i, 1, t).alignment = L
    w2["A1"].font = Font(bold=True, size=12)
    wb.active = 0
    wb.save(path)
    return entries, rows

if __name__ == "__main__":
    entries, rows = build(os.path.join(HERE, NAME + ".xlsx"))
    exp = {
        "form": "checklist-minimum", "version": "R6", "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "entries": entries},
        "planted": [
            {"cells": [f"{SHEET}!G{rows[4]}"], "paths": ["entries[4].targetDate"],
             "why": "1回目が「いいえ」なのに目標日が空欄（いいえの場合は目標日の記入が必要）"},
            {"cells": [f"{SHEET}!J{rows[5]}", f"{SHEET}!F{rows[5]}"], "paths": ["entries[5].secondDate"],
             "why": "2回目の確認日 2024/11/5 が1回目の確認日 2024/11/13 より前になっている"},
        ],
        "notes": ("Answers are ○ marks in separate はい / いいえ columns (1回目 D/E, 2回目 H/I); dates are Excel date cells. "
                  "Row 8 is a correctly labelled 記入例 row (greyed) and is not data. itemNo is the No. column (1-8). "
                  "section is the merged 区分 cell text without the leading 〇 mark. Facility name shares a cell with its label."),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
