# sr-w6-a: Kagawa prefecture office, FAX print-style 回答様式 (label left, merged label cells),
# filled by a hospital's 事務部. Saved by openpyxl only.
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.page import PageMargins

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sr-w6-a-kagawa-fax-print.xlsx")
wb = Workbook()
ws = wb.active
ws.title = "回答様式"

thin = Side(style="thin")
med = Side(style="medium")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
gray = PatternFill("solid", fgColor="F2F2F2")
mincho = Font(name="ＭＳ 明朝", size=11)

for col, w in {"A": 2, "B": 14, "C": 16, "D": 14, "E": 14, "F": 14, "G": 14, "H": 6, "I": 2}.items():
    ws.column_dimensions[col].width = w

def put(addr, val, **kw):
    c = ws[addr]
    c.value = val
    c.font = kw.get("font", mincho)
    if "align" in kw:
        c.alignment = kw["align"]
    return c

def frame(rng):
    for row in ws[rng]:
        for c in row:
            c.border = box

# header / routing block
put("F1", "（送付先）香川県医務国保課医療企画Ｇ 宛", align=Alignment(horizontal="right"))
ws.merge_cells("F1:H1")
put("F2", "ＦＡＸ ０８７－８０６－０２４８", align=Alignment(horizontal="right"))
ws.merge_cells("F2:H2")
put("B4", "「医療機関におけるサイバーセキュリティ確保事業」における支援の\n希望調査に係る回答様式",
    font=Font(name="ＭＳ 明朝", size=14, bold=True), align=center)
ws.merge_cells("B4:H5")
ws.row_dimensions[4].height = 24
ws.row_dimensions[5].height = 24
put("B7", "当病院は、当該事業の支援を希望します。", font=Font(name="ＭＳ 明朝", size=12, bold=True),
    align=Alignment(horizontal="center"))
ws.merge_cells("B7:H7")

rows = [
    (9, "医療機関コード", "37-1-01-2345-8"),
    (10, "病院名（正式名称）", "社会医療法人 玉藻会 高松みなと病院"),
    (11, "郵便番号", "760-0068"),
    (12, "住所", "香川県高松市松島町二丁目8番15号"),
    (13, "電話番号", "087-831-5520"),
]
for r, label, val in rows:
    put(f"B{r}", label, align=wrap).fill = gray
    ws.merge_cells(f"B{r}:C{r}")
    put(f"D{r}", val, align=wrap)
    ws.merge_cells(f"D{r}:H{r}")
    frame(f"B{r}:H{r}")
    ws.row_dimensions[r].height = 22

contacts = [
    (14, "担当者①\n【必須】", ("事務部 情報システム課 課長", "香西 健一", "kozai.k@takamatsu-minato-hp.or.jp")),
    (17, "担当者②\n【必須】", ("事務部 情報システム課 主任", "十河 美咲", None)),   # mail left blank (planted)
    (20, "担当者③", (None, None, None)),
]
for r0, label, vals in contacts:
    put(f"B{r0}", label, align=center).fill = gray
    ws.merge_cells(f"B{r0}:B{r0+2}")
    for i, sub in enumerate(["所属・役職", "氏名", "Mail アドレス"]):
        r = r0 + i
        put(f"C{r}", sub, align=wrap).fill = gray
        if vals[i] is not None:
            put(f"D{r}", vals[i], align=wrap)
        ws.merge_cells(f"D{r}:H{r}")
        ws.row_dimensions[r].height = 22
    frame(f"B{r0}:H{r0+2}")

put("B23", "サイバーセキュリティ調査における回答データの活用の可否(※)", align=wrap).fill = gray
ws.merge_cells("B23:C23")
put("D23", "可", align=center)          # originally "可 ・ 不可" – 不可 deleted by the filler
ws.merge_cells("D23:H23")
ws.row_dimensions[23].height = 36
frame("B23:H23")

put("B24", "備考", align=wrap).fill = gray
ws.merge_cells("B24:C24")
put("D24", "電子カルテの更改は令和9年度の予定のため、現地調査は令和7年度中に対応可能です。\nネットワーク機器の管理は担当者②が窓口となります。",
    align=Alignment(wrap_text=True, vertical="top"))
ws.merge_cells("D24:H24")
ws.row_dimensions[24].height = 54
frame("B24:H24")

put("B26", "※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」"
    "により、病院におけるサイバーセキュリティ対策の実態調査を実施しており、当該調査で回答いただいた内容を当該事業でも活用させて"
    "いただく可能性があり、ご了解いただける場合は、「可」と、ご了解いただけない場合は、「不可」と記載してください。",
    font=Font(name="ＭＳ 明朝", size=9), align=Alignment(wrap_text=True, vertical="top"))
ws.merge_cells("B26:H28")

put("B30", "【確認事項】該当するものの□を■にしてください。", font=Font(name="ＭＳ 明朝", size=11, bold=True))
checks = [
    (31, "■", "令和6年度に本事業の支援を受けていない。"),
    (32, "■", "電子カルテシステムを導入している。"),
    (33, "■", "電子カルテシステムの更改等はなく、令和8年1月までに現地調査を完了できる。"),
]
for r, mark, text in checks:
    put(f"B{r}", mark, align=Alignment(horizontal="right"))
    put(f"C{r}", text)
    ws.merge_cells(f"C{r}:H{r}")
put("B35", "（問合せ先）香川県健康福祉部医務国保課医療企画Ｇ　TEL：087-832-3319　（回答期限：令和7年2月28日（金））",
    font=Font(name="ＭＳ 明朝", size=9))
ws.merge_cells("B35:H35")

ws.print_area = "A1:I35"
ws.page_setup.orientation = "portrait"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.7, bottom=0.7)

# 記入要領 sheet
g = wb.create_sheet("記入要領")
g.column_dimensions["A"].width = 4
g.column_dimensions["B"].width = 100
lines = [
    "記入要領",
    "1. 「回答様式」シートに必要事項を記入し、印刷のうえＦＡＸ（087-806-0248）にてご回答ください。",
    "2. 医療機関コードは10桁（都道府県番号2桁＋点数表番号1桁＋郡市区番号2桁＋医療機関番号4桁＋検証番号1桁）で記入してください。",
    "3. 担当者①及び②は必須です。所属・役職、氏名、Mail アドレスをすべて記入してください。",
    "4. 回答データの活用の可否は「可」「不可」のいずれかを残し、他方を削除してください。",
    "5. 令和6年度に支援を受けられた病院、電子カルテシステムを導入していない病院、電子カルテシステムの更改のため令和8年1月までに現地調査を完了できない病院は対象外です。",
]
for i, t in enumerate(lines, start=1):
    g.cell(row=i, column=2, value=t).alignment = Alignment(wrap_text=True)
g["B1"].font = Font(bold=True, size=12)

wb.save(OUT)
print(OUT)
