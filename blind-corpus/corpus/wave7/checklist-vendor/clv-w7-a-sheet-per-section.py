# Generator for clv-w7-a-sheet-per-section (checklist-vendor, R6)
# Role: a vendor's sales engineer (Sendai branch) filling the MHLW R6 事業者確認用 checklist for a Miyagi hospital,
# on a workbook he laid out himself: cover sheet + one sheet per section / device class,
# answer and date in one cell ("はい 10/7"), year-less dates, device-class items without numbers.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

NAME = "clv-w7-a-sheet-per-section"
OUT = os.path.dirname(os.path.abspath(__file__))

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="DDEBF7")
WRAP = Alignment(wrap_text=True, vertical="center")

# full wording (what the item means) -> used in expected.json
F = {
 "1-1": "事業者内に医療情報システム等の提供に係る管理責任者を設置している",
 "2-1": "医療機関に提供したサーバ、端末PC、ネットワーク機器の台帳管理を行っている",
 "2-2": "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した",
 "2-3": "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した",
 "acl": "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
 "acct": "退職者や使用していないアカウント等、不要なアカウントを削除している",
 "log": "アクセスログを管理している",
 "pw": "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している",
 "patch": "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
 "svc": "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
 "src": "接続元制限を実施している",
 "3-1": "インシデント発生時における事業者内と医療機関への連絡体制図がある",
 "3-2": "インシデント発生時に医療機関が診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を医療機関と確認している",
}
# as the vendor copied them (sometimes shortened)
W = dict(F)
W["2-1"] = "提供機器（サーバ・端末PC・ネットワーク機器）の台帳管理を行っている"
W["2-2"] = "リモートメンテナンス(保守)利用機器の有無を医療機関へ報告した"
W["2-3"] = "医療機関にMDS/SDS（医療情報セキュリティ開示書）を提出した"
W["acl"] = "職種・担当業務別の情報区分毎にアクセス利用権限を設定している"
W["patch"] = "セキュリティパッチ(最新FW・更新プログラム)を適用している"
W["svc"] = "バックグラウンドで動作している不要なソフト・サービスを停止している"

wb = Workbook()
entries = []
planted = []

def hdr(ws, row, labels, widths):
    for i, (lab, w) in enumerate(zip(labels, widths)):
        c = ws.cell(row=row, column=i + 1, value=lab)
        c.font = Font(bold=True); c.fill = HEAD; c.border = B; c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.column_dimensions[chr(65 + i)].width = w

# ---- 表紙
ws = wb.active; ws.title = "表紙"
ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（事業者確認用）　令和6年度版"
ws["A1"].font = Font(bold=True, size=14)
ws["A3"] = "事業者名"; ws["B3"] = "東北メディカルシステム株式会社"
ws["A4"] = "対象システム"; ws["B4"] = "電子カルテシステム（MegaKarte V8）"
ws["A5"] = "提出先医療機関名"; ws["B5"] = "医療法人社団青葉会 杜の都中央病院"
for r in range(3, 6):
    ws.cell(row=r, column=1).font = Font(bold=True); ws.cell(row=r, column=1).border = B; ws.cell(row=r, column=2).border = B
ws["A7"] = "【記入要領】"
ws["A8"] = "・各シートの「1回目」「2回目」欄には、はい／いいえと確認日を続けて記入してください（例：はい 10/1）。"
ws["A9"] = "・1回目で「いいえ」の場合は、対応の目標日を記入してください。"
ws["A10"] = "・日付は令和6年度（令和6年4月～令和7年3月）の月/日で記入。"
ws["A11"] = "・シート：1・2共通 ／ サーバ ／ 端末PC ／ ネットワーク機器 ／ 3 インシデント"
ws.column_dimensions["A"].width = 20; ws.column_dimensions["B"].width = 60

def row_out(ws, r, ncols):
    for c in range(1, ncols + 1):
        ws.cell(row=r, column=c).border = B
        ws.cell(row=r, column=c).alignment = WRAP

# ---- 1・2共通
ws = wb.create_sheet("1・2共通")
ws["A1"] = "1 体制構築 ／ 2 医療情報システムの管理・運用（共通）"; ws["A1"].font = Font(bold=True, size=12)
hdr(ws, 3, ["区分", "項目", "チェック項目", "1回目", "目標日", "2回目", "備考"], [16, 8, 48, 14, 10, 14, 30])
rows = [
 ("体制構築", "1-(1)", "1-1", "はい 10/7", None, None, "管理責任者：品質保証部長", dict(firstAnswer="はい", firstDate="2024-10-07")),
 ("医療情報システムの管理・運用", "2-(1)", "2-1", "はい 10/7", None, None, None, dict(firstAnswer="はい", firstDate="2024-10-07")),
 (None, "2-(2)", "2-2", "はい 10/7", None, None, "保守用VPNルータ 1台", dict(firstAnswer="はい", firstDate="2024-10-07")),
 (None, "2-(3)", "2-3", "いいえ（10/7）", "11/29", "はい　11/26", "SDS最新版を11/26に送付", dict(firstAnswer="いいえ", firstDate="2024-10-07", targetDate="2024-11-29", secondAnswer="はい", secondDate="2024-11-26")),
]
r = 4
for sec, no, key, a1, tg, a2, rem, val in rows:
    ws.cell(row=r, column=1, value=sec); ws.cell(row=r, column=2, value=no); ws.cell(row=r, column=3, value=W[key])
    ws.cell(row=r, column=4, value=a1); ws.cell(row=r, column=5, value=tg); ws.cell(row=r, column=6, value=a2); ws.cell(row=r, column=7, value=rem)
    row_out(ws, r, 7)
    e = {"section": "体制構築" if key == "1-1" else "医療情報システムの管理・運用", "item": F[key], "itemNo": no}
    e.update(val)
    if rem: e["remarks"] = rem
    entries.append(e); r += 1
ws.merge_cells("A5:A7")

# ---- device sheets (items without numbers)
def device_sheet(title, rows):
    ws = wb.create_sheet(title)
    ws["A1"] = f"2 医療情報システムの管理・運用（{title}）"; ws["A1"].font = Font(bold=True, size=12)
    hdr(ws, 3, ["チェック項目", "1回目", "目標日", "2回目", "備考"], [52, 14, 10, 14, 32])
    r = 4
    for key, a1, tg, a2, rem, val, plant in rows:
        ws.cell(row=r, column=1, value=W[key]); ws.cell(row=r, column=2, value=a1); ws.cell(row=r, column=3, value=tg)
        ws.cell(row=r, column=4, value=a2); ws.cell(row=r, column=5, value=rem)
        row_out(ws, r, 5)
        e = {"section": title, "item": F[key]}; e.update(val)
        if rem: e["remarks"] = rem
        idx = len(entries); entries.append(e)
        if plant:
            col, fld, why = plant
            planted.append({"cells": [f"{title}!{col}{r}"], "paths": [f"entries[{idx}].{fld}"], "why": why})
        r += 1
    return ws

device_sheet("サーバ", [
 ("acl", "はい 10/8", None, None, None, dict(firstAnswer="はい", firstDate="2024-10-08"), None),
 ("acct", "はい 10/8", None, None, "四半期ごとに棚卸し", dict(firstAnswer="はい", firstDate="2024-10-08"), None),
 ("log", "いいえ 10/8", None, None, "ログ保存期間の設定を見直し中", dict(firstAnswer="いいえ", firstDate="2024-10-08"),
  ("C", "targetDate", "1回目が「いいえ」なのに目標日が空欄（いいえ ⇒ 目標日必須）")),
 ("pw", "はい 10/8", None, None, None, dict(firstAnswer="はい", firstDate="2024-10-08"), None),
 ("patch", "はい 10/8", None, None, "月次で適用", dict(firstAnswer="はい", firstDate="2024-10-08"), None),
 ("svc", "はい 10/8", None, None, None, dict(firstAnswer="はい", firstDate="2024-10-08"), None),
])
device_sheet("端末PC", [
 ("acl", "はい 10/8", None, None, None, dict(firstAnswer="はい", firstDate="2024-10-08"), None),
 ("acct", "はい 10/8", None, None, None, dict(firstAnswer="はい", firstDate="2024-10-08"), None),
 ("pw", "いいえ 10/8", "1/31", "はい 1/24", "端末ログインPWポリシー変更", dict(firstAnswer="いいえ", firstDate="2024-10-08", targetDate="2025-01-31", secondAnswer="はい", secondDate="2025-01-24"), None),
 ("patch", "いいえ 10/8", "12/27", "はい 9/30", None, dict(firstAnswer="いいえ", firstDate="2024-10-08", targetDate="2024-12-27", secondAnswer="はい", secondDate="2024-09-30"),
  ("D", "secondDate", "2回目の確認日 9/30（2024-09-30）が1回目の確認日 10/8（2024-10-08）より前")),
 ("svc", "いいえ 10/9", "3/14", None, "不要常駐ソフトの洗い出し中", dict(firstAnswer="いいえ", firstDate="2024-10-09", targetDate="2025-03-14"), None),
])
device_sheet("ネットワーク機器", [
 ("pw", "はい 10/9", None, None, None, dict(firstAnswer="はい", firstDate="2024-10-09"), None),
 ("patch", "はい 10/9", None, None, "UTMファーム 10/1更新済", dict(firstAnswer="はい", firstDate="2024-10-09"), None),
 ("src", "はい", None, None, "保守VPNは当社拠点IPのみ許可", dict(firstAnswer="はい"),
  ("B", "firstDate", "1回目の回答に確認日がない（各項目に1回目の回答と確認日が必要）")),
])

# ---- 3
ws = wb.create_sheet("3 インシデント")
ws["A1"] = "3 インシデント発生に備えた対応"; ws["A1"].font = Font(bold=True, size=12)
hdr(ws, 3, ["項目", "チェック項目", "1回目", "目標日", "2回目", "備考"], [8, 52, 14, 10, 14, 30])
r = 4
for no, key, a1, rem in [("3-(1)", "3-1", "はい 10/9", "緊急連絡網（夜間・休日含む）を10月改版"), ("3-(2)", "3-2", "はい 10/9", None)]:
    ws.cell(row=r, column=1, value=no); ws.cell(row=r, column=2, value=W[key]); ws.cell(row=r, column=3, value=a1); ws.cell(row=r, column=6, value=rem)
    row_out(ws, r, 6)
    e = {"section": "インシデント発生に備えた対応", "item": F[key], "itemNo": no, "firstAnswer": "はい", "firstDate": "2024-10-09"}
    if rem: e["remarks"] = rem
    entries.append(e); r += 1

wb.save(os.path.join(OUT, NAME + ".xlsx"))

exp = {
 "form": "checklist-vendor", "version": "R6", "file": NAME + ".xlsx",
 "values": {
   "vendorName": "東北メディカルシステム株式会社",
   "targetSystem": "電子カルテシステム（MegaKarte V8）",
   "hospitalName": "医療法人社団青葉会 杜の都中央病院",
   "entries": entries,
 },
 "planted": planted,
 "notes": ("Sheets in order 表紙, 1・2共通, サーバ, 端末PC, ネットワーク機器, 3 インシデント; entries follow that order. "
           "Answer and date share one cell (e.g. 'いいえ（10/7）'); dates are year-less on an R6 form (Oct-Dec = 2024, Jan-Mar = 2025). "
           "Device-class sheets show items without numbers, so no itemNo there. Item texts in the workbook are partly shortened; "
           "'item' gives the full wording. Vendor item wording other than 1-(1) and 2-(3) is my own parallel of the hospital items "
           "(catalogue gives only those two). Section of non-device items = the section heading written (体制構築 / "
           "医療情報システムの管理・運用 / インシデント発生に備えた対応). The 2-(1)..2-(3) 区分 cell is merged A5:A7."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", len(entries), "entries", len(planted), "planted")
