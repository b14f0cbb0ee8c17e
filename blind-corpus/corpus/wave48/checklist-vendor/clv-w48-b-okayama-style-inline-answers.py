# Generator for clv-w48-b-okayama-style-inline-answers.xlsx
# Role: a レセコン vendor's sales engineer filling a checklist sheet that a prefecture office redrew in the
# style of its own 最低限の措置編 form: answer and date in one cell 「はい・いいえ (　/　)」 with the unused option
# deleted, 目標日 「(　/　)」, heading rows, no item numbers, 記入要領 sheet first, a COUNTIF without cached value.
import json, os, sys
sys.path.insert(0, "/tmp/clvins-py")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = "/work/blind/wave48/checklist-vendor"
NAME = "clv-w48-b-okayama-style-inline-answers"
SHEET = "事業者確認用"

VENDOR = "山陽メディカルソフト株式会社"
SYSTEM = "医事会計システム（レセプトコンピュータ）"
HOSP = "社会医療法人 旭川会 旭東記念病院"

BLANK_ANS = "はい・いいえ (　/　)"
BLANK_TGT = "(　/　)"
SEC1 = "体制構築"; SEC2 = "医療情報システムの管理・運用"; SEC3 = "インシデント発生に備えた対応"

# rows: ("H", heading text) or ("I", section, item, cell1, cellT, cell2, remarks, canonical dict)
rows = [
 ("H", "○体制構築"),
 ("I", SEC1, "事業者内に、医療情報システム等の提供に係る管理責任者を設置している。",
   "はい (10/15)", BLANK_TGT, BLANK_ANS, None,
   dict(firstAnswer="はい", firstDate="2024-10-15")),
 ("H", "○医療情報システムの管理・運用"),
 ("I", SEC2, "医療機関に提供したサーバ、端末PC、ネットワーク機器の台帳管理を行っている。",
   "はい (10/15)", BLANK_TGT, BLANK_ANS, None,
   dict(firstAnswer="はい", firstDate="2024-10-15")),
 ("I", SEC2, "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した。",
   "いいえ (10/15)", "(11/15)", "はい (10/1)", "保守用VPN装置1台の有無を\n文書で報告済",
   dict(firstAnswer="いいえ", firstDate="2024-10-15", targetDate="2024-11-15",
        secondAnswer="はい", secondDate="2024-10-01")),
 ("I", SEC2, "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した。",
   "はい (10/15)", BLANK_TGT, BLANK_ANS, "SDS提出済（R6.7）",
   dict(firstAnswer="はい", firstDate="2024-10-15")),
 ("H", "【サーバ】"),
 ("I", "サーバ", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。",
   "はい (10/15)", BLANK_TGT, BLANK_ANS, None, dict(firstAnswer="はい", firstDate="2024-10-15")),
 ("I", "サーバ", "退職者や使用していないアカウント等、不要なアカウントを削除している。",
   "はい (10/15)", BLANK_TGT, BLANK_ANS, None, dict(firstAnswer="はい", firstDate="2024-10-15")),
 ("I", "サーバ", "アクセスログを管理している。",
   "はい (10/15)", BLANK_TGT, BLANK_ANS, None, dict(firstAnswer="はい", firstDate="2024-10-15")),
 ("I", "サーバ", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。",
   "はい (10/15)", BLANK_TGT, BLANK_ANS, "月次で適用", dict(firstAnswer="はい", firstDate="2024-10-15")),
 ("I", "サーバ", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。",
   "はい (10/15)", BLANK_TGT, BLANK_ANS, None, dict(firstAnswer="はい", firstDate="2024-10-15")),
 ("H", "【端末PC】"),
 ("I", "端末PC", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。",
   "はい (10/15)", BLANK_TGT, BLANK_ANS, None, dict(firstAnswer="はい", firstDate="2024-10-15")),
 ("I", "端末PC", "退職者や使用していないアカウント等、不要なアカウントを削除している。",
   "いいえ (10/15)", BLANK_TGT, BLANK_ANS, "医事課の共用IDが残存",
   dict(firstAnswer="いいえ", firstDate="2024-10-15")),
 ("I", "端末PC", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。",
   "はい (10/15)", BLANK_TGT, BLANK_ANS, None, dict(firstAnswer="はい", firstDate="2024-10-15")),
 ("I", "端末PC", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。",
   "はい (10/15)", BLANK_TGT, BLANK_ANS, None, dict(firstAnswer="はい", firstDate="2024-10-15")),
 ("H", "【ネットワーク機器】"),
 ("I", "ネットワーク機器", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。",
   "はい (10/15)", BLANK_TGT, BLANK_ANS, None, dict(firstAnswer="はい", firstDate="2024-10-15")),
 ("I", "ネットワーク機器", "接続元制限を実施している。",
   "いいえ (10/15)", "(1/20)", BLANK_ANS, "保守回線のACL設定を\n1月定期保守時に実施予定",
   dict(firstAnswer="いいえ", firstDate="2024-10-15", targetDate="2025-01-20")),
 ("H", "○インシデント発生に備えた対応"),
 ("I", SEC3, "インシデント発生時における事業者内と外部関係機関（医療機関、厚生労働省、警察等）への連絡体制図がある。",
   "はい (10/15)", BLANK_TGT, BLANK_ANS, None, dict(firstAnswer="はい", firstDate="2024-10-15")),
 ("I", SEC3, "インシデント発生時に医療機関が診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している。",
   "いいえ (10/15)", "(12/20)", "はい (12/18)", "復旧手順書を改訂",
   dict(firstAnswer="いいえ", firstDate="2024-10-15", targetDate="2024-12-20",
        secondAnswer="はい", secondDate="2024-12-18")),
]

thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ins = wb.active; ins.title = "記入要領"
ins.column_dimensions["A"].width = 100
lines = ["【記入要領】医療機関におけるサイバーセキュリティ対策チェックリスト（事業者確認用）",
         "",
         "1. 医療機関から委託を受けている事業者は、システムごとに本シートを1枚作成してください。",
         "2. 確認結果欄は「はい・いいえ」のうち該当しない方を消し、（　/　）に確認した日付を記入してください。",
         "3. 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を目標日欄に記入してください。",
         "4. 目標日までに対応した後、2回目欄に確認結果と日付を記入してください。",
         "5. 記入後は医療機関の担当者へ提出してください（立入検査時に保健所が確認します）。"]
for i, t in enumerate(lines, 1):
    ins.cell(i, 1, t)
ins["A1"].font = Font(bold=True, size=12)

ws = wb.create_sheet(SHEET)
for k, v in {"A": 62, "B": 17, "C": 11, "D": 17, "E": 28}.items():
    ws.column_dimensions[k].width = v
ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"; ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "事業者確認用"; ws["A2"].font = Font(bold=True, size=12)
ws["A4"] = f"事業者名：{VENDOR}"
ws["A5"] = f"対象システム：{SYSTEM}"
ws["A6"] = f"提出先医療機関名：{HOSP}"
ws["A8"] = "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。"
ws["A8"].font = Font(size=9)

ws["A10"] = "チェック項目"; ws["B10"] = "確認結果（日付）"; ws["E10"] = "備考"
ws["B11"] = "1回目"; ws["C11"] = "目標日"; ws["D11"] = "2回目"
ws.merge_cells("A10:A11"); ws.merge_cells("B10:D10"); ws.merge_cells("E10:E11")
for rr in (10, 11):
    for c in range(1, 6):
        ws.cell(rr, c).border = B; ws.cell(rr, c).alignment = center
        ws.cell(rr, c).font = Font(bold=True); ws.cell(rr, c).fill = PatternFill("solid", fgColor="E2EFDA")

r = 12
entries = []; refs = {}
for row in rows:
    if row[0] == "H":
        ws.cell(r, 1, row[1]).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        for c in range(1, 6): ws.cell(r, c).border = B
    else:
        _, sec, text, c1, ct, c2, rem, can = row
        ws.cell(r, 1, text).alignment = wrap
        ws.cell(r, 2, c1); ws.cell(r, 3, ct); ws.cell(r, 4, c2)
        if rem: ws.cell(r, 5, rem)
        for c in range(1, 6):
            ws.cell(r, c).border = B
            if c in (2, 3, 4): ws.cell(r, c).alignment = center
            if c == 5: ws.cell(r, c).alignment = wrap
        ws.row_dimensions[r].height = 34
        e = {"section": sec, "item": text}
        e.update(can)
        if rem: e["remarks"] = rem
        refs[len(entries)] = r
        entries.append(e)
    r += 1
r += 1
ws.cell(r, 1, "「いいえ」（1回目）の件数").alignment = Alignment(horizontal="right")
ws.cell(r, 2, '=COUNTIF(B12:B%d,"いいえ*")' % (r - 2))
sumrow = r

wb.save(os.path.join(OUT, NAME + ".xlsx"))

# indexes of planted rows
i_remote = next(i for i, e in enumerate(entries) if e["item"].startswith("リモートメンテナンス"))
i_acct = next(i for i, e in enumerate(entries) if e["section"] == "端末PC" and e["item"].startswith("退職者"))
planted = [
  {"cells": [f"{SHEET}!D{refs[i_remote]}", f"{SHEET}!B{refs[i_remote]}"],
   "paths": [f"entries[{i_remote}].secondDate"],
   "why": "2回目の確認日 (10/1 = 2024-10-01) が1回目の確認日 (10/15) より前（11/1の書き誤り）"},
  {"cells": [f"{SHEET}!C{refs[i_acct]}"],
   "paths": [f"entries[{i_acct}].targetDate"],
   "why": "1回目が「いいえ」なのに目標日が空欄（「(　/　)」のまま）"},
]
expected = {
  "form": "checklist-vendor", "version": "R6", "file": NAME + ".xlsx",
  "values": {"vendorName": VENDOR, "targetSystem": SYSTEM, "hospitalName": HOSP, "entries": entries},
  "planted": planted,
  "notes": ("Header fields are label and value in one cell ('事業者名：…'). Answers and dates share a cell: "
            "'はい (10/15)' (year-less, R6 → 2024-10-15; '(1/20)' → 2025-01-20). Cells still holding the template "
            "text 'はい・いいえ (　/　)' or '(　/　)' are blank (not answered). No item numbers shown, so no itemNo. "
            "Heading rows ○…/【…】 are not items; 'section' is the heading text without ○ for non-device items, the "
            "device class for device items. Sheet 記入要領 is instructions only. B%d holds a COUNTIF formula saved by "
            "openpyxl without a cached value; it is not a field. Vendor item wording other than 1-(1) and 2-(3) is the "
            "drawer's reconstruction of the MHLW R6 事業者確認用 form." % sumrow),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok", refs, sumrow)
