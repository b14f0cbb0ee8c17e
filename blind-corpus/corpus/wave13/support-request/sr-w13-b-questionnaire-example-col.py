#!/usr/bin/python3
# Generator for sr-w13-b-questionnaire-example-col.xlsx
# Role: a hospital's 医事課 person who re-typed the prefecture's 回答様式 as a question list
# (No. | 設問 | 回答 | 記入例 | 注意) with an instructions sheet first. Saved by openpyxl
# (回答日 is =TODAY(), no cached value). Three planted problems (see expected.json).
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT_DIR = "/work/blind/wave13/support-request"
NAME = "sr-w13-b-questionnaire-example-col"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr_fill = PatternFill("solid", fgColor="DDEBF7")
ex_fill = PatternFill("solid", fgColor="F2F2F2")
FONT = "游ゴシック"

wb = Workbook()

# --- instructions sheet (first) ---
ins = wb.active
ins.title = "記入要領"
ins.column_dimensions["A"].width = 100
lines = [
    "「医療機関におけるサイバーセキュリティ確保事業」における支援の希望調査　記入要領",
    "",
    "１．「回答」シートの「回答」欄（Ｃ列）に記入してください。Ｄ列の記入例は参考です（記入不要）。",
    "２．担当者①及び担当者②は必須です。担当者③は任意ですが、記入する場合は３項目とも記入してください。",
    "３．回答データの活用の可否は、「可」又は「不可」のいずれかを残してください。",
    "４．令和６年度に支援を受けた病院、電子カルテシステムを導入していない病院、電子カルテシステムの更改のため",
    "　　令和８年１月までに現地調査を完了できない病院は対象外です（No.16～18で確認）。",
    "５．回答期限：令和７年２月２８日（金）　送付先：香川県医務国保課医療企画Ｇ　FAX 087-806-0248",
]
for i, t in enumerate(lines, start=1):
    ins.cell(row=i, column=1, value=t if t else None).font = Font(name=FONT, size=11, bold=(i == 1))

# --- answer sheet ---
ws = wb.create_sheet("回答")
for col, w in {"A": 6, "B": 44, "C": 40, "D": 30, "E": 30}.items():
    ws.column_dimensions[col].width = w

ws["A1"] = "「医療機関におけるサイバーセキュリティ確保事業」における支援の希望調査に係る回答様式"
ws["A1"].font = Font(name=FONT, size=13, bold=True)
ws["A2"] = "当病院は、当該事業の支援を希望します。"
ws["A2"].font = Font(name=FONT, size=11, bold=True)
ws["D3"] = "回答日"
ws["E3"] = "=TODAY()"
ws["E3"].number_format = "yyyy/m/d"
ws["D3"].alignment = Alignment(horizontal="right")

HDR = 5
for i, h in enumerate(["No.", "設問", "回答", "記入例", "注意"], start=1):
    c = ws.cell(row=HDR, column=i, value=h)
    c.font = Font(name=FONT, bold=True)
    c.fill = hdr_fill
    c.border = box
    c.alignment = Alignment(horizontal="center")

qs = [
    # (設問, 回答, 記入例, 注意)
    ("医療機関コード（10桁）", "37-1-03-2468-3", "3710112345", "ハイフン不要"),
    ("病院名（正式名称）", "社会医療法人 讃岐会 丸亀みなと病院", "医療法人○○会 ○○病院", "略称不可"),
    ("郵便番号", "7630012", "760-8570", None),
    ("住所", "香川県丸亀市港町\n一丁目5番12号", "香川県高松市番町四丁目1番10号", None),
    ("電話番号", "０８７７－２２－１２３４", "087-832-3319", "代表番号可"),
    ("担当者①【必須】　所属・役職", "事務部 医事課 課長補佐", "事務部 情報システム課 課長", None),
    ("担当者①【必須】　氏名", "綾田 恵子", "香川 太郎", None),
    ("担当者①【必須】　Mailアドレス", "ayata@marugame-minato.jp", "kagawa-t@example.jp", None),
    ("担当者②【必須】　所属・役職", "情報管理室 係長", "事務部 情報システム課 主任", None),
    ("担当者②【必須】　氏名", "宮武 亮", "讃岐 花子", None),
    ("担当者②【必須】　Mailアドレス", None, "sanuki-h@example.jp", None),
    ("担当者③（任意）　所属・役職", None, None, "記入する場合は3項目とも"),
    ("担当者③（任意）　氏名", None, None, None),
    ("担当者③（任意）　Mailアドレス", None, None, None),
    ("サイバーセキュリティ調査における回答データの活用の可否（※）", "可・不可", "可", "「可」又は「不可」のいずれかを残す"),
    ("（確認）令和６年度に本事業の支援を受けていない", "はい", "はい／いいえ", None),
    ("（確認）電子カルテシステムを導入している", "○", "はい／いいえ", None),
    ("（確認）令和８年１月までに現地調査を完了できる（電子カルテ更改の予定なし）", "はい（更改は令和9年度予定）", "はい／いいえ", None),
    ("備考", "平日9時～17時の連絡を希望します。\n夜間・休日は当直事務まで。", None, None),
]
for n, (q, a, ex, note) in enumerate(qs, start=1):
    r = HDR + n
    ws.cell(row=r, column=1, value=n)
    ws.cell(row=r, column=2, value=q)
    ws.cell(row=r, column=3, value=a)
    ws.cell(row=r, column=4, value=ex)
    ws.cell(row=r, column=5, value=note)
    for col in range(1, 6):
        c = ws.cell(row=r, column=col)
        c.border = box
        c.font = Font(name=FONT, size=10, color=("808080" if col == 4 else "000000"))
        c.alignment = Alignment(vertical="center", wrap_text=True,
                                horizontal=("center" if col == 1 else None))
        if col == 4:
            c.fill = ex_fill
    if a and "\n" in a:
        ws.row_dimensions[r].height = 32

last = HDR + len(qs)
ws.cell(row=last + 2, column=1,
        value="※ 国が令和6年1月31日付け事務連絡により実施した実態調査の回答内容を当該事業でも活用させていただく"
              "可能性があります。ご了解いただける場合は「可」と、ご了解いただけない場合は「不可」と記載してください。"
        ).font = Font(name=FONT, size=9)
ws.freeze_panes = "C6"
wb.active = 1

path = os.path.join(OUT_DIR, NAME + ".xlsx")
wb.save(path)
print("wrote", path)
