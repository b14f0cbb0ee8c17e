#!/usr/bin/python3
"""sr-w1-a: faithful reconstruction of the Kagawa 回答様式 (seed 002), filled completely and correctly."""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

NAME = "sr-w1-a-kagawa-faithful"
HERE = os.path.dirname(os.path.abspath(__file__))

def check_digit(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        p = int(ch) * (2 if i % 2 == 0 else 1)
        s += p // 10 + p % 10
    return (10 - s % 10) % 10

code9 = "371052076"                      # 37 香川, 1 医科, 05, 2076
code = code9 + str(check_digit(code9))    # -> 3710520762

V = {
    "hospitalCode": code,
    "hospitalName": "医療法人社団 讃岐会 飯野山記念病院",
    "postalCode": "763-0086",
    "address": "香川県丸亀市飯山町西坂元１５２７番地１",
    "phoneNumber": "0877-98-2311",
    "contact1": {"department": "事務部 医事課長", "name": "大西 健太", "email": "k-onishi@iinoyama-hp.or.jp"},
    "contact2": {"department": "情報システム室 主任", "name": "香川 美穂", "email": "m-kagawa@iinoyama-hp.or.jp"},
    "contact3": {"department": "診療情報管理室 室長", "name": "十河 隆", "email": "t-sogo@iinoyama-hp.or.jp"},
    "dataUse": "可",
    "remarks": "電子カルテシステム（令和4年更新）の更改予定はありません。",
}

wb = Workbook()
ws = wb.active
ws.title = "回答様式"
ws.column_dimensions["A"].width = 20
ws.column_dimensions["B"].width = 16
ws.column_dimensions["C"].width = 48
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
font = Font(name="ＭＳ 明朝", size=11)
wrap = Alignment(wrap_text=True, vertical="center")

ws["C1"] = "別紙"
ws["C1"].alignment = Alignment(horizontal="right")
ws["C1"].font = font
ws.merge_cells("A2:C3")
ws["A2"] = "「医療機関におけるサイバーセキュリティ確保事業」における支援の\n希望調査に係る回答様式"
ws["A2"].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
ws["A2"].font = Font(name="ＭＳ 明朝", size=13, bold=True)
ws.row_dimensions[2].height = 22
ws.row_dimensions[3].height = 22
ws.merge_cells("A5:C5")
ws["A5"] = "当病院は、当該事業の支援を希望します。"
ws["A5"].font = Font(name="ＭＳ 明朝", size=12)
ws["A5"].alignment = Alignment(horizontal="center")

def style(rng):
    for row in ws[rng]:
        for c in row:
            c.border = box
            c.alignment = wrap
            c.font = font

r = 7
for label, val in [("医療機関コード", V["hospitalCode"]), ("病院名（正式名称）", V["hospitalName"]),
                   ("郵便番号", V["postalCode"]), ("住所", V["address"]), ("電話番号", V["phoneNumber"])]:
    ws.merge_cells(f"A{r}:B{r}")
    ws[f"A{r}"] = label
    ws[f"C{r}"] = val
    ws[f"C{r}"].number_format = "@"
    style(f"A{r}:C{r}")
    ws.row_dimensions[r].height = 24
    r += 1
for head, key in [("担当者① 【必須】", "contact1"), ("担当者② 【必須】", "contact2"), ("担当者③", "contact3")]:
    ws.merge_cells(f"A{r}:A{r+2}")
    ws[f"A{r}"] = head
    for i, (sub, k) in enumerate([("所属・役職", "department"), ("氏名", "name"), ("Mail アドレス", "email")]):
        ws[f"B{r+i}"] = sub
        ws[f"C{r+i}"] = V[key][k]
        ws.row_dimensions[r + i].height = 20
    style(f"A{r}:C{r+2}")
    r += 3
# 活用の可否: the printed cell read 「可 ・ 不可」; the filler deleted 「・ 不可」 and left 「可」
ws.merge_cells(f"A{r}:B{r}")
ws[f"A{r}"] = "サイバーセキュリティ調査における回答データの活用の可否(※)"
ws[f"C{r}"] = "可"
style(f"A{r}:C{r}")
ws[f"C{r}"].alignment = Alignment(horizontal="center", vertical="center")
ws.row_dimensions[r].height = 44
r_use = r
r += 1
ws.merge_cells(f"A{r}:B{r}")
ws[f"A{r}"] = "備考"
ws[f"C{r}"] = V["remarks"]
style(f"A{r}:C{r}")
ws.row_dimensions[r].height = 48
r_rem = r
r += 2
ws.merge_cells(f"A{r}:C{r+3}")
ws[f"A{r}"] = ("※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」"
               "により、病院におけるサイバーセキュリティ対策の実態調査を実施しており、当該調査で回答いただいた内容を当該事業でも"
               "活用させていただく可能性があり、ご了解いただける場合は、「可」と、ご了解いただけない場合は、「不可」と記載してください。")
ws[f"A{r}"].alignment = Alignment(wrap_text=True, vertical="top")
ws[f"A{r}"].font = Font(name="ＭＳ 明朝", size=9)
r += 5
ws[f"A{r}"] = "(送付先 香川県医務国保課医療企画 G 宛　FAX 087-806-0248)"
ws[f"A{r}"].font = Font(name="ＭＳ 明朝", size=10)

ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_area = f"A1:C{r}"

wb.save(os.path.join(HERE, NAME + ".xlsx"))

exp = {
    "form": "support-request",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "hospitalCode": V["hospitalCode"], "hospitalName": V["hospitalName"], "postalCode": V["postalCode"],
        "address": V["address"], "phoneNumber": V["phoneNumber"],
        **{f"{c}.{k}": V[c][k] for c in ("contact1", "contact2", "contact3") for k in ("department", "name", "email")},
        "dataUse": V["dataUse"], "remarks": V["remarks"],
    },
    "planted": [],
    "notes": (f"Faithful to the seed's 回答様式: label | sub-label | value, 担当者 labels merged over 3 rows. "
              f"活用の可否 cell 回答様式!C{r_use} originally printed '可 ・ 不可'; the filler deleted '・ 不可' leaving '可'. "
              "No optional declarations on this layout (the notice has none). Address uses full-width digits as typed. "
              "Version R6: the survey is issued in FY R6 (deadline 令和7年2月28日) for support in R7."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", NAME, code)
