# Generator: clh-w27-b-sheet-per-section-maru-marks.xlsx (checklist-hospital, R6)
# Hospital's own workbook: one sheet per section, ○ placed in はい or いいえ columns, dates typed as 和暦 text
# (R6.7.3 / 令和6年9月27日), a labelled 記入例 row on the first sheet; re-saved by LibreOffice.
import json, os, subprocess, shutil, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clh-w27-b-sheet-per-section-maru-marks"
FAC = "医療法人社団 桜丘会 さくらがおか病院"
S1, S2, S3 = "前提・1体制", "2システム管理", "3インシデント対応"

ACC = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
DEL = "退職者や使用していないアカウント等、不要なアカウントを削除している"
LOG = "アクセスログを管理している"
PAT = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
SVC = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
SRC = "接続元制限を実施している"
GEN = "医療情報システム全般"

# canonical date for each text used
ISO = {"R6.7.3": "2024-07-03", "R6.9.30": "2024-09-30", "令和6年9月27日": "2024-09-27", "R6.6.30": "2024-06-30",
       "R6.8.30": "2024-08-30", "令和6年8月29日": "2024-08-29", "令和7年3月31日": "2025-03-31"}
F1 = "R6.7.3"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
cc = Alignment(horizontal="center", vertical="center", wrap_text=True)
lc = Alignment(horizontal="left", vertical="center", wrap_text=True)
grey = PatternFill("solid", fgColor="EDEDED")

wb = Workbook()
entries = []
planted = []


def table(ws, top, with_dev):
    """two-row header at row `top`; returns dict col letter by role"""
    cols = ["No."] + (["対象"] if with_dev else []) + ["チェック項目"]
    letters = "ABCDEFGHIJK"
    n = len(cols)
    role = {}
    for i, name in enumerate(cols):
        L = letters[i]
        ws.merge_cells(f"{L}{top}:{L}{top+1}"); ws[f"{L}{top}"] = name
    L = letters[n:]
    role.update(no="A", dev="B" if with_dev else None, item=letters[n - 1],
                y1=L[0], n1=L[1], d1=L[2], tg=L[3], y2=L[4], n2=L[5], d2=L[6], rem=L[7])
    ws.merge_cells(f"{L[0]}{top}:{L[2]}{top}"); ws[f"{L[0]}{top}"] = "1回目"
    ws[f"{L[0]}{top+1}"] = "はい"; ws[f"{L[1]}{top+1}"] = "いいえ"; ws[f"{L[2]}{top+1}"] = "確認日"
    ws.merge_cells(f"{L[3]}{top}:{L[3]}{top+1}"); ws[f"{L[3]}{top}"] = "目標日\n(いいえの場合)"
    ws.merge_cells(f"{L[4]}{top}:{L[6]}{top}"); ws[f"{L[4]}{top}"] = "2回目"
    ws[f"{L[4]}{top+1}"] = "はい"; ws[f"{L[5]}{top+1}"] = "いいえ"; ws[f"{L[6]}{top+1}"] = "確認日"
    ws.merge_cells(f"{L[7]}{top}:{L[7]}{top+1}"); ws[f"{L[7]}{top}"] = "備考"
    last = L[7]
    for r in (top, top + 1):
        for c in letters[: letters.index(last) + 1]:
            x = ws[f"{c}{r}"]; x.border = box; x.alignment = cc; x.font = Font(bold=True)
            x.fill = PatternFill("solid", fgColor="FCE4D6")
    widths = {"no": 7, "item": 50, "y1": 6, "n1": 6, "d1": 12, "tg": 14, "y2": 6, "n2": 6, "d2": 15, "rem": 30}
    for k, w in widths.items():
        ws.column_dimensions[role[k]].width = w
    if with_dev:
        ws.column_dimensions["B"].width = 16
    role["_last"] = last
    return role


def put(ws, role, r, no, dev, item, a1, d1, tg, a2, d2, rem, sec, style=None):
    span = "ABCDEFGHIJK"[: "ABCDEFGHIJK".index(role["_last"]) + 1]
    if no: ws[f"{role['no']}{r}"] = no
    if dev: ws[f"{role['dev']}{r}"] = dev
    ws[f"{role['item']}{r}"] = item
    if a1 == "はい": ws[f"{role['y1']}{r}"] = "○"
    if a1 == "いいえ": ws[f"{role['n1']}{r}"] = "○"
    if d1: ws[f"{role['d1']}{r}"] = d1
    if tg: ws[f"{role['tg']}{r}"] = tg
    if a2 == "はい": ws[f"{role['y2']}{r}"] = "○"
    if a2 == "いいえ": ws[f"{role['n2']}{r}"] = "○"
    if d2: ws[f"{role['d2']}{r}"] = d2
    if rem: ws[f"{role['rem']}{r}"] = rem
    for c in span:
        ws[f"{c}{r}"].border = box
        ws[f"{c}{r}"].alignment = lc if c in (role["item"], role["rem"]) else cc
        if style == "example":
            ws[f"{c}{r}"].fill = grey; ws[f"{c}{r}"].font = Font(italic=True, color="7F7F7F")
    ws.row_dimensions[r].height = 33
    if style == "example":
        return
    e = {"section": sec, "item": item}
    if no: e["itemNo"] = no
    if a1: e["firstAnswer"] = a1
    if d1: e["firstDate"] = ISO[d1]
    if tg: e["targetDate"] = ISO[tg]
    if a2: e["secondAnswer"] = a2
    if d2: e["secondDate"] = ISO[d2]
    if rem: e["remarks"] = rem
    entries.append(e)


def heading(ws, role, r, text):
    span = "ABCDEFGHIJK"[: "ABCDEFGHIJK".index(role["_last"]) + 1]
    ws.merge_cells(f"A{r}:{role['_last']}{r}"); ws[f"A{r}"] = text
    ws[f"A{r}"].font = Font(bold=True)
    for c in span:
        ws[f"{c}{r}"].border = box


# ---- sheet 1: 前提 and 1
ws = wb.active; ws.title = S1
ws["A1"] = "サイバーセキュリティ対策チェックリスト（医療機関確認用）令和6年度版"; ws["A1"].font = Font(size=13, bold=True)
ws["B3"] = "医療機関名"; ws["B3"].alignment = Alignment(horizontal="right"); ws["B3"].font = Font(bold=True)
ws["C3"] = FAC; ws["C3"].border = Border(bottom=thin)
ro = table(ws, 5, False)
put(ws, ro, 7, "記入例", None, "（例）〇〇を実施している", "いいえ", "R6.6.1", "R6.9.30", "はい", "R6.9.20",
    "（例）事業者に依頼済み", None, style="example")
heading(ws, ro, 8, "■前提")
put(ws, ro, 9, None, None, "医療情報システムを導入、運用している", "はい", F1, None, None, None, None, "前提")
heading(ws, ro, 10, "■1　体制構築")
put(ws, ro, 11, "1-(1)", None, "医療情報システム安全管理責任者を設置している", "はい", F1, None, None, None,
    "事務長が兼任", "体制構築")
ws["B13"] = "※記入例の行は参考です（削除不要）。該当する欄に○を付けてください。"; ws["B13"].font = Font(size=9)

# ---- sheet 2: 2
ws = wb.create_sheet(S2)
ws["A1"] = "2　医療情報システムの管理・運用"; ws["A1"].font = Font(size=12, bold=True)
ro = table(ws, 3, True)
rows2 = [
    ("2-(1)", GEN, "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", "いいえ", F1, "R6.9.30", "はい", "令和6年9月27日",
     "機器台帳をExcelで新規作成", GEN),
    ("2-(2)", GEN, "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", "はい", F1, None, None, None,
     "電子カルテ（VPN保守）", GEN),
    ("2-(3)", GEN, "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
     "いいえ", F1, "R6.6.30", None, None, "事業者へ依頼済み", GEN),        # PLANT: 目標日 before 1回目 date
    (None, "サーバ", ACC, "はい", F1, None, None, None, None, "サーバ"),
    (None, "サーバ", DEL, "はい", F1, None, None, None, None, "サーバ"),
    (None, "サーバ", LOG, "はい", F1, None, None, None, None, "サーバ"),
    (None, "サーバ", PAT, "はい", F1, None, None, None, None, "サーバ"),
    (None, "サーバ", SVC, "はい", F1, None, None, None, None, "サーバ"),
    (None, "端末PC", ACC, "はい", F1, None, None, None, None, "端末PC"),
    (None, "端末PC", DEL, "いいえ", F1, "R6.8.30", "はい", "令和6年8月29日", "退職者アカウント削除済", "端末PC"),
    (None, "端末PC", PAT, "はい", F1, None, None, None, None, "端末PC"),
    (None, "端末PC", SVC, "はい", F1, None, None, None, None, "端末PC"),
    (None, "ネットワーク機器", PAT, "はい", F1, None, None, None, None, "ネットワーク機器"),
    (None, "ネットワーク機器", SRC, None, F1, None, None, None, "UTMで設定（業者確認中）", "ネットワーク機器"),  # PLANT: no answer
]
r = 5
for (no, dev, item, a1, d1, tg, a2, d2, rem, sec) in rows2:
    put(ws, ro, r, no, dev, item, a1, d1, tg, a2, d2, rem, sec)
    if no == "2-(3)":
        planted.append({"cells": [f"{S2}!{ro['tg']}{r}"], "paths": [f"entries[{len(entries)-1}].targetDate"],
                        "why": "1回目 いいえ on R6.7.3 but 目標日 R6.6.30 is before the 1回目 date (目標日 must come after it)"})
    if item == SRC:
        planted.append({"cells": [f"{S2}!{ro['y1']}{r}", f"{S2}!{ro['n1']}{r}"], "paths": [f"entries[{len(entries)-1}].firstAnswer"],
                        "why": "1回目 answer missing: neither はい nor いいえ is marked ○ (only the 確認日 is filled); every item needs a 1回目 answer"})
    r += 1

# ---- sheet 3: 3
ws = wb.create_sheet(S3)
ws["A1"] = "3　インシデント発生に備えた対応"; ws["A1"].font = Font(size=12, bold=True)
ro = table(ws, 3, False)
SEC3 = "インシデント発生に備えた対応"
put(ws, ro, 5, "3-(1)", None, "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
    "はい", F1, None, None, None, None, SEC3)
put(ws, ro, 6, "3-(2)", None, "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
    "はい", F1, None, None, None, "バックアップは週1回外付けHDDへ\n復旧手順は事業者作成", SEC3)
put(ws, ro, 7, "3-(3)", None, "サイバー攻撃を想定した事業継続計画（BCP）を策定している",
    "いいえ", F1, "令和7年3月31日", None, None, "策定中", SEC3)

tmpd = tempfile.mkdtemp()
raw = os.path.join(tmpd, NAME + ".xlsx")
wb.save(raw)
out = tempfile.mkdtemp()
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", out, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(out, NAME + ".xlsx"), os.path.join(HERE, NAME + ".xlsx"))

exp = {
    "form": "checklist-hospital",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FAC, "entries": entries},
    "planted": planted,
    "notes": ("Three sheets, one per section (entries in sheet order). Answers are ○ marks in separate はい / いいえ "
              "columns. Dates are text in 和暦 (R6.7.3 = 2024-07-03, 令和6年9月27日). Row 7 of the first sheet is a "
              "correctly labelled 記入例 row and is not data. '■前提' / '■1　体制構築' are heading rows. Sheet 2 has an "
              "extra 対象 column (医療情報システム全般 / サーバ / 端末PC / ネットワーク機器) giving the section. "
              "The 接続元制限 row has a 確認日 but no ○, so that entry has firstDate and remarks only. Re-saved by LibreOffice."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", planted)
