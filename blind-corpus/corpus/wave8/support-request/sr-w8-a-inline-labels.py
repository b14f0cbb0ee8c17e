#!/usr/bin/python3
# Generator for sr-w8-a-inline-labels.xlsx (support-request, 徳島県の病院が記入, clean).
# Built with openpyxl, then re-saved by LibreOffice headless with its own temporary profile.
import os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

OUT_DIR = "/work/blind/wave8/support-request"
NAME = "sr-w8-a-inline-labels"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")

wb = Workbook()
ws = wb.active
ws.title = "回答様式"
for col, w in zip("ABCDEF", [16, 26, 16, 10, 30, 8]):
    ws.column_dimensions[col].width = w

ws["A1"] = "（別紙）"
ws.merge_cells("A2:F2")
ws["A2"] = "「医療機関におけるサイバーセキュリティ確保事業」における支援の希望調査に係る回答様式"
ws["A2"].font = Font(bold=True, size=12)
ws["A2"].alignment = Alignment(wrap_text=True, horizontal="center")
ws.row_dimensions[2].height = 34
ws["A3"] = "送付先：徳島県保健福祉部医療政策課 医療情報担当 宛（FAX 088-621-2841）　回答期限：令和7年2月28日（金）"
ws["A3"].font = Font(size=9)

ws.merge_cells("A5:F5")
ws["A5"] = "当病院は、当該事業の支援を希望します。"
ws["A5"].font = Font(bold=True)
ws["A5"].alignment = Alignment(horizontal="center")

basic = [
    "医療機関コード：3610102349",
    "病院名（正式名称）：社会医療法人 眉山会 眉山記念病院",
    "郵便番号：〒770-0866",
    "住所：徳島県徳島市末広二丁目4番18号",
    "電話番号：088-655-3120",
]
r = 7
for text in basic:
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    ws.cell(r, 1, text).border = box
    for c in range(2, 7):
        ws.cell(r, c).border = box
    r += 1

ws["A13"] = "■ 担当者（①・②は必須、③は任意）"
ws["A13"].font = Font(bold=True)
hdr = ["区分", "所属・役職", "氏名", None, "Mail アドレス"]
ws.merge_cells("C14:D14")
for i, h in enumerate(hdr, start=1):
    if h is not None:
        ws.cell(14, i, h).font = Font(bold=True)
    ws.cell(14, i).border = box
contacts = [
    ("担当者①【必須】", "情報システム室 室長", "阿部 健一", "abe.kenichi@bizan-kinen.or.jp"),
    ("担当者②【必須】", "事務部 総務課 主任", "近藤 真理", "kondo.mari@bizan-kinen.or.jp"),
    ("担当者③", "医療情報管理室 係長", "三木 翔太", "miki.shota@bizan-kinen.or.jp"),
]
for k, (lab, dep, nm, mail) in enumerate(contacts):
    row = 15 + k
    ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=4)
    ws.cell(row, 1, lab)
    ws.cell(row, 2, dep)
    ws.cell(row, 3, nm)
    ws.cell(row, 5, mail)
    for c in range(1, 6):
        ws.cell(row, c).border = box
        ws.cell(row, c).alignment = wrap

ws["A19"] = "■ サイバーセキュリティ調査における回答データの活用の可否（※）　※該当する方の左欄に○"
ws["A19"].font = Font(bold=True)
ws["B20"] = "○"
ws["C20"] = "可"
ws["D20"] = None
ws["E20"] = "不可"
for c in ("B20", "C20", "D20", "E20"):
    ws[c].border = box
    ws[c].alignment = Alignment(horizontal="center")
ws.merge_cells("A21:F21")
ws["A21"] = ("※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」"
             "により実施した実態調査の回答内容を当該事業でも活用させていただく可能性があります。了解いただける場合は「可」、"
             "了解いただけない場合は「不可」としてください。")
ws["A21"].font = Font(size=8)
ws["A21"].alignment = Alignment(wrap_text=True, vertical="top")
ws.row_dimensions[21].height = 42

ws["A23"] = "■ 対象要件の確認（該当する欄に○）"
ws["A23"].font = Font(bold=True)
ws.merge_cells("A24:C24")
ws["A24"] = "確認事項"
ws["D24"] = "はい"
ws["E24"] = "いいえ"
reqs = [
    "令和6年度に本事業の支援を受けていない",
    "電子カルテシステムを導入している",
    "令和8年1月までに現地調査を完了できる（電子カルテ更改による支障なし）",
]
for k, text in enumerate(reqs):
    row = 25 + k
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=3)
    ws.cell(row, 1, text).alignment = wrap
    ws.cell(row, 4, "○").alignment = Alignment(horizontal="center")
for row in range(24, 28):
    for c in range(1, 6):
        ws.cell(row, c).border = box

ws.merge_cells("A29:F30")
ws["A29"] = "備考：現地調査は平日13時以降を希望します。電子カルテは令和5年9月に更新済みです。"
ws["A29"].alignment = Alignment(wrap_text=True, vertical="top")
for row in (29, 30):
    for c in range(1, 7):
        ws.cell(row, c).border = box

ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.print_area = "A1:F30"

ins = wb.create_sheet("記入要領")
lines = [
    "記入要領",
    "1 各項目は「項目名：」の後ろに続けて記入してください（項目名は消さないでください）。",
    "2 医療機関コードは10桁（都道府県番号＋点数表番号＋郡市区番号＋医療機関番号＋検証番号）で記入してください。",
    "3 担当者①・②は必須です。担当者③を記入する場合は、所属・役職、氏名、Mail アドレスをすべて記入してください。",
    "4 活用の可否、対象要件の確認は、該当する欄に「○」を記入してください。",
    "5 記入後、回答様式シートを印刷してFAXで送付してください（Excelファイルのままメール送付も可）。",
]
for i, t in enumerate(lines, start=1):
    ins.cell(i, 1, t)
ins["A1"].font = Font(bold=True, size=12)
ins.column_dimensions["A"].width = 110

tmp = tempfile.mkdtemp(prefix="srw8a-")
src = os.path.join(tmp, NAME + ".xlsx")
wb.save(src)
conv = os.path.join(tmp, "conv")
os.makedirs(conv)
subprocess.run(["soffice", "-env:UserInstallation=file://%s/lo-profile" % tmp, "--headless",
                "--convert-to", "xlsx", "--outdir", conv, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(conv, NAME + ".xlsx"), os.path.join(OUT_DIR, NAME + ".xlsx"))
shutil.rmtree(tmp)
print("written", os.path.join(OUT_DIR, NAME + ".xlsx"))
