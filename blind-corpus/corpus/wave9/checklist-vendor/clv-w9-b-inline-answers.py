# Generator for clv-w9-b-inline-answers.xlsx (checklist-vendor, R6, 3 planted problems)
# Role: the hospital's システム担当 copied the prefecture's 最低限の措置編 habit ("はい・いいえ (/)" in one cell)
# into a home-made 事業者確認用 sheet and sent it to the レセコン vendor; the vendor deleted the word that did not
# apply and wrote the month/day inside the brackets. Device class is written as 【サーバ】 in front of the item
# text. A correctly labelled 記入例 row sits above the data, and a hidden blank master sheet is kept for copying.
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = "/work/blind/wave9/checklist-vendor"
NAME = "clv-w9-b-inline-answers"
SHEET = "事業者確認用"
MASTER = "原本（コピー用）"

VENDOR = "株式会社ミナト電算"
SYSTEM = "レセプトコンピュータ（医事会計システム MINATO-ReceiptⅢ）"
HOSPITAL = "社会医療法人 清和会 西大寺記念病院"

S1, S2, S3 = "体制構築", "医療情報システムの管理・運用", "インシデント発生に備えた対応"

# kind, section, device, itemNo, item, cell1 (1回目), cellT (目標日), cell2 (2回目), remarks, expected dict
ROWS = [
    ("H", "１．" + S1),
    ("I", S1, None, "1-(1)", "事業者内に、医療情報システム等の提供に係る管理責任者を設置している",
     "はい (10/15)", None, None, "情報システム部 部長",
     dict(firstAnswer="はい", firstDate="2024-10-15")),
    ("H", "２．" + S2),
    ("I", S2, None, "2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
     "はい (10/15)", None, None, None, dict(firstAnswer="はい", firstDate="2024-10-15")),
    ("I", S2, None, "2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を確認した",
     "はい（10/16）", None, None, "リモート保守なし（オンサイト保守のみ）",
     dict(firstAnswer="はい", firstDate="2024-10-16")),
    ("I", S2, None, "2-(3)", "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した",
     "いいえ (10/15)", "(11/29)", "はい (11/22)", "SDS提出済み",
     dict(firstAnswer="いいえ", firstDate="2024-10-15", targetDate="2024-11-29",
          secondAnswer="はい", secondDate="2024-11-22")),
    ("I", S2, "サーバ", None, "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
     "はい (10/15)", None, None, None, dict(firstAnswer="はい", firstDate="2024-10-15")),
    ("I", S2, "サーバ", None, "退職者や使用していないアカウント等、不要なアカウントを削除している",
     "はい (10/15)", None, None, None, dict(firstAnswer="はい", firstDate="2024-10-15")),
    ("I", S2, "サーバ", None, "アクセスログを管理している",
     "はい (10/15)", None, None, None, dict(firstAnswer="はい", firstDate="2024-10-15")),
    ("I", S2, "サーバ", None, "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している",
     "はい (10/15)", None, None, None, dict(firstAnswer="はい", firstDate="2024-10-15")),
    ("I", S2, "サーバ", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
     "はい (10/15)", None, None, None, dict(firstAnswer="はい", firstDate="2024-10-15")),
    # PLANT 2: 2回目 date (10/2) is before the 1回目 date (10/15)
    ("I", S2, "サーバ", None, "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
     "いいえ (10/15)", "(11/29)", "はい (10/2)", "不要サービス停止",
     dict(firstAnswer="いいえ", firstDate="2024-10-15", targetDate="2024-11-29",
          secondAnswer="はい", secondDate="2024-10-02")),
    ("I", S2, "端末PC", None, "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
     "はい (10/15)", None, None, None, dict(firstAnswer="はい", firstDate="2024-10-15")),
    ("I", S2, "端末PC", None, "退職者や使用していないアカウント等、不要なアカウントを削除している",
     "はい (10/15)", None, None, None, dict(firstAnswer="はい", firstDate="2024-10-15")),
    # PLANT 1: いいえ without 目標日
    ("I", S2, "端末PC", None, "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している",
     "いいえ (10/15)", None, None, "医事課端末は共通パスワード運用のため要検討",
     dict(firstAnswer="いいえ", firstDate="2024-10-15")),
    ("I", S2, "端末PC", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
     "はい (10/15)", None, None, None, dict(firstAnswer="はい", firstDate="2024-10-15")),
    ("I", S2, "端末PC", None, "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
     "はい (10/15)", None, None, None, dict(firstAnswer="はい", firstDate="2024-10-15")),
    ("I", S2, "ネットワーク機器", None, "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している",
     "はい (10/16)", None, None, None, dict(firstAnswer="はい", firstDate="2024-10-16")),
    ("I", S2, "ネットワーク機器", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
     "はい (10/16)", None, None, "ルータFW更新済",
     dict(firstAnswer="はい", firstDate="2024-10-16")),
    # PLANT 3: 目標日 R7.5.31 is outside the R6 fiscal year (after 2025-03-31)
    ("I", S2, "ネットワーク機器", None, "接続元制限を実施している",
     "いいえ (10/16)", "(R7.5.31)", None, "ルータ更改に合わせて対応",
     dict(firstAnswer="いいえ", firstDate="2024-10-16", targetDate="2025-05-31")),
    ("H", "３．" + S3),
    ("I", S3, None, "3-(1)", "インシデント発生時における組織内と外部関係機関（医療機関、厚生労働省、警察等）への連絡体制図がある",
     "はい (10/16)", None, None, None, dict(firstAnswer="はい", firstDate="2024-10-16")),
    ("I", S3, None, "3-(2)", "インシデント発生時に診療を継続するために必要なデータやシステムのバックアップの実施と復旧手順を医療機関に提示している",
     "はい (10/16)", None, None, "日次バックアップ（外付けHDD世代管理）\n復旧手順書を医事課へ配布",
     dict(firstAnswer="はい", firstDate="2024-10-16")),
]

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr_fill = PatternFill("solid", fgColor="FFF2CC")
ex_font = Font(italic=True, color="808080", size=10)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(horizontal="left", vertical="center", wrap_text=True)


def draw(ws, filled):
    for k, v in {"A": 8, "B": 62, "C": 16, "D": 12, "E": 16, "F": 30}.items():
        ws.column_dimensions[k].width = v
    ws.merge_cells("A1:F1")
    ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（事業者確認用）　令和6年度版"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:F2")
    ws["A2"] = ("※「はい・いいえ」のうち該当しない方を消し、（　/　）に確認日（月/日）を記入してください。"
                "1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。")
    ws["A2"].font = Font(size=9)
    ws["A2"].alignment = wrap
    ws.row_dimensions[2].height = 28
    # labels above, values below
    ws.merge_cells("A4:B4"); ws["A4"] = "事業者名"
    ws["C4"] = "対象システム"
    ws.merge_cells("C4:D4")
    ws.merge_cells("E4:F4"); ws["E4"] = "提出先医療機関名"
    ws.merge_cells("A5:B5"); ws.merge_cells("C5:D5"); ws.merge_cells("E5:F5")
    for c in ("A4", "C4", "E4"):
        ws[c].fill = hdr_fill
        ws[c].font = Font(bold=True, size=10)
    for rng in ("A4:F5",):
        for row in ws[rng]:
            for c in row:
                c.border = box
    if filled:
        ws["A5"] = VENDOR
        ws["C5"] = SYSTEM
        ws["E5"] = HOSPITAL
    ws["C5"].alignment = wrap
    ws.row_dimensions[5].height = 30

    ws.merge_cells("A7:A8"); ws["A7"] = "No."
    ws.merge_cells("B7:B8"); ws["B7"] = "チェック項目"
    ws.merge_cells("C7:E7"); ws["C7"] = "確認結果（日付）"
    ws.merge_cells("F7:F8"); ws["F7"] = "備考"
    ws["C8"] = "1回目"; ws["D8"] = "目標日"; ws["E8"] = "2回目"
    for r in (7, 8):
        for col in "ABCDEF":
            c = ws[f"{col}{r}"]
            c.fill = hdr_fill
            c.border = box
            c.alignment = center
            c.font = Font(bold=True, size=10)
    # 記入例 row (correctly labelled, to be ignored)
    ex = ["記入例", "（例）【サーバ】アクセスログを管理している", "いいえ (5/13)", "(6/28)", "はい (6/26)",
          "例：ログ保存期間を1年に変更"]
    for col, v in zip("ABCDEF", ex):
        c = ws[f"{col}9"]
        c.value = v
        c.font = ex_font
        c.border = box
        c.alignment = center if col in "ACDE" else wrap
    r = 10
    locs = []
    for row in ROWS:
        if row[0] == "H":
            ws.merge_cells(f"A{r}:F{r}")
            ws[f"A{r}"] = row[1]
            ws[f"A{r}"].font = Font(bold=True)
            for col in "ABCDEF":
                ws[f"{col}{r}"].border = box
                ws[f"{col}{r}"].fill = PatternFill("solid", fgColor="EDEDED")
            r += 1
            continue
        _, sec, dev, no, item, c1, ct, c2, rem, exp = row
        ws[f"A{r}"] = no
        ws[f"B{r}"] = (f"【{dev}】" if dev else "") + item
        if filled:
            ws[f"C{r}"] = c1
            ws[f"D{r}"] = ct if ct else None
            ws[f"E{r}"] = c2 if c2 else None
            ws[f"F{r}"] = rem
        else:
            ws[f"C{r}"] = "はい・いいえ (　/　)"
            ws[f"D{r}"] = "(　/　)"
            ws[f"E{r}"] = "はい・いいえ (　/　)"
        for col in "ABCDEF":
            c = ws[f"{col}{r}"]
            c.border = box
            c.alignment = center if col in "ACDE" else wrap
            c.font = Font(size=10)
        ws.row_dimensions[r].height = 32
        locs.append((r, row))
        r += 1
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    return locs


wb = Workbook()
ws = wb.active
ws.title = SHEET
locs = draw(ws, True)
m = wb.create_sheet(MASTER)
draw(m, False)
m.sheet_state = "hidden"
wb.save(os.path.join(OUT, NAME + ".xlsx"))

entries = []
rowof = {}
for r, row in locs:
    _, sec, dev, no, item, c1, ct, c2, rem, exp = row
    e = {"section": dev if dev else sec, "item": item}
    if no:
        e["itemNo"] = no
    e.update(exp)
    if rem:
        e["remarks"] = rem
    rowof[len(entries)] = r
    entries.append(e)


def idx(item, dev):
    for i, e in enumerate(entries):
        if e["item"] == item and e["section"] == dev:
            return i
    raise KeyError(item)


i1 = idx("パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している", "端末PC")
i2 = idx("バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", "サーバ")
i3 = idx("接続元制限を実施している", "ネットワーク機器")
planted = [
    {"cells": [f"{SHEET}!D{rowof[i1]}"], "paths": [f"entries[{i1}].targetDate"],
     "why": "1回目が「いいえ」なのに目標日が空欄（いいえの項目は実施可能な直近の対応目標日の記入が必要）"},
    {"cells": [f"{SHEET}!E{rowof[i2]}", f"{SHEET}!C{rowof[i2]}"], "paths": [f"entries[{i2}].secondDate"],
     "why": "2回目の確認日 10/2 が1回目の確認日 10/15 より前（11/2 の書き誤りと思われる）"},
    {"cells": [f"{SHEET}!D{rowof[i3]}"], "paths": [f"entries[{i3}].targetDate"],
     "why": "目標日 R7.5.31（2025-05-31）が令和6年度（2025-03-31まで）の範囲外"},
]

expected = {
    "form": "checklist-vendor",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "vendorName": VENDOR,
        "targetSystem": SYSTEM,
        "hospitalName": HOSPITAL,
        "entries": entries,
    },
    "planted": planted,
    "notes": (
        "Sheet '" + SHEET + "' is the form. Hidden sheet '" + MASTER + "' is the blank master copy (unfilled "
        "'はい・いいえ (　/　)' cells) and must not be read as data. Row 9 is a correctly labelled 記入例 row "
        "(A9 '記入例') and is not an entry. Labels sit above values in the header (row 4 labels, row 5 values). "
        "Answer and date share one cell: the filler deleted the word that did not apply and wrote a year-less month/day, "
        "e.g. 'はい (10/15)' or 'はい（10/16）' (full-width brackets in one row); 目標日 is '(11/29)'. Year-less "
        "Oct-Dec dates are 2024, Jan-Mar 2025. One 目標日 is written '(R7.5.31)' with the era year (= 2025-05-31). "
        "The device class is written as a prefix 【サーバ】/【端末PC】/【ネットワーク機器】 in the item cell; the item "
        "value is given without the prefix and the class is the section. Section heading rows read '１．体制構築' "
        "etc.; the section value is given without the number. The vendor item wording (1-(1), 2-(1), 2-(2), 3-(1), "
        "3-(2)) is the drawer's reconstruction of the vendor-side items. The remarks of 3-(2) contain a line break."
    ),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok", planted)
