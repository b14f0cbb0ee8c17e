# Generator for bv-w33-a-questionnaire-dropdown-rows.xlsx
# Role: prefecture office (医務課) that turned the MHLW 回答要領 into an Excel questionnaire:
# No. | 設問 | 回答 | 補足, dropdown はい/いいえ from a hidden sheet, Q9 as a small maker/model/count
# table, Q14 split into 14-1/14-2, plus a 記入要領 sheet. Filled by a hospital 情報管理室 person.
# Saved by openpyxl, then re-saved by LibreOffice.
import sys, os, subprocess, shutil
sys.path.insert(0, "/tmp/w33lib")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w33-a-questionnaire-dropdown-rows"
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
H = PatternFill("solid", fgColor="D9E1F2")
ANS = PatternFill("solid", fgColor="FFF2CC")
SEC = PatternFill("solid", fgColor="F2F2F2")
WRAP = Alignment(wrap_text=True, vertical="center")

def box(ws, rng, fill=None, bold=False):
    for row in ws[rng]:
        for c in row:
            c.border = B; c.alignment = WRAP
            if fill: c.fill = fill
            if bold: c.font = Font(bold=True)

wb = Workbook()
ws = wb.active
ws.title = "回答票"
for k, v in dict(A=6, B=58, C=18, D=18, E=10, F=30).items():
    ws.column_dimensions[k].width = v
ws["A1"] = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　回答票"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "※回答要領（別シート）を必ずご確認のうえ、黄色のセルに回答してください。回答欄はプルダウンから選択してください。"
ws["A3"] = "医療機関名"; ws["B3"] = "公立 ひがし讃岐総合病院"
ws["C3"] = "回答日"; ws["D3"] = "令和6年8月26日"
box(ws, "A3:D3"); ws["A3"].fill = H; ws["C3"].fill = H

ws["A5"] = "No."; ws["B5"] = "設問"; ws.merge_cells("C5:E5"); ws["C5"] = "回答"; ws["F5"] = "補足（任意）"
box(ws, "A5:F5", H, True)

r = 6
ws.merge_cells(f"A{r}:F{r}"); ws[f"A{r}"] = "【電子カルテシステムのバックアップに係る質問関係】"
box(ws, f"A{r}:F{r}", SEC, True); r += 1

answers = {}
def q(no, text, val, note=None):
    global r
    ws[f"A{r}"] = no; ws[f"B{r}"] = text
    ws.merge_cells(f"C{r}:E{r}")
    if val is not None:
        ws[f"C{r}"] = val
    if note: ws[f"F{r}"] = note
    box(ws, f"A{r}:F{r}"); ws[f"C{r}"].fill = ANS
    answers[no] = f"C{r}"
    r += 1

# Q1: three sub rows
ws.merge_cells(f"A{r}:A{r+2}"); ws[f"A{r}"] = 1
q1 = [("回答者の情報　氏名", "善通 真理子"), ("回答者の情報　所属", "事務局 情報管理室"),
      ("回答者の情報　連絡先", "0879-43-2511（内線1180）")]
for t, v in q1:
    ws[f"B{r}"] = t; ws.merge_cells(f"C{r}:E{r}"); ws[f"C{r}"] = v
    box(ws, f"A{r}:F{r}"); ws[f"C{r}"].fill = ANS
    r += 1
q(2, "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "はい")
q(3, "電子カルテシステムを使用しているか\n（使用していない場合は 7. まで回答不要）", "はい")
q(4, "診療行為を停止させないためのバックアップデータは作成しているか（定期的にテストを行っているか）", "はい",
  "年2回 リストアテスト実施")
q(5, "バックアップデータは世代管理しているか", "はい", "日次・7世代")
q(6, "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか", "いいえ",
  "同一サーバ室内のNASのみ")
q(7, "バックアップデータの漏洩対策を講じているか", "はい")
ws.merge_cells(f"A{r}:F{r}"); ws[f"A{r}"] = "【リモートゲートウェイ装置に係る質問関係】"
box(ws, f"A{r}:F{r}", SEC, True); r += 1
q(8, "VPN装置が存在するか\n（設置されていない場合は、以降の設問は回答不要）", "はい")
# Q9 table
q9_start = r
ws[f"A{r}"] = 9
ws[f"B{r}"] = "VPN装置のメーカー名、型番、台数を全て記載すること（記述方式）"
ws[f"C{r}"] = "メーカー名"; ws[f"D{r}"] = "型番"; ws[f"E{r}"] = "台数"
box(ws, f"A{r}:F{r}"); box(ws, f"C{r}:E{r}", H, True)
r += 1
vpn = [("Fortinet", "FortiGate-60F", 1, "電子カルテベンダ保守用"),
       ("ヤマハ", "RTX1220", 2, "PACS・検査システム保守用")]
for mk, md, n, note in vpn:
    ws[f"C{r}"] = mk; ws[f"D{r}"] = md; ws[f"E{r}"] = n; ws[f"F{r}"] = note
    box(ws, f"A{r}:F{r}")
    for c in "CDE": ws[f"{c}{r}"].fill = ANS
    r += 1
for _ in range(2):  # spare rows
    box(ws, f"A{r}:F{r}")
    for c in "CDE": ws[f"{c}{r}"].fill = ANS
    r += 1
ws.merge_cells(f"A{q9_start}:A{r-1}"); ws.merge_cells(f"B{q9_start}:B{r-1}")
q(10, "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "はい")
q(11, "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "はい")
q(12, "VPN装置へのアクセス記録を定期的に分析・監査しているか", "いいえ")
q(13, "詳細な緊急対応手順を整備し、定期的に訓練しているか", "いいえ", "手順書は作成済み、訓練は未実施")
q("14-1", "セキュリティ責任者を設置しているか", "はい")
q("14-2", "セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "いいえ")
for rr in range(7, r):
    ws.row_dimensions[rr].height = 34

# hidden choice sheet + dropdowns
ch = wb.create_sheet("選択肢")
ch["A1"] = "はい"; ch["A2"] = "いいえ"
ch.sheet_state = "hidden"
dv = DataValidation(type="list", formula1="=選択肢!$A$1:$A$2", allow_blank=True)
ws.add_data_validation(dv)
for no, cell in answers.items():
    dv.add(cell)

# 記入要領 sheet
g = wb.create_sheet("記入要領")
g.column_dimensions["A"].width = 110
guide = [
    "回答要領（抜粋）",
    "・技術的な質問・用語等については、院内担当者だけでなく、システム設置事業者や保守事業者への照会等も活用して回答してください。",
    "・問3：電子カルテシステムを使用していない場合は、問7まで回答不要です。",
    "・問5：世代管理とは最新のバックアップデータだけでなく、それ以前のバックアップデータも管理することを指します。",
    "・問8：VPN装置が設置されていない場合は、以降の設問は回答不要です。",
    "・問9：VPN装置のメーカー名、型番、台数を全て記載してください（行が足りない場合は追加してください）。",
    "・問14：セキュリティ責任者の設置と、医療情報システムの責任者とは別に配置しているかの2点を回答してください。",
]
for i, t in enumerate(guide, 1):
    g[f"A{i}"] = t
g["A1"].font = Font(bold=True)

tmp = f"/tmp/w33bv/{NAME}.xlsx"
wb.save(tmp)
outdir = "/tmp/w33bv/lo"
os.makedirs(outdir, exist_ok=True)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, tmp], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
print("saved")
