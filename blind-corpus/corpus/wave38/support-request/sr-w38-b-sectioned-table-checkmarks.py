# Generator: sr-w38-b-sectioned-table-checkmarks.xlsx
# Prefecture office's Excel version of the 回答様式: 記入要領 sheet + one answer sheet with numbered sections,
# hospital info as a header row with values below, contacts as a small table, ○ marks beside 可/不可,
# 確認事項 (eligibility) as No.|確認事項|回答. Saved by openpyxl, then re-saved by LibreOffice.
# Run: PYTHONPATH=/tmp/hsr_pylib /usr/bin/python3 sr-w38-b-sectioned-table-checkmarks.py
import os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "sr-w38-b-sectioned-table-checkmarks"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
gothic = "游ゴシック"
fn = Font(name=gothic, size=10)
fb = Font(name=gothic, size=10, bold=True)
head_fill = PatternFill("solid", fgColor="DDEBF7")
wrapc = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrapl = Alignment(vertical="center", wrap_text=True)

wb = Workbook()
# ---- sheet 1: 記入要領
wi = wb.active
wi.title = "記入要領"
wi.column_dimensions["A"].width = 100
lines = [
    "【記入要領】「医療機関におけるサイバーセキュリティ確保事業」支援希望調査 回答様式",
    "",
    "1. 支援を希望する病院のみ、「回答様式」シートに記入してください。",
    "2. 医療機関コードは10桁で記入してください（例：37-1-xx-xxxx-x）。",
    "3. 担当者①・②は必須です。所属・役職、氏名、Mailアドレスをすべて記入してください。",
    "   担当者③は任意ですが、記入する場合は3項目すべて記入してください。",
    "4. 回答データの活用の可否は、「可」「不可」のいずれかの欄に○を付けてください。",
    "5. 確認事項は「はい」「いいえ」を選択してください。",
    "   ※令和6年度に支援を受けた病院、電子カルテシステムを導入していない病院、電子カルテシステムの更改のため",
    "     令和8年1月までに現地調査を完了できない病院は対象外です。",
    "6. 記入後、印刷してFAX（087-806-0248）にてご回答ください。提出期限：令和7年2月28日（金）",
]
for i, t in enumerate(lines, 1):
    wi.cell(i, 1, t).font = fb if i == 1 else fn

# ---- sheet 2: 回答様式
ws = wb.create_sheet("回答様式")
widths = {"A": 3, "B": 16, "C": 30, "D": 14, "E": 40, "F": 16}
for k, v in widths.items():
    ws.column_dimensions[k].width = v

ws.merge_cells("B1:F1")
ws["B1"] = "「医療機関におけるサイバーセキュリティ確保事業」における支援の希望調査に係る回答様式"
ws["B1"].font = Font(name=gothic, size=13, bold=True)
ws["B1"].alignment = Alignment(horizontal="center")
ws.merge_cells("B3:F3")
ws["B3"] = "当病院は、当該事業の支援を希望します。"
ws["B3"].font = Font(name=gothic, size=11, bold=True)

def hdr(cell, text):
    c = ws[cell]
    c.value = text
    c.font = fb
    c.fill = head_fill
    c.border = box
    c.alignment = wrapc

def val(cell, v):
    c = ws[cell]
    c.value = v
    c.font = fn
    c.border = box
    c.alignment = wrapl

# 1. 医療機関情報 — labels above, values below
ws["A5"] = "１．医療機関情報"
ws["A5"].font = fb
for col, t in zip("BCDEF", ["医療機関コード（10桁）", "病院名（正式名称）", "郵便番号", "住所", "電話番号"]):
    hdr(f"{col}6", t)
# wrong check digit planted: correct is 37-1-03-0881-2
val("B7", "37-1-03-0881-5")
val("C7", "医療法人 清水会 さかいで中央病院")
val("D7", "7620031")
val("E7", "香川県坂出市文京町二丁目4番18号")
val("F7", "0877-46-2211 ")
ws.row_dimensions[7].height = 32

# 2. 担当者
ws["A9"] = "２．担当者"
ws["A9"].font = fb
for col, t in zip("BCDE", ["区分", "所属・役職", "氏名", "Mail アドレス"]):
    hdr(f"{col}10", t)
rows = [
    ("担当者①【必須】", "事務局 企画情報課 係長", "大西 隆史", "t-onishi@sakaide-chuo.jp"),
    ("担当者②【必須】", "事務局 企画情報課", "川田 美咲", "m-kawata@sakaide-chuo.jp"),
    ("担当者③", None, "宮武 誠", None),           # planted: ③ only partly filled
]
for i, (k, dept, name, mail) in enumerate(rows):
    r = 11 + i
    hdr(f"B{r}", k)
    val(f"C{r}", dept)
    val(f"D{r}", name)
    val(f"E{r}", mail)

# 3. 活用の可否 — ○ beside the chosen option
ws["A15"] = "３．サイバーセキュリティ調査における回答データの活用の可否（※）"
ws["A15"].font = fb
hdr("B16", "可")
val("C16", "○")
hdr("B17", "不可")
val("C17", None)
ws["C16"].alignment = wrapc
ws["C17"].alignment = wrapc
ws.merge_cells("D16:F17")
ws["D16"] = ("※ 国の令和6年1月31日付け事務連絡による実態調査で回答いただいた内容を当該事業でも活用させていただく"
             "可能性があります。了解いただける場合は「可」、了解いただけない場合は「不可」に○を付けてください。")
ws["D16"].font = Font(name=gothic, size=8)
ws["D16"].alignment = Alignment(wrap_text=True, vertical="top")

# 4. 確認事項
ws["A19"] = "４．確認事項"
ws["A19"].font = fb
hdr("B20", "No.")
ws.merge_cells("C20:E20")
hdr("C20", "確認事項")
hdr("F20", "回答")
items = [
    "令和6年度に本事業の支援を受けていない",
    "電子カルテシステムを導入している",
    "令和8年1月までに現地調査を完了できる（電子カルテシステムの更改予定により支障がない）",
]
dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)
for i, t in enumerate(items):
    r = 21 + i
    hdr(f"B{r}", i + 1)
    ws.merge_cells(f"C{r}:E{r}")
    val(f"C{r}", t)
    for cc in ("D", "E"):
        ws[f"{cc}{r}"].border = box
    val(f"F{r}", "はい")
    ws[f"F{r}"].alignment = wrapc
    dv.add(f"F{r}")
    ws.row_dimensions[r].height = 28

# 5. 備考
ws["A25"] = "５．備考"
ws["A25"].font = fb
ws.merge_cells("B26:F28")
val("B26", "電子カルテはR7.10に部門システムのみ更新予定（本体の更改なし）。")
for r in range(26, 29):
    for cc in "BCDEF":
        ws[f"{cc}{r}"].border = box
ws["B26"].alignment = Alignment(wrap_text=True, vertical="top")

ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "landscape"
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_area = "A1:F28"
wb.active = 1

tmpd = tempfile.mkdtemp(prefix="sr_b_")
raw = os.path.join(tmpd, NAME + ".xlsx")
wb.save(raw)
outd = os.path.join(tmpd, "lo")
os.makedirs(outd)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outd, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outd, NAME + ".xlsx"), os.path.join(HERE, NAME + ".xlsx"))
shutil.rmtree(tmpd)
print("saved", os.path.join(HERE, NAME + ".xlsx"))
