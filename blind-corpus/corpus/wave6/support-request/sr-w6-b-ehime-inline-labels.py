# sr-w6-b: an Ehime prefecture office re-drawing the support-request 回答様式 for its own hospitals:
# basic info as 「項目：値」 in one cell, a horizontal 担当者 table, a No.|確認事項|回答 block,
# ○ mark beside 可/不可, 備考 label above a box, hidden list sheet with dropdowns. Re-saved by LibreOffice.
import os, subprocess, shutil, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "sr-w6-b-ehime-inline-labels.xlsx"
wb = Workbook()
ws = wb.active
ws.title = "回答票"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
head = PatternFill("solid", fgColor="DDEBF7")
gothic = Font(name="ＭＳ Ｐゴシック", size=11)
for col, w in {"A": 8, "B": 22, "C": 26, "D": 18, "E": 34, "F": 10}.items():
    ws.column_dimensions[col].width = w

def put(addr, val, font=gothic, align=None, fill=None, border=False):
    c = ws[addr]
    c.value = val
    c.font = font
    if align: c.alignment = align
    if fill: c.fill = fill
    if border: c.border = box
    return c

put("A1", "医療機関におけるサイバーセキュリティ確保事業（令和7年度実施分）支援希望調査 回答票", Font(name="ＭＳ Ｐゴシック", size=14, bold=True))
ws.merge_cells("A1:F1")
put("A2", "提出先：愛媛県保健福祉部社会福祉医療局医療政策課（電子メールで本ファイルを提出してください）", Font(name="ＭＳ Ｐゴシック", size=9))
ws.merge_cells("A2:F2")
put("A3", "当病院は、当該事業の支援を希望します。", Font(name="ＭＳ Ｐゴシック", size=12, bold=True))
ws.merge_cells("A3:F3")

put("A5", "１．医療機関の情報", Font(name="ＭＳ Ｐゴシック", size=11, bold=True))
info = [
    "医療機関コード（７桁）：0234561",
    "病院名（正式名称）：医療法人 石手会 松山石手川病院",
    "郵便番号：〒790-0024",
    "住所：愛媛県松山市春日町5番地12",
    "電話番号：089-941-3377",
]
for i, t in enumerate(info):
    r = 6 + i
    put(f"A{r}", t, align=wrap, border=True)
    ws.merge_cells(f"A{r}:F{r}")
    for c in ws[f"A{r}:F{r}"][0]:
        c.border = box

put("A12", "２．担当者（①②は必須、③は任意。記入する場合は全項目を記入）", Font(name="ＭＳ Ｐゴシック", size=11, bold=True))
hdr = ["区分", "所属・役職", "氏名", "", "Mail アドレス"]
put("A13", "区分", align=center, fill=head, border=True)
put("B13", "所属・役職", align=center, fill=head, border=True)
put("C13", "氏名", align=center, fill=head, border=True)
put("D13", "Mail アドレス", align=center, fill=head, border=True)
ws.merge_cells("D13:F13")
contacts = [
    ("①【必須】", "事務部 医事課長", "村上 大輔", "murakami@ishitegawa-hp.jp"),
    ("②【必須】", "医療情報管理室 システム担当", "越智 さやか", "ochi.s@ishitegawa-hp.jp"),
    ("③", "診療技術部 臨床工学科 主任", "渡部 翔太", "watanabe.sh@ishitegawa-hp.jp"),
]
for i, (k, dep, nm, em) in enumerate(contacts):
    r = 14 + i
    put(f"A{r}", k, align=center, border=True)
    put(f"B{r}", dep, align=wrap, border=True)
    put(f"C{r}", nm, align=wrap, border=True)
    put(f"D{r}", em, align=wrap, border=True)
    ws.merge_cells(f"D{r}:F{r}")
    for c in ws[f"A{r}:F{r}"][0]:
        c.border = box

put("A18", "３．確認事項（対象要件）", Font(name="ＭＳ Ｐゴシック", size=11, bold=True))
put("A19", "No.", align=center, fill=head, border=True)
put("B19", "確認事項", align=center, fill=head, border=True)
ws.merge_cells("B19:E19")
put("F19", "回答", align=center, fill=head, border=True)
qs = [
    ("(1)", "令和6年度に本事業の支援を受けていない", "はい"),
    ("(2)", "電子カルテシステムを導入している", "はい"),
    ("(3)", "電子カルテシステムの更改等の予定がなく、令和8年1月までに現地調査を完了できる", "はい"),
]
for i, (no, q, a) in enumerate(qs):
    r = 20 + i
    put(f"A{r}", no, align=center, border=True)
    put(f"B{r}", q, align=wrap, border=True)
    ws.merge_cells(f"B{r}:E{r}")
    put(f"F{r}", a, align=center, border=True)
    for c in ws[f"A{r}:F{r}"][0]:
        c.border = box

put("A24", "４．サイバーセキュリティ調査における回答データの活用の可否（※）　該当する方に○", Font(name="ＭＳ Ｐゴシック", size=11, bold=True))
ws.merge_cells("A24:F24")
put("A25", "○", align=center, border=True)
put("B25", "可", align=center, border=True)
put("C25", "", align=center, border=True)
put("D25", "不可", align=center, border=True)
put("A26", "※ 国が令和6年1月31日付け事務連絡により実施した実態調査の回答内容を当該事業でも活用させていただく可能性があります。"
    "ご了解いただける場合は「可」、ご了解いただけない場合は「不可」を選択してください。",
    Font(name="ＭＳ Ｐゴシック", size=9), align=Alignment(wrap_text=True, vertical="top"))
ws.merge_cells("A26:F27")

put("A29", "５．備考", Font(name="ＭＳ Ｐゴシック", size=11, bold=True))
put("A30", "現地調査の日程は、外来診療のない土曜日午後を希望します。\n電子カルテ：△△メディカル社製（令和4年導入）",
    align=Alignment(wrap_text=True, vertical="top"), border=True)
ws.merge_cells("A30:F32")
for row in ws["A30:F32"]:
    for c in row:
        c.border = box

# hidden list sheet + dropdowns
lst = wb.create_sheet("リスト")
for i, v in enumerate(["はい", "いいえ"], start=1):
    lst.cell(row=i, column=1, value=v)
lst.sheet_state = "hidden"
dv = DataValidation(type="list", formula1="=リスト!$A$1:$A$2", allow_blank=True)
ws.add_data_validation(dv)
dv.add("F20:F22")

ws.page_setup.orientation = "portrait"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.print_area = "A1:F32"

tmpdir = tempfile.mkdtemp()
raw = os.path.join(tmpdir, NAME)
wb.save(raw)
outdir = os.path.join(tmpdir, "lo")
os.makedirs(outdir)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, raw], check=True)
shutil.copy(os.path.join(outdir, NAME), os.path.join(HERE, NAME))
shutil.rmtree(tmpdir)
print(os.path.join(HERE, NAME))
