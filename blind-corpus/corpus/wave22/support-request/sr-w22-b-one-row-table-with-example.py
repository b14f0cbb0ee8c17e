# Generator: sr-w22-b-one-row-table-with-example.xlsx (prefecture's 取りまとめ-style one-row table,
# two-row merged headers, labelled 記入例 row, 記入要領 sheet; saved by openpyxl)
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.utils import get_column_letter

def luhn(d9):
    s = 0
    for i, ch in enumerate(reversed(d9)):
        p = int(ch) * (2 if i % 2 == 0 else 1)
        s += p // 10 + p % 10
    return str((10 - s % 10) % 10)

assert luhn("341071236") == "2" and luhn("011011371") == "9"
CODE9 = "371051357"
GOOD = luhn(CODE9)
BAD = str((int(GOOD) + 3) % 10)          # planted: wrong check digit
CODE = CODE9 + BAD

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "sr-w22-b-one-row-table-with-example"
wb = Workbook()
guide = wb.active
guide.title = "記入要領"
lines = [
    "「医療機関におけるサイバーセキュリティ確保事業」支援の希望調査　記入要領",
    "",
    "１．支援を希望する病院のみ、「回答様式」シートの5行目（回答欄）に入力してください。4行目は記入例です（消さずにそのままで結構です）。",
    "２．医療機関コードは10桁で入力してください。",
    "３．担当者①・②は必須です。担当者③は任意ですが、記入する場合は所属・役職、氏名、Mailアドレスをすべて入力してください。",
    "４．回答データの活用の可否は「可」又は「不可」を入力してください。",
    "５．対象要件（令和6年度未支援、電子カルテ導入済み、令和8年1月までに現地調査完了可）は「はい」「いいえ」で入力してください。",
    "６．令和7年2月28日（金）までにFAX（087-806-0248）で提出してください（本ファイルをメールで送付いただいても構いません）。",
    "",
    "問合せ先：香川県健康福祉部医務国保課医療企画G　TEL 087-832-3319",
]
for i, t in enumerate(lines, 1):
    guide.cell(i, 1, t)
guide["A1"].font = Font(bold=True, size=12)
guide.column_dimensions["A"].width = 120

ws = wb.create_sheet("回答様式")
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)
hdr_fill = PatternFill("solid", fgColor="DDEBF7")
ex_fill = PatternFill("solid", fgColor="EDEDED")

ws["A1"] = "「医療機関におけるサイバーセキュリティ確保事業」における支援の希望調査に係る回答様式　（当病院は、当該事業の支援を希望します。）"
ws["A1"].font = Font(bold=True, size=12)

singles = ["医療機関コード", "病院名（正式名称）", "郵便番号", "住所", "電話番号"]
col = 2
for s in singles:
    ws.cell(2, col, s); ws.merge_cells(start_row=2, start_column=col, end_row=3, end_column=col); col += 1
for grp in ["担当者①【必須】", "担当者②【必須】", "担当者③"]:
    ws.cell(2, col, grp); ws.merge_cells(start_row=2, start_column=col, end_row=2, end_column=col + 2)
    for k, sub in enumerate(["所属・役職", "氏名", "Mailアドレス"]):
        ws.cell(3, col + k, sub)
    col += 3
ws.cell(2, col, "回答データの活用の可否(※)\n（可／不可）"); ws.merge_cells(start_row=2, start_column=col, end_row=3, end_column=col); col += 1
ws.cell(2, col, "対象要件の確認（はい／いいえ）"); ws.merge_cells(start_row=2, start_column=col, end_row=2, end_column=col + 2)
for k, sub in enumerate(["令和6年度に支援を受けていない", "電子カルテを導入している", "令和8年1月までに現地調査を完了できる"]):
    ws.cell(3, col + k, sub)
col += 3
ws.cell(2, col, "備考"); ws.merge_cells(start_row=2, start_column=col, end_row=3, end_column=col)
last = col
ws.cell(2, 1, "区分"); ws.merge_cells("A2:A3")

example = ["記入例", "3710112345", "香川県立○○病院", "760-0000", "香川県高松市○○町1-1", "087-000-0000",
           "事務局 総務課 課長", "香川　太郎", "taro@example.jp",
           "情報システム課 主任", "讃岐　花子", "hanako@example.jp",
           "", "", "", "可", "はい", "はい", "はい", "（必要に応じて記入）"]
answer = ["回答", CODE, "医療法人　讃和会　まんのう記念病院", "766-0021", "香川県仲多度郡まんのう町四條５５０－１",
          "0877-75-3300",
          "事務長", "真鍋　浩二", "manabe@sanwakai-hp.jp",
          "総務課　システム担当", "香西　美咲", "kozai@sanwakai-hp.jp",
          "", "池田　翔", "",                                  # planted: 担当者③ only the name
          "不可", "はい", "はい", "はい",
          "電子カルテ：令和3年導入（ベンダー保守契約あり）"]
for c, v in enumerate(example, 1):
    cell = ws.cell(4, c, v); cell.fill = ex_fill; cell.font = Font(color="808080")
for c, v in enumerate(answer, 1):
    if v != "":
        ws.cell(5, c, v)
for r in range(2, 6):
    for c in range(1, last + 1):
        cell = ws.cell(r, c)
        cell.border = box
        cell.alignment = center if r < 4 else wrap
        if r < 4:
            cell.fill = hdr_fill; cell.font = Font(bold=True, size=9)
widths = [7, 13, 26, 10, 30, 13, 16, 12, 26, 16, 12, 26, 14, 12, 22, 12, 12, 12, 14, 30]
for i, w in enumerate(widths, 1):
    ws.column_dimensions[get_column_letter(i)].width = w
ws.row_dimensions[3].height = 42
ws.row_dimensions[5].height = 30
ws["A7"] = "※ 国が令和6年1月31日付け事務連絡により実施した病院におけるサイバーセキュリティ対策の実態調査の回答内容を、当該事業で活用させていただく可能性があります。ご了解いただける場合は「可」、ご了解いただけない場合は「不可」と記載してください。"
ws["A8"] = "※ 令和6年度に支援を受けた病院、電子カルテシステムを導入していない病院、令和8年1月までに現地調査を完了できない病院は対象外です。"
ws.freeze_panes = "B4"
wb.active = 1
wb.save(os.path.join(OUT, NAME + ".xlsx"))
print(CODE, "correct would be", CODE9 + GOOD)
