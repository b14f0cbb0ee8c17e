"""sr-w42-b: a hospital's own re-drawing of the Kagawa 回答様式 as a questionnaire (No. | 項目 | 回答),
contacts moved to a horizontal table at the bottom, a 記入要領 sheet in front and a hidden list sheet.
Two planted problems (wrong check digit in the 7-digit code; 担当者③ only half filled).
Saved by openpyxl, then re-saved by LibreOffice (soffice --headless --convert-to xlsx).
Run: PYTHONPATH=/tmp/w42-srhs-py /usr/bin/python3 sr-w42-b-questionnaire-contact-table.py"""
import os, json, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "sr-w42-b-questionnaire-contact-table"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
f = Font(name="游ゴシック", size=11)
fb = Font(name="游ゴシック", size=11, bold=True)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
head = PatternFill("solid", fgColor="DDEBF7")

wb = Workbook()
# --- sheet 1: 記入要領 ---
ins = wb.active
ins.title = "記入要領"
ins.column_dimensions["A"].width = 100
lines = [
    "【記入要領】",
    "１．「回答」シートの黄色のセルにご記入ください。",
    "２．医療機関コードは７桁（郡市区番号＋医療機関番号＋検証番号）で記入してください。",
    "３．担当者①・②は必須です。担当者③は任意ですが、記入する場合は３項目すべて記入してください。",
    "４．回答データの活用の可否は、該当する方の左のセルに「○」を付けてください。",
    "５．記入後、印刷して香川県医務国保課医療企画Ｇ宛にＦＡＸ（087-806-0248）で送付してください。",
    "　　回答期限：令和7年2月28日（金）",
]
for i, t in enumerate(lines, 1):
    ins.cell(row=i, column=1, value=t).font = fb if i == 1 else f

# --- sheet 2: 回答 ---
ws = wb.create_sheet("回答")
for col, w in {"A": 7, "B": 34, "C": 5, "D": 22, "E": 5, "F": 26}.items():
    ws.column_dimensions[col].width = w
yellow = PatternFill("solid", fgColor="FFF2CC")

ws["A1"] = "医療機関におけるサイバーセキュリティ確保事業　支援希望調査　回答"
ws["A1"].font = Font(name="游ゴシック", size=14, bold=True)
ws.merge_cells("A1:F1")
ws["A2"] = "当病院は、当該事業の支援を希望します。"
ws["A2"].font = fb
ws.merge_cells("A2:F2")

ws["A4"], ws["B4"], ws["C4"] = "No.", "項目", "回答"
ws.merge_cells("C4:F4")
for c in ("A4", "B4", "C4", "D4", "E4", "F4"):
    ws[c].font = fb; ws[c].fill = head; ws[c].alignment = center; ws[c].border = box

def qrow(r, no, label, value=None):
    ws[f"A{r}"] = no
    ws[f"B{r}"] = label
    ws[f"A{r}"].alignment = center
    ws[f"B{r}"].alignment = wrap
    for c in "ABCDEF":
        ws[f"{c}{r}"].border = box
        ws[f"{c}{r}"].font = f
    if value is not None:
        ws[f"C{r}"] = value
        ws[f"C{r}"].alignment = wrap
        ws[f"C{r}"].fill = yellow
        ws.merge_cells(f"C{r}:F{r}")
    ws.row_dimensions[r].height = 22

qrow(5, "1", "医療機関コード（7桁）", "03-2207-5")           # PLANTED: check digit should be 8
qrow(6, "2", "病院名（正式名称）", "医療法人社団 綾川会 丸亀さくら病院")
qrow(7, "3", "郵便番号", "〒763-0034 ")                       # trailing space as typed
qrow(8, "4", "住所", "香川県丸亀市大手町二丁目3番8号")
qrow(9, "5", "電話番号", "０８７７－２２－６１３１")            # full-width as typed
qrow(10, "6", "サイバーセキュリティ調査における回答データの活用の可否（※）\n（該当に○）")
ws.row_dimensions[10].height = 44
ws["C10"] = None; ws["D10"] = "可"; ws["E10"] = "○"; ws["F10"] = "不可"
for c in ("C10", "D10", "E10", "F10"):
    ws[c].alignment = center
ws["C10"].fill = yellow; ws["E10"].fill = yellow
qrow(11, "7-1", "令和6年度に本事業の支援を受けていない", "はい")
qrow(12, "7-2", "電子カルテシステムを導入している", "はい")
qrow(13, "7-3", "令和8年1月までに現地調査を完了できる", "はい（電子カルテ更改は令和6年12月に完了済み）")
qrow(14, "8", "備考", "現地調査は毎週水曜午後以外でお願いします。\n担当者③は後日追記します。")
ws.row_dimensions[14].height = 40

ws["A16"] = "9　担当者（①・②は必須）"
ws["A16"].font = fb
ws.merge_cells("A16:F16")
hdr = {"A17": "区分", "B17": "所属・役職", "D17": "氏名", "F17": "Mail アドレス"}
ws.merge_cells("B17:C17"); ws.merge_cells("D17:E17")
for ref, t in hdr.items():
    ws[ref] = t
for c in "ABCDEF":
    ws[f"{c}17"].font = fb; ws[f"{c}17"].fill = head; ws[f"{c}17"].alignment = center; ws[f"{c}17"].border = box
contacts = [
    ("①【必須】", "医事課 課長", "綾田　正樹", "ayata@marugame-sakura.jp"),
    ("②【必須】", "医療情報課", "吉田　莉子", "yoshida-r@marugame-sakura.jp"),
    ("③", None, "香西　亮", None),                 # PLANTED: 所属・役職 and Mail left blank
]
for i, (k, dep, name, mail) in enumerate(contacts):
    r = 18 + i
    ws[f"A{r}"] = k
    ws.merge_cells(f"B{r}:C{r}"); ws.merge_cells(f"D{r}:E{r}")
    if dep: ws[f"B{r}"] = dep
    if name: ws[f"D{r}"] = name
    if mail: ws[f"F{r}"] = mail
    for c in "ABCDEF":
        ws[f"{c}{r}"].border = box; ws[f"{c}{r}"].font = f; ws[f"{c}{r}"].alignment = wrap
    for c in "BDF":
        ws[f"{c}{r}"].fill = yellow
    ws.row_dimensions[r].height = 22

ws["A22"] = ("※ 国が令和6年1月31日付け事務連絡により実施した実態調査の回答内容を当該事業でも活用させていただく"
             "可能性があります。ご了解いただける場合は「可」、ご了解いただけない場合は「不可」としてください。")
ws["A22"].alignment = wrap; ws["A22"].font = Font(name="游ゴシック", size=9)
ws.merge_cells("A22:F22"); ws.row_dimensions[22].height = 36

# --- hidden list sheet + validations ---
lst = wb.create_sheet("リスト")
for i, v in enumerate(["○", "はい", "いいえ"], 1):
    lst.cell(row=i, column=1, value=v)
lst.sheet_state = "hidden"
dv1 = DataValidation(type="list", formula1="リスト!$A$1:$A$1", allow_blank=True)
dv2 = DataValidation(type="list", formula1="リスト!$A$2:$A$3", allow_blank=True)
ws.add_data_validation(dv1); ws.add_data_validation(dv2)
dv1.add("C10"); dv1.add("E10")
dv2.add("C11"); dv2.add("C12")
wb.active = 1

tmpd = tempfile.mkdtemp(prefix="w42sr_")
raw = os.path.join(tmpd, NAME + ".xlsx")
wb.save(raw)
outd = os.path.join(tmpd, "out")
os.makedirs(outd)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outd, raw],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outd, NAME + ".xlsx"), os.path.join(HERE, NAME + ".xlsx"))
shutil.rmtree(tmpd)

expected = {
    "form": "support-request",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "hospitalCode": "3710322075",
        "hospitalName": "医療法人社団 綾川会 丸亀さくら病院",
        "postalCode": "763-0034",
        "address": "香川県丸亀市大手町二丁目3番8号",
        "phoneNumber": "0877-22-6131",
        "contact1.department": "医事課 課長",
        "contact1.name": "綾田　正樹",
        "contact1.email": "ayata@marugame-sakura.jp",
        "contact2.department": "医療情報課",
        "contact2.name": "吉田　莉子",
        "contact2.email": "yoshida-r@marugame-sakura.jp",
        "contact3.name": "香西　亮",
        "dataUse": "不可",
        "remarks": "現地調査は毎週水曜午後以外でお願いします。\n担当者③は後日追記します。",
        "notSupportedBefore": "はい",
        "hasEhr": "はい",
        "surveyFeasible": "はい",
    },
    "planted": [
        {"cells": ["回答!C5"], "paths": ["hospitalCode"],
         "why": "7-digit code 03-2207-5 expands (香川 37, 医科 1) to 3710322075, but the Luhn check digit over 371032207 is 8, not 5"},
        {"cells": ["回答!B20", "回答!F20"], "paths": ["contact3.department", "contact3.email"],
         "why": "担当者③ is all-or-nothing: 氏名 is filled but 所属・役職 and Mail アドレス are blank"},
    ],
    "notes": "Sheets: 記入要領 (instructions only, no values), 回答 (questionnaire No.|項目|回答), hidden リスト (validation lists). "
             "hospitalCode was written as the 7-digit form with hyphens (03-2207-5); the value given is its 10-digit expansion with "
             "香川県 37 and 点数表番号 1 (check digit wrong on purpose). Postal code typed with 〒 and a trailing space. "
             "Phone typed in full-width digits and full-width hyphens (０８７７－２２－６１３１), given half-width. "
             "活用の可否: ○ in E10, the cell just before 「不可」 (F10); C10 before 「可」 is empty -> 不可. "
             "7-3 answer 「はい（電子カルテ更改は令和6年12月に完了済み）」 -> はい. Contacts are the table at rows 17-20 "
             "(所属・役職 merged B:C, 氏名 merged D:E, Mail F). Re-saved by LibreOffice.",
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(expected, fh, ensure_ascii=False, indent=2)
print("ok")
