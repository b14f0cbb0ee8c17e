#!/usr/bin/python3
# clm-w11-b: the same Okayama 最低限の措置編 checklist, re-drawn by a hospital's office clerk in LibreOffice:
# はい / いいえ split into two columns per check and marked with ○; 確認日 as real date cells, 目標日 typed as
# 和暦 text (R7.1.31 style); item texts shortened with notes in brackets; numbered items 1-1 … 3-2;
# a correctly labelled 記入例 row above the data; a 記入要領 sheet in front. Re-saved by LibreOffice.
# Three planted problems (see expected.json).
import json, os, shutil, subprocess, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = "/work/blind/wave11/checklist-minimum"
NAME = "clm-w11-b-marks-example-libre"
BUILD = os.path.join(OUT, "_build_clm_b")

thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)
hdr = PatternFill("solid", fgColor="DDEBF7"); ex = PatternFill("solid", fgColor="FFF2CC")
D = dt.datetime

H = {
    "1": "パスワードを強固なものに変更し、使い回しをしない",
    "2": "IoT 機器を含む情報資産の通信制御を確認する",
    "3": "ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する",
}
FULL = {
    "1-1": "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
    "1-2": "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
    "1-3": "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
    "2-1": "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
    "2-2": "ネットワーク接続点へのアクセス制御を適切に実施している。",
    "2-3": "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
    "3-1": "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
    "3-2": "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
}
SHORT = {
    "1-1": "VPN装置等のID・パスワードを強固に設定している\n（システム運用担当者）",
    "1-2": "複数の機器・外部サービスで同一パスワードを設定していない",
    "1-3": "類推されやすいパスワードを使わないよう全利用者に周知している\n（利用者認証用パスワード）",
    "2-1": "すべてのネットワーク接続点を関係事業者と確認している\n（閉域網と認識されているNWの接続点の有無を含む）",
    "2-2": "ネットワーク接続点へのアクセス制御を適切に実施している",
    "2-3": "各種システム・通信制御機器のログを記録・保存し、定期的にチェックしている\n（不正利用がないことの確認）",
    "3-1": "全ネットワーク機器のバージョンアップ・パッチ・ファームウェア更新の頻度を事業者と確認している",
    "3-2": "セキュリティ対策ソフトの稼働状況を確認している\n（最新の定義ファイル適用等）",
}
# no: (first 'はい'|'いいえ'|None, firstDate, target text, target iso, second, secondDate, remarks)
ROWS = [
    ("1-1", "はい", D(2024, 11, 5), None, None, None, None, None),
    ("1-2", "いいえ", D(2024, 11, 5), "R6.12.27", "2024-12-27", "はい", D(2024, 12, 24), "電子カルテ・レセコン・VPNの管理者PWを個別化した"),
    ("1-3", "はい", D(2024, 11, 5), None, None, None, None, "年1回の情報セキュリティ研修で周知"),
    ("2-1", "いいえ", D(2024, 11, 6), None, None, None, None, "保守事業者（2社）に接続点の洗い出しを依頼中"),
    ("2-2", "はい", D(2024, 11, 6), None, None, None, None, None),
    ("2-3", "いいえ", D(2024, 11, 6), "R7.2.28", "2025-02-28", "はい", D(2024, 11, 1), "ログ確認を月1回に設定"),
    ("3-1", "はい", D(2024, 11, 6), None, None, None, None, None),
    ("3-2", "はい", None, None, None, None, None, "ウイルス対策ソフト管理画面で全端末の定義ファイル更新を確認"),
]
FACILITY = "医療法人 晴風会 きびの森病院"

wb = Workbook()
ins = wb.active; ins.title = "記入要領"
ins.column_dimensions["A"].width = 100
lines = [
    "【記入要領】チェックリスト（最低限の措置編）",
    "",
    "1. 「チェックリスト」シートの各項目について、1回目の確認結果を「はい」「いいえ」のどちらかの欄に○を付けてください。",
    "2. 確認日は日付（例：2024/10/1）で入力してください。",
    "3. 1回目が「いいえ」の場合は、実施可能な直近の対応目標日を必ず記入してください（例：R7.1.31）。",
    "4. 目標日までに対応した項目は、2回目の確認結果と確認日を記入してください。",
    "5. 黄色の行は記入例です。削除せずそのまま提出して構いません（記入例は確認の対象外です）。",
    "6. 原本（岡山県様式）の項目を短縮して表示しています。内容は原本のとおりです。",
]
for i, t in enumerate(lines, 1):
    ins.cell(i, 1, t)
ins["A1"].font = Font(bold=True, size=13)

ws = wb.create_sheet("チェックリスト")
widths = dict(A=6, B=50, C=6, D=6, E=12, F=11, G=6, H=6, I=12, J=30)
for k, v in widths.items():
    ws.column_dimensions[k].width = v
ws.merge_cells("A1:J1")
ws["A1"] = "サイバー攻撃リスク低減のための最低限の措置　チェックリスト（医療機関確認用）"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "医療機関名"; ws["A2"].font = Font(bold=True)
ws.merge_cells("A2:B2")
ws.merge_cells("C2:I2")
ws["C2"] = FACILITY
ws["C2"].font = Font(size=12)
for c in ("C2",):
    ws[c].border = Border(bottom=thin)

# two-row header
def h(rng, text):
    ws.merge_cells(rng)
    cell = ws[rng.split(":")[0]]
    cell.value = text
    for row in ws[rng]:
        for x in row:
            x.border = box; x.fill = hdr; x.alignment = center; x.font = Font(bold=True)
h("A4:A5", "No."); h("B4:B5", "チェック項目"); h("C4:E4", "1回目"); h("F4:F5", "目標日\n（1回目いいえの場合）")
h("G4:I4", "2回目"); h("J4:J5", "備考")
for col, t in zip("CDEGHI", ["はい", "いいえ", "確認日", "はい", "いいえ", "確認日"]):
    h(f"{col}5:{col}5", t)

DATEFMT = "yyyy/m/d"
# 記入例 row (correctly labelled; must be ignored)
r = 6
vals = ["記入例", "（例）院内の全ルータの管理者パスワードを変更している", None, "○", D(2024, 10, 1), "R6.10.31",
        "○", None, D(2024, 10, 25), "（例）10/25 変更完了"]
for i, v in enumerate(vals):
    cell = ws.cell(r, i + 1, v)
    cell.fill = ex; cell.border = box; cell.font = Font(italic=True, color="7F7F7F")
    cell.alignment = wrap if i in (1, 9) else center
    if isinstance(v, dt.datetime): cell.number_format = DATEFMT

r = 7
entries = []
cur = None
for (no, a1, d1, tgt, tgt_iso, a2, d2, rem) in ROWS:
    sec = no.split("-")[0]
    if sec != cur:
        ws.merge_cells(f"A{r}:J{r}")
        ws[f"A{r}"] = f"{sec}　{H[sec]}"
        ws[f"A{r}"].font = Font(bold=True)
        for x in ws[f"A{r}:J{r}"][0]:
            x.border = box; x.fill = PatternFill("solid", fgColor="F2F2F2")
        r += 1; cur = sec
    row = [no, SHORT[no],
           "○" if a1 == "はい" else None, "○" if a1 == "いいえ" else None, d1, tgt,
           "○" if a2 == "はい" else None, "○" if a2 == "いいえ" else None, d2, rem]
    for i, v in enumerate(row):
        cell = ws.cell(r, i + 1, v)
        cell.border = box
        cell.alignment = wrap if i in (1, 9) else center
        if isinstance(v, dt.datetime): cell.number_format = DATEFMT
    ws.row_dimensions[r].height = 36
    e = dict(section=H[sec], item=FULL[no], itemNo=no)
    if a1: e["firstAnswer"] = a1
    if d1: e["firstDate"] = d1.strftime("%Y-%m-%d")
    if tgt_iso: e["targetDate"] = tgt_iso
    if a2: e["secondAnswer"] = a2
    if d2: e["secondDate"] = d2.strftime("%Y-%m-%d")
    if rem: e["remarks"] = rem
    entries.append(e)
    r += 1
ws.freeze_panes = "C6"
ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 1; ws.page_setup.fitToWidth = 1
wb.active = 1

os.makedirs(BUILD, exist_ok=True)
src = os.path.join(BUILD, NAME + ".xlsx")
wb.save(src)
subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_profile_clm_w11_b", "--headless",
                "--convert-to", "xlsx", "--outdir", OUT, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.rmtree(BUILD)

# row numbers of the data rows in the sheet (for planted cells): 7 heading, 8-10, 11 heading, 12-14, 15 heading, 16-17
S = "チェックリスト"
planted = [
    {"cells": [f"{S}!F12"], "paths": ["entries[3].targetDate"],
     "why": "1回目が「いいえ」(2-1, 確認日 2024/11/6) なのに対応目標日が空欄（いいえの場合は目標日の記入が必要）"},
    {"cells": [f"{S}!I14", f"{S}!E14"], "paths": ["entries[5].secondDate"],
     "why": "2回目の確認日 2024/11/1 が1回目の確認日 2024/11/6 より前（2回目は1回目以降でなければならない）"},
    {"cells": [f"{S}!E17"], "paths": ["entries[7].firstDate"],
     "why": "3-2 は1回目「はい」に○があるが確認日が空欄（全項目に1回目の回答と確認日が必要）"},
]
expected = {
    "form": "checklist-minimum",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FACILITY, "entries": entries},
    "planted": planted,
    "notes": ("Hospital-made variant: はい/いいえ are two columns per check, the answer is the column holding ○. "
              "Row 6 is a correctly labelled 記入例 (yellow, A6='記入例') and is not data. 確認日 are real date cells; "
              "目標日 typed as 和暦 text 'R6.12.27' / 'R7.2.28'. Item texts in the sheet are shortened with notes in "
              "brackets; 'item' gives the full seed wording. itemNo is the workbook's own numbering 1-1 … 3-2. "
              "section = heading text without its number. Re-saved by LibreOffice. The 記入要領 sheet comes first; "
              "the checklist is the second sheet."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok")
