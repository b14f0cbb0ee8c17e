#!/usr/bin/python3
# Generator: clv-w10-b-copied-inline-dates.xlsx  (checklist-vendor, R7, 3 planted problems)
# Role: PACS vendor's support engineer. Last year's file (R6) was reused: the R6 sheet was copied inside
# the workbook (Excel names the copy "R6事業者用 (2)"), the title changed to 令和７年度版 and the R7 items
# added; the old sheet was hidden, not deleted. Answers are written as in the paper form
# 「はい・いいえ（　／　）」: the unused option deleted and the year-less date typed in the brackets,
# partly in full-width digits. Section headings are full-width rows between items. Re-saved by LibreOffice.
import json, os, subprocess, shutil, tempfile, re
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = "/work/blind/wave10/checklist-vendor"
NAME = "clv-w10-b-copied-inline-dates"
VIS = "R6事業者用 (2)"
HID = "R6事業者用"

VENDOR = "山陽メディカルネット株式会社"
SYSTEM = "医用画像管理システム（PACS）・放射線部門システム（RIS）"
HOSP = "一般財団法人 みどり会 津山みどり病院"

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
WR = Alignment(wrap_text=True, vertical="center")
CT = Alignment(horizontal="center", vertical="center", wrap_text=True)
SEC = PatternFill("solid", fgColor="FFF2CC")
HDR = PatternFill("solid", fgColor="DDEBF7")

Z2H = str.maketrans("０１２３４５６７８９／（）", "0123456789/()")
def ans_date(cell, fy):
    """'はい（１０／１５）' -> ('はい', 'YYYY-MM-DD') with fiscal-year rule (Jan-Mar -> fy+1)."""
    s = cell.translate(Z2H)
    m = re.match(r"\s*(はい|いいえ)?\s*\(?\s*(\d+)/(\d+)\s*\)?", s)
    a, mo, d = m.group(1), int(m.group(2)), int(m.group(3))
    y = fy + 1 if mo <= 3 else fy
    return a, "%04d-%02d-%02d" % (y, mo, d)
def tdate(cell, fy):
    s = cell.translate(Z2H).strip("() ")
    m = re.match(r"R(\d+)\.(\d+)\.(\d+)", s)
    if m:
        return "%04d-%02d-%02d" % (2018 + int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return ans_date(s, fy)[1]

PW6 = "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している。"
PW7 = "パスワードは英数字、記号が混在した8文字以上とし、他の機器・サービスと使い回しをしていない。"
ACL = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。"
ACC = "退職者や使用していないアカウント等、不要なアカウントを削除している。"
LOG = "アクセスログを管理している。"
PAT = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。"
SVC = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。"
USB = "USBストレージ等の外部記録媒体や外部機器の接続を制限している。"
SRC = "接続元制限を実施している。"

# R7 (visible sheet): (heading row text, canonical section, [ (no, item, 1st, target, 2nd, remarks) ])
R7 = [
 ("１　体制構築", "体制構築", [
   ("1-(1)", "事業者内に、医療情報システム等の提供に係る管理責任者を設置している。", "はい（１０／１５）", None, None, "品質保証部長を任命"),
   ("1-(2)", "医療機関が運用管理規程を策定・見直しする際に必要な情報を提供している。", "はい（１０／１５）", None, None, "【R7追加】"),
 ]),
 ("２　医療情報システムの管理・運用（全般）", "医療情報システム全般", [
   ("2-(1)", "医療機関に提供したサーバ、端末PC、ネットワーク機器の台帳管理を行っている。", "はい（１０／１５）", None, None, None),
   ("2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した。", "いいえ（１０／１５）", "（１１／２８）", "はい（１０／１）", "保守回線一覧を作成中"),
   ("2-(3)", "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した。", "はい（１０／１５）", None, None, "MDS提出済"),
   ("2-(4)", "令和9年度までに、医療情報システムへのログインに二要素認証を導入する計画がある（導入済みを含む）。", "はい（１０／１５）", None, None, "【R7追加】次期更新（R8）で実装予定"),
 ]),
 ("２　－　サーバ", "サーバ", [
   (None, ACL, "はい（１０／１５）", None, None, None),
   (None, ACC, "はい（１０／１５）", None, None, None),
   (None, LOG, "いいえ（１０／１５）", None, None, "ログ保管サーバ更改時に対応"),
   (None, PW7, "はい（１０／１５）", None, None, "【R7変更】"),
   (None, PAT, "はい（１０／１５）", None, None, None),
   (None, SVC, "はい（１０／１５）", None, None, None),
   (None, USB, "はい（１０／１５）", None, None, "【R7追加】"),
 ]),
 ("２　－　端末ＰＣ", "端末PC", [
   (None, ACL, "はい（１０／１６）", None, None, None),
   (None, ACC, "はい（１０／１６）", None, None, None),
   (None, PW7, "はい（１０／１６）", None, None, None),
   (None, PAT, "はい（１０／１６）", None, None, "読影端末含む"),
   (None, SVC, "はい（１０／１６）", None, None, None),
   (None, USB, "いいえ（１０／１６）", "（R8.6.30）", None, "CD/DVD取込端末の扱いを病院と協議"),
 ]),
 ("２　－　ネットワーク機器", "ネットワーク機器", [
   (None, PW7, "はい（１０／１６）", None, None, None),
   (None, PAT, "はい（１０／１６）", None, None, None),
   (None, SRC, "はい（１０／１６）", None, None, "PACS専用L3SWでACL設定"),
 ]),
 ("３　インシデント発生に備えた対応", "インシデント発生に備えた対応", [
   ("3-(1)", "インシデント発生時における事業者内及び医療機関等への連絡体制図がある。", "はい（１０／１６）", None, None, None),
   ("3-(2)", "医療機関と協力し、インシデント発生時に診療を継続するために必要なデータやシステムのバックアップの実施と復旧手順を確認している。", "はい（１０／１６）", None, None, "画像バックアップは別筐体に保管"),
 ]),
]
# R6 (last year's sheet, hidden)
R6 = [
 ("１　体制構築", "体制構築", [
   ("1-(1)", "事業者内に、医療情報システム等の提供に係る管理責任者を設置している。", "はい（10/9）", None, None, None),
 ]),
 ("２　医療情報システムの管理・運用（全般）", "医療情報システム全般", [
   ("2-(1)", "医療機関に提供したサーバ、端末PC、ネットワーク機器の台帳管理を行っている。", "はい（10/9）", None, None, None),
   ("2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した。", "はい（10/9）", None, None, None),
   ("2-(3)", "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した。", "いいえ（10/9）", "（12/20）", "はい（12/18）", None),
 ]),
 ("２　－　サーバ", "サーバ", [(None, t, "はい（10/9）", None, None, None) for t in (ACL, ACC, LOG, PW6, PAT, SVC)]),
 ("２　－　端末ＰＣ", "端末PC", [(None, t, "はい（10/9）", None, None, None) for t in (ACL, ACC, PW6, PAT, SVC)]),
 ("２　－　ネットワーク機器", "ネットワーク機器", [(None, t, "はい（10/9）", None, None, None) for t in (PW6, PAT, SRC)]),
 ("３　インシデント発生に備えた対応", "インシデント発生に備えた対応", [
   ("3-(1)", "インシデント発生時における事業者内及び医療機関等への連絡体制図がある。", "はい（10/9）", None, None, None),
   ("3-(2)", "医療機関と協力し、インシデント発生時に診療を継続するために必要なデータやシステムのバックアップの実施と復旧手順を確認している。", "はい（10/9）", None, None, None),
 ]),
]

def draw(ws, year_title, checked, groups, fy):
    for k, v in {"A": 7, "B": 58, "C": 17, "D": 13, "E": 17, "F": 28}.items():
        ws.column_dimensions[k].width = v
    ws.merge_cells("A1:F1")
    ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（%s）" % year_title
    ws["A1"].font = Font(bold=True, size=14); ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:F2"); ws["A2"] = "事業者確認用"; ws["A2"].alignment = Alignment(horizontal="center")
    ws["A2"].font = Font(bold=True)
    hdr = [("事業者名", VENDOR), ("対象システム", SYSTEM), ("提出先医療機関名", HOSP)]
    if checked:
        hdr.append(("確認日", checked))
    r = 4
    for lab, val in hdr:
        ws.cell(r, 1, lab).border = B
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=1)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        ws.cell(r, 2, val)
        for c in range(1, 5):
            ws.cell(r, c).border = B
        r += 1
    r += 1
    heads = ["No.", "チェック項目", "1回目\nはい・いいえ（確認日）", "目標日\n（　／　）", "2回目\nはい・いいえ（確認日）", "備考"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(r, i, h); c.border = B; c.alignment = CT; c.fill = HDR; c.font = Font(bold=True, size=9)
    ws.row_dimensions[r].height = 30
    head_row = r
    r += 1
    entries, rows = [], []
    for heading, canon, items in groups:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        c = ws.cell(r, 1, heading); c.fill = SEC; c.font = Font(bold=True)
        for cc in range(1, 7):
            ws.cell(r, cc).border = B
        r += 1
        for (no, item, first, tg, second, rm) in items:
            vals = [no, item, first, tg, second, rm]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v); c.border = B
                c.alignment = WR if i in (2, 6) else CT
            ws.row_dimensions[r].height = 32
            e = {"section": canon, "item": item}
            if no: e["itemNo"] = no
            a, d = ans_date(first, fy); e["firstAnswer"] = a; e["firstDate"] = d
            if tg: e["targetDate"] = tdate(tg, fy)
            if second:
                a2, d2 = ans_date(second, fy); e["secondAnswer"] = a2; e["secondDate"] = d2
            if rm: e["remarks"] = rm
            entries.append(e); rows.append(r)
            r += 1
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=6)
    ws.cell(r + 1, 1, "※「はい・いいえ」のいずれかを残し、（　）内に確認日（月/日）を記入。「いいえ」の場合は目標日を記入してください。")
    ws.cell(r + 1, 1).font = Font(size=8)
    ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = 9
    ws.print_title_rows = "%d:%d" % (head_row, head_row)
    return entries, rows

wb = Workbook()
old = wb.active; old.title = HID
draw(old, "令和６年度版", None, R6, 2024)
old.sheet_state = "hidden"
new = wb.create_sheet(VIS)
entries, rows = draw(new, "令和７年度版", "令和７年１０月１６日", R7, 2025)
wb.active = 1
tmp = tempfile.mkdtemp()
src = os.path.join(tmp, NAME + ".xlsx")
wb.save(src)
outd = os.path.join(tmp, "lo"); os.makedirs(outd)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outd, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outd, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))

def idx(item, section):
    for i, e in enumerate(entries):
        if e["item"] == item and e["section"] == section:
            return i
    raise KeyError(item)
i_log = idx(LOG, "サーバ"); i_usb = idx(USB, "端末PC")
i_rm = idx("リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した。", "医療情報システム全般")
planted = [
  {"cells": ["%s!D%d" % (VIS, rows[i_log])], "paths": ["entries[%d].targetDate" % i_log],
   "why": "サーバ「アクセスログを管理している」が1回目いいえなのに目標日が空欄（いいえの場合は目標日必須）"},
  {"cells": ["%s!D%d" % (VIS, rows[i_usb])], "paths": ["entries[%d].targetDate" % i_usb],
   "why": "端末PC「USBストレージ等…制限」いいえの目標日がR8.6.30（2026-06-30）で、令和7年度（2026-03-31まで）を超えている"},
  {"cells": ["%s!E%d" % (VIS, rows[i_rm]), "%s!C%d" % (VIS, rows[i_rm])], "paths": ["entries[%d].secondDate" % i_rm],
   "why": "2-(2) の2回目確認日（10/1 = 2025-10-01）が1回目確認日（10/15 = 2025-10-15）より前"},
]
exp = {
  "form": "checklist-vendor",
  "version": "R7",
  "file": NAME + ".xlsx",
  "values": {
    "vendorName": VENDOR, "targetSystem": SYSTEM, "hospitalName": HOSP,
    "checkedOn": "2025-10-16",
    "entries": entries,
  },
  "planted": planted,
  "notes": ("Read only the visible sheet '%s' (title 令和７年度版; the tab name was left from copying last year's sheet). "
            "The hidden sheet '%s' is last year's (R6) filled checklist and is NOT this submission. Workbook re-saved "
            "by LibreOffice. Each answer cell holds answer and year-less date together, e.g. 'はい（１０／１５）' with "
            "full-width digits; R7 fiscal year, so 10/15 = 2025-10-15 and 2/x would be 2026. 目標日 cells are "
            "bracketed: '（１１／２８）' = 2025-11-28, '（R8.6.30）' = 2026-06-30. Section headings are merged rows "
            "(not entries): '２　－　サーバ' -> サーバ, '２　－　端末ＰＣ' -> 端末PC, '２　医療情報システムの管理・運用（全般）' -> "
            "医療情報システム全般. R7 additions (1-(2) 運用管理規程, 2-(4) 二要素認証, USB制限, パスワード使い回し) are my "
            "wording (unverified against the MHLW R7 sheet); 【R7追加】/【R7変更】 in 備考 are the filler's notes and are "
            "kept as remarks." % (VIS, HID))
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", len(entries), rows[i_log], rows[i_usb], rows[i_rm])
