# Generator for obi-w40-b-questionnaire-circle-marks.xlsx
# Role: a prefecture office (医療政策課) that hands hospitals an Excel copy of the secretariat's
# 「オフラインバックアップ支援意向に関するアンケート」 to collect answers before they go into the Web form.
# Print-style questionnaire (No. | 設問 | 回答 | 選択肢), ○ marks beside options, a 記入要領 sheet,
# a reference table of 支援方針 under the form. Filled by a busy hospital 事務 person, with 2 planted mistakes.
# Run: PYTHONPATH=/tmp/obi-pylib /usr/bin/python3 obi-w40-b-questionnaire-circle-marks.py
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "obi-w40-b-questionnaire-circle-marks"
SHEET = "回答票"

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="DDEBF7")
ANS = PatternFill("solid", fgColor="FFF2CC")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

# filled answers
HOSPITAL = "社会医療法人 緑風会 みどり台病院"
COUNT = 3250            # planted: over the survey's 1-3000 bound
STATE_MARK = 2          # index into STATE options: 未実施
INTENT_MARK = None      # planted: left blank although required
STORAGE_MARK = 0        # 院内の物理媒体
REMARKS = "サーバ室のラックに空きが少ないため、設置場所についてご相談させてください。"

STATE_OPTS = [
    ("OFFLINE_IN_OPERATION", "既に電子カルテのオフラインバックアップを運用している（→ 本事業の支援対象外。Q4・Q5は回答不要）"),
    ("PLANNING_WITH_VENDOR", "電子カルテベンダ等とオフラインバックアップの方針を検討中"),
    ("NOT_IMPLEMENTED", "オフラインバックアップは未実施"),
]
INTENT_OPTS = [
    ("PROCURE_THIS_YEAR", "本事業で支援可能なサーバ・物品を新設する意向あり（調達は年度内に可能）"),
    ("PROCURE_NEXT_YEAR", "本事業で支援可能なサーバ・物品を新設する意向あり（調達は次年度以降）"),
    ("CONNECT_EXISTING", "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する"),
    ("NO_SUPPORT_NEEDED", "本事業での支援は不要（ベンダ等と検討中の方針で対応する）"),
]
STORAGE_OPTS = [
    ("ON_PREMISES_MEDIA", "院内の物理媒体に保存"),
    ("EXTERNAL_CLOUD", "外部クラウド環境に保存（サーバの新設は不要）"),
]

POLICY_TABLE = [
    ("支援A", "支援可能なサーバ、物品を新設する意向あり／調達が年度内に可能",
     "打ち合わせ対応（2～3回程度）、新設サーバ・バックアップ媒体の調達と保守手配、既存機器の設定変更対応（手配）、現地作業の立ち合い"),
    ("支援B", "支援可能なサーバ、物品を新設する意向あり／調達は次年度以降",
     "打ち合わせ対応（2～3回程度）、新設サーバ・バックアップ媒体の調達と保守手配、既存機器の設定変更対応（手配）、新設サーバの構築作業（次年度以降）"),
    ("支援C", "支援可能なサーバを導入の意向なし／既存設備に支援可能な媒体を接続",
     "打ち合わせ対応（1回程度）、バックアップ媒体の調達と保守手配、既存機器の設定変更対応（手配）"),
    ("報告のみ", "電子カルテベンダ等と方針検討中であり、支援不要",
     "なし（アンケート回答のみで完了）"),
    ("対象外", "既に電子カルテのオフラインバックアップの運用を開始している",
     "なし（アンケート回答のみで完了）"),
]


def box(ws, rng, fill=None):
    for row in ws[rng]:
        for c in row:
            c.border = BOX
            if fill:
                c.fill = fill


def build(path):
    wb = Workbook()
    guide = wb.active
    guide.title = "記入要領"
    lines = [
        "オフラインバックアップ支援意向に関するアンケート　記入要領",
        "",
        "１．「回答票」シートの黄色の欄にご記入ください。",
        "２．選択式の設問は、該当する選択肢の「回答」欄に「○」を１つ記入してください。",
        "３．Q2の患者数は、Microsoft Teamsの「00_医療機関データ」に表示されている患者情報数を、1から3000の間の数値で記入してください。",
        "４．Q3で「既に電子カルテのオフラインバックアップを運用している」を選んだ場合、Q4・Q5は回答不要です。",
        "５．Q4で「本事業での支援は不要」を選んだ場合、Q5は回答不要です。",
        "６．回答前に「別紙5_各媒体におけるオフライン状態の定義」「別紙6_オフラインバックアップ支援可能物品一覧」をご確認ください。",
        "７．支援方針（支援A・B・C／報告のみ／対象外）は回答内容から事務局が決定しますので、記入は不要です。",
        "８．提出期限：令和6年8月30日（金）　提出先：県医療政策課（メール添付）",
    ]
    for i, t in enumerate(lines, start=1):
        guide.cell(row=i, column=1, value=t)
    guide["A1"].font = Font(bold=True, size=13)
    guide.column_dimensions["A"].width = 120

    ws = wb.create_sheet(SHEET)
    wb.active = 1
    ws.column_dimensions["A"].width = 2      # spacer
    ws.column_dimensions["B"].width = 6      # No.
    ws.column_dimensions["C"].width = 34     # 設問
    ws.column_dimensions["D"].width = 2      # spacer
    ws.column_dimensions["E"].width = 7      # 回答 mark
    ws.column_dimensions["F"].width = 70     # 選択肢 / text answer

    ws.merge_cells("B1:F1")
    ws["B1"] = "オフラインバックアップ支援意向に関するアンケート（回答票）"
    ws["B1"].font = Font(bold=True, size=14)
    ws["B1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("B2:F2")
    ws["B2"] = ("医療機関におけるサイバーセキュリティ確保事業（令和6年度）　※選択式の設問は該当する選択肢の"
                "「回答」欄に○を記入してください。")
    ws["B2"].alignment = WRAP
    ws.row_dimensions[2].height = 30

    ws["C4"] = "記入日"
    ws["F4"] = "令和6年8月26日"
    ws["C5"] = "記入者（所属・氏名）"
    ws["F5"] = "事務部 情報システム係　小林 直樹"
    ws["C6"] = "電話番号"
    ws["F6"] = "0857-23-4410"
    for r in (4, 5, 6):
        ws[f"C{r}"].border = BOX
        ws[f"C{r}"].fill = HEAD
        ws[f"F{r}"].border = BOX
        ws[f"F{r}"].fill = ANS

    r = 8
    for col, t in (("B", "No."), ("C", "設問"), ("E", "回答"), ("F", "選択肢／回答内容")):
        ws[f"{col}{r}"] = t
        ws[f"{col}{r}"].font = Font(bold=True)
        ws[f"{col}{r}"].alignment = CENTER
        ws[f"{col}{r}"].fill = HEAD
        ws[f"{col}{r}"].border = BOX
    r += 1

    cells = {}

    def text_q(no, q, value, key):
        nonlocal r
        ws[f"B{r}"] = no
        ws[f"C{r}"] = q
        ws.merge_cells(f"E{r}:F{r}")
        ws[f"E{r}"] = value
        ws[f"B{r}"].alignment = CENTER
        ws[f"C{r}"].alignment = WRAP
        ws[f"E{r}"].alignment = Alignment(horizontal="left", vertical="center", wrap_text=True)
        box(ws, f"B{r}:C{r}")
        box(ws, f"E{r}:F{r}", ANS)
        ws.row_dimensions[r].height = 36
        cells[key] = f"E{r}"
        r += 1

    def choice_q(no, q, opts, mark, key):
        nonlocal r
        first = r
        for i, (_, label) in enumerate(opts):
            ws[f"E{r}"] = "○" if mark == i else None
            ws[f"E{r}"].alignment = CENTER
            ws[f"E{r}"].fill = ANS
            ws[f"E{r}"].border = BOX
            ws[f"F{r}"] = label
            ws[f"F{r}"].alignment = WRAP
            ws[f"F{r}"].border = BOX
            ws.row_dimensions[r].height = 30
            cells.setdefault(key, []).append(f"E{r}")
            r += 1
        ws.merge_cells(f"B{first}:B{r - 1}")
        ws.merge_cells(f"C{first}:C{r - 1}")
        ws[f"B{first}"] = no
        ws[f"C{first}"] = q
        ws[f"B{first}"].alignment = CENTER
        ws[f"C{first}"].alignment = WRAP
        box(ws, f"B{first}:C{r - 1}")

    text_q("Q1", "病院名（正式名称）", HOSPITAL, "hospitalName")
    text_q("Q2", "患者数\n（Teams「00_医療機関データ」の患者情報数。1～3000の数値）", COUNT, "patientCount")
    choice_q("Q3", "現在の電子カルテのバックアップの状況", STATE_OPTS, STATE_MARK, "currentState")
    choice_q("Q4", "本事業での支援の意向\n（Q3で「運用している」を選んだ場合は回答不要）",
             INTENT_OPTS, INTENT_MARK, "intent")
    choice_q("Q5", "オフラインバックアップの保存先の希望\n（Q4で「支援は不要」を選んだ場合は回答不要）",
             STORAGE_OPTS, STORAGE_MARK, "storage")
    text_q("Q6", "その他・備考", REMARKS, "remarks")
    ws.row_dimensions[r - 1].height = 48

    # second table: reference only
    r += 1
    ws.merge_cells(f"B{r}:F{r}")
    ws[f"B{r}"] = "【参考】支援方針（アンケート回答をもとに事務局が決定します。記入不要）"
    ws[f"B{r}"].font = Font(bold=True)
    r += 1
    for col, t in (("B", "支援方針"), ("C", "概要"), ("F", "医療機関で必要な対応")):
        ws[f"{col}{r}"] = t
        ws[f"{col}{r}"].font = Font(bold=True)
        ws[f"{col}{r}"].fill = HEAD
    ws.merge_cells(f"C{r}:E{r}")
    box(ws, f"B{r}:F{r}")
    r += 1
    for pol, summary, todo in POLICY_TABLE:
        ws[f"B{r}"] = pol
        ws.merge_cells(f"C{r}:E{r}")
        ws[f"C{r}"] = summary
        ws[f"F{r}"] = todo
        for col in "BCF":
            ws[f"{col}{r}"].alignment = WRAP
        box(ws, f"B{r}:F{r}")
        ws.row_dimensions[r].height = 42
        r += 1

    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_area = f"A1:F{r - 1}"
    wb.save(path)
    return cells


def expected(cells):
    values = {
        "hospitalName": HOSPITAL,
        "patientCount": COUNT,
        "currentState": STATE_OPTS[STATE_MARK][0],
        "storage": STORAGE_OPTS[STORAGE_MARK][0],
        "remarks": REMARKS,
    }
    return {
        "form": "offline-backup-intent",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": values,
        "planted": [
            {"cells": [f"{SHEET}!{cells['patientCount']}"], "paths": ["patientCount"],
             "why": "患者数 3250: the survey only accepts a number between 1 and 3000 (「1から3000の間の数値」)"},
            {"cells": [f"{SHEET}!{c}" for c in cells["intent"]], "paths": ["intent"],
             "why": ("Q4 支援の意向 left unanswered (no ○ on any option) although Q3 is 未実施, so the answer is "
                     "required and no 支援方針 can be derived")},
        ],
        "notes": ("Questionnaire on sheet 回答票: choices answered by ○ in column E beside the option text in column F; "
                  "Q1/Q2/Q6 answers in merged E:F. Sheet 記入要領 is instructions only. The 【参考】支援方針 table "
                  "below the form is reference text, not an answer (no supportPolicy shown). 記入日/記入者/電話番号 "
                  "are header info not in the key list."),
    }


if __name__ == "__main__":
    cells = build(os.path.join(OUT, NAME + ".xlsx"))
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected(cells), f, ensure_ascii=False, indent=2)
        f.write("\n")
