"""sr-w2-c: Tokushima hospital, plain one-column sheet where each line is 「項目：値」 in a single cell (typed like a
FAX letter), 活用の可否 answered by a ○ before 可, code written with spaces, =TODAY() without cached value.
Planted: (1) wrong check digit in 医療機関コード, (2) 担当者②【必須】 Mail アドレス left blank."""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, Border, Side

NAME = "sr-w2-c-tokushima-colon-labels"
OUT = os.path.dirname(os.path.abspath(__file__))
SHEET = "支援希望回答"

def check_digit(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)

NINE = "361053147"                     # 徳島36 医科1 郡市区05 番号3147
GOOD = check_digit(NINE)
BAD = str((int(GOOD) + 3) % 10)        # planted: wrong check digit
CODE_WRITTEN = f"{NINE[:2]} {NINE[2]} {NINE[3:5]} {NINE[5:]} {BAD}"
CODE_BAD = NINE + BAD

wb = Workbook(); ws = wb.active; ws.title = SHEET
ws.column_dimensions["A"].width = 3; ws.column_dimensions["B"].width = 86
ws.sheet_view.showGridLines = False
ws["B1"] = "徳島県保健福祉部医療政策課　宛（FAX送信）"
ws["C1"] = "=TODAY()"; ws["C1"].number_format = "yyyy/mm/dd"   # no cached value
ws.column_dimensions["C"].width = 12
ws["B3"] = "「医療機関におけるサイバーセキュリティ確保事業」における支援の希望調査に係る回答様式"
ws["B3"].font = Font(bold=True, size=13); ws["B3"].alignment = Alignment(horizontal="center")
ws["B5"] = "当病院は、当該事業の支援を希望します。"

rows = {
    7: f"医療機関コード：{CODE_WRITTEN}",
    8: "病院名（正式名称）：医療法人　吉野川会　鴨島さくら病院",
    9: "郵便番号：776-0010",
    10: "住所：徳島県吉野川市鴨島町鴨島412番地1",
    11: "電話番号：0883(24)5151",
    13: "【担当者①（必須）】",
    14: "　所属・役職：事務部　情報管理課長",
    15: "　氏名：美馬　隆",
    16: "　Mail アドレス：t-mima@kamojima-sakura.jp",
    18: "【担当者②（必須）】",
    19: "　所属・役職：看護部　副看護部長",
    20: "　氏名：阿部　千尋",
    21: "　Mail アドレス：",                 # planted: required e-mail missing
    23: "【担当者③】",
    24: "　所属・役職：地域連携室　主任",
    25: "　氏名：新居　翔太",
    26: "　Mail アドレス：s-arai@kamojima-sakura.jp",
    28: "サイバーセキュリティ調査における回答データの活用の可否（※）：　○可　・　不可",
    30: "備考：現地調査の日程は水曜日午後を希望します。",
    32: "※「可」または「不可」のいずれかに○を付けてください。",
    33: "回答日：R7.2.18",
}
line = Side(style="hair")
for r, t in rows.items():
    ws[f"B{r}"] = t
    ws[f"B{r}"].font = Font(name="ＭＳ ゴシック", size=11)
    if not t.startswith("【") and not t.startswith("※") and r < 32:
        ws[f"B{r}"].border = Border(bottom=line)
ws.page_setup.orientation = "portrait"; ws.print_area = "A1:C33"
wb.save(os.path.join(OUT, NAME + ".xlsx"))

exp = {
    "form": "support-request", "version": "R6", "file": NAME + ".xlsx",
    "values": {
        "hospitalCode": CODE_BAD,
        "hospitalName": "医療法人　吉野川会　鴨島さくら病院",
        "postalCode": "776-0010",
        "address": "徳島県吉野川市鴨島町鴨島412番地1",
        "phoneNumber": "0883(24)5151",
        "contact1.department": "事務部　情報管理課長", "contact1.name": "美馬　隆", "contact1.email": "t-mima@kamojima-sakura.jp",
        "contact2.department": "看護部　副看護部長", "contact2.name": "阿部　千尋",
        "contact3.department": "地域連携室　主任", "contact3.name": "新居　翔太", "contact3.email": "s-arai@kamojima-sakura.jp",
        "dataUse": "可",
        "remarks": "現地調査の日程は水曜日午後を希望します。",
    },
    "planted": [
        {"cells": [f"{SHEET}!B7"], "paths": ["hospitalCode"],
         "why": f"医療機関コード check digit is wrong: the Luhn check over {NINE} gives {GOOD}, but {BAD} was written "
                f"(written '{CODE_WRITTEN}')."},
        {"cells": [f"{SHEET}!B21"], "paths": ["contact2.email"],
         "why": "担当者②【必須】 Mail アドレス is left blank (the label is there with nothing after the colon); "
                "担当者② must be complete (所属・役職, 氏名, Mail アドレス)."},
    ],
    "notes": "Every field is label and value in one cell (項目：値, full-width colon); values are the text after the colon. "
             "Code written with spaces ('36 1 05 3147 x'). 電話番号 written with area-code parentheses '0883(24)5151' "
             "(kept as written). 活用の可否 B28: ○ typed before 可 in '○可　・　不可' → 可. C1 is =TODAY() saved by "
             "openpyxl without a cached value (no key). 回答日 'R7.2.18' (B33) has no key. No optional eligibility "
             "declarations on this layout. 担当者③ is complete, so all-or-nothing is satisfied.",
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(exp, fh, ensure_ascii=False, indent=2)
print("ok", CODE_WRITTEN, "good", NINE + GOOD)
