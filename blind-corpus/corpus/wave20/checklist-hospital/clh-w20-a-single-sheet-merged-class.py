# Generator: clh-w20-a-single-sheet-merged-class.xlsx
# MHLW 令和6年度版 チェックリスト（医療機関確認用）, re-drawn by a prefecture office as one sheet:
# title block and notes above, label-left 医療機関名, section heading rows (1 / 2 / 3), device-class items in
# blocks with a vertically merged 区分 cell (サーバ / 端末PC / ネットワーク機器), separate answer and 確認日
# columns for 1回目 and 2回目, はい/いいえ picked from a drop-down, dates as Excel date cells.
# Written by openpyxl, then re-saved by LibreOffice (headless). No planted problem.
import json, os, shutil, subprocess, tempfile, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "clh-w20-a-single-sheet-merged-class"
D = dt.date

wb = Workbook()
ws = wb.active
ws.title = "医療機関確認用"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(wrap_text=True, vertical="center", horizontal="center")
head = PatternFill("solid", fgColor="D9E1F2")
secfill = PatternFill("solid", fgColor="EDEDED")

for k, v in {"A": 8, "B": 12, "C": 56, "D": 9, "E": 12, "F": 12, "G": 9, "H": 12, "I": 28}.items():
    ws.column_dimensions[k].width = v

ws.merge_cells("A1:I1")
ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度版）"
ws["A1"].font = Font(bold=True, size=14)
ws["A1"].alignment = Alignment(horizontal="center")
ws["I2"] = "医療機関確認用"
ws["I2"].border = box
ws["I2"].alignment = Alignment(horizontal="center")

ws.merge_cells("A4:B4")
ws["A4"] = "医療機関名"
ws["A4"].fill = head
ws.merge_cells("C4:E4")
ws["C4"] = "社会医療法人 若葉会 若葉台総合病院"
for c in ["A4", "B4", "C4", "D4", "E4"]:
    ws[c].border = box

notes = [
    "※ 1回目の確認で「いいえ」の場合は、対応の目標日を記入してください。目標日以降に再度確認し、2回目欄に記入してください。",
    "※ 「前提」が「いいえ」（医療情報システムを導入していない）の場合、以降の項目の記入は不要です。",
    "※ 確認結果は「はい」「いいえ」を選択してください。立入検査の際に確認します。",
]
for i, t in enumerate(notes):
    r = 5 + i
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.cell(r, 1, t).font = Font(size=9)

# header rows 9-10
for rng, t in [("A9:A10", "No."), ("B9:B10", "区分"), ("C9:C10", "チェック項目"), ("D9:E9", "1回目"),
               ("F9:F10", "目標日"), ("G9:H9", "2回目"), ("I9:I10", "備考")]:
    ws.merge_cells(rng)
    ws[rng.split(":")[0]] = t
for cell, t in [("D10", "確認結果"), ("E10", "確認日"), ("G10", "確認結果"), ("H10", "確認日")]:
    ws[cell] = t
for row in ws["A9:I10"]:
    for c in row:
        c.border = box; c.alignment = center; c.fill = head

ACC = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
DEL = "退職者や使用していないアカウント等、不要なアカウントを削除している"
LOG = "アクセスログを管理している"
PAT = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
SVC = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
SRC = "接続元制限を実施している"
d1 = D(2024, 7, 10); d1b = D(2024, 7, 17)

# layout rows: ("S", heading) or ("I", no, section_label_for_json, item, a1, date1, target, a2, date2, remarks)
L = [
    ("I", "前提", "前提", "医療情報システムを導入、運用している", "はい", d1, None, None, None, None),
    ("S", "1　体制構築", "体制構築"),
    ("I", "1-(1)", "体制構築", "医療情報システム安全管理責任者を設置している", "はい", d1, None, None, None, "情報システム課長を選任"),
    ("S", "2　医療情報システムの管理・運用", "医療情報システムの管理・運用"),
    ("I", "2-(1)", "医療情報システムの管理・運用", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", "はい", d1, None, None, None, None),
    ("I", "2-(2)", "医療情報システムの管理・運用", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", "はい", d1, None, None, None, "電子カルテ、PACS、検査システムで利用"),
    ("I", "2-(3)", "医療情報システムの管理・運用", "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
     "いいえ", d1, D(2024, 10, 31), "はい", D(2024, 10, 25), "全契約事業者（6社）から受領"),
    ("C", "サーバ", [
        (ACC, "はい", d1b, None, None, None, None),
        (DEL, "はい", d1b, None, None, None, "人事異動・退職時に月次で棚卸し"),
        (LOG, "はい", d1b, None, None, None, None),
        (PAT, "はい", d1b, None, None, None, None),
        (SVC, "はい", d1b, None, None, None, None),
    ]),
    ("C", "端末PC", [
        (ACC, "はい", d1b, None, None, None, None),
        (DEL, "はい", d1b, None, None, None, None),
        (PAT, "はい", d1b, None, None, None, "WSUSで配信"),
        (SVC, "いいえ", d1b, D(2024, 12, 27), None, None, "部門端末の不要サービス洗い出し中"),
    ]),
    ("C", "ネットワーク機器", [
        (PAT, "はい", d1b, None, None, None, None),
        (SRC, "いいえ", d1b, D(2024, 9, 30), "はい", D(2024, 9, 27), "保守用VPNの接続元IPを制限"),
    ]),
    ("S", "3　インシデント発生に備えた対応", "インシデント発生に備えた対応"),
    ("I", "3-(1)", "インシデント発生に備えた対応", "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
     "はい", d1, None, None, None, None),
    ("I", "3-(2)", "インシデント発生に備えた対応", "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
     "はい", d1, None, None, None, None),
    ("I", "3-(3)", "インシデント発生に備えた対応", "サイバー攻撃を想定した事業継続計画（BCP）を策定している",
     "いいえ", d1, D(2025, 3, 31), None, None, "BCP策定の確認表を用いて作成中"),
]

dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)

entries = []
r = 11

def put_item(r, no, cls, item, a1, dd1, tg, a2, dd2, rem):
    vals = {1: no, 3: item, 4: a1, 5: dd1, 6: tg, 7: a2, 8: dd2, 9: rem}
    for j, v in vals.items():
        if v is None:
            continue
        c = ws.cell(r, j, v)
        c.alignment = wrap if j in (3, 9) else center
        if isinstance(v, D):
            c.number_format = "yyyy/mm/dd"
    for j in range(1, 10):
        ws.cell(r, j).border = box
    dv.add(ws.cell(r, 4)); dv.add(ws.cell(r, 7))
    ws.row_dimensions[r].height = 36

def entry(section, item, no, a1, dd1, tg, a2, dd2, rem):
    e = {"section": section, "item": item}
    if no:
        e["itemNo"] = no
    e["firstAnswer"] = a1; e["firstDate"] = dd1.isoformat()
    if tg: e["targetDate"] = tg.isoformat()
    if a2: e["secondAnswer"] = a2
    if dd2: e["secondDate"] = dd2.isoformat()
    if rem: e["remarks"] = rem
    return e

for x in L:
    if x[0] == "S":
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = ws.cell(r, 1, x[1]); c.font = Font(bold=True); c.fill = secfill
        for j in range(1, 10):
            ws.cell(r, j).border = box
        r += 1
    elif x[0] == "I":
        _, no, sec, item, a1, dd1, tg, a2, dd2, rem = x
        put_item(r, no, None, item, a1, dd1, tg, a2, dd2, rem)
        if no == "前提":
            ws.cell(r, 1).fill = secfill
            entries.append(entry("前提", item, None, a1, dd1, tg, a2, dd2, rem))
        else:
            entries.append(entry(sec, item, no, a1, dd1, tg, a2, dd2, rem))
        r += 1
    else:
        _, cls, items = x
        start = r
        for (item, a1, dd1, tg, a2, dd2, rem) in items:
            put_item(r, None, cls, item, a1, dd1, tg, a2, dd2, rem)
            entries.append(entry(cls, item, None, a1, dd1, tg, a2, dd2, rem))
            r += 1
        ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
        c = ws.cell(start, 2, cls); c.alignment = center

ws.freeze_panes = "D11"
ws.print_title_rows = "9:10"

tmp = tempfile.mkdtemp()
src = os.path.join(tmp, NAME + ".xlsx")
wb.save(src)
prof = tempfile.mkdtemp()
subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "xlsx",
                "--outdir", OUT, src], check=True, capture_output=True)
shutil.rmtree(tmp, ignore_errors=True); shutil.rmtree(prof, ignore_errors=True)

exp = {
    "form": "checklist-hospital",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": "社会医療法人 若葉会 若葉台総合病院", "entries": entries},
    "planted": [],
    "notes": ("One sheet, re-saved by LibreOffice. Row 11 is the 前提 item (No. cell reads 前提). Section heading rows "
              "'1　体制構築', '2　医療情報システムの管理・運用', '3　インシデント発生に備えた対応': section value is the heading "
              "text without its number. Device-class items carry no number in this layout (no itemNo); their section is "
              "the merged 区分 cell (サーバ / 端末PC / ネットワーク機器). Per class only the items the 令和6年度版 lists "
              "for that class (seed 004) are drawn. All dates are Excel date cells. No 確認日 header field (R6)."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
