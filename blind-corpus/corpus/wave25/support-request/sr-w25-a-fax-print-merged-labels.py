# Generator: support-request, workbook a (no planted problem).
# Role: 香川県 医務国保課 staff redrew the notice's 別紙「回答様式」 as a print/FAX sheet;
# filled by a hospital's 情報システム室 person.
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font
from openpyxl.worksheet.page import PageMargins

OUT = "/work/blind/wave25/support-request/sr-w25-a-fax-print-merged-labels.xlsx"
wb = Workbook()
ws = wb.active
ws.title = "回答様式"
thin = Side(style="thin"); med = Side(style="medium")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
for col, w in {"A": 2.5, "B": 16, "C": 14, "D": 22, "E": 22, "F": 12, "G": 2.5}.items():
    ws.column_dimensions[col].width = w
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

ws["F1"] = "（別紙）"
ws["F1"].alignment = Alignment(horizontal="right")
ws.merge_cells("B2:F2")
ws["B2"] = "（送付先　香川県医務国保課医療企画Ｇ宛　FAX 087-806-0248）"
ws["B2"].alignment = Alignment(horizontal="right")
ws.merge_cells("B4:F5")
ws["B4"] = "「医療機関におけるサイバーセキュリティ確保事業」における支援の\n希望調査に係る回答様式"
ws["B4"].font = Font(size=13, bold=True)
ws["B4"].alignment = center
ws.row_dimensions[4].height = 22; ws.row_dimensions[5].height = 22
ws.merge_cells("B7:F7")
ws["B7"] = "当病院は、当該事業の支援を希望します。"
ws["B7"].font = Font(size=11, bold=True)

def row(r, label, value, h=26):
    ws.merge_cells(f"B{r}:C{r}")
    ws.merge_cells(f"D{r}:F{r}")
    ws[f"B{r}"] = label
    ws[f"D{r}"] = value
    ws[f"B{r}"].alignment = wrap
    ws[f"D{r}"].alignment = wrap
    ws.row_dimensions[r].height = h

r = 9
row(9, "医療機関コード", "37-1-01-1045-7")
row(10, "病院名（正式名称）", "医療法人社団 讃岐会 さぬき中央病院")
row(11, "郵便番号", "760-0065")
row(12, "住所", "香川県高松市朝日町三丁目4番12号")
row(13, "電話番号", "087-851-4410")

def contact(r0, label, dept, name, mail):
    ws.merge_cells(f"B{r0}:B{r0+2}")
    ws[f"B{r0}"] = label
    ws[f"B{r0}"].alignment = wrap
    for i, (sub, val) in enumerate([("所属・役職", dept), ("氏名", name), ("Mail アドレス", mail)]):
        ws[f"C{r0+i}"] = sub
        ws[f"C{r0+i}"].alignment = wrap
        ws.merge_cells(f"D{r0+i}:F{r0+i}")
        ws[f"D{r0+i}"] = val
        ws[f"D{r0+i}"].alignment = wrap
        ws.row_dimensions[r0+i].height = 22

contact(14, "担当者①\n【必須】", "事務部 情報システム室 室長", "香西 健太", "kozai-k@sanuki-chuo-hp.or.jp")
contact(17, "担当者②\n【必須】", "事務部 総務課 主任", "三好 由美", "miyoshi-y@sanuki-chuo-hp.or.jp")
contact(20, "担当者③", "診療情報管理室 係長", "大西 亮", "onishi-r@sanuki-chuo-hp.or.jp")

# 活用の可否: the filler deleted 「・不可」 and left only 可
row(23, "サイバーセキュリティ調査における回答データの活用の可否(※)", "可", h=36)
ws["D23"].alignment = center
row(24, "備考", "電子カルテ：令和3年導入（更改予定なし）\n現地調査の日程は平日午後を希望します。", h=40)

for rr in range(9, 25):
    for c in "BCDEF":
        ws[f"{c}{rr}"].border = box

ws.merge_cells("B26:F29")
ws["B26"] = ("※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」"
             "により、病院におけるサイバーセキュリティ対策の実態調査を実施しており、当該調査で回答いただいた内容を当該事業でも"
             "活用させていただく可能性があり、ご了解いただける場合は、「可」と、ご了解いただけない場合は、「不可」と記載してください。")
ws["B26"].alignment = Alignment(wrap_text=True, vertical="top")
ws["B26"].font = Font(size=9)
ws.merge_cells("B31:F31")
ws["B31"] = "回答期限：令和7年2月28日（金）　FAXにてご回答ください。"
ws["B31"].font = Font(size=9)

ws.print_area = "A1:G31"
ws.page_setup.orientation = "portrait"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.7, bottom=0.7)
wb.save(OUT)
print("saved", OUT)
