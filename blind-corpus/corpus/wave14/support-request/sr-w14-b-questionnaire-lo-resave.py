#!/usr/bin/python3
# sr-w14-b: 回答様式 redrawn by a hospital's office as a questionnaire (No. | 設問 | 回答 | 注記),
# with the 担当者 block as a second small table on the same sheet, a hidden リスト sheet feeding a
# 可/不可 dropdown, full-width phone digits, postal code without hyphen, year-less 回答日;
# then re-saved by LibreOffice.  Planted: wrong check digit; 担当者③ partly filled (Mail missing).
import os, subprocess, shutil
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave14/support-request"
TMP = "/tmp/sr_hs_w14/srb"
NAME = "sr-w14-b-questionnaire-lo-resave.xlsx"
os.makedirs(TMP, exist_ok=True)

def luhn(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)

code9 = "371062045"
good = luhn(code9)                          # '5'
bad = str((int(good) + 8) % 10)             # '3'  (planted: wrong check digit)
CODE_WRITTEN = f"37-1-06-2045-{bad}"

wb = Workbook()
ws = wb.active
ws.title = "回答"
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr = PatternFill("solid", fgColor="D9E1F2")
wrap = Alignment(wrap_text=True, vertical="center")
cen = Alignment(horizontal="center", vertical="center", wrap_text=True)
for c, w in {"A": 6, "B": 34, "C": 44, "D": 30}.items():
    ws.column_dimensions[c].width = w

ws["A1"] = "「医療機関におけるサイバーセキュリティ確保事業」における支援の希望調査に係る回答様式"
ws["A1"].font = Font(bold=True, size=12)
ws.merge_cells("A1:D1")
ws["A2"] = "当病院は、当該事業の支援を希望します。"
ws.merge_cells("A2:C2")
ws["D2"] = "回答日：2/25"
ws["D2"].alignment = Alignment(horizontal="right")

ws["A4"], ws["B4"], ws["C4"], ws["D4"] = "No.", "設問", "回答", "注記"
for c in "ABCD":
    ws[f"{c}4"].fill = hdr; ws[f"{c}4"].border = B; ws[f"{c}4"].alignment = cen; ws[f"{c}4"].font = Font(bold=True)

qs = [
    ("1", "医療機関コード（10桁）", CODE_WRITTEN, "ハイフン区切り可"),
    ("2", "病院名（正式名称）", "医療法人社団 玉藻会 玉藻記念病院", "法人名から正式名称で"),
    ("3", "郵便番号", "7600065", ""),
    ("4", "住所", "香川県高松市松島町一丁目12番3号", ""),
    ("5", "電話番号", "０８７－８３３－１２３４", "代表番号"),
    ("6", "担当者（①②必須、③任意）", "下表のとおり", "③を記入する場合は全項目"),
    ("7", "サイバーセキュリティ調査における回答データの活用の可否(※)", "不可", "可／不可を選択"),
    ("8", "備考", "担当者②は4月に異動予定です。\n異動後の担当者は改めて連絡します。", ""),
]
r = 5
for no, q, a, n in qs:
    ws[f"A{r}"], ws[f"B{r}"], ws[f"C{r}"], ws[f"D{r}"] = no, q, a, (n or None)
    for c in "ABCD":
        ws[f"{c}{r}"].border = B
        ws[f"{c}{r}"].alignment = cen if c == "A" else wrap
    ws.row_dimensions[r].height = 36 if no in ("7", "8") else 22
    r += 1
ws["C5"].number_format = "@"; ws["C7"].number_format = "@"

# second table: 担当者
r = 14
ws[f"A{r}"] = "【担当者】"
ws[f"A{r}"].font = Font(bold=True)
r += 1
for c, t in zip("ABCD", ("区分", "所属・役職", "氏名", "Mail アドレス")):
    ws[f"{c}{r}"] = t; ws[f"{c}{r}"].fill = hdr; ws[f"{c}{r}"].border = B; ws[f"{c}{r}"].alignment = cen
    ws[f"{c}{r}"].font = Font(bold=True)
contacts = [
    ("①【必須】", "事務局 医事課 係長", "香西　拓也", "kozai@tamamo-kinen.example.jp"),
    ("②【必須】", "看護部 副看護部長", "植田　恵子", "ueda@tamamo-kinen.example.jp"),
    ("③", "放射線科 主任技師", "安藤　翔", None),      # planted: Mail missing
]
for lab, dep, nm, mail in contacts:
    r += 1
    ws[f"A{r}"], ws[f"B{r}"], ws[f"C{r}"], ws[f"D{r}"] = lab, dep, nm, mail
    for c in "ABCD":
        ws[f"{c}{r}"].border = B
        ws[f"{c}{r}"].alignment = cen if c == "A" else wrap
    ws.row_dimensions[r].height = 22

r += 2
ws[f"A{r}"] = ("※ 国が令和6年1月31日付け事務連絡により実施した実態調査の回答内容を当該事業でも活用する可能性があり、"
               "ご了解いただける場合は「可」と、ご了解いただけない場合は「不可」と記載してください。")
ws[f"A{r}"].alignment = Alignment(wrap_text=True, vertical="top")
ws.merge_cells(f"A{r}:D{r+1}")
ws.row_dimensions[r].height = 30

# hidden list sheet + dropdown
lst = wb.create_sheet("リスト")
lst["A1"], lst["A2"] = "可", "不可"
lst.sheet_state = "hidden"
dv = DataValidation(type="list", formula1="=リスト!$A$1:$A$2", allow_blank=True)
ws.add_data_validation(dv)
dv.add("C11")

ws.page_setup.orientation = "portrait"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 1; ws.page_setup.fitToWidth = 1

tmp = os.path.join(TMP, NAME)
wb.save(tmp)
subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/sr_hs_w14/lo_profile", "--headless", "--convert-to", "xlsx", "--outdir", OUT, tmp], check=True)
print("saved", NAME, CODE_WRITTEN, "correct check would be", good)
