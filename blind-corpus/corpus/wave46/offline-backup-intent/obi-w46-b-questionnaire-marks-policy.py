# Generator for obi-w46-b-questionnaire-marks-policy.xlsx (offline-backup-intent; a hospital's own Excel draft of
# the Web questionnaire: No. | 設問 | mark | option, ● beside the chosen option, a 支援方針 formula derived from the
# marks; written by openpyxl then re-saved by LibreOffice so the formula result is cached).
# Planted: 患者数 3500 (the survey bounds it to 1–3000).
# run: PYTHONPATH=/tmp/w46srhs_py /usr/bin/python3 obi-w46-b-questionnaire-marks-policy.py
import os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "obi-w46-b-questionnaire-marks-policy.xlsx"
tmpdir = tempfile.mkdtemp(prefix="w46obi_")
RAW = os.path.join(tmpdir, NAME)

wb = Workbook()
ws = wb.active
ws.title = "アンケート回答"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
head = PatternFill("solid", fgColor="FFF2CC")
for col, w in {"A": 6, "B": 38, "C": 6, "D": 58}.items():
    ws.column_dimensions[col].width = w

ws.merge_cells("A1:D1")
ws["A1"] = "オフラインバックアップ支援意向に関するアンケート　回答内容（院内確認用）"
ws["A1"].font = Font(bold=True, size=13)
ws.merge_cells("A2:D2")
ws["A2"] = "※ 院内決裁後、ポータルのWebアンケート（Microsoft Forms）に同じ内容で入力する。該当する選択肢の左欄に●。　記入日：R6.8.21"
ws["A2"].font = Font(size=9)

for i, h in enumerate(["No.", "設問", "選択", "回答"], start=1):
    c = ws.cell(4, i, h); c.fill = head; c.border = box; c.alignment = center

def q(row_from, row_to, no, text):
    ws.merge_cells(start_row=row_from, start_column=1, end_row=row_to, end_column=1)
    ws.merge_cells(start_row=row_from, start_column=2, end_row=row_to, end_column=2)
    ws.cell(row_from, 1, no).alignment = center
    ws.cell(row_from, 2, text).alignment = wrap

q(5, 5, "Q1", "病院名を入力してください。")
ws.merge_cells("C5:D5"); ws["C5"] = "医療法人 白鷺会 姫路西病院"
q(6, 6, "Q2", "患者数を入力してください。\n（Teams「00_医療機関データ」の患者情報数、1～3000）")
ws.merge_cells("C6:D6"); ws["C6"] = 3500          # planted: over 3000
ws["C6"].alignment = Alignment(horizontal="left")
q(7, 9, "Q3", "現在の電子カルテのバックアップ状況")
opts3 = [(None, "既に電子カルテのオフラインバックアップを運用している"),
         (None, "電子カルテベンダ等とオフラインバックアップの方針を検討中"),
         ("●", "オフラインバックアップは未実施")]
q(10, 13, "Q4", "本事業での支援の意向")
opts4 = [(None, "支援可能なサーバ・物品を新設する（年度内に調達可能）"),
         ("●", "支援可能なサーバ・物品を新設する（調達は次年度以降）"),
         (None, "サーバは新設せず、既存設備に支援可能な媒体を接続する"),
         (None, "本事業での支援は不要")]
q(14, 15, "Q5", "バックアップの保存先")
opts5 = [("●", "院内の物理媒体"), (None, "外部クラウド環境")]
for start, opts in ((7, opts3), (10, opts4), (14, opts5)):
    for k, (mark, text) in enumerate(opts):
        ws.cell(start + k, 3, mark).alignment = center
        ws.cell(start + k, 4, text).alignment = wrap
q(16, 16, "Q6", "ご意見・ご質問等")
ws.merge_cells("C16:D16")
ws["C16"] = "NAS・LTO装置は令和7年度予算で購入予定。\n電子カルテベンダ同席で打合せを希望。"
ws["C16"].alignment = wrap
ws.row_dimensions[16].height = 36
ws.row_dimensions[6].height = 32
for row in ws.iter_rows(min_row=5, max_row=16, min_col=1, max_col=4):
    for c in row:
        c.border = box

ws.merge_cells("A18:B18")
ws["A18"] = "想定される支援方針（説明資料P13・14より自動判定）"
ws["A18"].fill = head
ws.merge_cells("C18:D18")
ws["C18"] = ('=IF(C7<>"","対象外",IF(AND(C8<>"",C13<>""),"報告のみ",'
             'IF(C10<>"","支援A",IF(C11<>"","支援B",IF(C12<>"","支援C","")))))')
ws["C18"].font = Font(bold=True)
for col in range(1, 5):
    ws.cell(18, col).border = box
wb.save(RAW)

subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", HERE, RAW], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.rmtree(tmpdir)
print("saved", os.path.join(HERE, NAME))
