#!/usr/bin/python3
"""sr-w4-a-horizontal-row: support-request drawn as a one-row horizontal table
(prefecture clerk's style: two-level merged headers, a labelled 記入例 row, an
instructions sheet and a hidden list sheet for drop-downs). Filled correctly;
no planted problem. Saved by openpyxl only."""
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "sr-w4-a-horizontal-row"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr_fill = PatternFill("solid", fgColor="DDEBF7")
ex_fill = PatternFill("solid", fgColor="EDEDED")
in_fill = PatternFill("solid", fgColor="FFF2CC")
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = "回答様式"

ws["A1"] = "「医療機関におけるサイバーセキュリティ確保事業」における支援の希望調査に係る回答様式"
ws["A1"].font = Font(bold=True, size=14)
ws.merge_cells("A1:T1")
ws["A2"] = "当病院は、当該事業の支援を希望します。"
ws["A2"].font = Font(bold=True)
ws.merge_cells("A2:T2")
ws["A3"] = ("※黄色のセルに入力してください（1病院1行）。灰色の記入例の行は消さずにそのまま提出して構いません。"
            "　記入方法は「記入要領」シートを参照。")
ws["A3"].font = Font(size=9, color="C00000")
ws.merge_cells("A3:T3")

# two-level header, rows 5-6
top = {
    "A5": "No.", "B5": "医療機関コード\n（10桁）", "C5": "病院名（正式名称）", "D5": "郵便番号",
    "E5": "住所", "F5": "電話番号",
    "G5": "担当者①【必須】", "J5": "担当者②【必須】", "M5": "担当者③",
    "P5": "サイバーセキュリティ調査における\n回答データの活用の可否(※)\n（可／不可）",
    "Q5": "対象要件の確認（該当する場合は○）", "T5": "備考",
}
for ref, text in top.items():
    ws[ref] = text
for rng in ["A5:A6", "B5:B6", "C5:C6", "D5:D6", "E5:E6", "F5:F6", "G5:I5", "J5:L5", "M5:O5",
            "P5:P6", "Q5:S5", "T5:T6"]:
    ws.merge_cells(rng)
sub = ["所属・役職", "氏名", "Mailアドレス"]
for start in ("G", "J", "M"):
    c0 = ord(start)
    for i, s in enumerate(sub):
        ws[f"{chr(c0 + i)}6"] = s
ws["Q6"] = "令和6年度に本事業の\n支援を受けていない"
ws["R6"] = "電子カルテシステムを\n導入している"
ws["S6"] = "令和8年1月までに\n現地調査を完了できる"
for row in ws.iter_rows(min_row=5, max_row=6, min_col=1, max_col=20):
    for c in row:
        c.fill = hdr_fill
        c.border = box
        c.alignment = center
        c.font = Font(bold=True, size=9)

example = ["記入例", "37-1-00-0000-0", "○○病院", "760-0000", "香川県高松市○○町1-1", "087-000-0000",
           "事務部 課長", "香川 太郎", "taro@example.jp", "医療情報室 主任", "香川 花子", "hanako@example.jp",
           "", "", "", "可", "○", "○", "○", "（特記事項があれば記入）"]
data = [1, "37-1-01-2345-0", "医療法人社団 瀬戸潮会 丸亀臨港総合病院", "763-0035",
        "香川県丸亀市港町二丁目4番18号", "0877-24-3810",
        "事務部 総務課長", "大西 和彦", "k.onishi@rinko-hp.example.jp",
        "医療情報システム室 室長", "真鍋 さおり", "s.manabe@rinko-hp.example.jp",
        "診療支援部 臨床工学技士", "十河 拓海", "t.sogo@rinko-hp.example.jp",
        "可", "○", "○", "○",
        "電子カルテの次回更新は令和9年度を予定しています（現地調査への影響なし）。\n現地調査は平日13時以降を希望します。"]
for col, v in enumerate(example, start=1):
    c = ws.cell(row=7, column=col, value=v)
    c.fill = ex_fill
    c.border = box
    c.alignment = wrap
    c.font = Font(color="7F7F7F", size=9)
for col, v in enumerate(data, start=1):
    c = ws.cell(row=8, column=col, value=v)
    c.fill = in_fill
    c.border = box
    c.alignment = wrap
    c.font = Font(size=10)
ws.cell(row=8, column=1).alignment = center
for col in range(16, 20):
    ws.cell(row=8, column=col).alignment = center
    ws.cell(row=7, column=col).alignment = center
# an empty second input row, as the clerk prepared it
for col in range(1, 21):
    c = ws.cell(row=9, column=col)
    c.border = box
    c.fill = in_fill

widths = {"A": 6, "B": 16, "C": 30, "D": 10, "E": 30, "F": 14, "G": 18, "H": 12, "I": 28, "J": 20, "K": 12,
          "L": 28, "M": 20, "N": 12, "O": 28, "P": 18, "Q": 14, "R": 14, "S": 14, "T": 44}
for k, w in widths.items():
    ws.column_dimensions[k].width = w
ws.row_dimensions[5].height = 42
ws.row_dimensions[6].height = 36
ws.row_dimensions[8].height = 48
ws.freeze_panes = "C7"

ws["A11"] = ("(※) 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」"
             "により実施した実態調査の回答内容を、当該事業でも活用させていただく可能性があります。ご了解いただける場合は「可」、"
             "ご了解いただけない場合は「不可」と記載してください。")
ws["A11"].alignment = Alignment(wrap_text=True, vertical="top")
ws["A11"].font = Font(size=9)
ws.merge_cells("A11:T12")
ws.row_dimensions[11].height = 30

# hidden list sheet for the drop-downs
lst = wb.create_sheet("リスト")
for i, v in enumerate(["可", "不可"], start=1):
    lst.cell(row=i, column=1, value=v)
lst.cell(row=1, column=2, value="○")
lst.sheet_state = "hidden"
dv1 = DataValidation(type="list", formula1="=リスト!$A$1:$A$2", allow_blank=True)
dv2 = DataValidation(type="list", formula1="=リスト!$B$1:$B$1", allow_blank=True)
ws.add_data_validation(dv1)
ws.add_data_validation(dv2)
dv1.add("P8:P9")
dv2.add("Q8:S9")

# instructions sheet
ins = wb.create_sheet("記入要領")
lines = [
    "記入要領",
    "",
    "1. 「回答様式」シートの黄色のセルに、1病院につき1行で記入してください（記入例の行は参考です）。",
    "2. 医療機関コードは10桁（都道府県番号2桁＋点数表番号1桁＋郡市区番号2桁＋医療機関番号4桁＋検証番号1桁）で記入してください。",
    "3. 担当者①及び担当者②は必須です。所属・役職、氏名、Mailアドレスをすべて記入してください。",
    "   担当者③は任意ですが、記入する場合は3項目すべてを記入してください。",
    "4. 回答データの活用の可否は、「可」又は「不可」のいずれかを選択してください。",
    "5. 対象要件の確認欄は、該当する場合に○を選択してください。",
    "   令和6年度に支援を受けた病院、電子カルテシステムを導入していない病院、",
    "   電子カルテシステムの更改のため令和8年1月までに現地調査を完了できない病院は対象外です。",
    "6. 提出期限：令和7年2月28日（金）　FAX 087-806-0248（香川県医務国保課医療企画G宛）",
    "   本ファイルを電子メールで提出いただいても差し支えありません。",
]
for i, t in enumerate(lines, start=1):
    ins.cell(row=i, column=1, value=t)
ins["A1"].font = Font(bold=True, size=13)
ins.column_dimensions["A"].width = 120

wb.active = 0
wb.save(os.path.join(HERE, NAME + ".xlsx"))
print("saved", NAME)
