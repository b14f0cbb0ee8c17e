#!/usr/bin/python3
# Generator: clh-w46-b-sheet-per-section-wareki.xlsx  (checklist-hospital, R6, 2 planted problems)
# Role: 事務長 of a mid-size hospital who split the 医療機関確認用 checklist into a cover sheet and one sheet
# per section; ○ marks in はい/いいえ columns; dates typed as 和暦 text (R6.8.5, 令和7年1月31日, some full-width);
# device-class items listed item by item with the class in a sub-column; hidden 選択肢 sheet; a COUNTIF
# total on the cover sheet saved by openpyxl without a cached value.
import sys, json, os
sys.path.insert(0, "/tmp/clx_py")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "clh-w46-b-sheet-per-section-wareki"
FACILITY = "一般財団法人 湖北医療会 湖北中央病院"
S1 = "1 体制構築"; S2 = "2 医療情報システムの管理・運用"; S3 = "3 インシデント発生に備えた対応"
T_ACL = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
T_ACC = "退職者や使用していないアカウント等、不要なアカウントを削除している"
T_LOG = "アクセスログを管理している"
T_PW = "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している"
T_PAT = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
T_SVC = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
T_SRC = "接続元制限を実施している"
# a row: (No., class, item, first, (firstText, firstISO), (targetText, ISO), second, (secondText, ISO), remarks)
A = ("R6.8.5", "2024-08-05"); B = ("R6.8.7", "2024-08-07")
SHEETS = [
 ("前提・1体制", [
   ("前提", None, [(None, None, "医療情報システムを導入、運用している", "はい", A, None, None, None, "電子カルテ・オーダリング・医事会計")]),
   (S1, S1, [("1-(1)", None, "医療情報システム安全管理責任者を設置している", "はい", A, None, None, None, "事務長が兼務")]),
 ]),
 ("2管理・運用", [
   (S2, S2, [
     ("2-(1)", None, "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", "いいえ", A, ("令和6年10月31日", "2024-10-31"), "はい", ("R6.10.28", "2024-10-28"), "ネットワーク機器分を追加作成"),
     ("2-(2)", None, "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", "はい", B, None, None, None, None),
     ("2-(3)", None, "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう", "はい", B, None, None, None, None),
   ]),
   ("機器別（サーバ／端末PC／ネットワーク機器）", None, [
     (None, "サーバ", T_ACL, "はい", A, None, None, None, None),
     (None, "端末PC", T_ACL, "はい", A, None, None, None, None),
     (None, "サーバ", T_ACC, "はい", A, None, None, None, None),
     (None, "端末PC", T_ACC, "はい", A, None, None, None, "退職時に人事課から連絡"),
     (None, "サーバ", T_LOG, "いいえ", A, ("令和７年１月３１日", "2025-01-31"), None, None, "ログ保存期間を業者と協議中"),
     (None, "サーバ", T_PW, "はい", A, None, None, None, None),
     (None, "端末PC", T_PW, "はい", A, None, None, None, None),
     (None, "ネットワーク機器", T_PW, "はい", B, None, None, None, None),
     (None, "サーバ", T_PAT, "はい", A, None, None, None, None),
     (None, "端末PC", T_PAT, "はい", A, None, None, None, None),
     (None, "ネットワーク機器", T_PAT, "はい", B, None, None, None, None),
     (None, "サーバ", T_SVC, "はい", A, None, None, None, None),
     (None, "端末PC", T_SVC, "はい", A, None, None, None, None),
     # PLANTED: 目標日 outside the fiscal year (R6 ends 2025-03-31)
     (None, "ネットワーク機器", T_SRC, "いいえ", B, ("令和7年6月30日", "2025-06-30"), None, None, "ルータ更改に合わせて実施予定"),
   ]),
 ]),
 ("3インシデント", [
   (S3, S3, [
     # PLANTED: 1回目 確認日 left blank
     ("3-(1)", None, "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある", "はい", None, None, None, None, None),
     ("3-(2)", None, "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している", "はい", ("Ｒ６．８．７", "2024-08-07"), None, None, None, "バックアップは日次、復旧手順は業者作成"),
     ("3-(3)", None, "サイバー攻撃を想定した事業継続計画（BCP）を策定している", "はい", B, None, None, None, "R6.3策定"),
   ]),
 ]),
]

thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
hf = PatternFill("solid", fgColor="E2EFDA"); secf = PatternFill("solid", fgColor="FFF2CC")

wb = Workbook()
cover = wb.active; cover.title = "表紙"
cover.column_dimensions["B"].width = 50; cover.column_dimensions["C"].width = 12
cover["B2"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"; cover["B2"].font = Font(size=14, bold=True)
cover["B3"] = "令和6年度版　医療機関確認用"
cover["B5"] = "医療機関名"; cover["B5"].font = Font(bold=True)
cover["B6"] = FACILITY; cover["B6"].border = box; cover["B6"].font = Font(size=12)
cover["B8"] = "1回目「はい」の件数（自動計算）"
cover["C8"] = "=COUNTIF('前提・1体制'!D:D,\"○\")+COUNTIF('2管理・運用'!D:D,\"○\")+COUNTIF('3インシデント'!D:D,\"○\")"
cover["B9"] = "1回目「いいえ」の件数（自動計算）"
cover["C9"] = "=COUNTIF('前提・1体制'!E:E,\"○\")+COUNTIF('2管理・運用'!E:E,\"○\")+COUNTIF('3インシデント'!E:E,\"○\")"
cover["B11"] = "※ 各シートの「はい」「いいえ」欄に○を付け、確認日を記入してください（例：R6.8.1）。"
cover["B12"] = "※「いいえ」の場合は対応目標日を記入してください。"

opt = wb.create_sheet("選択肢"); opt["A1"] = "○"; opt.sheet_state = "hidden"

COLS = dict(A=7, B=14, C=52, D=5, E=6, F=12, G=16, H=5, I=6, J=12, K=28)
entries = []; cellmap = []
for title, blocks in SHEETS:
    ws = wb.create_sheet(title)
    for k, v in COLS.items(): ws.column_dimensions[k].width = v
    ws.merge_cells("A1:K1"); ws["A1"] = f"チェックリスト（医療機関確認用）　{title}"; ws["A1"].font = Font(bold=True, size=12)
    for rng, t in [("A2:A3", "No."), ("B2:B3", "対象"), ("C2:C3", "チェック項目"), ("D2:F2", "1回目"),
                   ("G2:G3", "目標日"), ("H2:J2", "2回目"), ("K2:K3", "備考")]:
        ws.merge_cells(rng); ws[rng.split(":")[0]] = t
    for c, t in zip("DEFHIJ", ["はい", "いいえ", "確認日", "はい", "いいえ", "確認日"]): ws[f"{c}3"] = t
    for r in (2, 3):
        for c in range(1, 12):
            ws.cell(r, c).border = box; ws.cell(r, c).alignment = center; ws.cell(r, c).fill = hf
    dv = DataValidation(type="list", formula1="選択肢!$A$1", allow_blank=True); ws.add_data_validation(dv)
    r = 4
    for heading, sec, rows in blocks:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        ws.cell(r, 1, heading).font = Font(bold=True); ws.cell(r, 1).fill = secf
        for c in range(1, 12): ws.cell(r, c).border = box
        r += 1
        runs = []   # [item, first_row, last_row] for consecutive rows of the same item
        for (no, cls, item, a1, fd, tg, a2, sd, rem) in rows:
            if no: ws.cell(r, 1, no)
            if cls: ws.cell(r, 2, cls)
            if runs and runs[-1][0] == item and runs[-1][2] == r - 1:
                runs[-1][2] = r
            else:
                ws.cell(r, 3, item); runs.append([item, r, r])
            ws.cell(r, 4 if a1 == "はい" else 5, "○")
            if fd: ws.cell(r, 6, fd[0])
            if tg: ws.cell(r, 7, tg[0])
            if a2: ws.cell(r, 8 if a2 == "はい" else 9, "○")
            if sd: ws.cell(r, 10, sd[0])
            if rem: ws.cell(r, 11, rem)
            for c in range(1, 12):
                cell = ws.cell(r, c); cell.border = box
                cell.alignment = wrap if c in (3, 11) else center
            ws.row_dimensions[r].height = 34
            for c in "DEHI": dv.add(f"{c}{r}")
            e = dict(section=(cls or sec or heading), item=item)
            cm = {}
            if no: e["itemNo"] = no; cm["itemNo"] = f"A{r}"
            e["firstAnswer"] = a1; cm["firstAnswer"] = f"{'D' if a1 == 'はい' else 'E'}{r}"
            if fd: e["firstDate"] = fd[1]; cm["firstDate"] = f"F{r}"
            if tg: e["targetDate"] = tg[1]; cm["targetDate"] = f"G{r}"
            if a2: e["secondAnswer"] = a2; cm["secondAnswer"] = f"{'H' if a2 == 'はい' else 'I'}{r}"
            if sd: e["secondDate"] = sd[1]; cm["secondDate"] = f"J{r}"
            if rem: e["remarks"] = rem; cm["remarks"] = f"K{r}"
            cm["_sheet"] = title; cm["_row"] = r
            entries.append(e); cellmap.append(cm)
            r += 1
        for item, first, last in runs:
            if last > first:
                ws.merge_cells(start_row=first, start_column=3, end_row=last, end_column=3)
    ws.page_setup.orientation = "landscape"
    ws.freeze_panes = "D4"
wb.save(os.path.join(OUT, NAME + ".xlsx"))

def find(pred):
    for i, (e, cm) in enumerate(zip(entries, cellmap)):
        if pred(e): return i, cm
i_src, cm_src = find(lambda e: e["item"] == T_SRC)
i_31, cm_31 = find(lambda e: e.get("itemNo") == "3-(1)")
exp = {
 "form": "checklist-hospital", "version": "R6", "file": NAME + ".xlsx",
 "values": {"facilityName": FACILITY, "entries": entries},
 "planted": [
  {"cells": [f"{cm_src['_sheet']}!G{cm_src['_row']}"], "paths": [f"entries[{i_src}].targetDate"],
   "why": "1回目「いいえ」の目標日が令和7年6月30日で、様式の年度（令和6年度＝2025-03-31まで）を超えている"},
  {"cells": [f"{cm_31['_sheet']}!F{cm_31['_row']}"], "paths": [f"entries[{i_31}].firstDate"],
   "why": "3-(1) は1回目「はい」に○があるが確認日が未記入（全項目に1回目の回答と確認日が必要）"},
 ],
 "notes": ("Cover sheet '表紙' holds 医療機関名 (label above value) and two COUNTIF totals saved by openpyxl without cached "
           "values (not form fields). Hidden sheet '選択肢' only feeds the drop-downs. Answers are ○ marks in the はい/いいえ "
           "columns (1回目 D/E, 2回目 H/I). Dates are 和暦 text: R6.8.5, 令和6年10月31日, full-width 令和７年１月３１日 and "
           "Ｒ６．８．７. On '2管理・運用' the device-class items are listed item by item (item text merged vertically over "
           "its class rows, class in column B = section); 2-(1)-(3) have section '2 医療情報システムの管理・運用'. The 前提 "
           "row has no number (itemNo omitted); heading row '前提' gives its section. Sheet order: 表紙, 選択肢(hidden), "
           "前提・1体制, 2管理・運用, 3インシデント."
           " Device-class item set is the drawer's reading of the catalogue/article: サーバ 6 items (incl. アクセスログ and the パスワード item), 端末PC 5, ネットワーク機器 3 (パスワード, パッチ, 接続元制限)."),
}
json.dump(exp, open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
json.dump({"cells": cellmap, "facility": "表紙!B6"}, open(f"/tmp/clx_{NAME}.cells.json", "w"), ensure_ascii=False)
print("ok", NAME)
