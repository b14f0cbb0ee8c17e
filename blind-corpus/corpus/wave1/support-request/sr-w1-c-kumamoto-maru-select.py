#!/usr/bin/python3
"""sr-w1-c: 'Excel 方眼紙' print layout (narrow columns, merged cells) made by a prefecture office; choices are
made by writing ○ in the small cell before the option. Questionnaire block for the eligibility checks.
Planted: both 可 and 不可 marked; wrong check digit in the 医療機関コード."""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

NAME = "sr-w1-c-kumamoto-maru-select"
HERE = os.path.dirname(os.path.abspath(__file__))

def check_digit(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        p = int(ch) * (2 if i % 2 == 0 else 1)
        s += p // 10 + p % 10
    return (10 - s % 10) % 10

code9 = "431209058"                        # 43 熊本, 1 医科, 20, 9058
right = check_digit(code9)                  # 4
wrong = 7
assert wrong != right
code_written = "43-1-20-9058-" + str(wrong)

wb = Workbook()
ws = wb.active
ws.title = "回答票"
SH = ws.title
for i in range(1, 25):
    ws.column_dimensions[get_column_letter(i)].width = 3.6
thin = Side(style="thin")
hair = Side(style="hair")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
lab = PatternFill("solid", fgColor="DDEBF7")
F = lambda **k: Font(name="ＭＳ Ｐゴシック", size=k.pop("size", 10), **k)
C = Alignment(horizontal="center", vertical="center", wrap_text=True)
L = Alignment(horizontal="left", vertical="center", wrap_text=True)

def put(rng, v=None, fill=None, font=None, align=L, border=True):
    a = rng.split(":")[0]
    if ":" in rng:
        ws.merge_cells(rng)
    ws[a].value = v
    ws[a].font = font or F()
    ws[a].alignment = align
    if fill:
        ws[a].fill = fill
    if border:
        for row in ws[rng if ":" in rng else f"{rng}:{rng}"]:
            for c in row:
                c.border = box
    return a

# header
put("Q1:X1", "記入日：令和7年2月17日", border=False, align=Alignment(horizontal="right"))
put("A2:X3", "医療機関におけるサイバーセキュリティ確保事業\n支援希望調査　回答票", font=F(size=14, bold=True), align=C, border=False)
put("A4:X4", "熊本県健康福祉部 医療政策課 あて（FAX：096-383-0498）", border=False, font=F(size=9))
put("A6:X6", "■ 当病院は、当該事業の支援を希望します。", font=F(size=11, bold=True), border=False)

r = 8
put(f"A{r}:X{r}", "１．医療機関の情報", font=F(size=11, bold=True), border=False)
r += 1
info = [("医療機関コード", code_written), ("病院名（正式名称）", "医療法人 緑風会 菊池みどり病院"),
        ("郵便番号", "〒861-1331"), ("住所", "熊本県菊池市隈府１２３４番地"), ("電話番号", "0968-25-3300")]
cells = {}
for label, v in info:
    put(f"A{r}:F{r}", label, fill=lab)
    cells[label] = put(f"G{r}:X{r}", v)
    ws.row_dimensions[r].height = 21
    r += 1

r += 1
put(f"A{r}:X{r}", "２．担当者（①②は必須）", font=F(size=11, bold=True), border=False)
r += 1
contacts = [("担当者①\n【必須】", "医事課 係長", "坂本 恵理", "e-sakamoto@kikuchi-midori.or.jp"),
            ("担当者②\n【必須】", "総務課 システム担当", "松本 翔", "s-matsumoto@kikuchi-midori.or.jp"),
            ("担当者③", None, None, None)]
for head, dep, nm, em in contacts:
    put(f"A{r}:C{r+2}", head, fill=lab, align=C)
    for i, (sub, v) in enumerate([("所属・役職", dep), ("氏名", nm), ("Mail アドレス", em)]):
        put(f"D{r+i}:H{r+i}", sub, fill=lab)
        put(f"I{r+i}:X{r+i}", v)
        ws.row_dimensions[r + i].height = 19
    r += 3

r += 1
put(f"A{r}:X{r}", "３．サイバーセキュリティ調査における回答データの活用の可否（※）　該当するものに○", font=F(size=11, bold=True), border=False)
r += 1
put(f"A{r}:L{r}", "回答データの活用の可否", fill=lab)
mark_ka = put(f"M{r}", "○", align=C)
put(f"N{r}:P{r}", "可", align=C)
mark_fuka = put(f"Q{r}", "○", align=C)          # planted: both marked
put(f"R{r}:T{r}", "不可", align=C)
put(f"U{r}:X{r}", None)
ws.row_dimensions[r].height = 24
r += 1
put(f"A{r}:X{r+2}", "※ 国が令和6年1月31日付け事務連絡により実施した実態調査で回答いただいた内容を、当該事業でも活用させていただく可能性があります。"
    "ご了解いただける場合は「可」に、ご了解いただけない場合は「不可」に○を付けてください。", font=F(size=8), border=False,
    align=Alignment(wrap_text=True, vertical="top"))
r += 4

put(f"A{r}:X{r}", "４．確認事項　該当するものに○", font=F(size=11, bold=True), border=False)
r += 1
put(f"A{r}:B{r}", "No.", fill=lab, align=C)
put(f"C{r}:P{r}", "設問", fill=lab, align=C)
put(f"Q{r}:X{r}", "回答", fill=lab, align=C)
r += 1
qs = [("1", "令和６年度に本事業の支援を受けましたか。", "いいえ"),
      ("2", "電子カルテシステムを導入していますか。", "はい"),
      ("3", "令和８年１月までに現地調査を完了できますか。\n（電子カルテシステムの更改予定がない）", "はい")]
qrow = []
for no, q, ans in qs:
    put(f"A{r}:B{r}", no, align=C)
    put(f"C{r}:P{r}", q)
    put(f"Q{r}", "○" if ans == "はい" else None, align=C)
    put(f"R{r}:T{r}", "はい", align=C)
    put(f"U{r}", "○" if ans == "いいえ" else None, align=C)
    put(f"V{r}:X{r}", "いいえ", align=C)
    ws.row_dimensions[r].height = 30
    qrow.append(r)
    r += 1

r += 1
put(f"A{r}:X{r}", "５．備考", font=F(size=11, bold=True), border=False)
r += 1
put(f"A{r}:X{r+2}", "特になし", align=Alignment(vertical="top", wrap_text=True))
r_rem = r

ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 1
ws.page_setup.fitToWidth = 1
ws.print_options.horizontalCentered = True
wb.save(os.path.join(HERE, NAME + ".xlsx"))

exp = {
    "form": "support-request",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "hospitalCode": code9 + str(wrong),
        "hospitalName": "医療法人 緑風会 菊池みどり病院",
        "postalCode": "861-1331",
        "address": "熊本県菊池市隈府１２３４番地",
        "phoneNumber": "0968-25-3300",
        "contact1.department": "医事課 係長", "contact1.name": "坂本 恵理", "contact1.email": "e-sakamoto@kikuchi-midori.or.jp",
        "contact2.department": "総務課 システム担当", "contact2.name": "松本 翔", "contact2.email": "s-matsumoto@kikuchi-midori.or.jp",
        "remarks": "特になし",
        "notSupportedBefore": "はい", "hasEhr": "はい", "surveyFeasible": "はい",
    },
    "planted": [
        {"cells": [f"{SH}!{cells['医療機関コード']}"], "paths": ["hospitalCode"],
         "why": f"check digit wrong: 43-1-20-9058-{wrong} (Luhn over 431209058 gives {right}, i.e. 431209058{right})"},
        {"cells": [f"{SH}!{mark_ka}", f"{SH}!{mark_fuka}"], "paths": ["dataUse"],
         "why": "活用の可否: ○ written beside both 可 and 不可 — exactly one must be chosen"},
    ],
    "notes": ("Choices are a ○ in the small cell before the option (M=可 / Q=不可; for 設問 Q=はい / U=いいえ). "
              "dataUse is omitted from values because both options are marked (planted). 医療機関コード written with hyphens "
              "43-1-20-9058-7 (value given without hyphens, wrong check digit kept as written). 郵便番号 typed with 〒. "
              "確認事項 No.1 is asked in the OPPOSITE polarity to the key: 「令和６年度に本事業の支援を受けましたか」 answered いいえ "
              "⇒ notSupportedBefore = はい. 担当者③ left entirely blank (allowed). 記入日 令和7年2月17日 (text) is not a form key."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", NAME, code_written, "correct would be", right)
