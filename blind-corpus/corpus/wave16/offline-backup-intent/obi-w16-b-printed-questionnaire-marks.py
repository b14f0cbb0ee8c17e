#!/usr/bin/python3
"""obi-w16-b: prefecture-style Excel answer sheet (for hospitals that cannot use Microsoft Forms), one
hospital, print layout with borders and a spacer column, options chosen by a mark in the column before
the option, plus a 記入要領 sheet. Filled by a busy hospital clerk; two planted problems."""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = "/work/blind/wave16/offline-backup-intent"
NAME = "obi-w16-b-printed-questionnaire-marks"
S = "回答票"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
grey = PatternFill("solid", fgColor="EDEDED")

wb = Workbook()
ws = wb.active
ws.title = S
for col, w in {"A": 2, "B": 6, "C": 16, "D": 16, "E": 12, "F": 6, "G": 22, "H": 22, "I": 18, "J": 2}.items():
    ws.column_dimensions[col].width = w

def put(ref, v, bold=False, fill=None, align=wrap):
    c = ws[ref]
    c.value = v
    c.alignment = align
    if bold:
        c.font = Font(bold=True)
    if fill:
        c.fill = fill
    return c

def frame(rng):
    for row in ws[rng]:
        for c in row:
            c.border = box

ws.merge_cells("B1:I1")
put("B1", "令和6年度 医療機関におけるサイバーセキュリティ確保事業\nオフラインバックアップ支援意向に関するアンケート（回答票）",
    bold=True, align=Alignment(horizontal="center", vertical="center", wrap_text=True))
ws.row_dimensions[1].height = 36
ws.merge_cells("B2:I2")
put("B2", "※Microsoft Forms（ポータルシステム）での回答が難しい場合に限り、本様式に記入の上、事務局へメールでご提出ください。（締切：8月30日）")
ws.merge_cells("B3:I3")
put("B3", "※回答にあたっては「別紙5_各媒体におけるオフライン状態の定義」をご確認ください。選択肢は該当するものの左の欄に○を付けてください。")
ws.row_dimensions[2].height = 28
ws.row_dimensions[3].height = 28

put("G5", "記入日", bold=True, fill=grey)
put("H5", "令和6年8月26日")
frame("G5:H5")

# header of the question table
put("B7", "No.", bold=True, fill=grey)
ws.merge_cells("C7:E7"); put("C7", "設問", bold=True, fill=grey)
put("F7", "選択", bold=True, fill=grey)
ws.merge_cells("G7:I7"); put("G7", "回答／選択肢", bold=True, fill=grey)
frame("B7:I7")

r = 8
def question(no, text, nrows):
    ws.merge_cells(start_row=r, start_column=2, end_row=r + nrows - 1, end_column=2)
    ws.merge_cells(start_row=r, start_column=3, end_row=r + nrows - 1, end_column=5)
    put(f"B{r}", no, align=Alignment(horizontal="center", vertical="center"))
    put(f"C{r}", text)

# Q1 hospital name
question("１", "病院名（正式名称）を記入してください。", 1)
ws.merge_cells(f"F{r}:I{r}")
put(f"F{r}", "医療法人綾川会 綾歌さくら病院")
frame(f"B{r}:I{r}"); ws.row_dimensions[r].height = 24
cell_name = f"F{r}"; r += 1

# Q2 patient count
question("２", "患者数を記入してください。\n（Microsoft Teamsの「00_医療機関データ」に表示されている患者情報数。1～3000の数値）", 1)
ws.merge_cells(f"F{r}:H{r}")
c = put(f"F{r}", 12480, align=Alignment(horizontal="right", vertical="center"))
c.number_format = "#,##0"
put(f"I{r}", "件")
frame(f"B{r}:I{r}"); ws.row_dimensions[r].height = 48
cell_count = f"F{r}"; r += 1

def options(items, marked):
    global r
    cells = []
    for i, (label, text) in enumerate(items):
        rr = r + i
        ws.merge_cells(f"G{rr}:I{rr}")
        put(f"G{rr}", f"{label}　{text}")
        if marked is not None and i == marked[0]:
            put(f"F{rr}", marked[1], align=Alignment(horizontal="center", vertical="center"))
        ws.row_dimensions[rr].height = 30
        cells.append(f"F{rr}")
    frame(f"B{r}:I{r + len(items) - 1}")
    r += len(items)
    return cells

# Q3 current state -> ウ
question("３", "現在の電子カルテのバックアップの状況について、該当するものを1つ選んでください。", 3)
options([("ア", "既に電子カルテのオフラインバックアップを運用している（→ 回答終了）"),
         ("イ", "電子カルテベンダ等とオフラインバックアップの方針を検討中"),
         ("ウ", "オフラインバックアップは未実施")], (2, "○"))

# Q4 intent -> left blank (planted)
question("４", "（３でイ・ウの方）本事業での支援に関するご意向を1つ選んでください。", 4)
q4cells = options([("ア", "本事業で支援可能なサーバ・物品を新設する（年度内に調達可能）→ 支援A"),
                   ("イ", "本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）→ 支援B"),
                   ("ウ", "サーバは新設せず、既存設備に支援可能な媒体を接続する → 支援C"),
                   ("エ", "ベンダ等と検討中のため、本事業での支援は不要 → 報告のみ")], None)

# Q5 storage -> 院内の物理媒体
question("５", "（４でア～ウの方）バックアップの保存先のご希望を選んでください。\n※外部クラウドの場合、サーバの新設は不要です。", 2)
options([("ア", "院内の物理媒体に保存"), ("イ", "外部クラウド環境に保存")], (0, "〇"))

# Q6 remarks
question("６", "備考（ご質問・ご要望等）", 1)
ws.merge_cells(f"F{r}:I{r}")
remarks = "現在は外付けHDDに日次でバックアップを取得していますが、常時接続のままです。\n媒体の選定について相談させてください。"
put(f"F{r}", remarks)
frame(f"B{r}:I{r}"); ws.row_dimensions[r].height = 48
r += 2

# respondent block (not form keys)
put(f"B{r}", "回答者", bold=True)
r += 1
for lab, val in (("所属・役職", "事務部 医事課 主任"), ("氏名", "綾田 恵子"), ("電話番号", "0877-86-5521"),
                 ("メールアドレス", "iji@ayauta-sakura.example.jp")):
    ws.merge_cells(f"B{r}:C{r}"); put(f"B{r}", lab, fill=grey)
    ws.merge_cells(f"D{r}:G{r}"); put(f"D{r}", val)
    frame(f"B{r}:G{r}")
    r += 1
r += 1
ws.merge_cells(f"B{r}:D{r}"); put(f"B{r}", "事務局使用欄：支援方針", fill=grey)
ws.merge_cells(f"E{r}:G{r}")
frame(f"B{r}:G{r}")

ws.print_area = f"A1:J{r}"
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1

# instructions sheet
wi = wb.create_sheet("記入要領")
wi.column_dimensions["A"].width = 100
lines = [
    "【記入要領】",
    "1. 本回答票は、ポータルシステムのWebアンケート（Microsoft Forms）で回答できない医療機関様向けの様式です。",
    "2. 患者数は、Microsoft Teamsの「00_医療機関データ」に表示されている患者情報数を、1～3000の数値で記入してください。",
    "3. 設問３で「ア 既に運用している」を選んだ場合、本事業での支援対象外となります。設問４以降の回答は不要です。",
    "4. 設問３で「イ」「ウ」を選んだ場合は、設問４を必ず回答してください。",
    "5. 設問４で「ア」～「ウ」を選んだ場合は、設問５（保存先）も回答してください。",
    "6. 支援方針（支援A／支援B／支援C／報告のみ／対象外）は回答内容から事務局が決定します。記入は不要です。",
]
for i, t in enumerate(lines, 1):
    wi.cell(row=i, column=1, value=t).alignment = Alignment(wrap_text=True)

wb.save(os.path.join(OUT, NAME + ".xlsx"))

exp = {
    "form": "offline-backup-intent",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "hospitalName": "医療法人綾川会 綾歌さくら病院",
        "patientCount": 12480,
        "currentState": "NOT_IMPLEMENTED",
        "storage": "ON_PREMISES_MEDIA",
        "remarks": remarks,
    },
    "planted": [
        {"cells": [f"{S}!{cell_count}"], "paths": ["patientCount"],
         "why": "患者数 12,480 is outside the survey's allowed range 1–3000 (the Forms field requires a number between 1 and 3000)"},
        {"cells": [f"{S}!{c}" for c in q4cells], "paths": ["intent"],
         "why": "設問４（支援の意向）is required because 設問３ is ウ 未実施, but no option is marked; the 支援方針 cannot be derived"},
    ],
    "notes": ("One hospital, sheet 回答票; options are chosen by a mark in column F left of the option text "
              "(Q3 '○' on ウ → NOT_IMPLEMENTED; Q5 '〇' (U+3007) on ア → ON_PREMISES_MEDIA). Patient count is a number "
              "cell formatted #,##0 with unit 件 in the next cell. 記入日 (令和6年8月26日, text), respondent block and "
              "the empty 事務局使用欄 支援方針 are not form keys; supportPolicy is not shown, so omitted. "
              "Sheet 記入要領 holds instructions only."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", cell_name, cell_count, q4cells)
