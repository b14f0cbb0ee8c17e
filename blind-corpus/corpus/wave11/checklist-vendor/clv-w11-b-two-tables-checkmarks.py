#!/usr/bin/python3
# Generator for clv-w11-b-two-tables-checkmarks.xlsx (checklist-vendor, R6, 3 planted problems)
# Role: a hospital's 情報システム室 staff who redrew the checklist for its vendors as an Excel form: a 記入要領
# sheet, one sheet with two tables (共通項目 1-(1)…3-(2), then 機器別の確認項目 with a 区分 column), answers
# marked with ✓ in separate はい / いいえ columns, dates as Excel date cells, a labelled 記入例 row.
# The vendor (PACS vendor) filled it; the file was then opened and re-saved in LibreOffice.
import datetime as dt
import json, os, shutil, subprocess
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = "/work/blind/wave11/checklist-vendor"
NAME = "clv-w11-b-two-tables-checkmarks"
TMP = os.path.join(OUT, "_tmp_" + NAME)

HOSPITAL = "医療法人 清和会 吉備高原病院"
VENDOR = "株式会社ウエストメディカルソリューションズ"
SYSTEM = "PACS（医用画像管理システム）"
SHEET = "チェックリスト"

S_ACC = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
S_ACT = "退職者や使用していないアカウント等、不要なアカウントを削除している"
S_LOG = "アクセスログを管理している"
S_PAT = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
S_BG = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
S_SRC = "接続元制限を実施している"

D = dt.date
# table 1: (No shown, canonical section, shown text, canonical item, a1, d1, tgt, a2, d2, remarks)
T1 = [
    ("1-(1)", "体制構築", "事業者内に医療情報システム等の提供に係る管理責任者を設置している",
     "事業者内に医療情報システム等の提供に係る管理責任者を設置している",
     "はい", D(2024, 11, 5), None, None, None, "技術本部 品質管理課長"),
    ("2-(1)", "医療情報システムの管理・運用", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
     "サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
     "はい", D(2024, 11, 5), None, None, None, None),
    ("2-(2)", "医療情報システムの管理・運用", "リモートメンテナンス（保守）している機器の有無を確認した",
     "リモートメンテナンス（保守）している機器の有無を確認した",
     "いいえ", D(2024, 11, 5), None, None, None, "保守回線の棚卸し中"),                      # planted: no 目標日
    ("2-(3)", "医療情報システムの管理・運用",
     "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した",
     "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した",
     "はい", D(2024, 11, 5), None, None, None, "MDS（2024年版）提出済"),
    ("3-(1)", "インシデント発生に備えた対応",
     "インシデント発生時における医療機関への連絡体制（連絡窓口・連絡手順）を整備している",
     "インシデント発生時における医療機関への連絡体制（連絡窓口・連絡手順）を整備している",
     "はい", D(2024, 11, 6), None, None, None, None),
    ("3-(2)", "インシデント発生に備えた対応",
     "医療機関に対し、データやシステムのバックアップの実施と復旧手順について情報提供している",
     "医療機関に対し、データやシステムのバックアップの実施と復旧手順について情報提供している",
     "いいえ", D(2024, 11, 6), D(2025, 1, 31), "はい", D(2025, 1, 20), "復旧手順書を1/20に説明"),
]
# table 2: (区分, item, a1, d1, tgt, a2, d2, remarks)
T2 = [
    ("サーバ", S_ACC, "はい", D(2024, 11, 6), None, None, None, None),
    ("サーバ", S_ACT, "はい", D(2024, 11, 6), None, None, None, None),
    ("サーバ", S_LOG, "はい", D(2024, 11, 6), None, None, None, None),
    ("サーバ", S_PAT, "いいえ", D(2024, 11, 6), D(2024, 12, 20), "はい", D(2024, 10, 1),   # planted: 2nd < 1st
     "12月定期保守で適用"),
    ("サーバ", S_BG, "はい", D(2024, 11, 6), None, None, None, None),
    ("端末PC", S_ACC, "はい", D(2024, 11, 7), None, None, None, "読影端末・参照端末"),
    ("端末PC", S_ACT, "はい", D(2024, 11, 7), None, None, None, None),
    ("端末PC", S_PAT, "はい", D(2024, 11, 7), None, None, None, None),
    ("端末PC", S_BG, "はい", D(2024, 11, 7), None, None, None, None),
    ("ネットワーク機器", S_PAT, "はい", D(2024, 11, 7), None, None, None, None),
    ("ネットワーク機器", S_SRC, "いいえ", D(2024, 11, 7), D(2025, 5, 30), None, None,            # planted: > FY end
     "次回保守契約更新時（R7.5）に\nVPN装置を入替予定"),
]

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr = PatternFill("solid", fgColor="DDEBF7")
ex = PatternFill("solid", fgColor="EDEDED")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)
MARK = "✓"
DFMT = "yyyy/m/d"

wb = Workbook()
g = wb.active
g.title = "記入要領"
lines = [
    "【記入要領】チェックリスト（事業者確認用）",
    "",
    "1. 本シートは、当院の医療情報システムを保守・提供している事業者様にご記入いただくものです。",
    "2. 事業者ごと又はシステムごとに1ファイル作成してください。",
    "3. 「チェックリスト」シートの「はい」「いいえ」いずれかの欄に ✓ を入れ、確認日を入力してください。",
    "4. 1回目で「いいえ」の場合は、対応目標日（令和7年3月31日まで）を入力してください。",
    "5. 目標日までに対応した場合は、2回目欄に ✓ と確認日を入力してください。",
    "6. 網掛けの「記入例」行は消さずにそのままで結構です（集計対象外）。",
    "7. 記入後、情報システム室（内線 2105）までメールでご返送ください。",
]
for i, t in enumerate(lines, 1):
    g.cell(row=i, column=1, value=t)
g["A1"].font = Font(bold=True, size=12)
g.column_dimensions["A"].width = 100

ws = wb.create_sheet(SHEET)
wb.active = 1
widths = {"A": 9, "B": 16, "C": 50, "D": 6, "E": 6, "F": 11, "G": 11, "H": 6, "I": 6, "J": 11, "K": 28}
for k, v in widths.items():
    ws.column_dimensions[k].width = v

ws.merge_cells("A1:K1")
ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（事業者確認用）　令和6年度版"
ws["A1"].font = Font(bold=True, size=13)
# header block: labels above values
ws.merge_cells("A3:C3"); ws["A3"] = "提出先医療機関名"
ws.merge_cells("D3:G3"); ws["D3"] = "事業者名"
ws.merge_cells("H3:K3"); ws["H3"] = "対象システム"
ws.merge_cells("A4:C4"); ws["A4"] = HOSPITAL
ws.merge_cells("D4:G4"); ws["D4"] = VENDOR
ws.merge_cells("H4:K4"); ws["H4"] = SYSTEM
for row in (3, 4):
    for col in "ABCDEFGHIJK":
        c = ws[f"{col}{row}"]
        c.border = B
        c.alignment = center
        if row == 3:
            c.fill = hdr
            c.font = Font(bold=True, size=9)


def header(r, first_label, second_label):
    ws.merge_cells(f"A{r}:A{r+1}"); ws[f"A{r}"] = first_label
    ws[f"B{r}"] = second_label
    ws.merge_cells(f"B{r}:C{r+1}")
    ws.merge_cells(f"D{r}:F{r}"); ws[f"D{r}"] = "1回目"
    ws[f"D{r+1}"] = "はい"; ws[f"E{r+1}"] = "いいえ"; ws[f"F{r+1}"] = "確認日"
    ws.merge_cells(f"G{r}:G{r+1}"); ws[f"G{r}"] = "目標日\n(いいえの場合)"
    ws.merge_cells(f"H{r}:J{r}"); ws[f"H{r}"] = "2回目"
    ws[f"H{r+1}"] = "はい"; ws[f"I{r+1}"] = "いいえ"; ws[f"J{r+1}"] = "確認日"
    ws.merge_cells(f"K{r}:K{r+1}"); ws[f"K{r}"] = "備考"
    for rr in (r, r + 1):
        for col in "ABCDEFGHIJK":
            c = ws[f"{col}{rr}"]
            c.border = B
            c.fill = hdr
            c.alignment = center
            c.font = Font(bold=True, size=9)


def answer(r, a1, d1, tgt, a2, d2, rem):
    if a1 == "はい":
        ws[f"D{r}"] = MARK
    elif a1 == "いいえ":
        ws[f"E{r}"] = MARK
    if d1:
        ws[f"F{r}"] = d1
    if tgt:
        ws[f"G{r}"] = tgt
    if a2 == "はい":
        ws[f"H{r}"] = MARK
    elif a2 == "いいえ":
        ws[f"I{r}"] = MARK
    if d2:
        ws[f"J{r}"] = d2
    if rem:
        ws[f"K{r}"] = rem
    for col in "FGJ":
        ws[f"{col}{r}"].number_format = DFMT


def style_row(r, fill=None):
    for col in "ABCDEFGHIJK":
        c = ws[f"{col}{r}"]
        c.border = B
        c.alignment = center if col in "ADEFGHIJ" else wrap
        c.font = Font(size=9)
        if fill:
            c.fill = fill
    ws.row_dimensions[r].height = 30


cells = {}   # path -> cell address, for planted
entries = []

ws["A6"] = "■ 共通項目"
ws["A6"].font = Font(bold=True)
header(7, "No.", "確認項目")
r = 9
# 記入例 row (labelled, must be ignored)
ws[f"A{r}"] = "記入例"
ws[f"B{r}"] = "（例）事業者内に管理責任者を設置している"
ws.merge_cells(f"B{r}:C{r}")
answer(r, "はい", D(2024, 10, 1), None, None, None, "（例）○○部長")
style_row(r, ex)
ws[f"A{r}"].font = Font(size=9, color="C00000", bold=True)
r += 1
for no, sec, shown, canon, a1, d1, tgt, a2, d2, rem in T1:
    ws[f"A{r}"] = no
    ws[f"B{r}"] = shown
    ws.merge_cells(f"B{r}:C{r}")
    answer(r, a1, d1, tgt, a2, d2, rem)
    style_row(r)
    e = {"section": sec, "item": canon, "itemNo": no, "firstAnswer": a1, "firstDate": d1.isoformat()}
    if tgt:
        e["targetDate"] = tgt.isoformat()
    if a2:
        e["secondAnswer"] = a2
        e["secondDate"] = d2.isoformat()
    if rem:
        e["remarks"] = rem
    cells[len(entries)] = r
    entries.append(e)
    r += 1

r += 1
ws[f"A{r}"] = "■ 機器別の確認項目（該当機器がない場合は備考に「該当なし」と記入）"
ws[f"A{r}"].font = Font(bold=True)
r += 1
header(r, "区分", "確認項目")
r += 2
for sec, item, a1, d1, tgt, a2, d2, rem in T2:
    ws[f"A{r}"] = sec
    ws[f"B{r}"] = item
    ws.merge_cells(f"B{r}:C{r}")
    answer(r, a1, d1, tgt, a2, d2, rem)
    style_row(r)
    e = {"section": sec, "item": item, "firstAnswer": a1, "firstDate": d1.isoformat()}
    if tgt:
        e["targetDate"] = tgt.isoformat()
    if a2:
        e["secondAnswer"] = a2
        e["secondDate"] = d2.isoformat()
    if rem:
        e["remarks"] = rem
    cells[len(entries)] = r
    entries.append(e)
    r += 1

ws.freeze_panes = "A5"
ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 0

os.makedirs(TMP, exist_ok=True)
src = os.path.join(TMP, NAME + ".xlsx")
wb.save(src)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, src],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.rmtree(TMP)

# planted problems
i_22 = 2      # 2-(2)
i_srv_patch = len(T1) + 3
i_nw_src = len(T1) + 10
planted = [
    {"cells": [f"{SHEET}!G{cells[i_22]}"], "paths": [f"entries[{i_22}].targetDate"],
     "why": "1回目が「いいえ」なのに目標日が未記入（いいえの場合は対応目標日の記入が必要）"},
    {"cells": [f"{SHEET}!J{cells[i_srv_patch]}", f"{SHEET}!F{cells[i_srv_patch]}"],
     "paths": [f"entries[{i_srv_patch}].secondDate"],
     "why": "2回目の確認日 2024/10/1 が1回目の確認日 2024/11/6 より前（2回目の日付は1回目以降でなければならない）"},
    {"cells": [f"{SHEET}!G{cells[i_nw_src]}"], "paths": [f"entries[{i_nw_src}].targetDate"],
     "why": "目標日 2025/5/30 が令和6年度（2025/3/31まで）を超えている"},
]
assert entries[i_22]["itemNo"] == "2-(2)"
assert entries[i_srv_patch]["section"] == "サーバ" and entries[i_srv_patch]["item"] == S_PAT
assert entries[i_nw_src]["item"] == S_SRC

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
        "Re-saved by LibreOffice. Sheet 記入要領 is instructions only. On sheet チェックリスト there are two tables: "
        "■共通項目 (No. 1-(1)…3-(2); the section is not shown per row, it follows from the number: 1=体制構築, "
        "2=医療情報システムの管理・運用, 3=インシデント発生に備えた対応) and below it ■機器別の確認項目 with a 区分 "
        "column (サーバ/端末PC/ネットワーク機器) and no item numbers (itemNo omitted). Answers are a ✓ in the はい or "
        "いいえ column of each round; dates are Excel date cells. Row 9 is a grey, correctly labelled 記入例 row and must "
        "be ignored. Entries are in sheet order: table 1 then table 2. The vendor-side wording of 2-(1), 2-(2), 3-(1), "
        "3-(2) is this drawer's reconstruction (only 1-(1) and 2-(3) are worded in the seeds/catalogue)."
    ),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok", cells)
