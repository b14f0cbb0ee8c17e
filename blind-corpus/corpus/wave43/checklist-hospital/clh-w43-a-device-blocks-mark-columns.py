#!/usr/bin/python3
# Generator: clh-w43-a-device-blocks-mark-columns.xlsx
# MHLW R6 医療機関確認用, drawn by a hospital IT person on one sheet: 前提 / 1 / 2 (全般 + per device class blocks) / 3,
# はい・いいえ as two columns with a ○ in the chosen one, Excel date cells, a COUNTIF total without cached value.
# Run: PYTHONPATH=/tmp/clmclh_py /usr/bin/python3 THIS.py
import json, os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "clh-w43-a-device-blocks-mark-columns"
FACILITY = "社会医療法人 青葉会 みなと中央病院"
SHEET = "チェックリスト"
D = dt.date

I_ACC = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
I_DEL = "退職者や使用していないアカウント等、不要なアカウントを削除している"
I_LOG = "アクセスログを管理している"
I_PAT = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
I_BG = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
I_SRC = "接続元制限を実施している"

d1 = D(2024, 7, 22)
# blocks: (heading shown, section canonical, [(itemNo, item, ans1, date1, target, ans2, date2, remarks)])
BLOCKS = [
    ("前提（「いいえ」の場合、以下の記入は不要）", "前提", None, [
        ("", "医療情報システムを導入、運用している", "はい", d1, None, None, None, None),
    ]),
    ("1 体制構築", "体制構築", None, [
        ("1-(1)", "医療情報システム安全管理責任者を設置している", "はい", d1, None, None, None, "情報システム課長を任命（R6.4.1）"),
    ]),
    ("2 医療情報システムの管理・運用", "医療情報システム全般", "【医療情報システム全般】", [
        ("2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", "はい", d1, None, None, None, "機器管理台帳（R6.6更新）"),
        ("2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", "いいえ", d1, D(2024, 9, 30), "はい", D(2024, 9, 24), "電子カルテ・PACS・検査システム各社に照会"),
        ("2-(3)", "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう", "いいえ", d1, D(2024, 10, 31), "はい", D(2024, 10, 25), "4社分受領"),
    ]),
    (None, "サーバ", "【サーバ】", [
        ("2-(4)", I_ACC, "はい", d1, None, None, None, None),
        ("2-(5)", I_DEL, "いいえ", d1, D(2024, 8, 30), "はい", D(2024, 8, 27), "退職者ID 12件削除"),
        ("2-(6)", I_LOG, "はい", d1, None, None, None, None),
        ("2-(7)", I_PAT, "はい", d1, None, None, None, None),
        ("2-(8)", I_BG, "はい", D(2024, 7, 23), None, None, None, None),
    ]),
    (None, "端末PC", "【端末PC】", [
        ("2-(4)", I_ACC, "はい", D(2024, 7, 23), None, None, None, None),
        ("2-(5)", I_DEL, "はい", D(2024, 7, 23), None, None, None, None),
        ("2-(7)", I_PAT, "いいえ", D(2024, 7, 23), D(2024, 9, 30), "はい", D(2024, 9, 27), "WSUS配信設定を見直し"),
        ("2-(8)", I_BG, "はい", D(2024, 7, 23), None, None, None, None),
    ]),
    (None, "ネットワーク機器", "【ネットワーク機器】", [
        ("2-(7)", I_PAT, "いいえ", D(2024, 7, 23), D(2024, 12, 27), "いいえ", D(2024, 12, 20), "VPN装置の更改をR7.2に実施予定"),
        ("2-(9)", I_SRC, "はい", D(2024, 7, 23), None, None, None, None),
    ]),
    ("3 インシデント発生に備えた対応", "インシデント発生に備えた対応", None, [
        ("3-(1)", "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある", "はい", D(2024, 7, 24), None, None, None, None),
        ("3-(2)", "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している", "はい", D(2024, 7, 24), None, None, None, "バックアップはオフライン保管あり"),
        ("3-(3)", "サイバー攻撃を想定した事業継続計画（BCP）を策定している", "いいえ", D(2024, 7, 24), D(2025, 3, 31), None, None, "BCP（サイバー攻撃編）策定中"),
    ]),
]

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(wrap_text=True, vertical="center", horizontal="center")
HFILL = PatternFill("solid", fgColor="D9E1F2")
SFILL = PatternFill("solid", fgColor="EDEDED")

wb = Workbook()
ws = wb.active
ws.title = SHEET
widths = {"A": 7, "B": 56, "C": 6, "D": 6, "E": 11, "F": 11, "G": 6, "H": 6, "I": 11, "J": 30}
for k, v in widths.items():
    ws.column_dimensions[k].width = v
ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度版）"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "医療機関確認用"
ws["A2"].font = Font(bold=True, size=12)
ws["A4"] = "医療機関名"
ws.merge_cells("B4:F4")
ws["B4"] = FACILITY
for c in range(1, 7):
    ws.cell(4, c).border = BOX
ws["A4"].fill = HFILL
ws["A5"] = "※該当する欄に「○」を記入してください。1回目の確認で「いいえ」の場合は目標日を記入してください。"
ws["A5"].font = Font(size=9)

HR = 7
ws.merge_cells(start_row=HR, start_column=1, end_row=HR + 1, end_column=1); ws.cell(HR, 1, "番号")
ws.merge_cells(start_row=HR, start_column=2, end_row=HR + 1, end_column=2); ws.cell(HR, 2, "チェック項目")
ws.merge_cells(start_row=HR, start_column=3, end_row=HR, end_column=5); ws.cell(HR, 3, "1回目")
ws.merge_cells(start_row=HR, start_column=6, end_row=HR + 1, end_column=6); ws.cell(HR, 6, "目標日")
ws.merge_cells(start_row=HR, start_column=7, end_row=HR, end_column=9); ws.cell(HR, 7, "2回目")
ws.merge_cells(start_row=HR, start_column=10, end_row=HR + 1, end_column=10); ws.cell(HR, 10, "備考")
for c, t in zip((3, 4, 5, 7, 8, 9), ("はい", "いいえ", "確認日", "はい", "いいえ", "確認日")):
    ws.cell(HR + 1, c, t)
for rr in (HR, HR + 1):
    for c in range(1, 11):
        cell = ws.cell(rr, c)
        cell.border = BOX; cell.alignment = CENTER; cell.fill = HFILL; cell.font = Font(bold=True)

r = HR + 2
entries = []
first_row = r
for heading, section, sub, rows in BLOCKS:
    if heading:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        ws.cell(r, 1, heading).font = Font(bold=True)
        for c in range(1, 11):
            ws.cell(r, c).fill = SFILL; ws.cell(r, c).border = BOX
        r += 1
    if sub:
        ws.cell(r, 1, None).border = BOX
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=10)
        ws.cell(r, 2, sub).font = Font(bold=True)
        for c in range(1, 11):
            ws.cell(r, c).border = BOX
        r += 1
    for (no, item, a1, dd1, tg, a2, dd2, rem) in rows:
        ws.cell(r, 1, no or None)
        ws.cell(r, 2, item)
        ws.cell(r, 3 if a1 == "はい" else 4, "○")
        ws.cell(r, 5, dd1)
        ws.cell(r, 6, tg)
        if a2:
            ws.cell(r, 7 if a2 == "はい" else 8, "○")
        ws.cell(r, 9, dd2)
        ws.cell(r, 10, rem)
        for c in range(1, 11):
            cell = ws.cell(r, c)
            cell.border = BOX
            cell.alignment = WRAP if c in (2, 10) else CENTER
            if c in (5, 6, 9):
                cell.number_format = "yyyy/m/d"
        ws.row_dimensions[r].height = 33
        e = {"section": section, "item": item}
        if no:
            e["itemNo"] = no
        e["firstAnswer"] = a1; e["firstDate"] = dd1.isoformat()
        if tg: e["targetDate"] = tg.isoformat()
        if a2: e["secondAnswer"] = a2
        if dd2: e["secondDate"] = dd2.isoformat()
        if rem: e["remarks"] = rem
        entries.append(e)
        r += 1
last_row = r - 1
r += 1
ws.cell(r, 2, "集計（1回目）　はい／いいえ").alignment = Alignment(horizontal="right")
ws.cell(r, 3, f'=COUNTIF(C{first_row}:C{last_row},"○")')
ws.cell(r, 4, f'=COUNTIF(D{first_row}:D{last_row},"○")')
r += 2
ws.cell(r, 1, "記入者：情報システム課　主任　西川")
ws.freeze_panes = f"C{HR + 2}"
ws.page_setup.orientation = "landscape"
ws.page_setup.fitToWidth = 1

wb.save(os.path.join(OUT, NAME + ".xlsx"))
expected = {
    "form": "checklist-hospital",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FACILITY, "entries": entries},
    "planted": [],
    "notes": ("Answers are a ○ in the はい or いいえ column (C/D for 1回目, G/H for 2回目). Dates are Excel date cells. "
              "Section = heading text without its number: 前提, 体制構築 (1), 医療情報システム全般 (2 sub-block), "
              "then the device-class sub-blocks サーバ / 端末PC / ネットワーク機器, and インシデント発生に備えた対応 (3). "
              "itemNo as shown in the 番号 column (2-(4)..2-(9) is this hospital's own numbering of the device items; the same number "
              "repeats under each device class). 前提 row has no number. The 集計 row holds COUNTIF formulas saved without cached values "
              "(not a form field). "
              "ネットワーク機器 2-(7) is still いいえ at the 2回目 check (legitimate, replacement planned); 3-(3) not yet re-checked."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok", NAME)
