#!/usr/bin/python3
# Generator for sr-w10-b-lastyear-copy-qa.xlsx (support-request, 2 planted problems)
# Role: hospital 情報システム室 who reused last year's answer file: copied the sheet, changed the year,
# hid last year's sheet, and then the file was re-saved by LibreOffice.
import os, subprocess, shutil, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = "/work/blind/wave10/support-request"
NAME = "sr-w10-b-lastyear-copy-qa.xlsx"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
hdr_fill = PatternFill("solid", fgColor="DDEBF7")
f = Font(name="游ゴシック", size=10)

def sheet(ws, year_title, date_text, rows):
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 40
    ws.column_dimensions["C"].width = 38
    ws.column_dimensions["D"].width = 36
    ws["A1"] = year_title
    ws["A1"].font = Font(name="游ゴシック", size=12, bold=True)
    ws["A1"].alignment = center
    ws.merge_cells("A1:D1")
    ws.row_dimensions[1].height = 36
    ws["A2"] = "当病院は、当該事業の支援を希望します。"
    ws.merge_cells("A2:D2")
    ws["D3"] = date_text
    ws["D3"].alignment = Alignment(horizontal="right")
    for col, h in zip("ABCD", ["No.", "設問", "回答", "備考・補足"]):
        c = ws[f"{col}4"]
        c.value = h; c.font = Font(name="游ゴシック", size=10, bold=True)
        c.alignment = center; c.border = box; c.fill = hdr_fill
    r = 5
    for no, q, a, note in rows:
        for col, v in zip("ABCD", [no, q, a, note]):
            c = ws[f"{col}{r}"]
            c.value = v; c.font = f; c.border = box
            c.alignment = center if col == "A" else wrap
        ws.row_dimensions[r].height = 30
        r += 1
    ws[f"A{r+1}"] = ("※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」"
                     "により実施している実態調査の回答内容を当該事業でも活用する可能性があり、ご了解いただける場合は「可」と、"
                     "ご了解いただけない場合は「不可」と記載してください。")
    ws[f"A{r+1}"].alignment = wrap
    ws[f"A{r+1}"].font = Font(name="游ゴシック", size=8)
    ws.merge_cells(f"A{r+1}:D{r+2}")
    ws.row_dimensions[r+1].height = 24
    ws.print_area = f"A1:D{r+2}"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "4:4"

L1 = "担当者①【必須】\n"
L2 = "担当者②【必須】\n"
L3 = "担当者③\n"
current = [
    ("1", "医療機関コード", "02-4567-5", "7桁（郡市区・番号・検証）"),
    ("2", "病院名（正式名称）", "社会医療法人　瀬戸内会　宇多津みなと病院", None),
    ("3", "郵便番号", "769-0210", None),
    ("4", "住所", "香川県綾歌郡宇多津町浜五番丁61番地3", None),
    ("5", "電話番号", "0877-49-3311", "代表"),
    ("6-1", L1 + "所属・役職", "情報システム室　室長", None),
    ("6-2", L1 + "氏名", "真鍋　浩二", None),
    ("6-3", L1 + "Mail アドレス", "manabe.k@utazu-minato.example.jp", None),
    ("7-1", L2 + "所属・役職", "看護部　副看護部長（医療情報担当）", None),
    ("7-2", L2 + "氏名", "綾田　由紀", None),
    ("7-3", L2 + "Mail アドレス", "ayada.y@utazu-minato.example.jp", None),
    ("8-1", L3 + "所属・役職", None, "4月の人事異動後に所属確定"),
    ("8-2", L3 + "氏名", "十河　智之", None),
    ("8-3", L3 + "Mail アドレス", None, None),
    ("9", "サイバーセキュリティ調査における回答データの活用の可否（※）\n（可・不可のどちらかを残す）", "可　・　", None),
    ("10", "備考", "昨年度（令和６年度分）の希望調査にも回答済み（選定外）。", None),
    ("11", "【確認】令和６年度に本事業の支援を受けていない", "はい", None),
    ("12", "【確認】電子カルテシステムを導入している", "はい（R2.10導入）", None),
    ("13", "【確認】令和８年１月までに現地調査を完了できる\n（電子カルテシステム更改のため完了できない場合は対象外）",
     "いいえ", "電子カルテ更改作業中（R7.11稼働予定）。調査時期はご相談したい。"),
]
last_year = [
    ("1", "医療機関コード", "02-4567-5", "7桁（郡市区・番号・検証）"),
    ("2", "病院名（正式名称）", "社会医療法人　瀬戸内会　宇多津みなと病院", None),
    ("3", "郵便番号", "769-0210", None),
    ("4", "住所", "香川県綾歌郡宇多津町浜五番丁61番地3", None),
    ("5", "電話番号", "0877-49-3311", "代表"),
    ("6-1", L1 + "所属・役職", "事務部　総務課長", None),
    ("6-2", L1 + "氏名", "松原　誠", None),
    ("6-3", L1 + "Mail アドレス", "matsubara.m@utazu-minato.example.jp", None),
    ("7-1", L2 + "所属・役職", "情報システム室　主任", None),
    ("7-2", L2 + "氏名", "真鍋　浩二", None),
    ("7-3", L2 + "Mail アドレス", "manabe.k@utazu-minato.example.jp", None),
    ("8-1", L3 + "所属・役職", None, None),
    ("8-2", L3 + "氏名", None, None),
    ("8-3", L3 + "Mail アドレス", None, None),
    ("9", "サイバーセキュリティ調査における回答データの活用の可否（※）\n（可・不可のどちらかを残す）", "　・　不可", None),
    ("10", "備考", None, None),
]

wb = Workbook()
ws = wb.active
ws.title = "R7回答"
sheet(ws, "【令和７年度支援分】「医療機関におけるサイバーセキュリティ確保事業」における支援の\n希望調査に係る回答様式",
      "回答日：R7.2.25", current)
old = wb.create_sheet("R6回答(前年)")
sheet(old, "【令和６年度支援分】「医療機関におけるサイバーセキュリティ確保事業」における支援の\n希望調査に係る回答様式",
      "回答日：R6.2.9", last_year)
old.sheet_state = "hidden"
wb.active = 0

tmp = tempfile.mkdtemp()
src = os.path.join(tmp, NAME)
wb.save(src)
outdir = os.path.join(tmp, "lo")
os.makedirs(outdir)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME), os.path.join(OUT, NAME))
shutil.rmtree(tmp)
print("wrote", NAME, "(re-saved by LibreOffice)")
