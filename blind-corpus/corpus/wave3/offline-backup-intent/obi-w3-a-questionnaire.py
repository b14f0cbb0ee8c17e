#!/usr/bin/python3
"""obi-w3-a-questionnaire: a hospital's in-house copy of the オフラインバックアップ支援意向アンケート,
No. | 設問 | 選択 | 回答 layout with ● typed beside the chosen option, a derived 支援方針 by formula
(cached after LibreOffice re-save), and an explanation sheet from the briefing's table.
Filled completely and correctly. Regenerate: /usr/bin/python3 obi-w3-a-questionnaire.py (needs soffice)"""
import os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "obi-w3-a-questionnaire"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="FCE4D6")
QF = PatternFill("solid", fgColor="F2F2F2")
F = "游ゴシック"

wb = Workbook()
ws = wb.active
ws.title = "アンケート回答控"
for col, w in {"A": 6, "B": 46, "C": 6, "D": 56}.items():
    ws.column_dimensions[col].width = w


def put(ref, v, bold=False, fill=None, align=None, size=10, border=True):
    c = ws[ref]
    c.value = v
    c.font = Font(name=F, bold=bold, size=size)
    if fill:
        c.fill = fill
    if border:
        c.border = box
    c.alignment = Alignment(horizontal=align, vertical="center", wrap_text=True)
    return c


ws.merge_cells("A1:D1")
put("A1", "オフラインバックアップ支援意向に関するアンケート（回答控え）", bold=True, size=13, border=False)
ws.merge_cells("A2:D2")
put("A2", "※ポータル経由のWebアンケート（Microsoft Forms）に入力する前に、院内で回答内容を確認するための控え。"
          "回答前に別紙5「各媒体におけるオフライン状態の定義」、別紙6「支援可能物品一覧」を確認すること。",
    size=9, border=False)
ws.row_dimensions[2].height = 28
put("D3", "記入日：R6.8.20", size=9, border=False, align="right")

for col, h in zip("ABCD", ["No.", "設問", "選択", "回答"]):
    put(f"{col}4", h, bold=True, fill=HEAD, align="center")

put("A5", "1", align="center")
put("B5", "患者数を入力してください。\nMicrosoft Teamsの「00_医療機関データ」に表示されている患者情報数を記入ください。"
          "（1から3000の間の数値）")
put("C5", None)
put("D5", "1,250")
ws["D5"].number_format = "@"
ws.row_dimensions[5].height = 44
put("A6", "2", align="center")
put("B6", "病院名を入力してください。")
put("C6", None)
put("D6", "公益財団法人 白樺会 白樺総合病院")


def question(r, no, text, options, chosen):
    put(f"A{r}", no, align="center", fill=QF)
    ws.merge_cells(f"B{r}:D{r}")
    put(f"B{r}", text, fill=QF)
    for i, opt in enumerate(options):
        rr = r + 1 + i
        put(f"A{rr}", None)
        put(f"B{rr}", None)
        put(f"C{rr}", "●" if i == chosen else None, align="center")
        put(f"D{rr}", opt)
    ws.merge_cells(f"A{r+1}:B{r+len(options)}")
    return r + 1 + len(options)


r = question(7, "3", "現在の電子カルテのバックアップ状況について、該当するものを1つ選択してください。", [
    "既に電子カルテのオフラインバックアップを運用している（本事業の支援対象外）",
    "電子カルテベンダ等とオフラインバックアップの方針を検討中",
    "オフラインバックアップは実施していない",
], chosen=2)                                   # rows 8-10
r = question(r, "4", "本事業によるオフラインバックアップ整備支援の意向について、該当するものを1つ選択してください。", [
    "本事業で支援可能なサーバ・物品を新設する（年度内に調達可能）",
    "本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）",
    "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する",
    "本事業での支援は不要（電子カルテベンダ等と検討中）",
], chosen=0)                                   # rows 12-15
r = question(r, "5", "オフラインバックアップの保存先の希望を選択してください。", [
    "院内の物理媒体に保存（テープ・外付けHDD等）",
    "外部クラウド環境に保存（サーバの新設は不要）",
], chosen=0)                                   # rows 17-18
put(f"A{r}", "6", align="center")
put(f"B{r}", "ご意見・ご質問等があればご記入ください。（任意）")
put(f"C{r}", None)
put(f"D{r}", "現行のバックアップはNASへの日次取得のみ（常時接続）。\nLTOテープ装置の導入を想定しています。")
ws.row_dimensions[r].height = 36
remarks_row = r
r += 2
put(f"A{r}", None, fill=HEAD)
put(f"B{r}", "想定される支援方針（自動判定・入力不要）", bold=True, fill=HEAD)
put(f"C{r}", None, fill=HEAD)
put(f"D{r}", '=IF(C8="●","対象外",IF(C15="●","報告のみ",IF(C12="●","支援A",IF(C13="●","支援B",'
             'IF(C14="●","支援C","")))))', bold=True, align="center")
policy_row = r
r += 1
ws.merge_cells(f"A{r}:D{r}")
put(f"A{r}", "※支援方針は事務局がアンケート結果から決定する。上記は院内説明用の目安。", size=8, border=False)

ex = wb.create_sheet("支援方針の説明")
ex.column_dimensions["A"].width = 10
ex.column_dimensions["B"].width = 50
ex.column_dimensions["C"].width = 50
rows = [
    ("支援方針", "概要", "医療機関で必要な対応"),
    ("支援A", "支援可能なサーバ・物品を新設する意向あり。調達が年度内に可能", "打ち合わせ（2～3回）、新設サーバ・媒体の調達と保守手配、既存機器の設定変更、現地作業の立ち合い"),
    ("支援B", "支援可能なサーバ・物品を新設する意向あり。調達は次年度以降", "打ち合わせ（2～3回）、新設サーバ・媒体の調達と保守手配、既存機器の設定変更、新設サーバの構築作業（次年度以降）"),
    ("支援C", "サーバ新設の意向なし。既存設備に支援可能な媒体を接続", "打ち合わせ（1回程度）、媒体の調達と保守手配、既存機器の設定変更"),
    ("報告のみ", "電子カルテベンダ等と方針検討中で、支援不要", "なし（アンケート回答のみ）"),
    ("対象外", "既に電子カルテのオフラインバックアップを運用中", "なし（アンケート回答のみ）"),
]
for i, row in enumerate(rows, 1):
    for j, v in enumerate(row, 1):
        c = ex.cell(row=i, column=j, value=v)
        c.alignment = Alignment(wrap_text=True, vertical="top")
        c.border = box
        if i == 1:
            c.font = Font(bold=True)
            c.fill = HEAD

tmp = tempfile.mkdtemp()
raw = os.path.join(tmp, NAME + ".xlsx")
wb.save(raw)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", os.path.join(tmp, "out"), raw],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(tmp, "out", NAME + ".xlsx"), os.path.join(HERE, NAME + ".xlsx"))
print("remarks row", remarks_row, "policy row", policy_row)
