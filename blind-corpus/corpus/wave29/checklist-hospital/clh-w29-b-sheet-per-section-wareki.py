# Generator: clh-w29-b-sheet-per-section-wareki.xlsx
# Run: PYTHONPATH=/tmp/clmclh-w29-lib /usr/bin/python3 THIS.py  (openpyxl 3.1.5 from /opt/pypi; /usr/bin/python3 had none)
# Hospital's own workbook: 表紙 sheet (医療機関名 as '項目：値'), one sheet per section in No.|対象|確認項目|… layout,
# answers from a dropdown (list on a hidden sheet), dates typed as 和暦 text (R6.7.3 / 令和6年9月30日),
# line breaks inside 備考, some item texts abbreviated.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave29/checklist-hospital"
NAME = "clh-w29-b-sheet-per-section-wareki"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

FACILITY = "医療法人社団桜水会 さくらみず病院"
wb = Workbook()
cv = wb.active
cv.title = "表紙"
cv.column_dimensions["A"].width = 90
cv["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度版）"
cv["A1"].font = Font(size=14, bold=True)
cv["A2"] = "医療機関確認用"
cv["A4"] = "医療機関名：" + FACILITY
cv["A4"].font = Font(size=12); cv["A4"].border = Border(bottom=thin)
cv["A6"] = "【記入方法】"
cv["A7"] = "・シート「前提・1」「2.管理運用」「3.インシデント」の各項目について、1回目の確認結果（はい／いいえ）と確認日を記入してください。"
cv["A8"] = "・1回目が「いいえ」の項目は目標日を記入し、目標日までに対応した後、2回目の確認結果と確認日を記入してください。"
cv["A9"] = "・前提が「いいえ」の場合は、以降の記入は不要です。"
cv["A10"] = "・立入検査の際に提出します（情報システム委員会で確認済み）。"
for r in range(7, 11):
    cv.cell(r, 1).alignment = Alignment(wrap_text=True)

lst = wb.create_sheet("選択肢")
lst["A1"] = "はい"; lst["A2"] = "いいえ"
lst.sheet_state = "hidden"

T = {
 "pre": "医療情報システムを導入、運用している",
 "1-1": "医療情報システム安全管理責任者を設置している",
 "2-1": "サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
 "2-2": "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した",
 "2-3": "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
 "acl": "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
 "acc": "退職者や使用していないアカウント等、不要なアカウントを削除している",
 "log": "アクセスログを管理している",
 "pat": "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
 "svc": "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
 "src": "接続元制限を実施している",
 "3-1": "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
 "3-2": "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
 "3-3": "サイバー攻撃を想定した事業継続計画（BCP）を策定している",
}
SHOWN = {  # abbreviated wording the hospital typed
 "2-3": "MDS/SDS（医療情報セキュリティ開示書）を事業者から提出してもらう",
 "acl": "職種・担当業務別のアクセス利用権限の設定",
 "acc": "不要なアカウント（退職者・未使用等）の削除",
 "log": "アクセスログの管理",
 "pat": "セキュリティパッチ（最新FW・更新プログラム）の適用",
 "svc": "不要なソフトウェア・サービスの停止",
 "src": "接続元制限の実施",
}
# value tuples: (no, 対象 (shown), section (canonical), key, fa, fd_text, fd_iso, tg_text, tg_iso, sa, sd_text, sd_iso, remarks)
SHEETS = [
 ("前提・1", "前提・1　体制構築", [
   (None, "前提", "前提", "pre", "はい", "R6.7.3", "2024-07-03", None, None, None, None, None, None),
   ("1-(1)", "体制", "体制構築", "1-1", "はい", "R6.7.3", "2024-07-03", None, None, None, None, None,
    "事務部長を任命\n（令和6年4月1日付）"),
 ]),
("2.管理運用", "2　医療情報システムの管理・運用", [
   ("2-(1)", "全般", "医療情報システム全般", "2-1", "いいえ", "R6.7.3", "2024-07-03", "令和6年9月30日", "2024-09-30",
    "はい", "R6.9.27", "2024-09-27", "台帳をマニュアル2-(1)の様式で作成"),
   ("2-(2)", "全般", "医療情報システム全般", "2-2", "はい", "R6.7.3", "2024-07-03", None, None, None, None, None, None),
   ("2-(3)", "全般", "医療情報システム全般", "2-3", "はい", "R6.7.3", "2024-07-03", None, None, None, None, None,
    "電子カルテ、医事会計、PACS\n各社から受領"),
   (None, "サーバ", "サーバ", "acl", "はい", "R6.7.4", "2024-07-04", None, None, None, None, None, None),
   (None, "サーバ", "サーバ", "acc", "はい", "R6.7.4", "2024-07-04", None, None, None, None, None, None),
   (None, "サーバ", "サーバ", "log", "いいえ", "R6.7.4", "2024-07-04", "令和6年12月27日", "2024-12-27", None, None, None,
    "ログ保存期間を事業者と調整中"),
   (None, "サーバ", "サーバ", "pat", "はい", "R6.7.4", "2024-07-04", None, None, None, None, None, None),
   (None, "サーバ", "サーバ", "svc", "はい", "R6.7.4", "2024-07-04", None, None, None, None, None, None),
   (None, "端末PC", "端末PC", "acl", "はい", "R6.7.4", "2024-07-04", None, None, None, None, None, None),
   (None, "端末PC", "端末PC", "acc", "いいえ", "R6.7.4", "2024-07-04", "令和7年4月30日", "2025-04-30", None, None, None,
    "人事異動（4月）に合わせて棚卸し予定"),   # PLANTED: 目標日 outside FY R6
   (None, "端末PC", "端末PC", "pat", "はい", "R6.7.4", "2024-07-04", None, None, None, None, None, None),
   (None, "端末PC", "端末PC", "svc", "はい", "R6.7.4", "2024-07-04", None, None, None, None, None, None),
   (None, "NW機器", "ネットワーク機器", "pat", "はい", "R6.7.4", "2024-07-04", None, None, None, None, None,
    "UTMファームウェア更新済"),
   (None, "NW機器", "ネットワーク機器", "src", "はい", "R6.7.4", "2024-07-04", None, None, None, None, None, None),
 ]),
 ("3.インシデント", "3　インシデント発生に備えた対応", [
   ("3-(1)", "", "インシデント発生に備えた対応", "3-1", "はい", "R6.7.5", "2024-07-05", None, None, None, None, None, None),
   ("3-(2)", "", "インシデント発生に備えた対応", "3-2", "はい", None, None, None, None, None, None, None,
    "バックアップは日次（外付けHDD、週1回オフライン保管）"),  # PLANTED: 1回目 確認日 missing
   ("3-(3)", "", "インシデント発生に備えた対応", "3-3", "いいえ", "R6.7.5", "2024-07-05", "令和7年3月31日", "2025-03-31",
    "いいえ", "R7.1.20", "2025-01-20", "BCP策定の確認表で作業中\n3月の運営会議で承認予定"),
 ]),
]

entries = []
where = {}
for sname, title, rows in SHEETS:
    ws = wb.create_sheet(sname)
    for k, v in {"A": 7, "B": 9, "C": 48, "D": 9, "E": 12, "F": 16, "G": 9, "H": 12, "I": 30}.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = title; ws["A1"].font = Font(size=12, bold=True)
    hdr = ["No.", "対象", "確認項目", "1回目", "確認日", "目標日", "2回目", "確認日", "備考"]
    for col, h in enumerate(hdr, start=1):
        c = ws.cell(3, col, h); c.border = box; c.alignment = center; c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="FCE4D6")
    dv = DataValidation(type="list", formula1="=選択肢!$A$1:$A$2", allow_blank=True)
    ws.add_data_validation(dv)
    r = 4
    for (no, shown_cls, sec, key, fa, fdt, fdi, tgt, tgi, sa, sdt, sdi, rm) in rows:
        vals = [no, shown_cls or None, SHOWN.get(key, T[key]), fa, fdt, tgt, sa, sdt, rm]
        for col, v in enumerate(vals, start=1):
            c = ws.cell(r, col, v)
            c.border = box
            c.alignment = wrap if col in (3, 9) else center
        dv.add(f"D{r}"); dv.add(f"G{r}")
        ws.row_dimensions[r].height = 34
        e = {"section": sec, "item": T[key]}
        if no: e["itemNo"] = no
        e["firstAnswer"] = fa
        if fdi: e["firstDate"] = fdi
        if tgi: e["targetDate"] = tgi
        if sa: e["secondAnswer"] = sa
        if sdi: e["secondDate"] = sdi
        if rm: e["remarks"] = rm
        where[(sname, key)] = (len(entries), r)
        entries.append(e)
        r += 1

wb.save(os.path.join(OUT, NAME + ".xlsx"))

# 端末PC acc is the second 'acc' on sheet 2: find it explicitly
idx_pc_acc = next(i for i, e in enumerate(entries) if e["section"] == "端末PC" and e["item"] == T["acc"])
row_pc_acc = 4 + [x[3] + x[1] for x in SHEETS[1][2]].index("acc端末PC")
idx_32, row_32 = where[("3.インシデント", "3-2")]
exp = {
  "form": "checklist-hospital",
  "version": "R6",
  "file": NAME + ".xlsx",
  "values": {"facilityName": FACILITY, "entries": entries},
  "planted": [
    {"cells": [f"2.管理運用!F{row_pc_acc}"], "paths": [f"entries[{idx_pc_acc}].targetDate"],
     "why": "目標日 令和7年4月30日 が様式の年度（令和6年度＝2025-03-31まで）を超えている"},
    {"cells": [f"3.インシデント!E{row_32}"], "paths": [f"entries[{idx_32}].firstDate"],
     "why": "1回目の回答「はい」はあるが確認日が空欄（1回目は回答と確認日の両方が必須）"},
  ],
  "notes": ("Sheets: 表紙 (医療機関名 in one cell as '医療機関名：…'), hidden 選択肢 (dropdown list), then one sheet per section "
            "'前提・1', '2.管理運用', '3.インシデント' (entries run in that sheet order). Dates are 和暦 text ('R6.7.3', '令和6年9月30日'). "
            "Column B '対象' shows short class names (全般 = 医療情報システム全般, NW機器 = ネットワーク機器, 体制 = 体制構築); "
            "section gives the full name. Several item texts are abbreviated in column C; 'item' gives the catalogue wording. "
            "Device-class items have no number. 備考 cells contain line breaks. No 確認日 header field (R6).")
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", len(entries), idx_pc_acc, row_pc_acc, idx_32, row_32)
