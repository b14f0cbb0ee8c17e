#!/usr/bin/python3
# Generator for sr-w7-b-one-cell-labels.xlsx
# Role: 長野県 健康福祉部 医療政策課 drew the form as a Word-like list (one wide merged column, every line
# `項目：値`); a busy 総務課 clerk at a hospital in 安曇野市 typed the answers after the colons in full-width
# digits, deleted 「・不可」 from 「可・不可」, and left one line unfinished.
# Sheets: 記入要領 (instructions, first) and 回答様式. Saved by openpyxl only.
# Planted: wrong check digit in 医療機関コード; 担当者② Mail アドレス left blank (required).
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "sr-w7-b-one-cell-labels"
FW = str.maketrans("0123456789", "０１２３４５６７８９")


def check_digit(s9):
    t = 0
    for i, ch in enumerate(reversed(s9)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        t += d // 10 + d % 10
    return (10 - t % 10) % 10


base = "201123581"  # 20 長野 / 1 医科 / 12 / 3581
good = check_digit(base)
bad = (good + 3) % 10          # planted: one digit off in the check digit
code_wrong = base + str(bad)

wb = Workbook()
ins = wb.active
ins.title = "記入要領"
ins.column_dimensions["A"].width = 4
ins.column_dimensions["B"].width = 100
lines = [
    "記入要領",
    "",
    "1　「回答様式」シートの各項目の「：」の後に入力してください。",
    "2　医療機関コードは10桁（都道府県番号＋点数表番号＋郡市区番号＋医療機関番号＋検証番号）で記入してください。",
    "3　担当者①及び②は必須です。所属・役職、氏名、Mailアドレスをすべて記入してください。",
    "　　担当者③は任意ですが、記入する場合は3項目すべてを記入してください。",
    "4　回答データの活用の可否は「可」「不可」のいずれかを残し、他方を削除してください。",
    "5　令和6年度に本事業の支援を受けた病院、電子カルテシステムを導入していない病院、",
    "　　電子カルテシステムの更改のため令和8年1月までに現地調査を完了できない病院は対象外です。",
    "6　回答期限：令和7年2月26日（水）　提出先：長野県健康福祉部医療政策課（メール又はFAX）",
]
for i, t in enumerate(lines, start=1):
    ins.cell(i, 2, t)
ins["B1"].font = Font(size=14, bold=True)

ws = wb.create_sheet("回答様式")
ws.column_dimensions["A"].width = 3
ws.column_dimensions["B"].width = 90
thin = Side(style="thin")
wrap = Alignment(wrap_text=True, vertical="center")

rows = [
    ("title", "「医療機関におけるサイバーセキュリティ確保事業」における支援の希望調査に係る回答様式"),
    ("blank", None),
    ("text", "記入日：令和７年２月１８日"),
    ("text", "当病院は、当該事業の支援を希望します。"),
    ("blank", None),
    ("text", "医療機関コード：" + code_wrong.translate(FW)),
    ("text", "病院名（正式名称）：医療法人 白樺会 安曇野しらかば病院"),
    ("text", "郵便番号：３９９－８２０５"),
    ("text", "住所：長野県安曇野市豊科南穂高２８１５番地１"),
    ("text", "電話番号：" + "0263-72-5510".translate(FW)),
    ("blank", None),
    ("head", "■ 担当者①【必須】"),
    ("text", "　所属・役職：総務課 システム担当 係長"),
    ("text", "　氏名：丸山 大輔"),
    ("text", "　Mail アドレス：d-maruyama@azumino-shirakaba.jp"),
    ("head", "■ 担当者②【必須】"),
    ("text", "　所属・役職：総務課 主事"),
    ("text", "　氏名：小林 真由美"),
    ("text", "　Mail アドレス："),                       # planted: left blank
    ("head", "■ 担当者③"),
    ("text", "　所属・役職：看護部 副看護部長"),
    ("text", "　氏名：宮澤 恵子"),
    ("text", "　Mail アドレス：k-miyazawa@azumino-shirakaba.jp"),
    ("blank", None),
    ("text", "サイバーセキュリティ調査における回答データの活用の可否（※）：可"),
    ("text", "備考：当院は令和７年度中の電子カルテ更新予定はありません。\n現地調査の日程は外来休診日（木曜午後）を希望します。"),
    ("blank", None),
    ("note", "※ 国が令和6年1月31日付け事務連絡により実施した実態調査の回答内容を当該事業でも活用させていただく可能性があり、"
             "ご了解いただける場合は「可」と、ご了解いただけない場合は「不可」と記載してください。"),
]
cellmap = {}
for i, (kind, text) in enumerate(rows, start=1):
    c = ws.cell(i, 2, text)
    c.alignment = wrap
    if kind == "title":
        c.font = Font(size=13, bold=True)
        ws.row_dimensions[i].height = 34
    elif kind == "head":
        c.font = Font(bold=True)
    elif kind == "note":
        c.font = Font(size=9)
        ws.row_dimensions[i].height = 30
    if kind == "text" and text:
        c.border = Border(bottom=Side(style="hair"))
        cellmap[text.split("：")[0].strip()] = cellmap.get(text.split("：")[0].strip(), []) + [f"B{i}"]
    if text and text.startswith("備考"):
        ws.row_dimensions[i].height = 34

ws.page_setup.orientation = "portrait"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
wb.active = 1
wb.save(os.path.join(HERE, NAME + ".xlsx"))
print("right code", base + str(good), "written", code_wrong)
print(cellmap)
