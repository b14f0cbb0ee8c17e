#!/usr/bin/python3
"""Layout A: questionnaire No. | 設問 | 回答 | 備考, numbers Q1..Q14, Q9 as free text in one cell.
Prefecture-made answer sheet, filled by a hospital IT person. No planted problem."""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w1-a-questionnaire-q-numbers"

wb = Workbook()
ws = wb.active
ws.title = "回答票"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr_fill = PatternFill("solid", fgColor="DDEBF7")
ans_fill = PatternFill("solid", fgColor="FFF2CC")

ws.column_dimensions["A"].width = 7
ws.column_dimensions["B"].width = 62
ws.column_dimensions["C"].width = 34
ws.column_dimensions["D"].width = 26

ws["A1"] = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　回答票"
ws["A1"].font = Font(bold=True, size=13)
ws.merge_cells("A1:D1")
ws["A2"] = "※回答要領を必ず確認の上、黄色の回答欄に「はい」又は「いいえ」を入力してください（Q1・Q9は記述）。"
ws.merge_cells("A2:D2")
ws["A3"] = "医療機関名：倉敷みなと記念病院"
ws.merge_cells("A3:D3")

hdr = ["No.", "設問", "回答", "備考"]
for i, h in enumerate(hdr, 1):
    c = ws.cell(row=5, column=i, value=h)
    c.font = Font(bold=True); c.fill = hdr_fill; c.border = box
    c.alignment = Alignment(horizontal="center")

rows = [
    ("Q1", "回答者の情報　氏名", "岡田 修一", "respondent.name", None),
    ("", "　　〃　　　所属", "事務部 情報システム課", "respondent.department", None),
    ("", "　　〃　　　連絡先", "086-223-4567（内線315）", "respondent.contact", None),
    ("Q2", "医療情報システムの安全管理ガイドライン及びチェックリスト等を活用している", "はい", "usesGuidelines", None),
    ("Q3", "電子カルテシステムを使用している\n（いいえの場合、Q7まで回答不要）", "はい", "usesEhr", None),
    ("Q4", "診療を止めないためのバックアップデータを作成し、定期的に復旧テストを行っている", "はい", "backupTested", None),
    ("Q5", "バックアップデータを世代管理している", "はい", "generationsKept", "日次・7世代"),
    ("Q6", "同時災害（サイバー攻撃・火災・自然災害等）を回避する方法でバックアップを管理している", "いいえ", "disasterSeparated", None),
    ("Q7", "バックアップデータの漏洩対策（暗号化・秘密分散等）を講じている", "はい", "leakProtected", None),
    ("Q8", "VPN装置（リモートゲートウェイ装置）が存在する\n（いいえの場合、以降の設問は回答不要）", "はい", "vpnPresent", None),
    ("Q9", "VPN装置のメーカー名・型番・台数（全て記載）", "ヤマハ RTX1210 2台、FortiGate 60F 1台", "vpnDevicesText", "保守業者に確認済"),
    ("Q10", "NISC・厚労省の注意喚起を基にVPN装置のアップデートを適切に行っている", "はい", "vpnUpdated", None),
    ("Q11", "VPN装置へのアクセス元IPアドレスを保守業者等に制限している", "はい", "vpnSourceRestricted", None),
    ("Q12", "VPN装置へのアクセス記録を定期的に分析・監査している", "いいえ", "vpnLogsAudited", None),
    ("Q13", "詳細な緊急対応手順を整備し、定期的に訓練している", "いいえ", "emergencyDrills", None),
    ("Q14", "セキュリティ責任者を設置している", "はい", "securityOfficer", None),
    ("Q14-2", "セキュリティ責任者を医療情報システムの責任者とは別に配置している", "いいえ", "securityOfficerSeparate", "情報システム課長が兼務"),
]
values = {}
r = 6
dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)
for no, q, ans, key, note in rows:
    ws.cell(row=r, column=1, value=no)
    ws.cell(row=r, column=2, value=q).alignment = Alignment(wrap_text=True, vertical="center")
    c = ws.cell(row=r, column=3, value=ans)
    c.fill = ans_fill
    if ans in ("はい", "いいえ"):
        dv.add(c.coordinate)
        c.alignment = Alignment(horizontal="center", vertical="center")
    if note:
        ws.cell(row=r, column=4, value=note)
    for col in range(1, 5):
        ws.cell(row=r, column=col).border = box
    if ans is not None:
        if key.startswith("respondent."):
            values.setdefault("respondent", {})[key.split(".")[1]] = ans
        else:
            values[key] = ans
    r += 1

ws.cell(row=r + 1, column=1, value="回答日：令和6年7月12日")
ws.cell(row=r + 2, column=1, value="ご協力ありがとうございました。回答票は7月19日（金）までに医療政策課あてメールで提出してください。")

out = os.path.join(HERE, NAME + ".xlsx")
wb.save(out)

expected = {
    "form": "backup-vpn-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": values,
    "planted": [],
    "notes": "Q9 は1セルの記述（vpnDevicesText）。D列『備考』、A3 の医療機関名、回答日、提出先の文は設問キー外。"
             "Q14 は Q14 / Q14-2 の2行（Q14-2 = securityOfficerSeparate）。連絡先は内線付きのまま記載。",
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("wrote", out)
