#!/usr/bin/python3
"""clh-w24-a: MHLW R6 医療機関確認用 checklist drawn as one sheet; device-class items have one sub-row per
device class (サーバ / 端末PC / ネットワーク機器) with the item number and text merged vertically.
はい/いいえ from a dropdown fed by a hidden list sheet; Excel date cells. Built with openpyxl, re-saved by
LibreOffice. No planted problem."""
import datetime as dt, json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clh-w24-a-merged-item-device-subrows"
FACILITY = "医療法人社団 緑風会 みどりヶ丘病院"
D = dt.date
F1 = D(2024, 7, 10)

SV, PC, NW = "サーバ", "端末PC", "ネットワーク機器"
# blocks: ("H", heading text shown, section value) or ("I", no, item, [(device|None, ans tuple)])
# ans tuple: (first, firstDate, target, second, secondDate, remarks)
OK = ("はい", F1, None, None, None, None)
blocks = [
    ("H", "前提", "前提"),
    ("I", None, "医療情報システムを導入、運用している", [(None, OK)]),
    ("H", "1 体制構築", "体制構築"),
    ("I", "1-(1)", "医療情報システム安全管理責任者を設置している",
     [(None, ("はい", F1, None, None, None, "情報システム室長を任命（R5.4）"))]),
    ("H", "2 医療情報システムの管理・運用", "医療情報システムの管理・運用"),
    ("I", "2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", [(None, OK)]),
    ("I", "2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", [(None, OK)]),
    ("I", "2-(3)", "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
     [(None, ("いいえ", F1, D(2024, 9, 30), "はい", D(2024, 9, 26), "電子カルテ・PACS業者分を受領"))]),
    ("I", "2-(4)", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", [(SV, OK), (PC, OK)]),
    ("I", "2-(5)", "退職者や使用していないアカウント等、不要なアカウントを削除している",
     [(SV, OK), (PC, ("はい", F1, None, None, None, "毎月、人事異動情報と突合"))]),
    ("I", "2-(6)", "アクセスログを管理している", [(SV, OK)]),
    ("I", "2-(7)", "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している",
     [(SV, OK),
      (PC, ("いいえ", F1, D(2024, 12, 27), "はい", D(2024, 12, 24), "端末ログインPWのポリシーを変更")),
      (NW, OK)]),
    ("I", "2-(8)", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", [(SV, OK), (PC, OK), (NW, OK)]),
    ("I", "2-(9)", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", [(SV, OK), (PC, OK)]),
    ("I", "2-(10)", "接続元制限を実施している", [(NW, OK)]),
    ("H", "3 インシデント発生に備えた対応", "インシデント発生に備えた対応"),
    ("I", "3-(1)", "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある", [(None, OK)]),
    ("I", "3-(2)", "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している", [(None, OK)]),
    ("I", "3-(3)", "サイバー攻撃を想定した事業継続計画（BCP）を策定している",
     [(None, ("いいえ", F1, D(2025, 3, 31), None, None, "BCP策定の確認表を用いて作成中"))]),
]

wb = Workbook()
ws = wb.active
ws.title = "チェックリスト"
lst = wb.create_sheet("リスト")
lst["A1"], lst["A2"] = "はい", "いいえ"
lst.sheet_state = "hidden"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
grey = PatternFill("solid", fgColor="D9D9D9")
for k, v in dict(A=8, B=50, C=14, D=8, E=11, F=11, G=8, H=11, I=30).items():
    ws.column_dimensions[k].width = v

ws.merge_cells("A1:I1")
ws["A1"] = "令和6年度版 医療機関におけるサイバーセキュリティ対策チェックリスト"
ws["A1"].font = Font(bold=True, size=14)
ws["A1"].alignment = Alignment(horizontal="center")
ws["I2"] = "医療機関確認用"
ws["I2"].alignment = Alignment(horizontal="right")
ws["A4"] = "医療機関名"
ws["A4"].font = Font(bold=True)
ws.merge_cells("B4:C4")
ws["B4"] = FACILITY
for c in range(1, 4):
    ws.cell(4, c).border = box
ws["A5"] = "※ 「前提」が「いいえ」の場合、以下の項目の記入は不要です。「いいえ」の項目は目標日を記入してください。"
ws["A5"].font = Font(size=9)

h1, h2 = 7, 8
for c, t in {1: "番号", 2: "チェック項目", 3: "対象", 4: "1回目", 6: "目標日", 7: "2回目", 9: "備考"}.items():
    ws.cell(h1, c, t)
for a in ("A7:A8", "B7:B8", "C7:C8", "D7:E7", "F7:F8", "G7:H7", "I7:I8"):
    ws.merge_cells(a)
for c, t in {4: "回答", 5: "確認日", 7: "回答", 8: "確認日"}.items():
    ws.cell(h2, c, t)
for rr in (h1, h2):
    for c in range(1, 10):
        cell = ws.cell(rr, c)
        cell.border = box
        cell.fill = PatternFill("solid", fgColor="FCE4D6")
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center")

dv = DataValidation(type="list", formula1="=リスト!$A$1:$A$2", allow_blank=True)
ws.add_data_validation(dv)

entries = []
r = h2 + 1
section = None
for b in blocks:
    if b[0] == "H":
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(r, 1, b[1]).font = Font(bold=True)
        for c in range(1, 10):
            ws.cell(r, c).fill = PatternFill("solid", fgColor="F2F2F2")
            ws.cell(r, c).border = box
        section = b[2]
        r += 1
        continue
    _, no, item, subs = b
    top = r
    for dev, (fa, fd, td, sa, sd, rem) in subs:
        ws.cell(r, 3, dev if dev else "－")
        if not dev:
            ws.cell(r, 3).fill = grey
        ws.cell(r, 4, fa)
        ws.cell(r, 5, fd)
        if td:
            ws.cell(r, 6, td)
        if sa:
            ws.cell(r, 7, sa)
        if sd:
            ws.cell(r, 8, sd)
        if rem:
            ws.cell(r, 9, rem)
        dv.add("D%d" % r)
        dv.add("G%d" % r)
        for c in (5, 6, 8):
            ws.cell(r, c).number_format = "yyyy/m/d"
        for c in range(1, 10):
            cell = ws.cell(r, c)
            cell.border = box
            cell.alignment = Alignment(vertical="center", wrap_text=True,
                                       horizontal="left" if c in (2, 9) else "center")
        e = {"section": dev or section, "item": item}
        if no:
            e["itemNo"] = no
        e.update(firstAnswer=fa, firstDate=fd.isoformat())
        if td:
            e["targetDate"] = td.isoformat()
        if sa:
            e["secondAnswer"] = sa
        if sd:
            e["secondDate"] = sd.isoformat()
        if rem:
            e["remarks"] = rem
        entries.append(e)
        r += 1
    ws.cell(top, 1, no)
    ws.cell(top, 2, item)
    if r - 1 > top:
        ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
        ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
    else:
        ws.row_dimensions[top].height = 32

ws.freeze_panes = "A9"
ws.print_title_rows = "7:8"
ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 0

tmp = tempfile.mkdtemp()
src = os.path.join(tmp, NAME + ".xlsx")
wb.save(src)
outdir = os.path.join(tmp, "out")
os.makedirs(outdir)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME + ".xlsx"), os.path.join(HERE, NAME + ".xlsx"))
shutil.rmtree(tmp)

expected = {
    "form": "checklist-hospital",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FACILITY, "entries": entries},
    "planted": [],
    "notes": "One row per item, and for device-class items one sub-row per device class (対象 column), item number "
             "and text merged vertically over the sub-rows; every sub-row is its own entry with section = the device "
             "class and the shared itemNo. Non-device items: section = the heading row above them without its number "
             "('体制構築', '医療情報システムの管理・運用', 'インシデント発生に備えた対応'), 対象 shows '－'. The 前提 row "
             "has no number. Item numbers 2-(4)…2-(10) are this layout's own numbering. No 確認日 header (R6). "
             "Hidden sheet リスト feeds the はい/いいえ dropdowns. Re-saved by LibreOffice.",
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok", NAME, len(entries))
