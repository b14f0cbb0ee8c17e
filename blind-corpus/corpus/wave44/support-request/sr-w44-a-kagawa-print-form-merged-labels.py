# Generator for sr-w44-a-kagawa-print-form-merged-labels.xlsx
# Kagawa-style 回答様式 as the prefecture would draw it for FAX: one sheet, print borders, merged labels,
# then filled by the hospital. Afterwards re-saved by LibreOffice (see bottom).
import sys, os, subprocess, shutil
sys.path.insert(0, "/tmp/w44sr-pylib")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "sr-w44-a-kagawa-print-form-merged-labels"

wb = Workbook()
ws = wb.active
ws.title = "回答様式"
thin = Side(style="thin"); med = Side(style="medium")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
mincho = Font(name="ＭＳ 明朝", size=11)
gothic_b = Font(name="ＭＳ ゴシック", size=12, bold=True)

for col, w in zip("ABCDEFG", [2, 16, 14, 14, 14, 14, 14]):
    ws.column_dimensions[col].width = w

ws["F1"] = "（別紙）"
ws["F1"].alignment = Alignment(horizontal="right")
ws["B2"] = "（送付先　香川県医務国保課医療企画G宛　FAX 087-806-0248）"
ws["B2"].font = Font(size=9)
ws.merge_cells("B4:G5")
ws["B4"] = "「医療機関におけるサイバーセキュリティ確保事業」における支援の\n希望調査に係る回答様式"
ws["B4"].font = gothic_b; ws["B4"].alignment = center
ws.row_dimensions[4].height = 22; ws.row_dimensions[5].height = 22
ws.merge_cells("B7:G7")
ws["B7"] = "当病院は、当該事業の支援を希望します。"
ws["B7"].font = Font(name="ＭＳ 明朝", size=12)

def box(rng):
    for row in ws[rng]:
        for c in row:
            c.border = B

r = 9
simple = [
    ("医療機関コード", "3710105184"),
    ("病院名（正式名称）", "医療法人社団 讃岐会　栗林南病院"),
    ("郵便番号", "760-0073"),
    ("住所", "香川県高松市栗林町三丁目8番21号"),
    ("電話番号", "087-861-4470"),
]
for label, val in simple:
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=7)
    ws.cell(r, 2, label).alignment = wrap
    ws.cell(r, 4, val).alignment = wrap
    ws.row_dimensions[r].height = 24
    box(f"B{r}:G{r}")
    r += 1

contacts = [
    ("担当者①\n【必須】", ("事務部 医療情報課 課長", "大西　健司", "k-onishi@ritsurin-minami.or.jp")),
    ("担当者②\n【必須】", ("事務部 医療情報課 主任", "真鍋　由香", "y-manabe@ritsurin-minami.or.jp")),
    ("担当者③", ("診療情報管理室 室長", "十河　亮", "r-sogo@ritsurin-minami.or.jp")),
]
for label, vals in contacts:
    ws.merge_cells(start_row=r, start_column=2, end_row=r + 2, end_column=2)
    ws.cell(r, 2, label).alignment = center
    for i, sub in enumerate(["所属・役職", "氏名", "Mail アドレス"]):
        ws.cell(r + i, 3, sub).alignment = wrap
        ws.merge_cells(start_row=r + i, start_column=4, end_row=r + i, end_column=7)
        ws.cell(r + i, 4, vals[i]).alignment = wrap
        ws.row_dimensions[r + i].height = 22
    box(f"B{r}:G{r+2}")
    r += 3

# 活用の可否: the printed "可 ・ 不可" – the hospital deleted "・ 不可", leaving 可
ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
ws.cell(r, 2, "サイバーセキュリティ調査における回答データの活用の可否(※)").alignment = wrap
ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=7)
ws.cell(r, 4, "可").alignment = center
ws.row_dimensions[r].height = 45
box(f"B{r}:G{r}")
r += 1
ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
ws.cell(r, 2, "備考").alignment = wrap
ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=7)
ws.cell(r, 4, "現地調査の日程は平日午後を希望します。\n電子カルテの次回更改は令和9年度の予定です。").alignment = wrap
ws.row_dimensions[r].height = 48
box(f"B{r}:G{r}")
r += 2

# 確認事項 block the prefecture added from the notice's eligibility sentence
ws.cell(r, 2, "【確認事項】該当するものに☑を付けてください。").font = Font(bold=True)
r += 1
checks = [
    ("☑", "令和6年度に本事業の支援を受けていない"),
    ("☑", "電子カルテシステムを導入している"),
    ("☑", "令和8年1月までに現地調査を完了できる（電子カルテシステムの更改により調査ができない事情はない）"),
]
for mark, text in checks:
    ws.cell(r, 2, mark).alignment = center
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=7)
    ws.cell(r, 3, text).alignment = wrap
    ws.row_dimensions[r].height = 30 if len(text) > 30 else 20
    box(f"B{r}:G{r}")
    r += 1
r += 1
ws.merge_cells(start_row=r, start_column=2, end_row=r + 3, end_column=7)
ws.cell(r, 2, "※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」"
              "により、病院におけるサイバーセキュリティ対策の実態調査を実施しており、当該調査で回答いただいた内容を当該事業でも"
              "活用させていただく可能性があり、ご了解いただける場合は、「可」と、ご了解いただけない場合は、「不可」と記載してください。")
ws.cell(r, 2).alignment = Alignment(wrap_text=True, vertical="top")
ws.cell(r, 2).font = Font(size=9)

for row in ws.iter_rows():
    for c in row:
        if c.value is not None and c.font.name == "Calibri":
            c.font = Font(name="ＭＳ 明朝", size=c.font.size or 11, bold=c.font.bold)

ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.print_area = f"A1:G{r+3}"

tmp = os.path.join("/tmp", NAME + ".openpyxl.xlsx")
wb.save(tmp)
# re-save as LibreOffice would (the hospital opened the prefecture's file in LibreOffice Calc)
outdir = "/tmp/w44sr-lo"
os.makedirs(outdir, exist_ok=True)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, tmp], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME + ".openpyxl.xlsx"), os.path.join(HERE, NAME + ".xlsx"))
print("saved", NAME + ".xlsx")
