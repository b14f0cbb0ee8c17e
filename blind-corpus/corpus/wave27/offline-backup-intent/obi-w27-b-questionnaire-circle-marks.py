#!/usr/bin/python3
"""Workbook b: a prefecture's Excel version of the アンケート for hospitals that cannot reach the portal /
Microsoft Forms. Print-style questionnaire (No. | 設問 | 回答欄 | 選択肢) with a ○ placed in the cell BEFORE the
chosen option, hospital name as 「医療機関名：…」 in one cell, a reference table of 支援方針 below the answers
(not answers), and a 記入要領 sheet. Filled by a hospital; two planted mistakes (count over 3000, Q3 left blank)."""
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = "/work/blind/wave27/offline-backup-intent/obi-w27-b-questionnaire-circle-marks.xlsx"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center")
head_fill = PatternFill("solid", fgColor="D9E1F2")
ans_fill = PatternFill("solid", fgColor="FFFFE0")

wb = Workbook()

# ---- 記入要領 sheet first (as offices often do)
guide = wb.active
guide.title = "記入要領"
lines = [
    "【記入要領】オフラインバックアップ支援意向に関するアンケート（Excel回答用）",
    "",
    "1. 本様式は、セキュリティ確保事業ポータル（kintone）からWebアンケート（Microsoft Forms）に回答できない医療機関様向けです。",
    "2. 回答にあたっては「別紙5_各媒体におけるオフライン状態の定義」「別紙6_オフラインバックアップ支援可能物品一覧」をご確認ください。",
    "3. 「回答票」シートの黄色の欄に記入してください。選択式の設問は、該当する選択肢の左の回答欄に「○」を1つだけ記入してください。",
    "4. 問1の患者数は、Microsoft Teamsの「00_医療機関データ」に表示されている患者情報数（1～3000の数値）を記入してください。",
    "5. 支援方針（支援A・支援B・支援C・報告のみ・対象外）は回答内容により事務局が決定します。医療機関様での記入は不要です。",
    "6. 記入後、令和6年8月30日（金）までに県医務課あてメールで提出してください。",
]
for i, t in enumerate(lines, start=1):
    guide.cell(i, 1, t)
guide["A1"].font = Font(bold=True, size=12)
guide.column_dimensions["A"].width = 120

# ---- 回答票
ws = wb.create_sheet("回答票")
ws.column_dimensions["A"].width = 2     # spacer
ws.column_dimensions["B"].width = 6     # No.
ws.column_dimensions["C"].width = 42    # 設問
ws.column_dimensions["D"].width = 8     # 回答欄
ws.column_dimensions["E"].width = 58    # 選択肢
ws.column_dimensions["F"].width = 2     # spacer

ws["B1"] = "オフラインバックアップ支援意向に関するアンケート　回答票（Excel版）"
ws["B1"].font = Font(bold=True, size=14)
ws["B2"] = "※Webアンケート（Microsoft Forms）と同じ設問です。○は該当する選択肢の左の回答欄に1つ記入してください。"
ws["B3"] = "※提出先：県健康福祉部医務課　医療企画グループ"
ws["B2"].font = ws["B3"].font = Font(size=9)

ws.merge_cells("B5:E5")
ws["B5"] = "医療機関名：医療法人社団青葉会 みなと台病院"
ws["B5"].font = Font(bold=True)
ws.merge_cells("B6:E6")
ws["B6"] = "記入者：事務部 情報システム係　田中　／　記入日：R6.8.27"

hdr = ["No.", "設問", "回答欄", "選択肢・記入欄"]
for j, h in enumerate(hdr):
    c = ws.cell(8, 2 + j, h)
    c.font = Font(bold=True)
    c.fill = head_fill
    c.alignment = center
    c.border = box

def question(row0, no, text, options, mark=None):
    """options: list of option texts; mark: index of the option to mark with ○ (None = left blank)."""
    n = len(options)
    ws.merge_cells(start_row=row0, start_column=2, end_row=row0 + n - 1, end_column=2)
    ws.merge_cells(start_row=row0, start_column=3, end_row=row0 + n - 1, end_column=3)
    ws.cell(row0, 2, no).alignment = center
    ws.cell(row0, 3, text).alignment = wrap
    for k, opt in enumerate(options):
        r = row0 + k
        a = ws.cell(r, 4, "○" if mark == k else None)
        a.alignment = center
        a.fill = ans_fill
        ws.cell(r, 5, opt).alignment = wrap
        for col in range(2, 6):
            ws.cell(r, col).border = box
    return row0 + n

r = 9
# 問1 患者数 (value in E9; number shown with 人)
ws.cell(r, 2, "問1").alignment = center
ws.cell(r, 3, "患者数を入力してください。\n（Microsoft Teamsの「00_医療機関データ」に表示されている患者情報数。1～3000の数値）").alignment = wrap
ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
c = ws.cell(r, 4, 3850)            # PLANTED: over the survey's 1-3000 bound
c.number_format = '#,##0"人"'
c.fill = ans_fill
c.alignment = Alignment(horizontal="left", vertical="center")
for col in range(2, 6):
    ws.cell(r, col).border = box
ws.row_dimensions[r].height = 45
r += 1

r = question(r, "問2", "現在の電子カルテのバックアップの状況について、該当するものを1つ選んでください。",
             ["既に電子カルテのオフラインバックアップを運用している（→本事業の支援対象外）",
              "電子カルテベンダ等とオフラインバックアップの方針を検討中",
              "オフラインバックアップは実施していない"], mark=2)
q3_first = r
r = question(r, "問3", "本事業における支援の意向について、該当するものを1つ選んでください。",
             ["本事業で支援可能なサーバ・物品を新設する意向があり、調達は年度内に可能",
              "本事業で支援可能なサーバ・物品を新設する意向があるが、調達は次年度以降",
              "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続したい",
              "本事業での支援は不要（ベンダ等と検討中の方針で対応する）"], mark=None)  # PLANTED: left blank
q3_last = r - 1
r = question(r, "問4", "オフラインバックアップの保存先（希望）を1つ選んでください。\n※外部クラウドの場合、サーバの新設は不要です。",
             ["院内の物理媒体に保存", "外部クラウド環境に保存"], mark=0)

# 問5 free text
ws.cell(r, 2, "問5").alignment = center
ws.cell(r, 3, "その他、ご意見・ご質問等があればご記入ください。").alignment = wrap
ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
c = ws.cell(r, 4, "電子カルテの更新を令和7年1月に予定しているため、媒体の選定はベンダと相談して決めたいと考えています。\n打合せはWeb会議（平日午後）を希望します。")
c.alignment = Alignment(wrap_text=True, vertical="top")
c.fill = ans_fill
for col in range(2, 6):
    ws.cell(r, col).border = box
ws.row_dimensions[r].height = 60
remarks_row = r
r += 2

# reference table (not answers)
ws.cell(r, 2, "（参考）支援方針の区分　※アンケートの回答により事務局が決定します（記入不要）").font = Font(bold=True)
r += 1
ref_hdr = ["区分", "概要", "", "医療機関で必要な対応"]
for j, h in enumerate(ref_hdr):
    c = ws.cell(r, 2 + j, h if h else None)
    c.fill = head_fill
    c.border = box
    c.font = Font(bold=True)
ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
r += 1
ref = [
    ("支援A", "サーバ・物品を新設、調達が年度内に可能", "打合せ対応（2～3回）、サーバ・媒体の調達と保守手配、現地作業の立会い"),
    ("支援B", "サーバ・物品を新設、調達は次年度以降", "打合せ対応（2～3回）、サーバ・媒体の調達と保守手配、新設サーバの構築作業（次年度以降）"),
    ("支援C", "サーバは新設せず既存設備に媒体を接続", "打合せ対応（1回程度）、媒体の調達と保守手配"),
    ("報告のみ", "ベンダ等と方針検討中で支援不要", "なし（アンケート回答のみ）"),
    ("対象外", "既にオフラインバックアップを運用中", "なし（アンケート回答のみ）"),
]
for k, gai, taiou in ref:
    ws.cell(r, 2, k).alignment = center
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
    ws.cell(r, 3, gai).alignment = wrap
    ws.cell(r, 5, taiou).alignment = wrap
    for col in range(2, 6):
        ws.cell(r, col).border = box
    ws.row_dimensions[r].height = 30
    r += 1

ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.print_area = f"A1:F{r}"
wb.active = 1
wb.save(OUT)
print("wrote", OUT, "Q3 rows", q3_first, q3_last, "remarks row", remarks_row)
