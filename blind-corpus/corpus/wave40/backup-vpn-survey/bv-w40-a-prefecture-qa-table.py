#!/usr/bin/python3
"""bv-w40-a: the prefecture's relay of the MHLW backup / VPN survey as one questionnaire sheet
(No. | 設問 | 細目 | 回答 | 備考), dropdown はい/いいえ, Q9 as a maker/model/count sub-table,
Q14 split into 14-1 / 14-2, a 未回答数 formula. Filled completely and correctly. Re-saved by LibreOffice.

Run: PYTHONPATH=/tmp/bvlds_py /usr/bin/python3 THIS.py
"""
import datetime
import json
import os
import subprocess

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w40-a-prefecture-qa-table"
TMPDIR = "/tmp/bvlds_bv_a"
SHEET = "回答票"

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="D9E1F2")
SEC = PatternFill("solid", fgColor="EDEDED")
ANS = PatternFill("solid", fgColor="FFF2CC")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

HOSPITAL = "社会医療法人 さくら会 坂出さくら病院"
RESP = dict(name="高橋 誠", department="事務部 医療情報管理室",
            contact="0877-46-2231（内線215）\nm-takahashi@sakura-hp.jp")
ANSWERS = {
    "usesGuidelines": "はい", "usesEhr": "はい", "backupTested": "はい", "generationsKept": "はい",
    "disasterSeparated": "いいえ", "leakProtected": "はい", "vpnPresent": "はい", "vpnUpdated": "はい",
    "vpnSourceRestricted": "はい", "vpnLogsAudited": "いいえ", "emergencyDrills": "いいえ",
    "securityOfficer": "はい", "securityOfficerSeparate": "いいえ",
}
REMARKS = {
    "disasterSeparated": "バックアップは院内サーバ室のNASのみ。遠隔地保管を電子カルテベンダと検討中",
    "vpnLogsAudited": "ログは保守業者側で保存。院内での定期監査は未実施",
    "securityOfficerSeparate": "医療情報システム安全管理責任者（情報管理室長）が兼務",
}
VPN = [
    dict(maker="Fortinet", model="FortiGate 60F", count=1),
    dict(maker="ヤマハ", model="RTX1210", count=2),
    dict(maker="NEC", model="UNIVERGE IX2106", count=1),
]
QUESTIONS = [  # (no, text, key)
    ("2", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "usesGuidelines"),
    ("3", "電子カルテシステムを使用しているか\n（「いいえ」の場合、設問4～7は回答不要）", "usesEhr"),
    ("4", "診療行為を停止させないためのバックアップデータは作成しているか（定期的にテストを行っているか）", "backupTested"),
    ("5", "バックアップデータは世代管理しているか", "generationsKept"),
    ("6", "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか",
     "disasterSeparated"),
    ("7", "バックアップデータの漏洩対策を講じているか", "leakProtected"),
    ("SEC", "【リモートゲートウェイ装置に係る質問関係】", None),
    ("8", "VPN装置が存在するか\n（「いいえ」の場合、設問9以降は回答不要）", "vpnPresent"),
    ("9", None, None),
    ("10", "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか",
     "vpnUpdated"),
    ("11", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "vpnSourceRestricted"),
    ("12", "VPN装置へのアクセス記録を定期的に分析・監査しているか", "vpnLogsAudited"),
    ("13", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "emergencyDrills"),
    ("14-1", "セキュリティ責任者を設置しているか", "securityOfficer"),
    ("14-2", "セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "securityOfficerSeparate"),
]
CELL = {}


def box(ws, rng, fill=None, align=WRAP, bold=False):
    for row in ws[rng]:
        for c in row:
            c.border = BOX
            c.alignment = align
            if fill:
                c.fill = fill
            if bold:
                c.font = Font(bold=True)


def build(path):
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    for col, w in zip("ABCDE", (7, 52, 16, 18, 44)):
        ws.column_dimensions[col].width = w
    ws["A1"] = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　回答票"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "香川県健康福祉部医務国保課（厚生労働省依頼分）"
    ws["A3"] = ("※「回答要領」を必ず確認のうえ、回答欄（黄色）はプルダウンから「はい」「いいえ」を選択してください。"
                "設問3が「いいえ」の場合は設問4～7、設問8が「いいえ」の場合は設問9以降の回答は不要です。")
    ws.merge_cells("A3:E3")
    ws["A3"].alignment = WRAP
    ws.row_dimensions[3].height = 32
    ws["A5"] = "病院名"
    ws.merge_cells("A5:B5")
    ws["C5"] = HOSPITAL
    ws.merge_cells("C5:E5")
    ws["A6"] = "回答日"
    ws.merge_cells("A6:B6")
    ws["C6"] = datetime.date(2024, 10, 15)
    ws["C6"].number_format = "yyyy/m/d"
    box(ws, "A5:E6")
    ws["A5"].fill = HEAD
    ws["A6"].fill = HEAD

    r = 8
    for j, h in enumerate(["No.", "設問", "細目", "回答", "備考"]):
        ws.cell(r, 1 + j, h)
    box(ws, f"A{r}:E{r}", HEAD, CENTER, bold=True)
    r += 1
    ws.cell(r, 1, "【電子カルテシステムのバックアップに係る質問関係】")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    box(ws, f"A{r}:E{r}", SEC, bold=True)
    r += 1
    # Q1
    ws.cell(r, 1, "1")
    ws.cell(r, 2, "回答者の情報（後日、厚生労働省より内容確認の連絡をする場合があります）")
    for i, (lab, key) in enumerate((("氏名", "name"), ("所属", "department"), ("連絡先", "contact"))):
        ws.cell(r + i, 3, lab)
        ws.cell(r + i, 4, RESP[key])
        ws.merge_cells(start_row=r + i, start_column=4, end_row=r + i, end_column=5)
        CELL["respondent." + key] = f"D{r + i}"
    ws.merge_cells(start_row=r, start_column=1, end_row=r + 2, end_column=1)
    ws.merge_cells(start_row=r, start_column=2, end_row=r + 2, end_column=2)
    box(ws, f"A{r}:E{r + 2}")
    for i in range(3):
        ws.cell(r + i, 4).fill = ANS
    ws.row_dimensions[r + 2].height = 32
    r += 3
    yn_cells = []
    for no, text, key in QUESTIONS:
        if no == "SEC":
            ws.cell(r, 1, text)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
            box(ws, f"A{r}:E{r}", SEC, bold=True)
            r += 1
            continue
        if no == "9":
            n = 1 + 4  # header + 4 rows
            ws.cell(r, 1, "9")
            ws.cell(r, 2, "VPN装置のメーカー名、型番、台数を全て記載すること（記述方式）")
            ws.merge_cells(start_row=r, start_column=1, end_row=r + n - 1, end_column=1)
            ws.merge_cells(start_row=r, start_column=2, end_row=r + n - 1, end_column=2)
            for j, h in enumerate(["メーカー名", "型番", "台数"]):
                ws.cell(r, 3 + j, h).fill = HEAD
            for i in range(4):
                if i < len(VPN):
                    ws.cell(r + 1 + i, 3, VPN[i]["maker"])
                    ws.cell(r + 1 + i, 4, VPN[i]["model"])
                    ws.cell(r + 1 + i, 5, VPN[i]["count"])
                    ws.cell(r + 1 + i, 5).number_format = '0"台"'
                for cc in (3, 4, 5):
                    ws.cell(r + 1 + i, cc).fill = ANS
            CELL["vpnDevices"] = f"C{r + 1}:E{r + len(VPN)}"
            box(ws, f"A{r}:E{r + n - 1}")
            r += n
            continue
        ws.cell(r, 1, no)
        ws.cell(r, 2, text)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
        ws.cell(r, 4, ANSWERS[key])
        if key in REMARKS:
            ws.cell(r, 5, REMARKS[key])
        CELL[key] = f"D{r}"
        yn_cells.append(f"D{r}")
        box(ws, f"A{r}:E{r}")
        ws.cell(r, 1).alignment = CENTER
        ws.cell(r, 4).alignment = CENTER
        ws.cell(r, 4).fill = ANS
        ws.row_dimensions[r].height = 36 if len(text) > 34 else 22
        r += 1
    dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
    ws.add_data_validation(dv)
    for c in yn_cells:
        dv.add(c)
    r += 1
    ws.cell(r, 3, "未回答（はい/いいえ）")
    ws.cell(r, 4, '=%d-COUNTIF(D9:D%d,"はい")-COUNTIF(D9:D%d,"いいえ")' % (len(yn_cells), r - 2, r - 2))
    box(ws, f"C{r}:D{r}")
    ws.cell(r + 1, 1, "ご回答ありがとうございました。提出先：医務国保課 医療企画G（メール添付にてご提出ください）")
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.print_title_rows = "8:8"
    wb.save(path)


def expected():
    values = {
        "respondent.name": RESP["name"],
        "respondent.department": RESP["department"],
        "respondent.contact": RESP["contact"],
    }
    order = ["usesGuidelines", "usesEhr", "backupTested", "generationsKept", "disasterSeparated", "leakProtected",
             "vpnPresent"]
    for k in order:
        values[k] = ANSWERS[k]
    values["vpnDevices"] = VPN
    for k in ["vpnUpdated", "vpnSourceRestricted", "vpnLogsAudited", "emergencyDrills", "securityOfficer",
              "securityOfficerSeparate"]:
        values[k] = ANSWERS[k]
    return {
        "form": "backup-vpn-survey",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": values,
        "planted": [],
        "notes": ("One sheet 回答票. Q1 is three rows (氏名/所属/連絡先); the 連絡先 cell holds phone + email with a line "
                  "break. Q9 is a sub-table (メーカー名/型番/台数, count cells formatted 0\"台\"). Q14 is split into rows "
                  "14-1 (securityOfficer) and 14-2 (securityOfficerSeparate). 病院名 and 回答日 (2024-10-15, date cell) "
                  "are header fields without a key. The 未回答 cell at the bottom is a formula (cached by LibreOffice), "
                  "not an answer. 備考 texts on Q6, Q12, Q14-2 are remarks, not keyed. Re-saved by LibreOffice."),
    }


if __name__ == "__main__":
    os.makedirs(TMPDIR, exist_ok=True)
    tmp = os.path.join(TMPDIR, NAME + ".xlsx")
    build(tmp)
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", HERE, tmp], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=2)
    print("wrote", os.path.join(HERE, NAME + ".xlsx"), CELL)
