#!/usr/bin/python3
"""obi-w30-b: paper-style (FAX/mail) questionnaire that a prefecture office made for hospitals that
cannot use the Web questionnaire (Microsoft Forms) -- 問1..問6, ○ marks beside options,
print-style borders with a blank spacer column, a 記入要領 sheet first and a reference sheet with the
briefing's 支援方針 table. Filled by a hospital 医事課 person. Saved by openpyxl only.
Planted: patient count over 3000; 支援方針 typed into the office-use box (and contradicting the answers).
"""
import sys, os
sys.path.insert(0, "/tmp/obi-py")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "obi-w30-b-paper-questionnaire-marks.xlsx"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
gray = PatternFill("solid", fgColor="D9D9D9")
yellow = PatternFill("solid", fgColor="FFF2CC")
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center")

wb = Workbook()

# ---- 記入要領 ----
ins = wb.active
ins.title = "記入要領"
lines = [
    "オフラインバックアップ支援意向に関するアンケート（紙様式）記入要領",
    "",
    "１　本様式は、ポータルシステム経由のWebアンケート（Microsoft Forms）に回答できない病院向けの様式です。",
    "２　「別紙5_各媒体におけるオフライン状態の定義」をご確認のうえ、現在の電子カルテのバックアップ方法等をご確認ください。",
    "３　選択式の設問は、該当する選択肢の左の欄に「○」を１つだけ記入してください。",
    "４　問２の患者数は、Microsoft Teamsの「00_医療機関データ」に表示されている患者情報数（1～3000）を記入してください。",
    "５　問３で「既に電子カルテのオフラインバックアップを運用している」を選択した場合は、問４・問５の回答は不要です（本事業の支援対象外）。",
    "６　支援方針は回答内容をもとに事務局が決定します。「事務局使用欄」には記入しないでください。",
    "７　回答期限：令和6年8月30日（金）",
]
for i, t in enumerate(lines, start=1):
    ins.cell(i, 1, t)
ins["A1"].font = Font(bold=True, size=12)
ins.column_dimensions["A"].width = 120

# ---- 回答票 ----
ws = wb.create_sheet("回答票")
ws.column_dimensions["A"].width = 2   # spacer
ws.column_dimensions["B"].width = 7
ws.column_dimensions["C"].width = 6
ws.column_dimensions["D"].width = 58
ws.column_dimensions["E"].width = 12
ws.column_dimensions["F"].width = 2   # spacer

ws.merge_cells("B2:E2")
ws["B2"] = "オフラインバックアップ支援意向に関するアンケート　回答票"
ws["B2"].font = Font(bold=True, size=14)
ws["B2"].alignment = center
ws.merge_cells("B3:E3")
ws["B3"] = "医療機関におけるサイバーセキュリティ確保事業（令和6年度）　※回答期限　令和6年8月30日（金）"
ws["B3"].alignment = center
ws.merge_cells("B4:E4")
ws["B4"] = "（送付先）香川県健康福祉部医務国保課 医療企画G　FAX 087-806-0248"
ws["B4"].alignment = Alignment(horizontal="right")


def border_range(rng):
    for row in ws[rng]:
        for c in row:
            c.border = box


def question(row, no, text, height=30):
    ws.cell(row, 2, no).alignment = center
    ws.cell(row, 2).fill = gray
    ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=5)
    ws.cell(row, 3, text).alignment = wrap
    ws.cell(row, 3).fill = gray
    ws.row_dimensions[row].height = height
    border_range(f"B{row}:E{row}")


def option_rows(row0, options, marked):
    """options in D, mark column C (○ written by the filler), number in B."""
    for k, opt in enumerate(options):
        r = row0 + k
        ws.cell(r, 2, k + 1).alignment = center
        if k == marked:
            ws.cell(r, 3, "○")
        ws.cell(r, 3).alignment = center
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
        ws.cell(r, 4, opt).alignment = wrap
        border_range(f"B{r}:E{r}")
    return row0 + len(options)


# 問1 hospital name: label above, value below (merged)
question(6, "問１", "病院名（正式名称）を記入してください。")
ws.merge_cells("B7:E7")
ws["B7"] = "医療法人 五色会 宇多津ひかり病院　"   # trailing full-width space (habit)
ws["B7"].fill = yellow
ws["B7"].alignment = wrap
ws.row_dimensions[7].height = 24
border_range("B7:E7")

# 問2 count: value in D with unit in E
question(9, "問２", "患者数を記入してください。\n（Microsoft Teamsの「00_医療機関データ」に表示されている患者情報数。1～3000の数値）", 42)
ws.merge_cells("B10:C10")
ws["B10"] = "患者数"
ws["B10"].alignment = center
ws["D10"] = 12480                      # PLANTED: over 3000 (wrote the yearly patient total)
ws["D10"].number_format = "#,##0"
ws["D10"].fill = yellow
ws["E10"] = "件"
ws["E10"].alignment = center
border_range("B10:E10")

# 問3 current state
question(12, "問３", "現在の電子カルテのバックアップの状況について、該当するもの１つに○を付けてください。")
nxt = option_rows(13, [
    "既に電子カルテのオフラインバックアップを運用している（→本事業の支援対象外。問６へ）",
    "電子カルテベンダ等とオフラインバックアップの方針を検討中である",
    "オフラインバックアップは実施していない",
], marked=2)

# 問4 intent
question(17, "問４", "本事業によるオフラインバックアップ整備支援の意向について、該当するもの１つに○を付けてください。\n（問３で１を選択した場合は回答不要）", 42)
option_rows(18, [
    "本事業で支援可能なサーバ・物品を新設する意向があり、サーバ・物品の調達が年度内に可能",
    "本事業で支援可能なサーバ・物品を新設する意向があるが、サーバ・物品の調達は次年度以降となる",
    "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する",
    "電子カルテベンダ等と方針を検討中であり、本事業での支援は不要",
], marked=1)

# 問5 storage: options in one cell, filler deleted the one not chosen
question(23, "問５", "オフラインバックアップの保存先の希望について、該当しないものを消してください。\n（外部クラウドの場合、サーバの新設は不要です）", 42)
ws.merge_cells("B24:E24")
ws["B24"] = "院内の物理媒体"          # originally 「院内の物理媒体　・　外部クラウド」; 外部クラウド deleted
ws["B24"].alignment = center
ws["B24"].fill = yellow
border_range("B24:E24")

# 問6 remarks
question(26, "問６", "その他、ご意見・ご質問等がございましたらご記入ください。")
ws.merge_cells("B27:E29")
ws["B27"] = "LTO装置の更新を来年度予算で要求予定です。\n打合せには電子カルテベンダ（保守担当）も同席させます。"
ws["B27"].alignment = Alignment(wrap_text=True, vertical="top")
ws["B27"].fill = yellow
border_range("B27:E29")

# contact (no key)
ws.merge_cells("B31:C31")
ws["B31"] = "記入者"
ws["D31"] = "医事課　情報係長　多田 恵美　（TEL 0877-49-1234）"
border_range("B31:E31")

# office-use box
ws.merge_cells("B33:C33")
ws["B33"] = "事務局使用欄"
ws["B33"].fill = gray
ws["D33"] = "支援方針（記入不要）"
ws["E33"] = "支援A"                     # PLANTED: typed by the hospital; answers give 支援B
ws["E33"].alignment = center
border_range("B33:E33")

ws.print_area = "A1:F34"
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1

# ---- reference table (the briefing's table) ----
ref = wb.create_sheet("（参考）支援方針")
ref.append(["支援方針", "概要", "医療機関様で必要な対応", "本事業での支援対応"])
ref.append(["支援A・支援B",
            "医療機関様にて、本事業にて支援可能なサーバ、物品を新設する意向あり\n【支援A】サーバ、物品の調達が年度内に可能\n【支援B】サーバ、物品の調達は次年度以降",
            "Webアンケート回答\n支援事業者との打ち合わせ対応（2~3回程度）\n新設サーバ、バックアップ媒体の調達\n新設サーバ、バックアップ媒体の保守手配\n既存機器の設定変更対応（手配）\n【支援Aのみ】現地作業における立ち合い対応\n【支援Bのみ】新設サーバの構築作業（次年度以降）",
            "オフラインバックアップの要件を共有\n打ち合わせにて既存バックアップの状況、計画の意向を確認\n計画・運用手順の策定を支援\n【支援Aのみ】新設サーバ、バックアップ媒体の現地構築、設置対応\n【支援Bのみ】現地構築手順を提供"])
ref.append(["支援C",
            "医療機関様にて支援可能なサーバを導入の意向なし\n既存設備に、本事業にて支援可能な媒体を接続",
            "Webアンケート回答\n支援事業者との打ち合わせ対応（1回程度）\nバックアップ媒体の調達\nバックアップ媒体の保守手配\n既存機器の設定変更対応（手配）",
            "オフラインバックアップの要件を共有\n打ち合わせにて既存バックアップの状況、計画の意向を確認\n計画の策定を支援"])
ref.append(["報告のみ",
            "電子カルテベンダ様等とオフラインバックアップの方針検討中であり、支援不要",
            "なし（アンケート回答のみで完了）",
            "検討中の方針（構成概要、導入予定期）をヒアリングし、厚労省へ報告"])
ref.append(["対象外",
            "既存環境ですでに電子カルテのオフラインバックアップの運用が開始している",
            "なし（アンケート回答のみで完了）",
            "導入済の方針（構成概要）をヒアリングし、厚労省へ報告"])
for row in ref.iter_rows(min_row=1, max_row=5, max_col=4):
    for c in row:
        c.border = box
        c.alignment = Alignment(wrap_text=True, vertical="top")
for c in ref[1]:
    c.font = Font(bold=True)
    c.fill = gray
for col, w in zip("ABCD", [14, 44, 44, 44]):
    ref.column_dimensions[col].width = w

wb.active = 1
wb.save(os.path.join(OUT, NAME))
print("wrote", os.path.join(OUT, NAME))
