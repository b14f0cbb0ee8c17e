#!/usr/bin/python3
# bv-w15-a: a prefecture's Excel answer sheet for the MHLW backup / remote-gateway (VPN) survey:
# questionnaire layout No. | 設問 | 回答 | 備考, drop-downs, Q9 as a second table to the right (with a SUM total that
# openpyxl leaves without a cached value), plus a 記入要領 sheet. Filled completely and correctly.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w15-a-questionnaire-device-table"
S = "回答票"

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="D9E1F2")
ANS = PatternFill("solid", fgColor="FFF2CC")
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = S
for col, w in zip("ABCDEFGHIJ", [7, 62, 16, 24, 3, 5, 18, 20, 8, 3]):
    ws.column_dimensions[col].width = w

ws["A1"] = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　回答票"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "香川県健康福祉部医務国保課　取りまとめ用"
ws["A3"] = ("※「回答要領」（記入要領シート）を必ず確認のうえ、黄色のセルに回答してください。回答欄はプルダウンから"
            "「はい」「いいえ」を選択してください。")
ws["A3"].alignment = WRAP
ws.merge_cells("A3:D3")
ws.row_dimensions[3].height = 30
ws["A5"] = "病院名"
ws["B5"] = "医療法人 瀬戸内会 丸亀さくら病院"
ws["A5"].fill = HEAD
ws["A5"].border = ws["B5"].border = BOX

hdr = ["No.", "設問", "回答", "備考"]
for k, h in enumerate(hdr, 1):
    c = ws.cell(7, k, h)
    c.fill = HEAD
    c.alignment = CEN
    c.font = Font(bold=True)
ws.cell(8, 1, "【電子カルテシステムのバックアップに係る質問関係】").font = Font(bold=True)
ws.merge_cells("A8:D8")

rows = [
    ("1", "回答者の情報", None, None, None),
    ("", "　氏名", "respondent.name", "text", "佐藤 隆之"),
    ("", "　所属", "respondent.department", "text", "情報システム管理室 室長"),
    ("", "　連絡先", "respondent.contact", "text", "0877-23-5511（内線321）"),
    ("2", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか",
     "usesGuidelines", "yn", "はい"),
    ("3", "電子カルテシステムを使用しているか\n（使用していない場合は7.まで回答不要）", "usesEhr", "yn", "はい"),
    ("4", "診療行為を停止させないためのバックアップデータを作成し、定期的にテストを行っているか", "backupTested", "yn",
     "はい"),
    ("5", "バックアップデータは世代管理しているか", "generationsKept", "yn", "はい"),
    ("6", "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で"
          "管理しているか", "disasterSeparated", "yn", "いいえ"),
    ("7", "バックアップデータの漏洩対策を講じているか", "leakProtected", "yn", "はい"),
    ("HEAD", "【リモートゲートウェイ装置に係る質問関係】", None, None, None),
    ("8", "VPN装置が存在するか\n（設置されていない場合は以降の設問は回答不要）", "vpnPresent", "yn", "はい"),
    ("9", "VPN装置のメーカー名、型番、台数を全て記載すること（記述方式）", None, None, "右表に記載→"),
    ("10", "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に"
           "行っているか", "vpnUpdated", "yn", "はい"),
    ("11", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "vpnSourceRestricted", "yn", "はい"),
    ("12", "VPN装置へのアクセス記録を定期的に分析・監査しているか", "vpnLogsAudited", "yn", "いいえ"),
    ("13", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "emergencyDrills", "yn", "いいえ"),
    ("14", "セキュリティ責任者を設置しているか", "securityOfficer", "yn", "はい"),
    ("14-2", "上記のセキュリティ責任者を、医療情報システムの責任者とは別に配置しているか", "securityOfficerSeparate", "yn",
     "いいえ"),
]
notes = {"backupTested": "年2回 復元テスト実施", "disasterSeparated": "院内サーバ室のNASのみ（遠隔保管は検討中）",
         "vpnLogsAudited": "ログは保存しているが定期分析は未実施"}
dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)
r = 9
cellmap = {}
vals = {}
for no, q, key, kind, ans in rows:
    if no == "HEAD":
        ws.cell(r, 1, q).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        r += 1
        continue
    ws.cell(r, 1, no).alignment = CEN
    ws.cell(r, 2, q).alignment = WRAP
    if ans is not None:
        c = ws.cell(r, 3, ans)
        c.fill = ANS
        c.alignment = CEN if kind == "yn" else WRAP
        if kind == "yn":
            dv.add(c.coordinate)
    if key:
        cellmap[key] = f"{S}!C{r}"
        if key in notes:
            ws.cell(r, 4, notes[key]).alignment = WRAP
        head, _, sub = key.partition(".")
        if sub:
            vals.setdefault(head, {})[sub] = ans
        else:
            vals[key] = ans
    if len(q) > 40 or "\n" in q:
        ws.row_dimensions[r].height = 32
    for k in range(1, 5):
        ws.cell(r, k).border = BOX
    r += 1
ws.merge_cells("A9:A12")

# Q9: second table to the right
ws["F7"] = "設問9　VPN装置一覧"
ws["F7"].font = Font(bold=True)
for k, h in enumerate(["No.", "メーカー名", "型番", "台数"], 6):
    c = ws.cell(8, k, h)
    c.fill = HEAD
    c.alignment = CEN
devices = [("Fortinet", "FortiGate 60F", 1), ("ヤマハ", "RTX1300", 2)]
for n in range(5):
    rr = 9 + n
    ws.cell(rr, 6, n + 1).alignment = CEN
    if n < len(devices):
        ws.cell(rr, 7, devices[n][0])
        ws.cell(rr, 8, devices[n][1])
        ws.cell(rr, 9, devices[n][2])
    for k in range(6, 10):
        ws.cell(rr, k, ).border = BOX
        if k > 6:
            ws.cell(rr, k).fill = ANS
ws["H14"] = "合計台数"
ws["I14"] = "=SUM(I9:I13)"
ws["H14"].border = ws["I14"].border = BOX
ws["F15"] = "※行が足りない場合は追加してください。"
ws["F15"].font = Font(size=9)
ws.freeze_panes = "A8"

# 記入要領 sheet
wi = wb.create_sheet("記入要領")
wi.column_dimensions["A"].width = 110
guide = [
    "記入要領（回答要領より抜粋）",
    "・技術的な質問・用語等については、院内担当者だけでなく、システム設置事業者や保守事業者への照会等も活用して回答してください。",
    "・1. 回答者の氏名、所属、連絡先を記載してください。後日、厚生労働省より回答者に連絡する可能性があります。",
    "・3. 電子カルテシステムを使用していない場合は、7. まで回答不要です。",
    "・5. 世代管理とは最新のバックアップデータだけでなく、それ以前のバックアップデータも管理することを指します。",
    "・8. 院内のサーバ室等を確認し、VPN装置が存在するか確認してください。設置されていない場合は、以降の設問は回答不要です。",
    "・9. VPN装置のメーカー名、型番、台数を全て記載してください（回答票右側の表）。",
    "・14. セキュリティ責任者の設置と、医療情報システムの責任者とは別に配置しているかの2点を回答してください。",
]
for i, t in enumerate(guide, 1):
    wi.cell(i, 1, t)
wi["A1"].font = Font(bold=True, size=12)

wb.save(os.path.join(OUT, NAME + ".xlsx"))

vals["vpnDevices"] = [dict(maker=m, model=md, count=c) for m, md, c in devices]
order = ["respondent", "usesGuidelines", "usesEhr", "backupTested", "generationsKept", "disasterSeparated",
         "leakProtected", "vpnPresent", "vpnDevices", "vpnUpdated", "vpnSourceRestricted", "vpnLogsAudited",
         "emergencyDrills", "securityOfficer", "securityOfficerSeparate"]
expected = {
    "form": "backup-vpn-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {k: vals[k] for k in order},
    "planted": [],
    "notes": ("Questionnaire layout on sheet 回答票 (answers in column C, rows 10-27; section header rows 8 and 19). "
              "Q9 cell C21 says only '右表に記載→'; the devices are the second table F8:I13 (2 rows used); I14 is "
              "=SUM(I9:I13) saved by openpyxl without a cached value. Q14 has a second row 14-2 for "
              "医療情報システムの責任者とは別に配置. Column D holds free remarks (not keys). 病院名 in B5 is not a key. "
              "Extra sheet 記入要領 holds instructions only."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(expected, fh, ensure_ascii=False, indent=2)
print(cellmap)
