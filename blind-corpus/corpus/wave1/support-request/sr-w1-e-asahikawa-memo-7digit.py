#!/usr/bin/python3
"""sr-w1-e: a hospital's own memo-style reply (Hokkaido): one wide column, label and value in the same cell
(「項目：値」), letter header with 和暦 date, 7-digit 医療機関コード, full-width digits, a line break inside the
address, trailing spaces; re-saved by LibreOffice. Filled completely and correctly (no planted problem)."""
import json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

NAME = "sr-w1-e-asahikawa-memo-7digit"
HERE = os.path.dirname(os.path.abspath(__file__))

def check_digit(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        p = int(ch) * (2 if i % 2 == 0 else 1)
        s += p // 10 + p % 10
    return (10 - s % 10) % 10

pref, table, local = "01", "1", "042785"
seven = local + str(check_digit(pref + table + local))   # 0427853
code10 = pref + table + seven                            # 0110427853

name = "医療法人 大雪会 旭川東光記念病院"
addr = "北海道旭川市東光５条６丁目\n２番１５号"
c1 = ("医療情報管理室 室長", "北村 真一", "s.kitamura@asahikawa-toko.jp")
c2 = ("医療情報管理室 主査", "工藤 彩花", "a.kudo@asahikawa-toko.jp")
c3 = ("事務部 医事課長", "佐々木 望", "n.sasaki@asahikawa-toko.jp")
remarks = "現地調査は平日13時以降を希望します。\n電子カルテの次回更改は令和９年度の予定です。"

lines = [
    ("令和７年２月２１日", "right"),
    ("北海道保健福祉部地域医療推進局地域医療課　御中", None),
    (name + "　事務部", "right"),
    (None, None),
    ("「医療機関におけるサイバーセキュリティ確保事業」における支援の希望調査について（回答）", "title"),
    (None, None),
    ("当病院は、当該事業の支援を希望します。", None),
    (None, None),
    ("【基本情報】", "head"),
    ("医療機関コード（７桁）：" + seven, None),
    ("病院名（正式名称）：" + name + "　", None),          # trailing full-width space
    ("郵便番号：078-8345", None),
    ("住所：" + addr, None),
    ("電話番号：０１６６－３１－５５２２", None),
    (None, None),
    ("【担当者①】（必須）", "head"),
    ("所属・役職：" + c1[0], None),
    ("氏名：" + c1[1] + "  ", None),                       # trailing half-width spaces
    ("Mailアドレス：" + c1[2], None),
    ("【担当者②】（必須）", "head"),
    ("所属・役職：" + c2[0], None),
    ("氏名：" + c2[1], None),
    ("Mailアドレス：" + c2[2] + " ", None),                # trailing space
    ("【担当者③】", "head"),
    ("所属・役職：" + c3[0], None),
    ("氏名：" + c3[1], None),
    ("Mailアドレス：" + c3[2], None),
    (None, None),
    ("【サイバーセキュリティ調査における回答データの活用の可否】：不可", "head"),
    (None, None),
    ("【確認事項】", "head"),
    ("・令和６年度に本事業の支援を受けていない：はい", None),
    ("・電子カルテシステムを導入している：はい", None),
    ("・令和８年１月までに現地調査を完了できる（電子カルテ更改の予定なし）：はい", None),
    (None, None),
    ("備考：" + remarks, None),
    (None, None),
    ("以上", "right"),
]

wb = Workbook()
ws = wb.active
ws.title = "Sheet1"
ws.column_dimensions["A"].width = 2
ws.column_dimensions["B"].width = 90
where = {}
for i, (text, kind) in enumerate(lines, start=1):
    c = ws[f"B{i}"]
    c.value = text
    c.font = Font(name="ＭＳ 明朝", size=11, bold=(kind in ("head", "title")))
    if kind == "right":
        c.alignment = Alignment(horizontal="right")
    elif kind == "title":
        c.alignment = Alignment(horizontal="center", wrap_text=True)
        c.font = Font(name="ＭＳ 明朝", size=12, bold=True)
    else:
        c.alignment = Alignment(wrap_text=True, vertical="top")
    if text and "\n" in text:
        ws.row_dimensions[i].height = 30
    if text:
        where[text.split("：")[0]] = f"B{i}"

tmp = tempfile.mkdtemp()
raw = os.path.join(tmp, NAME + ".xlsx")
wb.save(raw)
out = os.path.join(tmp, "out")
os.mkdir(out)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", out, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(out, NAME + ".xlsx"), os.path.join(HERE, NAME + ".xlsx"))
shutil.rmtree(tmp)

exp = {
    "form": "support-request",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "hospitalCode": code10,
        "hospitalName": name,
        "postalCode": "078-8345",
        "address": addr,
        "phoneNumber": "0166-31-5522",
        "contact1.department": c1[0], "contact1.name": c1[1], "contact1.email": c1[2],
        "contact2.department": c2[0], "contact2.name": c2[1], "contact2.email": c2[2],
        "contact3.department": c3[0], "contact3.name": c3[1], "contact3.email": c3[2],
        "dataUse": "不可",
        "notSupportedBefore": "はい", "hasEhr": "はい", "surveyFeasible": "はい",
        "remarks": remarks,
    },
    "planted": [],
    "notes": ("Memo layout, one column (Sheet1!B), every field as 「項目：値」 in one cell; values given without labels. "
              f"医療機関コード written as the 7-digit form {seven} (Sheet1!B10); the hospital is in 北海道 (address), so it expands to "
              f"{code10} (01 + 点数表 1 + {seven}). Address has a line break inside the cell (\\n). 電話番号 typed in full-width "
              "(０１６６－３１－５５２２). Trailing spaces are habits, not part of the values: full-width space after 病院名 (B11), two "
              "half-width spaces after 担当者① 氏名 (B18), one after 担当者② Mail (B23). Header lines (和暦 date 令和７年２月２１日, "
              "addressee, sender, title, 以上) are not form fields; the sender line '…旭川東光記念病院　事務部' is not the 病院名 field. "
              "Generated by openpyxl and re-saved by LibreOffice (soffice --convert-to xlsx)."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", NAME, seven, code10, where.get("医療機関コード（７桁）"), where.get("病院名（正式名称）"), where.get("氏名"))
