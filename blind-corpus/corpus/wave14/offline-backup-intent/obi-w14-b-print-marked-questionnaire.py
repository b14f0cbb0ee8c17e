#!/usr/bin/python3
# Generator for obi-w14-b-print-marked-questionnaire.xlsx
# Role: prefecture official (香川県 医務国保課) who drew a paper/Excel fallback of the Forms questionnaire
# for hospitals that cannot use Microsoft Forms, laid out for printing (No. | 設問 | 選択肢 | 回答欄(○)),
# with a 記入要領 sheet and a hidden list sheet; then filled by a busy hospital IT person.
# Planted problems: patient count over the survey's 1–3000 range; Q3 (intent) left unanswered.
import os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT_DIR = "/work/blind/wave14/offline-backup-intent"
NAME = "obi-w14-b-print-marked-questionnaire.xlsx"

thin = Side(style="thin")
med = Side(style="medium")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
GRAY = PatternFill("solid", fgColor="D9D9D9")
YELLOW = PatternFill("solid", fgColor="FFF2CC")


def box(ws, rng, fill=None):
    for row in ws[rng]:
        for c in row:
            c.border = BOX
            if fill:
                c.fill = fill


def build():
    wb = Workbook()

    # ---- sheet 1: 記入要領 ----
    wr = wb.active
    wr.title = "記入要領"
    lines = [
        "【記入要領】オフラインバックアップ支援意向に関するアンケート（紙様式）",
        "",
        "1．本様式は、ポータルシステム経由のWebアンケート（Microsoft Forms）で回答できない病院のみご使用ください。",
        "2．回答にあたっては「別紙5_各媒体におけるオフライン状態の定義」「別紙6_オンラインバックアップ支援可能物品一覧」を",
        "　　ご確認の上、現在の電子カルテのバックアップ方法等をご確認ください（必要に応じて電子カルテベンダにご確認ください）。",
        "3．設問1の患者数は、Microsoft Teamsの「00_医療機関データ」に表示されている患者情報数を、1から3000の間の数値で記入してください。",
        "4．設問2～4は、該当する選択肢の回答欄に「○」を1つだけ記入してください。",
        "5．設問2で「既にオフラインバックアップを運用している」を選択した場合、設問3・4は回答不要です（本事業の支援対象外となります）。",
        "6．設問3で「本事業での支援は不要」を選択した場合、設問4は回答不要です。",
        "7．黄色の欄は病院記入欄、灰色の「事務局記入欄」には記入しないでください（支援方針は回答内容から事務局が決定します）。",
        "8．提出期限：8月30日（金）　提出先：香川県 健康福祉部 医務国保課（メールにて）",
    ]
    for i, t in enumerate(lines, 1):
        wr.cell(row=i, column=1, value=t)
    wr["A1"].font = Font(bold=True, size=12)
    wr.column_dimensions["A"].width = 120

    # ---- sheet 2: 回答用紙 ----
    ws = wb.create_sheet("回答用紙")
    wb.active = 1
    for col, w in {"A": 2, "B": 6, "C": 34, "D": 50, "E": 11, "F": 2}.items():
        ws.column_dimensions[col].width = w

    ws.merge_cells("B1:E1")
    ws["B1"] = "オフラインバックアップ支援意向に関するアンケート　回答用紙"
    ws["B1"].font = Font(bold=True, size=14)
    ws["B1"].alignment = CENTER
    ws.merge_cells("B2:E2")
    ws["B2"] = "（医療機関におけるサイバーセキュリティ確保事業　オンラインバックアップの整備支援）"
    ws["B2"].alignment = CENTER
    ws.merge_cells("B3:E3")
    ws["B3"] = "※Webアンケート（Microsoft Forms）での回答が困難な場合に限り、本用紙をご使用ください。記入方法は「記入要領」シートを参照。"
    ws["B3"].font = Font(size=9)
    ws.merge_cells("B4:E4")
    ws["B4"] = "※回答内容をもとに、事務局において支援方針（支援A／支援B／支援C／報告のみ／対象外）を決定します。"
    ws["B4"].font = Font(size=9)

    # header block: label and value in one cell
    ws.merge_cells("B6:E6")
    ws["B6"] = "病院名（正式名称）：医療法人社団 瀬戸内会 坂出みなと病院"
    ws["B6"].alignment = Alignment(vertical="center")
    box(ws, "B6:E6", YELLOW)
    ws.merge_cells("B7:C7")
    ws["B7"] = "回答日：令和6年8月22日"
    ws.merge_cells("D7:E7")
    ws["D7"] = "記入者（所属・氏名）：情報システム課　大西 健太"
    box(ws, "B7:E7", YELLOW)
    ws.row_dimensions[6].height = 24

    # question table
    hdr = ["No.", "設問", "選択肢", "回答欄\n（該当に○）"]
    for i, h in enumerate(hdr):
        c = ws.cell(row=9, column=2 + i, value=h)
        c.font = Font(bold=True)
        c.alignment = CENTER
    box(ws, "B9:E9", GRAY)
    ws.row_dimensions[9].height = 30

    # Q1 patient count (planted: over 3000)
    ws["B10"] = 1
    ws["C10"] = "患者数\n（Microsoft Teams「00_医療機関データ」に表示されている患者情報数）"
    ws.merge_cells("D10:E10")
    ws["D10"] = 12450
    ws["D10"].number_format = '#,##0"人"'
    ws["D10"].alignment = Alignment(horizontal="left", vertical="center")
    box(ws, "B10:E10")
    for c in ("D10", "E10"):
        ws[c].fill = YELLOW
    ws.row_dimensions[10].height = 36

    def choice_block(no, question, options, first_row, marked):
        last = first_row + len(options) - 1
        ws.merge_cells("B%d:B%d" % (first_row, last))
        ws.merge_cells("C%d:C%d" % (first_row, last))
        ws["B%d" % first_row] = no
        ws["C%d" % first_row] = question
        for i, opt in enumerate(options):
            r = first_row + i
            ws["D%d" % r] = "%s %s" % ("①②③④"[i], opt)
            if marked == i:
                ws["E%d" % r] = "○"
            ws["E%d" % r].fill = YELLOW
            ws["E%d" % r].alignment = CENTER
            ws["D%d" % r].alignment = WRAP
            ws.row_dimensions[r].height = 30
        box(ws, "B%d:E%d" % (first_row, last))
        return last

    # Q2 current state -> ③ 実施していない
    choice_block(2, "現在の電子カルテのバックアップの状況\n（別紙5「オフライン状態の定義」に照らして）",
                 ["既にオフラインバックアップを運用している",
                  "電子カルテベンダ等とオフラインバックアップの方針を検討中",
                  "実施していない（オフラインバックアップなし）"], 11, 2)
    # Q3 intent -> left blank (planted)
    choice_block(3, "本事業での支援の意向\n（設問2で①を選択した場合は回答不要）",
                 ["本事業で支援可能なサーバ・物品を新設する（年度内に調達可能）",
                  "本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）",
                  "サーバは新設しない（既存設備に支援可能な媒体を接続）",
                  "本事業での支援は不要"], 14, None)
    # Q4 storage -> ② 外部クラウド
    choice_block(4, "バックアップの保存先（希望）\n（外部クラウドの場合、サーバの新設は不要）",
                 ["院内の物理媒体", "外部クラウド"], 18, 1)

    # Q5 remarks
    ws["B20"] = 5
    ws["C20"] = "備考\n（ご意見・ご質問、検討状況等）"
    ws.merge_cells("D20:E20")
    ws["D20"] = ("電子カルテ更新（R7.10予定）に合わせて検討したいので、調達時期は未定です。\n"
                 "打合せ時にベンダ同席でご相談させてください。")
    ws["D20"].alignment = Alignment(wrap_text=True, vertical="top")
    box(ws, "B20:E20")
    for c in ("D20", "E20"):
        ws[c].fill = YELLOW
    ws.row_dimensions[20].height = 60

    for r in range(10, 21):
        ws["B%d" % r].alignment = CENTER
        if ws["C%d" % r].value:
            ws["C%d" % r].alignment = WRAP

    # secretariat box
    ws.merge_cells("B22:E22")
    ws["B22"] = "【事務局記入欄】"
    ws["B22"].font = Font(bold=True)
    ws.merge_cells("B23:C23")
    ws["B23"] = "支援方針"
    ws.merge_cells("D23:E23")
    ws.merge_cells("B24:C24")
    ws["B24"] = "受付日"
    ws.merge_cells("D24:E24")
    box(ws, "B22:E24", GRAY)

    # mark validation from a hidden list sheet
    hl = wb.create_sheet("選択肢")
    hl["A1"] = "○"
    hl.sheet_state = "hidden"
    dv = DataValidation(type="list", formula1="=選択肢!$A$1:$A$1", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("E11:E19")

    ws.print_area = "A1:F25"
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.sheet_view.showGridLines = False

    wb.save(os.path.join(OUT_DIR, NAME))


if __name__ == "__main__":
    build()
