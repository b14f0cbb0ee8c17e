#!/usr/bin/python3
# obi-w2-c: a hospital IT person's record (控え) of the answers, each line one cell 「項目：値」 in column A,
# answers paraphrased in their own words, patient count in full-width digits, 和暦 short date. Re-saved by LibreOffice.
# No planted problem.
import json, os, subprocess, tempfile, shutil
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment

NAME = "obi-w2-c-memo-koumoku"
OUT = os.path.dirname(os.path.abspath(__file__))

wb = Workbook(); ws = wb.active; ws.title = "回答控え"
ws.column_dimensions["A"].width = 100
lines = {
    1: "オフラインバックアップ支援意向アンケート（Microsoft Forms）回答控え",
    3: "回答日：R6.8.21",
    4: "回答者：情報システム室　岡田",
    6: "病院名：医療法人 潮風会 しおかぜ病院",
    7: "患者数：６２０",
    8: "電子カルテのバックアップの現状：電子カルテベンダ（カルテック社）とオフラインバックアップの方針を検討中",
    9: "本事業による支援の意向：支援は不要（ベンダと検討中の方針で対応するため）",
    10: "保存先：外部クラウド（ベンダ提案のクラウドストレージを予定）",
    11: "備考：導入予定は令和7年度上期。構成概要は事務局のヒアリング時に説明可。",
    13: "※上記内容でWeb回答済み。支援方針の通知が来たら医事課にも共有すること。",
}
for r, t in lines.items():
    c = ws.cell(r, 1, t); c.alignment = Alignment(vertical="center")
ws["A1"].font = Font(bold=True, size=12)
ws["A13"].font = Font(size=9, color="7F7F7F")

tmp = tempfile.mkdtemp()
src = os.path.join(tmp, NAME + ".xlsx")
wb.save(src)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.rmtree(tmp)

expected = {
    "form": "offline-backup-intent", "version": "R6", "file": NAME + ".xlsx",
    "values": {
        "hospitalName": "医療法人 潮風会 しおかぜ病院",
        "patientCount": 620,
        "currentState": "PLANNING_WITH_VENDOR",
        "intent": "NO_SUPPORT_NEEDED",
        "storage": "EXTERNAL_CLOUD",
        "remarks": "導入予定は令和7年度上期。構成概要は事務局のヒアリング時に説明可。",
    },
    "planted": [],
    "notes": ("Every field is one cell in column A written 項目：値 (full-width colon); values are given without the "
              "label. 患者数 A7 is written in full-width digits '６２０' = 620. currentState/intent/storage are the "
              "filler's own paraphrases (A8: ベンダと方針を検討中 = PLANNING_WITH_VENDOR; A9: 支援は不要 = "
              "NO_SUPPORT_NEEDED; A10: 外部クラウド = EXTERNAL_CLOUD); the derived 支援方針 would be 報告のみ "
              "(REPORT_ONLY) but the sheet does not show it. A3 回答日 (R6.8.21 = 2024-08-21), A4 回答者 and the A13 memo "
              "are not form fields. Re-saved by LibreOffice."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
