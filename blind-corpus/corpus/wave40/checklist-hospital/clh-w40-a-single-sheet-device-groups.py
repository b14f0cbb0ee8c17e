#!/usr/bin/python3
# Generator: checklist-hospital (医療機関確認用, 令和6年度版), workbook a: one print-style sheet with a spacer column,
# sections and device-class groups as heading rows, はい/いいえ dropdowns fed from a hidden list sheet, date cells.
# Filled completely and correctly; no planted problem.
# Run with: PYTHONPATH=/tmp/clmclh-py /usr/bin/python3 THIS.py
import datetime as dt, json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave40/checklist-hospital"
NAME = "clh-w40-a-single-sheet-device-groups"
FAC = "社会医療法人 青葉会 青葉台総合病院"
SH = "チェックリスト"
D = dt.date

I_PRE = "医療情報システムを導入、運用している"
I_RESP = "医療情報システム安全管理責任者を設置している"
I_LEDGER = "サーバ、端末PC、ネットワーク機器の台帳管理を行っている"
I_REMOTE = "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した"
I_MDS = "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう"
I_AUTH = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
I_ACC = "退職者や使用していないアカウント等、不要なアカウントを削除している"
I_LOG = "アクセスログを管理している"
I_PATCH = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
I_SVC = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
I_SRC = "接続元制限を実施している"
I_CONTACT = "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある"
I_BACKUP = "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している"
I_BCP = "サイバー攻撃を想定した事業継続計画（BCP）を策定している"

# blocks: (heading shown, section key, [ (No., item, a1, d1, target, a2, d2, remarks) ])
BLOCKS = [
    ("前提　（「いいえ」の場合、以下の項目の確認は不要）", "前提", [
        (None, I_PRE, "はい", D(2024, 6, 17), None, None, None, None),
    ]),
    ("1．管理体制", "管理体制", [
        ("1-(1)", I_RESP, "はい", D(2024, 6, 17), None, None, None, "情報システム課長を任命（令和5年4月）"),
    ]),
    ("2．医療情報システム全般", "医療情報システム全般", [
        ("2-(1)", I_LEDGER, "いいえ", D(2024, 6, 17), D(2024, 9, 30), "はい", D(2024, 9, 26), "端末PCの台帳を情報システム課で整備"),
        ("2-(2)", I_REMOTE, "はい", D(2024, 6, 17), None, None, None, "電子カルテ・検査システム・PACSの3社に確認"),
        ("2-(3)", I_MDS, "いいえ", D(2024, 6, 17), D(2024, 10, 31), "はい", D(2024, 10, 29), "6/17時点で3社中2社受領"),
    ]),
    ("　サーバ", "サーバ", [
        (None, I_AUTH, "はい", D(2024, 6, 18), None, None, None, None),
        (None, I_ACC, "はい", D(2024, 6, 18), None, None, None, None),
        (None, I_LOG, "いいえ", D(2024, 6, 18), D(2024, 12, 27), "はい", D(2024, 12, 20), "ログ保管期間を業者と調整"),
        (None, I_PATCH, "はい", D(2024, 6, 18), None, None, None, None),
        (None, I_SVC, "はい", D(2024, 6, 18), None, None, None, None),
    ]),
    ("　端末PC", "端末PC", [
        (None, I_AUTH, "はい", D(2024, 6, 18), None, None, None, None),
        (None, I_ACC, "いいえ", D(2024, 6, 18), D(2024, 8, 30), "はい", D(2024, 8, 28), "退職者アカウント12件を削除"),
        (None, I_PATCH, "はい", D(2024, 6, 18), None, None, None, None),
        (None, I_SVC, "はい", D(2024, 6, 18), None, None, None, None),
    ]),
    ("　ネットワーク機器", "ネットワーク機器", [
        (None, I_PATCH, "はい", D(2024, 6, 19), None, None, None, "UTM・L3スイッチ"),
        (None, I_SRC, "はい", D(2024, 6, 19), None, None, None, None),
    ]),
    ("3．インシデント発生時の対応", "インシデント発生時の対応", [
        ("3-(1)", I_CONTACT, "はい", D(2024, 6, 19), None, None, None, None),
        ("3-(2)", I_BACKUP, "はい", D(2024, 6, 19), None, None, None, None),
        ("3-(3)", I_BCP, "いいえ", D(2024, 6, 19), D(2025, 3, 31), None, None, "令和6年度中に策定予定"),
    ]),
]

thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook(); ws = wb.active; ws.title = SH
lst = wb.create_sheet("リスト"); lst["A1"] = "はい"; lst["A2"] = "いいえ"; lst.sheet_state = "hidden"
widths = dict(A=2, B=7, C=60, D=8, E=12, F=12, G=8, H=12, I=30)
for k, v in widths.items(): ws.column_dimensions[k].width = v

ws["B1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度版）"; ws["B1"].font = Font(bold=True, size=14)
ws["B2"] = "医療機関確認用"; ws["B2"].font = Font(bold=True)
ws["B4"] = "医療機関名"; ws.merge_cells("B4:C4")
ws["B4"].fill = PatternFill("solid", fgColor="DDEBF7"); ws["B4"].border = B; ws["C4"].border = B
ws["B5"] = FAC; ws.merge_cells("B5:C5"); ws["B5"].border = B; ws["C5"].border = B; ws["B5"].font = Font(size=12)
ws["E4"] = "※「はい」「いいえ」はプルダウンから選択。「いいえ」の項目は目標日を記入。"; ws["E4"].font = Font(size=9)

h = 7
for c, t in {2: "No.", 3: "チェック項目", 4: "1回目", 6: "目標日", 7: "2回目", 9: "備考"}.items(): ws.cell(h, c, t)
for c in (2, 3, 6, 9): ws.merge_cells(start_row=h, start_column=c, end_row=h + 1, end_column=c)
ws.merge_cells(start_row=h, start_column=4, end_row=h, end_column=5)
ws.merge_cells(start_row=h, start_column=7, end_row=h, end_column=8)
for c, t in {4: "はい/いいえ", 5: "確認日", 7: "はい/いいえ", 8: "確認日"}.items(): ws.cell(h + 1, c, t)
for rr in (h, h + 1):
    for cc in range(2, 10):
        x = ws.cell(rr, cc); x.border = B; x.alignment = center; x.font = Font(bold=True)
        x.fill = PatternFill("solid", fgColor="BDD7EE")

dv = DataValidation(type="list", formula1="=リスト!$A$1:$A$2", allow_blank=True)
ws.add_data_validation(dv)
r = h + 2; entries = []
for head, sec, rows in BLOCKS:
    ws.cell(r, 2, head).font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=9)
    for cc in range(2, 10):
        ws.cell(r, cc).border = B; ws.cell(r, cc).fill = PatternFill("solid", fgColor="F2F2F2")
    r += 1
    for no, item, a1, d1, tg, a2, d2, rem in rows:
        vals = {2: no, 3: item, 4: a1, 5: d1, 6: tg, 7: a2, 8: d2, 9: rem}
        for cc in range(2, 10):
            x = ws.cell(r, cc, vals[cc]); x.border = B
            x.alignment = wrap if cc in (3, 9) else center
            if cc in (5, 6, 8): x.number_format = "yyyy/mm/dd"
        dv.add(f"D{r}"); dv.add(f"G{r}")
        ws.row_dimensions[r].height = 32
        e = dict(section=sec, item=item)
        if no: e["itemNo"] = no
        e["firstAnswer"] = a1; e["firstDate"] = d1.isoformat()
        if tg: e["targetDate"] = tg.isoformat()
        if a2: e["secondAnswer"] = a2
        if d2: e["secondDate"] = d2.isoformat()
        if rem: e["remarks"] = rem
        entries.append(e); r += 1
ws.page_setup.orientation = "landscape"; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_title_rows = f"{h}:{h+1}"
wb.save(os.path.join(OUT, NAME + ".xlsx"))

exp = {
    "form": "checklist-hospital", "version": "R6", "file": NAME + ".xlsx",
    "values": {"facilityName": FAC, "entries": entries},
    "planted": [],
    "notes": ("One sheet, spacer column A, heading rows for 前提 / 1 / 2 / サーバ / 端末PC / ネットワーク機器 / 3. "
              "Device-class rows carry no number (the workbook numbers only 1-(1), 2-(1)-(3), 3-(1)-(3)); their section "
              "is the device class. Other sections are given as the heading text without its number. "
              "医療機関名 label above its value (B4 / B5). Answers are はい/いいえ text (dropdown fed by the hidden sheet "
              "'リスト'); dates are Excel date cells."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", r, len(entries))
