#!/usr/bin/python3
"""clv-w25-a: vendor checklist (事業者確認用) drawn as a print-style sheet.
Header label-left with merged cells; 1回目/2回目 split into はい | いいえ | 確認日 sub-columns
with a ○ mark in the chosen one; dates as real Excel date cells; blank spacer column A.
Filled completely and correctly (no planted problem)."""
import datetime as dt
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clv-w25-a-print-circle-columns"
XLSX = os.path.join(HERE, NAME + ".xlsx")

VENDOR = "株式会社岡山メディコム"
SYSTEM = "電子カルテシステム（MediNote EX Ver.7）"
HOSPITAL = "医療法人 清心会 旭東中央病院"

D = dt.date
FIRST = D(2024, 10, 7)

# (itemNo shown, section, item text shown, canonical item, first, firstDate, target, second, secondDate, remarks)
S1 = "1 体制構築"
S2 = "2 医療情報システムの管理・運用"
S3 = "3 インシデント発生に備えた対応"
ITEM_PERM = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
ITEM_ACCT = "退職者や使用していないアカウント等、不要なアカウントを削除している"
ITEM_LOG = "アクセスログを管理している"
ITEM_PATCH = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
ITEM_SVC = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
ITEM_SRC = "接続元制限を実施している"

ROWS = [
    ("heading", S1),
    ("1-(1)", S1, "事業者内に、医療情報システム等の提供に係る管理責任者を設置している。",
     "事業者内に医療情報システム等の提供に係る管理責任者を設置している",
     "はい", FIRST, None, None, None, "管理責任者：システム部 部長 森本"),
    ("heading", S2),
    ("2-(1)", S2, "サーバ、端末PC、ネットワーク機器の台帳管理を行っている。",
     "サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
     "はい", FIRST, None, None, None, None),
    ("2-(2)", S2, "リモートメンテナンス（保守）を利用している機器の有無を確認した。",
     "リモートメンテナンス（保守）を利用している機器の有無を確認した",
     "はい", FIRST, None, None, None, "保守用VPN装置1台（サーバ室）"),
    ("2-(3)", S2, "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した。",
     "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した",
     "はい", FIRST, None, None, None, "SDS 第2.0版を提出済"),
    ("sub", "サーバ"),
    ("", "サーバ", ITEM_PERM, ITEM_PERM, "はい", FIRST, None, None, None, None),
    ("", "サーバ", ITEM_ACCT, ITEM_ACCT, "はい", FIRST, None, None, None, None),
    ("", "サーバ", ITEM_LOG, ITEM_LOG, "はい", FIRST, None, None, None, None),
    ("", "サーバ", ITEM_PATCH, ITEM_PATCH, "はい", FIRST, None, None, None, None),
    ("", "サーバ", ITEM_SVC, ITEM_SVC, "いいえ", FIRST, D(2024, 12, 20), "はい", D(2024, 12, 13),
     "12/13 定期保守時に不要サービス停止"),
    ("sub", "端末PC"),
    ("", "端末PC", ITEM_PERM, ITEM_PERM, "はい", FIRST, None, None, None, None),
    ("", "端末PC", ITEM_ACCT, ITEM_ACCT, "はい", FIRST, None, None, None, None),
    ("", "端末PC", ITEM_PATCH, ITEM_PATCH, "はい", FIRST, None, None, None, "WSUSで月次適用"),
    ("", "端末PC", ITEM_SVC, ITEM_SVC, "はい", FIRST, None, None, None, None),
    ("sub", "ネットワーク機器"),
    ("", "ネットワーク機器", ITEM_PATCH, ITEM_PATCH, "はい", FIRST, None, None, None, None),
    ("", "ネットワーク機器", ITEM_SRC, ITEM_SRC, "いいえ", FIRST, D(2024, 11, 29), "はい", D(2024, 11, 22),
     "保守VPNの接続元IPを当社拠点に限定"),
    ("heading", S3),
    ("3-(1)", S3, "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある。",
     "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
     "はい", FIRST, None, None, None, None),
    ("3-(2)", S3, "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している。",
     "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
     "はい", FIRST, None, None, None, "復旧手順書 R6.9改訂"),
]

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
F = "ＭＳ Ｐゴシック"
GREY = PatternFill("solid", fgColor="D9D9D9")
LIGHT = PatternFill("solid", fgColor="F2F2F2")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFTW = Alignment(horizontal="left", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = "事業者確認用"

widths = {"A": 2, "B": 7, "C": 52, "D": 5, "E": 5, "F": 10, "G": 10, "H": 5, "I": 5, "J": 10, "K": 26}
for col, w in widths.items():
    ws.column_dimensions[col].width = w

ws["B1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度版）"
ws["B1"].font = Font(name=F, size=14, bold=True)
ws["B2"] = "事業者確認用"
ws["B2"].font = Font(name=F, size=12, bold=True)
ws["K2"] = "※事業者ごと又はシステムごとに作成"
ws["K2"].font = Font(name=F, size=8)

hdr = [("事業者名", VENDOR), ("対象システム", SYSTEM), ("提出先医療機関名", HOSPITAL)]
r = 4
for lab, val in hdr:
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    ws.cell(r, 2, lab)
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=11)
    ws.cell(r, 4, val)
    for c in range(2, 12):
        ws.cell(r, c).border = BOX
        ws.cell(r, c).font = Font(name=F, size=10)
    ws.cell(r, 2).fill = LIGHT
    ws.cell(r, 2).alignment = LEFTW
    ws.cell(r, 4).alignment = LEFTW
    ws.row_dimensions[r].height = 20
    r += 1
# the "事業者名" label sits in B4:C4 merged; value in D4:K4 merged
ws.cell(8, 2, "※「はい」「いいえ」のいずれかの欄に○を記入し、確認日を記入してください。"
              "1回目で「いいえ」の場合は目標日を記入してください。").font = Font(name=F, size=9)

# two-row table header at rows 10-11
H1, H2 = 10, 11
def hcell(r1, c1, r2, c2, text):
    if (r1, c1) != (r2, c2):
        ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
    ws.cell(r1, c1, text)
    for rr in range(r1, r2 + 1):
        for cc in range(c1, c2 + 1):
            cell = ws.cell(rr, cc)
            cell.border = BOX
            cell.fill = GREY
            cell.font = Font(name=F, size=9, bold=True)
            cell.alignment = CENTER

hcell(H1, 2, H2, 2, "項番")
hcell(H1, 3, H2, 3, "チェック項目")
hcell(H1, 4, H1, 6, "1回目")
hcell(H2, 4, H2, 4, "はい")
hcell(H2, 5, H2, 5, "いいえ")
hcell(H2, 6, H2, 6, "確認日")
hcell(H1, 7, H2, 7, "目標日")
hcell(H1, 8, H1, 10, "2回目")
hcell(H2, 8, H2, 8, "はい")
hcell(H2, 9, H2, 9, "いいえ")
hcell(H2, 10, H2, 10, "確認日")
hcell(H1, 11, H2, 11, "備考")

entries = []
r = H2 + 1
for row in ROWS:
    if row[0] in ("heading", "sub"):
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=11)
        ws.cell(r, 2, row[1] if row[0] == "heading" else "【" + row[1] + "】")
        for c in range(2, 12):
            ws.cell(r, c).border = BOX
            ws.cell(r, c).fill = LIGHT if row[0] == "heading" else PatternFill()
            ws.cell(r, c).font = Font(name=F, size=10, bold=True)
        ws.cell(r, 2).alignment = Alignment(horizontal="left", vertical="center",
                                            indent=0 if row[0] == "heading" else 1)
        r += 1
        continue
    no, sec, shown, canon, a1, d1, tgt, a2, d2, rem = row
    ws.cell(r, 2, no or None)
    ws.cell(r, 3, shown)
    ws.cell(r, 4 if a1 == "はい" else 5, "○")
    ws.cell(r, 6, d1)
    ws.cell(r, 7, tgt)
    if a2:
        ws.cell(r, 8 if a2 == "はい" else 9, "○")
        ws.cell(r, 10, d2)
    ws.cell(r, 11, rem)
    for c in range(2, 12):
        cell = ws.cell(r, c)
        cell.border = BOX
        cell.font = Font(name=F, size=9)
        cell.alignment = LEFTW if c in (3, 11) else CENTER
        if c in (6, 7, 10):
            cell.number_format = "yyyy/m/d"
    ws.row_dimensions[r].height = 30
    e = {"section": sec, "item": canon}
    if no:
        e["itemNo"] = no
    e["firstAnswer"] = a1
    e["firstDate"] = d1.isoformat()
    if tgt:
        e["targetDate"] = tgt.isoformat()
    if a2:
        e["secondAnswer"] = a2
        e["secondDate"] = d2.isoformat()
    if rem:
        e["remarks"] = rem
    entries.append(e)
    r += 1

ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_title_rows = "10:11"
ws.print_area = "A1:K%d" % (r - 1)
wb.save(XLSX)

expected = {
    "form": "checklist-vendor",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "vendorName": VENDOR,
        "targetSystem": SYSTEM,
        "hospitalName": HOSPITAL,
        "entries": entries,
    },
    "planted": [],
    "notes": ("Answers are ○ marks in separate はい / いいえ sub-columns; dates are Excel date cells. "
              "Section = the numbered heading row (1/2/3) for numbered items, the device-class row (【サーバ】 etc.) "
              "for the unnumbered per-device items. Items shown with a trailing '。' in the workbook; "
              "vendor-side wording of items other than 1-(1) and 2-(3) is my reconstruction (parallel to the "
              "hospital checklist). No 前提 item on the vendor form; R6 has no 確認日 header field."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("wrote", XLSX, len(entries), "entries")
