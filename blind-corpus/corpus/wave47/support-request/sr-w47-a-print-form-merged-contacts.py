# Generator for sr-w47-a-print-form-merged-contacts.xlsx
# Kagawa prefecture FAX answer form, drawn print-style (spacer column, borders, merged contact labels),
# filled by a hospital's general-affairs clerk. No planted problem.
import os, sys
sys.path.insert(0, "/tmp/sr-hs-obi-py")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "sr-w47-a-print-form-merged-contacts.xlsx"


def check_digit(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        p = int(ch) * (2 if i % 2 == 0 else 1)
        s += p // 10 + p % 10
    return str((10 - s % 10) % 10)


CODE = "371010458" + check_digit("371010458")  # 3710104583

wb = Workbook()
ws = wb.active
ws.title = "回答様式"
thin = Side(style="thin")
med = Side(style="medium")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
font = Font(name="ＭＳ 明朝", size=11)
bold = Font(name="ＭＳ 明朝", size=11, bold=True)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
grey = PatternFill("solid", fgColor="F2F2F2")

ws.column_dimensions["A"].width = 2
ws.column_dimensions["B"].width = 14
ws.column_dimensions["C"].width = 16
ws.column_dimensions["D"].width = 20
ws.column_dimensions["E"].width = 20
ws.column_dimensions["F"].width = 14
ws.column_dimensions["G"].width = 2

ws["F1"] = "（別紙）"
ws["F1"].alignment = Alignment(horizontal="right")
ws["B2"] = "送付先　香川県医務国保課医療企画Ｇ宛　ＦＡＸ　０８７－８０６－０２４８"
ws["B2"].font = font
ws.merge_cells("B4:F5")
ws["B4"] = "「医療機関におけるサイバーセキュリティ確保事業」における支援の\n希望調査に係る回答様式"
ws["B4"].font = Font(name="ＭＳ 明朝", size=13, bold=True)
ws["B4"].alignment = center
ws.row_dimensions[4].height = 22
ws.row_dimensions[5].height = 22
ws.merge_cells("B7:F7")
ws["B7"] = "当病院は、当該事業の支援を希望します。"
ws["B7"].font = bold
ws["B7"].alignment = Alignment(horizontal="center")


def frame(rng):
    for row in ws[rng]:
        for c in row:
            c.border = box
            if c.font != bold:
                c.font = font


r = 9
simple = [
    ("医療機関コード", int(CODE)),            # typed as a plain number
    ("病院名（正式名称）", "医療法人社団 玉藻会 高松みなみ病院"),
    ("郵便番号", "760-0068"),
    ("住所", "香川県高松市松島町二丁目15番7号"),
    ("電話番号", "087-831-4470"),
]
rows = {}
for label, val in simple:
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=6)
    ws.cell(r, 2, label).fill = grey
    ws.cell(r, 2).alignment = wrap
    ws.cell(r, 4, val).alignment = Alignment(horizontal="left", vertical="center")
    frame(f"B{r}:F{r}")
    ws.row_dimensions[r].height = 24
    rows[label] = r
    r += 1
ws.cell(rows["医療機関コード"], 4).number_format = "0"

contacts = [
    ("担当者①\n【必須】", ("事務部 総務課 課長", "三谷 健一", "k-mitani@tamamo-minami-hp.or.jp")),
    ("担当者②\n【必須】", ("情報システム室 主任", "大西 由香", "y-onishi@tamamo-minami-hp.or.jp")),
    ("担当者③", ("診療情報管理室 室長", "森 浩二", "k-mori@tamamo-minami-hp.or.jp")),
]
contact_rows = []
for label, (dept, name, mail) in contacts:
    ws.merge_cells(start_row=r, start_column=2, end_row=r + 2, end_column=2)
    ws.cell(r, 2, label).alignment = center
    ws.cell(r, 2).fill = grey
    for i, (sub, val) in enumerate([("所属・役職", dept), ("氏名", name), ("Mail アドレス", mail)]):
        ws.cell(r + i, 3, sub).fill = grey
        ws.merge_cells(start_row=r + i, start_column=4, end_row=r + i, end_column=6)
        ws.cell(r + i, 4, val)
        ws.row_dimensions[r + i].height = 22
    frame(f"B{r}:F{r + 2}")
    contact_rows.append(r)
    r += 3

# 活用の可否: the printed 「可 ・ 不可」 — the clerk deleted 「・ 不可」 and left 「可」
ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
ws.cell(r, 2, "サイバーセキュリティ調査における回答データの活用の可否(※)").alignment = wrap
ws.cell(r, 2).fill = grey
ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=6)
ws.cell(r, 4, "可").alignment = center
frame(f"B{r}:F{r}")
ws.row_dimensions[r].height = 36
use_row = r
r += 1
ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
ws.cell(r, 2, "備考").fill = grey
ws.cell(r, 2).alignment = wrap
ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=6)
ws.cell(r, 4, "現地調査は平日午後を希望します。\n電子カルテは令和5年11月に更新済みです。").alignment = wrap
frame(f"B{r}:F{r}")
ws.row_dimensions[r].height = 40
rem_row = r
r += 2
ws.merge_cells(start_row=r, start_column=2, end_row=r + 3, end_column=6)
ws.cell(r, 2, "※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」"
              "により、病院におけるサイバーセキュリティ対策の実態調査を実施しており、当該調査で回答いただいた内容を当該事業でも"
              "活用させていただく可能性があり、ご了解いただける場合は、「可」と、ご了解いただけない場合は、「不可」と記載してください。")
ws.cell(r, 2).alignment = Alignment(wrap_text=True, vertical="top")
ws.cell(r, 2).font = Font(name="ＭＳ 明朝", size=9)

ws.print_area = f"A1:G{r + 3}"
ws.page_setup.orientation = "portrait"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True

wb.save(os.path.join(OUT, NAME))
print("saved", NAME, "code", CODE, "rows", rows, contact_rows, use_row, rem_row)
