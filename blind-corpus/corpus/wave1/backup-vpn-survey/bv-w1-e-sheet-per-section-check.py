#!/usr/bin/python3
"""Layout E: one sheet per section (記入要領 / 1_回答者 / 2_バックアップ / 3_VPN装置), numbers "2." half-width,
pre-printed □ before はい and いいえ, the hospital overtyped the chosen □ with レ. Respondent as a small horizontal
table (labels above values). Q9 as rows with a labelled 記入例 row to ignore; one count typed as text 「2台」.
Built with openpyxl, then re-saved by LibreOffice.
Planted: 11. left unmarked (required, 8. is はい); 14.(2) 別に配置 left unmarked."""
import json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w1-e-sheet-per-section-check"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head_fill = PatternFill("solid", fgColor="EDEDED")
wb = Workbook()

# --- 記入要領
wi = wb.active
wi.title = "記入要領"
for i, t in enumerate([
    "バックアップデータ及びリモートゲートウェイ装置に係る調査　記入要領",
    "",
    "・シート「1_回答者」「2_バックアップ」「3_VPN装置」の順に記入してください。",
    "・はい／いいえは、該当する方の「□」を「レ」に書き換えてください。",
    "・3. で「いいえ」の場合、4.～7. は回答不要です。",
    "・8. で「いいえ」の場合、9. 以降は回答不要です。",
    "・9. は記入例の行を参考に、VPN装置を全て記載してください（記入例の行は消さなくて構いません）。",
    "・技術的な用語等はシステム設置事業者・保守事業者にも照会のうえ回答してください。",
], 1):
    wi.cell(row=i, column=1, value=t)
wi["A1"].font = Font(bold=True, size=12)
wi.column_dimensions["A"].width = 100

values = {}
where = {}

# --- 1_回答者 (labels above values)
w1 = wb.create_sheet("1_回答者")
w1["A1"] = "1. 回答者の情報"; w1["A1"].font = Font(bold=True, size=12)
w1["A2"] = "※後日、厚生労働省から内容確認の連絡をする場合があります。"
resp = [("氏名", "name", "木村 誠"), ("所属", "department", "経営企画室 医療情報係"),
        ("連絡先（電話・メール）", "contact", "kimura.m@seto-hp.or.jp")]
for i, (lab, key, val) in enumerate(resp, 1):
    c = w1.cell(row=4, column=i, value=lab); c.font = Font(bold=True); c.fill = head_fill; c.border = box
    w1.cell(row=5, column=i, value=val).border = box
    w1.column_dimensions["ABC"[i - 1]].width = 30
values["respondent"] = {k: v for _, k, v in resp}
w1["A7"] = "医療機関名"; w1["B7"] = "瀬戸内西病院"


def yn_sheet(ws, title, qs):
    ws["A1"] = title; ws["A1"].font = Font(bold=True, size=12)
    for col, w in zip("ABCDEF", (6, 64, 4, 8, 4, 8)):
        ws.column_dimensions[col].width = w
    for i, h in enumerate(["No.", "設問", "回答", None, None, None], 1):
        c = ws.cell(row=3, column=i, value=h); c.font = Font(bold=True); c.fill = head_fill; c.border = box
    ws.merge_cells("C3:F3")
    r = 4
    for no, text, key, ans in qs:
        ws.cell(row=r, column=1, value=no)
        ws.cell(row=r, column=2, value=text).alignment = Alignment(wrap_text=True, vertical="center")
        ws.cell(row=r, column=3, value="レ" if ans == "はい" else "□")
        ws.cell(row=r, column=4, value="はい")
        ws.cell(row=r, column=5, value="レ" if ans == "いいえ" else "□")
        ws.cell(row=r, column=6, value="いいえ")
        for col in range(1, 7):
            ws.cell(row=r, column=col).border = box
        for col in (3, 5):
            ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="center")
        where[key] = [f"{ws.title}!C{r}", f"{ws.title}!E{r}"]
        if ans:
            values[key] = ans
        r += 1
    return r


# --- 2_バックアップ
w2 = wb.create_sheet("2_バックアップ")
yn_sheet(w2, "電子カルテシステムのバックアップに係る質問（2.～7.）", [
    ("2.", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "usesGuidelines", "はい"),
    ("3.", "電子カルテシステムを使用しているか（「いいえ」の場合 7. まで回答不要）", "usesEhr", "はい"),
    ("4.", "診療行為を停止させないためのバックアップデータは作成しているか（定期的なテストを含む）", "backupTested", "はい"),
    ("5.", "バックアップデータは世代管理しているか", "generationsKept", "はい"),
    ("6.", "サイバー攻撃による汚損・破壊、火災や自然災害による消失等、同時災害を回避する方法で管理しているか", "disasterSeparated", "はい"),
    ("7.", "バックアップデータの漏洩対策（暗号化・秘密分散管理等）を講じているか", "leakProtected", "いいえ"),
])

# --- 3_VPN装置
w3 = wb.create_sheet("3_VPN装置")
r = yn_sheet(w3, "リモートゲートウェイ装置（VPN装置）に係る質問（8.～14.）", [
    ("8.", "VPN装置が存在するか（「いいえ」の場合 9. 以降は回答不要）", "vpnPresent", "はい"),
])
# Q9 table inline
w3.cell(row=r, column=1, value="9.")
w3.cell(row=r, column=2, value="VPN装置のメーカー名、型番、台数を全て記載してください").alignment = Alignment(wrap_text=True)
r += 1
for i, h in enumerate([None, "メーカー名", "型番", None, "台数", None], 1):
    if h is not None:
        c = w3.cell(row=r, column=i, value=h); c.font = Font(bold=True); c.fill = head_fill
w3.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
w3.merge_cells(start_row=r, start_column=5, end_row=r, end_column=6)
r += 1
example = ("記入例", "ヤマハ", "RTX1210", 1)
devs = [("", "シスコシステムズ", "C1111-4P", 1), ("", "パロアルトネットワークス", "PA-220", "2台")]
for label, mk, md, n in [example] + devs:
    w3.cell(row=r, column=1, value=label or None)
    w3.cell(row=r, column=2, value=mk)
    w3.cell(row=r, column=3, value=md)
    w3.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
    w3.cell(row=r, column=5, value=n)
    w3.merge_cells(start_row=r, start_column=5, end_row=r, end_column=6)
    if label == "記入例":
        for col in range(1, 7):
            w3.cell(row=r, column=col).font = Font(italic=True, color="808080")
    for col in range(1, 7):
        w3.cell(row=r, column=col).border = box
    r += 1
values["vpnDevices"] = [{"maker": "シスコシステムズ", "model": "C1111-4P", "count": 1},
                        {"maker": "パロアルトネットワークス", "model": "PA-220", "count": 2}]
r += 1
qs = [
    ("10.", "NISCや厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "vpnUpdated", "はい"),
    ("11.", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "vpnSourceRestricted", None),   # PLANTED
    ("12.", "VPN装置へのアクセス記録を定期的に分析・監査しているか", "vpnLogsAudited", "はい"),
    ("13.", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "emergencyDrills", "いいえ"),
    ("14.", "セキュリティ責任者を設置しているか", "securityOfficer", "はい"),
    ("14.(2)", "セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "securityOfficerSeparate", None),  # PLANTED
]
for no, text, key, ans in qs:
    w3.cell(row=r, column=1, value=no)
    w3.cell(row=r, column=2, value=text).alignment = Alignment(wrap_text=True, vertical="center")
    w3.cell(row=r, column=3, value="レ" if ans == "はい" else "□")
    w3.cell(row=r, column=4, value="はい")
    w3.cell(row=r, column=5, value="レ" if ans == "いいえ" else "□")
    w3.cell(row=r, column=6, value="いいえ")
    for col in range(1, 7):
        w3.cell(row=r, column=col).border = box
    where[key] = [f"{w3.title}!C{r}", f"{w3.title}!E{r}"]
    if ans:
        values[key] = ans
    r += 1

# save via openpyxl, then re-save with LibreOffice
tmp = tempfile.mkdtemp()
raw = os.path.join(tmp, NAME + ".xlsx")
wb.save(raw)
outdir = os.path.join(tmp, "lo")
os.makedirs(outdir)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
out = os.path.join(HERE, NAME + ".xlsx")
shutil.copyfile(os.path.join(outdir, NAME + ".xlsx"), out)
shutil.rmtree(tmp)

expected = {
    "form": "backup-vpn-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": values,
    "planted": [
        {"cells": where["vpnSourceRestricted"], "paths": ["vpnSourceRestricted"],
         "why": "8. VPN装置あり（はい）なので 11. は回答必須だが、はい・いいえ どちらの□もレになっていない（未回答）"},
        {"cells": where["securityOfficerSeparate"], "paths": ["securityOfficerSeparate"],
         "why": "14. の2つ目の回答（医療情報システムの責任者とは別に配置しているか）が未回答（8. はい のため必須）"},
    ],
    "notes": "はい/いいえ は □ を『レ』に書き換えた方（C列レ=はい、E列レ=いいえ、両方□=未回答）。"
             "9. の表の『記入例』行（ヤマハ RTX1210 1）は無視すべき行で vpnDevices に含めない。パロアルト PA-220 の台数は文字列『2台』→2。"
             "回答者は 1_回答者 シートの見出し（4行目）の下（5行目）に値。B7 の医療機関名・記入要領シートはキー外。LibreOffice で再保存。",
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("wrote", out)
