#!/usr/bin/python3
# Generator: a hospital's own "回答控え" (internal approval copy) of the offline-backup intent survey,
# drawn for printing on two A4 pages on one sheet (title/header typed again on page 2), answers in the
# column LEFT of the questions (○ marks, values with units, full-width digits), an internal memo column on
# the right. This year's sheet (R7) was copied from last year's (R6), which is kept but hidden.
import os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.pagebreak import Break

OUT = "/work/blind/wave10/offline-backup-intent"
NAME = "obi-w10-b-print-answer-left.xlsx"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

def build(ws, d):
    ws.column_dimensions["A"].width = 2
    ws.column_dimensions["B"].width = 26
    ws.column_dimensions["C"].width = 6
    ws.column_dimensions["D"].width = 62
    ws.column_dimensions["E"].width = 30

    def title(row, text):
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=5)
        c = ws.cell(row=row, column=2, value=text)
        c.font = Font(bold=True, size=13)
        c.alignment = Alignment(horizontal="center", vertical="center")
        ws.row_dimensions[row].height = 24

    def header(row):
        for col, text in zip((2, 3, 4, 5), ("回答\n（○印・記入）", "No.", "設問・選択肢", "メモ（院内）")):
            c = ws.cell(row=row, column=col, value=text)
            c.font = Font(bold=True)
            c.alignment = center
            c.border = box
            c.fill = PatternFill("solid", fgColor="D9E1F2")
        ws.row_dimensions[row].height = 30

    def line(row, ans=None, no=None, text=None, memo=None, q=False, h=None):
        for col, v in zip((2, 3, 4, 5), (ans, no, text, memo)):
            c = ws.cell(row=row, column=col, value=v)
            c.border = box
            c.alignment = center if col in (2, 3) else wrap
            if q and col in (3, 4):
                c.font = Font(bold=True)
                c.fill = PatternFill("solid", fgColor="F2F2F2")
        if h:
            ws.row_dimensions[row].height = h

    # ---- page 1 ----
    title(1, d["title1"])
    ws.merge_cells("B2:E2")
    ws["B2"] = "（Microsoft Forms へ入力する前の院内確認用。入力後は回答画面を印刷して本紙に添付）"
    ws["B2"].alignment = Alignment(horizontal="center")
    ws["B3"] = d["date"]
    ws["B4"] = d["writer"]
    ws["E3"] = "決裁　院長 ／ 事務長 ／ 担当"
    ws["E3"].alignment = center
    ws["E3"].border = box
    ws["E4"].border = box
    ws.row_dimensions[4].height = 40
    header(6)
    line(7, d["name"], "１", "病院名を入力してください。\n（正式名称）", None, q=True, h=32)
    line(8, d["count"], "２",
         "患者数を入力してください。\n※Microsoft Teams の「00_医療機関データ」に表示されている患者情報数（1～3000の数値）",
         d["count_memo"], q=True, h=45)
    line(9, None, "３",
         "現在の電子カルテのバックアップの状況について、あてはまるもの１つに○をつけてください。\n"
         "（別紙5「各媒体におけるオフライン状態の定義」を確認のうえ回答）", None, q=True, h=45)
    line(10, d["s"][0], "1", "既に電子カルテのオフラインバックアップを運用している\n　→ 本事業の支援対象外。以上で回答終了（Q4・Q5 は回答不要）",
         d["s_memo"], h=32)
    line(11, d["s"][1], "2", "電子カルテベンダ等とオフラインバックアップの方針を検討中")
    line(12, d["s"][2], "3", "実施していない")
    ws.merge_cells("B14:E14")
    ws["B14"] = "－ 1 －"
    ws["B14"].alignment = Alignment(horizontal="center")
    ws.row_breaks.append(Break(id=14))

    # ---- page 2 (title and header typed again) ----
    title(16, d["title2"])
    header(17)
    line(18, None, "４", "本事業によるオフラインバックアップ整備支援の意向\n（Q3 で 2・3 を選んだ場合のみ。１つに○）", None, q=True, h=32)
    line(19, d["i"][0], "1", "本事業で支援可能なサーバ・物品を新設する（調達は年度内に可能）")
    line(20, d["i"][1], "2", "本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）")
    line(21, d["i"][2], "3", "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する")
    line(22, d["i"][3], "4", "本事業での支援は不要（電子カルテベンダ等と方針検討中）")
    line(23, None, "５", "バックアップの保存先（希望）\n（Q3 で 2・3 を選んだ場合のみ。１つに○）", None, q=True, h=32)
    line(24, d["st"][0], "1", "院内の物理媒体に保存")
    line(25, d["st"][1], "2", "外部クラウド環境に保存（サーバの新設は不要）")
    line(26, None, "６", "その他、ご意見・ご要望等（自由記入）", None, q=True)
    ws.merge_cells("B27:E29")
    ws["B27"] = d["remarks"]
    ws["B27"].alignment = Alignment(wrap_text=True, vertical="top")
    for r in range(27, 30):
        for col in range(2, 6):
            ws.cell(row=r, column=col).border = box
        ws.row_dimensions[r].height = 20
    ws["B31"] = "※支援方針（支援A／B／C・報告のみ・対象外）は回答内容から事務局が判定します（記入不要）。"
    ws["B31"].font = Font(size=9)
    ws.merge_cells("B32:E32")
    ws["B32"] = "－ 2 －"
    ws["B32"].alignment = Alignment(horizontal="center")

    ws.print_area = "B1:E32"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True

r6 = dict(
    title1="令和６年度　オフラインバックアップ支援意向に関するアンケート　回答控え（1/2）",
    title2="令和６年度　オフラインバックアップ支援意向に関するアンケート　回答控え（2/2）",
    date="記入日：令和６年８月２２日", writer="記入者：情報システム室　香西 直樹",
    name="医療法人社団　讃陽会　綾川さくら病院", count="２，９８０件",
    count_memo="Teams「00_医療機関データ」表示値",
    s=(None, None, "○"), s_memo=None,
    i=("○", None, None, None), st=("○", None),
    remarks="LTO装置を想定。年度内に調達予定（院内予算確保済み）。",
)
r7 = dict(
    title1="令和７年度　オフラインバックアップ支援意向に関するアンケート　回答控え（1/2）",
    # page-2 title not updated after copying last year's sheet (cosmetic only)
    title2="令和６年度　オフラインバックアップ支援意向に関するアンケート　回答控え（2/2）",
    date="記入日：令和７年７月１０日", writer="記入者：情報システム室　香西 直樹",
    name="医療法人社団　讃陽会　綾川さくら病院", count="３，４５０件",
    count_memo="医事課に確認（R7年6月 外来・入院 延べ患者数）",
    s=("○", None, None), s_memo="R6年度事業（支援A）で構築、R7.2月から運用",
    # the Q4/Q5 marks below are left over from last year's copy (planted)
    i=("○", None, None, None), st=("○", None),
    remarks="R6年度の本事業（支援A）でオフラインバックアップ（LTO）を構築済み。\n現在は週1回取得し、媒体は施錠保管庫で保管している。",
)

wb = Workbook()
ws6 = wb.active
ws6.title = "R6回答控え"
build(ws6, r6)
ws6.sheet_state = "hidden"
ws7 = wb.create_sheet("R7回答控え")
build(ws7, r7)
wb.active = 1
ws6.sheet_view.tabSelected = False
ws7.sheet_view.tabSelected = True
wb.save(os.path.join(OUT, NAME))
print("wrote", os.path.join(OUT, NAME))
