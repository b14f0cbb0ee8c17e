#!/usr/bin/python3
"""obi-w28-b: a hospital IT office's in-house copy of the
「オフラインバックアップ支援意向に関するアンケート」 (drafted in Excel for the director's approval
before keying it into the Web survey). Print-style questionnaire: No. | 設問 | ○ beside the chosen
option, an instructions sheet, and a reference table (支援方針ごとの対応範囲) below the answers.
Planted: 患者数 over 3000; Q4/Q5 answered although Q3 = 既に運用中 (those are skipped / 対象外)."""
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = "/work/blind/wave28/offline-backup-intent/obi-w28-b-inhouse-questionnaire-circle-marks.xlsx"

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GREY = PatternFill("solid", fgColor="D9D9D9")
PALE = PatternFill("solid", fgColor="EDF3FA")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center")


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def instructions(wb):
    ws = wb.active
    ws.title = "記入要領"
    lines = [
        "オフラインバックアップ支援意向に関するアンケート　記入要領（院内用）",
        "",
        "1. 本票は、事務局（NTT東日本）から依頼のあったWebアンケート（Microsoft Forms）の回答内容を院内で確認・決裁するための控えです。",
        "2. 決裁後、情報システム室がポータルシステム経由のWebアンケートに同じ内容を入力します（回答期限 8/30）。",
        "3. 回答の前に「別紙5_各媒体におけるオフライン状態の定義」「別紙6_オフラインバックアップ支援可能物品一覧」を確認すること。",
        "4. １．患者数は、Teamsの「00_医療機関データ」に表示されている患者情報数を記入（1～3000の数値）。",
        "5. ３．で「既にオフラインバックアップを運用中」を選んだ場合、本事業の支援対象外のため、４．５．は回答不要。",
        "6. ４．で「支援は不要」を選んだ場合、５．は回答不要。",
        "7. 選択肢は該当するものの左欄に○を付ける（１つのみ）。",
        "8. 支援方針（支援A・B・C／報告のみ／対象外）はアンケート結果から事務局が決定する（院内で記入しない）。",
    ]
    for i, t in enumerate(lines, 1):
        ws.cell(i, 1, t)
    ws["A1"].font = Font(bold=True, size=13)
    ws.column_dimensions["A"].width = 120


def answers(wb):
    ws = wb.create_sheet("回答票")
    ws.sheet_view.showGridLines = False
    for col, w in {"A": 2, "B": 6, "C": 5, "D": 30, "E": 30, "F": 24, "G": 2}.items():
        ws.column_dimensions[col].width = w

    ws.merge_cells("B1:F1")
    ws["B1"] = "オフラインバックアップ支援意向に関するアンケート　回答票（院内決裁・控え）"
    ws["B1"].font = Font(bold=True, size=14)
    ws["B1"].alignment = CENTER
    ws.merge_cells("B2:F2")
    ws["B2"] = "厚生労働省「医療機関におけるサイバーセキュリティ確保事業」　※Webアンケートへの入力前に院長決裁を受けること"
    ws["B2"].font = Font(size=9)
    ws["E3"] = "起案日：令和6年8月22日"
    ws["F3"] = "起案：情報システム室"
    ws["E3"].alignment = ws["F3"].alignment = Alignment(horizontal="right")

    ws["B5"] = "No."
    ws.merge_cells("C5:E5")
    ws["C5"] = "設　問"
    ws["F5"] = "回　答"
    for c in ("B5", "C5", "D5", "E5", "F5"):
        ws[c].fill = GREY
        ws[c].font = Font(bold=True)
        ws[c].alignment = CENTER
    box(ws, "B5:F5")

    # Q1, Q2: answer in column F
    ws["B6"] = "１．"
    ws.merge_cells("C6:E6")
    ws["C6"] = "患者数\n（Teams「00_医療機関データ」に表示されている患者情報数／1～3000の数値）"
    ws["F6"] = 4850
    ws["F6"].number_format = "#,##0"
    ws["B7"] = "２．"
    ws.merge_cells("C7:E7")
    ws["C7"] = "病院名（正式名称）"
    ws["F7"] = "医療法人恵仁会 ひがし山手病院"
    for r in (6, 7):
        ws.row_dimensions[r].height = 32 if r == 6 else 20
        ws[f"C{r}"].alignment = WRAP
        ws[f"B{r}"].alignment = CENTER
        ws[f"F{r}"].fill = PALE
        ws[f"F{r}"].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    box(ws, "B6:F7")

    def question(row, no, text, options, chosen):
        ws.cell(row, 2, no).alignment = CENTER
        ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=6)
        ws.cell(row, 3, text).alignment = WRAP
        ws.cell(row, 3).font = Font(bold=True)
        ws.cell(row, 3).fill = PALE
        for k, opt in enumerate(options):
            r = row + 1 + k
            ws.cell(r, 3, "○" if k == chosen else None).alignment = CENTER
            ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=6)
            ws.cell(r, 4, opt).alignment = WRAP
        ws.merge_cells(start_row=row, start_column=2, end_row=row + len(options), end_column=2)
        box(ws, f"B{row}:F{row + len(options)}")
        return row + len(options) + 1

    r = question(8, "３．", "現在の電子カルテのバックアップ状況（該当するものの左欄に○）", [
        "1　既に電子カルテのオフラインバックアップを運用している",
        "2　電子カルテベンダ等とオフラインバックアップの方針を検討中",
        "3　オフラインバックアップは実施していない",
    ], 0)                                   # row 8; options 9-11 -> ○ in C9
    r = question(r, "４．", "本事業での支援の意向（３．で1を選んだ場合は回答不要）", [
        "1　本事業で支援可能なサーバ・物品を新設したい（調達は年度内に可能）",
        "2　本事業で支援可能なサーバ・物品を新設したい（調達は次年度以降）",
        "3　サーバは新設しないが、既存設備に支援可能な媒体を接続したい",
        "4　本事業での支援は不要",
    ], 2)                                   # row 12; options 13-16 -> ○ in C15
    r = question(r, "５．", "保存先の希望（４．で1～3を選んだ場合のみ）", [
        "1　院内の物理媒体（テープ・外付けHDD等）",
        "2　外部クラウド環境（サーバ新設不要）",
    ], 0)                                   # row 17; options 18-19 -> ○ in C18
    # Q6 free text
    ws.cell(r, 2, "６．").alignment = CENTER
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=6)
    ws.cell(r, 3, "ご意見・ご質問等（自由記入）").font = Font(bold=True)
    ws.cell(r, 3).fill = PALE
    ws.merge_cells(start_row=r + 1, start_column=3, end_row=r + 3, end_column=6)
    ws.cell(r + 1, 3, "現在、電子カルテのバックアップはNAS（院内LAN接続）へ日次で取得しています。\n"
                      "媒体の追加について相談したいです。").alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(start_row=r, start_column=2, end_row=r + 3, end_column=2)
    box(ws, f"B{r}:F{r + 3}")
    assert r == 20

    # reference table (copied from the briefing) - not answers
    t = r + 6  # 26
    ws.merge_cells(start_row=t, start_column=2, end_row=t, end_column=6)
    ws.cell(t, 2, "（参考）支援方針ごとの対応範囲　※説明会資料より抜粋。支援方針は事務局が決定").font = Font(bold=True)
    hdr = t + 1
    ws.cell(hdr, 2, "支援方針")
    ws.merge_cells(start_row=hdr, start_column=2, end_row=hdr, end_column=3)
    ws.cell(hdr, 4, "概要")
    ws.merge_cells(start_row=hdr, start_column=5, end_row=hdr, end_column=6)
    ws.cell(hdr, 5, "医療機関で必要な対応")
    for c in range(2, 7):
        ws.cell(hdr, c).fill = GREY
        ws.cell(hdr, c).alignment = CENTER
    ref = [
        ("支援A", "サーバ・物品を新設（年度内に調達）", "打合せ（2～3回）、新設サーバ・媒体の調達と保守手配、既存機器の設定変更、現地作業立会い"),
        ("支援B", "サーバ・物品を新設（次年度以降に調達）", "打合せ（2～3回）、新設サーバ・媒体の調達と保守手配、既存機器の設定変更、新設サーバの構築作業"),
        ("支援C", "サーバ新設なし、既存設備に媒体を接続", "打合せ（1回程度）、媒体の調達と保守手配、既存機器の設定変更"),
        ("報告のみ", "ベンダ等と方針検討中で支援不要", "なし（アンケート回答のみ）"),
        ("対象外", "既にオフラインバックアップを運用中", "なし（アンケート回答のみ）"),
    ]
    for k, (p, s, d) in enumerate(ref):
        rr = hdr + 1 + k
        ws.merge_cells(start_row=rr, start_column=2, end_row=rr, end_column=3)
        ws.cell(rr, 2, p).alignment = CENTER
        ws.cell(rr, 4, s).alignment = WRAP
        ws.merge_cells(start_row=rr, start_column=5, end_row=rr, end_column=6)
        ws.cell(rr, 5, d).alignment = WRAP
        ws.row_dimensions[rr].height = 30
    box(ws, f"B{hdr}:F{hdr + len(ref)}")

    ws.print_area = f"A1:G{hdr + len(ref)}"
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 0


def main():
    wb = Workbook()
    instructions(wb)
    answers(wb)
    wb.active = 1
    wb.save(OUT)


if __name__ == "__main__":
    main()
