#!/usr/bin/python3
"""sr-w15-b: a prefecture's file-return version of the support-request survey: an
instructions sheet, the answer as ONE horizontal row under a two-row header with a
labelled 記入例 row above it, a hidden choices sheet; re-saved by LibreOffice.
Planted: wrong check digit in 医療機関コード; 担当者② Mail アドレス left blank."""
import os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

NAME = "sr-w15-b-one-row-table-with-example"

def luhn(nine):
    s = 0
    for i, d in enumerate(reversed([int(c) for c in nine])):
        p = d * (2 if i % 2 == 0 else 1)
        s += p // 10 + p % 10
    return str((10 - s % 10) % 10)

BASE = "381213579"
GOOD = luhn(BASE)
BAD = str((int(GOOD) + 3) % 10)          # planted: wrong check digit
CODE_WRITTEN = "%s-%s-%s-%s-%s" % (BASE[0:2], BASE[2], BASE[3:5], BASE[5:9], BAD)

wb = Workbook()
ins = wb.active
ins.title = "記入要領"
lines = [
    "【記入要領】「医療機関におけるサイバーセキュリティ確保事業」支援希望調査",
    "",
    "１　令和７年度に当該事業の支援を希望する病院のみ、「回答」シートの「回答」行（８行目）に記入してください。",
    "２　７行目は記入例です。消さずにそのまま提出して構いません（集計対象外）。",
    "３　医療機関コードは10桁（都道府県番号２桁＋点数表番号１桁＋郡市区番号２桁＋医療機関番号４桁＋検証番号１桁）で記入してください。",
    "４　担当者①・②は必須です（所属・役職、氏名、Mailアドレスすべて）。担当者③は任意です。",
    "５　回答データの活用の可否は、プルダウンから「可」又は「不可」を選択してください。",
    "６　令和６年度に支援を受けた病院、電子カルテシステムを導入していない病院、電子カルテシステムの更改のため",
    "　　令和８年１月までに現地調査を完了できない病院は対象外です。該当しないことを確認し、確認欄に○を付けてください。",
    "７　提出期限：令和７年２月28日（金）　提出先：愛媛県保健福祉部 医療政策課（メールにて提出）",
]
for i, t in enumerate(lines, 1):
    ins.cell(i, 1, t)
ins["A1"].font = Font(bold=True, size=12)
ins.column_dimensions["A"].width = 120

ws = wb.create_sheet("回答")
opt = wb.create_sheet("選択肢")
for i, v in enumerate(["可", "不可"], 1):
    opt.cell(i, 1, v)
for i, v in enumerate(["○", "×"], 1):
    opt.cell(i, 2, v)
opt.sheet_state = "hidden"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr_fill = PatternFill("solid", fgColor="DDEBF7")
ex_fill = PatternFill("solid", fgColor="EDEDED")
c_al = Alignment(horizontal="center", vertical="center", wrap_text=True)
w_al = Alignment(vertical="center", wrap_text=True)

ws["A1"] = "令和７年度「医療機関におけるサイバーセキュリティ確保事業」支援希望調査　回答票"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "当病院は、当該事業の支援を希望します。"
ws["A2"].font = Font(bold=True)
ws["A3"] = "（提出先：愛媛県保健福祉部医療政策課　提出期限：令和７年２月28日（金））"

single = {1: "区分", 2: "医療機関コード\n（10桁）", 3: "病院名（正式名称）", 4: "郵便番号", 5: "住所",
          6: "電話番号", 16: "回答データの活用の可否(※)\n（可／不可）", 20: "備考"}
for col, t in single.items():
    ws.cell(5, col, t)
    ws.merge_cells(start_row=5, start_column=col, end_row=6, end_column=col)
groups = [(7, "担当者①【必須】"), (10, "担当者②【必須】"), (13, "担当者③")]
for col, t in groups:
    ws.cell(5, col, t)
    ws.merge_cells(start_row=5, start_column=col, end_row=5, end_column=col + 2)
    for k, sub in enumerate(["所属・役職", "氏名", "Mailアドレス"]):
        ws.cell(6, col + k, sub)
ws.cell(5, 17, "対象要件の確認（該当する場合は○）")
ws.merge_cells(start_row=5, start_column=17, end_row=5, end_column=19)
ws.cell(6, 17, "令和6年度に本事業の支援を受けていない")
ws.cell(6, 18, "電子カルテシステムを導入している")
ws.cell(6, 19, "令和8年1月までに現地調査を完了できる")
for r in (5, 6):
    for c in range(1, 21):
        cell = ws.cell(r, c)
        cell.border = box
        cell.fill = hdr_fill
        cell.alignment = c_al
        cell.font = Font(bold=True, size=9)
ws.row_dimensions[6].height = 48

example = ["記入例", "38-1-01-0000-0", "医療法人○○会　○○病院", "790-0000", "愛媛県松山市○○町1丁目2番3号",
           "089-000-0000", "事務部 情報システム課 課長", "愛媛 太郎", "taro@example.jp",
           "事務部 総務課 主任", "松山 花子", "hanako@example.jp", "", "", "", "可", "○", "○", "○",
           "（任意）連絡事項等"]
answer = ["回答", CODE_WRITTEN, "社会医療法人　石鎚会　西条さくら病院", "7930030", "愛媛県西条市大町1234番地1",
          "0897-56-7788", "医事課 係長", "高橋 美咲", "misaki.takahashi@saijo-sakura.or.jp",
          "院長補佐（情報システム担当）", "村上 聡", None,            # planted: ② Mail left blank
          None, None, None, "不可", "○", "○", "○",
          "現地調査は土日祝を除く日程を希望します。"]
for c, v in enumerate(example, 1):
    cell = ws.cell(7, c, v if v != "" else None)
    cell.border = box
    cell.fill = ex_fill
    cell.font = Font(italic=True, color="808080", size=9)
    cell.alignment = w_al
for c, v in enumerate(answer, 1):
    cell = ws.cell(8, c, v)
    cell.border = box
    cell.alignment = w_al
    cell.number_format = "@"
ws.row_dimensions[8].height = 36

widths = [7, 16, 24, 10, 26, 13, 18, 11, 26, 18, 11, 26, 14, 10, 14, 12, 12, 12, 12, 24]
for i, w in enumerate(widths, 1):
    ws.column_dimensions[ws.cell(1, i).column_letter].width = w

dv = DataValidation(type="list", formula1="=選択肢!$A$1:$A$2", allow_blank=True)
ws.add_data_validation(dv)
dv.add("P8")
dv2 = DataValidation(type="list", formula1="=選択肢!$B$1:$B$2", allow_blank=True)
ws.add_data_validation(dv2)
dv2.add("Q8:S8")

ws["A10"] = ("※ 国が令和6年1月31日付け事務連絡により実施した病院におけるサイバーセキュリティ対策の実態調査の回答内容を"
             "当該事業でも活用させていただく可能性があります。ご了解いただける場合は「可」、ご了解いただけない場合は「不可」を選択してください。")
ws["A10"].font = Font(size=9)
ws.freeze_panes = "B7"
wb.active = 1

tmpdir = tempfile.mkdtemp()
src = os.path.join(tmpdir, NAME + ".xlsx")
wb.save(src)
# re-save through LibreOffice (as a prefecture office PC would)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", tmpdir + "/out", src],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(tmpdir, "out", NAME + ".xlsx"), NAME + ".xlsx")
shutil.rmtree(tmpdir)
print("written code", CODE_WRITTEN, "correct check", GOOD)
