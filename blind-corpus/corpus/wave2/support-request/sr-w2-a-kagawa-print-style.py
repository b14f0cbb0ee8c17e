"""sr-w2-a: Kagawa hospital fills a print-style re-creation of the 回答様式 (borders, spacer columns,
merged label cells), then the file is re-saved by LibreOffice.  No planted problems."""
import json, os, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font
from openpyxl.worksheet.page import PageMargins

NAME = "sr-w2-a-kagawa-print-style"
OUT = os.path.dirname(os.path.abspath(__file__))

def check_digit(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)

CODE = "371012345" + check_digit("371012345")   # 香川37 医科1 郡市区01 番号2345
V = {
    "hospitalCode": CODE,
    "hospitalName": "社会医療法人　瀬戸内会　高松みなと病院",
    "postalCode": "760-0066",
    "address": "香川県高松市福岡町二丁目3番15号",
    "phoneNumber": "087-851-2201",
    "contact1": {"department": "情報システム課　課長", "name": "大西　健一", "email": "k-onishi@takamatsu-minato.or.jp"},
    "contact2": {"department": "事務部総務課　主任", "name": "香西　美穂", "email": "m-kozai@takamatsu-minato.or.jp"},
    "contact3": {"department": "診療情報管理室　室長", "name": "多田　誠", "email": "m-tada@takamatsu-minato.or.jp"},
    "dataUse": "可",
    "remarks": "平日9:00～17:00は情報システム課（内線215）へご連絡ください。",
}

thin = Side(style="thin"); med = Side(style="medium")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
wb = Workbook(); ws = wb.active; ws.title = "回答様式"
for col, w in {"A": 2, "B": 13, "C": 14, "D": 18, "E": 18, "F": 18, "G": 2}.items():
    ws.column_dimensions[col].width = w
f = Font(name="ＭＳ 明朝", size=11)

def box(rng):
    for row in ws[rng]:
        for c in row:
            c.border = B

def put(cell, val, **kw):
    ws[cell] = val
    ws[cell].font = kw.get("font", f)
    ws[cell].alignment = kw.get("al", Alignment(vertical="center", wrap_text=True))

ws.merge_cells("B2:F2")
put("B2", "(送付先 香川県医務国保課医療企画G宛　FAX 087-806-0248)", al=Alignment(horizontal="right"))
ws.merge_cells("B4:F5")
put("B4", "「医療機関におけるサイバーセキュリティ確保事業」における支援の\n希望調査に係る回答様式",
    font=Font(name="ＭＳ 明朝", size=14, bold=True), al=Alignment(horizontal="center", vertical="center", wrap_text=True))
ws.row_dimensions[4].height = 22; ws.row_dimensions[5].height = 22
ws.merge_cells("B7:F7")
put("B7", "当病院は、当該事業の支援を希望します。", al=Alignment(horizontal="center"))

simple = [(9, "医療機関コード", int(CODE)),   # typed as a plain number
          (10, "病院名（正式名称）", V["hospitalName"]),
          (11, "郵便番号", V["postalCode"]),
          (12, "住所", V["address"]),
          (13, "電話番号", V["phoneNumber"])]
for r, lab, val in simple:
    ws.merge_cells(f"B{r}:C{r}"); ws.merge_cells(f"D{r}:F{r}")
    put(f"B{r}", lab); put(f"D{r}", val, al=Alignment(horizontal="left", vertical="center"))
    box(f"B{r}:F{r}"); ws.row_dimensions[r].height = 24
ws[f"D9"].number_format = "0"

for start, lab, key in [(14, "担当者①\n【必須】", "contact1"), (17, "担当者②\n【必須】", "contact2"), (20, "担当者③", "contact3")]:
    ws.merge_cells(f"B{start}:B{start+2}")
    put(f"B{start}", lab, al=Alignment(horizontal="center", vertical="center", wrap_text=True))
    for i, (sub, fk) in enumerate([("所属・役職", "department"), ("氏名", "name"), ("Mail アドレス", "email")]):
        r = start + i
        put(f"C{r}", sub); ws.merge_cells(f"D{r}:F{r}")
        put(f"D{r}", V[key][fk], al=Alignment(horizontal="left", vertical="center"))
        ws.row_dimensions[r].height = 22
    box(f"B{start}:F{start+2}")

ws.merge_cells("B23:C23"); ws.merge_cells("D23:F23")
put("B23", "サイバーセキュリティ調査における回答データの活用の可否(※)", font=Font(name="ＭＳ 明朝", size=9))
put("D23", "可", al=Alignment(horizontal="center", vertical="center"))   # 「可 • 不可」から不可を消した
ws.row_dimensions[23].height = 36; box("B23:F23")
ws.merge_cells("B24:C24"); ws.merge_cells("D24:F24")
put("B24", "備考"); put("D24", V["remarks"], al=Alignment(horizontal="left", vertical="top", wrap_text=True))
ws.row_dimensions[24].height = 48; box("B24:F24")

ws.merge_cells("B26:F29")
put("B26", "※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」"
    "により、病院におけるサイバーセキュリティ対策の実態調査を実施しており、当該調査で回答いただいた内容を当該事業でも活用させて"
    "いただく可能性があり、ご了解いただける場合は、「可」と、ご了解いただけない場合は、「不可」と記載してください。",
    font=Font(name="ＭＳ 明朝", size=9), al=Alignment(vertical="top", wrap_text=True))
ws.merge_cells("D31:F31")
put("D31", "回答日：令和7年2月21日", al=Alignment(horizontal="right"))

ws.print_area = "A1:G31"
ws.page_setup.paperSize = ws.PAPERSIZE_A4; ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.7, bottom=0.7)
ws.sheet_view.showGridLines = False

tmp = tempfile.mkdtemp()
wb.save(os.path.join(tmp, NAME + ".xlsx"))
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, os.path.join(tmp, NAME + ".xlsx")],
               check=True, capture_output=True)

exp = {
    "form": "support-request", "version": "R6", "file": NAME + ".xlsx",
    "values": {
        "hospitalCode": V["hospitalCode"], "hospitalName": V["hospitalName"], "postalCode": V["postalCode"],
        "address": V["address"], "phoneNumber": V["phoneNumber"],
        "contact1.department": V["contact1"]["department"], "contact1.name": V["contact1"]["name"], "contact1.email": V["contact1"]["email"],
        "contact2.department": V["contact2"]["department"], "contact2.name": V["contact2"]["name"], "contact2.email": V["contact2"]["email"],
        "contact3.department": V["contact3"]["department"], "contact3.name": V["contact3"]["name"], "contact3.email": V["contact3"]["email"],
        "dataUse": "可", "remarks": V["remarks"],
    },
    "planted": [],
    "notes": "Re-saved by LibreOffice. 医療機関コード D9 is a numeric cell (number format 0), not text. "
             "活用の可否 D23: the filler deleted 「不可」 from 「可 • 不可」 leaving 「可」. Full-width spaces inside name/department "
             "values are as typed. 回答日 (D31, 令和7年2月21日) has no key and is not listed. No optional eligibility "
             "declarations on this layout (official Kagawa wording only).",
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(exp, fh, ensure_ascii=False, indent=2)
print("ok", CODE)
