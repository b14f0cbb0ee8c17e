# Generator: sr-w19-b-questionnaire-contact-table.xlsx
# Role: hospital 情報システム課 re-drawing the Kagawa reply form as an Excel questionnaire
# (No. | 項目 | 回答 | 記入上の注意) with the contacts as a separate horizontal table (with a labelled 記入例 row).
# Planted: wrong check digit in 医療機関コード; 担当者② Mail アドレス left blank.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = "/work/blind/wave19/support-request"
NAME = "sr-w19-b-questionnaire-contact-table"
SHEET = "支援希望回答"

wb = Workbook()
ws = wb.active
ws.title = SHEET
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
W = Alignment(vertical="center", wrap_text=True)
hdr = PatternFill("solid", fgColor="DDEBF7")
ex = PatternFill("solid", fgColor="EDEDED")

for col, w in zip("ABCDE", (6, 30, 34, 22, 32)):
    ws.column_dimensions[col].width = w

ws["A1"] = "医療機関におけるサイバーセキュリティ確保事業　支援の希望調査　回答様式"
ws["A1"].font = Font(size=14, bold=True)
ws["A2"] = "回答期限：令和7年2月28日（金）　送付先：香川県医務国保課医療企画G（FAX 087-806-0248）"
ws["A3"] = "当病院は、当該事業の支援を希望します。"
ws["A3"].font = Font(bold=True)

for c, h in zip("ABCD", ("No.", "項目", "回答", "記入上の注意")):
    ws[c + "5"] = h; ws[c + "5"].fill = hdr; ws[c + "5"].font = Font(bold=True); ws[c + "5"].border = B

qa = [
    (1, "医療機関コード（10桁）", "37-1-05-0612-3", "都道府県番号から検証番号まで"),
    (2, "病院名（正式名称）", "社会医療法人 讃岐会 丸亀さぬき病院", "法人名から正式名称で"),
    (3, "郵便番号", 7630034, ""),
    (4, "住所", "香川県丸亀市大手町一丁目3番7号", ""),
    (5, "電話番号", "0877-22-5180", "代表番号"),
    (6, "サイバーセキュリティ調査における回答データの活用の可否（※）", "可 ・ ○不可", "どちらかに○"),
    (7, "備考", "現地調査は令和7年5月以降の平日を希望します。", ""),
]
r = 6
for no, item, ans, note in qa:
    for c, v in zip("ABCD", (no, item, ans, note)):
        cell = ws[f"{c}{r}"]
        cell.value = v; cell.border = B; cell.alignment = W
    ws.row_dimensions[r].height = 30
    r += 1
# r == 13
ws["A14"] = 8
ws["B14"] = "担当者（①②は必須、③は任意）"
ws["B14"].font = Font(bold=True)
for c, h in zip("BCDE", ("区分", "所属・役職", "氏名", "Mail アドレス")):
    ws[c + "15"] = h; ws[c + "15"].fill = hdr; ws[c + "15"].font = Font(bold=True); ws[c + "15"].border = B
rows = [
    ("記入例", "事務部 情報システム課 係長", "香川 太郎", "taro.kagawa@example.jp"),
    ("担当者①【必須】", "事務部 情報システム課 課長", "真鍋 浩二", "k.manabe@marugame-sanuki.or.jp"),
    ("担当者②【必須】", "看護部 副看護部長", "川田 由美", None),
    ("担当者③", None, None, None),
]
r = 16
for row in rows:
    for c, v in zip("BCDE", row):
        cell = ws[f"{c}{r}"]
        cell.value = v; cell.border = B; cell.alignment = W
        if row[0] == "記入例":
            cell.fill = ex; cell.font = Font(italic=True, color="808080")
    ws.row_dimensions[r].height = 22
    r += 1
ws["B21"] = ("※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」"
             "により実施した実態調査の回答内容を当該事業でも活用する可能性があります。ご了解いただける場合は「可」、"
             "ご了解いただけない場合は「不可」としてください。")
ws.merge_cells("B21:E23")
ws["B21"].alignment = Alignment(wrap_text=True, vertical="top")
ws["B21"].font = Font(size=9)
ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
wb.save(os.path.join(OUT, NAME + ".xlsx"))

expected = {
    "form": "support-request",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "hospitalCode": "3710506123",
        "hospitalName": "社会医療法人 讃岐会 丸亀さぬき病院",
        "postalCode": "763-0034",
        "address": "香川県丸亀市大手町一丁目3番7号",
        "phoneNumber": "0877-22-5180",
        "contact1.department": "事務部 情報システム課 課長",
        "contact1.name": "真鍋 浩二",
        "contact1.email": "k.manabe@marugame-sanuki.or.jp",
        "contact2.department": "看護部 副看護部長",
        "contact2.name": "川田 由美",
        "dataUse": "不可",
        "remarks": "現地調査は令和7年5月以降の平日を希望します。",
    },
    "planted": [
        {"cells": [SHEET + "!C6"], "paths": ["hospitalCode"],
         "why": "検証番号の誤り: 37-1-05-0612 の検証番号は 6（3710506126）だが 3 と記入されている"},
        {"cells": [SHEET + "!E18"], "paths": ["contact2.email"],
         "why": "担当者②【必須】の Mail アドレスが空欄（①②は所属・役職、氏名、Mail アドレスの3項目すべて必須）"},
    ],
    "notes": "医療機関コード written with hyphens '37-1-05-0612-3' (wrong check digit, planted). 郵便番号 typed as the "
             "number 7630034 (no hyphen) -> 763-0034. 活用の可否 answered '可 ・ ○不可' (mark before the chosen option) "
             "-> 不可. Contacts table row 16 is a grey, correctly labelled 記入例 row and must be ignored. 担当者③ row 19 "
             "is entirely blank (allowed).",
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
