#!/usr/bin/env python3
"""sr-w31-b: prefecture's retyped 回答様式 with a 記入要領 sheet, labels above values, contacts as a grid
(with a labelled 記入例 row), a 要件確認 Q&A block with ○ marks, 可/不可 marked by ○ under the option.
Saved by openpyxl to /tmp, then re-saved by LibreOffice into this folder.
Run: PYTHONPATH=/tmp/sr_hs_py /usr/bin/python3 sr-w31-b-labels-above-contact-grid.py"""
import os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "sr-w31-b-labels-above-contact-grid.xlsx"
FONT = "ＭＳ Ｐゴシック"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head = PatternFill("solid", fgColor="DDEBF7")

wb = Workbook()
guide = wb.active
guide.title = "記入要領"
guide.column_dimensions["A"].width = 4
guide.column_dimensions["B"].width = 100
lines = [
    "【記入要領】支援の希望調査に係る回答様式",
    "",
    "１　支援を希望する病院のみご回答ください（希望しない場合は回答不要です）。",
    "２　医療機関コードは、都道府県番号（37）と点数表番号を除いた７桁（郡市区番号＋医療機関番号＋検証番号）を記入してください。",
    "３　病院名は正式名称（法人名を含む）で記入してください。",
    "４　担当者①及び②は必須です。担当者③を記入する場合は、所属・役職、氏名、Mailアドレスをすべて記入してください。",
    "５　「支援対象要件の確認」は、該当する欄に○を記入してください。",
    "　　（令和6年度に支援を受けた病院、電子カルテシステム未導入の病院、令和8年1月までに現地調査を完了できない病院は対象外です）",
    "６　回答データの活用の可否は、「可」「不可」のいずれかの下の欄に○を記入してください。",
    "７　「回答様式」シートを印刷し、令和7年2月28日（金）までにFAX（087-806-0248）で送付してください。",
]
for i, t in enumerate(lines, start=1):
    c = guide.cell(row=i, column=2, value=t)
    c.font = Font(name=FONT, size=12 if i == 1 else 10.5, bold=(i == 1))
    c.alignment = Alignment(wrap_text=True, vertical="top")

ws = wb.create_sheet("回答様式")
wb.active = 1
widths = {"A": 2, "B": 12, "C": 14, "D": 14, "E": 12, "F": 12, "G": 15, "H": 15, "I": 2}
for k, v in widths.items():
    ws.column_dimensions[k].width = v

def put(ref, val, size=10.5, bold=False, h="left", v="center", color=None, italic=False):
    c = ws[ref]
    c.value = val
    c.font = Font(name=FONT, size=size, bold=bold, color=color, italic=italic)
    c.alignment = Alignment(horizontal=h, vertical=v, wrap_text=True)
    return c

def cell(rng, val=None, fill=None, **kw):
    first = rng.split(":")[0]
    if ":" in rng:
        ws.merge_cells(rng)
    else:
        rng = f"{rng}:{rng}"
    for row in ws[rng]:
        for c in row:
            c.border = box
            if fill:
                c.fill = fill
    if val is not None:
        put(first, val, **kw)

ws.merge_cells("B1:H1")
put("B1", "令和7年度「医療機関におけるサイバーセキュリティ確保事業」支援希望調査　回答様式", size=13, bold=True, h="center")
ws.merge_cells("B2:H2")
put("B2", "提出期限：令和7年2月28日（金）　　送付先：香川県医務国保課医療企画Ｇ　FAX 087-806-0248", size=9, h="right")
ws.merge_cells("B4:H4")
put("B4", "当病院は、当該事業の支援を希望します。", size=11, bold=True, h="center")

put("B6", "１．医療機関の情報", bold=True)
cell("B7:C7", "医療機関コード（７桁）", head, size=9)
cell("D7:H7", "病院名（正式名称）", head, size=9)
cell("B8:C8", "05-0387-5")
cell("D8:H8", "医療法人社団 讃岐すこやか会 丸亀みなと病院")
cell("B9:C9", "郵便番号", head, size=9)
cell("D9:H9", "住所", head, size=9)
cell("B10:C10", "763-0034")
cell("D10:H10", "香川県丸亀市大手町二丁目1番7号")
cell("B11:C11", "電話番号", head, size=9)
cell("B12:C12", "０８７７-２３-５５１０")
for r in (8, 10, 12):
    ws.row_dimensions[r].height = 22

put("B14", "２．ご担当者（①・②は必須）", bold=True)
cell("B15", "区分", head, size=9, h="center")
cell("C15:D15", "所属・役職", head, size=9, h="center")
cell("E15:F15", "氏名", head, size=9, h="center")
cell("G15:H15", "Mail アドレス", head, size=9, h="center")
grey = "808080"
cell("B16", "記入例", color=grey, italic=True, h="center")
cell("C16:D16", "総務課 係長", color=grey, italic=True)
cell("E16:F16", "香川 太郎", color=grey, italic=True)
cell("G16:H16", "kagawa-t@example.jp", color=grey, italic=True)
rows = [
    (17, "担当者①【必須】", "事務部 医事課 課長", "綾田 誠", "m-ayata@marugame-minato.example.jp"),
    (18, "担当者②【必須】", "情報管理課 係員", "宇多津 奈々", None),   # planted: Mail missing
    (19, "担当者③", None, "坂出 拓也", None),                              # planted: only 氏名
]
for r, lab, dept, name, mail in rows:
    cell(f"B{r}", lab, size=9)
    cell(f"C{r}:D{r}", dept)
    cell(f"E{r}:F{r}", name)
    cell(f"G{r}:H{r}", mail)
    ws.row_dimensions[r].height = 24

put("B21", "３．支援対象要件の確認（該当する欄に○）", bold=True)
cell("B22", "No.", head, size=9, h="center")
cell("C22:F22", "確認事項", head, size=9, h="center")
cell("G22", "はい", head, size=9, h="center")
cell("H22", "いいえ", head, size=9, h="center")
qs = [
    (23, "1", "令和6年度に本事業の支援を受けていない"),
    (24, "2", "電子カルテシステムを導入している"),
    (25, "3", "令和8年1月までに現地調査を完了できる（電子カルテシステムの更改予定等により支障がない）"),
]
for r, no, q in qs:
    cell(f"B{r}", no, h="center")
    cell(f"C{r}:F{r}", q, size=9)
    cell(f"G{r}", "○", h="center")
    cell(f"H{r}", None)
    ws.row_dimensions[r].height = 30

ws.merge_cells("B27:H27")
put("B27", "４．サイバーセキュリティ調査における回答データの活用の可否(※)　いずれかの下の欄に○", bold=True)
cell("C28", "可", head, h="center")
cell("D28", "不可", head, h="center")
cell("C29", None)
cell("D29", "○", h="center")
ws.row_dimensions[29].height = 22

put("B31", "５．備考", bold=True)
cell("B32:H34", "現地調査の日程は、水曜日午後以外でお願いします。", v="top")

ws.merge_cells("B36:H39")
put("B36", "※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」"
           "により実施した実態調査で回答いただいた内容を、当該事業でも活用させていただく可能性があります。"
           "ご了解いただける場合は「可」、ご了解いただけない場合は「不可」に○を記入してください。", size=9, v="top")

ws.print_area = "A1:I39"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True

tmp = tempfile.mkdtemp(prefix="srb_")
src = os.path.join(tmp, NAME)
wb.save(src)
outdir = os.path.join(tmp, "out")
os.makedirs(outdir)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME), os.path.join(HERE, NAME))
shutil.rmtree(tmp)
print("wrote", os.path.join(HERE, NAME))
