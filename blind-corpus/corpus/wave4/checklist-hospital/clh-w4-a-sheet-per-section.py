#!/usr/bin/python3
"""clh-w4-a-sheet-per-section: 医療機関確認用チェックリスト 令和6年度版, in-house print form,
one sheet per section, ○ marks in はい/いいえ columns, Excel date cells shown in 和暦.
No planted problem: every item answered with a 1回目 date, every いいえ has a 目標日 inside FY2024."""
import json, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.utils import get_column_letter

NAME = "clh-w4-a-sheet-per-section"
OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.date

FACILITY = "社会医療法人 青葉会 青葉台中央病院"

# canonical (catalogue) wording
PRE = "医療情報システムを導入、運用している"
H11 = "医療情報システム安全管理責任者を設置している"
H21 = "サーバ、端末PC、ネットワーク機器の台帳管理を行っている"
H22 = "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した"
H23 = "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう"
ACL = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
ACC = "退職者や使用していないアカウント等、不要なアカウントを削除している"
LOG = "アクセスログを管理している"
PW = "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している"
PATCH = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
BG = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
SRC = "接続元制限を実施している"
H31 = "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある"
H32 = "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している"
H33 = "サイバー攻撃を想定した事業継続計画（BCP）を策定している"

F1 = D(2024, 6, 17)
F2 = D(2024, 6, 18)
# each row: (itemNo or None, canonical item, text shown, first, firstDate, target, second, secondDate, remarks)
SHEETS = [
    ("前提", "前提", "前提", [
        (None, PRE, PRE, "はい", F1, None, None, None, None),
    ]),
    ("1 体制構築", "1 体制構築", "体制構築", [
        ("1-(1)", H11, H11, "はい", F1, None, None, None, "情報システム課長を任命（R6.4.1付）"),
    ]),
    ("2 システム全般", "2 医療情報システム全般", "医療情報システム全般", [
        ("2-(1)", H21, H21, "はい", F1, None, None, None, None),
        ("2-(2)", H22, H22, "はい", F1, None, None, None, "保守契約3社に確認済"),
        ("2-(3)", H23, H23, "いいえ", F1, D(2024, 9, 30), "はい", D(2024, 9, 20), "電子カルテ・PACSベンダに依頼中"),
    ]),
    ("2 サーバ", "2 医療情報システム全般 ― サーバ", "サーバ", [
        (None, ACL, ACL, "はい", F2, None, None, None, None),
        (None, ACC, ACC, "はい", F2, None, None, None, None),
        (None, LOG, LOG, "はい", F2, None, None, None, None),
        (None, PW, PW, "はい", F2, None, None, None, None),
        (None, PATCH, PATCH, "はい", F2, None, None, None, "月次で適用"),
        (None, BG, BG, "はい", F2, None, None, None, None),
    ]),
    ("2 端末PC", "2 医療情報システム全般 ― 端末PC", "端末PC", [
        (None, ACL, ACL, "はい", F2, None, None, None, None),
        (None, ACC, ACC, "いいえ", F2, D(2024, 8, 31), "はい", D(2024, 8, 26), "退職者ID 12件を削除"),
        (None, PW, PW, "はい", F2, None, None, None, None),
        (None, PATCH, PATCH, "はい", F2, None, None, None, None),
        (None, BG, BG, "はい", F2, None, None, None, None),
    ]),
    ("2 NW機器", "2 医療情報システム全般 ― ネットワーク機器", "ネットワーク機器", [
        (None, PATCH, PATCH, "はい", F2, None, None, None, None),
        (None, SRC, SRC, "いいえ", F2, D(2024, 7, 31), "はい", D(2024, 7, 29), "UTMの設定変更で対応"),
    ]),
    ("3 インシデント", "3 インシデント発生に備えた対応", "インシデント発生に備えた対応", [
        ("3-(1)", H31, H31, "はい", F1, None, None, None, None),
        ("3-(2)", H32, H32, "はい", F1, None, None, None, None),
        ("3-(3)", H33, H33, "いいえ", F1, D(2025, 3, 31), "いいえ", D(2024, 12, 10), "策定中（年度内完成予定）"),
    ]),
]

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr_fill = PatternFill("solid", fgColor="DDEBF7")
WAREKI = '[$-411]ggge"年"m"月"d"日"'
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = "記入要領"
notes = [
    "【記入要領】院内用（情報システム課作成）",
    "1. 各シートの項目について、1回目の確認結果を「はい」「いいえ」欄に○で記入し、確認日を入力してください。",
    "2. 「いいえ」の項目は、実施可能な直近の目標日を入力してください（令和7年3月31日まで）。",
    "3. 目標日以降に再確認し、2回目欄に○と確認日を入力してください。",
    "4. 前提が「いいえ」の場合、以降のシートの記入は不要です。",
    "5. 日付は 2024/6/17 のように入力すると和暦で表示されます。",
    "※立入検査時に提出します。このシートは提出不要。",
]
for i, t in enumerate(notes, 2):
    ws.cell(row=i, column=2, value=t)
ws.column_dimensions["B"].width = 100

cov = wb.create_sheet("表紙")
cov["B2"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度版）"
cov["B2"].font = Font(size=14, bold=True)
cov["B3"] = "医療機関確認用"
cov["B5"] = "医療機関名"
cov["B5"].border = box; cov["B5"].fill = hdr_fill
cov.merge_cells("C5:G5")
cov["C5"] = FACILITY
for c in "CDEFG":
    cov[f"{c}5"].border = box
cov["B7"] = "「いいえ」の件数（1回目・自動計算）"
cov.column_dimensions["B"].width = 34
for c in "CDEFG":
    cov.column_dimensions[c].width = 12

expected_entries = []
count_refs = []
for sheet_name, heading, section, rows in SHEETS:
    s = wb.create_sheet(sheet_name)
    s["B2"] = heading
    s["B2"].font = Font(size=12, bold=True)
    s["B3"] = FACILITY
    if section == "前提":
        s["C4"] = "※前提が「いいえ」の場合は、以降のシートの記入は不要です。"
    # widths: A spacer, B No, C item, D/E/F first, G spacer, H target, I spacer, J/K/L second, M remarks
    widths = {"A": 2, "B": 7, "C": 58, "D": 6, "E": 6, "F": 16, "G": 1.5, "H": 16, "I": 1.5,
              "J": 6, "K": 6, "L": 16, "M": 30}
    for k, v in widths.items():
        s.column_dimensions[k].width = v
    s.merge_cells("B5:B6"); s["B5"] = "No."
    s.merge_cells("C5:C6"); s["C5"] = "チェック項目"
    s.merge_cells("D5:F5"); s["D5"] = "1回目"
    s["D6"] = "はい"; s["E6"] = "いいえ"; s["F6"] = "確認日"
    s.merge_cells("H5:H6"); s["H5"] = "目標日"
    s.merge_cells("J5:L5"); s["J5"] = "2回目"
    s["J6"] = "はい"; s["K6"] = "いいえ"; s["L6"] = "確認日"
    s.merge_cells("M5:M6"); s["M5"] = "備考"
    for r in (5, 6):
        for c in "BCDEFHJKLM":
            s[f"{c}{r}"].border = box
            s[f"{c}{r}"].fill = hdr_fill
            s[f"{c}{r}"].alignment = center
    r = 7
    for no, item, shown, a1, d1, tg, a2, d2, rem in rows:
        s[f"B{r}"] = no if no else "・"
        s[f"C{r}"] = shown
        s[f"C{r}"].alignment = Alignment(wrap_text=True, vertical="center")
        s[f"D{r}" if a1 == "はい" else f"E{r}"] = "○"
        s[f"F{r}"] = d1
        if tg:
            s[f"H{r}"] = tg
        if a2:
            s[f"J{r}" if a2 == "はい" else f"K{r}"] = "○"
        if d2:
            s[f"L{r}"] = d2
        if rem:
            s[f"M{r}"] = rem
            s[f"M{r}"].alignment = Alignment(wrap_text=True, vertical="center")
        for c in "FHL":
            s[f"{c}{r}"].number_format = WAREKI
        for c in "BCDEFHJKLM":
            s[f"{c}{r}"].border = box
        for c in "BDEJK":
            s[f"{c}{r}"].alignment = center
        s.row_dimensions[r].height = 33
        e = {"section": section, "item": item}
        if no:
            e["itemNo"] = no
        e["firstAnswer"] = a1
        e["firstDate"] = d1.isoformat()
        if tg:
            e["targetDate"] = tg.isoformat()
        if a2:
            e["secondAnswer"] = a2
        if d2:
            e["secondDate"] = d2.isoformat()
        if rem:
            e["remarks"] = rem
        expected_entries.append(e)
        r += 1
    count_refs.append(f"COUNTIF('{sheet_name}'!E7:E{r-1},\"○\")")
    s.print_area = f"A1:M{r}"
    s.page_setup.orientation = "landscape"
    s.page_setup.fitToWidth = 1

cov["C7"] = "=" + "+".join(count_refs)   # formula, no cached value (saved by openpyxl)
cov["C7"].border = box

wb.save(os.path.join(OUT, NAME + ".xlsx"))

expected = {
    "form": "checklist-hospital",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FACILITY, "entries": expected_entries},
    "planted": [],
    "notes": ("One sheet per section (前提, 1 体制構築, 2 システム全般, 2 サーバ, 2 端末PC, 2 NW機器, 3 インシデント); "
              "記入要領 is an instruction sheet with no values. Answers are ○ in the はい or いいえ column; dates are real "
              "Excel date cells displayed in 和暦 ([$-411]ggge). Device-class items carry no number (the No. cell shows '・'), "
              "so itemNo is omitted for them. Section names: I give the heading text without its number "
              "(体制構築 / 医療情報システム全般 / インシデント発生に備えた対応), device sheets give サーバ / 端末PC / ネットワーク機器. "
              "表紙!C7 is a COUNTIF formula saved by openpyxl without a cached value (count of 1回目 いいえ = 4); it is not a field. "
              "3-(3) has a 2回目 いいえ (BCP still being drafted) - a legitimate answer, not a planted problem. "
              "The password item is placed under サーバ and 端末PC as the catalogue lists it among the per-device items.")
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok", len(expected_entries))
