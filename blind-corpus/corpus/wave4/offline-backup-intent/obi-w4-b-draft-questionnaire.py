#!/usr/bin/python3
"""obi-w4-b-draft-questionnaire: a hospital IT person's Excel draft (回答控え) of the
オフラインバックアップ支援意向アンケート, made for internal approval before typing it
into Microsoft Forms. Cover sheet + Q&A sheet (No. | mark | 設問・選択肢 | 回答記入欄),
marks (● / レ) in the cell before the chosen option, a formula cell deriving the
expected 支援方針, re-saved by LibreOffice so the formula has a cached value.
Two planted problems (see expected.json)."""
import os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "obi-w4-b-draft-questionnaire"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
qfill = PatternFill("solid", fgColor="E2EFDA")
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center")

wb = Workbook()
cov = wb.active
cov.title = "表紙"
cover = [
    ("オフラインバックアップ支援意向に関するアンケート　回答控え", Font(bold=True, size=14)),
    ("", None),
    ("・本ファイルは、ポータルシステムのWebアンケート（Microsoft Forms）へ入力する前に、院内で回答内容を確認するための控えです。", None),
    ("・回答にあたっては「別紙5_各媒体におけるオフライン状態の定義」「別紙6_オンラインバックアップ支援可能物品一覧」を確認すること。", None),
    ("・選択式の設問は、該当する選択肢の左の欄に印を付けてください。", None),
    ("・Webアンケートの回答期限：8/30（二次募集医療機関）", None),
    ("・支援方針（対象外／報告のみ／支援A／支援B／支援C）はアンケート結果から事務局が決定します（「回答」シート下部は参考表示）。", None),
]
for i, (t, f) in enumerate(cover, start=1):
    c = cov.cell(row=i, column=1, value=t)
    if f:
        c.font = f
cov.column_dimensions["A"].width = 120

ws = wb.create_sheet("回答")
ws.column_dimensions["A"].width = 7
ws.column_dimensions["B"].width = 5
ws.column_dimensions["C"].width = 70
ws.column_dimensions["D"].width = 42
ws["A1"] = "オフラインバックアップ支援意向に関するアンケート（回答）"
ws["A1"].font = Font(bold=True, size=13)
for col, t in zip("ABCD", ["No.", "選択", "設問・選択肢", "回答記入欄"]):
    c = ws[f"{col}3"]
    c.value = t
    c.font = Font(bold=True)
    c.alignment = center
    c.border = box
    c.fill = PatternFill("solid", fgColor="D9D9D9")

lines = [
    # row, No., mark, text, answer
    (4, "問1", None, "病院名を入力してください。", None),
    (5, "問2", None, "患者数を入力してください。\n（Microsoft Teamsの「00_医療機関データ」に表示されている患者情報数。1から3000の間の数値）", 3480),
    (6, "問3", None, "現在の電子カルテのバックアップの状況について、当てはまるものを1つ選択してください。", None),
    (7, None, None, "1. 既に電子カルテのオフラインバックアップを運用している", None),
    (8, None, None, "2. 電子カルテベンダ等とオフラインバックアップの方針を検討中である", None),
    (9, None, "●", "3. オフラインバックアップは実施していない", None),
    (10, "問4", None, "本事業でのオフラインバックアップ支援の意向について、当てはまるものを1つ選択してください。", None),
    (11, None, "●", "1. 本事業で支援可能なサーバ・物品を新設したい（年度内に調達可能）", None),
    (12, None, None, "2. 本事業で支援可能なサーバ・物品を新設したい（調達は次年度以降）", None),
    (13, None, None, "3. サーバは新設せず、既存設備に本事業で支援可能な媒体を接続したい", None),
    (14, None, None, "4. 本事業での支援は不要", None),
    (15, "問5", None, "オフラインバックアップの保存先として希望するものを1つ選択してください。", None),
    (16, None, "レ", "1. 院内の物理媒体", None),
    (17, None, None, "2. 外部クラウド環境（サーバの新設は不要）", None),
    (18, "問6", None, "ご意見・ご質問等（自由記入）", "サーバ室のラックに空きがあることは確認済み。\n機器の発注は9月の理事会承認後となる見込み。"),
]
for r, no, mark, text, ans in lines:
    ws.cell(row=r, column=1, value=no).alignment = center
    m = ws.cell(row=r, column=2, value=mark)
    m.alignment = center
    ws.cell(row=r, column=3, value=text).alignment = wrap
    a = ws.cell(row=r, column=4, value=ans)
    a.alignment = wrap
    for col in range(1, 5):
        ws.cell(row=r, column=col).border = box
    if no:
        for col in (1, 3):
            ws.cell(row=r, column=col).fill = qfill
        ws.cell(row=r, column=3).font = Font(bold=True)
ws["D5"].number_format = '#,##0"人"'
ws.row_dimensions[5].height = 44
ws.row_dimensions[18].height = 36

ws["C20"] = "【参考】想定される支援方針（自動判定・入力不要）"
ws["C20"].font = Font(bold=True)
ws["D20"] = ('=IF(B7<>"","対象外",IF(AND(B8<>"",B14<>""),"報告のみ",IF(B11<>"","支援A",'
             'IF(B12<>"","支援B",IF(B13<>"","支援C","判定不可")))))')
ws["D20"].border = box
ws["D20"].alignment = center
ws["D20"].fill = PatternFill("solid", fgColor="FFF2CC")

wb.active = 1
tmp = tempfile.mkdtemp()
src = os.path.join(tmp, NAME + ".xlsx")
wb.save(src)
outdir = os.path.join(tmp, "out")
os.makedirs(outdir)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, src],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME + ".xlsx"), os.path.join(HERE, NAME + ".xlsx"))
shutil.rmtree(tmp)
print("saved (LibreOffice re-save)", NAME)
