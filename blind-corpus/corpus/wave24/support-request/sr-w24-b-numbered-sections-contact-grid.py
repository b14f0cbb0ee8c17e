#!/usr/bin/python3
"""Support-request 回答様式 redrawn as numbered sections (label above value), contacts as a grid
(one row per 担当者), an added 対象要件の確認 block with ○ in はい/いいえ columns, a 記入要領 sheet.
Saved by openpyxl, then re-saved by LibreOffice.
Planted: 7-digit code with a wrong check digit; 担当者② Mail アドレス left blank."""
import os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "sr-w24-b-numbered-sections-contact-grid.xlsx"
OUT = os.path.join(HERE, NAME)

wb = Workbook()
guide = wb.active
guide.title = "記入要領"
lines = [
    "【記入要領】",
    "1　「回答様式」シートに必要事項を記入し、令和7年2月28日（金）までにFAX（087-806-0248）で回答してください。",
    "2　医療機関コードは7桁（郡市区番号2桁＋医療機関番号4桁＋検証番号1桁）で記入してください。",
    "3　担当者①及び②は必須です。所属・役職、氏名、Mailアドレスをすべて記入してください。",
    "4　令和6年度に支援を受けた病院、電子カルテシステムを導入していない病院、電子カルテシステムの更改のため",
    "　　令和8年1月までに現地調査を完了できない病院は対象外です。",
    "5　回答データの活用の可否は、該当する方の左欄に●を付けてください。",
    "問合せ先：香川県健康福祉部医務国保課医療企画G　TEL 087-832-3319",
]
for i, t in enumerate(lines, start=1):
    guide.cell(row=i, column=1, value=t).font = Font(name="ＭＳ ゴシック", size=11, bold=(i == 1))
guide.column_dimensions["A"].width = 110

ws = wb.create_sheet("回答様式")
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
gothic = "ＭＳ Ｐゴシック"
head_fill = PatternFill("solid", fgColor="DDEBF7")
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
for col, w in zip("ABCDE", (18, 26, 18, 34, 16)):
    ws.column_dimensions[col].width = w

def put(ref, text, bold=False, fill=None, align=wrap, size=11, border=False):
    c = ws[ref]
    c.value = text
    c.font = Font(name=gothic, size=size, bold=bold)
    c.alignment = align
    if fill:
        c.fill = fill
    if border:
        c.border = box
    return c

ws.merge_cells("A1:E1")
put("A1", "支援の希望調査に係る回答様式（医療機関におけるサイバーセキュリティ確保事業）", bold=True, size=14, align=center)
ws.merge_cells("A2:E2")
put("A2", "回答期限：令和7年2月28日（金）　送付先：香川県医務国保課医療企画G（FAX 087-806-0248）", size=10)
ws.merge_cells("A4:E4")
put("A4", "■ 当病院は、当該事業の支援を希望します。", bold=True)

put("A6", "１．病院の情報", bold=True)
for ref, t in (("A7", "医療機関コード（7桁）"), ("B7", "病院名（正式名称）"), ("D7", "郵便番号"), ("E7", "電話番号")):
    put(ref, t, fill=head_fill, border=True, align=center)
ws.merge_cells("B7:C7")
ws.merge_cells("B8:C8")
put("A8", "0204563", border=True, align=center)              # planted: check digit should be 5
put("B8", "医療法人 綾川会 丸亀さくら病院", border=True)
put("D8", "763-0034", border=True, align=center)
put("E8", "0877-23-5100", border=True, align=center)
ws.merge_cells("A9:E9")
put("A9", "住所", fill=head_fill, border=True)
ws.merge_cells("A10:E10")
put("A10", "香川県丸亀市大手町二丁目4番18号", border=True)
for r in (7, 8, 9, 10):
    for col in "ABCDE":
        ws[f"{col}{r}"].border = box
    ws.row_dimensions[r].height = 21

put("A12", "２．担当者（①・②は必須）", bold=True)
for ref, t in (("A13", "区分"), ("B13", "所属・役職"), ("C13", "氏名"), ("D13", "Mailアドレス")):
    put(ref, t, fill=head_fill, border=True, align=center)
rows = [
    ("担当者①【必須】", "医療情報管理室 室長", "三好 隆史", "t.miyoshi@marugame-sakura.jp"),
    ("担当者②【必須】", "事務部 医事課 係長", "香西 由美", None),   # planted: Mail left blank
    ("担当者③", "診療支援部 診療情報管理士", "真鍋 亜希子", "a.manabe@marugame-sakura.jp"),
]
for i, (lab, dep, nm, mail) in enumerate(rows):
    r = 14 + i
    put(f"A{r}", lab, border=True)
    put(f"B{r}", dep, border=True)
    put(f"C{r}", nm, border=True)
    put(f"D{r}", mail, border=True)
    ws.row_dimensions[r].height = 21

put("A18", "３．対象要件の確認（該当する欄に○）", bold=True)
for ref, t in (("A19", "No."), ("B19", "確認事項"), ("D19", "はい"), ("E19", "いいえ")):
    put(ref, t, fill=head_fill, border=True, align=center)
ws.merge_cells("B19:C19")
checks = [
    ("(1)", "令和6年度に本事業の支援を受けていない"),
    ("(2)", "電子カルテシステムを導入している"),
    ("(3)", "令和8年1月までに現地調査を完了できる（電子カルテシステムの更改予定なし）"),
]
for i, (no, t) in enumerate(checks):
    r = 20 + i
    ws.merge_cells(f"B{r}:C{r}")
    put(f"A{r}", no, border=True, align=center)
    put(f"B{r}", t, border=True)
    ws[f"C{r}"].border = box
    put(f"D{r}", "○", border=True, align=center)
    put(f"E{r}", None, border=True, align=center)
    ws.row_dimensions[r].height = 30

put("A24", "４．サイバーセキュリティ調査における回答データの活用の可否（※）", bold=True)
put("A25", "●", border=True, align=center)
put("B25", "可", border=True, align=center)
put("C25", None, border=True, align=center)
put("D25", "不可", border=True, align=center)

put("A27", "５．備考", bold=True)
ws.merge_cells("A28:E28")
put("A28", "現地調査は令和7年6月以降を希望します（5月は電子カルテのバージョンアップ作業のため）。", border=True)
for col in "BCDE":
    ws[f"{col}28"].border = box
ws.row_dimensions[28].height = 36

ws.merge_cells("A30:E32")
put("A30", "※ 国が令和6年1月31日付け事務連絡により実施した実態調査で回答いただいた内容を当該事業でも活用させていただく可能性があり、"
    "ご了解いただける場合は「可」に、ご了解いただけない場合は「不可」に●を付けてください。", size=9,
    align=Alignment(wrap_text=True, vertical="top"))

ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
wb.active = 1

tmpdir = tempfile.mkdtemp()
tmp = os.path.join(tmpdir, NAME)
wb.save(tmp)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", HERE, tmp], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.rmtree(tmpdir)
print("saved (LibreOffice re-save)", OUT)
