# -*- coding: utf-8 -*-
"""clv-w5-a-print-style: checklist-vendor (事業者確認用) R6, print-style single sheet.
Drawn as an EHR vendor's quality-assurance section would: title block, label-left header with merged label
cells, a bordered table with blank spacer columns, 「はい・いいえ」 template cells where the filler deletes the
option not chosen (untouched 2回目 cells still read 「はい・いいえ」), dates as Excel date cells.
Saved by openpyxl (a COUNTIF total without cached value). No planted problem.
Run: /usr/bin/python3 clv-w5-a-print-style.py
"""
import json, os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clv-w5-a-print-style"
D = dt.date

VENDOR = "株式会社メディカルシステムズ西日本"
SYSTEM = "電子カルテシステム（MegaChart V8）"
HOSPITAL = "社会医療法人 青葉会 青葉台総合病院"

SEC1 = "体制構築"; SEC2 = "医療情報システムの管理・運用"; SEC3 = "インシデント発生に備えた対応"
ACL = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
ACC = "退職者や使用していないアカウント等、不要なアカウントを削除している"
LOG = "アクセスログを管理している"
PWD = "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している"
PAT = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
SVC = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
SRC = "接続元制限を実施している"

d1 = D(2024, 10, 7); d2 = D(2024, 10, 8)
# (heading shown, section canonical, itemNo shown or None, item, first, firstDate, target, second, secondDate, remarks)
blocks = [
    ("１　体制構築", [
        (SEC1, "1-(1)", "事業者内に、医療情報システム等の提供に係る管理責任者を設置している", "はい", d1, None, None, None, None),
    ]),
    ("２　医療情報システムの管理・運用", [
        (SEC2, "2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", "はい", d1, None, None, None, None),
        (SEC2, "2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を確認した", "はい", d1, None, None, None,
         "リモート保守対象：電子カルテサーバ2台、VPNルータ1台"),
        (SEC2, "2-(3)", "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した", "いいえ", d1,
         D(2024, 11, 29), "はい", D(2024, 11, 22), "MDS/SDS（第3.0版）を11/22に提出済"),
        ("サーバ", None, ACL, "はい", d2, None, None, None, None),
        ("サーバ", None, ACC, "はい", d2, None, None, None, None),
        ("サーバ", None, LOG, "はい", d2, None, None, None, None),
        ("サーバ", None, PWD, "いいえ", d2, D(2025, 1, 31), "はい", D(2025, 1, 24), "保守用共通アカウントの桁数不足 → 変更済"),
        ("サーバ", None, PAT, "はい", d2, None, None, None, None),
        ("サーバ", None, SVC, "はい", d2, None, None, None, None),
        ("端末PC", None, ACL, "はい", d2, None, None, None, None),
        ("端末PC", None, ACC, "いいえ", d2, D(2024, 12, 20), "はい", D(2024, 12, 13), "退職者アカウント3件を削除"),
        ("端末PC", None, PWD, "はい", d2, None, None, None, None),
        ("端末PC", None, PAT, "はい", d2, None, None, None, None),
        ("端末PC", None, SVC, "はい", d2, None, None, None, None),
        ("ネットワーク機器", None, PAT, "いいえ", d2, D(2025, 2, 28), "はい", D(2025, 2, 21), "UTMファームウェア更新（保守時間帯に実施）"),
        ("ネットワーク機器", None, SRC, "はい", d2, None, None, None, None),
    ]),
    ("３　インシデント発生に備えた対応", [
        (SEC3, "3-(1)", "インシデント発生時における組織内と外部関係機関（医療機関、厚生労働省、警察等）への連絡体制図がある",
         "はい", d1, None, None, None, None),
        (SEC3, "3-(2)", "医療機関と協力し、インシデント発生時に診療を継続するために必要なデータやシステムのバックアップの実施と復旧手順を確認している",
         "はい", d1, None, None, None, "年1回 復旧訓練に参加"),
    ]),
]

wb = Workbook()
ws = wb.active
ws.title = "事業者確認用"
thin = Side(style="thin"); med = Side(style="medium")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
hdr_fill = PatternFill("solid", fgColor="D9E1F2"); sec_fill = PatternFill("solid", fgColor="F2F2F2")

# columns: A spacer | B 区分 | C No. | D チェック項目 | E spacer | F 1回目 | G 確認日 | H 目標日 | I 2回目 | J 確認日 | K spacer | L 備考
widths = {"A": 2, "B": 12, "C": 7, "D": 54, "E": 1.5, "F": 10, "G": 11, "H": 11, "I": 10, "J": 11, "K": 1.5, "L": 30}
for c, w in widths.items():
    ws.column_dimensions[c].width = w

ws["B1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
ws["B1"].font = Font(size=14, bold=True)
ws["B2"] = "事業者確認用（令和６年度版）"
ws["B2"].font = Font(size=12, bold=True)
ws["B3"] = "※ 1回目の確認で「いいえ」の場合は、対応の目標日を記入し、対応後に2回目の確認を行ってください。"
ws["B4"] = "※ 「はい・いいえ」のうち該当しない方を削除してください。日付は yyyy/m/d で入力してください。"
for r in (3, 4):
    ws.cell(r, 2).font = Font(size=9)

hdr = [("事業者名", VENDOR), ("対象システム", SYSTEM), ("提出先医療機関名", HOSPITAL)]
r = 6
for lab, val in hdr:
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    ws.cell(r, 2, lab).fill = hdr_fill
    ws.cell(r, 2).alignment = center
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=8)
    ws.cell(r, 4, val).alignment = Alignment(vertical="center")
    for c in range(2, 9):
        if c != 5 or True:
            ws.cell(r, c).border = B
    r += 1

# table header (two rows) at rows 10-11
h1, h2 = 10, 11
ws.merge_cells("B10:C11"); ws["B10"] = "区分"
ws.merge_cells("D10:D11"); ws["D10"] = "チェック項目"
ws.merge_cells("F10:J10"); ws["F10"] = "確認結果（日付）"
ws["F11"] = "1回目"; ws["G11"] = "確認日"; ws["H11"] = "目標日"; ws["I11"] = "2回目"; ws["J11"] = "確認日"
ws.merge_cells("L10:L11"); ws["L10"] = "備考"
for rr in (h1, h2):
    for c in (2, 3, 4, 6, 7, 8, 9, 10, 12):
        cell = ws.cell(rr, c)
        cell.fill = hdr_fill; cell.alignment = center; cell.border = B; cell.font = Font(bold=True)

entries = []
row_of = []
r = 12
for heading, items in blocks:
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=12)
    ws.cell(r, 2, heading).font = Font(bold=True)
    ws.cell(r, 2).fill = sec_fill
    for c in range(2, 13):
        ws.cell(r, c).border = B
    r += 1
    # device-class merges
    start = {}
    for sec, no, item, a1, fd, tg, a2, sd, rem in items:
        if no is not None:
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
            ws.cell(r, 2, no).alignment = center
        else:
            start.setdefault(sec, [r, r])[1] = r
        ws.cell(r, 4, item).alignment = wrap
        ws.cell(r, 6, a1).alignment = center
        c = ws.cell(r, 7, fd); c.number_format = "yyyy/m/d"; c.alignment = center
        if tg:
            c = ws.cell(r, 8, tg); c.number_format = "yyyy/m/d"; c.alignment = center
        ws.cell(r, 9, a2 if a2 else "はい・いいえ").alignment = center
        if sd:
            c = ws.cell(r, 10, sd); c.number_format = "yyyy/m/d"; c.alignment = center
        if rem:
            ws.cell(r, 12, rem).alignment = wrap
        for cc in (2, 3, 4, 6, 7, 8, 9, 10, 12):
            ws.cell(r, cc).border = B
        ws.row_dimensions[r].height = 30
        e = {"section": sec, "item": item}
        if no: e["itemNo"] = no
        e["firstAnswer"] = a1; e["firstDate"] = fd.isoformat()
        if tg: e["targetDate"] = tg.isoformat()
        if a2: e["secondAnswer"] = a2; e["secondDate"] = sd.isoformat()
        if rem: e["remarks"] = rem
        entries.append(e); row_of.append(r)
        r += 1
    for sec, (a, b) in start.items():
        ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=3)
        ws.cell(a, 2, sec).alignment = center

last = r - 1
r += 1
ws.cell(r, 4, "「はい」の件数（1回目）").alignment = Alignment(horizontal="right")
ws.cell(r, 6, f'=COUNTIF(F13:F{last},"はい")').alignment = center
ws.cell(r + 1, 4, "「いいえ」の件数（1回目）").alignment = Alignment(horizontal="right")
ws.cell(r + 1, 6, f'=COUNTIF(F13:F{last},"いいえ")').alignment = center
ws.cell(r + 3, 4, "記入者：品質保証部 情報セキュリティ課　山根 俊介（TEL 082-555-0147）")

ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_title_rows = "10:11"
ws.print_area = f"A1:L{r+3}"
wb.save(os.path.join(HERE, NAME + ".xlsx"))

exp = {
    "form": "checklist-vendor",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"vendorName": VENDOR, "targetSystem": SYSTEM, "hospitalName": HOSPITAL, "entries": entries},
    "planted": [],
    "notes": ("Complete and correct; no planted problem. Answer cells start as the template text 「はい・いいえ」 and the "
              "filler deleted the option not chosen; 2回目 cells of items answered はい the first time still hold the "
              "untouched template text 「はい・いいえ」 (= unanswered, so no secondAnswer). Dates are Excel date cells. "
              "Device-class items (サーバ/端末PC/ネットワーク機器) show no item number; their class is a merged cell in "
              "column B. section for numbered items is the heading row text without its number. Vendor item wording for "
              "2-(1), 2-(2), 3-(1), 3-(2) is my reconstruction of 'the parallel items from the vendor's side'. "
              "F/G rows below the table are COUNTIF formulas saved by openpyxl without cached values (not fields). "
              "記入者 line at the bottom has no key."),
    "_rows": row_of,
}
rows = exp.pop("_rows")
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("rows", rows)
