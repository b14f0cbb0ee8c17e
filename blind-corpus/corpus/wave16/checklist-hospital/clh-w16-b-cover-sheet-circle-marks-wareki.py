#!/usr/bin/python3
# Generator: clh-w16-b — cover sheet (表紙, label above value) + check sheet with a vertically merged 区分 column,
# はい/いいえ as ○ marks in separate columns, dates typed as 和暦 text, a labelled 記入例 row, re-saved by LibreOffice.
# Two planted mistakes.
import json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = "/work/blind/wave16/checklist-hospital"
NAME = "clh-w16-b-cover-sheet-circle-marks-wareki"
FAC = "医療法人 白樺会 北見ヶ丘病院"

PERM = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
ACCT = "退職者や使用していないアカウント等、不要なアカウントを削除している"
LOG = "アクセスログを管理している"
PWD = "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している"
PATCH = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
SVC = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
SRC = "接続元制限を実施している"

def w2iso(s):
    """'R6.8.5' or '令和6年10月28日' -> ISO"""
    if s is None: return None
    if s.startswith("R"):
        y, m, d = map(int, s[1:].split("."))
    else:
        t = s.replace("令和", "").replace("年", ".").replace("月", ".").replace("日", "")
        y, m, d = map(int, t.split("."))
    return f"{2018 + y:04d}-{m:02d}-{d:02d}"

# groups: (区分 cell text, section key, [(no, item, (a1, d1, tg, a2, d2, rem))])
G = [
    ("前提", "前提", [("", "医療情報システムを導入、運用している", ("はい", "R6.8.5", None, None, None, None))]),
    ("1 体制構築", "体制構築", [
        ("1-(1)", "医療情報システム安全管理責任者を設置している", ("はい", "R6.8.5", None, None, None, "事務長が兼務"))]),
    ("2 医療情報システムの管理・運用", "医療情報システムの管理・運用", [
        ("2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
         ("いいえ", "R6.8.5", "R6.10.31", "はい", "令和6年10月28日", "台帳をExcelで整備（情報システム係）")),
        ("2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", ("はい", "R6.8.5", None, None, None, None)),
        ("2-(3)", "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
         ("いいえ", "R6.8.5", "R6.12.27", "はい", "令和6年12月10日", None))]),
    ("サーバ", "サーバ", [
        ("", PERM, ("はい", "R6.8.6", None, None, None, None)),
        ("", ACCT, ("はい", "R6.8.6", None, None, None, None)),
        ("", LOG, ("はい", "R6.8.6", None, None, None, None)),
        ("", PWD, ("はい", "R6.8.6", None, None, None, None)),
        ("", PATCH, ("いいえ", "R6.8.6", "R6.11.30", "はい", "令和6年11月26日", "ベンダ保守で月次適用に変更")),
        ("", SVC, ("はい", "R6.8.6", None, None, None, None))]),
    ("端末PC", "端末PC", [
        ("", PERM, ("はい", "R6.8.7", None, None, None, None)),
        ("", ACCT, ("はい", "R6.8.7", None, None, None, None)),
        ("", PWD, ("いいえ", "R6.8.7", "R7.5.31", None, None, "端末入替（R7年度）時に対応")),   # PLANTED: target outside FY R6
        ("", PATCH, ("はい", "R6.8.7", None, None, None, None)),
        ("", SVC, ("はい", "R6.8.7", None, None, None, None))]),
    ("ネットワーク機器", "ネットワーク機器", [
        ("", PATCH, ("はい", "R6.8.7", None, None, None, None)),
        ("", SRC, ("はい", None, None, None, None, None))]),                                    # PLANTED: 1回目 date missing
    ("3 インシデント発生に備えた対応", "インシデント発生に備えた対応", [
        ("3-(1)", "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
         ("はい", "R6.8.8", None, None, None, None)),
        ("3-(2)", "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
         ("いいえ", "R6.8.8", "R7.1.31", "はい", "令和7年1月22日", None)),
        ("3-(3)", "サイバー攻撃を想定した事業継続計画（BCP）を策定している",
         ("いいえ", "R6.8.8", "R7.3.31", None, None, "策定中（3月の委員会で承認予定）"))]),
]

wb = Workbook()
thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
FN = "ＭＳ ゴシック"

cv = wb.active
cv.title = "表紙"
cv.column_dimensions["A"].width = 3; cv.column_dimensions["B"].width = 60
cv["B2"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
cv["B3"] = "（令和6年度版・医療機関確認用）"
cv["B2"].font = Font(name=FN, size=16, bold=True); cv["B3"].font = Font(name=FN, size=12)
cv["B6"] = "医療機関名"; cv["B6"].font = Font(name=FN, size=10, color="595959")
cv["B7"] = FAC; cv["B7"].font = Font(name=FN, size=14); cv["B7"].border = Border(bottom=thin)
cv["B9"] = "記入担当者（所属・氏名）"; cv["B9"].font = Font(name=FN, size=10, color="595959")
cv["B10"] = "事務部 情報システム係　小田"; cv["B10"].font = Font(name=FN, size=12); cv["B10"].border = Border(bottom=thin)
cv["B13"] = "※ 立入検査の際に確認しますので、チェック項目シートに記入のうえ保存してください。"
cv["B14"] = "※ 該当する欄に「○」を記入し、確認日を記入してください（例：R6.7.1）。"
for c in ("B13", "B14"):
    cv[c].font = Font(name=FN, size=9); cv[c].alignment = Alignment(wrap_text=True)

ws = wb.create_sheet("チェック項目")
for k, v in {"A": 14, "B": 7, "C": 56, "D": 5, "E": 5, "F": 11, "G": 11, "H": 5, "I": 5, "J": 16, "K": 28}.items():
    ws.column_dimensions[k].width = v
ws.merge_cells("A1:K1")
ws["A1"] = "チェック項目（医療機関確認用）"
ws["A1"].font = Font(name=FN, size=13, bold=True)
hfill = PatternFill("solid", fgColor="E2EFDA")
for rng, t in [("A3:A4", "区分"), ("B3:B4", "No."), ("C3:C4", "確認項目"), ("D3:F3", "1回目"), ("G3:G4", "目標日"),
               ("H3:J3", "2回目"), ("K3:K4", "備考")]:
    ws.merge_cells(rng); ws[rng.split(":")[0]] = t
for c, t in zip("DEFHIJ", ["はい", "いいえ", "確認日", "はい", "いいえ", "確認日"]):
    ws[f"{c}4"] = t
for r in (3, 4):
    for c in "ABCDEFGHIJK":
        cell = ws[f"{c}{r}"]; cell.border = box; cell.fill = hfill
        cell.font = Font(name=FN, size=9, bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
# correctly labelled example row
ex = {"A": "記入例", "C": "（例）○○○○を実施している", "E": "○", "F": "R6.7.1", "G": "R6.9.30", "H": "○", "J": "令和6年9月20日",
      "K": "記入例（この行は削除しないでください）"}
for c in "ABCDEFGHIJK":
    cell = ws[f"{c}5"]
    if c in ex: cell.value = ex[c]
    cell.border = box; cell.fill = PatternFill("solid", fgColor="F2F2F2")
    cell.font = Font(name=FN, size=9, italic=True, color="808080")
    cell.alignment = Alignment(horizontal="left" if c in "CK" else "center", vertical="center", wrap_text=True)

entries = []
r = 6
for label, sec, rows in G:
    r0 = r
    for no, item, (a1, d1, tg, a2, d2, rem) in rows:
        if no: ws[f"B{r}"] = no
        ws[f"C{r}"] = item
        ws[f"D{r}" if a1 == "はい" else f"E{r}"] = "○"
        if d1: ws[f"F{r}"] = d1
        if tg: ws[f"G{r}"] = tg
        if a2: ws[f"H{r}" if a2 == "はい" else f"I{r}"] = "○"
        if d2: ws[f"J{r}"] = d2
        if rem: ws[f"K{r}"] = rem
        for c in "BCDEFGHIJK":
            cell = ws[f"{c}{r}"]; cell.border = box; cell.font = Font(name=FN, size=9)
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="left" if c in "CK" else "center")
        ws.row_dimensions[r].height = 30
        e = {"section": sec, "item": item}
        if no: e["itemNo"] = no
        e["firstAnswer"] = a1
        if d1: e["firstDate"] = w2iso(d1)
        if tg: e["targetDate"] = w2iso(tg)
        if a2: e["secondAnswer"] = a2
        if d2: e["secondDate"] = w2iso(d2)
        if rem: e["remarks"] = rem
        entries.append(e)
        r += 1
    if r - 1 > r0:
        ws.merge_cells(f"A{r0}:A{r-1}")
    ws[f"A{r0}"] = label
    for rr in range(r0, r):
        ws[f"A{rr}"].border = box
    ws[f"A{r0}"].alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    ws[f"A{r0}"].font = Font(name=FN, size=9, bold=True)
ws.freeze_panes = "D6"
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToHeight = 0

tmp = tempfile.mkdtemp()
src = os.path.join(tmp, NAME + ".xlsx")
wb.save(src)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.rmtree(tmp)

S = "チェック項目"
exp = {
    "form": "checklist-hospital", "version": "R6", "file": NAME + ".xlsx",
    "values": {"facilityName": FAC, "entries": entries},
    "planted": [
        {"cells": [f"{S}!G19"], "paths": ["entries[13].targetDate"],
         "why": "目標日 R7.5.31（2025-05-31）が令和6年度（2025-03-31まで）の範囲外"},
        {"cells": [f"{S}!F23"], "paths": ["entries[17].firstDate"],
         "why": "1回目の回答（○はい）はあるが確認日が空欄（全項目に1回目の回答と確認日が必要）"},
    ],
    "notes": ("Answers are ○ marks in separate はい / いいえ columns (はい→D/H, いいえ→E/I). Dates are text in 和暦: 'R6.8.5' and "
              "'令和6年10月28日'. Row 5 is a correctly labelled 記入例 row and must be ignored. 区分 (column A) is vertically merged; "
              "section given without its number (e.g. '1 体制構築' → 体制構築). Device-class items have no No., so no itemNo. "
              "Facility name is on the 表紙 sheet, label above value (B6/B7). Workbook re-saved by LibreOffice."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(exp, fh, ensure_ascii=False, indent=2)
