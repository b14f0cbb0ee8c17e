# Label | value layout with the choices typed in the hospital's own words, a 記入例 column that must be ignored,
# and a 記入要領 sheet. Two planted mistakes: count above 3000 (typed as text with a comma) and a missing
# required answer (current state left blank).
import json
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

NAME = "obi-w1-c-label-value"
wb = Workbook()
ws = wb.active
ws.title = "回答票"
thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
grey = PatternFill("solid", fgColor="D9D9D9"); ex = PatternFill("solid", fgColor="F2F2F2")
yellow = PatternFill("solid", fgColor="FFF2CC")
ws.column_dimensions["A"].width = 6; ws.column_dimensions["B"].width = 46
ws.column_dimensions["C"].width = 42; ws.column_dimensions["D"].width = 26

ws["A1"] = "オフラインバックアップ支援意向アンケート　回答票"; ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "※黄色の欄に入力してください。選択肢は【　】内の語句で記入してください。灰色の「記入例」列は入力不要です。"
ws["A2"].font = Font(size=9)
ws["B3"] = "回答日"; ws["C3"] = "R6.8.23"

hdr = ["No.", "項目", "回答（入力欄）", "記入例"]
for i, h in enumerate(hdr, 1):
    c = ws.cell(5, i, h); c.fill = grey; c.border = box; c.font = Font(bold=True)
    c.alignment = Alignment(horizontal="center")
labels = [
 ("(1)", "医療機関名（正式名称）【必須】", "医療法人社団讃岐会　高松北部記念病院", "○○病院"),
 ("(2)", "患者数【必須】\n（Microsoft Teams「00_医療機関データ」に表示されている患者情報数。1～3000の数値）", "3,280", 350),
 ("(3)", "電子カルテのオフラインバックアップの現状【必須】\n【運用中／ベンダ等と方針検討中／未実施】", None, "未実施"),
 ("(4)", "本事業での支援の意向【必須】\n【年度内にサーバ・物品を調達／次年度以降に調達／サーバ新設なし・既存設備に媒体を接続／支援不要】",
  "年度内にサーバ・物品を調達する予定", "次年度以降に調達"),
 ("(5)", "保存先の希望（支援を希望する場合）\n【院内の物理媒体／外部クラウド】", "院内の物理媒体（外付けHDD）", "外部クラウド"),
 ("(6)", "備考", "サーバ購入の予算は8/9の院内会議で承認済みです。", "（例）打合せは午後を希望"),
]
for k, (no, lab, val, exv) in enumerate(labels):
    r = 6 + k
    ws.cell(r, 1, no); ws.cell(r, 2, lab); ws.cell(r, 3, val); ws.cell(r, 4, exv)
    for col in range(1, 5):
        c = ws.cell(r, col); c.border = box
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center" if col == 1 else "left")
    ws.cell(r, 3).fill = yellow; ws.cell(r, 4).fill = ex; ws.cell(r, 4).font = Font(color="808080", italic=True)
    ws.row_dimensions[r].height = 44
ws["B13"] = "担当者：医療情報課　多田 翔太（内線 215）"

g = wb.create_sheet("記入要領")
notes = [
 "記入要領",
 "1. 本票は「オフラインバックアップ支援意向に関するアンケート」（Microsoft Forms）の内容を転記したものです。",
 "2. 回答にあたっては「別紙5_各媒体におけるオフライン状態の定義」を確認し、現在の電子カルテのバックアップ方法等をご確認ください。",
 "3. 既にオフラインバックアップを取得済の場合はその旨を回答してください（本事業での支援対象外となります）。",
 "4. 電子カルテベンダ等と方針を検討中で、本事業での支援が不要な場合は、(4)に「支援不要」と記入してください。",
 "5. 患者数は1から3000の間の数値を記入してください。",
 "6. 外部クラウド環境に保存する場合、サーバの新設は不要です。",
]
for i, t in enumerate(notes, 1):
    g.cell(i, 1, t)
g["A1"].font = Font(bold=True, size=12); g.column_dimensions["A"].width = 110
wb.save(NAME + ".xlsx")

exp = {"form": "offline-backup-intent", "version": "R6", "file": NAME + ".xlsx",
  "values": {"hospitalName": "医療法人社団讃岐会　高松北部記念病院", "patientCount": 3280,
             "intent": "PROCURE_THIS_YEAR", "storage": "ON_PREMISES_MEDIA",
             "remarks": "サーバ購入の予算は8/9の院内会議で承認済みです。"},
  "planted": [
    {"cells": ["回答票!C7"], "paths": ["patientCount"],
     "why": "患者数 3,280 is above the survey's bound; seed 002 (Web survey screen): 「1から3000 の間の数値を指定する必欄があります」 "
            "and catalogue §5 'a count the survey bounds to 1–3000'. Written as text with a thousands comma."},
    {"cells": ["回答票!C8"], "paths": ["currentState"],
     "why": "Required answer missing: the current state of the EHR's offline backup (運用中／検討中／未実施) is blank. "
            "The 支援方針 cannot be derived without it (catalogue §5: 対象外 / 報告のみ depend on the current state; seed 002 "
            "「既にオフラインバックアップを取得済の場合、アンケートにその旨ご回答ください」)."}
  ],
  "notes": "Label in column B, value in column C (rows 6-11). Column D is a clearly labelled 記入例 column (grey) — must be "
           "ignored (e.g. D7=350, D8=未実施 are NOT answers). Choices typed in free words: C9 '年度内にサーバ・物品を調達する予定' "
           "→ PROCURE_THIS_YEAR; C10 '院内の物理媒体（外付けHDD）' → ON_PREMISES_MEDIA. Hospital name contains a full-width "
           "space, kept as typed. 回答日 'R6.8.23' (C3) and 担当者 line (B13) are extra, not form keys. Second sheet 記入要領 "
           "holds instructions only. No 支援方針 shown."}
json.dump(exp, open(NAME + ".expected.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
