#!/usr/bin/python3
"""obi-w48-b: a hospital's internal 回答控え of the survey before entering it in Forms:
No. | 設問 | mark | 選択肢, ● beside the chosen option, a (参考) 支援方針 computed by formula,
re-saved by LibreOffice (formula result cached). Planted: 患者数 4820 (the survey bounds it to 1-3000)."""
import sys, os, subprocess, tempfile, shutil
sys.path.insert(0, "/tmp/w48lib")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "obi-w48-b-internal-qa-marks-libre.xlsx"
wb = Workbook()
ws = wb.active
ws.title = "回答控え"
thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
head = PatternFill("solid", fgColor="D9E1F2")
wrap = Alignment(wrap_text=True, vertical="center")
ctr = Alignment(horizontal="center", vertical="center")
for col, w in zip("ABCD", [6, 46, 6, 56]):
    ws.column_dimensions[col].width = w

def put(ref, val, bold=False, fill=None, align=None):
    c = ws[ref]; c.value = val; c.alignment = align or wrap; c.border = box
    if bold: c.font = Font(bold=True)
    if fill: c.fill = fill

ws["A1"] = "オフラインバックアップ支援意向に関するアンケート　回答控え（院内確認用）"
ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = "※ポータルシステムのWebアンケート（Microsoft Forms）へ入力する前の確認用。選択肢は該当欄に●。"
ws["A2"].font = Font(size=9)
ws["A3"] = "作成：R6.8.21　情報管理室"
for col, lab in zip("ABCD", ["No.", "設問", "回答", "選択肢"]):
    put(f"{col}5", lab, bold=True, fill=head, align=ctr)

# Q1 患者数
put("A6", "1", align=ctr)
put("B6", "患者数を入力してください。\n（Teams「00_医療機関データ」に表示されている患者情報数、1～3000）")
put("C6", 4820, align=ctr)            # planted: outside 1-3000
put("D6", None)
ws.merge_cells("C6:D6")
ws.row_dimensions[6].height = 44
# Q2 病院名
put("A7", "2", align=ctr)
put("B7", "病院名を入力してください。")
put("C7", "公立みさき町民病院")
put("D7", None)
ws.merge_cells("C7:D7")

def choice_block(first, no, question, options, chosen):
    last = first + len(options) - 1
    put(f"A{first}", no, align=ctr)
    put(f"B{first}", question)
    for i, opt in enumerate(options):
        r = first + i
        if i:
            put(f"A{r}", None); put(f"B{r}", None)
        put(f"C{r}", "●" if i == chosen else None, align=ctr)
        put(f"D{r}", opt)
        ws.row_dimensions[r].height = 30
    ws.merge_cells(f"A{first}:A{last}")
    ws.merge_cells(f"B{first}:B{last}")
    return last + 1

r = choice_block(8, "3", "現在の電子カルテのオフラインバックアップの状況（別紙5参照）",
                 ["既に電子カルテのオフラインバックアップを運用している",
                  "電子カルテベンダ等とオフラインバックアップの方針を検討中",
                  "未実施"], 2)
r = choice_block(r, "4", "本事業での支援の意向（別紙6の支援可能物品を参照）",
                 ["支援可能なサーバ・物品を新設する（年度内に調達可能）",
                  "支援可能なサーバ・物品を新設する（調達は次年度以降）",
                  "サーバは新設せず、既存設備に支援可能な媒体を接続する",
                  "本事業での支援は不要（ベンダ等と検討中）"], 0)
r = choice_block(r, "5", "バックアップの保存先",
                 ["院内の物理媒体", "外部クラウド"], 0)
put(f"A{r}", "6", align=ctr)
put(f"B{r}", "その他（ご意見等）")
put(f"C{r}", "LTOテープ装置の購入を予定（予算要求済み）。\n設置場所はサーバ室。")
put(f"D{r}", None)
ws.merge_cells(f"C{r}:D{r}")
ws.row_dimensions[r].height = 40
free_row = r
pol = free_row + 2
put(f"B{pol}", "（参考）想定される支援方針　※自動判定", bold=True, fill=head)
put(f"C{pol}", '=IF(C8="●","対象外",IF(AND(C9="●",C14="●"),"報告のみ",IF(C11="●","支援A",IF(C12="●","支援B",IF(C13="●","支援C","")))))', align=ctr)
put(f"D{pol}", None)
ws.merge_cells(f"C{pol}:D{pol}")
ws.page_setup.orientation = "portrait"

tmpd = tempfile.mkdtemp(prefix="obi48b-")
src = os.path.join(tmpd, NAME)
wb.save(src)
outd = os.path.join(tmpd, "out"); os.makedirs(outd)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outd, src], check=True,
               env=dict(os.environ, HOME=tmpd))
shutil.copy(os.path.join(outd, NAME), os.path.join(HERE, NAME))
shutil.rmtree(tmpd)
print("saved", os.path.join(HERE, NAME), "rows: free", free_row, "policy", pol)
