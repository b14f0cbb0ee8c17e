# Generator: clh-w31-a-single-sheet-device-subrows.xlsx
# Hospital IT person's one-sheet version of the MHLW R6 checklist (医療機関確認用): section header rows,
# device-class sub-rows (対象 column) under a vertically merged item cell, はい/いいえ dropdowns,
# dates as real Excel date cells, a COUNTIF total left without cached value (saved by openpyxl).
import sys, json, os, datetime as dt
sys.path.insert(0, "/tmp/clmh-py")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "clh-w31-a-single-sheet-device-subrows"
D = dt.datetime

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
hdrfill = PatternFill("solid", fgColor="BDD7EE")
secfill = PatternFill("solid", fgColor="E2EFDA")

wb = Workbook()
ws = wb.active
ws.title = "チェックリスト"
for k, v in {"A": 8, "B": 50, "C": 14, "D": 9, "E": 12, "F": 12, "G": 9, "H": 12, "I": 34}.items():
    ws.column_dimensions[k].width = v

ws["A1"] = "令和6年度版　医療機関におけるサイバーセキュリティ対策チェックリスト"
ws["A1"].font = Font(bold=True, size=14)
ws["I1"] = "医療機関確認用"
ws["I1"].font = Font(bold=True)
ws["I1"].alignment = Alignment(horizontal="right")
ws.merge_cells("A3:B3")
ws["A3"] = "医療機関名"
ws["A3"].fill = hdrfill
ws["A3"].alignment = center
ws.merge_cells("C3:G3")
ws["C3"] = "医療法人社団桜風会　さくら台総合病院"
for c in ("A3", "B3", "C3", "D3", "E3", "F3", "G3"):
    ws[c].border = box
ws["A5"] = "※「前提」が「いいえ」の場合、以下の項目の記入は不要です。"
ws["A6"] = "※1回目の確認で「いいえ」の場合は、対応の目標日を記入してください（令和6年度中）。"

HR = 8
for rng, t in [("A8:A9", "番号"), ("B8:B9", "チェック項目"), ("C8:C9", "対象"), ("D8:E8", "1回目"), ("F8:F9", "目標日"),
               ("G8:H8", "2回目"), ("I8:I9", "備考")]:
    ws.merge_cells(rng)
    ws[rng.split(":")[0]] = t
for col, t in zip("DEGH", ["回答", "確認日", "回答", "確認日"]):
    ws[f"{col}9"] = t
for rr in (8, 9):
    for cc in range(1, 10):
        c = ws.cell(rr, cc)
        c.border = box
        c.fill = hdrfill
        c.alignment = center
        c.font = Font(bold=True)

T_ACC = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
T_DEL = "退職者や使用していないアカウント等、不要なアカウントを削除している"
T_LOG = "アクセスログを管理している"
T_PAT = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
T_BG = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
T_SRC = "接続元制限を実施している"
SV, PC, NW = "サーバ", "端末PC", "ネットワーク機器"
SEC1, SEC2, SEC3 = "体制構築", "医療情報システムの管理・運用", "インシデント発生に備えた対応"

d620, d621 = D(2024, 6, 20), D(2024, 6, 21)
# layout: ("sec", title) or (no, item, section, [(target, first, fdate, tgt, second, sdate, remarks), ...])
layout = [
    ("sec", "前提"),
    ("", "医療情報システムを導入、運用している", "前提", [("－", "はい", d620, None, None, None, None)]),
    ("sec", "1　" + SEC1),
    ("1-(1)", "医療情報システム安全管理責任者を設置している", SEC1,
     [("－", "はい", d620, None, None, None, "情報システム室長を任命（R6.4.1付）")]),
    ("sec", "2　" + SEC2),
    ("2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", SEC2,
     [("－", "はい", d620, None, None, None, "機器管理台帳（Excel）で管理")]),
    ("2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", SEC2,
     [("－", "はい", d620, None, None, None, None)]),
    ("2-(3)", "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう", SEC2,
     [("－", "いいえ", d620, D(2024, 9, 30), "はい", D(2024, 9, 12),
       "電子カルテ・PACS・部門システム各社に依頼\n9/12 全社分受領")]),
    ("2-(4)", T_ACC, None, [(SV, "はい", d621, None, None, None, None), (PC, "はい", d621, None, None, None, None)]),
    ("2-(5)", T_DEL, None, [(SV, "はい", d621, None, None, None, None),
                            (PC, "いいえ", d621, D(2024, 8, 31), "はい", D(2024, 8, 26), "人事課と連携し退職者アカウントを棚卸し")]),
    ("2-(6)", T_LOG, None, [(SV, "はい", d621, None, None, None, None)]),
    ("2-(7)", T_PAT, None, [(SV, "はい", d621, None, None, None, None), (PC, "はい", d621, None, None, None, "WSUSで月次適用"),
                            (NW, "はい", d621, None, None, None, None)]),
    ("2-(8)", T_BG, None, [(SV, "はい", d621, None, None, None, None),
                           (PC, "いいえ", d621, D(2024, 12, 27), "はい", D(2024, 12, 10), "端末更新に合わせて不要常駐ソフトを削除")]),
    ("2-(9)", T_SRC, None, [(NW, "はい", d621, None, None, None, None)]),
    ("sec", "3　" + SEC3),
    ("3-(1)", "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある", SEC3,
     [("－", "はい", d620, None, None, None, None)]),
    ("3-(2)", "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している", SEC3,
     [("－", "はい", d620, None, None, None, None)]),
    ("3-(3)", "サイバー攻撃を想定した事業継続計画（BCP）を策定している", SEC3,
     [("－", "いいえ", d620, D(2025, 3, 31), None, None, "BCP（サイバー攻撃編）を策定中")]),
]

entries = []
r = 10
for blk in layout:
    if blk[0] == "sec":
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(r, 1, blk[1]).font = Font(bold=True)
        for cc in range(1, 10):
            ws.cell(r, cc).fill = secfill
            ws.cell(r, cc).border = box
        r += 1
        continue
    no, item, sec, subs = blk
    start = r
    for (tgtcls, first, fd, tgt, second, sd, rem) in subs:
        ws.cell(r, 3, tgtcls)
        ws.cell(r, 4, first)
        ws.cell(r, 5, fd)
        if tgt:
            ws.cell(r, 6, tgt)
        if second:
            ws.cell(r, 7, second)
            ws.cell(r, 8, sd)
        if rem:
            ws.cell(r, 9, rem)
        for cc in range(1, 10):
            c = ws.cell(r, cc)
            c.border = box
            c.alignment = wrap if cc in (2, 9) else center
            if cc in (5, 6, 8):
                c.number_format = "yyyy/m/d"
        ws.row_dimensions[r].height = 36 if len(subs) == 1 else 22
        e = {"section": sec if sec else tgtcls, "item": item}
        if no:
            e["itemNo"] = no
        e["firstAnswer"] = first
        e["firstDate"] = fd.strftime("%Y-%m-%d")
        if tgt: e["targetDate"] = tgt.strftime("%Y-%m-%d")
        if second:
            e["secondAnswer"] = second
            e["secondDate"] = sd.strftime("%Y-%m-%d")
        if rem: e["remarks"] = rem
        entries.append(e)
        r += 1
    ws.cell(start, 1, no)
    ws.cell(start, 2, item)
    if len(subs) > 1:
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
last = r - 1

r += 1
ws.cell(r, 2, "1回目「いいえ」の件数").alignment = Alignment(horizontal="right")
ws.cell(r, 4, f'=COUNTIF(D10:D{last},"いいえ")')
ws.cell(r + 1, 2, "2回目で「はい」になった件数").alignment = Alignment(horizontal="right")
ws.cell(r + 1, 4, f'=COUNTIF(G10:G{last},"はい")')

dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)
dv.add(f"D10:D{last}")
dv.add(f"G10:G{last}")
ws.freeze_panes = "D10"
ws.print_title_rows = "8:9"
ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 0
wb.save(os.path.join(OUT, NAME + ".xlsx"))

exp = {
    "form": "checklist-hospital",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": "医療法人社団桜風会　さくら台総合病院", "entries": entries},
    "planted": [],
    "notes": ("One sheet. Device-class items have one sub-row per device class (対象 column: サーバ / 端末PC / ネットワーク機器) "
              "under a vertically merged 番号 and item cell; each sub-row is its own entry with section = the device class, "
              "in row order (item-major). Non-device items have 対象 '－' and section = the heading text of their block "
              "(前提 / 体制構築 / 医療情報システムの管理・運用 / インシデント発生に備えた対応). Numbers 2-(4)…2-(9) for the "
              "device-class items are this layout's own numbering. The device-class item set follows the R6 list in seed 004 "
              "(no password item; アクセスログ for サーバ only; 接続元制限 for ネットワーク機器 only). Dates are Excel date "
              "cells. The two COUNTIF totals below the table are formulas saved by openpyxl without cached values and are "
              "not form fields."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
