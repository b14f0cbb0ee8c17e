#!/usr/bin/python3
"""sr-w4-b-fax-print: support-request as a print-for-FAX sheet, label and value in
one cell (項目：値), full-width digits, a 7-digit hospital code, an instructions
sheet, then re-saved by LibreOffice. Three planted problems (see expected.json)."""
import os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "sr-w4-b-fax-print"

thin = Side(style="thin")
med = Side(style="medium")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head_fill = PatternFill("solid", fgColor="F2F2F2")
wrap = Alignment(wrap_text=True, vertical="center")

wb = Workbook()
ws = wb.active
ws.title = "回答様式"
ws.column_dimensions["A"].width = 2     # spacer
ws.column_dimensions["B"].width = 78    # 項目：値
ws.column_dimensions["C"].width = 2     # spacer
ws.column_dimensions["D"].width = 12    # 県処理欄
ws.column_dimensions["E"].width = 2

ws["B1"] = "「医療機関におけるサイバーセキュリティ確保事業」における支援の\n希望調査に係る回答様式"
ws["B1"].font = Font(bold=True, size=13)
ws["B1"].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
ws.row_dimensions[1].height = 40
ws["D1"] = "県受付"
ws["D1"].alignment = Alignment(horizontal="center", vertical="top")
ws["D1"].border = box
ws["D1"].font = Font(size=8)
ws["B2"] = "（送付先　香川県医務国保課医療企画Ｇ宛　ＦＡＸ　０８７－８０６－０２４８）"
ws["B2"].font = Font(size=9)
ws["B2"].alignment = Alignment(horizontal="right")
ws["B4"] = "当病院は、当該事業の支援を希望します。"
ws["B4"].font = Font(bold=True, size=12)

rows = {
    6: "医療機関コード（７桁）：０５６７８９３",
    7: "病院名（正式名称）：社会医療法人 讃陽会 みとよ高瀬病院",
    8: "郵便番号：〒７６７－００１１",
    9: "住所：香川県三豊市高瀬町上高瀬１１２２番地",
    10: "電話番号：０８７５－７２－５１０８",
    12: "担当者①【必須】",
    13: "　所属・役職：事務局 企画情報課 課長",
    14: "　氏名：三好 康介",
    15: "　Mailアドレス：k-miyoshi@mitoyo-takase.example.jp",
    16: "担当者②【必須】",
    17: "　所属・役職：医療情報管理室 システム係長",
    18: "　氏名：宮武 健太",
    19: "　Mailアドレス：k-miyatake@mitoyo-takase.example.jp",
    20: "担当者③",
    21: "　所属・役職：看護部 副看護部長",
    22: "　氏名：白川 由美",
    23: "　Mailアドレス：",
    25: "サイバーセキュリティ調査における回答データの活用の可否(※)：　○可　・　不可",
    26: "備考：ＦＡＸ送信後、同じ内容を担当者①のメールからもお送りします。",
    28: "【支援の対象要件の確認】（はい・いいえのうち該当しない方を消してください）",
    29: "・令和６年度に本事業の支援を受けていない：　はい",
    30: "・電子カルテシステムを導入している：　はい",
    31: "・令和８年１月までに現地調査を完了できる（電子カルテ更改の予定がない）：　いいえ\n　（令和７年１０月～令和８年３月に電子カルテ更改作業の予定）",
}
for r, text in rows.items():
    c = ws.cell(row=r, column=2, value=text)
    c.alignment = wrap
    c.border = box
    if text.startswith("担当者") or text.startswith("【"):
        c.fill = head_fill
        c.font = Font(bold=True)
    ws.cell(row=r, column=4).border = box   # 県処理欄 boxes
ws.row_dimensions[31].height = 34
ws["D5"] = "確認"
ws["D5"].alignment = Alignment(horizontal="center")
ws["D5"].font = Font(size=8)

ws["B33"] = ("※ 国が令和６年１月３１日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」"
             "により、病院におけるサイバーセキュリティ対策の実態調査を実施しており、当該調査で回答いただいた内容を当該事業でも"
             "活用させていただく可能性があり、ご了解いただける場合は、「可」と、ご了解いただけない場合は、「不可」と記載してください。")
ws["B33"].alignment = Alignment(wrap_text=True, vertical="top")
ws["B33"].font = Font(size=8)
ws.row_dimensions[33].height = 52

ws.print_area = "A1:E34"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_options.horizontalCentered = True
ws.oddFooter.center.text = "香川県健康福祉部医務国保課医療企画Ｇ　ＦＡＸ ０８７－８０６－０２４８"

ins = wb.create_sheet("記入上の注意")
notes = [
    "記入上の注意（印刷してＦＡＸする場合はこのシートは送信不要です）",
    "",
    "１．「回答様式」シートの各項目の「：」の後ろに記入してください。",
    "２．医療機関コードは７桁（郡市区番号２桁＋医療機関番号４桁＋検証番号１桁）で構いません。",
    "３．担当者①・②は必須です。担当者③を記入する場合は、所属・役職、氏名、Mailアドレスをすべて記入してください。",
    "４．回答データの活用の可否は、可・不可のいずれかに○を付けてください。",
    "５．令和６年度に支援を受けた病院、電子カルテシステムを導入していない病院、電子カルテシステムの更改のため",
    "　　令和８年１月までに現地調査を完了できない病院は対象外です。",
    "６．回答期限：令和７年２月２８日（金）",
]
for i, t in enumerate(notes, start=1):
    ins.cell(row=i, column=1, value=t)
ins["A1"].font = Font(bold=True)
ins.column_dimensions["A"].width = 110

tmp = tempfile.mkdtemp()
src = os.path.join(tmp, NAME + ".xlsx")
wb.save(src)
outdir = os.path.join(tmp, "out")
os.makedirs(outdir)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, src],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME + ".xlsx"), os.path.join(HERE, NAME + ".xlsx"))
shutil.rmtree(tmp)
print("saved (LibreOffice re-save)", NAME)
