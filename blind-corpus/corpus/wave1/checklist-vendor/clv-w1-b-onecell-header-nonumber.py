#!/usr/bin/python3
# Generator for clv-w1-b-onecell-header-nonumber.xlsx (checklist-vendor, R6) and its expected.json.
# Layout: header fields as 「事業者名：…」 in one cell each; items WITHOUT 項番 under 【section】 rows;
# dates typed as text (2024/11/05); a 記入例 row the filler forgot to delete; a hidden list sheet for the
# はい/いいえ drop-down.  Planted: いいえ without 目標日; an item with a 1回目 date but no answer.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

NAME = "clv-w1-b-onecell-header-nonumber"
OUT = os.path.dirname(os.path.abspath(__file__))
SHEET = "チェックリスト"

SEC1 = "体制構築"; SEC2 = "医療情報システムの管理・運用"; SEC3 = "インシデント発生に備えた対応"
# (section shown, canonical section, [(shown item text, full item wording)])
ACC = "医療機関と協議の上、利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
DEL = "医療機関からの連絡に基づき、退職者や使用していないアカウント等、不要なアカウントを削除している"
LOG = "アクセスログを取得・管理し、医療機関の求めに応じて提供できるようにしている"
PAT = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
BGS = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
SECTIONS = [
    ("【体制構築】", SEC1, ["事業者内に、医療情報システム等の提供に係る管理責任者を設置している"]),
    ("【医療情報システムの管理・運用】", SEC2, [
        "医療機関に提供したサーバ、端末PC、ネットワーク機器の台帳管理を行っている",
        "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した",
        "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した"]),
    ("【サーバ】", "サーバ", [ACC, DEL, LOG, PAT, BGS]),
    ("【端末PC】", "端末PC", [ACC, DEL, PAT, BGS]),
    ("【ネットワーク機器】", "ネットワーク機器", [PAT, "保守回線を含め、接続元制限を実施している"]),
    ("【インシデント発生に備えた対応】", SEC3, [
        "インシデント発生時における医療機関及び外部関係機関（厚生労働省、警察等）との連絡体制を整備し、医療機関に提示している",
        "インシデント発生時に医療機関が診療を継続できるよう、データやシステムのバックアップの実施と復旧手順を医療機関に提示している"]),
]
# answers in order of items (17): (a1, d1 text, target text, a2, d2 text, remarks)
F = "2024/11/05"
A = [("はい", F, "", "", "", "")] * 17
A = list(A)
A[1] = ("はい", F, "", "", "", "台帳は年1回医療機関へ提出")
A[3] = ("いいえ", F, "2024/12/27", "はい", "2024/12/24", "")
A[6] = ("いいえ", F, "", "", "", "ログ保存期間の延長を検討中")      # PLANT: いいえ without 目標日 (サーバ/アクセスログ)
A[9] = ("", F, "", "", "", "病院側へ確認中")                        # PLANT: 1回目 answer missing (端末PC/アクセス利用権限)
A[14] = ("はい", "2024/11/06", "", "", "", "")

HEADER = {"vendorName": "株式会社西日本医療情報サービス",
          "targetSystem": "医事会計システム（レセプトコンピュータ）",
          "hospitalName": "医療法人東部記念会 岡山東部記念病院"}

thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
wb = Workbook(); ws = wb.active; ws.title = SHEET
lst = wb.create_sheet("list"); lst["A1"] = "はい"; lst["A2"] = "いいえ"; lst.sheet_state = "hidden"
for col, w in zip("ABCDEFG", (62, 10, 13, 13, 10, 13, 28)):
    ws.column_dimensions[col].width = w
ws["A1"] = "サイバーセキュリティ対策チェックリスト（事業者確認用）　令和6年度版"; ws["A1"].font = Font(size=13, bold=True)
ws["A3"] = "事業者名：" + HEADER["vendorName"]
ws["A4"] = "対象システム：" + HEADER["targetSystem"]
ws["A5"] = "提出先医療機関名：" + HEADER["hospitalName"]
ws["A6"] = "※確認結果欄はプルダウンから選択。日付は yyyy/mm/dd で入力してください。"; ws["A6"].font = Font(size=9, color="666666")
hdr = ["チェック項目", "1回目\n確認結果", "1回目\n確認日", "目標日", "2回目\n確認結果", "2回目\n確認日", "備考"]
HR = 8
for c, t in enumerate(hdr, start=1):
    cell = ws.cell(HR, c, t); cell.border = B; cell.font = Font(bold=True)
    cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    cell.fill = PatternFill("solid", fgColor="FCE4D6")
ws.row_dimensions[HR].height = 30
# forgotten 記入例 row
ex = ["記入例）アクセスログを管理している", "いいえ", "2024/05/10", "2024/06/28", "はい", "2024/06/27", "記入例（提出時は削除）"]
for c, v in enumerate(ex, start=1):
    cell = ws.cell(HR + 1, c, v); cell.border = B; cell.font = Font(color="0070C0", italic=True)
dv = DataValidation(type="list", formula1="=list!$A$1:$A$2", allow_blank=True)
ws.add_data_validation(dv)
r = HR + 2; i = 0; entries = []; cellmap = {}
for shown, sec, items in SECTIONS:
    ws.cell(r, 1, shown).font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    for c in range(1, 8):
        ws.cell(r, c).border = B; ws.cell(r, c).fill = PatternFill("solid", fgColor="EDEDED")
    r += 1
    for text in items:
        a1, d1, tg, a2, d2, rm = A[i]
        for c, v in enumerate([text, a1, d1, tg, a2, d2, rm], start=1):
            cell = ws.cell(r, c, v if v != "" else None); cell.border = B
            cell.alignment = Alignment(wrap_text=(c in (1, 7)), vertical="center")
            if c in (3, 4, 6):
                cell.number_format = "@"
        dv.add(f"B{r}"); dv.add(f"E{r}")
        e = {"section": sec, "item": text}
        if a1: e["firstAnswer"] = a1
        if d1: e["firstDate"] = d1.replace("/", "-")
        if tg: e["targetDate"] = tg.replace("/", "-")
        if a2: e["secondAnswer"] = a2
        if d2: e["secondDate"] = d2.replace("/", "-")
        if rm: e["remarks"] = rm
        cellmap[i] = r
        entries.append(e); r += 1; i += 1
ws.cell(r + 1, 1, "以上").alignment = Alignment(horizontal="right")
wb.save(os.path.join(OUT, NAME + ".xlsx"))

planted = [
    {"cells": [f"{SHEET}!D{cellmap[6]}"], "paths": ["entries[6].targetDate"],
     "why": "1回目が「いいえ」なのに目標日が未記入（サーバ：アクセスログの管理）"},
    {"cells": [f"{SHEET}!B{cellmap[9]}"], "paths": ["entries[9].firstAnswer"],
     "why": "1回目の確認結果（はい/いいえ）が未記入（確認日のみ記入、端末PC：アクセス利用権限の設定）"},
]
exp = {"form": "checklist-vendor", "version": "R6", "file": NAME + ".xlsx",
       "values": dict(HEADER, entries=entries), "planted": planted,
       "notes": ("Vendor item wording is our reconstruction of the MHLW 事業者確認用 R6 items. Header values share a cell "
                 "with their label (事業者名：…). No 項番 in this workbook, so no itemNo. Dates are text cells "
                 "'yyyy/mm/dd'. Row 9 is a 記入例 row the filler forgot to delete (labelled 記入例) and is not an entry. "
                 "Hidden sheet 'list' only holds the drop-down values. Section values are the 【】 headings without brackets.")}
json.dump(exp, open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print("ok", len(entries), cellmap[6], cellmap[9])
