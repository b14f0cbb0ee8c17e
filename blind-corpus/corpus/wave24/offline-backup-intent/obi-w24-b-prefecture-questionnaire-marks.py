#!/usr/bin/python3
"""obi-w24-b: prefecture's printable Excel version of the オフラインバックアップ支援意向アンケート
(for hospitals that cannot use the Web form). Questionnaire layout No.|設問|選択肢|回答欄(○), spacer columns,
borders, an instructions sheet with the 支援方針 table, and a 事務局記入欄 below the questions.
Saved by openpyxl, then re-saved by LibreOffice.
Planted: patient count over 3000; 支援方針 typed in by the hospital (and inconsistent with its answers)."""
import json
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "obi-w24-b-prefecture-questionnaire-marks"
SHEET = "回答票"

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
GREY = PatternFill("solid", fgColor="EDEDED")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def build(out_dir):
    wb = Workbook()

    # ---------- 記入要領 ----------
    guide = wb.active
    guide.title = "記入要領"
    guide.column_dimensions["A"].width = 2
    guide.column_dimensions["B"].width = 12
    guide.column_dimensions["C"].width = 48
    guide.column_dimensions["D"].width = 40
    guide["B1"] = "記入要領"
    guide["B1"].font = Font(size=14, bold=True)
    lines = [
        "１．本票は、ポータルシステム経由のWebアンケート（Microsoft Forms）に回答できない病院向けの様式です。",
        "２．回答にあたっては「別紙5_各媒体におけるオフライン状態の定義」「別紙6_オフラインバックアップ支援可能物品一覧」を確認してください。",
        "３．選択式の設問は、該当する選択肢の回答欄に「○」を１つ記入してください。",
        "４．問２の患者数は、Microsoft Teamsの「00_医療機関データ」に表示されている患者情報数（1～3000の数値）を記入してください。",
        "５．「支援方針」欄は回答内容をもとに事務局が判定しますので、記入しないでください。",
        "６．提出期限：令和6年8月30日（金）",
    ]
    for i, t in enumerate(lines, start=3):
        guide.cell(i, 2, t)
    guide["B10"] = "（参考）支援方針と回答内容の関係"
    guide["B10"].font = Font(bold=True)
    table = [
        ("支援方針", "概要", "医療機関で必要な対応"),
        ("支援A", "本事業で支援可能なサーバ、物品を新設する意向あり（調達が年度内に可能）",
         "打合せ（2～3回程度）、新設サーバ・媒体の調達と保守手配、既存機器の設定変更、現地作業の立会い"),
        ("支援B", "本事業で支援可能なサーバ、物品を新設する意向あり（調達は次年度以降）",
         "打合せ（2～3回程度）、新設サーバ・媒体の調達と保守手配、既存機器の設定変更、新設サーバの構築作業（次年度以降）"),
        ("支援C", "サーバを導入の意向なし。既存設備に本事業で支援可能な媒体を接続",
         "打合せ（1回程度）、媒体の調達と保守手配、既存機器の設定変更"),
        ("報告のみ", "電子カルテベンダ等とオフラインバックアップの方針検討中であり、支援不要", "なし（アンケート回答のみで完了）"),
        ("対象外", "既に電子カルテのオフラインバックアップの運用を開始している", "なし（アンケート回答のみで完了）"),
    ]
    for r, row in enumerate(table, start=11):
        for c, v in enumerate(row, start=2):
            cell = guide.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BOX
            if r == 11:
                cell.fill = HEAD_FILL
                cell.font = Font(bold=True)
        guide.row_dimensions[r].height = 15 if r == 11 else 45

    # ---------- 回答票 ----------
    ws = wb.create_sheet(SHEET)
    wb.active = 1
    for col, w in {"A": 2, "B": 6, "C": 40, "D": 46, "E": 12, "F": 2}.items():
        ws.column_dimensions[col].width = w
    ws.merge_cells("B1:E1")
    ws["B1"] = "オフラインバックアップ支援意向に関するアンケート（回答票）"
    ws["B1"].font = Font(size=14, bold=True)
    ws["B1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("B2:E2")
    ws["B2"] = "医療機関におけるサイバーセキュリティ確保事業　　香川県健康福祉部医務国保課"
    ws["B2"].alignment = Alignment(horizontal="right")
    ws.merge_cells("B3:E3")
    ws["B3"] = "※選択式の設問は、該当する選択肢の回答欄に「○」を記入してください（各問1つ）。"
    ws["B3"].font = Font(size=9)

    r = 5
    for c, v in zip("BCDE", ["No.", "設問", "選択肢", "回答欄"]):
        ws[f"{c}{r}"] = v
        ws[f"{c}{r}"].fill = HEAD_FILL
        ws[f"{c}{r}"].font = Font(bold=True)
        ws[f"{c}{r}"].alignment = CENTER
    box(ws, f"B{r}:E{r}")

    # free-entry questions: answer spans D:E
    def free_q(row, no, text, value, height=30):
        ws[f"B{row}"] = no
        ws[f"C{row}"] = text
        ws.merge_cells(f"D{row}:E{row}")
        ws[f"D{row}"] = value
        ws[f"B{row}"].alignment = CENTER
        ws[f"C{row}"].alignment = WRAP
        ws[f"D{row}"].alignment = WRAP
        box(ws, f"B{row}:E{row}")
        ws.row_dimensions[row].height = height

    def choice_q(row, no, text, options, chosen):
        n = len(options)
        ws.merge_cells(f"B{row}:B{row + n - 1}")
        ws.merge_cells(f"C{row}:C{row + n - 1}")
        ws[f"B{row}"] = no
        ws[f"C{row}"] = text
        ws[f"B{row}"].alignment = CENTER
        ws[f"C{row}"].alignment = WRAP
        for i, opt in enumerate(options):
            ws[f"D{row + i}"] = opt
            ws[f"D{row + i}"].alignment = WRAP
            ws[f"E{row + i}"].alignment = CENTER
            if i == chosen:
                ws[f"E{row + i}"] = "○"
            ws.row_dimensions[row + i].height = 30
        box(ws, f"B{row}:E{row + n - 1}")
        return row + n

    free_q(6, "問１", "病院名（正式名称）", "社会医療法人　讃岐会　こんぴら記念病院")
    free_q(7, "問２", "患者数\n（Microsoft Teams「00_医療機関データ」に表示されている患者情報数。1～3000の数値）",
           3500, height=45)
    ws["D7"].number_format = "#,##0"
    ws["D7"].alignment = Alignment(horizontal="left", vertical="center")
    nxt = choice_q(8, "問３", "現在の電子カルテのオフラインバックアップの状況", [
        "既に電子カルテのオフラインバックアップを取得済（運用開始済）",
        "電子カルテベンダ等とオフラインバックアップの方針を検討中",
        "オフラインバックアップは未実施",
    ], 2)
    nxt = choice_q(nxt, "問４", "本事業でのオフラインバックアップ整備支援の意向\n（※別紙6の支援可能物品）", [
        "支援可能なサーバ・物品を新設する（年度内に調達可能）",
        "支援可能なサーバ・物品を新設する（調達は次年度以降）",
        "サーバは新設せず、既存設備に支援可能な媒体を接続する",
        "本事業での支援は不要",
    ], 1)
    nxt = choice_q(nxt, "問５", "オフラインバックアップの保存先（希望）\n※外部クラウドの場合、サーバの新設は不要", [
        "院内の物理媒体",
        "外部クラウド環境",
    ], 0)
    remarks_row = nxt
    free_q(remarks_row, "問６", "備考（ご質問・ご意見等）",
           "サーバ購入は令和7年度予算で対応予定です。\n打合せには電子カルテベンダ（担当：システム部）も参加します。",
           height=48)

    # 事務局記入欄 (second table below)
    pol_row = remarks_row + 2
    ws.merge_cells(f"B{pol_row}:E{pol_row}")
    ws[f"B{pol_row}"] = "【事務局記入欄】※回答内容をもとに事務局が判定します。病院では記入しないでください。"
    ws[f"B{pol_row}"].font = Font(size=9, bold=True)
    lab = pol_row + 1
    ws.merge_cells(f"B{lab}:C{lab}")
    ws[f"B{lab}"] = "支援方針（支援A／支援B／支援C／報告のみ／対象外）"
    ws[f"B{lab}"].fill = GREY
    ws[f"B{lab}"].alignment = WRAP
    ws.merge_cells(f"D{lab}:E{lab}")
    ws[f"D{lab}"] = "支援A"
    ws[f"D{lab}"].fill = GREY
    box(ws, f"B{lab}:E{lab}")

    ws.print_area = f"A1:F{lab + 1}"
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True

    tmpdir = tempfile.mkdtemp(prefix="obi_b_")
    tmp = os.path.join(tmpdir, NAME + ".xlsx")
    wb.save(tmp)
    return tmp, tmpdir, remarks_row, lab


def main():
    tmp, tmpdir, remarks_row, pol_row = build(HERE)
    # re-save as LibreOffice would
    outdir = os.path.join(tmpdir, "out")
    os.makedirs(outdir)
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, tmp],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(outdir, NAME + ".xlsx"), os.path.join(HERE, NAME + ".xlsx"))
    shutil.rmtree(tmpdir)

    expected = {
        "form": "offline-backup-intent",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {
            "hospitalName": "社会医療法人　讃岐会　こんぴら記念病院",
            "patientCount": 3500,
            "currentState": "NOT_IMPLEMENTED",
            "intent": "PROCURE_NEXT_YEAR",
            "storage": "ON_PREMISES_MEDIA",
            "remarks": "サーバ購入は令和7年度予算で対応予定です。\n打合せには電子カルテベンダ（担当：システム部）も参加します。",
            "supportPolicy": "SUPPORT_A",
        },
        "planted": [
            {"cells": [f"{SHEET}!D7"], "paths": ["patientCount"],
             "why": "患者数 3500 is outside the survey's bound of 1–3000 (seed 002: 1から3000の間の数値)"},
            {"cells": [f"{SHEET}!D{pol_row}"], "paths": ["supportPolicy"],
             "why": "支援方針 is derived (事務局記入欄, never typed in by the hospital); the hospital typed 支援A, "
                    "and its answers (未実施 + サーバ・物品の調達は次年度以降) give 支援B, not 支援A"},
        ],
        "notes": ("Questionnaire layout on sheet 回答票 (No.|設問|選択肢|回答欄); choices are marked with ○ in column E "
                  "beside the chosen option (問３ row 10 = 未実施, 問４ row 12 = 次年度以降, 問５ row 15 = 院内の物理媒体). "
                  "Hospital name uses full-width spaces as entered. Sheet 記入要領 holds instructions and a reference "
                  "table of 支援方針 (not answers). Re-saved by LibreOffice."),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    print("remarks row", remarks_row, "policy row", pol_row)


if __name__ == "__main__":
    main()
