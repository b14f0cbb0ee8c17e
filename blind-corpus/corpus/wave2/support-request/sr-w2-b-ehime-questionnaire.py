"""sr-w2-b: Ehime prefecture's own questionnaire version (No. | 設問 | 回答 | 記入上の注意), with a 記入要領 sheet,
dropdowns, a 7-digit hospital code, full-width phone digits, optional eligibility declarations, 担当者③ left
blank (allowed), and a COUNTA formula saved by openpyxl without a cached value.  No planted problems."""
import json, os, datetime
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

NAME = "sr-w2-b-ehime-questionnaire"
OUT = os.path.dirname(os.path.abspath(__file__))

def check_digit(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)

NINE = "381011023"            # 愛媛38 医科1 郡市区01 番号1023
CODE10 = NINE + check_digit(NINE)
CODE7 = CODE10[3:]             # what the hospital writes

REMARKS = "電子カルテ：平成29年導入（更改予定なし）\n連絡は担当者①へメールでお願いします。"
wb = Workbook()
guide = wb.active; guide.title = "記入要領"
lines = [
    "【記入要領】",
    "1. 「回答票」シートの黄色のセルに入力してください。",
    "2. 医療機関コードは7桁（郡市区番号2桁＋医療機関番号4桁＋検証番号1桁）で記入してください。",
    "3. 担当者①・②は必須です。担当者③は任意ですが、記入する場合は3項目すべて記入してください。",
    "4. 問9～問11は、支援の対象要件の確認です（いずれかが「いいえ」の場合は対象外となります）。",
    "5. 回答期限：令和7年2月28日（金）　提出先：愛媛県保健福祉部医療対策課（メール添付可）",
]
for i, t in enumerate(lines, 1):
    guide.cell(row=i, column=1, value=t)
guide.column_dimensions["A"].width = 100

ws = wb.create_sheet("回答票"); wb.active = 1
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
yellow = PatternFill("solid", fgColor="FFF2CC"); head = PatternFill("solid", fgColor="D9E1F2")
for col, w in {"A": 8, "B": 52, "C": 40, "D": 36}.items():
    ws.column_dimensions[col].width = w
ws["A1"] = "愛媛県 保健福祉部 医療対策課"
ws["A2"] = "医療機関におけるサイバーセキュリティ確保事業（令和7年度実施分） 支援希望調査票"
ws["A2"].font = Font(bold=True, size=13)
ws["B4"] = "回答日"; ws["C4"] = datetime.date(2025, 2, 19); ws["C4"].number_format = "yyyy/m/d"
for c, t in zip("ABCD", ["No.", "設問", "回答", "記入上の注意"]):
    ws[f"{c}6"] = t; ws[f"{c}6"].fill = head; ws[f"{c}6"].border = B; ws[f"{c}6"].font = Font(bold=True)

Q = [  # (No, question, answer, note)
    ("問1", "医療機関コード（7桁）", CODE7, "7桁・ハイフン不要"),
    ("問2", "病院名（正式名称）", "医療法人　石手会　道後ひまわり病院", "法人名から記入"),
    ("問3", "郵便番号", "〒790-0843", ""),
    ("問4", "所在地", "愛媛県松山市道後町二丁目8番12号", ""),
    ("問5", "代表電話番号", "０８９－９４３－７７０１", ""),
    ("問6-1", "担当者①（必須）　所属・役職", "医療情報管理室　主任", ""),
    ("問6-2", "担当者①（必須）　氏名", "渡部　拓也", ""),
    ("問6-3", "担当者①（必須）　メールアドレス", "t-watanabe@dogo-himawari.jp", ""),
    ("問7-1", "担当者②（必須）　所属・役職", "事務長", ""),
    ("問7-2", "担当者②（必須）　氏名", "越智　由美子", ""),
    ("問7-3", "担当者②（必須）　メールアドレス", "y-ochi@dogo-himawari.jp", ""),
    ("問8-1", "担当者③（任意）　所属・役職", None, "記入する場合は3項目すべて"),
    ("問8-2", "担当者③（任意）　氏名", None, ""),
    ("問8-3", "担当者③（任意）　メールアドレス", None, ""),
    ("問9", "令和6年度に本事業の支援を受けていない", "はい", "はい／いいえ"),
    ("問10", "電子カルテシステムを導入している", "はい", "はい／いいえ"),
    ("問11", "電子カルテシステムの更改等がなく、令和8年1月までに現地調査を完了できる", "はい", "はい／いいえ"),
    ("問12", "サイバーセキュリティ調査における回答データの活用の可否（※）", "不可", "可／不可"),
    ("問13", "備考", REMARKS, ""),
]
dv_yn = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
dv_ka = DataValidation(type="list", formula1='"可,不可"', allow_blank=True)
ws.add_data_validation(dv_yn); ws.add_data_validation(dv_ka)
r = 7
for no, q, a, note in Q:
    ws[f"A{r}"] = no; ws[f"B{r}"] = q; ws[f"D{r}"] = note
    if a is not None:
        ws[f"C{r}"] = a
    ws[f"C{r}"].fill = yellow
    for c in "ABCD":
        ws[f"{c}{r}"].border = B
        ws[f"{c}{r}"].alignment = Alignment(vertical="center", wrap_text=True)
    if no in ("問9", "問10", "問11"):
        dv_yn.add(f"C{r}")
    if no == "問12":
        dv_ka.add(f"C{r}")
    if no == "問13":
        ws.row_dimensions[r].height = 36
    r += 1
ws[f"A{r+1}"] = "（※）国の実態調査（令和6年1月31日付け事務連絡）で回答した内容を本事業で活用することについて、了解いただける場合は「可」。"
ws[f"B{r+3}"] = "入力済み項目数（自動計算）"
ws[f"C{r+3}"] = f"=COUNTA(C7:C{r-1})"      # no cached value (openpyxl)
ws.freeze_panes = "A7"
wb.save(os.path.join(OUT, NAME + ".xlsx"))

exp = {
    "form": "support-request", "version": "R6", "file": NAME + ".xlsx",
    "values": {
        "hospitalCode": CODE10,
        "hospitalName": "医療法人　石手会　道後ひまわり病院",
        "postalCode": "790-0843",
        "address": "愛媛県松山市道後町二丁目8番12号",
        "phoneNumber": "089-943-7701",
        "contact1.department": "医療情報管理室　主任", "contact1.name": "渡部　拓也", "contact1.email": "t-watanabe@dogo-himawari.jp",
        "contact2.department": "事務長", "contact2.name": "越智　由美子", "contact2.email": "y-ochi@dogo-himawari.jp",
        "notSupportedBefore": "はい", "hasEhr": "はい", "surveyFeasible": "はい",
        "dataUse": "不可",
        "remarks": REMARKS,
    },
    "planted": [],
    "notes": f"Sheet 回答票 (the 記入要領 sheet is instructions only). 医療機関コード C7 holds only the 7-digit code "
             f"'{CODE7}' (text); expanded with 愛媛県=38 and 点数表番号1 to {CODE10} (check digit valid). 郵便番号 written "
             "'〒790-0843'. 電話番号 typed in full-width digits and full-width hyphens (０８９－９４３－７７０１). 担当者③ "
             "(問8) left blank entirely, which is allowed. 問9 is worded positively (支援を受けていない: はい). "
             "C4 回答日 is an Excel date (2025-02-19) with no key. The COUNTA cell under the table is an openpyxl "
             "formula without a cached value and is not a field. 備考 contains a line break.",
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(exp, fh, ensure_ascii=False, indent=2)
print("ok", CODE10, CODE7)
