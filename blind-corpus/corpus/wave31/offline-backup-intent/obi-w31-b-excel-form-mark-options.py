#!/usr/bin/python3
"""Generator for obi-w31-b-excel-form-mark-options.xlsx

Role: a prefecture office drew an Excel version of the Forms survey
「オフラインバックアップ支援意向に関するアンケート」 for hospitals that cannot answer through the
portal (returned by e-mail). Print-style sheet, spacer column, questions numbered １．…,
options listed one per row with a mark column (○/●) before them, a 事務局記入欄 at the bottom,
a correctly labelled 記入例 sheet and a reference sheet with the briefing's 支援方針 table.
Filled by a busy hospital IT person. Saved by openpyxl only.

Planted: 患者数 3,850 (the survey bounds it to 1–3000); the hospital typed 支援A into the
事務局記入欄 (支援方針 is derived, never typed; its answers derive 支援B).

Run:  PYTHONPATH=/tmp/obi-py /usr/bin/python3 obi-w31-b-excel-form-mark-options.py
"""
import json

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = "/work/blind/wave31/offline-backup-intent/obi-w31-b-excel-form-mark-options.xlsx"

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GREY = PatternFill("solid", fgColor="D9D9D9")
YEL = PatternFill("solid", fgColor="FFF2CC")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

STATES = ["既に電子カルテのオフラインバックアップを運用している（本事業の支援対象外）",
          "電子カルテベンダ等とオフラインバックアップの方針を検討中",
          "オフラインバックアップは実施していない"]
INTENTS = ["本事業で支援可能なサーバ・物品を新設する（サーバ・物品の調達は年度内に可能）",
           "本事業で支援可能なサーバ・物品を新設する（サーバ・物品の調達は次年度以降）",
           "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する",
           "電子カルテベンダ等と方針を検討中のため、本事業での支援は不要"]
STORAGES = ["院内の物理媒体に保存",
            "外部クラウド環境に保存（サーバの新設は不要）"]


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def draw_form(ws, ans, example=False):
    """Draw the form on ws and fill it with ans. Returns dict of key -> cell ref."""
    refs = {}
    ws.sheet_view.showGridLines = False
    for col, w in zip("ABCDEFG", [2, 6, 6, 40, 22, 12, 2]):
        ws.column_dimensions[col].width = w
    ws["F1"] = "（県様式）"
    ws["F1"].alignment = Alignment(horizontal="right")
    ws.merge_cells("B2:F2")
    ws["B2"] = "オフラインバックアップ支援意向に関するアンケート（Excel回答様式）"
    ws["B2"].font = Font(size=14, bold=True)
    ws["B2"].alignment = Alignment(horizontal="center")
    notes = [
        "※ポータルシステムからWebアンケート（Microsoft Forms）に回答できない病院は、本様式に記入の上、"
        "メールにて県医務課あてご提出ください。（提出期限：令和6年8月30日）",
        "※回答にあたっては「別紙5_各媒体におけるオフライン状態の定義」「別紙6_オフラインバックアップ支援"
        "可能物品一覧」をご確認ください。",
        "※選択式の設問は、該当する選択肢の左の欄に「○」を記入してください（１つのみ）。",
    ]
    for k, t in enumerate(notes):
        r = 3 + k
        ws.merge_cells(f"B{r}:F{r}")
        ws[f"B{r}"] = t
        ws[f"B{r}"].alignment = WRAP
        ws[f"B{r}"].font = Font(size=9)
        ws.row_dimensions[r].height = 26

    r = 7
    ws.merge_cells(f"B{r}:D{r}")
    ws[f"B{r}"] = "病院名（正式名称）：" + ans["name"]
    ws[f"E{r}"] = "記入日"
    ws[f"E{r}"].alignment = Alignment(horizontal="right")
    ws[f"F{r}"] = ans["date"]
    box(ws, f"B{r}:F{r}")
    refs["hospitalName"] = f"B{r}"

    # Q1 count
    r = 9
    ws[f"B{r}"] = "１．"
    ws.merge_cells(f"C{r}:F{r}")
    ws[f"C{r}"] = ("患者数を記入してください。（Microsoft Teamsの「00_医療機関データ」に表示されている"
                   "患者情報数。1から3000の間の数値）【必須】")
    ws[f"C{r}"].alignment = WRAP
    ws.row_dimensions[r].height = 30
    ws[f"B{r}"].fill = GREY
    ws[f"C{r}"].fill = GREY
    r += 1
    ws.merge_cells(f"C{r}:D{r}")
    ws[f"C{r}"] = "患者数"
    ws[f"E{r}"] = ans["count"]
    ws[f"E{r}"].number_format = "#,##0"
    ws[f"F{r}"] = "人"
    box(ws, f"B9:F{r}")
    refs["patientCount"] = f"E{r}"

    def choice_q(r, num, text, options, chosen, mark, key):
        ws[f"B{r}"] = num
        ws.merge_cells(f"C{r}:F{r}")
        ws[f"C{r}"] = text
        ws[f"C{r}"].alignment = WRAP
        ws.row_dimensions[r].height = 30
        ws[f"B{r}"].fill = GREY
        ws[f"C{r}"].fill = GREY
        start = r
        for k, opt in enumerate(options):
            r += 1
            ws[f"B{r}"] = f"({k + 1})"
            ws[f"B{r}"].alignment = CENTER
            if chosen is not None and k == chosen:
                ws[f"C{r}"] = mark
                refs[key] = f"C{r}"
            ws[f"C{r}"].alignment = CENTER
            ws.merge_cells(f"D{r}:F{r}")
            ws[f"D{r}"] = opt
            ws[f"D{r}"].alignment = WRAP
        box(ws, f"B{start}:F{r}")
        return r + 2

    r = 12
    r = choice_q(r, "２．", "現在の電子カルテのバックアップについて、オフラインバックアップの状況を選択してください。",
                 STATES, ans["state"], ans["marks"][0], "currentState")
    r = choice_q(r, "３．", "本事業によるオフラインバックアップ整備支援のご意向を選択してください。\n"
                 "（２．で(1)を選択した場合は回答不要）",
                 INTENTS, ans["intent"], ans["marks"][1], "intent")
    r = choice_q(r, "４．", "オフラインバックアップの保存先（ご希望）を選択してください。\n"
                 "（３．で(1)～(3)を選択した場合のみ回答）",
                 STORAGES, ans["storage"], ans["marks"][2], "storage")

    ws[f"B{r}"] = "５．"
    ws.merge_cells(f"C{r}:F{r}")
    ws[f"C{r}"] = "その他、ご意見・ご質問等があればご記入ください。（任意）"
    ws[f"B{r}"].fill = GREY
    ws[f"C{r}"].fill = GREY
    q5 = r
    r += 1
    ws.merge_cells(f"B{r}:F{r + 2}")
    if ans.get("remarks"):
        ws[f"B{r}"] = ans["remarks"]
        refs["remarks"] = f"B{r}"
    ws[f"B{r}"].alignment = Alignment(wrap_text=True, vertical="top")
    box(ws, f"B{q5}:F{r + 2}")
    r += 4

    ws.merge_cells(f"B{r}:F{r}")
    ws[f"B{r}"] = "■ 事務局記入欄（病院での記入は不要です）"
    ws[f"B{r}"].font = Font(bold=True, size=9)
    r += 1
    ws.merge_cells(f"B{r}:D{r}")
    ws[f"B{r}"] = "支援方針（支援A／支援B／支援C／報告のみ／対象外）"
    ws[f"B{r}"].fill = YEL
    ws[f"E{r}"].fill = YEL
    if ans.get("policy"):
        ws[f"E{r}"] = ans["policy"]
        refs["supportPolicy"] = f"E{r}"
    refs["_policyCell"] = f"E{r}"
    ws[f"F{r}"].fill = YEL
    box(ws, f"B{r}:F{r}")
    ws.print_area = f"A1:G{r + 1}"
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    if example:
        ws["B1"] = "記入例"
        ws["B1"].font = Font(size=16, bold=True, color="FF0000")
    return refs


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = "回答様式"
    ans = {
        "name": "医療法人 瀬戸会 瀬戸内みなと病院",
        "date": "R6.8.19",
        "count": 3850,                      # planted: over 3000
        "state": 2, "intent": 1, "storage": 0,
        "marks": ["○", "○", "●"],
        "remarks": "電子カルテ更新（令和7年度予定）に合わせて調達するため、次年度以降を選択しました。\n"
                   "サーバ室のラックに空きあり。打合せ日程は9月以降でお願いします。",
        "policy": "支援A",                  # planted: typed in, and the answers derive 支援B
    }
    refs = draw_form(ws, ans)

    ex = wb.create_sheet("記入例")
    draw_form(ex, {
        "name": "医療法人 〇〇会 〇〇病院",
        "date": "令和6年7月1日",
        "count": 500,
        "state": 2, "intent": 0, "storage": 1,
        "marks": ["○", "○", "○"],
        "remarks": "（例）クラウド接続装置の設置場所について相談したい。",
    }, example=True)

    ref = wb.create_sheet("（参考）支援方針")
    ref.column_dimensions["A"].width = 12
    for col in "BCD":
        ref.column_dimensions[col].width = 46
    ref["A1"] = "（参考）支援方針ごとの対応範囲　※アンケート回答をもとに事務局が決定します"
    ref["A1"].font = Font(bold=True)
    rows = [
        ("支援方針", "概要", "医療機関様で必要な対応", "本事業での支援対応"),
        ("支援A", "支援可能なサーバ、物品を新設する意向あり／サーバ、物品の調達が年度内に可能",
         "Webアンケート回答\n打ち合わせ対応（2~3回程度）\n新設サーバ、バックアップ媒体の調達・保守手配\n"
         "既存機器の設定変更対応（手配）\n現地作業における立ち合い対応",
         "要件の共有\n計画・運用手順の策定を支援\n新設サーバ、バックアップ媒体の現地構築、設置対応"),
        ("支援B", "支援可能なサーバ、物品を新設する意向あり／サーバ、物品の調達は次年度以降",
         "Webアンケート回答\n打ち合わせ対応（2~3回程度）\n新設サーバ、バックアップ媒体の調達・保守手配\n"
         "既存機器の設定変更対応（手配）\n新設サーバの構築作業（次年度以降）",
         "要件の共有\n計画・運用手順の策定を支援\n現地構築手順を提供"),
        ("支援C", "支援可能なサーバを導入の意向なし／既存設備に支援可能な媒体を接続",
         "Webアンケート回答\n打ち合わせ対応（1回程度）\nバックアップ媒体の調達・保守手配\n既存機器の設定変更対応（手配）",
         "要件の共有\n計画の策定を支援"),
        ("報告のみ", "電子カルテベンダ等と方針検討中であり、支援不要",
         "なし（Webアンケート回答のみで完了）", "要件の共有\n検討中の方針をヒアリングし、厚労省へ報告"),
        ("対象外", "既に電子カルテのオフラインバックアップの運用を開始済み",
         "なし（Webアンケート回答のみで完了）", "要件の共有\n導入済の方針をヒアリングし、厚労省へ報告"),
    ]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = ref.cell(3 + i, 1 + j, v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = BOX
            if i == 0:
                c.fill = GREY
    wb.save(OUT)
    return refs


if __name__ == "__main__":
    print(json.dumps(build(), ensure_ascii=False))
