# Generator for sr-w11-b-questionnaire-libre.xlsx
# Role: 病院の情報システム担当. The hospital's IT person rebuilt the 回答様式 as a questionnaire
# (No. | 設問 | 回答 | 記入上の注意) with dropdowns fed from a hidden list sheet and a 記入要領 sheet in front,
# then saved it from LibreOffice Calc. Planted: a wrong check digit in 医療機関コード and a half-filled 担当者③.
import os
import shutil
import subprocess
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave11/support-request"
NAME = "sr-w11-b-questionnaire-libre.xlsx"
TMP = os.path.join(OUT, "_tmp_sr_b")

wb = Workbook()
guide = wb.active
guide.title = "記入要領"
ws = wb.create_sheet("回答")
lst = wb.create_sheet("list")

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
f = Font(name="游ゴシック", size=11)
fb = Font(name="游ゴシック", size=11, bold=True)
yellow = PatternFill("solid", fgColor="FFF2CC")
grey = PatternFill("solid", fgColor="D9D9D9")
wrap = Alignment(wrap_text=True, vertical="center")

# --- 記入要領 ---
guide.column_dimensions["A"].width = 100
lines = [
    "【記入要領】支援の希望調査に係る回答様式",
    "1. 「回答」シートの黄色のセルに入力してください。",
    "2. 担当者①・②は必須です。所属・役職、氏名、Mail アドレスをすべて記入してください。",
    "3. 担当者③は任意です。記入する場合は3項目すべてを記入してください。",
    "4. No.9 はプルダウンから「可」または「不可」を選択してください。",
    "5. No.10～12 は支援の対象要件の確認です（はい／いいえ）。",
    "6. 回答期限：令和7年2月28日（金）　FAX 087-806-0248（香川県医務国保課医療企画G宛）",
]
for i, t in enumerate(lines, start=1):
    guide.cell(row=i, column=1, value=t).font = fb if i == 1 else f

# --- hidden list sheet ---
for i, v in enumerate(["可", "不可"], start=1):
    lst.cell(row=i, column=1, value=v)
for i, v in enumerate(["はい", "いいえ"], start=1):
    lst.cell(row=i, column=2, value=v)
for i, v in enumerate(["有", "無"], start=1):
    lst.cell(row=i, column=3, value=v)
lst.sheet_state = "hidden"

# --- 回答 sheet (questionnaire) ---
for col, w in {"A": 7, "B": 46, "C": 42, "D": 36}.items():
    ws.column_dimensions[col].width = w
ws["A1"] = "「医療機関におけるサイバーセキュリティ確保事業」における支援の希望調査に係る回答様式"
ws["A1"].font = Font(name="游ゴシック", size=13, bold=True)
ws["A2"] = "※黄色のセルにご記入ください。FAXで送付する場合は本シートを印刷してください。"
ws["A2"].font = f
ws["A3"] = "当病院は、当該事業の支援を希望します。"
ws["A3"].font = fb

hdr = ["No.", "設問", "回答", "記入上の注意"]
for j, h in enumerate(hdr, start=1):
    c = ws.cell(row=5, column=j, value=h)
    c.font = fb
    c.fill = grey
    c.border = box
    c.alignment = Alignment(horizontal="center", vertical="center")

rows = [
    ("1", "医療機関コード", "3710311875", "10桁（都道府県番号から）"),
    ("2", "病院名（正式名称）", "医療法人 高松ひかり会 ひかり記念病院", "略称不可"),
    ("3", "郵便番号", "7600065", ""),
    ("4", "住所", "香川県高松市朝日町二丁目14番3号", ""),
    ("5", "電話番号", "087-822-1190", "代表番号"),
    ("6-1", "担当者①【必須】所属・役職", "事務局 情報管理課 課長", ""),
    ("6-2", "担当者①【必須】氏名", "三好 隆之", ""),
    ("6-3", "担当者①【必須】Mail アドレス", "miyoshi@hikari-kinen.example.jp", ""),
    ("7-1", "担当者②【必須】所属・役職", "事務局 情報管理課 係長", ""),
    ("7-2", "担当者②【必須】氏名", "藤田 彩", ""),
    ("7-3", "担当者②【必須】Mail アドレス", "a-fujita@hikari-kinen.example.jp", ""),
    ("8-1", "担当者③ 所属・役職", "放射線科 技師長", "任意（記入する場合は3項目とも）"),
    ("8-2", "担当者③ 氏名", "真鍋 浩二", ""),
    ("8-3", "担当者③ Mail アドレス", None, ""),
    ("9", "サイバーセキュリティ調査における回答データの活用の可否（※）", "不可", "プルダウンで選択"),
    ("10", "令和6年度に本事業の支援を受けていない", "はい", "はい／いいえ"),
    ("11", "電子カルテシステムの導入（有・無）", "有", "有／無"),
    ("12", "令和8年1月までに現地調査を完了できる（電子カルテ更改の予定がない）", "はい", "はい／いいえ"),
    ("13", "備考", "調査日程は3月・9月（決算期）以外を希望。\nベンダー：電子カルテ保守業者同席予定", ""),
]
r = 6
row_of = {}
for no, q, a, note in rows:
    ws.cell(row=r, column=1, value=no)
    ws.cell(row=r, column=2, value=q)
    ws.cell(row=r, column=3, value=a)
    ws.cell(row=r, column=4, value=note)
    for j in range(1, 5):
        c = ws.cell(row=r, column=j)
        c.border = box
        c.font = f
        c.alignment = wrap if j != 1 else Alignment(horizontal="center", vertical="center")
    ws.cell(row=r, column=3).fill = yellow
    row_of[no] = r
    r += 1
ws.row_dimensions[row_of["9"]].height = 36
ws.row_dimensions[row_of["12"]].height = 36
ws.row_dimensions[row_of["13"]].height = 40
# codes / postal typed as text
ws.cell(row=row_of["1"], column=3).number_format = "@"
ws.cell(row=row_of["3"], column=3).number_format = "@"

note_r = r + 1
ws.cell(row=note_r, column=1, value="※ 国が令和6年1月31日付け事務連絡により実施した病院におけるサイバーセキュリティ対策の実態調査の"
        "回答内容を当該事業で活用することについて、ご了解いただける場合は「可」、ご了解いただけない場合は「不可」。").font = Font(name="游ゴシック", size=9)

dv1 = DataValidation(type="list", formula1="list!$A$1:$A$2", allow_blank=True)
dv2 = DataValidation(type="list", formula1="list!$B$1:$B$2", allow_blank=True)
dv3 = DataValidation(type="list", formula1="list!$C$1:$C$2", allow_blank=True)
ws.add_data_validation(dv1)
ws.add_data_validation(dv2)
ws.add_data_validation(dv3)
dv1.add(f"C{row_of['9']}")
dv2.add(f"C{row_of['10']}")
dv2.add(f"C{row_of['12']}")
dv3.add(f"C{row_of['11']}")

ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "portrait"
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 1
ws.page_setup.fitToWidth = 1
wb.active = 1

os.makedirs(TMP, exist_ok=True)
src = os.path.join(TMP, NAME)
wb.save(src)
# re-save through LibreOffice Calc
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, src], check=True,
               env=dict(os.environ, HOME=TMP))
shutil.rmtree(TMP)
print("wrote", NAME, "rows:", row_of)
