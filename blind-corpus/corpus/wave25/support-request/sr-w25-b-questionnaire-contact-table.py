# Generator: support-request, workbook b (2 planted problems).
# Role: prefecture office made an "Excel version" of the 回答様式: 記入要領 sheet + 回答票 sheet with
# label-above hospital row, a 担当者 table (rows ①②③ x columns), and a No.|確認事項|はい/可|いいえ/不可
# mark table. Filled by a busy 総務課 clerk; re-saved with LibreOffice.
import os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = "/work/blind/wave25/support-request/sr-w25-b-questionnaire-contact-table.xlsx"
wb = Workbook()
ins = wb.active
ins.title = "記入要領"
ins.column_dimensions["A"].width = 100
lines = [
    "「医療機関におけるサイバーセキュリティ確保事業」支援希望調査　記入要領",
    "",
    "1. 「回答票」シートの黄色のセルに入力してください。",
    "2. 医療機関コードは10桁（都道府県番号2桁＋点数表番号1桁＋医療機関コード7桁）で入力してください。",
    "3. 担当者①・②は必須です。担当者③は任意ですが、記入する場合は所属・役職、氏名、Mailアドレスをすべて記入してください。",
    "4. 確認事項は、該当する欄に「○」を入力してください。",
    "5. 令和6年度に支援を受けた病院、電子カルテシステムを導入していない病院、電子カルテシステムの更改のため",
    "   令和8年1月までに現地調査を完了できない病院は対象外です。",
    "6. 回答期限：令和7年2月28日（金）　送付先：香川県医務国保課医療企画G（FAX 087-806-0248）",
]
for i, t in enumerate(lines, 1):
    ins.cell(row=i, column=1, value=t)
ins["A1"].font = Font(bold=True, size=12)

ws = wb.create_sheet("回答票")
wb.active = 1
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
yellow = PatternFill("solid", fgColor="FFF2CC")
grey = PatternFill("solid", fgColor="D9D9D9")
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
for col, w in {"A": 16, "B": 30, "C": 14, "D": 34, "E": 16}.items():
    ws.column_dimensions[col].width = w

ws.merge_cells("A1:E1")
ws["A1"] = "「医療機関におけるサイバーセキュリティ確保事業」における支援の希望調査に係る回答様式"
ws["A1"].font = Font(bold=True, size=12)
ws.merge_cells("A2:E2")
ws["A2"] = "当病院は、当該事業の支援を希望します。"

ws["A4"] = "１．医療機関情報"; ws["A4"].font = Font(bold=True)
heads = ["医療機関コード（10桁）", "病院名（正式名称）", "郵便番号", "住所", "電話番号"]
# PLANTED: check digit wrong (correct is 3710302179)
vals = ["3710302176", "社会医療法人 瀬戸内会 坂出みなと病院", "〒762-0003", "香川県坂出市久米町二丁目7番5号",
        "０８７７－４６－５１２１"]
for i, (h, v) in enumerate(zip(heads, vals)):
    c = ws.cell(row=5, column=i + 1, value=h); c.fill = grey; c.border = box; c.alignment = center
    c = ws.cell(row=6, column=i + 1, value=v); c.fill = yellow; c.border = box; c.alignment = wrap
ws.row_dimensions[6].height = 30

ws["A8"] = "２．担当者（①・②は必須、③は任意）"; ws["A8"].font = Font(bold=True)
for i, h in enumerate(["区分", "所属・役職", "氏名", "Mail アドレス"]):
    c = ws.cell(row=9, column=i + 1, value=h); c.fill = grey; c.border = box; c.alignment = center
contacts = [
    ("担当者①【必須】", "事務部 総務課 課長", "高畑 誠", "takahata@sakaide-minato-hp.jp"),
    # PLANTED: 担当者② Mail アドレス left blank
    ("担当者②【必須】", "事務部 総務課 医事係", "藤井 真理子", None),
    ("担当者③", None, None, None),
]
for r, row in enumerate(contacts, start=10):
    for i, v in enumerate(row):
        c = ws.cell(row=r, column=i + 1, value=v); c.border = box; c.alignment = wrap
        if i > 0:
            c.fill = yellow

ws["A14"] = "３．確認事項（該当する欄に○）"; ws["A14"].font = Font(bold=True)
for i, h in enumerate(["No.", "確認事項", "はい／可", "いいえ／不可"]):
    c = ws.cell(row=15, column=i + 1, value=h); c.fill = grey; c.border = box; c.alignment = center
qs = [
    ("1", "令和6年度に本事業の支援を受けていない", "○", None),
    ("2", "電子カルテシステムを導入している", "○", None),
    ("3", "令和8年1月までに現地調査を完了できる\n（電子カルテシステムの更改による支障がない）", "○", None),
    ("4", "サイバーセキュリティ調査における回答データの活用の可否(※)", "○", None),
]
for r, q in enumerate(qs, start=16):
    for i, v in enumerate(q):
        c = ws.cell(row=r, column=i + 1, value=v); c.border = box
        c.alignment = center if i != 1 else wrap
        if i >= 2:
            c.fill = yellow
    ws.row_dimensions[r].height = 32

ws["A21"] = "４．備考"; ws["A21"].font = Font(bold=True)
ws.merge_cells("A22:E23")
ws["A22"] = "担当者①は令和7年4月に異動予定のため、以降は担当者②へご連絡ください。"
ws["A22"].alignment = Alignment(wrap_text=True, vertical="top")
ws["A22"].fill = yellow
for rr in (22, 23):
    for c in "ABCDE":
        ws[f"{c}{rr}"].border = box

ws.merge_cells("A25:E27")
ws["A25"] = ("※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」"
             "により実施した実態調査の回答内容を当該事業でも活用させていただく可能性があります。ご了解いただける場合は「可」、"
             "ご了解いただけない場合は「不可」に○を付けてください。")
ws["A25"].alignment = Alignment(wrap_text=True, vertical="top")
ws["A25"].font = Font(size=9)
ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4

tmp = tempfile.mkdtemp()
src = os.path.join(tmp, os.path.basename(OUT))
wb.save(src)
outdir = os.path.join(tmp, "lo")
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, os.path.basename(OUT)), OUT)
shutil.rmtree(tmp)
print("saved (LibreOffice re-save)", OUT)
