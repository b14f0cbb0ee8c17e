#!/usr/bin/python3
# Generator for sr-w9-b-questionnaire-lo-example.xlsx
# Role: a hospital's 事務長 retyped the FAX form as a questionnaire (No. | 設問 | 回答 | 補足), kept the
# prefecture's 記入例 as a second sheet, a hidden list sheet for drop-downs, and saved the file with LibreOffice.
# Planted problems (3): wrong check digit in the 医療機関コード; 担当者② Mail アドレス left blank;
# 令和8年1月までに現地調査を完了できる answered いいえ (EHR replacement) -> not eligible.
import os
import shutil
import subprocess
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave9/support-request"
NAME = "sr-w9-b-questionnaire-lo-example.xlsx"
TMP = os.path.join(OUT, "_tmp_sr_b")

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
hdr_fill = PatternFill("solid", fgColor="DDEBF7")
ex_fill = PatternFill("solid", fgColor="FFF2CC")
FONT = "游ゴシック"


def build(ws, answers, title, fill=None):
    for col, w in zip("ABCD", (7, 46, 40, 34)):
        ws.column_dimensions[col].width = w
    ws["A1"] = title
    ws["A1"].font = Font(name=FONT, size=13, bold=True)
    ws.merge_cells("A1:D1")
    ws["A2"] = "当病院は、当該事業の支援を希望します。"
    ws["A2"].font = Font(name=FONT, size=11)
    ws.merge_cells("A2:D2")
    ws.append([])
    ws.append(["No.", "設問", "回答", "補足"])
    for c in ws[4]:
        c.font = Font(name=FONT, bold=True)
        c.fill = hdr_fill
        c.border = box
        c.alignment = Alignment(horizontal="center", vertical="center")
    for row in answers:
        ws.append(list(row))
        r = ws.max_row
        for c in ws[r]:
            c.border = box
            c.alignment = wrap
            c.font = Font(name=FONT, size=10.5)
            if fill:
                c.fill = fill
        ws.cell(row=r, column=1).alignment = Alignment(horizontal="center", vertical="center")
    ws.freeze_panes = "A5"


QUESTIONS = [
    ("1", "医療機関コード（10桁）"),
    ("2", "病院名（正式名称）"),
    ("3", "所在地（郵便番号・住所）"),
    ("4", "電話番号"),
    ("5-1", "担当者①【必須】　所属・役職"),
    ("5-2", "担当者①【必須】　氏名"),
    ("5-3", "担当者①【必須】　Mail アドレス"),
    ("6-1", "担当者②【必須】　所属・役職"),
    ("6-2", "担当者②【必須】　氏名"),
    ("6-3", "担当者②【必須】　Mail アドレス"),
    ("7-1", "担当者③（任意）　所属・役職"),
    ("7-2", "担当者③（任意）　氏名"),
    ("7-3", "担当者③（任意）　Mail アドレス"),
    ("8", "サイバーセキュリティ調査における回答データの活用の可否（可・不可）\n※国の令和6年1月31日付け実態調査の回答内容の活用"),
    ("9", "令和6年度に本事業の支援を受けていない（はい・いいえ）"),
    ("10", "電子カルテシステムを導入している（はい・いいえ）"),
    ("11", "電子カルテシステムの更改等がなく、令和8年1月までに現地調査を完了できる（はい・いいえ）"),
    ("12", "備考"),
]

real = [
    "37 1 03 0871 4",  # correct check digit would be 3 -> planted
    "社会医療法人 五色台記念病院",
    "〒762-0031\n香川県坂出市文京町一丁目３番２２号",
    "０８７７－４６－２２１５",
    "事務部 事務長",
    "綾田 博之",
    "h-ayata@goshikidai-mh.jp",
    "情報システム室 係長",
    "宮武 早紀",
    None,  # planted: required Mail アドレス missing
    "看護部 副看護部長",
    "真鍋 久美子",
    "k-manabe@goshikidai-mh.jp",
    "不可",
    "はい",
    "はい（R3.5 稼働）",
    "いいえ",
    "電子カルテシステムを令和7年11月～12月に更改予定です。\n調査時期についてご相談させてください。",
]
real_notes = [
    "", "", "", "代表", "", "", "", "", "", "", "", "", "",
    "院内決裁が間に合わないため", "", "", "令和7年11月に電子カルテ更改予定", "",
]
example = [
    "3710000000", "医療法人○○会 ○○病院", "〒760-0000\n香川県高松市○○町1番1号", "087-000-0000",
    "総務課 課長", "香川 太郎", "taro@example.jp", "情報システム室 主任", "高松 花子", "hanako@example.jp",
    "", "", "", "可", "はい", "はい", "はい", "",
]

wb = Workbook()
ws = wb.active
ws.title = "回答"
build(ws, [(q[0], q[1], a, n) for q, a, n in zip(QUESTIONS, real, real_notes)],
      "「医療機関におけるサイバーセキュリティ確保事業」支援の希望調査　回答様式")
ws.row_dimensions[7].height = 34
ws.row_dimensions[18].height = 44
ws.row_dimensions[22].height = 44

dv_ka = DataValidation(type="list", formula1="=リスト!$A$1:$A$2", allow_blank=True)
dv_yn = DataValidation(type="list", formula1="=リスト!$B$1:$B$2", allow_blank=True)
ws.add_data_validation(dv_ka)
ws.add_data_validation(dv_yn)
dv_ka.add("C18")
dv_yn.add("C19:C21")

ws2 = wb.create_sheet("記入例")
build(ws2, [(q[0], q[1], a, "") for q, a in zip(QUESTIONS, example)],
      "【記入例】支援の希望調査　回答様式（このシートは提出不要）", fill=ex_fill)

ws3 = wb.create_sheet("リスト")
for i, v in enumerate(["可", "不可"], start=1):
    ws3.cell(row=i, column=1, value=v)
for i, v in enumerate(["はい", "いいえ"], start=1):
    ws3.cell(row=i, column=2, value=v)
ws3.sheet_state = "hidden"

wb.active = 0
os.makedirs(TMP, exist_ok=True)
src = os.path.join(TMP, NAME)
wb.save(src)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, src],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.rmtree(TMP)
print("wrote", NAME, "(re-saved by LibreOffice)")
