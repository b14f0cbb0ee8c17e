#!/usr/bin/python3
"""obi-w21-b: the prefecture's Excel/paper substitute for the Forms survey (for hospitals that cannot use the
portal): a 記入要領 sheet plus a print-style 回答票 (title block, 基本情報, then No. | 設問 | 回答欄 | 選択肢
with a ○ written in the 回答欄 beside the chosen option). Filled by a hospital's 事務 person.
Planted: 患者数 over the survey's 1-3000 bound (written as text "4,120"); Q3 (支援の意向) left unmarked.
Saved by openpyxl only.
"""
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT_DIR = "/work/blind/wave21/offline-backup-intent"
NAME = "obi-w21-b-paper-questionnaire-marks.xlsx"
SHEET = "回答票"

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
GREY = PatternFill("solid", fgColor="D9D9D9")


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def build(path):
    wb = Workbook()
    # --- 記入要領 ---
    ins = wb.active
    ins.title = "記入要領"
    ins.column_dimensions["A"].width = 3
    ins.column_dimensions["B"].width = 100
    lines = [
        "【記入要領】オフラインバックアップ支援意向に関するアンケート（回答票）",
        "",
        "１　本回答票は、セキュリティ確保事業ポータル経由のWebアンケート（Microsoft Forms）での回答が困難な医療機関様用です。",
        "２　回答に当たっては、「別紙5_各媒体におけるオフライン状態の定義」「別紙6_オフラインバックアップ支援可能物品一覧」を",
        "　　ご確認のうえ、現在の電子カルテのバックアップ方法等をご確認ください。",
        "３　(1)患者数は、Microsoft Teamsの「00_医療機関データ」に表示されている患者情報数を、1～3000の数値で記入してください。",
        "４　(2)～(4)は、該当する選択肢の「回答欄」に○を1つ記入してください（全設問必須）。",
        "５　既にオフラインバックアップを運用している場合は、(2)でその旨ご回答ください（本事業での支援対象外となります）。",
        "６　電子カルテベンダ等と方針を検討中であり、本事業での支援が不要な場合は、(3)で「支援は不要」を選択してください。",
        "７　支援方針（支援A／支援B／支援C／報告のみ／対象外）は、回答内容をもとに事務局が決定します。記入不要です。",
        "８　回答期限：令和6年8月30日（金）　提出先：事務局あてメール添付",
    ]
    for i, t in enumerate(lines, start=1):
        ins.cell(row=i, column=2, value=t)
    ins["B1"].font = Font(bold=True, size=12)

    # --- 回答票 ---
    ws = wb.create_sheet(SHEET)
    wb.active = 1
    for col, w in zip("ABCDEFG", [2, 7, 40, 9, 30, 30, 2]):
        ws.column_dimensions[col].width = w

    ws["F1"] = "（回答票）"
    ws["F1"].alignment = Alignment(horizontal="right")
    ws.merge_cells("B2:F2")
    ws["B2"] = "オフラインバックアップ支援意向に関するアンケート"
    ws["B2"].font = Font(bold=True, size=14)
    ws["B2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("B3:F3")
    ws["B3"] = ("※Webアンケート（Microsoft Forms）での回答が困難な場合に、本回答票をご使用ください。"
                "該当する選択肢の回答欄に○を記入してください。")
    ws["B3"].alignment = WRAP
    ws.row_dimensions[3].height = 30

    ws["F5"] = "記入日：令和6年8月19日"
    ws["F5"].alignment = Alignment(horizontal="right")

    ws["B6"] = "１．基本情報"
    ws["B6"].font = Font(bold=True)
    basics = [
        (7, "病院名", "医療法人 五色台会 五色台病院"),
        (8, "記入者（所属・氏名）", "事務部 医事課　三好 健太"),
        (9, "連絡先（電話番号）", "0877-45-6789"),
    ]
    for r, label, val in basics:
        ws.merge_cells(f"B{r}:C{r}")
        ws.merge_cells(f"D{r}:F{r}")
        ws[f"B{r}"] = label
        ws[f"B{r}"].fill = GREY
        ws[f"B{r}"].alignment = WRAP
        ws[f"D{r}"] = val
        ws[f"D{r}"].alignment = WRAP
        box(ws, f"B{r}:F{r}")
        ws.row_dimensions[r].height = 22

    ws["B11"] = "２．設問"
    ws["B11"].font = Font(bold=True)
    hdr = 12
    ws[f"B{hdr}"] = "No."
    ws[f"C{hdr}"] = "設問"
    ws[f"D{hdr}"] = "回答欄"
    ws.merge_cells(f"E{hdr}:F{hdr}")
    ws[f"E{hdr}"] = "選択肢／回答"
    for c in "BCDEF":
        ws[f"{c}{hdr}"].fill = GREY
        ws[f"{c}{hdr}"].alignment = CENTER
        ws[f"{c}{hdr}"].font = Font(bold=True)
    box(ws, f"B{hdr}:F{hdr}")

    # (1) 患者数 -- row 13: answer in merged D13:F13
    r = 13
    ws[f"B{r}"] = "(1)"
    ws[f"C{r}"] = ("患者数を記入してください。\n（Microsoft Teams「00_医療機関データ」に表示されている"
                   "患者情報数。1～3000の数値）")
    ws.merge_cells(f"D{r}:F{r}")
    ws[f"D{r}"] = "4,120"          # planted: over 3000, typed as text
    ws[f"D{r}"].alignment = Alignment(horizontal="left", vertical="center")
    ws.row_dimensions[r].height = 45
    box(ws, f"B{r}:F{r}")

    def question(first, no, text, options, mark_idx, mark="○"):
        last = first + len(options) - 1
        ws.merge_cells(f"B{first}:B{last}")
        ws.merge_cells(f"C{first}:C{last}")
        ws[f"B{first}"] = no
        ws[f"C{first}"] = text
        ws[f"B{first}"].alignment = CENTER
        ws[f"C{first}"].alignment = WRAP
        for k, opt in enumerate(options):
            rr = first + k
            ws.merge_cells(f"E{rr}:F{rr}")
            ws[f"E{rr}"] = opt
            ws[f"E{rr}"].alignment = WRAP
            ws[f"D{rr}"].alignment = CENTER
            if k == mark_idx:
                ws[f"D{rr}"] = mark
            ws.row_dimensions[rr].height = 30
        box(ws, f"B{first}:F{last}")
        return last + 1

    ws["B13"].alignment = CENTER
    ws["C13"].alignment = WRAP
    r = question(14, "(2)", "現在の電子カルテのオフラインバックアップの状況\n（別紙5の定義によりご判断ください）",
                 ["既に電子カルテのオフラインバックアップを運用している",
                  "電子カルテベンダ等とオフラインバックアップの方針を検討中",
                  "実施していない"], 2, mark="〇")
    r = question(r, "(3)", "本事業におけるオフラインバックアップ支援の意向",
                 ["本事業で支援可能なサーバ・物品を新設する（調達は年度内に可能）",
                  "本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）",
                  "サーバは新設せず、既存設備に支援可能な媒体を接続する",
                  "本事業での支援は不要"], None)           # planted: nothing marked
    r = question(r, "(4)", "オフラインバックアップの保存先（希望）",
                 ["院内の物理媒体", "外部クラウド環境"], 0)
    # (5) 備考
    ws[f"B{r}"] = "(5)"
    ws[f"B{r}"].alignment = CENTER
    ws[f"C{r}"] = "備考（ご意見・ご質問等）"
    ws[f"C{r}"].alignment = WRAP
    ws.merge_cells(f"D{r}:F{r}")
    ws[f"D{r}"] = ("現在は電子カルテサーバ内のNASに日次で取得しているのみです。\n"
                   "別紙6のRDXは院内の既存ラックに設置できるか相談したいです。")
    ws[f"D{r}"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[r].height = 60
    box(ws, f"B{r}:F{r}")
    remarks_row = r

    r += 2
    ws.merge_cells(f"E{r}:F{r}")
    ws[f"E{r}"] = "【事務局記入欄】支援方針"
    ws[f"E{r}"].fill = GREY
    ws.merge_cells(f"E{r+1}:F{r+1}")
    ws.row_dimensions[r + 1].height = 24
    box(ws, f"E{r}:F{r+1}")

    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_area = f"A1:G{r+1}"
    wb.save(path)
    return remarks_row


if __name__ == "__main__":
    remarks_row = build(os.path.join(OUT_DIR, NAME))
    exp = {
        "form": "offline-backup-intent",
        "version": "R6",
        "file": NAME,
        "values": {
            "hospitalName": "医療法人 五色台会 五色台病院",
            "patientCount": 4120,
            "currentState": "NOT_IMPLEMENTED",
            "storage": "ON_PREMISES_MEDIA",
            "remarks": ("現在は電子カルテサーバ内のNASに日次で取得しているのみです。\n"
                        "別紙6のRDXは院内の既存ラックに設置できるか相談したいです。"),
        },
        "planted": [
            {"cells": [f"{SHEET}!D13"], "paths": ["patientCount"],
             "why": "患者数 4,120 (written as text) is outside the survey's bound 1-3000"},
            {"cells": [f"{SHEET}!D17", f"{SHEET}!D18", f"{SHEET}!D19", f"{SHEET}!D20"], "paths": ["intent"],
             "why": "(3) 支援の意向 is required but no option is marked, so 支援方針 cannot be derived"},
        ],
        "notes": ("Questionnaire layout on sheet 回答票 (記入要領 is an instruction sheet, no answers). Choices are "
                  "marked with ○/〇 in column D beside the option text in E:F; (2) uses the kanji-zero 〇. "
                  "The 【事務局記入欄】支援方針 box is empty on purpose (secretariat use), so no supportPolicy. "
                  "記入者・電話・記入日 are not form keys."),
    }
    with open(os.path.join(OUT_DIR, NAME.replace(".xlsx", ".expected.json")), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")
