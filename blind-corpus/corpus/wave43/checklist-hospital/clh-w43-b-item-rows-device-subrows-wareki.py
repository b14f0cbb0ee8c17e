#!/usr/bin/python3
# Generator: clh-w43-b-item-rows-device-subrows-wareki.xlsx
# Prefecture-office style redraw of the R6 医療機関確認用: 記入要領 sheet + form sheet; each item once with merged
# number/text cells and one sub-row per device class (対象機器 column); answers by deleting one side of 「はい・いいえ」;
# dates typed as 和暦 text (R6.9.2). Two planted mistakes.
# Run: PYTHONPATH=/tmp/clmclh_py /usr/bin/python3 THIS.py
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "clh-w43-b-item-rows-device-subrows-wareki"
FACILITY = "医療法人 恵風会 さくら台病院"
SHEET = "医療機関確認用"

def iso(w):
    """R6.9.2 / R7.3.31 -> ISO date (for expected.json only)."""
    if not w:
        return None
    era, m, d = w[1:].split(".")
    return f"{2018 + int(era):04d}-{int(m):02d}-{int(d):02d}"

# canonical item texts
C_PRE = "医療情報システムを導入、運用している"
C_ACC = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
C_DEL = "退職者や使用していないアカウント等、不要なアカウントを削除している"
C_LOG = "アクセスログを管理している"
C_PW = "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している"
C_PAT = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
C_BG = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
C_SRC = "接続元制限を実施している"

# section heading rows and item groups.
# group: (itemNo, shown text, canonical text, section-if-no-device, [(device or None, a1, d1, tg, a2, d2, rem)])
SEC_MGMT = "医療情報システムの管理・運用"
LAYOUT = [
    ("前提", [
        ("", C_PRE, C_PRE, "前提", [(None, "はい", "R6.9.2", None, None, None, None)]),
    ]),
    ("1．体制構築", [
        ("1-(1)", "医療情報システム安全管理責任者を設置している", "医療情報システム安全管理責任者を設置している", "体制構築",
         [(None, "はい", "R6.9.2", None, None, None, "事務長兼務")]),
    ]),
    ("2．医療情報システムの管理・運用", [
        ("2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", SEC_MGMT,
         [(None, "はい", "R6.9.2", None, None, None, None)]),
        ("2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", SEC_MGMT,
         [(None, "はい ", "R6.9.2", None, None, None, "保守VPN 2系統（電子カルテ、PACS）")]),
        ("2-(3)", "事業者からMDS/SDS（医療情報セキュリティ開示書）を提出してもらう",
         "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう", SEC_MGMT,
         [(None, "いいえ", "R6.9.2", "R6.11.29", "はい", "R6.11.20", "3社に依頼→全社受領")]),
        ("2-(4)", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", C_ACC, None,
         [("サーバ", "はい", "R6.9.2", None, None, None, None),
          ("端末PC", "はい", "R6.9.2", None, None, None, None)]),
        ("2-(5)", "退職者や使用していないアカウント等、不要なアカウントを削除している", C_DEL, None,
         [("サーバ", "いいえ", "R6.9.2", "R6.10.31", "はい", "R6.10.28", "人事異動時の削除ルール作成"),
          ("端末PC", "いいえ", "R6.9.2", "R6.10.31", "はい", "R6.10.28", None)]),
        ("2-(6)", "アクセスログを管理している", C_LOG, None,
         [("サーバ", "はい", "R6.9.2", None, None, None, None)]),
        ("2-(7)", "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している", C_PW, None,
         [("サーバ", "はい", "R6.9.2", None, None, None, None),
          ("端末PC", "いいえ", "R6.9.2", "R7.3.31", None, None, "共用ID廃止に合わせて変更予定")]),
        ("2-(8)", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", C_PAT, None,
         [("サーバ", "はい", "R6.9.3", None, None, None, None),
          ("端末PC", "はい", "R6.9.3", None, None, None, None),
          ("ネットワーク機器", "いいえ", "R6.9.3", "R6.12.27", "はい", "R6.12.16", "ルータFW更新（保守業者対応）")]),
        ("2-(9)", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", C_BG, None,
         [("サーバ", "はい", "R6.9.3", None, None, None, None),
          ("端末PC", "はい", None, None, None, None, None)]),          # PLANTED: 1回目 確認日 missing
        ("2-(10)", "接続元制限を実施している", C_SRC, None,
         [("ネットワーク機器", "はい", "R6.9.3", None, None, None, None)]),
    ]),
    ("3．インシデント発生に備えた対応", [
        ("3-(1)", "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
         "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある", "インシデント発生に備えた対応",
         [(None, "はい", "R6.9.3", None, None, None, None)]),
        ("3-(2)", "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
         "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している", "インシデント発生に備えた対応",
         [(None, "はい", "R6.9.3", None, None, None, None)]),
        ("3-(3)", "サイバー攻撃を想定した事業継続計画（BCP）を策定している", "サイバー攻撃を想定した事業継続計画（BCP）を策定している", "インシデント発生に備えた対応",
         [(None, "いいえ", "R6.9.3", "R7.6.30", None, None, "R7年度上期に策定予定")]),   # PLANTED: 目標日 outside FY R6
    ]),
]

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(wrap_text=True, vertical="center", horizontal="center")
HFILL = PatternFill("solid", fgColor="E2EFDA")
SFILL = PatternFill("solid", fgColor="F2F2F2")

wb = Workbook()
g = wb.active
g.title = "記入要領"
g.column_dimensions["A"].width = 110
for i, t in enumerate([
    "医療機関におけるサイバーセキュリティ対策チェックリスト（医療機関確認用・令和6年度版）記入要領",
    "・各項目を確認し、1回目欄の「はい・いいえ」のうち該当しない方を削除してください。",
    "・確認日は和暦（例：R6.9.1）で記入してください。",
    "・1回目が「いいえ」の項目は、令和6年度中の目標日を記入し、対応後に2回目を記入してください。",
    "・対象機器欄が分かれている項目は、機器ごとに記入してください。",
    "・前提が「いいえ」の場合、以降の項目の記入は不要です。",
    "・マニュアル（医療機関・事業者向け）を参照してください。",
], 1):
    g.cell(i, 1, t)
g["A1"].font = Font(bold=True)

ws = wb.create_sheet(SHEET)
widths = {"A": 8, "B": 50, "C": 14, "D": 12, "E": 11, "F": 11, "G": 12, "H": 11, "I": 28}
for k, v in widths.items():
    ws.column_dimensions[k].width = v
ws.merge_cells("A1:I1")
ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
ws["A1"].font = Font(bold=True, size=14); ws["A1"].alignment = Alignment(horizontal="center")
ws.merge_cells("A2:I2")
ws["A2"] = "【医療機関確認用】令和6年度版"
ws["A2"].alignment = Alignment(horizontal="center")
ws.merge_cells("A3:C3")
ws["A3"] = "医療機関名"
ws["A3"].fill = HFILL
ws.merge_cells("A4:C4")
ws["A4"] = FACILITY
ws["A4"].font = Font(size=12)
for rr in (3, 4):
    for c in range(1, 4):
        ws.cell(rr, c).border = BOX

HR = 6
heads = [("A", "番号"), ("B", "チェック項目"), ("C", "対象機器"), ("F", "目標日"), ("I", "備考")]
for col, t in heads:
    ws.merge_cells(f"{col}{HR}:{col}{HR + 1}")
    ws[f"{col}{HR}"] = t
ws.merge_cells(f"D{HR}:E{HR}"); ws[f"D{HR}"] = "1回目"
ws.merge_cells(f"G{HR}:H{HR}"); ws[f"G{HR}"] = "2回目"
ws[f"D{HR + 1}"] = "はい・いいえ"; ws[f"E{HR + 1}"] = "確認日"
ws[f"G{HR + 1}"] = "はい・いいえ"; ws[f"H{HR + 1}"] = "確認日"
for rr in (HR, HR + 1):
    for c in range(1, 10):
        cell = ws.cell(rr, c)
        cell.border = BOX; cell.alignment = CENTER; cell.fill = HFILL; cell.font = Font(bold=True)

r = HR + 2
entries = []
rowmap = {}
for heading, groups in LAYOUT:
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.cell(r, 1, heading).font = Font(bold=True)
    for c in range(1, 10):
        ws.cell(r, c).fill = SFILL; ws.cell(r, c).border = BOX
    r += 1
    for no, shown, canon, sec, subs in groups:
        start = r
        for dev, a1, d1, tg, a2, d2, rem in subs:
            if dev:
                ws.cell(r, 3, dev)
            ws.cell(r, 4, a1)
            ws.cell(r, 5, d1)
            ws.cell(r, 6, tg)
            ws.cell(r, 7, a2 if a2 else "はい・いいえ")
            ws.cell(r, 8, d2)
            ws.cell(r, 9, rem)
            for c in range(1, 10):
                cell = ws.cell(r, c)
                cell.border = BOX
                cell.alignment = WRAP if c in (2, 9) else CENTER
            ws.row_dimensions[r].height = 30
            e = {"section": dev or sec, "item": canon}
            if no:
                e["itemNo"] = no
            e["firstAnswer"] = a1.strip()
            if d1: e["firstDate"] = iso(d1)
            if tg: e["targetDate"] = iso(tg)
            if a2: e["secondAnswer"] = a2.strip()
            if d2: e["secondDate"] = iso(d2)
            if rem: e["remarks"] = rem
            rowmap[(no, dev)] = (r, len(entries))
            entries.append(e)
            r += 1
        end = r - 1
        ws.cell(start, 1, no or None)
        ws.cell(start, 2, shown)
        if end > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=end, end_column=1)
            ws.merge_cells(start_row=start, start_column=2, end_row=end, end_column=2)
        elif not subs[0][0]:
            ws.merge_cells(start_row=start, start_column=2, end_row=start, end_column=3)
ws.freeze_panes = f"D{HR + 2}"
ws.page_setup.orientation = "landscape"
ws.page_setup.fitToWidth = 1
wb.active = 1
wb.save(os.path.join(OUT, NAME + ".xlsx"))

r_bg, i_bg = rowmap[("2-(9)", "端末PC")]
r_bcp, i_bcp = rowmap[("3-(3)", None)]
expected = {
    "form": "checklist-hospital",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FACILITY, "entries": entries},
    "planted": [
        {"cells": [f"{SHEET}!E{r_bg}"], "paths": [f"entries[{i_bg}].firstDate"],
         "why": "2-(9) 端末PC: 1回目 answered はい but the 確認日 is blank; every item needs a 1回目 answer and date"},
        {"cells": [f"{SHEET}!F{r_bcp}"], "paths": [f"entries[{i_bcp}].targetDate"],
         "why": "3-(3) BCP: いいえ with 目標日 R7.6.30 (2025-06-30), outside the form's fiscal year 令和6年度 (ends 2025-03-31)"},
    ],
    "notes": ("Answers made by deleting one side of the printed 「はい・いいえ」 (one cell keeps a trailing space: 'はい '). "
              "Untouched 'はい・いいえ' in 2回目 means not yet answered. Dates are text in 和暦 R6.M.D (R6 = 2024, R7 = 2025). "
              "Items spanning several device classes have the number/text merged vertically with one sub-row per 対象機器; "
              "section = the 対象機器 for those rows, otherwise the heading text without its number (前提, 体制構築, "
              "医療情報システムの管理・運用, インシデント発生に備えた対応). itemNo as shown (2-(4)..2-(10) is this office's own numbering). "
              "2-(3) text is abbreviated in the workbook ('事業者からMDS/SDS（医療情報セキュリティ開示書）を提出してもらう'); item gives the catalogue wording. "
              "Includes the catalogue's password item (2-(7)) for サーバ and 端末PC."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok", NAME, rowmap[("2-(9)", "端末PC")], rowmap[("3-(3)", None)])
