#!/usr/bin/python3
# Generator: sr-w12-b-questionnaire-contact-table.xlsx  (support-request, 2 planted problems)
# Role: a small Kagawa hospital's 総務課 clerk who rebuilt the 回答様式 as a No.|設問|回答 questionnaire
# (with a 記入要領 sheet, a hidden list sheet for the drop-downs, a contact table with a labelled 記入例 row),
# then re-saved the file with LibreOffice.
import json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave12/support-request"
NAME = "sr-w12-b-questionnaire-contact-table"

def luhn(n9):
    s = 0
    for i, ch in enumerate(reversed(n9)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return (10 - s % 10) % 10

true_check = luhn("371110432")
wrong_check = (true_check + 3) % 10          # planted: a mistyped check digit
code7_written = "110432" + str(wrong_check)    # 7-digit form (郡市区 11 + 番号 0432 + 検証)
code10_as_written = "371" + code7_written

wb = Workbook()
ins = wb.active
ins.title = "記入要領"
ins.column_dimensions["A"].width = 100
lines = [
    "【記入要領】支援の希望調査に係る回答様式",
    "1. 「回答様式」シートの黄色の欄に記入してください。",
    "2. 医療機関コードは7桁（郡市区番号＋医療機関番号＋検証番号）で記入してください。",
    "3. 担当者は①②が必須、③は任意です。③を記入する場合は3項目すべて記入してください。",
    "4. 回答データの活用の可否、確認事項はプルダウンから選択してください。",
    "5. 記入後、印刷してFAX（087-806-0248）で送付してください。",
]
for i, t in enumerate(lines, 1):
    ins.cell(row=i, column=1, value=t).font = Font(bold=(i == 1))

ws = wb.create_sheet("回答様式")
lst = wb.create_sheet("list")
for i, v in enumerate(["可", "不可"], 1):
    lst.cell(row=i, column=1, value=v)
for i, v in enumerate(["はい", "いいえ"], 1):
    lst.cell(row=i, column=2, value=v)
lst.sheet_state = "hidden"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
yellow = PatternFill("solid", fgColor="FFF2CC")
head = PatternFill("solid", fgColor="D9E1F2")
for col, w in {"A": 6, "B": 40, "C": 24, "D": 16, "E": 34}.items():
    ws.column_dimensions[col].width = w

ws["A1"] = "「医療機関におけるサイバーセキュリティ確保事業」における支援の希望調査に係る回答様式"
ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = "当病院は、当該事業の支援を希望します。"
ws["A2"].font = Font(bold=True)

def hdr(r, labels):
    for j, t in enumerate(labels):
        c = ws.cell(row=r, column=1 + j, value=t)
        c.fill = head; c.border = box; c.font = Font(bold=True); c.alignment = wrap

hdr(4, ["No.", "設問（記入項目）", "回答", None, "備考（記入上の注意）"])
ws.merge_cells("C4:D4")

q1 = [
    (5, "1", "医療機関コード（7桁）", code7_written, "郡市区番号2桁＋医療機関番号4桁＋検証番号1桁"),
    (6, "2", "病院名（正式名称）", "医療法人 白鳥会 みなと病院", "略称不可"),
    (7, "3", "郵便番号", "7630034", "ハイフンなしで可"),
    (8, "4", "住所", "香川県丸亀市大手町一丁目5番8号", None),
    (9, "5", "電話番号", "0877-24-6610", "代表番号"),
    (10, "6", "担当者", "下表「担当者一覧」に記入", "①②は必須"),
]
def qrow(r, no, q, a, note):
    ws.cell(row=r, column=1, value=no)
    ws.cell(row=r, column=2, value=q)
    ws.cell(row=r, column=3, value=a).fill = yellow
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
    ws.cell(row=r, column=5, value=note)
    for j in range(1, 6):
        ws.cell(row=r, column=j).border = box
        ws.cell(row=r, column=j).alignment = wrap
for t in q1:
    qrow(*t)

q2 = [
    (11, "7", "サイバーセキュリティ調査における回答データの活用の可否（※）", "不可", "可・不可から選択"),
    (12, "8", "（確認）令和6年度に本事業の支援を受けていない", "はい", None),
    (13, "9", "（確認）電子カルテシステムを導入している", "はい（令和3年4月導入）", None),
    (14, "10", "（確認）令和8年1月までに現地調査を完了できる（電子カルテ更改予定なし）", "はい", None),
    (15, "11", "備考", "担当者②は3月末で異動予定のため、\n4月以降は担当者①へご連絡ください。", None),
]
for t in q2:
    qrow(*t)
ws.row_dimensions[15].height = 34
ws["A16"] = ("※ 国の「病院における医療情報システムのサイバーセキュリティ対策に係る調査」で回答いただいた内容を当該事業でも活用させていただく"
             "可能性があります。ご了解いただける場合は「可」、ご了解いただけない場合は「不可」と記載してください。")
ws["A16"].alignment = Alignment(wrap_text=True, vertical="top")
ws.merge_cells("A16:E16")
ws.row_dimensions[16].height = 30

# second table on the same sheet: 担当者一覧
ws["A18"] = "■ 担当者一覧"
ws["A18"].font = Font(bold=True)
hdr(19, ["区分", "所属・役職", "氏名", None, "Mail アドレス"])
ws.merge_cells("C19:D19")
contacts = [
    (20, "記入例", "○○課 係長", "香川 太郎", "kagawa-taro@example.jp"),
    (21, "①【必須】", "総務課 課長補佐", "真鍋 亮介", "manabe@minato-hp.example.jp"),
    (22, "②【必須】", "医事課 システム担当", "三好 さおり", None),          # planted: Mail missing
    (23, "③", "看護部 看護師長", "宮武 紀子", "miyatake@minato-hp.example.jp"),
]
for r, k, dep, nm, em in contacts:
    ws.cell(row=r, column=1, value=k)
    ws.cell(row=r, column=2, value=dep)
    ws.cell(row=r, column=3, value=nm)
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
    ws.cell(row=r, column=5, value=em)
    for j in range(1, 6):
        ws.cell(row=r, column=j).border = box
        ws.cell(row=r, column=j).alignment = wrap
        if r == 20:
            ws.cell(row=r, column=j).font = Font(color="808080", italic=True)
        elif j > 1:
            ws.cell(row=r, column=j).fill = yellow

dv1 = DataValidation(type="list", formula1="list!$A$1:$A$2", allow_blank=True)
dv2 = DataValidation(type="list", formula1="list!$B$1:$B$2", allow_blank=True)
ws.add_data_validation(dv1); ws.add_data_validation(dv2)
dv1.add("C11"); dv2.add("C12"); dv2.add("C14")   # C13 was typed over by hand
wb.active = 1
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.print_area = "A1:E23"

tmpd = tempfile.mkdtemp(dir=OUT)
src = os.path.join(tmpd, NAME + ".xlsx")
wb.save(src)
outd = os.path.join(tmpd, "lo")
os.makedirs(outd)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outd, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.move(os.path.join(outd, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
shutil.rmtree(tmpd)

expected = {
    "form": "support-request",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "hospitalCode": code10_as_written,
        "hospitalName": "医療法人 白鳥会 みなと病院",
        "postalCode": "763-0034",
        "address": "香川県丸亀市大手町一丁目5番8号",
        "phoneNumber": "0877-24-6610",
        "contact1": {"department": "総務課 課長補佐", "name": "真鍋 亮介", "email": "manabe@minato-hp.example.jp"},
        "contact2": {"department": "医事課 システム担当", "name": "三好 さおり"},
        "contact3": {"department": "看護部 看護師長", "name": "宮武 紀子", "email": "miyatake@minato-hp.example.jp"},
        "dataUse": "不可",
        "remarks": "担当者②は3月末で異動予定のため、\n4月以降は担当者①へご連絡ください。",
        "notSupportedBefore": "はい",
        "hasEhr": "はい",
        "surveyFeasible": "はい",
    },
    "planted": [
        {"cells": ["回答様式!C5"], "paths": ["hospitalCode"],
         "why": f"医療機関コード check digit is wrong: 7-digit {code7_written} (Kagawa 37, 医科 1 → {code10_as_written}); Luhn over 371110432 gives {true_check}, not {wrong_check}"},
        {"cells": ["回答様式!E22"], "paths": ["contact2.email"],
         "why": "担当者②【必須】 has no Mail アドレス (①② must be complete: 所属・役職, 氏名, Mail)"},
    ],
    "notes": ("Questionnaire layout No.|設問|回答 on sheet 回答様式 (answers in merged C:D), with the contacts in a second table (rows 19-23) on the same sheet. "
              "Row 20 is a correctly labelled 記入例 (grey) and must be ignored. Only the 7-digit code was written (C5) — hospitalCode is its 10-digit expansion "
              "with Kagawa 37 and 点数表番号 1, check digit kept as written (wrong on purpose). 郵便番号 written without hyphen (7630034). "
              "Q9 answer 'はい（令和3年4月導入）' = はい with a note. Declarations Q8-Q10 are phrased positively to match the keys. "
              "Sheets: 記入要領 (instructions), 回答様式, hidden 'list' (drop-down source). Re-saved by LibreOffice."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok", code10_as_written, "true check", true_check)
