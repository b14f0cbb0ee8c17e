# Generator: support-request, workbook a (Kagawa-style FAX 回答様式, merged label cells, ■/□ marks)
import os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sr-w26-a-fax-form-merged-labels.xlsx")

def luhn(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)

code9 = "371012345"
CODE = code9 + luhn(code9)   # 3710123450

wb = Workbook()
ws = wb.active
ws.title = "回答様式"
thin = Side(style="thin")
med = Side(style="medium")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
gray = PatternFill("solid", fgColor="F2F2F2")
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

for col, w in {"A": 2, "B": 16, "C": 14, "D": 22, "E": 14, "F": 14, "G": 16, "H": 2}.items():
    ws.column_dimensions[col].width = w

ws["G1"] = "（別紙）"
ws["G1"].alignment = Alignment(horizontal="right")
ws.merge_cells("B2:G2")
ws["B2"] = "（送付先　香川県医務国保課医療企画Ｇ宛　ＦＡＸ　087-806-0248）"
ws["B2"].font = Font(size=9)
ws.merge_cells("B4:G5")
ws["B4"] = "「医療機関におけるサイバーセキュリティ確保事業」における支援の\n希望調査に係る回答様式"
ws["B4"].font = Font(size=14, bold=True)
ws["B4"].alignment = center
ws.row_dimensions[4].height = 22
ws.row_dimensions[5].height = 22
ws.merge_cells("B7:G7")
ws["B7"] = "当病院は、当該事業の支援を希望します。"
ws["B7"].font = Font(size=12, bold=True)
ws["B7"].alignment = Alignment(horizontal="center")

def frame(rng):
    for row in ws[rng]:
        for c in row:
            c.border = box

r = 9
simple = [
    ("医療機関コード", CODE),
    ("病院名（正式名称）", "社会医療法人 讃陽会 さぬき中央病院"),
    ("郵便番号", "〒760-0068"),
    ("住所", "香川県高松市松島町二丁目14番5号"),
    ("電話番号", "087-831-2211"),
]
for label, val in simple:
    ws.merge_cells(f"B{r}:C{r}")
    ws.merge_cells(f"D{r}:G{r}")
    ws[f"B{r}"] = label
    ws[f"B{r}"].fill = gray
    ws[f"B{r}"].alignment = wrap
    ws[f"D{r}"] = val
    ws[f"D{r}"].alignment = Alignment(horizontal="left", vertical="center")
    if label == "医療機関コード":
        ws[f"D{r}"].number_format = "@"
    frame(f"B{r}:G{r}")
    ws.row_dimensions[r].height = 24
    r += 1

contacts = [
    ("担当者①\n【必須】", "情報システム課　課長", "山下　健一", "k-yamashita@sanuki-chuo.example.jp "),
    ("担当者②\n【必須】", "事務部総務課　主任", "大西　美穂", "m-onishi@sanuki-chuo.example.jp"),
    ("担当者③", "医療情報管理室　診療情報管理士", "香川　翔太", "s-kagawa@sanuki-chuo.example.jp"),
]
for head, dept, name, mail in contacts:
    ws.merge_cells(f"B{r}:B{r+2}")
    ws[f"B{r}"] = head
    ws[f"B{r}"].fill = gray
    ws[f"B{r}"].alignment = center
    for i, (sub, val) in enumerate([("所属・役職", dept), ("氏名", name), ("Mail アドレス", mail)]):
        ws[f"C{r+i}"] = sub
        ws[f"C{r+i}"].fill = gray
        ws.merge_cells(f"D{r+i}:G{r+i}")
        ws[f"D{r+i}"] = val
        ws.row_dimensions[r + i].height = 22
    frame(f"B{r}:G{r+2}")
    r += 3

# 活用の可否: printed as □可　□不可, filler blacked the chosen box
ws.merge_cells(f"B{r}:D{r}")
ws[f"B{r}"] = "サイバーセキュリティ調査における回答データの活用の可否(※)"
ws[f"B{r}"].fill = gray
ws[f"B{r}"].alignment = wrap
ws[f"E{r}"] = "■ 可"
ws[f"F{r}"] = "□ 不可"
ws[f"E{r}"].alignment = center
ws[f"F{r}"].alignment = center
frame(f"B{r}:G{r}")
ws.row_dimensions[r].height = 32
dataUseRow = r
r += 1

ws.merge_cells(f"B{r}:C{r}")
ws.merge_cells(f"D{r}:G{r}")
ws[f"B{r}"] = "備考"
ws[f"B{r}"].fill = gray
ws[f"D{r}"] = "電子カルテは令和8年度に更改予定ですが、現地調査は令和7年中に対応可能です。\n平日9時～17時以外は担当者②までご連絡ください。"
ws[f"D{r}"].alignment = Alignment(wrap_text=True, vertical="top")
frame(f"B{r}:G{r}")
ws.row_dimensions[r].height = 48
r += 2

ws.merge_cells(f"B{r}:G{r+2}")
ws[f"B{r}"] = ("※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」"
               "により、病院におけるサイバーセキュリティ対策の実態調査を実施しており、当該調査で回答いただいた内容を当該事業でも"
               "活用させていただく可能性があり、ご了解いただける場合は、「可」と、ご了解いただけない場合は、「不可」と記載してください。")
ws[f"B{r}"].font = Font(size=9)
ws[f"B{r}"].alignment = Alignment(wrap_text=True, vertical="top")
r += 4

# 確認事項 (the office added the notice's 対象外 conditions as check boxes)
ws.merge_cells(f"B{r}:G{r}")
ws[f"B{r}"] = "【確認事項】以下に該当しない病院は対象外となります。該当する方に○を付けてください。"
ws[f"B{r}"].font = Font(bold=True, size=10)
r += 1
ws.merge_cells(f"B{r}:E{r}")
ws[f"B{r}"] = "確認内容"
ws[f"F{r}"] = "はい"
ws[f"G{r}"] = "いいえ"
for c in ("B", "F", "G"):
    ws[f"{c}{r}"].fill = gray
    ws[f"{c}{r}"].alignment = center
frame(f"B{r}:G{r}")
r += 1
decl = [
    "1. 令和6年度に本事業の支援を受けていない",
    "2. 電子カルテシステムを導入している",
    "3. 令和8年1月までに現地調査を完了できる（電子カルテ更改による支障がない）",
]
for text in decl:
    ws.merge_cells(f"B{r}:E{r}")
    ws[f"B{r}"] = text
    ws[f"B{r}"].alignment = wrap
    ws[f"F{r}"] = "○"
    ws[f"F{r}"].alignment = center
    ws[f"G{r}"].alignment = center
    frame(f"B{r}:G{r}")
    ws.row_dimensions[r].height = 28
    r += 1

ws.page_setup.orientation = "portrait"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_area = f"A1:H{r}"
wb.save(OUT)
print(OUT, "dataUse row", dataUseRow)
