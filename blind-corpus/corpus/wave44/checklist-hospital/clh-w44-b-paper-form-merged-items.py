#!/usr/bin/python3
# Generator: checklist-hospital (R6), workbook b (2 planted problems).
# Paper-style form: each answer cell holds the printed 「はい・いいえ（　/　）」 and the filler deletes one option and
# writes a year-less date; device-class items are grouped by item with the item text merged over its device rows.
# Run: PYTHONPATH=/tmp/blind-clmclh-lib /usr/bin/python3 THIS.py
import json, os, re
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clh-w44-b-paper-form-merged-items"
SHEET = "チェックリスト"
FACILITY = "医療法人 白砂会 白浜記念病院"
BLANK_ANS = "はい・いいえ\n(　/　)"
BLANK_DATE = "(　/　)"

S1 = "体制構築"; S2 = "医療情報システムの管理・運用"; S3 = "インシデント発生に備えた対応"
ACC = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
DEL = "退職者や使用していないアカウント等、不要なアカウントを削除している"
LOG = "アクセスログを管理している"
PAT = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
BGS = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
SRC = "接続元制限を実施している"

FW = str.maketrans("０１２３４５６７８９（）／", "0123456789()/")
def parse(cell_text):
    """'はい\n(7/10)' -> ('はい', '2024-07-10'); year-less: Apr-Dec 2024, Jan-Mar 2025."""
    if cell_text is None or cell_text in (BLANK_ANS, BLANK_DATE):
        return None, None
    t = cell_text.translate(FW)
    ans = "いいえ" if "いいえ" in t else ("はい" if "はい" in t else None)
    m = re.search(r"(\d{1,2})\s*/\s*(\d{1,2})", t)
    iso = None
    if m:
        mo, d = int(m.group(1)), int(m.group(2))
        iso = "%04d-%02d-%02d" % (2024 if mo >= 4 else 2025, mo, d)
    return ans, iso

# groups: (itemNo, section-or-None, item, [(device, first, target, second, remarks), ...])
# for non-device items the device column shows "－"
groups = [
    ("前提", "前提", "医療情報システムを導入、運用している", [(None, "はい\n(7/10)", BLANK_DATE, BLANK_ANS, None)]),
    ("1-(1)", S1, "医療情報システム安全管理責任者を設置している", [(None, "はい\n(7/10)", BLANK_DATE, BLANK_ANS, None)]),
    ("2-(1)", S2, "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", [(None, "はい\n(7/10)", BLANK_DATE, BLANK_ANS, "機器台帳（Excel）で管理")]),
    # planted: いいえ but 目標日 left as the printed blank
    ("2-(2)", S2, "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", [(None, "いいえ\n(7/10)", BLANK_DATE, BLANK_ANS, "事業者へ照会中")]),
    ("2-(3)", S2, "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう", [(None, "はい\n(7/10)", BLANK_DATE, BLANK_ANS, None)]),
    (None, None, ACC, [("サーバ", "はい\n(7/10)", BLANK_DATE, BLANK_ANS, None),
                       ("端末PC", "はい\n(7/10)", BLANK_DATE, BLANK_ANS, None)]),
    (None, None, DEL, [("サーバ", "はい\n(7/10)", BLANK_DATE, BLANK_ANS, None),
                       ("端末PC", "いいえ\n(7/10)", "(9/30)", "はい\n(9/27)", "退職者アカウント12件削除")]),
    (None, None, LOG, [("サーバ", "はい　(7/11)", BLANK_DATE, BLANK_ANS, None)]),
    (None, None, PAT, [("サーバ", "はい\n(7/11)", BLANK_DATE, BLANK_ANS, None),
                       ("端末PC", "はい\n（７/１１）", BLANK_DATE, BLANK_ANS, "WSUSで配信"),
                       ("ネットワーク機器", "いいえ\n(7/11)", "(11/30)", "はい\n(11/22)", "ルータのファームウェア更新（保守業者）")]),
    (None, None, BGS, [("サーバ", "はい\n(7/11)", BLANK_DATE, BLANK_ANS, None),
                       ("端末PC", "はい\n(7/11)", BLANK_DATE, BLANK_ANS, None)]),
    (None, None, SRC, [("ネットワーク機器", "はい\n(7/11)", BLANK_DATE, BLANK_ANS, None)]),
    ("3-(1)", S3, "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある", [(None, "はい\n(7/11)", BLANK_DATE, BLANK_ANS, None)]),
    # planted: 2回目 date (6/28) is before the 1回目 date (7/11)
    ("3-(2)", S3, "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
     [(None, "いいえ\n(7/11)", "(9/30)", "はい\n(6/28)", "復旧手順書を事業者と作成")]),
    ("3-(3)", S3, "サイバー攻撃を想定した事業継続計画（BCP）を策定している", [(None, "いいえ\n(7/11)", "(2/28)", BLANK_ANS, "策定中")]),
]

wb = Workbook()
ws = wb.active
ws.title = SHEET
thin = Side(style="thin")
border = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(wrap_text=True, vertical="center")
for c, w in {"A": 7, "B": 50, "C": 15, "D": 13, "E": 10, "F": 13, "G": 26}.items():
    ws.column_dimensions[c].width = w

ws["G1"] = "令和6年度版"; ws["G1"].alignment = Alignment(horizontal="right")
ws.merge_cells("A2:G2")
ws["A2"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
ws["A2"].font = Font(size=14, bold=True); ws["A2"].alignment = Alignment(horizontal="center")
ws.merge_cells("A3:G3"); ws["A3"] = "医療機関確認用"; ws["A3"].alignment = Alignment(horizontal="center")
ws["A5"] = "医療機関名"; ws.merge_cells("A5:B5")
ws["C5"] = FACILITY + " "   # trailing space as typed
ws.merge_cells("C5:F5")
for c in "CDEF":
    ws[f"{c}5"].border = Border(bottom=thin)
ws.merge_cells("A6:G6")
ws["A6"] = "※ 前提が「いいえ」の場合、以降の記入は不要。「はい・いいえ」のどちらかを残し、（　/　）に確認日を記入。1回目「いいえ」の場合は目標日を記入。"
ws["A6"].font = Font(size=9)

hr1, hr2 = 8, 9
ws.merge_cells(f"A{hr1}:A{hr2}"); ws[f"A{hr1}"] = "項番"
ws.merge_cells(f"B{hr1}:B{hr2}"); ws[f"B{hr1}"] = "チェック項目"
ws.merge_cells(f"C{hr1}:C{hr2}"); ws[f"C{hr1}"] = "対象"
ws.merge_cells(f"D{hr1}:F{hr1}"); ws[f"D{hr1}"] = "確認結果（日付）"
ws.merge_cells(f"G{hr1}:G{hr2}"); ws[f"G{hr1}"] = "備考"
for c, t in zip("DEF", ["1回目", "目標日", "2回目"]):
    ws[f"{c}{hr2}"] = t
for r in (hr1, hr2):
    for c in "ABCDEFG":
        cell = ws[f"{c}{r}"]
        cell.border = border; cell.alignment = center; cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E2EFDA")

entries = []
cell_of = {}
r = hr2 + 1
HEADINGS = {"1-(1)": "1. " + S1, "2-(1)": "2. " + S2, "3-(1)": "3. " + S3}
for no, sec, item, devs in groups:
    if no in HEADINGS:
        ws.merge_cells(f"A{r}:G{r}")
        ws[f"A{r}"] = HEADINGS[no]
        ws[f"A{r}"].font = Font(bold=True)
        for c in "ABCDEFG":
            ws[f"{c}{r}"].border = border
        r += 1
    top = r
    ws[f"A{r}"] = no
    ws[f"B{r}"] = item
    for dev, a1, tg, a2, rem in devs:
        ws[f"C{r}"] = dev if dev else "－"
        ws[f"D{r}"] = a1; ws[f"E{r}"] = tg; ws[f"F{r}"] = a2; ws[f"G{r}"] = rem
        for c in "ABCDEFG":
            ws[f"{c}{r}"].border = border
            ws[f"{c}{r}"].alignment = wrap if c in "BG" else center
        ws.row_dimensions[r].height = 34
        fa, fd = parse(a1); _, td = parse(tg); sa, sd = parse(a2)
        e = {"section": dev if dev else sec, "item": item}
        if no and no != "前提": e["itemNo"] = no
        e["firstAnswer"] = fa
        if fd: e["firstDate"] = fd
        if td: e["targetDate"] = td
        if sa: e["secondAnswer"] = sa
        if sd: e["secondDate"] = sd
        if rem: e["remarks"] = rem
        cell_of[(no, item, dev)] = (len(entries), r)
        entries.append(e)
        r += 1
    if r - top > 1:
        ws.merge_cells(f"A{top}:A{r-1}")
        ws.merge_cells(f"B{top}:B{r-1}")

ws[f"B{r+1}"] = "記入者：総務課　"
ws.print_title_rows = f"{hr1}:{hr2}"
ws.page_setup.orientation = "portrait"; ws.page_setup.fitToWidth = 1

out = os.path.join(HERE, NAME + ".xlsx")
wb.save(out)

i22, r22 = cell_of[("2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", None)]
i32, r32 = [v for k, v in cell_of.items() if k[0] == "3-(2)"][0]
exp = {
    "form": "checklist-hospital",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FACILITY, "entries": entries},
    "planted": [
        {"cells": [f"{SHEET}!E{r22}"], "paths": [f"entries[{i22}].targetDate"],
         "why": "2-(2) 1回目 いいえ but 目標日 left as the printed blank （　/　）; いいえ requires a 目標日"},
        {"cells": [f"{SHEET}!F{r32}", f"{SHEET}!D{r32}"], "paths": [f"entries[{i32}].secondDate"],
         "why": "3-(2) 2回目 date 6/28 (2024-06-28) is before the 1回目 date 7/11 (2024-07-11); 2回目 must not precede 1回目 (probably meant 9/28)"},
    ],
    "notes": "Each answer cell is the printed 'はい・いいえ\\n(　/　)' with one option deleted and a year-less date written in (R6 form: Apr–Dec = 2024, Jan–Mar = 2025); "
             "untouched cells still hold the printed template text and mean 'not answered'. One 1回目 cell uses a full-width space, one full-width digits （７/１１）. "
             "Device-class items are grouped by item (item text merged over its サーバ/端末PC/ネットワーク機器 rows, device class in column C, no 項番). "
             "前提 is shown in the 項番 column as '前提' (not an itemNo). Section of numbered items = heading name (体制構築 / 医療情報システムの管理・運用 / "
             "インシデント発生に備えた対応), printed as heading rows '1. 体制構築' etc. (number not part of the section). Facility name typed with a trailing half-width space.",
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("wrote", out)
