#!/usr/bin/python3
# Generator for obi-w13-b-marked-questionnaire-example.xlsx
# A hospital's print-style (A4) questionnaire transcript of the Forms survey: No. | 設問 | 回答（○印）| 選択肢,
# hospital name in the same cell as its label, answers marked with ○ beside the option, 和暦 answer date,
# and a correctly labelled 記入例 sheet (must be ignored). Two planted problems on sheet 回答票.
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.page import PageMargins

OUT = "/work/blind/wave13/offline-backup-intent/obi-w13-b-marked-questionnaire-example.xlsx"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

STATE_OPTS = [
    "1. 既に電子カルテのオフラインバックアップを運用している\n　（→本事業の支援対象外となります。設問3・4は回答不要）",
    "2. 電子カルテベンダ等とオフラインバックアップの方針を検討中",
    "3. 実施していない",
]
INTENT_OPTS = [
    "1. 支援可能なサーバ・物品を新設する（年度内に調達可能）",
    "2. 支援可能なサーバ・物品を新設する（調達は次年度以降）",
    "3. サーバは新設せず、既存設備に支援可能な媒体を接続する",
    "4. 本事業での支援は不要（ベンダ等と検討中のため）",
]
STORAGE_OPTS = [
    "1. 院内の物理媒体（テープ・RDX・NAS等）に保存",
    "2. 外部クラウド環境に保存（サーバの新設は不要）",
]


def draw(ws, title, d):
    """d: dict with name, count, state (0-based idx), intent idx or None, storage idx or None, remarks,
    writer, date"""
    ws.column_dimensions["A"].width = 2
    ws.column_dimensions["B"].width = 5
    ws.column_dimensions["C"].width = 30
    ws.column_dimensions["D"].width = 8
    ws.column_dimensions["E"].width = 52
    ws.column_dimensions["F"].width = 2

    ws.merge_cells("B1:E1")
    ws["B1"] = title
    ws["B1"].font = Font(size=14, bold=True)
    ws["B1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("B2:E2")
    ws["B2"] = ("※本票はWebアンケート（Microsoft Forms）入力前の院内確認用です。"
                "「別紙5_各媒体におけるオフライン状態の定義」を確認の上、該当する選択肢の回答欄に○を記入してください。")
    ws["B2"].alignment = wrap
    ws["B2"].font = Font(size=9)
    ws.row_dimensions[2].height = 28

    ws.merge_cells("B4:E4")
    ws["B4"] = "医療機関名：" + d["name"]
    ws["B4"].font = Font(size=12, bold=True)
    ws.merge_cells("B5:C5")
    ws["B5"] = "記入者：" + d["writer"]
    ws["D5"] = "回答日"
    ws["E5"] = d["date"]

    hdr = ["No.", "設問", "回答欄", "選択肢・記入欄"]
    for i, h in enumerate(hdr):
        c = ws.cell(7, 2 + i, h)
        c.font = Font(bold=True)
        c.alignment = center
        c.fill = PatternFill("solid", fgColor="D9E1F2")
        c.border = box

    r = 8
    # Q1 count
    ws.cell(r, 2, "１")
    ws.cell(r, 3, "患者数\n（Teams「00_医療機関データ」に表示されている患者情報数。1～3000の数値）")
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
    ws.cell(r, 4, d["count"])
    ws.row_dimensions[r].height = 45
    q_rows = [(r, r)]
    r += 1

    def choice(no, text, opts, sel):
        nonlocal r
        start = r
        ws.cell(r, 2, no)
        ws.cell(r, 3, text)
        for k, o in enumerate(opts):
            ws.cell(r + k, 5, o)
            if sel is not None and k == sel:
                ws.cell(r + k, 4, "○")
            if "\n" in o:
                ws.row_dimensions[r + k].height = 30
        end = r + len(opts) - 1
        ws.merge_cells(start_row=start, start_column=2, end_row=end, end_column=2)
        ws.merge_cells(start_row=start, start_column=3, end_row=end, end_column=3)
        q_rows.append((start, end))
        r = end + 1

    choice("２", "現在の電子カルテのオフラインバックアップの状況", STATE_OPTS, d["state"])
    choice("３", "本事業での支援の意向\n（設問2で1を選んだ場合は回答不要）", INTENT_OPTS, d["intent"])
    choice("４", "バックアップの保存先（希望）\n（設問2で1、設問3で4を選んだ場合は回答不要）", STORAGE_OPTS, d["storage"])
    ws.cell(r, 2, "５")
    ws.cell(r, 3, "備考（ご意見・ご質問等）")
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
    if d["remarks"]:
        ws.cell(r, 4, d["remarks"])
    ws.row_dimensions[r].height = 48
    last = r

    for rr in range(8, last + 1):
        for cc in range(2, 6):
            c = ws.cell(rr, cc)
            c.border = box
            if cc in (2, 4):
                c.alignment = center
            else:
                c.alignment = wrap
    ws.cell(8, 4).alignment = Alignment(horizontal="left", vertical="center")
    ws.cell(last, 4).alignment = Alignment(wrap_text=True, vertical="top")

    r = last + 2
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
    ws.cell(r, 2, "【事務局使用欄】支援方針：　支援A ・ 支援B ・ 支援C ・ 報告のみ ・ 対象外")
    ws.cell(r, 2).font = Font(size=9, color="808080")

    ws.print_area = "A1:F{}".format(r)
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.6, bottom=0.6)


wb = Workbook()
ws = wb.active
ws.title = "回答票"
draw(ws, "オフラインバックアップ支援意向に関するアンケート　回答票", {
    "name": "医療法人 青葉会 宇多津あおば病院",
    "writer": "情報システム課　高橋 直樹（内線215）",
    "date": "令和6年8月21日",
    "count": "3,500人",
    "state": 0,
    "intent": 1,
    "storage": 1,
    "remarks": ("現在は電子カルテベンダ提供のNAS＋テープで日次取得しています。\n"
                "次回更新時にクラウド保存も検討したいため情報提供を希望します。"),
})

ex = wb.create_sheet("記入例")
draw(ex, "【記入例】オフラインバックアップ支援意向に関するアンケート　回答票", {
    "name": "医療法人○○会 ○○病院",
    "writer": "医事課　香川 太郎（内線000）",
    "date": "令和6年8月1日",
    "count": 1200,
    "state": 2,
    "intent": 0,
    "storage": 0,
    "remarks": "（記入例）LTO装置の導入を予定しています。",
})
ex.sheet_properties.tabColor = "FF0000"

wb.save(OUT)
print("written", OUT)
