#!/usr/bin/python3
# Generator for clv-w8-a-subrows.xlsx (+ expected.json)
# Role: QA staff of a (fictional) EHR vendor in Shizuoka, re-typing the MHLW R6 事業者確認用 checklist
# into the company's own sheet: device classes as sub-rows under a merged item cell,
# answer + year-less date in one cell ("はい (6/10)"), 目標日 as text.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = "/work/blind/wave8/checklist-vendor"
NAME = "clv-w8-a-subrows"

VENDOR = "株式会社東海メディカルシステムズ"
SYSTEM = "電子カルテシステム「TMS-Karte Ver.5」"
HOSPITAL = "医療法人社団富士見会 富士見台病院"

# canonical item wording (catalogue / seed 004), and how the sheet shows it
ITEMS = {
    "1-1": ("事業者内に医療情報システム等の提供に係る管理責任者を設置している",
            "事業者内に、医療情報システム等の提供に係る管理責任者を設置している。"),
    "2-1": ("サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
            "サーバ、端末PC、ネットワーク機器の台帳管理を行っている。"),
    "2-2": ("リモートメンテナンス（保守）を利用している機器の有無を確認した",
            "リモートメンテナンス（保守）を利用している機器の有無を確認した。"),
    "2-3": ("医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した",
            "医療機関に製造業者／サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した。"),
    "acl": ("利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
            "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。"),
    "acct": ("退職者や使用していないアカウント等、不要なアカウントを削除している",
             "退職者や使用していないアカウント等、不要なアカウントを削除している。"),
    "log": ("アクセスログを管理している", "アクセスログを管理している。"),
    "pw": ("パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している",
           "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している。"),
    "patch": ("セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
              "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。"),
    "svc": ("バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
            "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。"),
    "src": ("接続元制限を実施している", "接続元制限を実施している。"),
    "3-1": ("インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
            "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある。"),
    "3-2": ("インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
            "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している。"),
    "3-3": ("サイバー攻撃を想定した事業継続計画（BCP）を策定している",
            "サイバー攻撃を想定した事業継続計画（BCP）を策定している。"),
}

S1 = "1 体制構築"
S2 = "2 医療情報システムの管理・運用"
S3 = "3 インシデント発生に備えた対応"

# layout rows: ("head", text) | ("item", key, itemNo, [ (class or None, first_cell, target_cell, second_cell, remarks, expected-dict) ])
def e(fa=None, fd=None, td=None, sa=None, sd=None, rm=None):
    d = {}
    if fa: d["firstAnswer"] = fa
    if fd: d["firstDate"] = fd
    if td: d["targetDate"] = td
    if sa: d["secondAnswer"] = sa
    if sd: d["secondDate"] = sd
    if rm: d["remarks"] = rm
    return d

LAYOUT = [
    ("head", S1),
    ("item", "1-1", "1-(1)", [(None, "はい (6/10)", None, None, "品質保証部長を管理責任者として選任",
                               e("はい", "2024-06-10", rm="品質保証部長を管理責任者として選任"))]),
    ("head", S2),
    ("item", "2-1", "2-(1)", [(None, "はい (6/10)", None, None, None, e("はい", "2024-06-10"))]),
    ("item", "2-2", "2-(2)", [(None, "はい (6/10)", None, None, "保守用VPN装置 1台",
                               e("はい", "2024-06-10", rm="保守用VPN装置 1台"))]),
    ("item", "2-3", "2-(3)", [(None, "はい（6/12）", None, None, None, e("はい", "2024-06-12"))]),
    ("item", "acl", None, [("サーバ", "はい (6/10)", None, None, None, e("はい", "2024-06-10")),
                           ("端末PC", "はい (6/10)", None, None, None, e("はい", "2024-06-10"))]),
    ("item", "acct", None, [("サーバ", "はい (6/10)", None, None, None, e("はい", "2024-06-10")),
                            ("端末PC", "いいえ (6/10)", "7/31", "はい (7/26)", "退職者アカウント3件を削除",
                             e("いいえ", "2024-06-10", "2024-07-31", "はい", "2024-07-26", "退職者アカウント3件を削除"))]),
    # PLANTED 1: 1回目 answered but no 確認日
    ("item", "log", None, [("サーバ", "はい", None, None, None, e("はい"))]),
    ("item", "pw", None, [("サーバ", "はい (6/10)", None, None, None, e("はい", "2024-06-10")),
                          ("端末PC", "はい (6/10)", None, None, None, e("はい", "2024-06-10")),
                          ("ネットワーク機器", "はい (6/10)", None, None, None, e("はい", "2024-06-10"))]),
    ("item", "patch", None, [("サーバ", "はい (6/10)", None, None, None, e("はい", "2024-06-10")),
                             ("端末PC", "はい (6/10)", None, None, None, e("はい", "2024-06-10")),
                             ("ネットワーク機器", "いいえ (6/10)", "9/30", "はい (9/18)", "ルータのファームウェアを更新",
                              e("いいえ", "2024-06-10", "2024-09-30", "はい", "2024-09-18", "ルータのファームウェアを更新"))]),
    # PLANTED 2: いいえ with 目標日 beyond the R6 fiscal year (R7.5.31 = 2025-05-31)
    ("item", "svc", None, [("サーバ", "はい (6/10)", None, None, None, e("はい", "2024-06-10")),
                           ("端末PC", "いいえ (6/12)", "R7.5.31", None, "次期端末更新時に対応",
                            e("いいえ", "2024-06-12", "2025-05-31", rm="次期端末更新時に対応"))]),
    ("item", "src", None, [("ネットワーク機器", "はい (6/10)", None, None, None, e("はい", "2024-06-10"))]),
    ("head", S3),
    ("item", "3-1", "3-(1)", [(None, "はい (6/10)", None, None, None, e("はい", "2024-06-10"))]),
    ("item", "3-2", "3-(2)", [(None, "はい (6/12)", None, None, None, e("はい", "2024-06-12"))]),
    ("item", "3-3", "3-(3)", [(None, "いいえ (6/12)", "12/27", "はい (12/20)", "社内BCPにサイバー攻撃編を追加",
                               e("いいえ", "2024-06-12", "2024-12-27", "はい", "2024-12-20", "社内BCPにサイバー攻撃編を追加"))]),
]

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = "事業者確認用"
widths = {"A": 7, "B": 52, "C": 14, "D": 15, "E": 11, "F": 15, "G": 30}
for k, v in widths.items():
    ws.column_dimensions[k].width = v

ws.merge_cells("A1:G1")
ws["A1"] = "令和6年度版　医療機関におけるサイバーセキュリティ対策チェックリスト"
ws["A1"].font = Font(size=14, bold=True)
ws["A1"].alignment = Alignment(horizontal="center")
ws["G2"] = "【事業者確認用】"
ws["G2"].alignment = Alignment(horizontal="right")

hdr = [("事業者名", VENDOR), ("対象システム", SYSTEM), ("提出先医療機関名", HOSPITAL)]
r = 4
for lab, val in hdr:
    ws.cell(r, 1, lab).border = B
    ws.cell(r, 1).font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
    ws.cell(r, 2, val)
    for c in range(1, 5):
        ws.cell(r, c).border = B
    r += 1
ws["A4"].alignment = ws["A5"].alignment = ws["A6"].alignment = Alignment(horizontal="left")
ws.column_dimensions["A"].width = 16

ws.merge_cells("A8:G8")
ws["A8"] = ("※確認結果欄には「はい」または「いいえ」と確認日（月/日）を記入してください（例：はい (6/10)）。"
            "「いいえ」の場合は目標日を記入し、対応後に2回目を記入してください。")
ws["A8"].alignment = WRAP
ws.row_dimensions[8].height = 30

# two-row header
H1, H2 = 10, 11
ws.merge_cells(start_row=H1, start_column=1, end_row=H2, end_column=1); ws.cell(H1, 1, "No.")
ws.merge_cells(start_row=H1, start_column=2, end_row=H2, end_column=2); ws.cell(H1, 2, "チェック項目")
ws.merge_cells(start_row=H1, start_column=3, end_row=H2, end_column=3); ws.cell(H1, 3, "対象機器")
ws.merge_cells(start_row=H1, start_column=4, end_row=H1, end_column=6); ws.cell(H1, 4, "確認結果（日付）")
ws.cell(H2, 4, "1回目"); ws.cell(H2, 5, "目標日"); ws.cell(H2, 6, "2回目")
ws.merge_cells(start_row=H1, start_column=7, end_row=H2, end_column=7); ws.cell(H1, 7, "備考")
for rr in (H1, H2):
    for c in range(1, 8):
        cell = ws.cell(rr, c)
        cell.border = B; cell.alignment = CEN; cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")

entries = []
r = H2 + 1
grey = PatternFill("solid", fgColor="F2F2F2")
for row in LAYOUT:
    if row[0] == "head":
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(r, 1, row[1]).font = Font(bold=True)
        for c in range(1, 8):
            ws.cell(r, c).border = B; ws.cell(r, c).fill = grey
        section = row[1]
        r += 1
        continue
    _, key, no, subs = row
    canon, shown = ITEMS[key]
    n = len(subs)
    if n > 1:
        ws.merge_cells(start_row=r, start_column=1, end_row=r + n - 1, end_column=1)
        ws.merge_cells(start_row=r, start_column=2, end_row=r + n - 1, end_column=2)
    ws.cell(r, 1, no); ws.cell(r, 2, shown)
    for i, (cls, first, target, second, rm, exp) in enumerate(subs):
        rr = r + i
        if cls: ws.cell(rr, 3, cls)
        if first: ws.cell(rr, 4, first)
        if target: ws.cell(rr, 5, target)
        if second: ws.cell(rr, 6, second)
        if rm: ws.cell(rr, 7, rm)
        ent = {"section": cls if cls else section, "item": canon}
        if no: ent["itemNo"] = no
        ent.update(exp)
        ent["_cell"] = f"事業者確認用!D{rr}"
        ent["_tcell"] = f"事業者確認用!E{rr}"
        entries.append(ent)
        for c in range(1, 8):
            ws.cell(rr, c).border = B
            ws.cell(rr, c).alignment = WRAP if c in (2, 7) else CEN
        ws.row_dimensions[rr].height = 30
    r += n

last = r - 1
ws.cell(r + 1, 1, "（注）ネットワーク機器は当社納入分（院内LAN基幹スイッチ、保守用VPN装置）を対象に確認。")
ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 0
ws.print_area = f"A1:G{r + 1}"
ws.print_title_rows = "10:11"

wb.save(os.path.join(OUT, NAME + ".xlsx"))

# ---- expected
p1 = next(i for i, x in enumerate(entries) if x["item"] == ITEMS["log"][0])
p2 = next(i for i, x in enumerate(entries) if x["item"] == ITEMS["svc"][0] and x["section"] == "端末PC")
planted = [
    {"cells": [entries[p1]["_cell"]], "paths": [f"entries[{p1}].firstDate"],
     "why": "1回目は「はい」と回答しているが確認日が記入されていない（全項目に1回目の回答と確認日が必要）"},
    {"cells": [entries[p2]["_tcell"]], "paths": [f"entries[{p2}].targetDate"],
     "why": "「いいえ」の目標日がR7.5.31（2025-05-31）で、令和6年度（2024-04-01〜2025-03-31）の範囲外"},
]
for x in entries:
    x.pop("_cell"); x.pop("_tcell")
exp = {
    "form": "checklist-vendor",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"vendorName": VENDOR, "targetSystem": SYSTEM, "hospitalName": HOSPITAL, "entries": entries},
    "planted": planted,
    "notes": ("1回目・2回目は回答と年なし日付を1セルに記入（例「はい (6/10)」）、R6様式なので4〜12月=2024年、1〜3月=2025年。"
              "目標日は文字列（'7/31' 等、1件のみ 'R7.5.31'）。機器区分（サーバ/端末PC/ネットワーク機器）は対象機器列のサブ行で、"
              "項目セルは縦結合；該当しない区分の行は作っていない。機器別項目にはNo.なし（itemNo省略）。"
              "section は機器別項目では機器区分、それ以外は見出し行の文字（'1 体制構築' 等）。"
              "事業者確認用の項目文言のうち 1-(1)・2-(3) は seed 004、その他は医療機関確認用の文言に倣った再構成"
              "（2-(2) は「事業者に」を除いた形）。シート上の項目文は句点付き・全角スラッシュなど表記が少し違う。")
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", len(entries), "entries; planted", p1, p2)
