# Generator: support-request, workbook b (hospital-made questionnaire: No.|項目|回答, contacts as a separate
# small table, 記入要領 sheet first; re-saved by LibreOffice). Planted: wrong check digit, 担当者② mail blank.
import os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "sr-w26-b-numbered-questionnaire-contact-table.xlsx"
OUT = os.path.join(HERE, NAME)

def luhn(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)

code9 = "371050612"
assert luhn(code9) == "6"
WRONG = "37-1-05-0612-3"   # planted: check digit should be 6

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head = PatternFill("solid", fgColor="DDEBF7")
wrap = Alignment(wrap_text=True, vertical="center")
yellow = PatternFill("solid", fgColor="FFF2CC")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
g = wb.active
g.title = "記入要領"
g.column_dimensions["A"].width = 100
lines = [
    "【記入要領】",
    "・「回答」シートの黄色のセルにご記入ください。",
    "・医療機関コードは10桁（都道府県番号2桁＋点数表番号1桁＋郡市区番号2桁＋医療機関番号4桁＋検証番号1桁）で記入してください。",
    "・担当者①・②は必須です（所属・役職、氏名、Mailアドレスをすべて記入）。担当者③は任意です。",
    "・回答データの活用の可否は「可」「不可」のいずれかを記入してください。",
    "・令和6年度に支援を受けた病院、電子カルテシステム未導入の病院、令和8年1月までに現地調査を完了できない病院は対象外です。",
    "・記入後、印刷のうえFAX（087-806-0248）にて香川県医務国保課医療企画Ｇあて送付してください。",
]
for i, t in enumerate(lines, 1):
    g.cell(i, 1, t)
g["A1"].font = Font(bold=True, size=12)

ws = wb.create_sheet("回答")
for col, w in {"A": 6, "B": 30, "C": 26, "D": 18, "E": 36}.items():
    ws.column_dimensions[col].width = w
ws["A1"] = "医療機関におけるサイバーセキュリティ確保事業　支援希望調査　回答様式"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "当病院は、当該事業の支援を希望します。"
ws["E2"] = "回答日：R7.2.20"
ws["E2"].alignment = Alignment(horizontal="right")

r = 4
for c, t in zip("ABC", ["No.", "項目", "回答"]):
    ws[f"{c}{r}"] = t
    ws[f"{c}{r}"].fill = head
    ws[f"{c}{r}"].alignment = center
    ws[f"{c}{r}"].border = box
ws.merge_cells(f"C{r}:E{r}")
rows = [
    ("(1)", "医療機関コード（10桁）", WRONG),
    ("(2)", "病院名（正式名称）", "医療法人 瀬戸内会 しおかぜ病院"),
    ("(3)", "郵便番号", "769-1101"),
    ("(4)", "住所", "香川県三豊市詫間町詫間1234番地1"),
    ("(5)", "電話番号", "０８７５－８３－１２３４"),
    ("(6)", "サイバーセキュリティ調査における回答データの活用の可否（可・不可）", "不可"),
    ("(7)", "備考", "FAX送信後、原本は当院にて保管しております。"),
]
for no, label, val in rows:
    r += 1
    ws[f"A{r}"] = no
    ws[f"B{r}"] = label
    ws[f"C{r}"] = val
    ws.merge_cells(f"C{r}:E{r}")
    ws[f"A{r}"].alignment = center
    ws[f"B{r}"].alignment = wrap
    ws[f"C{r}"].alignment = wrap
    ws[f"C{r}"].fill = yellow
    for c in "ABCDE":
        ws[f"{c}{r}"].border = box
    ws.row_dimensions[r].height = 30 if len(label) > 20 else 20

r += 2
ws[f"A{r}"] = "(8)"
ws[f"B{r}"] = "担当者"
ws[f"B{r}"].font = Font(bold=True)
r += 1
for c, t in zip("BCDE", ["区分", "所属・役職", "氏名", "Mail アドレス"]):
    ws[f"{c}{r}"] = t
    ws[f"{c}{r}"].fill = head
    ws[f"{c}{r}"].alignment = center
    ws[f"{c}{r}"].border = box
contacts = [
    ("担当者①【必須】", "事務長", "松本 和也", "matsumoto@shiokaze-hp.example.jp"),
    ("担当者②【必須】", "医事課 係長（システム担当）", "三好 由紀", None),   # planted: mail missing
    ("担当者③", None, None, None),
]
contact_rows = []
for kubun, dept, name, mail in contacts:
    r += 1
    contact_rows.append(r)
    for c, v in zip("BCDE", [kubun, dept, name, mail]):
        if v is not None:
            ws[f"{c}{r}"] = v
        ws[f"{c}{r}"].border = box
        ws[f"{c}{r}"].alignment = wrap
        if c != "B":
            ws[f"{c}{r}"].fill = yellow
    ws.row_dimensions[r].height = 22

r += 2
ws[f"A{r}"] = "(9)"
ws[f"B{r}"] = "確認事項（はい・いいえで回答）"
ws[f"B{r}"].font = Font(bold=True)
r += 1
for c, t in zip("BCD", ["確認内容", "", "回答"]):
    ws[f"{c}{r}"].fill = head
    ws[f"{c}{r}"].border = box
ws[f"B{r}"] = "確認内容"
ws[f"D{r}"] = "回答"
ws.merge_cells(f"B{r}:C{r}")
decl_rows = []
for q, a in [
    ("令和6年度に本事業の支援を受けていない", "はい"),
    ("電子カルテシステムを導入している", "はい"),
    ("令和8年1月までに現地調査を完了できる", "はい"),
]:
    r += 1
    decl_rows.append(r)
    ws[f"B{r}"] = q
    ws.merge_cells(f"B{r}:C{r}")
    ws[f"D{r}"] = a
    ws[f"D{r}"].alignment = center
    ws[f"D{r}"].fill = yellow
    for c in "BCD":
        ws[f"{c}{r}"].border = box

ws.page_setup.orientation = "portrait"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 0
wb.active = 1

tmp = tempfile.mkdtemp()
src = os.path.join(tmp, NAME)
wb.save(src)
outdir = os.path.join(tmp, "lo")
os.makedirs(outdir)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, src],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME), OUT)
shutil.rmtree(tmp)
print(OUT, "contacts", contact_rows, "decl", decl_rows)
