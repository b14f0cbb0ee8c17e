# Generator: sr-w30-b-one-row-table-example-row.xlsx (support-request, 2 planted problems)
# One-row-per-hospital collation table (two-row header, labelled 記入例 row), 記入要領 sheet, re-saved by LibreOffice.
# Run: PYTHONPATH=/tmp/sr_hs_pylib /usr/bin/python3 THIS.py
import json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "sr-w30-b-one-row-table-example-row"

def luhn(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)

true10 = "371052203" + luhn("371052203")   # 3710522032
code7_written = "0522037"                   # typo: check digit 7 instead of 2 (PLANTED)

wb = Workbook()
ws = wb.active
ws.title = "回答"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)

ws["A1"] = "「医療機関におけるサイバーセキュリティ確保事業」における支援の希望調査に係る回答様式（令和7年度支援分）"
ws["A1"].font = Font(size=12, bold=True)
ws["A2"] = "当病院は、当該事業の支援を希望します。　（支援を希望する病院のみ、7行目（「回答」の行）に入力のうえ、香川県医務国保課医療企画G（FAX 087-806-0248）へご提出ください。）"
ws["A3"] = "※黄色のセルに入力してください。記入例の行は参考です（削除不要）。入力方法は「記入要領」シートを参照。"
ws["A3"].font = Font(size=9, color="C00000")

# two-row header: row 4 groups, row 5 sub headings ... data rows 6 (記入例), 7 (回答)
H1, H2, EX, DATA = 4, 5, 6, 7
cols = [
    # (group, sub, width)
    ("区分", None, 8),
    ("医療機関コード\n（7桁）", None, 11),
    ("病院名（正式名称）", None, 26),
    ("郵便番号", None, 10),
    ("住所", None, 30),
    ("電話番号", None, 15),
    ("担当者①【必須】", "所属・役職", 18),
    ("担当者①【必須】", "氏名", 12),
    ("担当者①【必須】", "Mailアドレス", 26),
    ("担当者②【必須】", "所属・役職", 18),
    ("担当者②【必須】", "氏名", 12),
    ("担当者②【必須】", "Mailアドレス", 26),
    ("担当者③", "所属・役職", 18),
    ("担当者③", "氏名", 12),
    ("担当者③", "Mailアドレス", 26),
    ("回答データの\n活用の可否(※)", None, 11),
    ("対象要件の確認（該当すれば○）", "令和6年度に\n支援を受けていない", 13),
    ("対象要件の確認（該当すれば○）", "電子カルテ\n導入済み", 11),
    ("対象要件の確認（該当すれば○）", "令和8年1月までに\n現地調査完了可", 14),
    ("備考", None, 30),
]
from openpyxl.utils import get_column_letter as L
c = 1
while c <= len(cols):
    g, sub, w = cols[c - 1]
    ws.column_dimensions[L(c)].width = w
    if sub is None:
        ws.merge_cells(start_row=H1, start_column=c, end_row=H2, end_column=c)
        ws.cell(H1, c, g)
        c += 1
    else:
        n = sum(1 for x in cols if x[0] == g)
        ws.merge_cells(start_row=H1, start_column=c, end_row=H1, end_column=c + n - 1)
        ws.cell(H1, c, g)
        for k in range(n):
            ws.cell(H2, c + k, cols[c - 1 + k][1])
            ws.column_dimensions[L(c + k)].width = cols[c - 1 + k][2]
        c += n
for r in (H1, H2):
    ws.row_dimensions[r].height = 32
    for cc in range(1, len(cols) + 1):
        cell = ws.cell(r, cc)
        cell.alignment = center
        cell.font = Font(bold=True, size=9)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.border = box

example = ["記入例", "0123456", "香川県立○○病院", "760-8570", "香川県高松市番町四丁目1番10号", "087-831-1111",
           "事務局 総務課 主幹", "香川 太郎", "taro-kagawa@example.jp",
           "医療情報室 主任", "讃岐 花子", "hanako-sanuki@example.jp",
           "", "", "", "可", "○", "○", "○", "（任意）"]
data = ["回答", code7_written, "社会医療法人 仁徳会 綾川中央病院", "7610112", "香川県高松市香南町岡1215番地",
        "０８７－８７９－２２１１",
        "情報システム課 課長", "十河 雅人", "sogo.masato@ayagawa-chuo.or.jp",
        "情報システム課", "真鍋 翔", None,              # 担当者② Mail left blank (PLANTED)
        "総務部 次長", "久保 美和", "kubo.miwa@ayagawa-chuo.or.jp",
        "可", "○", "○", "○",
        "5月・8月は電子カルテ関連の院内行事のため、\n現地調査日程はご相談させてください。"]
for cc, v in enumerate(example, 1):
    cell = ws.cell(EX, cc, v if v != "" else None)
    cell.font = Font(color="808080", italic=True, size=9)
    cell.alignment = wrap
    cell.border = box
yellow = PatternFill("solid", fgColor="FFF2CC")
for cc, v in enumerate(data, 1):
    cell = ws.cell(DATA, cc, v)
    cell.alignment = wrap
    cell.border = box
    if cc > 1:
        cell.fill = yellow
ws.cell(DATA, 2).number_format = "@"
ws.cell(DATA, 4).number_format = "@"
ws.row_dimensions[DATA].height = 45
ws.freeze_panes = "C6"

dv1 = DataValidation(type="list", formula1='"可,不可"', allow_blank=True)
dv2 = DataValidation(type="list", formula1='"○,×"', allow_blank=True)
ws.add_data_validation(dv1); ws.add_data_validation(dv2)
dv1.add(f"P{DATA}")
dv2.add(f"Q{DATA}:S{DATA}")

ws["A9"] = ("※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」"
            "により実施した実態調査の回答内容を当該事業でも活用させていただく可能性があり、ご了解いただける場合は「可」、"
            "ご了解いただけない場合は「不可」と記載してください。")
ws["A9"].font = Font(size=9)
ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True

g = wb.create_sheet("記入要領")
g.column_dimensions["A"].width = 4
g.column_dimensions["B"].width = 100
lines = [
    "記入要領",
    "1. 支援を希望する病院のみご回答ください（令和7年2月28日（金）締切）。",
    "2. 医療機関コードは、都道府県番号・点数表番号を除いた7桁（郡市区番号2桁＋医療機関番号4桁＋検証番号1桁）を入力してください。",
    "3. 担当者①・②は必須です。所属・役職、氏名、Mailアドレスをすべて入力してください。担当者③は任意です。",
    "4. 回答データの活用の可否は「可」「不可」のいずれかを選択してください。",
    "5. 令和6年度に支援を受けた病院、電子カルテシステムを導入していない病院、電子カルテシステムの更改のため"
    "令和8年1月までに現地調査を完了できない病院は対象外です。",
    "6. 記入例の行は消さずにそのまま提出して差し支えありません。",
]
for i, t in enumerate(lines, 1):
    g.cell(i, 2, t).alignment = Alignment(wrap_text=True)
g["B1"].font = Font(bold=True, size=12)

tmpd = tempfile.mkdtemp(prefix="sr_b_")
raw = os.path.join(tmpd, NAME + ".xlsx")
wb.save(raw)
# re-save with LibreOffice (as the hospital's PC would)
conv = os.path.join(tmpd, "conv")
os.makedirs(conv)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", conv, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(conv, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
shutil.rmtree(tmpd)

expected = {
    "form": "support-request",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "hospitalCode": "3710522037",
        "hospitalName": "社会医療法人 仁徳会 綾川中央病院",
        "postalCode": "761-0112",
        "address": "香川県高松市香南町岡1215番地",
        "phoneNumber": "087-879-2211",
        "contact1.department": "情報システム課 課長",
        "contact1.name": "十河 雅人",
        "contact1.email": "sogo.masato@ayagawa-chuo.or.jp",
        "contact2.department": "情報システム課",
        "contact2.name": "真鍋 翔",
        "contact3.department": "総務部 次長",
        "contact3.name": "久保 美和",
        "contact3.email": "kubo.miwa@ayagawa-chuo.or.jp",
        "dataUse": "可",
        "remarks": "5月・8月は電子カルテ関連の院内行事のため、\n現地調査日程はご相談させてください。",
        "notSupportedBefore": "はい",
        "hasEhr": "はい",
        "surveyFeasible": "はい",
    },
    "planted": [
        {"cells": ["回答!B7"], "paths": ["hospitalCode"],
         "why": "7桁コード 0522037 の検証番号が誤り: 香川県(37)・医科(1)で展開した 371052203 の検証番号は 2 (正: 0522032 / 3710522032)"},
        {"cells": ["回答!L7"], "paths": ["contact2.email"],
         "why": "担当者②【必須】の Mail アドレスが空欄 (①②は所属・役職、氏名、Mail の3項目すべて必須)"},
    ],
    "notes": ("One hospital per row; row 6 is a labelled 記入例 (column A 「記入例」) and must be ignored; the answer is row 7 "
              "(column A 「回答」). 医療機関コード is the 7-digit form; hospitalCode is its expansion with 香川県 37 and 点数表番号 1 "
              "(as written, wrong check digit). 郵便番号 written without hyphen 7610112; 電話番号 written in full-width "
              "digits and dash ０８７－８７９－２２１１. Declarations marked ○ (= はい) in Q7:S7. Workbook re-saved by LibreOffice."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
