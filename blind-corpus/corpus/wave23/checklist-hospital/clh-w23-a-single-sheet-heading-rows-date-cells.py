#!/usr/bin/python3
# Generator: clh-w23-a — MHLW R6 checklist (医療機関確認用), as a hospital's information-systems office would draw it:
# an instructions sheet (記入要領) first, then one sheet with heading rows per section / device class,
# separate answer and date columns, はい/いいえ dropdown, Excel date cells. Re-saved by LibreOffice afterwards.
import datetime as dt
import json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clh-w23-a-single-sheet-heading-rows-date-cells"
XLSX = NAME + ".xlsx"
SHEET = "チェックリスト"
FACILITY = "社会医療法人 桜丘会 桜丘総合病院"

D = lambda y, m, d: dt.date(y, m, d)

IA = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
IB = "退職者や使用していないアカウント等、不要なアカウントを削除している"
IC = "アクセスログを管理している"
ID = "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している"
IE = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
IF = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
IG = "接続元制限を実施している"

# blocks: (heading row text, section canonical, [ (no, item, a1, d1, tgt, a2, d2, remarks) ])
BLOCKS = [
    ("前提（「いいえ」の場合、以降の項目は記入不要）", "前提", [
        (None, "医療情報システムを導入、運用している", "はい", D(2024, 6, 17), None, None, None, None),
    ]),
    ("1. 体制構築", "体制構築", [
        ("1-(1)", "医療情報システム安全管理責任者を設置している", "はい", D(2024, 6, 17), None, None, None,
         "事務部長（R6.4.1付で任命）"),
    ]),
    ("2. 医療情報システムの管理・運用　（医療情報システム全般）", "医療情報システム全般", [
        ("2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", "はい", D(2024, 6, 17), None, None, None, None),
        ("2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", "はい", D(2024, 6, 18), None, None, None,
         "電子カルテ・PACS・検査システムの3社に確認"),
        ("2-(3)", "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう", "いいえ",
         D(2024, 6, 18), D(2024, 12, 27), "はい", D(2025, 1, 20), "3社中1社が未提出→12月に受領"),
    ]),
    ("【サーバ】", "サーバ", [
        (None, IA, "はい", D(2024, 6, 18), None, None, None, None),
        (None, IB, "はい", D(2024, 6, 18), None, None, None, None),
        (None, IC, "はい", D(2024, 6, 18), None, None, None, None),
        (None, ID, "はい", D(2024, 6, 18), None, None, None, None),
        (None, IE, "はい", D(2024, 6, 18), None, None, None, "月次で保守業者が適用"),
        (None, IF, "はい", D(2024, 6, 18), None, None, None, None),
    ]),
    ("【端末PC】", "端末PC", [
        (None, IA, "はい", D(2024, 6, 19), None, None, None, None),
        (None, IB, "はい", D(2024, 6, 19), None, None, None, None),
        (None, ID, "いいえ", D(2024, 6, 19), D(2025, 3, 31), None, None, "定期変更ルールを情報システム委員会で検討中"),
        (None, IE, "はい", D(2024, 6, 19), None, None, None, None),
        (None, IF, "はい", D(2024, 6, 19), None, None, None, None),
    ]),
    ("【ネットワーク機器】", "ネットワーク機器", [
        (None, ID, "はい", D(2024, 6, 19), None, None, None, None),
        (None, IE, "はい", D(2024, 6, 19), None, None, None, None),
        (None, IG, "はい", D(2024, 6, 19), None, None, None, "VPN装置は保守業者のIPのみ許可"),
    ]),
    ("3. インシデント発生に備えた対応", "インシデント発生に備えた対応", [
        ("3-(1)", "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある", "はい",
         D(2024, 6, 20), None, None, None, None),
        ("3-(2)", "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
         "はい", D(2024, 6, 20), None, None, None, None),
        ("3-(3)", "サイバー攻撃を想定した事業継続計画（BCP）を策定している", "いいえ", D(2024, 6, 20), D(2025, 2, 28),
         "いいえ", D(2025, 3, 3), "「BCP策定の確認表」を用いて策定中\n4月の委員会で承認予定"),
    ]),
]

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
leftwrap = Alignment(horizontal="left", vertical="center", wrap_text=True)
font = Font(name="ＭＳ Ｐゴシック", size=10)
bold = Font(name="ＭＳ Ｐゴシック", size=10, bold=True)
secfill = PatternFill("solid", fgColor="E2EFDA")
hdrfill = PatternFill("solid", fgColor="BFBFBF")

wb = Workbook()
guide = wb.active
guide.title = "記入要領"
lines = [
    "医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度版）記入要領",
    "",
    "1. 「チェックリスト」シートの各項目について、1回目の確認結果（はい／いいえ）と確認日を記入してください。",
    "2. 1回目が「いいえ」の項目は、対応完了の目標日（令和7年3月31日まで）を記入してください。",
    "3. 目標日以降に再度確認し、2回目の確認結果と確認日を記入してください。",
    "4. 前提の項目が「いいえ」の場合は、以降の項目の記入は不要です。",
    "5. 日付は 2024/6/17 のように入力してください（セルは日付書式です）。",
    "6. 立入検査の際に本チェックリストを確認します。",
]
for i, t in enumerate(lines, start=1):
    guide[f"A{i}"] = t
    guide[f"A{i}"].font = Font(name="ＭＳ Ｐゴシック", size=12 if i == 1 else 10, bold=(i == 1))
guide.column_dimensions["A"].width = 110

ws = wb.create_sheet(SHEET)
for k, v in {"A": 7, "B": 58, "C": 8, "D": 11, "E": 11, "F": 8, "G": 11, "H": 30}.items():
    ws.column_dimensions[k].width = v

ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（医療機関確認用）令和6年度版"
ws["A1"].font = Font(name="ＭＳ Ｐゴシック", size=13, bold=True)
ws["A3"] = "医療機関名"
ws["A3"].font = bold
ws.merge_cells("A3:A3")
ws.merge_cells("B3:D3")
ws["B3"] = FACILITY
ws["B3"].font = Font(name="ＭＳ Ｐゴシック", size=11)
for col in "ABCD":
    ws[f"{col}3"].border = box

HR = 5
ws.merge_cells(f"A{HR}:A{HR+1}"); ws[f"A{HR}"] = "番号"
ws.merge_cells(f"B{HR}:B{HR+1}"); ws[f"B{HR}"] = "チェック項目"
ws.merge_cells(f"C{HR}:D{HR}"); ws[f"C{HR}"] = "1回目"
ws.merge_cells(f"E{HR}:E{HR+1}"); ws[f"E{HR}"] = "目標日"
ws.merge_cells(f"F{HR}:G{HR}"); ws[f"F{HR}"] = "2回目"
ws.merge_cells(f"H{HR}:H{HR+1}"); ws[f"H{HR}"] = "備考"
ws[f"C{HR+1}"] = "はい/いいえ"; ws[f"D{HR+1}"] = "確認日"
ws[f"F{HR+1}"] = "はい/いいえ"; ws[f"G{HR+1}"] = "確認日"
for rr in (HR, HR + 1):
    for col in "ABCDEFGH":
        c = ws[f"{col}{rr}"]
        c.font = bold; c.alignment = center; c.fill = hdrfill; c.border = box

dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)

r = HR + 2
entries = []
rows = []
for heading, section, items in BLOCKS:
    ws.merge_cells(f"A{r}:H{r}")
    ws[f"A{r}"] = heading
    for col in "ABCDEFGH":
        ws[f"{col}{r}"].fill = secfill; ws[f"{col}{r}"].border = box
    ws[f"A{r}"].font = bold
    r += 1
    for no, item, a1, d1, tgt, a2, d2, rem in items:
        vals = {"A": no, "B": item, "C": a1, "D": d1, "E": tgt, "F": a2, "G": d2, "H": rem}
        for col, v in vals.items():
            c = ws[f"{col}{r}"]
            c.value = v
            c.font = font; c.border = box
            c.alignment = leftwrap if col in "BH" else center
            if col in "DEG":
                c.number_format = "yyyy/m/d"
        dv.add(f"C{r}"); dv.add(f"F{r}")
        ws.row_dimensions[r].height = 30
        e = {"section": section, "item": item}
        if no:
            e["itemNo"] = no
        e["firstAnswer"] = a1
        e["firstDate"] = d1.isoformat()
        if tgt: e["targetDate"] = tgt.isoformat()
        if a2: e["secondAnswer"] = a2
        if d2: e["secondDate"] = d2.isoformat()
        if rem: e["remarks"] = rem
        entries.append(e)
        rows.append(r)
        r += 1

ws.freeze_panes = f"C{HR+2}"
ws.print_title_rows = f"{HR}:{HR+1}"
ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
wb.active = 1

# save with openpyxl, then re-save through LibreOffice (as if the hospital opened and saved it in LibreOffice Calc)
tmp = tempfile.mkdtemp()
src = os.path.join(tmp, XLSX)
wb.save(src)
outdir = os.path.join(tmp, "out")
os.makedirs(outdir)
subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + tmp + "/profile",
                "--convert-to", "xlsx", "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, XLSX), os.path.join(HERE, XLSX))
shutil.rmtree(tmp)

expected = {
    "form": "checklist-hospital",
    "version": "R6",
    "file": XLSX,
    "values": {"facilityName": FACILITY, "entries": entries},
    "planted": [],
    "notes": ("Sheet '記入要領' is instructions only; data on sheet 'チェックリスト'. Heading rows (merged A:H) give the section: "
              "前提 / 体制構築 / 医療情報システム全般 / サーバ / 端末PC / ネットワーク機器 / インシデント発生に備えた対応 "
              "(section = heading text without its number, brackets or notes). Item numbers are shown only for 1-(1), "
              "2-(1)..2-(3), 3-(1)..3-(3); device-class rows have no number, so itemNo is omitted there. Dates are Excel "
              "date cells. Workbook written by openpyxl, then re-saved by LibreOffice."
              " Item set per device class is the drafter's reading of the catalogue/seed 004: サーバ = アクセス権限, 不要アカウント, アクセスログ, パスワード, パッチ, 不要ソフト停止; 端末PC = アクセス権限, 不要アカウント, パスワード, パッチ, 不要ソフト停止; ネットワーク機器 = パスワード, パッチ, 接続元制限."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("data rows", rows)
