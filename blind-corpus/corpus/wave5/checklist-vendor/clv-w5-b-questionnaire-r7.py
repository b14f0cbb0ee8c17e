# -*- coding: utf-8 -*-
"""clv-w5-b-questionnaire-r7: checklist-vendor (事業者確認用) R7, questionnaire layout.
Drawn by a hospital's 情報システム室 as a questionnaire it sends to each contracted vendor (one file per
vendor/system): 記入要領 sheet first, main sheet with header lines `項目：値` in one cell, table
No. | 区分 | 確認項目 | はい | いいえ (○ mark) | 1回目確認日 | 目標日 | 2回目 | 2回目確認日 | 備考,
dates typed as text (R7.6.16, year-less 8/29), hidden 選択肢 sheet feeding data validation.
Generated with openpyxl, then re-saved by LibreOffice. Three planted problems (see expected.json).
Run: /usr/bin/python3 clv-w5-b-questionnaire-r7.py
"""
import json, os, shutil, subprocess, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clv-w5-b-questionnaire-r7"
SHEET = "チェックリスト"

VENDOR = "株式会社北斗メディカルソリューション"
SYSTEM = "医用画像管理システム（PACS）HokutoView 5"
HOSPITAL = "医療法人 海風会 うみかぜ記念病院"
CHECKED_TXT = "令和7年6月17日"; CHECKED = "2025-06-17"

S1 = "体制構築"; S2 = "医療情報システムの管理・運用"; S3 = "インシデント発生に備えた対応"
ACL = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
ACC = "退職者や使用していないアカウント等、不要なアカウントを削除している"
LOG = "アクセスログを管理している"
PWD = "パスワードは英数字、記号を混在させた13文字以上の推測困難な文字列とし、使い回しをしていない"
MFA = "二要素認証を導入している（令和9年度までに導入）"
USB = "USBストレージ等の外部記録媒体の接続を制限している"
PAT = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
SVC = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
SRC = "接続元制限を実施している"

# (section, item, answer, firstDate text, firstDate iso, target text, target iso, second, secondDate text, secondDate iso, remarks)
a, b = ("R7.6.16", "2025-06-16"), ("R7.6.17", "2025-06-17")
def R(sec, item, ans, fd, tg=(None, None), sec2=None, sd=(None, None), rem=None):
    return (sec, item, ans, fd[0], fd[1], tg[0], tg[1], sec2, sd[0], sd[1], rem)
rows = [
    R(S1, "事業者内に、医療情報システム等の提供に係る管理責任者を設置している", "はい", a),
    R(S1, "医療情報システム等の提供に係る運用管理規程を整備している", "はい", a),
    R(S2, "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", "はい", a),
    R(S2, "リモートメンテナンス（保守）を利用している機器の有無を確認した", "はい", a,
      rem="リモート保守：PACSサーバ1台（SSL-VPN経由）"),
    R(S2, "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した", "はい", a,
      rem="2025/5/30 提出済"),
    R("サーバ", ACL, "はい", a),
    R("サーバ", ACC, "はい", a),
    R("サーバ", LOG, "はい", a),
    R("サーバ", PWD, "いいえ", a, ("R7.9.30", "2025-09-30"), "はい", ("R7.9.22", "2025-09-22"),
      "管理者アカウントを13桁に変更"),
    R("サーバ", MFA, "いいえ", a, rem="令和9年度中に対応予定（製品改修待ち）"),          # PLANTED: no 目標日
    R("サーバ", USB, "はい", a),
    R("サーバ", PAT, "はい", a),
    R("サーバ", SVC, "はい", a),
    R("端末PC", ACL, "はい", b),
    R("端末PC", ACC, "はい", b),
    R("端末PC", PWD, "はい", b),
    R("端末PC", MFA, "いいえ", b, ("R8.3.31", "2026-03-31"), rem="読影端末に顔認証を導入予定"),
    R("端末PC", USB, "いいえ", b, ("8/29", "2025-08-29"), "はい", ("R7.6.6", "2025-06-06")),   # PLANTED: 2回目 < 1回目
    R("端末PC", PAT, "はい", b),
    R("端末PC", SVC, "はい", b),
    R("ネットワーク機器", PAT, "はい", b),
    R("ネットワーク機器", SRC, "はい", (None, None)),                                      # PLANTED: no 1回目 date
    R(S3, "インシデント発生時における組織内と外部関係機関（医療機関、厚生労働省、警察等）への連絡体制図がある", "はい", a),
    R(S3, "医療機関と協力し、インシデント発生時に診療を継続するために必要なデータやシステムのバックアップの実施と復旧手順を確認している",
      "はい", a, rem="バックアップ：日次（院内NAS）＋週次（外付けHDD）"),
]

wb = Workbook()
# --- 記入要領 ---
g = wb.active
g.title = "記入要領"
g.column_dimensions["A"].width = 100
guide = [
    "記入要領（事業者様へ）",
    "",
    "1. 本調査票は、当院の医療情報システムを提供・保守いただいている事業者様に、システムごとにご記入をお願いするものです。",
    "2. 「チェックリスト」シートの各項目について、該当する欄（はい／いいえ）に「○」を選択してください。",
    "3. 1回目確認日は「R7.6.1」のように和暦略号で記入してください。",
    "4. 1回目が「いいえ」の項目は、対応完了の目標日を必ず記入してください（令和7年度内）。",
    "5. 対応後、2回目の確認結果（はい／いいえ）と確認日を記入してください。",
    "6. ご記入後、当院 情報システム室（内線 2315）までメールでご返送ください。",
]
for i, t in enumerate(guide, 1):
    g.cell(i, 1, t).alignment = Alignment(wrap_text=True)
g["A1"].font = Font(size=13, bold=True)

# --- main sheet ---
ws = wb.create_sheet(SHEET)
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
ctr = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)
fill = PatternFill("solid", fgColor="E2EFDA")
for c, w in zip("ABCDEFGHIJ", (5, 16, 58, 6, 6, 12, 12, 8, 12, 30)):
    ws.column_dimensions[c].width = w

ws["A1"] = "【事業者確認用】医療機関におけるサイバーセキュリティ対策チェックリスト（令和7年度版）"
ws["A1"].font = Font(size=13, bold=True)
for r, txt in ((3, f"事業者名：{VENDOR}"), (4, f"対象システム：{SYSTEM}"),
               (5, f"提出先医療機関名：{HOSPITAL}"), (6, f"確認日：{CHECKED_TXT}")):
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    ws.cell(r, 1, txt)

hdr = ["No.", "区分", "確認項目", "はい", "いいえ", "1回目確認日", "目標日", "2回目", "2回目確認日", "備考"]
for i, h in enumerate(hdr, 1):
    c = ws.cell(8, i, h); c.font = Font(bold=True); c.fill = fill; c.alignment = ctr; c.border = B

entries = []; rownum = {}
r = 9
for n, (sec, item, ans, fdt, fdi, tgt, tgi, s2, sdt, sdi, rem) in enumerate(rows, 1):
    ws.cell(r, 1, n).alignment = ctr
    ws.cell(r, 2, sec).alignment = wrap
    ws.cell(r, 3, item).alignment = wrap
    ws.cell(r, 4 if ans == "はい" else 5, "○")
    if fdt: ws.cell(r, 6, fdt)
    if tgt: ws.cell(r, 7, tgt)
    if s2: ws.cell(r, 8, s2)
    if sdt: ws.cell(r, 9, sdt)
    if rem: ws.cell(r, 10, rem).alignment = wrap
    for c in range(1, 11):
        ws.cell(r, c).border = B
        if c in (4, 5, 6, 7, 8, 9): ws.cell(r, c).alignment = ctr
    e = {"section": sec, "item": item, "itemNo": str(n), "firstAnswer": ans}
    if fdi: e["firstDate"] = fdi
    if tgi: e["targetDate"] = tgi
    if s2: e["secondAnswer"] = s2; e["secondDate"] = sdi
    if rem: e["remarks"] = rem
    entries.append(e); rownum[n] = r
    r += 1
last = r - 1
ws.freeze_panes = "D9"

# hidden list sheet + validation
ls = wb.create_sheet("選択肢")
ls["A1"] = "○"; ls["B1"] = "はい"; ls["B2"] = "いいえ"
ls.sheet_state = "hidden"
dv1 = DataValidation(type="list", formula1="選択肢!$A$1", allow_blank=True)
dv2 = DataValidation(type="list", formula1="選択肢!$B$1:$B$2", allow_blank=True)
ws.add_data_validation(dv1); ws.add_data_validation(dv2)
dv1.add(f"D9:E{last}"); dv2.add(f"H9:H{last}")
wb.active = 1

tmp = os.path.join(HERE, "_tmp_" + NAME)
os.makedirs(tmp, exist_ok=True)
src = os.path.join(tmp, NAME + ".xlsx")
wb.save(src)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", HERE, src],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.rmtree(tmp)

def idx(n): return n - 1
planted = [
    {"cells": [f"{SHEET}!G{rownum[10]}"], "paths": [f"entries[{idx(10)}].targetDate"],
     "why": "1回目「いいえ」（サーバ・二要素認証）なのに目標日が空欄。予定は備考に「令和9年度中に対応予定」と書いただけで、"
            "いいえ ⇒ 目標日（1回目確認日より後、令和7年度内）が必要。"},
    {"cells": [f"{SHEET}!I{rownum[18]}", f"{SHEET}!F{rownum[18]}"],
     "paths": [f"entries[{idx(18)}].secondDate", f"entries[{idx(18)}].firstDate"],
     "why": "端末PC・USB制限：2回目確認日 R7.6.6 が1回目確認日 R7.6.17 より前（2回目の日付は1回目以後でなければならない；R7.8.26 等の打ち間違い）。"},
    {"cells": [f"{SHEET}!F{rownum[22]}"], "paths": [f"entries[{idx(22)}].firstDate"],
     "why": "ネットワーク機器・接続元制限：「はい」に○があるが1回目確認日が空欄（全項目に1回目の回答と確認日が必要）。"},
]
exp = {
    "form": "checklist-vendor",
    "version": "R7",
    "file": NAME + ".xlsx",
    "values": {"vendorName": VENDOR, "targetSystem": SYSTEM, "hospitalName": HOSPITAL, "checkedOn": CHECKED,
               "entries": entries},
    "planted": planted,
    "notes": ("R7 (令和7年度版) vendor checklist drawn as a questionnaire. Header values share a cell with their label "
              "(`事業者名：…`, `確認日：令和7年6月17日`). 1回目 answer is a ○ in the はい (D) or いいえ (E) column; "
              "2回目 is typed text はい. Dates are text: R7.m.d (令和7年), R8.3.31 = 2026-03-31, year-less 8/29 = 2025-08-29. "
              "itemNo is the questionnaire's sequential No. (1–24) as shown in column A, not the official numbering. "
              "Item wording of the R7 additions (運用管理規程, 13文字以上・使い回し, 二要素認証（令和9年度まで）, USB制限) and of the "
              "vendor-side items is my reconstruction (catalogue marks R7 wording unverified). Sheets: 記入要領 (instructions, "
              "no data), チェックリスト (data), 選択肢 (hidden, validation lists). Re-saved by LibreOffice."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print(rownum)
