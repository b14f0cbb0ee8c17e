#!/usr/bin/python3
"""clh-w4-b-device-columns: 医療機関確認用チェックリスト 令和7年度版, a small hospital's 事務長 keeps it on ONE sheet:
table 1 = general items (no numbers, abbreviated, own order), table 2 = device items with サーバ / 端末PC /
ネットワーク機器 as column groups. Every check is one cell 'はい (6/2)' (answer + year-less date).
Planted: a 1回目 answer without its date; a 2回目 date before the 1回目 date."""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

NAME = "clh-w4-b-device-columns"
OUT = os.path.dirname(os.path.abspath(__file__))
SHEET = "R7チェック"
FACILITY = "医療法人さくら会 桜川病院"

PRE = "医療情報システムを導入、運用している"
H11 = "医療情報システム安全管理責任者を設置している"
H12 = "医療情報システムの運用管理規程を策定している"          # R7 addition (wording unverified)
H21 = "サーバ、端末PC、ネットワーク機器の台帳管理を行っている"
H22 = "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した"
H23 = "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう"
H31 = "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある"
H32 = "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している"
H33 = "サイバー攻撃を想定した事業継続計画（BCP）を策定している"
ACL = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
ACC = "退職者や使用していないアカウント等、不要なアカウントを削除している"
LOG = "アクセスログを管理している"
PWL = "パスワードは英数字、記号が混在した13文字以上の推測困難なものとしている"   # R7 (unverified)
PWR = "同一のパスワードを複数の機器やサービスで使い回していない"              # R7 (unverified)
TFA = "二要素認証を導入している（令和9年度までに対応）"                        # R7 (unverified)
PATCH = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
BG = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
USB = "USBストレージ等の外部記録媒体や外部機器の接続を制限している"             # R7 (unverified)
SRC = "接続元制限を実施している"

SEC = {"前提": "前提", "体制": "体制構築", "全般": "医療情報システム全般", "インシデント": "インシデント発生に備えた対応"}

# table 1: (区分 shown, shown text, canonical, first cell, target cell, second cell, remarks)
# dates year-less: month>=4 -> 2025, Jan-Mar -> 2026
T1 = [
    ("前提", "医療情報システム導入・運用あり", PRE, "はい (6/2)", None, None, None),
    ("体制", "安全管理責任者の設置", H11, "はい (6/2)", None, None, "事務長が兼務"),
    ("体制", "運用管理規程の策定", H12, "いいえ (6/2)", "(9/30)", "はい (9/26)", "ベンダーのひな形で作成"),
    ("全般", "機器台帳（サーバ・PC・NW機器）", H21, "はい (6/2)", None, None, None),
    ("全般", "MDS/SDSを事業者から受領", H23, "はい (6/2)", None, None, "電カル・レセコン分"),
    ("全般", "リモート保守利用機器の有無を業者に確認", H22, "はい (6/2)", None, None, None),
    ("インシデント", "BCP（サイバー攻撃想定）", H33, "はい (6/3)", None, None, None),
    ("インシデント", "連絡体制図（院内・業者・厚労省・警察）", H31, "はい (6/3)", None, None, None),
    ("インシデント", "バックアップ実施・復旧手順の確認", H32, "はい (6/3)", None, None, None),
]
NA = "－"
# table 2: (shown text, canonical, {class: (first, target, second)} or NA), remarks
T2 = [
    ("パッチ適用（FW・更新プログラム）", PATCH, {"サーバ": ("はい (6/3)", None, None), "端末PC": ("はい (6/3)", None, None),
                                            "ネットワーク機器": ("はい (6/3)", None, None)}, None),
    ("PW 13文字以上・英数記号混在", PWL, {"サーバ": ("はい (6/3)", None, None), "端末PC": ("はい (6/3)", None, None),
                                        "ネットワーク機器": ("いいえ (6/3)", "(7/31)", "はい (7/28)")}, "管理者用PWも含めて変更"),
    ("PW使い回しなし", PWR, {"サーバ": ("はい (6/3)", None, None), "端末PC": ("はい (6/3)", None, None),
                           "ネットワーク機器": ("はい (6/3)", None, None)}, None),
    ("二要素認証（R9年度まで）", TFA, {"サーバ": ("はい (6/3)", None, None), "端末PC": ("いいえ (6/3)", "(3/31)", None),
                                   "ネットワーク機器": NA}, "全端末はR9年度までに対応予定"),
    ("不要アカウント削除（退職者等）", ACC, {"サーバ": ("はい (6/3)", None, None), "端末PC": ("はい (6/3)", None, None),
                                        "ネットワーク機器": NA}, None),
    ("職種・業務別アクセス権限", ACL, {"サーバ": ("はい (6/3)", None, None), "端末PC": ("はい (6/3)", None, None),
                                   "ネットワーク機器": NA}, None),
    ("アクセスログ管理", LOG, {"サーバ": ("はい (6/3)", None, None), "端末PC": NA, "ネットワーク機器": NA}, None),
    # PLANTED: サーバ 2回目 date 5/30 is before the 1回目 date 6/3
    ("不要ソフト・サービス停止", BG, {"サーバ": ("いいえ (6/3)", "(8/29)", "はい (5/30)"), "端末PC": ("はい (6/3)", None, None),
                                   "ネットワーク機器": NA}, None),
    # PLANTED: 端末PC 1回目 answered without its date
    ("USB等外部媒体の接続制限", USB, {"サーバ": ("はい (6/3)", None, None), "端末PC": ("はい", None, None),
                                   "ネットワーク機器": NA}, None),
    ("接続元制限", SRC, {"サーバ": NA, "端末PC": NA, "ネットワーク機器": ("はい (6/3)", None, None)}, None),
]
CLASSES = ["サーバ", "端末PC", "ネットワーク機器"]

def parse(cell):
    """'はい (6/2)' -> ('はい', '2025-06-02'); '(9/30)' -> (None, date)"""
    if cell is None:
        return None, None
    ans, date = None, None
    t = cell.strip()
    if t.startswith("はい"):
        ans = "はい"
    elif t.startswith("いいえ"):
        ans = "いいえ"
    if "(" in t:
        m, d = t[t.index("(") + 1:t.index(")")].split("/")
        m, d = int(m), int(d)
        y = 2026 if m <= 3 else 2025
        date = f"{y:04d}-{m:02d}-{d:02d}"
    return ans, date

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
fill = PatternFill("solid", fgColor="FCE4D6")
grey = PatternFill("solid", fgColor="D9D9D9")
ctr = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = SHEET
ws["A1"] = "サイバーセキュリティ対策チェックリスト 令和7年度版（医療機関確認用）院内控え"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = f"医療機関名：{FACILITY}"
ws["F2"] = "確認日：R7.6.2"
ws["A3"] = "※記入は「はい (月/日)」「いいえ (月/日)」の形で。いいえは目標日を（月/日）で。該当しない欄は「－」"

entries = []
planted = []

# ---- table 1
r = 5
ws[f"A{r}"] = "■ 全般項目"
ws[f"A{r}"].font = Font(bold=True)
r += 1
for c, h in zip("ABCDEF", ["区分", "確認項目", "1回目", "目標日", "2回目", "備考"]):
    ws[f"{c}{r}"] = h; ws[f"{c}{r}"].fill = fill; ws[f"{c}{r}"].border = box; ws[f"{c}{r}"].alignment = ctr
r += 1
for kubun, shown, canon, c1, ct, c2, rem in T1:
    vals = [kubun, shown, c1, ct, c2, rem]
    for c, v in zip("ABCDEF", vals):
        if v is not None:
            ws[f"{c}{r}"] = v
        ws[f"{c}{r}"].border = box
    a1, d1 = parse(c1); _, tg = parse(ct); a2, d2 = parse(c2)
    e = {"section": SEC[kubun], "item": canon, "firstAnswer": a1}
    if d1: e["firstDate"] = d1
    if tg: e["targetDate"] = tg
    if a2: e["secondAnswer"] = a2
    if d2: e["secondDate"] = d2
    if rem: e["remarks"] = rem
    entries.append(e)
    r += 1

# ---- table 2 (second table on the same sheet)
r += 2
ws[f"A{r}"] = "■ 機器別項目（サーバ／端末PC／ネットワーク機器）"
ws[f"A{r}"].font = Font(bold=True)
r += 1
h1 = r; h2 = r + 1
ws.merge_cells(f"A{h1}:B{h2}"); ws[f"A{h1}"] = "確認項目"
cols = {"サーバ": "CDE", "端末PC": "FGH", "ネットワーク機器": "IJK"}
for cls, cc in cols.items():
    ws.merge_cells(f"{cc[0]}{h1}:{cc[2]}{h1}"); ws[f"{cc[0]}{h1}"] = cls
    for c, h in zip(cc, ["1回目", "目標日", "2回目"]):
        ws[f"{c}{h2}"] = h
ws.merge_cells(f"L{h1}:L{h2}"); ws[f"L{h1}"] = "備考"
for rr in (h1, h2):
    for c in "ABCDEFGHIJKL":
        ws[f"{c}{rr}"].fill = fill; ws[f"{c}{rr}"].border = box; ws[f"{c}{rr}"].alignment = ctr
r = h2 + 1
for shown, canon, per, rem in T2:
    ws.merge_cells(f"A{r}:B{r}")
    ws[f"A{r}"] = shown
    for cls in CLASSES:
        cc = cols[cls]
        v = per[cls]
        if v == NA:
            for c in cc:
                ws[f"{c}{r}"] = NA; ws[f"{c}{r}"].fill = grey; ws[f"{c}{r}"].alignment = ctr
            continue
        c1, ct, c2 = v
        for c, x in zip(cc, v):
            if x is not None:
                ws[f"{c}{r}"] = x
        a1, d1 = parse(c1); _, tg = parse(ct); a2, d2 = parse(c2)
        e = {"section": cls, "item": canon, "firstAnswer": a1}
        if d1: e["firstDate"] = d1
        if tg: e["targetDate"] = tg
        if a2: e["secondAnswer"] = a2
        if d2: e["secondDate"] = d2
        if rem: e["remarks"] = rem   # one 備考 cell per row: given to every entry of the row
        idx = len(entries)
        entries.append(e)
        if canon == BG and cls == "サーバ":
            planted.append({"cells": [f"{SHEET}!E{r}", f"{SHEET}!C{r}"], "paths": [f"entries[{idx}].secondDate"],
                             "why": "2回目の確認日 (5/30 = 2025-05-30) が1回目の確認日 (6/3 = 2025-06-03) より前"})
        if canon == USB and cls == "端末PC":
            planted.append({"cells": [f"{SHEET}!F{r}"], "paths": [f"entries[{idx}].firstDate"],
                             "why": "1回目の回答「はい」に確認日がない（全項目に1回目の回答と確認日が必要）"})
    if rem:
        ws[f"L{r}"] = rem
    for c in "ABCDEFGHIJKL":
        ws[f"{c}{r}"].border = box
    r += 1

for c, w in zip("ABCDEFGHIJKL", [12, 36, 13, 9, 13, 13, 9, 13, 13, 9, 13, 26]):
    ws.column_dimensions[c].width = w

wb.save(os.path.join(OUT, NAME + ".xlsx"))

expected = {
    "form": "checklist-hospital",
    "version": "R7",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FACILITY, "checkedOn": "2025-06-02", "entries": entries},
    "planted": planted,
    "notes": ("One sheet, two tables. Table 1 = general items (no item numbers, abbreviated, own order; 区分 column uses "
              "abbreviations 前提/体制/全般/インシデント which I expand to 前提 / 体制構築 / 医療情報システム全般 / "
              "インシデント発生に備えた対応). Table 2 = device items, rows are items, column groups サーバ / 端末PC / "
              "ネットワーク機器 each with 1回目 / 目標日 / 2回目; '－' (grey) marks a class the item does not apply to, "
              "not an answer. Entries of table 2 are listed row by row, left to right (サーバ, 端末PC, ネットワーク機器). "
              "Each check is one cell 'はい (6/3)'; year-less dates on this R7 form: Apr-Dec = 2025, Jan-Mar = 2026 "
              "(target (3/31) = 2026-03-31). Header: 確認日 written 'R7.6.2' in a label:value cell. "
              "Table 2 has one 備考 cell per row; I copy it to every class entry of that row. "
              "R7-added items (運用管理規程, PW 13文字以上, 使い回しなし, 二要素認証, USB等接続制限) are my own wording of what "
              "the catalogue describes (unverified wording). 端末PC 二要素認証 いいえ with target 2026-03-31 and no 2回目 yet is legitimate.")
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok", len(entries), planted)
