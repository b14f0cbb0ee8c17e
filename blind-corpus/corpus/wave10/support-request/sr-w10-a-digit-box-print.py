#!/usr/bin/python3
# Generator for sr-w10-a-digit-box-print.xlsx (support-request, clean: no planted problem)
# Role: hospital 事務部 clerk who redrew Kagawa's 回答様式 as a two-page print/FAX sheet.
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font
from openpyxl.worksheet.pagebreak import Break

OUT = "/work/blind/wave10/support-request"
NAME = "sr-w10-a-digit-box-print.xlsx"

wb = Workbook()
ws = wb.active
ws.title = "回答様式"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
f_title = Font(name="ＭＳ 明朝", size=13, bold=True)
f_body = Font(name="ＭＳ 明朝", size=10.5)
f_small = Font(name="ＭＳ 明朝", size=8)

ws.column_dimensions["A"].width = 2
for c in "BC":
    ws.column_dimensions[c].width = 7
ws.column_dimensions["D"].width = 13
for c in "EFGHIJKLMN":
    ws.column_dimensions[c].width = 5.2
ws.column_dimensions["O"].width = 2

def put(ref, val, font=f_body, align=wrap, merge=None, border=False):
    ws[ref] = val
    ws[ref].font = font
    ws[ref].alignment = align
    if merge:
        ws.merge_cells(merge)
    if border:
        if merge:
            for row in ws[merge]:
                for c in row:
                    c.border = box
        else:
            ws[ref].border = box

# ---------- page 1 ----------
put("B1", "（別紙）")
put("N1", "1/2", align=Alignment(horizontal="right"))
put("B2", "送付先：香川県医務国保課医療企画Ｇ 宛（ＦＡＸ ０８７－８０６－０２４８）", merge="B2:N2")
put("B4", "「医療機関におけるサイバーセキュリティ確保事業」における支援の\n希望調査に係る回答様式",
    font=f_title, align=center, merge="B4:N5")
ws.row_dimensions[4].height = 22
ws.row_dimensions[5].height = 22
put("I6", "回答日：令和７年２月１９日", align=Alignment(horizontal="right"), merge="I6:N6")
put("B7", "当病院は、当該事業の支援を希望します。", merge="B7:N7")

# 医療機関コード: one digit per box (E..N)
put("B9", "医療機関コード", merge="B9:D9", border=True)
code = "3710123450"
for i, ch in enumerate(code):
    col = "EFGHIJKLMN"[i]
    put(f"{col}9", ch, align=center, border=True)
ws.row_dimensions[9].height = 24
put("E10", "（都道府県2桁・点数表1桁・郡市区2桁・医療機関番号4桁・検証番号1桁）", font=f_small,
    merge="E10:N10")

def field(row, label, value, height=24):
    put(f"B{row}", label, merge=f"B{row}:D{row}", border=True)
    put(f"E{row}", value, merge=f"E{row}:N{row}", border=True)
    ws.row_dimensions[row].height = height

field(11, "病院名\n（正式名称）", "医療法人社団　讃光会　さぬき中央病院", 30)
field(12, "郵便番号", "〒７６９－２３２１")
field(13, "住所", "香川県さぬき市寒川町石田東甲８１４番地１")
field(14, "電話番号", "０８７９－４３－２５２１")

def contact(r0, label, dept, name, mail):
    put(f"B{r0}", label, align=center, merge=f"B{r0}:C{r0+2}", border=True)
    for k, (sub, val) in enumerate([("所属・役職", dept), ("氏名", name), ("Mail アドレス", mail)]):
        r = r0 + k
        put(f"D{r}", sub, border=True)
        put(f"E{r}", val, merge=f"E{r}:N{r}", border=True)
        ws.row_dimensions[r].height = 20

contact(15, "担当者①\n【必須】", "事務部 情報システム課　課長", "大西　健一", "k-onishi@sanuki-chuo.example.jp")
contact(18, "担当者②\n【必須】", "医療情報管理室　主任", "香西　美穂", "m-kozai@sanuki-chuo.example.jp")
contact(21, "担当者③", "事務部長", "三好　隆", "t-miyoshi@sanuki-chuo.example.jp")

# 活用の可否: a ○ in the box before the chosen option
put("B24", "サイバーセキュリティ調査における\n回答データの活用の可否（※）", merge="B24:D24", border=True)
ws.row_dimensions[24].height = 36
put("E24", "○", align=center, border=True)
put("F24", "可", align=center, merge="F24:G24", border=True)
put("H24", None, align=center, border=True)
put("I24", "不可", align=center, merge="I24:J24", border=True)
put("K24", "（いずれかの□に○）", font=f_small, merge="K24:N24", border=True)

put("B25", "備考", align=center, merge="B25:D27", border=True)
put("E25", "電子カルテ：平成３０年４月導入（現行システム）\n現地調査は平日午後を希望します。",
    merge="E25:N27", border=True)

put("B29", "※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」"
    "により実施した実態調査の回答内容を当該事業でも活用させていただく可能性があり、ご了解いただける場合は「可」と、"
    "ご了解いただけない場合は「不可」と記載してください。", font=f_small, merge="B29:N31")

ws.row_breaks.append(Break(id=32))

# ---------- page 2 (header repeated by hand) ----------
put("N33", "2/2", align=Alignment(horizontal="right"))
put("B34", "「医療機関におけるサイバーセキュリティ確保事業」支援希望調査　回答様式（つづき）",
    font=Font(name="ＭＳ 明朝", size=11, bold=True), align=center, merge="B34:N34")
put("B35", "病院名：医療法人社団　讃光会　さぬき中央病院", merge="B35:N35")
put("B37", "【対象要件の確認】該当する欄に「レ」を記入してください。", merge="B37:N37")
put("B38", "はい", align=center, border=True)
put("C38", "いいえ", align=center, border=True)
put("D38", "確認事項", align=center, merge="D38:N38", border=True)
items = [
    "令和６年度に本事業（国の受託事業者による支援）を受けていない",
    "電子カルテシステムを導入している",
    "令和８年１月までに現地調査を完了できる\n（電子カルテシステム更改の予定なし）",
]
for k, text in enumerate(items):
    r = 39 + k
    put(f"B{r}", "レ", align=center, border=True)
    put(f"C{r}", None, align=center, border=True)
    put(f"D{r}", text, merge=f"D{r}:N{r}", border=True)
    ws.row_dimensions[r].height = 30
put("B43", "※ いずれかが「いいえ」の場合は本事業の対象外となります（県通知による）。", font=f_small, merge="B43:N43")

ws.print_area = "A1:O44"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_options.horizontalCentered = True

wb.save(os.path.join(OUT, NAME))
print("wrote", NAME)
