# Generator for sr-w36-b-one-row-entry-sheet.xlsx
# Run: PYTHONPATH=/tmp/sr_hs_py /usr/bin/python3 sr-w36-b-one-row-entry-sheet.py
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sr-w36-b-one-row-entry-sheet.xlsx")
wb = Workbook()

# --- sheet 1: 記入要領 ---
ins = wb.active
ins.title = "記入要領"
ins.column_dimensions["A"].width = 100
notes = [
    "「医療機関におけるサイバーセキュリティ確保事業」における支援の希望調査　記入要領",
    "",
    "1 「回答」シートの黄色の行（回答）に入力してください。記入例の行は消さずにそのままで結構です。",
    "2 医療機関コードは10桁（都道府県番号2桁＋点数表番号1桁＋郡市区番号2桁＋医療機関番号4桁＋検証番号1桁）で入力してください。",
    "3 担当者①・②は必須です。担当者③は任意ですが、記入する場合は所属・役職、氏名、Mailアドレスをすべて入力してください。",
    "4 回答データの活用の可否は「可」又は「不可」を選択してください。",
    "   ※ 国が令和6年1月31日付け事務連絡により実施した実態調査の回答内容を、当該事業でも活用させていただく可能性があります。",
    "5 確認事項：令和6年度に支援を受けた病院、電子カルテシステムを導入していない病院、電子カルテシステムの更改のため",
    "   令和8年1月までに現地調査を完了できない病院は対象外です。該当する項目に○を入力してください。",
    "6 提出期限：令和7年2月28日（金）　提出先：香川県健康福祉部医務国保課医療企画G（FAX 087-806-0248）",
]
for i, t in enumerate(notes, 1):
    ins.cell(row=i, column=1, value=t)
ins["A1"].font = Font(bold=True, size=12)

# --- sheet 2: 回答 ---
ws = wb.create_sheet("回答")
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr_fill = PatternFill("solid", fgColor="DDEBF7")
ex_fill = PatternFill("solid", fgColor="E7E6E6")
in_fill = PatternFill("solid", fgColor="FFF2CC")
c_al = Alignment(horizontal="center", vertical="center", wrap_text=True)
w_al = Alignment(vertical="center", wrap_text=True)

ws["A1"] = "「医療機関におけるサイバーセキュリティ確保事業」における支援の希望調査に係る回答様式"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "当病院は、当該事業の支援を希望します。"
ws["A2"].font = Font(bold=True)

# two-row header
singles = [("A", "区分"), ("B", "医療機関コード\n（10桁）"), ("C", "病院名（正式名称）"), ("D", "郵便番号"),
           ("E", "住所"), ("F", "電話番号"), ("P", "サイバーセキュリティ調査における回答データの活用の可否(※)\n（可／不可）"),
           ("T", "備考")]
for col, text in singles:
    ws.merge_cells(f"{col}4:{col}5")
    ws[f"{col}4"] = text
groups = [("G", "I", "担当者①【必須】"), ("J", "L", "担当者②【必須】"), ("M", "O", "担当者③"),
          ("Q", "S", "確認事項（該当する場合は○）")]
for a, b, text in groups:
    ws.merge_cells(f"{a}4:{b}4")
    ws[f"{a}4"] = text
subs = {"G": "所属・役職", "H": "氏名", "I": "Mail アドレス",
        "J": "所属・役職", "K": "氏名", "L": "Mail アドレス",
        "M": "所属・役職", "N": "氏名", "O": "Mail アドレス",
        "Q": "令和6年度に本事業の支援を受けていない",
        "R": "電子カルテシステムを導入している",
        "S": "令和8年1月までに現地調査を完了できる（電子カルテ更改の予定なし）"}
for col, text in subs.items():
    ws[f"{col}5"] = text
for row in ws["A4:T5"]:
    for c in row:
        c.fill = hdr_fill
        c.border = box
        c.alignment = c_al
        c.font = Font(bold=True, size=9)
ws.row_dimensions[5].height = 60

example = ["記入例", "3710000000", "医療法人〇〇会 〇〇病院", "760-0000", "香川県高松市〇〇町1番1号", "087-000-0000",
           "事務部 情報システム課 課長", "香川 太郎", "taro@example.jp",
           "事務部 総務課 主任", "讃岐 花子", "hanako@example.jp",
           "", "", "",
           "可", "○", "○", "○", ""]
answer = ["回答", "37-1-05-0718-6", "社会医療法人 讃岐会 丸亀さくら病院", "〒763-0034", "香川県丸亀市大手町二丁目4番18号",
          "０８７７－２３－４５６７",
          "事務局 総務課\n情報システム係長", "真鍋 裕司", "manabe.y@marugame-sakura.or.jp",
          "医事課 係長", "山地 千尋", None,
          None, None, None,
          "不可", "○", "○", "○",
          "ネットワーク構成図は電子カルテベンダー（保守契約先）が保管しています。"]
for i, v in enumerate(example, 1):
    c = ws.cell(row=6, column=i, value=v if v != "" else None)
    c.fill = ex_fill
    c.border = box
    c.alignment = w_al
    c.font = Font(color="808080", size=10)
for i, v in enumerate(answer, 1):
    c = ws.cell(row=7, column=i, value=v)
    c.fill = in_fill
    c.border = box
    c.alignment = w_al
    c.number_format = "@"
ws.row_dimensions[7].height = 36
for col in "PQRS":
    ws[f"{col}6"].alignment = c_al
    ws[f"{col}7"].alignment = c_al

widths = {"A": 8, "B": 16, "C": 30, "D": 11, "E": 30, "F": 15, "G": 20, "H": 12, "I": 28, "J": 20, "K": 12,
          "L": 28, "M": 20, "N": 12, "O": 28, "P": 16, "Q": 14, "R": 14, "S": 18, "T": 40}
for k, v in widths.items():
    ws.column_dimensions[k].width = v

dv = DataValidation(type="list", formula1='"可,不可"', allow_blank=True)
ws.add_data_validation(dv)
dv.add("P7")
dv2 = DataValidation(type="list", formula1='"○"', allow_blank=True)
ws.add_data_validation(dv2)
dv2.add("Q7:S7")
ws["A9"] = "※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」により実施した実態調査の回答内容を当該事業でも活用させていただく可能性があり、ご了解いただける場合は「可」、ご了解いただけない場合は「不可」と記載してください。"
ws["A9"].font = Font(size=9)
ws.freeze_panes = "C6"
wb.active = 1
wb.save(OUT)
print("saved", OUT)
