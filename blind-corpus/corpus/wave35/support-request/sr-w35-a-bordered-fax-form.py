# Generator for sr-w35-a-bordered-fax-form.xlsx
# Role: Kagawa prefecture office (医務国保課) drew the FAX 回答様式 in Excel; a hospital's 情報システム課 filled it.
# Run: PYTHONPATH=/tmp/w35_srhs_lib /usr/bin/python3 sr-w35-a-bordered-fax-form.py
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sr-w35-a-bordered-fax-form.xlsx")

wb = Workbook()
ws = wb.active
ws.title = "回答様式"
thin = Side(style="thin")
med = Side(style="medium")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
font = Font(name="ＭＳ 明朝", size=11)
bold = Font(name="ＭＳ 明朝", size=12, bold=True)
label_fill = PatternFill("solid", fgColor="F2F2F2")
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

ws.column_dimensions["A"].width = 2
ws.column_dimensions["B"].width = 20
ws.column_dimensions["C"].width = 14
ws.column_dimensions["D"].width = 44
ws.column_dimensions["E"].width = 12
ws.column_dimensions["F"].width = 2

def put(cell, value, f=font, al=wrap):
    ws[cell] = value
    ws[cell].font = f
    ws[cell].alignment = al

def boxed(rng):
    for row in ws[rng]:
        for c in row:
            c.border = box

# header / send-to block
ws.merge_cells("B2:E2")
put("B2", "（送付先　香川県医務国保課医療企画G 宛　FAX 087-806-0248）", al=Alignment(horizontal="right"))
ws.merge_cells("B4:E5")
put("B4", "「医療機関におけるサイバーセキュリティ確保事業」における支援の\n希望調査に係る回答様式", f=bold, al=center)
ws.row_dimensions[4].height = 20
ws.row_dimensions[5].height = 20
ws.merge_cells("B7:E7")
put("B7", "当病院は、当該事業の支援を希望します。", al=Alignment(horizontal="left", vertical="center"))

# main table
r = 9
simple = [
    ("医療機関コード", "0123450 "),            # 7-digit code, trailing space (Kagawa = 37, 医科 1)
    ("病院名（正式名称）", "医療法人 讃陽会 高松みなみ病院"),
    ("郵便番号", "〒761-8071"),
    ("住所", "香川県高松市伏石町２１３５番地１"),
    ("電話番号", "087-865-7711"),
]
for label, val in simple:
    ws.merge_cells(f"B{r}:C{r}")
    ws.merge_cells(f"D{r}:E{r}")
    put(f"B{r}", label)
    ws[f"B{r}"].fill = label_fill
    put(f"D{r}", val)
    boxed(f"B{r}:E{r}")
    ws.row_dimensions[r].height = 24
    r += 1

contacts = [
    ("担当者①\n【必須】", ["事務部 情報システム課 課長", "三好 健一", "k-miyoshi@takamatsu-minami.example.jp"]),
    ("担当者②\n【必須】", ["事務部 総務課 主任", "大西 由香", "y-onishi@takamatsu-minami.example.jp"]),
    ("担当者③", ["医療情報管理室 診療情報管理士", "香西 瞳", "h-kozai@takamatsu-minami.example.jp"]),
]
for head, vals in contacts:
    ws.merge_cells(f"B{r}:B{r+2}")
    put(f"B{r}", head, al=center)
    ws[f"B{r}"].fill = label_fill
    for i, sub in enumerate(["所属・役職", "氏名", "Mail アドレス"]):
        put(f"C{r+i}", sub)
        ws[f"C{r+i}"].fill = label_fill
        ws.merge_cells(f"D{r+i}:E{r+i}")
        put(f"D{r+i}", vals[i])
        ws.row_dimensions[r + i].height = 22
    boxed(f"B{r}:E{r+2}")
    r += 3

# data-use answer (filler deleted 「・不可」 and left 可)
ws.merge_cells(f"B{r}:C{r}")
ws.merge_cells(f"D{r}:E{r}")
put(f"B{r}", "サイバーセキュリティ調査における回答データの活用の可否(※)")
ws[f"B{r}"].fill = label_fill
put(f"D{r}", "可", al=center)
dv = DataValidation(type="list", formula1="=選択肢!$A$1:$A$2", allow_blank=True)
ws.add_data_validation(dv)
dv.add(f"D{r}")
boxed(f"B{r}:E{r}")
ws.row_dimensions[r].height = 36
r += 1
ws.merge_cells(f"B{r}:C{r}")
ws.merge_cells(f"D{r}:E{r}")
put(f"B{r}", "備考")
ws[f"B{r}"].fill = label_fill
put(f"D{r}", "電子カルテは令和4年11月に更新済みです。\n現地調査は平日午後を希望します。")
boxed(f"B{r}:E{r}")
ws.row_dimensions[r].height = 40
r += 2

ws.merge_cells(f"B{r}:E{r+2}")
put(f"B{r}", "※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」"
             "により、病院におけるサイバーセキュリティ対策の実態調査を実施しており、当該調査で回答いただいた内容を当該事業でも"
             "活用させていただく可能性があり、ご了解いただける場合は、「可」と、ご了解いただけない場合は、「不可」と記載してください。",
    f=Font(name="ＭＳ 明朝", size=9))
r += 4

# second table: eligibility confirmation added by the prefecture
ws.merge_cells(f"B{r}:E{r}")
put(f"B{r}", "【確認事項】次の事項について「はい」又は「いいえ」を記入してください。")
r += 1
put(f"B{r}", "No.", al=center)
ws.merge_cells(f"C{r}:D{r}")
put(f"C{r}", "確認事項", al=center)
put(f"E{r}", "回答", al=center)
for c in ("B", "C", "D", "E"):
    ws[f"{c}{r}"].fill = label_fill
boxed(f"B{r}:E{r}")
r += 1
decl = [
    ("1", "令和6年度に本事業の支援を受けていない", "はい"),
    ("2", "電子カルテシステムを導入している", "はい"),
    ("3", "電子カルテシステムの更改等がなく、令和8年1月までに現地調査を完了できる", "はい"),
]
dv2 = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv2)
for no, text, ans in decl:
    put(f"B{r}", no, al=center)
    ws.merge_cells(f"C{r}:D{r}")
    put(f"C{r}", text)
    put(f"E{r}", ans, al=center)
    dv2.add(f"E{r}")
    boxed(f"B{r}:E{r}")
    ws.row_dimensions[r].height = 30
    r += 1

# hidden list sheet for the dropdown
ls = wb.create_sheet("選択肢")
ls["A1"] = "可"
ls["A2"] = "不可"
ls.sheet_state = "hidden"

ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "portrait"
ws.print_area = f"A1:F{r}"
ws.page_setup.fitToWidth = 1
wb.save(OUT)
print("saved", OUT)
