#!/usr/bin/python3
"""obi-w15-b: Excel substitute of the Forms questionnaire, as the secretariat would hand it to hospitals
that cannot use Microsoft Forms: print-style single answer sheet (spacer column, borders, merged label
cells), ○ marks beside options, one choice answered by deleting the other option, an instructions
sheet with the 支援方針 table and a hidden list sheet for the drop-down.
Planted: 患者数 over 3000; the 支援の意向 question (required) left unanswered."""
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "obi-w15-b-print-form-circle-marks"
SH = "回答票"

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GRAY = PatternFill("solid", fgColor="D9D9D9")
BLUE = PatternFill("solid", fgColor="DDEBF7")
WRAP = Alignment(wrap_text=True, vertical="center")


def box(ws, rng, fill=None):
    for row in ws[rng]:
        for c in row:
            c.border = BOX
            if fill:
                c.fill = fill


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = SH
    for col, w in zip("ABCDEFGHI", [2, 7, 14, 14, 14, 14, 14, 14, 2]):
        ws.column_dimensions[col].width = w

    ws.merge_cells("B1:H1")
    ws["B1"] = "オフラインバックアップ支援意向に関するアンケート（Excel回答用）"
    ws["B1"].font = Font(bold=True, size=14)
    ws["B1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("B2:H2")
    ws["B2"] = ("※Microsoft Forms でのご回答が難しい医療機関様は、本様式にご記入の上、事務局宛にメールでご提出ください。")
    ws.merge_cells("B3:H3")
    ws["B3"] = ("※ご回答の前に「別紙5_各媒体におけるオフライン状態の定義」「別紙6_オフラインバックアップ支援可能物品一覧」"
                "をご確認ください。記入方法は「記入要領」シートをご覧ください。")
    for a in ("B2", "B3"):
        ws[a].alignment = WRAP
        ws[a].font = Font(size=9)
    ws.row_dimensions[2].height = 24
    ws.row_dimensions[3].height = 24

    # --- 1. basic info
    ws["B5"] = "１．基本情報"
    ws["B5"].font = Font(bold=True)
    labels = [
        (6, "回答日"),
        (7, "病院名（正式名称）"),
        (8, "ご担当者（所属・氏名）"),
        (9, "患者数 ※"),
        (10, "連絡先（電話）"),
    ]
    for r, lab in labels:
        ws.merge_cells(f"B{r}:C{r}")
        ws.merge_cells(f"D{r}:H{r}")
        ws[f"B{r}"] = lab
        box(ws, f"B{r}:C{r}", GRAY)
        box(ws, f"D{r}:H{r}")
        ws.row_dimensions[r].height = 20
    ws.merge_cells("B11:H11")
    ws["B11"] = ("※患者数：Microsoft Teams の「00_医療機関データ」に表示されている患者情報数を、"
                 "1から3000の間の数値でご記入ください（必須）。")
    ws["B11"].font = Font(size=9)
    ws["B11"].alignment = WRAP
    ws.row_dimensions[11].height = 24

    # filled by the hospital
    ws["D6"] = "R6.8.22"
    ws["D7"] = "社会医療法人　緑風会　みどりヶ丘病院 "
    ws["D8"] = "医療情報管理室　主任　三好 直樹"
    ws["D9"] = "3,500"                     # PLANTED: over the 1-3000 bound
    ws["D10"] = "087-845-2231（内線 315）"

    # --- 2. questions
    ws["B13"] = "２．電子カルテのバックアップ及び支援の意向"
    ws["B13"].font = Font(bold=True)
    ws["B14"] = "選択"
    ws.merge_cells("C14:H14")
    ws["C14"] = "設問・選択肢（該当する選択肢の左の「選択」欄に ○ をご記入ください）"
    box(ws, "B14:H14", GRAY)
    ws["B14"].alignment = Alignment(horizontal="center")

    def question(r, text):
        ws.merge_cells(f"B{r}:H{r}")
        ws[f"B{r}"] = text
        ws[f"B{r}"].font = Font(bold=True)
        box(ws, f"B{r}:H{r}", BLUE)

    def option(r, text):
        ws.merge_cells(f"C{r}:H{r}")
        ws[f"C{r}"] = text
        ws[f"C{r}"].alignment = WRAP
        ws[f"B{r}"].alignment = Alignment(horizontal="center", vertical="center")
        box(ws, f"B{r}:H{r}")

    question(15, "（１）現在の電子カルテのバックアップの状況（１つ選択）【必須】")
    option(16, "ア　既に電子カルテのオフラインバックアップを運用している（本事業の支援対象外となります → （４）へ）")
    option(17, "イ　電子カルテベンダ等とオフラインバックアップの方針を検討中である")
    option(18, "ウ　オフラインバックアップは実施していない")

    question(19, "（２）本事業による支援のご意向（１つ選択）【必須】")
    option(20, "ア　本事業で支援可能なサーバ・物品を新設する。調達は年度内に可能")
    option(21, "イ　本事業で支援可能なサーバ・物品を新設する。調達は次年度以降")
    option(22, "ウ　サーバは新設せず、既存設備に本事業で支援可能なバックアップ媒体を接続する")
    option(23, "エ　本事業での支援は不要（電子カルテベンダ等と方針を検討中のため）")

    question(24, "（３）オフラインバックアップの保存先（ご希望）　※不要な方を削除してください")
    ws.merge_cells("B25:H25")
    box(ws, "B25:H25")
    ws["B25"].alignment = Alignment(horizontal="center")
    # the template read "院内の物理媒体　・　外部クラウド"; the hospital deleted the other option
    ws["B25"] = "院内の物理媒体　・　"

    question(26, "（４）その他（ご意見・ご質問等）")
    ws.merge_cells("B27:H30")
    box(ws, "B27:H30")
    ws["B27"].alignment = Alignment(wrap_text=True, vertical="top")
    remarks = "支援A・Bのどちらになるかは院内で予算を確認中です。\n決まり次第、事務局へご連絡します。"
    ws["B27"] = remarks

    # marks
    ws["B18"] = "○"      # (1) ウ  -> NOT_IMPLEMENTED
    # (2): nothing marked -> PLANTED missing required answer

    # drop-down for the 選択 column from a hidden list sheet
    lst = wb.create_sheet("リスト")
    lst["A1"] = "○"
    lst.sheet_state = "hidden"
    dv = DataValidation(type="list", formula1="=リスト!$A$1:$A$1", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("B16:B18")
    dv.add("B20:B23")

    ws.print_area = "A1:I31"
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1

    # --- instructions sheet
    ins = wb.create_sheet("記入要領")
    ins.column_dimensions["A"].width = 12
    for col in "BCD":
        ins.column_dimensions[col].width = 46
    lines = [
        "記入要領",
        "1. 「回答票」シートの白い欄にご記入ください。網掛けの欄は記入不要です。",
        "2. 設問（１）（２）は該当する選択肢の左の「選択」欄に ○ を１つご記入ください。",
        "3. 設問（１）で「ア 既に運用している」を選択した場合、（２）（３）の回答は不要です。",
        "4. 設問（２）で「エ 支援は不要」を選択した場合、（３）の回答は不要です。",
        "5. 支援方針はご回答内容をもとに事務局にて決定し、ご連絡します（医療機関様での記入は不要です）。",
        "",
        "（参考）支援方針ごとの対応範囲",
    ]
    for i, t in enumerate(lines, 1):
        ins.cell(row=i, column=1, value=t)
    ins["A1"].font = Font(bold=True, size=12)
    tbl = [
        ("支援方針", "概要", "医療機関様で必要な対応", "本事業での支援対応"),
        ("支援A", "本事業にて支援可能なサーバ、物品を新設する意向あり。調達が年度内に可能",
         "Webアンケート回答／打ち合わせ対応（2~3回程度）／新設サーバ、バックアップ媒体の調達・保守手配／"
         "既存機器の設定変更対応（手配）／現地作業における立ち合い対応",
         "要件の共有／計画・運用手順の策定支援／新設サーバ、バックアップ媒体の現地構築、設置対応"),
        ("支援B", "本事業にて支援可能なサーバ、物品を新設する意向あり。調達は次年度以降",
         "Webアンケート回答／打ち合わせ対応（2~3回程度）／新設サーバ、バックアップ媒体の調達・保守手配／"
         "既存機器の設定変更対応（手配）／新設サーバの構築作業（次年度以降）",
         "要件の共有／計画・運用手順の策定支援／現地構築手順の提供"),
        ("支援C", "支援可能なサーバを導入の意向なし。既存設備に支援可能な媒体を接続",
         "Webアンケート回答／打ち合わせ対応（1回程度）／バックアップ媒体の調達・保守手配／既存機器の設定変更対応（手配）",
         "要件の共有／計画の策定支援"),
        ("報告のみ", "電子カルテベンダ様等と方針検討中であり、支援不要",
         "なし（アンケート回答のみで完了）", "検討中の方針（構成概要、導入予定期）をヒアリングし、厚労省へ報告"),
        ("対象外", "既に電子カルテのオフラインバックアップの運用を開始している",
         "なし（アンケート回答のみで完了）", "導入済の方針（構成概要）をヒアリングし、厚労省へ報告"),
    ]
    for i, row in enumerate(tbl, 9):
        for j, t in enumerate(row, 1):
            c = ins.cell(row=i, column=j, value=t)
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if i == 9:
                c.fill = GRAY
                c.font = Font(bold=True)
    ins.cell(row=16, column=1, value="※保存先：院内の物理媒体の場合、支援A・Bはサーバを院内へ新設し媒体を接続、"
             "支援Cは既設環境に媒体を接続。外部クラウドの場合はクラウド接続装置を新設（サーバの新設は不要）。")

    out = os.path.join(HERE, NAME + ".xlsx")
    wb.save(out)

    exp = {
        "form": "offline-backup-intent",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {
            "hospitalName": "社会医療法人　緑風会　みどりヶ丘病院",
            "patientCount": 3500,
            "currentState": "NOT_IMPLEMENTED",
            "storage": "ON_PREMISES_MEDIA",
            "remarks": remarks,
        },
        "planted": [
            {"cells": [f"{SH}!D9"], "paths": ["patientCount"],
             "why": "患者数 3,500: the survey only accepts a number between 1 and 3000"},
            {"cells": [f"{SH}!B20", f"{SH}!B21", f"{SH}!B22", f"{SH}!B23"], "paths": ["intent"],
             "why": "（２）支援の意向 is required (state is 実施していない, so it is not skipped) but no option "
                    "is marked; the 支援方針 cannot be derived"},
        ],
        "notes": (
            "Sheet 回答票: answers are ○ in column B beside the chosen option ((1) ウ in B18 → NOT_IMPLEMENTED). "
            "(3) 保存先 was answered by deleting the other option: B25 reads '院内の物理媒体　・　' → ON_PREMISES_MEDIA. "
            "患者数 D9 is the text '3,500'. Hospital name D7 has a trailing half-width space (not part of the value). "
            "回答日 D6 'R6.8.22', ご担当者 D8 and 連絡先 D10 have no key in the key list and are not in values. "
            "Sheet 記入要領 is instructions with a reference table of 支援方針 (not answers); sheet リスト is hidden "
            "(drop-down source). No 支援方針 is shown as an answer."
        ),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    build()
