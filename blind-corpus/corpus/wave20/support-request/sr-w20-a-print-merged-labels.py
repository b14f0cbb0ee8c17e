#!/usr/bin/python3
# Generator for sr-w20-a-print-merged-labels.xlsx
# Role: Kagawa prefecture office form (FAX return style), filled by a hospital's 医療情報管理室.
# Saved by openpyxl, then re-saved by LibreOffice (headless).
import os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

OUT = "/work/blind/wave20/support-request"
NAME = "sr-w20-a-print-merged-labels.xlsx"


def luhn(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return (10 - s % 10) % 10


CODE9 = "371012345"          # 香川(37) 医科(1) 郡市区01 番号2345
CODE = CODE9 + str(luhn(CODE9))  # 3710123450

wb = Workbook()
ws = wb.active
ws.title = "回答様式"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
mincho = "ＭＳ 明朝"
f_norm = Font(name=mincho, size=11)
f_title = Font(name=mincho, size=14, bold=True)
f_small = Font(name=mincho, size=9)

ws.column_dimensions["A"].width = 2
ws.column_dimensions["B"].width = 20
ws.column_dimensions["C"].width = 14
for col in "DEFG":
    ws.column_dimensions[col].width = 14
ws.column_dimensions["H"].width = 2

ws.merge_cells("D2:G2")
ws["D2"] = "（送付先　香川県医務国保課医療企画G 宛\n　FAX 087-806-0248）"
ws["D2"].alignment = Alignment(horizontal="right", wrap_text=True)
ws["D2"].font = f_small
ws.row_dimensions[2].height = 28

ws.merge_cells("B4:G5")
ws["B4"] = "「医療機関におけるサイバーセキュリティ確保事業」における支援の\n希望調査に係る回答様式"
ws["B4"].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
ws["B4"].font = f_title
ws.row_dimensions[4].height = 22
ws.row_dimensions[5].height = 22

ws.merge_cells("B7:G7")
ws["B7"] = "当病院は、当該事業の支援を希望します。"
ws["B7"].font = Font(name=mincho, size=12)


def frame(rng):
    for row in ws[rng]:
        for c in row:
            c.border = box
            if c.font != f_norm:
                c.font = f_norm


def simple(row, label, value, fmt=None):
    ws.merge_cells(f"B{row}:C{row}")
    ws.merge_cells(f"D{row}:G{row}")
    ws[f"B{row}"] = label
    ws[f"D{row}"] = value
    if fmt:
        ws[f"D{row}"].number_format = fmt
    ws[f"B{row}"].alignment = Alignment(vertical="center", wrap_text=True)
    ws[f"D{row}"].alignment = Alignment(horizontal="left", vertical="center", wrap_text=True)
    frame(f"B{row}:G{row}")
    ws.row_dimensions[row].height = 26


# code typed as plain digits -> Excel keeps it as a number
simple(9, "医療機関コード", int(CODE), "0")
simple(10, "病院名（正式名称）", "社会医療法人 讃岐済生会　みなと中央病院")
simple(11, "郵便番号", "〒760-0065")
simple(12, "住所", "香川県高松市朝日町三丁目5番12号")
simple(13, "電話番号", "087-821-4567")


def contact(top, label, vals):
    ws.merge_cells(f"B{top}:B{top+2}")
    ws[f"B{top}"] = label
    ws[f"B{top}"].alignment = Alignment(vertical="center", wrap_text=True)
    for i, sub in enumerate(["所属・役職", "氏名", "Mail アドレス"]):
        r = top + i
        ws[f"C{r}"] = sub
        ws[f"C{r}"].alignment = Alignment(vertical="center")
        ws.merge_cells(f"D{r}:G{r}")
        if vals[i] is not None:
            ws[f"D{r}"] = vals[i]
        ws[f"D{r}"].alignment = Alignment(vertical="center")
        ws.row_dimensions[r].height = 24
    frame(f"B{top}:G{top+2}")


contact(14, "担当者①【必須】", ["事務部 医療情報管理室 室長", "大西 健一", "k-onishi@minato-chuo-hp.jp"])
# trailing space typed after the job title (busy-filler habit)
contact(17, "担当者②【必須】", ["事務部 医療情報管理室 主任 ", "多田 美咲", "m-tada@minato-chuo-hp.jp"])
contact(20, "担当者③", [None, None, None])

ws.merge_cells("B23:C23")
ws["B23"] = "サイバーセキュリティ調査における回答データの活用の可否(※)"
ws["B23"].alignment = Alignment(vertical="center", wrap_text=True)
ws.merge_cells("D23:G23")
ws["D23"] = "可"   # the printed 「可 ・ 不可」 was edited down to the chosen option
ws["D23"].alignment = Alignment(horizontal="center", vertical="center")
frame("B23:G23")
ws.row_dimensions[23].height = 40

ws.merge_cells("B24:C24")
ws["B24"] = "備考"
ws["B24"].alignment = Alignment(vertical="center")
ws.merge_cells("D24:G24")
ws["D24"] = "電子カルテの更新は令和9年度を予定しており、令和8年1月までの現地調査に支障はありません。\n平日9時～17時は担当者①へご連絡ください。"
ws["D24"].alignment = Alignment(vertical="top", wrap_text=True)
frame("B24:G24")
ws.row_dimensions[24].height = 60

ws.merge_cells("B26:G28")
ws["B26"] = ("※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」"
             "により、病院におけるサイバーセキュリティ対策の実態調査を実施しており、当該調査で回答いただいた内容を当該事業でも"
             "活用させていただく可能性があり、ご了解いただける場合は、「可」と、ご了解いただけない場合は、「不可」と記載してください。")
ws["B26"].alignment = Alignment(vertical="top", wrap_text=True)
ws["B26"].font = f_small

ws.print_area = "A1:H28"
ws.page_setup.orientation = "portrait"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True

# save with openpyxl, then let LibreOffice re-save it
tmp = tempfile.mkdtemp()
src = os.path.join(tmp, "src", NAME)
os.makedirs(os.path.dirname(src))
wb.save(src)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", tmp, src],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(tmp, NAME), os.path.join(OUT, NAME))
shutil.rmtree(tmp)
print("wrote", os.path.join(OUT, NAME), "code", CODE)
