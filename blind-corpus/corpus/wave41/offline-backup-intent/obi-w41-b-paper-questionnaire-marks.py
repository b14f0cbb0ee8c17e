#!/usr/bin/python3
# Generator for obi-w41-b-paper-questionnaire-marks.xlsx
# Role: prefecture office (医療政策課) making an Excel substitute of the Web questionnaire for
# hospitals that cannot use the portal / Microsoft Forms; filled by a hospital 事務 person.
# Saved by openpyxl to /tmp, then re-saved by LibreOffice (headless) into this folder.
# Run: PYTHONPATH=/tmp/obi41-pylib /usr/bin/python3 obi-w41-b-paper-questionnaire-marks.py
import os
import subprocess
import sys
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "obi-w41-b-paper-questionnaire-marks.xlsx"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
hdr_fill = PatternFill("solid", fgColor="DDEBF7")

wb = Workbook()
ws = wb.active
ws.title = "回答様式"

for col, w in {"A": 2, "B": 6, "C": 36, "D": 6, "E": 52, "F": 2}.items():
    ws.column_dimensions[col].width = w

ws["B1"] = "オフラインバックアップ支援意向に関するアンケート（回答用紙）"
ws["B1"].font = Font(size=14, bold=True)
ws.merge_cells("B1:E1")
ws["B2"] = ("※ポータルシステム（Microsoft Forms）での回答が困難な場合は、本様式にご記入の上、"
            "県医療政策課あてメールにてご提出ください。")
ws.merge_cells("B2:E2")
ws["B3"] = ("※「別紙5_各媒体におけるオフライン状態の定義」「別紙6_オフラインバックアップ支援可能物品一覧」"
            "をご確認の上ご回答ください。選択肢は該当する欄に○を付けてください。")
ws.merge_cells("B3:E3")
for a in ("B2", "B3"):
    ws[a].alignment = Alignment(wrap_text=True, vertical="top")
    ws[a].font = Font(size=9)
ws.row_dimensions[2].height = 26
ws.row_dimensions[3].height = 26

ws["B5"] = "病院名：医療法人 讃陽会 西浜総合病院"
ws.merge_cells("B5:E5")
ws["B5"].font = Font(bold=True)
ws["B5"].border = Border(bottom=thin)
ws["B6"] = "回答日：令和6年8月27日　　担当：総務課 田中（087-000-1234）"
ws.merge_cells("B6:E6")

# question table
r = 8
for col, text in zip("BCDE", ["No.", "設問", "○", "回答・選択肢"]):
    c = ws[f"{col}{r}"]
    c.value = text
    c.fill = hdr_fill
    c.font = Font(bold=True)
    c.alignment = center
    c.border = box


def question(row, no, text, options, marks):
    """options listed one per row in E, mark column D; the question text merged over C."""
    n = len(options)
    ws[f"B{row}"] = no
    ws[f"C{row}"] = text
    if n > 1:
        ws.merge_cells(f"B{row}:B{row + n - 1}")
        ws.merge_cells(f"C{row}:C{row + n - 1}")
    ws[f"B{row}"].alignment = center
    ws[f"C{row}"].alignment = wrap
    for i, opt in enumerate(options):
        rr = row + i
        ws[f"E{rr}"] = opt
        ws[f"E{rr}"].alignment = wrap
        ws[f"D{rr}"] = marks.get(i)
        ws[f"D{rr}"].alignment = center
        for col in "BCDE":
            ws[f"{col}{rr}"].border = box
    return row + n


# Q1 patient count: answer written in E, D unused
ws["B9"] = "１"
ws["C9"] = ("患者数\n（Microsoft Teams「00_医療機関データ」に表示されている患者情報数。"
            "1～3000の数値で記入）")
ws["E9"] = "3,500"           # planted: above the survey's 1-3000 bound
ws["B9"].alignment = center
ws["C9"].alignment = wrap
ws["E9"].alignment = Alignment(horizontal="left", vertical="center")
for col in "BCDE":
    ws[f"{col}9"].border = box
ws.row_dimensions[9].height = 48

nxt = question(10, "２",
               "現在の電子カルテのオフラインバックアップの状況",
               ["既に電子カルテのオフラインバックアップを運用している（本事業の支援対象外）",
                "電子カルテベンダ等とオフラインバックアップの方針を検討中",
                "実施していない"],
               {})                      # planted: no option marked
nxt = question(nxt, "３",
               "本事業での支援の意向",
               ["本事業で支援可能なサーバ・物品を新設したい（年度内に調達可能）",
                "本事業で支援可能なサーバ・物品を新設したい（調達は次年度以降）",
                "サーバは新設せず、既存設備に支援可能な媒体を接続したい",
                "ベンダ等と検討中のため本事業での支援は不要"],
               {1: "○"})
nxt = question(nxt, "４",
               "バックアップの保存先（希望）\n※３で支援不要の場合は記入不要",
               ["院内の物理媒体（LTO・外付けHDD等）",
                "外部クラウド（サーバの新設は不要）"],
               {0: "○"})
# Q5 remarks
ws[f"B{nxt}"] = "５"
ws[f"C{nxt}"] = "備考（ご質問等）"
ws[f"E{nxt}"] = "来年度の予算要求後に調達予定。\nLTO装置の機種は電子カルテベンダと相談中です。"
ws[f"B{nxt}"].alignment = center
ws[f"C{nxt}"].alignment = wrap
ws[f"E{nxt}"].alignment = wrap
for col in "BCDE":
    ws[f"{col}{nxt}"].border = box
ws.row_dimensions[nxt].height = 40

r2 = nxt + 2
ws[f"B{r2}"] = "【事務局使用欄】支援方針（支援A／支援B／支援C／報告のみ／対象外）"
ws.merge_cells(f"B{r2}:C{r2}")
ws[f"E{r2}"].border = box
ws[f"B{r2}"].font = Font(size=9)
ws.print_area = f"A1:F{r2}"
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1

# ---- reference sheet: 支援方針 table from the briefing
ref = wb.create_sheet("記入要領")
ref["A1"] = "【参考】支援方針ごとの対応範囲（説明会資料より）"
ref["A1"].font = Font(bold=True)
ref.append([])
ref.append(["支援方針", "概要", "医療機関様で必要な対応", "本事業での支援対応"])
ref.append(["支援A",
            "本事業にて支援可能なサーバ、物品を新設する意向あり\nサーバ、物品の調達が年度内に可能",
            "Webアンケート回答\n支援事業者との打ち合わせ対応（2～3回程度）\n新設サーバ、バックアップ媒体の調達・保守手配\n"
            "既存機器の設定変更対応（手配）\n現地作業における立ち合い対応",
            "オフラインバックアップの計画・運用手順の策定を支援\n新設サーバ、バックアップ媒体の現地構築、設置対応"])
ref.append(["支援B",
            "本事業にて支援可能なサーバ、物品を新設する意向あり\nサーバ、物品の調達は次年度以降",
            "Webアンケート回答\n支援事業者との打ち合わせ対応（2～3回程度）\n新設サーバ、バックアップ媒体の調達・保守手配\n"
            "既存機器の設定変更対応（手配）\n新設サーバの構築作業（次年度以降）",
            "オフラインバックアップの計画・運用手順の策定を支援\n新設サーバ、バックアップ媒体の現地構築手順を提供"])
ref.append(["支援C",
            "支援可能なサーバを導入の意向なし\n既存設備に、本事業にて支援可能な媒体を接続",
            "Webアンケート回答\n支援事業者との打ち合わせ対応（1回程度）\nバックアップ媒体の調達・保守手配\n既存機器の設定変更対応（手配）",
            "オフラインバックアップの計画の策定を支援"])
ref.append(["報告のみ",
            "電子カルテベンダ様等と方針検討中であり、支援不要",
            "なし（アンケート回答のみで完了）",
            "検討中の方針（構成概要、導入予定期）をヒアリングし、厚労省へ報告"])
ref.append(["対象外",
            "既に電子カルテのオフラインバックアップの運用を開始している",
            "なし（アンケート回答のみで完了）",
            "導入済の方針（構成概要）をヒアリングし、厚労省へ報告"])
for col, w in {"A": 10, "B": 40, "C": 44, "D": 44}.items():
    ref.column_dimensions[col].width = w
for row in ref.iter_rows(min_row=3, max_row=8, max_col=4):
    for c in row:
        c.border = box
        c.alignment = Alignment(wrap_text=True, vertical="top")
ref.append([])
ref.append(["※外部クラウドに保存する場合、クラウド接続装置はクラウド事業者にて調達・設置します（サーバの新設は不要）。"])

tmpdir = tempfile.mkdtemp(prefix="obi41b-")
tmp = os.path.join(tmpdir, NAME)
wb.save(tmp)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", HERE, tmp],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print("saved", os.path.join(HERE, NAME), file=sys.stderr)
