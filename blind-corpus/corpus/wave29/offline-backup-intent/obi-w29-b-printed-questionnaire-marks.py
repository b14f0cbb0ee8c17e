#!/usr/bin/env python3
# run with a python that has openpyxl (here: /tmp/obi-venv/bin/python, openpyxl 3.1.5; /usr/bin/python3 had none)
"""Excel substitute answer sheet (for hospitals that cannot use the Forms survey): print-style questionnaire,
No. | 設問 | ○ | 選択肢, a 記入要領 sheet in front and a 支援方針一覧 reference sheet; the 支援方針 cell is a formula.
After saving, the formula's cached result is written into the sheet XML, as Excel would have saved it."""
import re, shutil, zipfile, os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = "/work/blind/wave29/offline-backup-intent/obi-w29-b-printed-questionnaire-marks.xlsx"
TMP = "/tmp/obi-w29-b-raw.xlsx"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
head_fill = PatternFill("solid", fgColor="DDEBF7")
note_font = Font(size=9, color="444444")

wb = Workbook()
# ---- 記入要領 ----
ins = wb.active
ins.title = "記入要領"
ins.column_dimensions["A"].width = 4
ins.column_dimensions["B"].width = 100
ins["B1"] = "オフラインバックアップ支援意向に関するアンケート　記入要領"
ins["B1"].font = Font(bold=True, size=13)
lines = [
    "１．本様式は、ポータルシステム経由のWebアンケート（Microsoft Forms）にご回答いただけない医療機関様用です。Formsでご回答済みの場合は提出不要です。",
    "２．「別紙5_各媒体におけるオフライン状態の定義」及び「別紙6_オフラインバックアップ支援可能物品一覧」をご確認の上、現在の電子カルテのバックアップ方法等をご確認ください。",
    "３．選択式の設問は、該当する選択肢の左の「回答」欄に「○」を1つだけ記入してください。",
    "４．Q2の患者数は、Microsoft Teamsの「00_医療機関データ」に表示されている患者情報数を、1から3000の間の数値で記入してください。",
    "５．Q3で「ア（既にオフラインバックアップを取得済み）」を選択した場合、Q4・Q5の回答は不要です（本事業の支援対象外となります）。",
    "６．電子カルテベンダ様等と方針を検討中で、本事業での支援が不要な場合は、Q3「イ」、Q4「エ」を選択してください。",
    "７．「支援方針」欄は回答内容から自動表示されます（入力不要）。最終的な支援方針は事務局にて決定します。",
    "８．提出期限：令和6年8月30日（金）　提出先：医療機関におけるサイバーセキュリティ確保事業　事務局（メール）",
]
for i, t in enumerate(lines, start=3):
    ins.cell(row=i, column=2, value=t).alignment = Alignment(wrap_text=True, vertical="top")
    ins.row_dimensions[i].height = 32

# ---- 回答票 ----
ws = wb.create_sheet("回答票")
for col, w in zip("ABCDEF", [2, 6, 38, 7, 62, 2]):
    ws.column_dimensions[col].width = w
ws.merge_cells("B1:E1")
ws["B1"] = "オフラインバックアップ支援意向に関するアンケート（Excel回答票）"
ws["B1"].font = Font(bold=True, size=14)
ws["B1"].alignment = Alignment(horizontal="center")
ws.merge_cells("B2:E2")
ws["B2"] = "※オフラインバックアップの実施方針を確認させていただくためのアンケートです。記入要領をご確認の上ご記入ください。"
ws["B2"].font = note_font

hdr_rows = [(4, "記入日", "令和6年8月20日"), (5, "記入者（所属・氏名）", "情報システム室　坂本 亮"),
            (6, "連絡先（電話）", "0877-45-1234")]
for r, lab, val in hdr_rows:
    ws.merge_cells(f"B{r}:C{r}")
    ws.merge_cells(f"D{r}:E{r}")
    ws[f"B{r}"] = lab
    ws[f"D{r}"] = val
    for c in "BCDE":
        ws[f"{c}{r}"].border = box
    ws[f"B{r}"].fill = head_fill

# table header
ws["B8"] = "No."
ws["C8"] = "設問"
ws.merge_cells("D8:E8")
ws["D8"] = "回答（選択式は該当欄に○）"
for c in "BCDE":
    ws[f"{c}8"].border = box
    ws[f"{c}8"].fill = head_fill
    ws[f"{c}8"].alignment = center
    ws[f"{c}8"].font = Font(bold=True)

def q_text(r, no, text):
    ws[f"B{r}"] = no
    ws[f"C{r}"] = text
    ws[f"B{r}"].alignment = center
    ws[f"C{r}"].alignment = wrap

def free(r, no, text, value, h=30):
    q_text(r, no, text)
    ws.merge_cells(f"D{r}:E{r}")
    ws[f"D{r}"] = value
    ws[f"D{r}"].alignment = Alignment(wrap_text=True, vertical="center", horizontal="left")
    ws.row_dimensions[r].height = h
    for c in "BCDE":
        ws[f"{c}{r}"].border = box

def choice(r0, no, text, options, marked):
    r1 = r0 + len(options) - 1
    q_text(r0, no, text)
    if r1 > r0:
        ws.merge_cells(f"B{r0}:B{r1}")
        ws.merge_cells(f"C{r0}:C{r1}")
    for i, opt in enumerate(options):
        r = r0 + i
        ws[f"E{r}"] = opt
        ws[f"E{r}"].alignment = wrap
        ws[f"D{r}"].alignment = center
        if i == marked:
            ws[f"D{r}"] = "○"
        ws.row_dimensions[r].height = 30
        for c in "BCDE":
            ws[f"{c}{r}"].border = box

free(9, "Q1", "病院名を入力してください。（正式名称）", "社会医療法人　瀬戸内会　坂出みどり病院")
free(10, "Q2", "患者数を入力してください。\n（Microsoft Teamsの「00_医療機関データ」に表示されている患者情報数。1～3000の数値）",
     3500, h=45)
ws["D10"].alignment = Alignment(horizontal="left", vertical="center")
choice(11, "Q3", "現在の電子カルテのオフラインバックアップの状況\n（該当する1つに○）", [
    "ア　既にオフラインバックアップを取得済み（運用を開始している）　→Q4・Q5は回答不要",
    "イ　電子カルテベンダ等とオフラインバックアップの方針を検討中",
    "ウ　オフラインバックアップは未実施",
], marked=2)
choice(14, "Q4", "本事業におけるオフラインバックアップ整備支援のご意向\n（該当する1つに○）", [
    "ア　本事業で支援可能なサーバ・物品を新設する（サーバ・物品の調達が年度内に可能）",
    "イ　本事業で支援可能なサーバ・物品を新設する（サーバ・物品の調達は次年度以降）",
    "ウ　サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する",
    "エ　本事業での支援は不要（電子カルテベンダ等と検討中）",
], marked=1)
choice(18, "Q5", "バックアップの保存先（希望）\n（該当する1つに○）※外部クラウドの場合、サーバの新設は不要", [
    "ア　院内の物理媒体（テープ、RDX、外付けHDD等）",
    "イ　外部クラウド環境",
], marked=0)
free(20, "Q6", "備考（ご意見・補足事項）",
     "来年度予算で機器を調達する予定のため、構築は次年度以降を希望します。\n媒体はLTOテープを想定（電子カルテベンダと調整中）。", h=48)

ws.merge_cells("B22:C22")
ws["B22"] = "支援方針（自動表示・入力不要）"
ws["B22"].fill = PatternFill("solid", fgColor="FFF2CC")
ws.merge_cells("D22:E22")
ws["D22"] = ('=IF(D11="○","対象外",IF(AND(D12="○",D17="○"),"報告のみ",'
             'IF(D14="○","支援A",IF(D15="○","支援B",IF(D16="○","支援C","")))))')
ws["D22"].alignment = Alignment(horizontal="left", vertical="center")
ws["D22"].font = Font(bold=True)
for c in "BCDE":
    ws[f"{c}22"].border = box
ws.merge_cells("B23:E23")
ws["B23"] = "※各支援方針の内容は「支援方針一覧」シートを参照。最終的な支援方針は事務局にて決定します。"
ws["B23"].font = note_font
ws.print_area = "A1:F23"
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True

# ---- 支援方針一覧 (reference, from the briefing's table) ----
ref = wb.create_sheet("支援方針一覧")
for col, w in zip("ABCD", [10, 40, 44, 48]):
    ref.column_dimensions[col].width = w
ref["A1"] = "【参考】支援方針ごとの対応範囲"
ref["A1"].font = Font(bold=True, size=12)
table = [
    ("支援方針", "概要", "医療機関様で必要な対応", "本事業での支援対応"),
    ("支援A", "本事業にて支援可能なサーバ、物品を新設する意向あり\nサーバ、物品の調達が年度内に可能",
     "Webアンケート回答\n支援事業者との打ち合わせ対応（2～3回程度）\n新設サーバ、バックアップ媒体の調達・保守手配\n既存機器の設定変更対応（手配）\n現地作業における立ち合い対応",
     "要件の共有\n既存バックアップの状況、計画の意向を確認\n計画・運用手順の策定を支援\n新設サーバ、バックアップ媒体の現地構築、設置対応"),
    ("支援B", "本事業にて支援可能なサーバ、物品を新設する意向あり\nサーバ、物品の調達は次年度以降",
     "Webアンケート回答\n支援事業者との打ち合わせ対応（2～3回程度）\n新設サーバ、バックアップ媒体の調達・保守手配\n既存機器の設定変更対応（手配）\n新設サーバの構築作業（次年度以降）",
     "要件の共有\n既存バックアップの状況、計画の意向を確認\n計画・運用手順の策定を支援\n新設サーバ、バックアップ媒体の現地構築手順を提供"),
    ("支援C", "支援可能なサーバを導入の意向なし\n既存設備に、本事業にて支援可能な媒体を接続",
     "Webアンケート回答\n支援事業者との打ち合わせ対応（1回程度）\nバックアップ媒体の調達・保守手配\n既存機器の設定変更対応（手配）",
     "要件の共有\n既存バックアップの状況、計画の意向を確認\n計画の策定を支援"),
    ("報告のみ", "電子カルテベンダ様等と方針検討中であり、支援不要",
     "なし（アンケート回答のみで完了）", "検討中の方針（構成概要、導入予定期）をヒアリングし、厚労省へ報告"),
    ("対象外", "既に電子カルテのオフラインバックアップの運用を開始している",
     "なし（アンケート回答のみで完了）", "導入済の方針（構成概要）をヒアリングし、厚労省へ報告"),
]
for i, row in enumerate(table, start=3):
    for j, v in enumerate(row, start=1):
        c = ref.cell(row=i, column=j, value=v)
        c.border = box
        c.alignment = Alignment(wrap_text=True, vertical="top")
        if i == 3:
            c.fill = head_fill
            c.font = Font(bold=True)
ref["A10"] = "※本事業で支援可能な物品は「別紙6_オフラインバックアップ支援可能物品一覧」に記載の製品です。"
ref["A10"].font = note_font

wb.active = 1
wb.save(TMP)

# write the cached formula result into the sheet XML (as Excel would have done on save)
sheet_xml = "xl/worksheets/sheet2.xml"
with zipfile.ZipFile(TMP) as zin, zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == sheet_xml:
            s = data.decode("utf-8")
            m = re.search(r'<c r="D22"([^>]*)><f>(.*?)</f><v\s*/?>(</v>)?</c>', s)
            assert m, "formula cell not found"
            attrs = m.group(1)
            new = f'<c r="D22"{attrs} t="str"><f>{m.group(2)}</f><v>支援B</v></c>'
            s = s[:m.start()] + new + s[m.end():]
            data = s.encode("utf-8")
        zout.writestr(item, data)
os.remove(TMP)
print("saved", OUT)
