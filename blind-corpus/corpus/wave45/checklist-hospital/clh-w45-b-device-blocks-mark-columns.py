#!/usr/bin/python3
# Generator for clh-w45-b-device-blocks-mark-columns.xlsx
# Role: a prefecture 保健所 hands out its own simplified version of the R6 医療機関確認用 checklist:
# 記入要領 sheet, answers by putting ○ in a はい or いいえ column, device classes as separate blocks
# (【サーバ】【端末PC】【ネットワーク機器】), item numbers written inside the item text, hidden 選択肢 sheet.
# Filled by a busy 事務長: dates typed as text in abbreviated 和暦 (R6.10.8).
import sys, os, json
sys.path.insert(0, "/tmp/clx_py")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "clh-w45-b-device-blocks-mark-columns.xlsx")
SHEET = "チェックリスト"
wb = Workbook()
g = wb.active
g.title = "記入要領"
g.column_dimensions["A"].width = 96
for i, t in enumerate([
    "記入要領（サイバーセキュリティ対策チェックリスト　医療機関確認用）",
    "",
    "・「チェックリスト」シートの各項目について、該当する欄（はい／いいえ）に「○」を入力してください。",
    "・確認日は「R6.10.1」のように記入してください。",
    "・1回目が「いいえ」の項目は、対応の目標日（令和7年3月31日まで）を記入してください。",
    "・目標日までに対応が完了したら、2回目の欄に記入してください。",
    "・前提が「いいえ」（医療情報システムを導入していない）の場合は、以降の記入は不要です。",
    "・立入検査の際に保健所へ提出してください。",
], 1):
    g.cell(row=i, column=1, value=t)
g["A1"].font = Font(bold=True, size=12)

ws = wb.create_sheet(SHEET)
opt = wb.create_sheet("選択肢")
opt["A1"] = "○"
opt.sheet_state = "hidden"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
hfill = PatternFill("solid", fgColor="FCE4D6")
sfill = PatternFill("solid", fgColor="EDEDED")
for k, v in {"A": 56, "B": 6, "C": 6, "D": 11, "E": 11, "F": 6, "G": 6, "H": 11, "I": 30}.items():
    ws.column_dimensions[k].width = v

ws["A1"] = "サイバーセキュリティ対策チェックリスト（医療機関確認用）令和6年度"
ws["A1"].font = Font(bold=True, size=13)
ws["A3"] = "医療機関名：医療法人 松風会 松風台病院"
ws["A3"].font = Font(size=11)

def head(rng, text):
    ws.merge_cells(rng)
    c = ws[rng.split(":")[0]]
    c.value = text; c.alignment = center; c.font = Font(bold=True); c.fill = hfill
for rng, t in (("A5:A6", "確認項目"), ("B5:D5", "1回目"), ("E5:E6", "目標日"), ("F5:H5", "2回目"), ("I5:I6", "備考")):
    head(rng, t)
for c, t in (("B6", "はい"), ("C6", "いいえ"), ("D6", "確認日"), ("F6", "はい"), ("G6", "いいえ"), ("H6", "確認日")):
    ws[c] = t; ws[c].alignment = center; ws[c].font = Font(bold=True); ws[c].fill = hfill
for r in (5, 6):
    for col in "ABCDEFGHI":
        ws[f"{col}{r}"].border = box

# canonical item texts (for expected.json) and what the sheet shows
FULL = {
    "pre": "医療情報システムを導入、運用している",
    "1-1": "医療情報システム安全管理責任者を設置している",
    "2-1": "サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
    "2-2": "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した",
    "2-3": "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
    "perm": "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
    "acct": "退職者や使用していないアカウント等、不要なアカウントを削除している",
    "log": "アクセスログを管理している",
    "pw": "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している",
    "patch": "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
    "svc": "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
    "src": "接続元制限を実施している",
    "3-1": "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
    "3-2": "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
    "3-3": "サイバー攻撃を想定した事業継続計画（BCP）を策定している",
}
SHOWN = {
    "pre": "前提　医療情報システムを導入、運用している\n（「いいえ」の場合は以下記入不要）",
    "1-1": "1-(1) 医療情報システム安全管理責任者を設置している",
    "2-1": "2-(1) サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
    "2-2": "2-(2) リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した",
    "2-3": "2-(3) 事業者から医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
    "perm": "・職種・担当業務別の情報区分毎にアクセス利用権限を設定している",
    "acct": "・退職者や使用していないアカウント等、不要なアカウントを削除している",
    "log": "・アクセスログを管理している",
    "pw": "・パスワードは英数字・記号混在の8文字以上とし、定期的に変更している",
    "patch": "・セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
    "svc": "・バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
    "src": "・接続元制限を実施している",
    "3-1": "3-(1) インシデント発生時の組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
    "3-2": "3-(2) インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
    "3-3": "3-(3) サイバー攻撃を想定した事業継続計画（BCP）を策定している",
}
NO = {"1-1": "1-(1)", "2-1": "2-(1)", "2-2": "2-(2)", "2-3": "2-(3)", "3-1": "3-(1)", "3-2": "3-(2)", "3-3": "3-(3)"}
DATE = {"R6.10.8": "2024-10-08", "R6.10.10": "2024-10-10", "R6.12.27": "2024-12-27", "R6.12.25": "2024-12-25",
        "R7.3.31": "2025-03-31", "R7.1.31": "2025-01-31", "R7.1.30": "2025-01-30", "R7.6.30": "2025-06-30"}

# ("S", shown heading, section) / ("I", key, a1, date1, target, a2, date2, remarks)
d = "R6.10.8"
rows = [
    ("I", "pre", "はい", d, None, None, None, None),
    ("S", "１．体制構築", "体制構築"),
    ("I", "1-1", "はい", d, None, None, None, None),
    ("S", "２．医療情報システムの管理・運用", "医療情報システムの管理・運用"),
    ("I", "2-1", "はい", d, None, None, None, "機器管理台帳（R6.9更新）"),
    # PLANTED: answered but 1回目 確認日 left blank
    ("I", "2-2", "はい", None, None, None, None, "保守業者3社へ照会済"),
    ("I", "2-3", "はい", d, None, None, None, None),
    ("S", "　【サーバ】", "サーバ"),
    ("I", "perm", "はい", d, None, None, None, None),
    ("I", "acct", "はい", d, None, None, None, None),
    ("I", "log", "いいえ", d, "R6.12.27", "はい", "R6.12.25", "ログ収集サーバを導入"),
    ("I", "pw", "はい", d, None, None, None, None),
    ("I", "patch", "はい", d, None, None, None, None),
    ("I", "svc", "はい", d, None, None, None, None),
    ("S", "　【端末PC】", "端末PC"),
    ("I", "perm", "はい", d, None, None, None, None),
    ("I", "acct", "はい", d, None, None, None, None),
    ("I", "pw", "いいえ", d, "R7.3.31", None, None, "ドメインのパスワードポリシー変更予定"),
    ("I", "patch", "はい", d, None, None, None, None),
    ("I", "svc", "いいえ", d, "R7.1.31", "はい", "R7.1.30", None),
    ("S", "　【ネットワーク機器】", "ネットワーク機器"),
    ("I", "pw", "はい", d, None, None, None, None),
    ("I", "patch", "はい", d, None, None, None, None),
    # PLANTED: 目標日 R7.6.30 is after the end of the fiscal year (R7.3.31)
    ("I", "src", "いいえ", d, "R7.6.30", None, None, "UTM更新に合わせて設定"),
    ("S", "３．インシデント発生に備えた対応", "インシデント発生に備えた対応"),
    ("I", "3-1", "はい", "R6.10.10", None, None, None, None),
    ("I", "3-2", "はい", "R6.10.10", None, None, None, None),
    ("I", "3-3", "いいえ", "R6.10.10", "R7.3.31", None, None, "「BCP策定の確認表」を用いて作成中"),
]

dv = DataValidation(type="list", formula1="=選択肢!$A$1", allow_blank=True)
ws.add_data_validation(dv)
r = 7
cur = None
entries, cellmap = [], []
for row in rows:
    if row[0] == "S":
        ws.merge_cells(f"A{r}:I{r}")
        ws[f"A{r}"] = row[1]; ws[f"A{r}"].font = Font(bold=True); ws[f"A{r}"].fill = sfill
        for col in "ABCDEFGHI":
            ws[f"{col}{r}"].border = box
        cur = row[2]
        r += 1
        continue
    _, key, a1, t1, tg, a2, t2, rem = row
    ws[f"A{r}"] = SHOWN[key]
    ws[f"A{r}"].alignment = wrap
    if a1 == "はい": ws[f"B{r}"] = "○"
    if a1 == "いいえ": ws[f"C{r}"] = "○"
    ws[f"D{r}"] = t1
    ws[f"E{r}"] = tg
    if a2 == "はい": ws[f"F{r}"] = "○"
    if a2 == "いいえ": ws[f"G{r}"] = "○"
    ws[f"H{r}"] = t2
    ws[f"I{r}"] = rem
    for col in "BCDEFGH":
        ws[f"{col}{r}"].alignment = center
    ws[f"I{r}"].alignment = wrap
    for col in "ABCDEFGHI":
        ws[f"{col}{r}"].border = box
    ws.row_dimensions[r].height = 32
    for col in "BCFG":
        dv.add(f"{col}{r}")
    e = {"section": "前提" if key == "pre" else cur, "item": FULL[key]}
    if key in NO: e["itemNo"] = NO[key]
    e["firstAnswer"] = a1
    if t1: e["firstDate"] = DATE[t1]
    if tg: e["targetDate"] = DATE[tg]
    if a2: e["secondAnswer"] = a2
    if t2: e["secondDate"] = DATE[t2]
    if rem: e["remarks"] = rem
    entries.append(e)
    cellmap.append(r)
    r += 1

ws.freeze_panes = "B7"
ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
wb.active = 1
wb.save(OUT)
print("saved", OUT)

i_22 = [i for i, e in enumerate(entries) if e.get("itemNo") == "2-(2)"][0]
i_src = [i for i, e in enumerate(entries) if e["item"] == FULL["src"]][0]
exp = {
    "form": "checklist-hospital", "version": "R6", "file": os.path.basename(OUT),
    "values": {"facilityName": "医療法人 松風会 松風台病院", "entries": entries},
    "planted": [
        {"cells": [f"{SHEET}!D{cellmap[i_22]}"], "paths": [f"entries[{i_22}].firstDate"],
         "why": "2-(2) has a 1回目 answer (○ in はい) but no 1回目 確認日 (every item needs a 1回目 answer and date)"},
        {"cells": [f"{SHEET}!E{cellmap[i_src]}"], "paths": [f"entries[{i_src}].targetDate"],
         "why": "ネットワーク機器 接続元制限 いいえ with 目標日 R7.6.30 (2025-06-30), outside the form's fiscal year (R6 ends 2025-03-31)"},
    ],
    "notes": ("Sheet チェックリスト; 記入要領 is instructions; hidden sheet 選択肢 only feeds the ○ dropdown. "
              "Answers are a ○ in the はい or いいえ column (1回目 B/C, 2回目 F/G). 医療機関名 is label and value in one cell (A3, "
              "'医療機関名：…'). Dates are text in abbreviated 和暦 (R6.10.8 = 2024-10-08, R7.1.30 = 2025-01-30). "
              "Item numbers are written at the start of the item text ('1-(1) …'); device-class items are shown with a '・' "
              "and slightly shortened wording under 【サーバ】/【端末PC】/【ネットワーク機器】 block rows; item gives the "
              "catalogue wording and section the block (device class) or heading text without its number. 前提 row text "
              "carries a bracketed note on a second line. Password item placed under all three device classes, log item "
              "under サーバ only (as the seed article lists)."),
}
json.dump(exp, open(OUT.replace(".xlsx", ".expected.json"), "w"), ensure_ascii=False, indent=2)
print("expected written,", len(entries), "entries; planted rows", cellmap[i_22], cellmap[i_src])
