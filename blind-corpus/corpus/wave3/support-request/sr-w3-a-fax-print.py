#!/usr/bin/python3
"""sr-w3-a-fax-print: Kagawa-style printable 回答様式 (FAX), filled completely and correctly.
Regenerate: /usr/bin/python3 sr-w3-a-fax-print.py  (needs soffice for the LibreOffice re-save)."""
import os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "sr-w3-a-fax-print"


def check_digit(n9):
    s = 0
    for i, ch in enumerate(reversed(n9)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)


PREF, TBL, GUN, NUM = "37", "1", "01", "2345"
CODE7 = GUN + NUM + check_digit(PREF + TBL + GUN + NUM)   # 7-digit code written on the form

thin = Side(style="thin")
medium = Side(style="medium")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
MS = "ＭＳ 明朝"

wb = Workbook()
ws = wb.active
ws.title = "回答様式"
ws.sheet_view.showGridLines = False
for col, w in {"A": 2, "B": 14, "C": 16, "D": 2, "E": 5, "F": 12, "G": 5, "H": 12, "I": 14}.items():
    ws.column_dimensions[col].width = w


def put(ref, value, bold=False, size=10.5, align="left", wrap=True):
    c = ws[ref]
    c.value = value
    c.font = Font(name=MS, bold=bold, size=size)
    c.alignment = Alignment(horizontal=align, vertical="center", wrap_text=wrap)
    return c


def border_range(rng):
    for row in ws[rng]:
        for c in row:
            c.border = box


put("I1", "（別紙）", align="right")
put("B2", "（送付先）香川県医務国保課医療企画Ｇ宛　ＦＡＸ ０８７－８０６－０２４８", size=9)
put("B3", "回答期限：令和７年２月２８日（金）", size=9)
ws.merge_cells("B5:I6")
put("B5", "「医療機関におけるサイバーセキュリティ確保事業」における支援の\n希望調査に係る回答様式",
    bold=True, size=13, align="center")
ws.row_dimensions[5].height = 22
ws.row_dimensions[6].height = 22
ws.merge_cells("B8:I8")
put("B8", "当病院は、当該事業の支援を希望します。", size=11, align="center")

r = 10
simple = [
    ("医療機関コード", CODE7),
    ("病院名（正式名称）", "医療法人社団 讃岐会 さぬき中央病院"),
    ("郵便番号", "〒７６１－８０７８"),
    ("住所", "香川県高松市仏生山町甲１２３番地"),
    ("電話番号", "087-889-1234"),
]
for label, value in simple:
    ws.merge_cells(f"B{r}:C{r}")
    put(f"B{r}", label)
    ws.merge_cells(f"E{r}:I{r}")
    c = put(f"E{r}", value)
    c.number_format = "@"
    border_range(f"B{r}:C{r}")
    border_range(f"E{r}:I{r}")
    ws.row_dimensions[r].height = 24
    r += 1

contacts = [
    ("担当者①\n【必須】", ("事務部 情報システム課 課長", "讃岐 太郎", "t-sanuki@sanuki-chuo-hosp.example.jp")),
    ("担当者②\n【必須】", ("事務部 総務課 主任", "高松 花子", "h-takamatsu@sanuki-chuo-hosp.example.jp")),
    ("担当者③", ("診療情報管理室 室長", "丸亀 一郎", "i-marugame@sanuki-chuo-hosp.example.jp")),
]
for head, vals in contacts:
    ws.merge_cells(f"B{r}:B{r+2}")
    put(f"B{r}", head, align="center")
    for i, (sub, v) in enumerate(zip(("所属・役職", "氏名", "Mail アドレス"), vals)):
        put(f"C{r+i}", sub)
        ws.merge_cells(f"E{r+i}:I{r+i}")
        put(f"E{r+i}", v)
        border_range(f"E{r+i}:I{r+i}")
        ws.row_dimensions[r + i].height = 22
    border_range(f"B{r}:C{r+2}")
    r += 3

# 活用の可否: the options printed in F and H, a mark typed in the cell beside the chosen one (E / G)
ws.merge_cells(f"B{r}:C{r}")
put(f"B{r}", "サイバーセキュリティ調査における回答データの活用の可否(※)", size=9)
put(f"E{r}", "○", align="center", size=12)
put(f"F{r}", "可", align="left")
put(f"G{r}", "", align="center")
put(f"H{r}", "不可", align="left")
border_range(f"B{r}:C{r}")
border_range(f"E{r}:I{r}")
ws.row_dimensions[r].height = 36
dv = DataValidation(type="list", formula1="=選択肢!$A$1:$A$2", allow_blank=True)
ws.add_data_validation(dv)
dv.add(f"E{r}")
dv.add(f"G{r}")
r += 1

ws.merge_cells(f"B{r}:C{r}")
put(f"B{r}", "備考")
ws.merge_cells(f"E{r}:I{r}")
put(f"E{r}", "電子カルテの更改予定はありません。\n現地調査は平日午後を希望します。")
border_range(f"B{r}:C{r}")
border_range(f"E{r}:I{r}")
ws.row_dimensions[r].height = 44
r += 2

put(f"B{r}", "【対象要件の確認】（該当する場合は左欄に「レ」を記入）", bold=True, size=9)
r += 1
decl = [
    "令和６年度に本事業の支援を受けていない",
    "電子カルテシステムを導入している",
    "令和８年１月までに現地調査を完了できる（電子カルテシステムの更改予定なし）",
]
for text in decl:
    put(f"B{r}", "レ", align="right", size=11)
    ws.merge_cells(f"C{r}:I{r}")
    put(f"C{r}", text, size=9)
    r += 1
r += 1
ws.merge_cells(f"B{r}:I{r+2}")
put(f"B{r}", "※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について"
    "（依頼）」により実施した実態調査の回答内容を当該事業でも活用させていただく可能性があり、ご了解いただける場合は"
    "「可」の左欄に○を、ご了解いただけない場合は「不可」の左欄に○を記入してください。", size=8)
ws.print_area = f"A1:I{r+2}"
ws.page_setup.orientation = "portrait"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1

# instructions sheet
ins = wb.create_sheet("記入要領")
ins.column_dimensions["A"].width = 90
lines = [
    "記入要領",
    "1. 医療機関コードは、都道府県番号・点数表番号を除いた7桁（郡市区番号2桁＋医療機関番号4桁＋検証番号1桁）を記入してください。",
    "2. 担当者①②は必須です。担当者③は任意ですが、記入する場合は3項目すべてを記入してください。",
    "3. 回答データの活用の可否は、「可」「不可」いずれかの左欄に○を記入してください。",
    "4. 記入後、回答様式シートを印刷し、FAX（087-806-0248）で送付してください。",
]
for i, t in enumerate(lines, 1):
    ins.cell(row=i, column=1, value=t).alignment = Alignment(wrap_text=True)
ins["A1"].font = Font(bold=True, size=12)

opt = wb.create_sheet("選択肢")
opt["A1"] = "○"
opt["A2"] = "×"
opt.sheet_state = "hidden"

tmp = tempfile.mkdtemp()
raw = os.path.join(tmp, NAME + ".xlsx")
wb.save(raw)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", os.path.join(tmp, "out"), raw],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(tmp, "out", NAME + ".xlsx"), os.path.join(HERE, NAME + ".xlsx"))
print("code7", CODE7, "-> 10 digits", PREF + TBL + CODE7)
