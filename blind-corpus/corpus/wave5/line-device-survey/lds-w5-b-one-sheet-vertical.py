#!/usr/bin/python3
"""lds-w5-b-one-sheet-vertical: a small hospital's own one-sheet version of 別紙2-1.
Basic info as `項目：値` cells, the line table transposed (items down, 記入例/回線1..3 across),
ports and terminals as further tables on the same sheet; floor plan on its own sheet; the filler also kept
the ID/password list (提出不要) in the file, filled in. Re-saved with LibreOffice.
Planted: 回線2 固定IP with a private address; password list with passwords filled."""
import os
import shutil
import subprocess
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w5-b-one-sheet-vertical"
TMP = os.path.join(HERE, "_tmp_" + NAME)
os.makedirs(TMP, exist_ok=True)
RAW = os.path.join(TMP, NAME + ".xlsx")

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GREY = PatternFill("solid", fgColor="EDEDED")
HEAD = PatternFill("solid", fgColor="DDEBF7")
WRAP = Alignment(wrap_text=True, vertical="top")


def boxed(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX
            c.alignment = WRAP


wb = Workbook()
ws = wb.active
ws.title = "別紙2-1"
for col, w in zip("ABCDEFGHI", [2, 30, 24, 28, 28, 28, 14, 14, 14]):
    ws.column_dimensions[col].width = w

ws["B1"] = "別紙2-1 医療機関記入依頼書（回線・機器情報等記入）"
ws["B1"].font = Font(bold=True, size=14)
ws["B2"] = "※事務局様式を当院で1枚にまとめたものです（記入項目は同じ）"

# --- basic info (label and value in one cell)
ws["B3"] = "【1】基本情報"
ws["B3"].font = Font(bold=True)
ws.merge_cells("B4:E4")
ws["B4"] = "本施策の同意確認（規約 別紙7・別紙8 確認済）：■同意する"
ws.merge_cells("B5:C5")
ws["B5"] = "医療機関名：医療法人社団 葵会 大宮けやき病院"
ws.merge_cells("D5:E5")
ws["D5"] = "（かな）：いりょうほうじんしゃだん あおいかい おおみやけやきびょういん"
ws.merge_cells("B6:C6")
ws["B6"] = "〒：330-0854"
ws.merge_cells("D6:E6")
ws["D6"] = "住所：埼玉県さいたま市大宮区桜木町二丁目5番8号"
ws.merge_cells("B7:E7")
ws["B7"] = "住所（かな）：さいたまけんさいたましおおみやくさくらぎちょう2ちょうめ5ばん8ごう"
ws.merge_cells("B8:C8")
ws["B8"] = "ビル名：大宮けやきメディカルビル 3～7階"
ws.merge_cells("D8:E8")
ws["D8"] = "（かな）：おおみやけやきめでぃかるびる 3～7かい"
ws.merge_cells("B9:C9")
ws["B9"] = "病床数：58床"
boxed(ws, "B4:E9")

ws["B11"] = "担当者（4名まで）"
for j, h in enumerate(["所属・役職", "氏名", "電話番号", "メールアドレス"]):
    c = ws.cell(row=11, column=3 + j, value=h)
    c.fill = HEAD
contacts = [
    ("事務部 システム担当 係長", "関根 拓也", "048-641-3320", "sekine@omiya-keyaki.jp"),
    ("看護部 副看護部長（医療情報担当兼務）", "新井 由美", "048-641-3321", "arai@omiya-keyaki.jp"),
]
for i in range(4):
    r = 12 + i
    ws.cell(row=r, column=2, value=f"担当者{'①②③④'[i]}")
    if i < len(contacts):
        for j, v in enumerate(contacts[i]):
            ws.cell(row=r, column=3 + j, value=v)
boxed(ws, "B11:F15")
ws.merge_cells("B16:D16")
ws["B16"] = "申込内容の確認　確認者名（フルネーム）：関根 拓也"
boxed(ws, "B16:D16")

# --- lines, transposed
ws["B18"] = "【2】回線・機器情報（縦に項目、横に回線。(*)は必須）"
ws["B18"].font = Font(bold=True)
items = [
    "調査希望：技術バージョン確認 (*)",
    "調査希望：脆弱性診断 (*)",
    "電子カルテシステムと接続するネットワークとの接続 (*)",
    "用途・システム名 (*)",
    "通信形態 (*)",
    "グローバルIP利用 (*)",
    "固定IP/動的IP (*)",
    "グローバルIPアドレス (*)",
    "脆弱性診断当日記入欄：グローバルIP確認",
    "脆弱性診断当日記入欄：グローバルIPアドレス",
    "FQDN",
    "プロバイダ名",
    "プロバイダ品目",
    "回線事業者",
    "回線サービス名",
    "回線ID",
    "回線名",
    "回線の種類",
    "回線終端装置設置場所 (*)",
    "装置（ルータ/UTM/FW）メーカー",
    "装置 機種名",
    "装置 ファームウェアバージョン",
]
columns = {
    "記入例": ["希望あり", "希望あり", "有", "電子カルテ", "インターネットVPN", "有", "固定IP", "121.119.249.222",
             "入力不要", "", "example.xxx", "NTT東日本", "Bフレッツサービス", "", "", "", "", "",
             "本部棟 3F サーバー室 -1番ラック 3U", "YAMAHA", "RTX1210", ""],
    "回線1": ["希望あり", "希望あり", "有", "電子カルテ", "インターネットVPN", "有", "固定IP", "133.203.55.118",
            "入力不要", "", "", "So-net", "So-net 光 プラス 固定IP", "NTT東日本",
            "フレッツ 光ネクスト ギガマンション・スマートタイプ", "CAF2214567890", "電カル保守", "光回線",
            "3F 事務室奥 EPS内", "YAMAHA", "RTX830", "Rev.15.02.30"],
    "回線2": ["希望なし", "希望あり", "有", "透析管理システム（保守）", "インターネットVPN", "有", "固定IP",
            "192.168.100.1", "入力不要", "", "", "IIJ", "IIJ FiberAccess/NF 固定IP", "NTT東日本",
            "フレッツ 光クロス", "CAF2214560011", "透析保守", "光回線", "6F 透析室 機械室 棚上",
            "Cisco", "C1111-4P", "IOS-XE 17.9.4a"],
    "回線3": ["希望あり", "希望あり", "有", "医事会計（ベンダ保守）", "インターネットVPN", "有", "動的IP",
            "60.112.90.41", "確認済み", "60.112.90.41", "", "OCN", "OCN光", "NTT東日本",
            "フレッツ 光ネクスト マンション・ハイスピードタイプ", "CAF2214562255", "医事保守", "光回線",
            "3F 医事課 カウンター下", "NEC", "UNIVERGE IX2106", "Ver.10.7.22"],
}
ws.cell(row=19, column=2, value="項目").fill = HEAD
for j, name in enumerate(columns):
    c = ws.cell(row=19, column=3 + j, value=name)
    c.fill = GREY if name == "記入例" else HEAD
for i, it in enumerate(items):
    r = 20 + i
    ws.cell(row=r, column=2, value=it).fill = HEAD
    for j, (name, vals) in enumerate(columns.items()):
        c = ws.cell(row=r, column=3 + j)
        if vals[i] != "":
            c.value = vals[i]
        if name == "記入例":
            c.fill = GREY
last_line_row = 20 + len(items) - 1  # 41
boxed(ws, f"B19:F{last_line_row}")

# --- ports (second table on the same sheet)
pr = last_line_row + 2  # 43
ws.cell(row=pr, column=2, value="【3】装置と接続する回線と機器の詳細").font = Font(bold=True)
ph = ["回線", "装置", "ポート", "機器名", "IPアドレス", "ポート番号", "プロトコル", "接続状況"]
for j, h in enumerate(ph):
    ws.cell(row=pr + 1, column=2 + j, value=h).fill = HEAD
ports = [
    ("回線1", "RTX830", "LAN2", "ONU", "133.203.55.118", 500, "IKE", "接続あり"),
    ("回線1", "RTX830", "LAN1", "電子カルテサーバ", "192.168.1.10", "3389", "RDP", "接続あり"),
    ("回線2", "C1111-4P", "Gi0/1/0", "透析管理サーバ", "192.168.5.20", 22, "SSH", "接続あり"),
    ("回線3", "UNIVERGE IX2106", "GE1", "医事会計サーバ", "192.168.2.30", 5900, "VNC", "接続なし"),
]
for i, p in enumerate(ports):
    for j, v in enumerate(p):
        ws.cell(row=pr + 2 + i, column=2 + j, value=v)
boxed(ws, f"B{pr + 1}:I{pr + 1 + len(ports)}")

# --- terminals
tr = pr + 2 + len(ports) + 1  # 50
ws.cell(row=tr, column=2, value="【4】調査端末情報（5台）").font = Font(bold=True)
th = ["No.", "システム種別 (*)", "シングル利用 (*)", "端末ホスト名 (*)", "IPアドレス (*)", "設置場所 (*)",
      "仮想デスクトップ 端末ホスト名", "仮想デスクトップ IPアドレス", "セキュリティ対策製品", "備考"]
for col, w in zip("JK", [24, 30]):
    ws.column_dimensions[col].width = w
for j, h in enumerate(th):
    ws.cell(row=tr + 1, column=2 + j, value=h).fill = HEAD
terms = [
    ("記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F OOO室", "PCXXXX", "192.168.1.25/24", "", ""),
    ("No.1", "電子カルテ", "単体", "KYK-PC01", "192.168.1.101/24", "4F ナースステーション", "", "",
     "ウイルスバスター コーポレートエディション", "端末操作可能時間：14:00-16:00"),
    ("No.2", "電子カルテ", "仮想デスクトップ", "KYK-TC07", "192.168.1.157/24", "5F 病棟詰所", "VDI-EMR-07",
     "10.10.1.57/24", "Microsoft Defender", ""),
    ("No.3", "医事会計", "単体", "KYK-IJI01", "192.168.2.51/24", "3F 医事課受付", "", "",
     "Microsoft Defender", ""),
    ("No.4", "透析管理", "単体", "KYK-HD02", "192.168.5.62/24", "6F 透析室", "", "",
     "ESET Endpoint Security", "端末操作可能時間：17:30以降\n臨床工学技士の立会い必須"),
    ("No.5", "検査", "単体", "KYK-LAB01", "192.168.3.21/24", "3F 検査室", "", "", "Microsoft Defender", ""),
]
for i, t in enumerate(terms):
    for j, v in enumerate(t):
        c = ws.cell(row=tr + 2 + i, column=2 + j)
        if v != "":
            c.value = v
        if i == 0:
            c.fill = GREY
boxed(ws, f"B{tr + 1}:K{tr + 1 + len(terms)}")

# --- floor plan sheet
wf = wb.create_sheet("設置場所")
wf["A1"] = "設置場所（フロア図）　大宮けやきメディカルビル 3F・4F・5F・6F"
wf["A1"].font = Font(bold=True)
img = Image.new("RGB", (640, 520), "white")
dr = ImageDraw.Draw(img)
for k, fl in enumerate(["6F", "5F", "4F", "3F"]):
    y = 10 + k * 125
    dr.rectangle([10, y, 630, y + 115], outline="black", width=2)
    dr.text((18, y + 6), fl, fill="black")
marks = [(520, 60, "L2 / T4"), (300, 185, "T2"), (300, 310, "T1"), (120, 440, "L1"), (330, 440, "L3 / T3"),
         (520, 440, "T5")]
for x, y, lab in marks:
    dr.ellipse([x - 12, y - 12, x + 12, y + 12], outline="red", width=3)
    dr.text((x + 16, y - 6), lab, fill="red")
png = os.path.join(TMP, "floor.png")
img.save(png)
wf.add_image(XLImage(png), "A3")
wf["L3"] = "L1 回線1 ONU/RTX830：3F 事務室奥 EPS内"
wf["L4"] = "L2 回線2 ONU/C1111：6F 透析室 機械室"
wf["L5"] = "L3 回線3 ONU/IX2106：3F 医事課 カウンター下"
wf["L6"] = "T1～T5 調査端末 No.1～No.5"

# --- the password list the filler kept in the file
wp = wb.create_sheet("ID・PW一覧（提出不要）")
wp["A1"] = "アカウント(ログインID)・パスワードリスト　※提出不要"
wp["A1"].font = Font(bold=True)
for j, h in enumerate(["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"]):
    wp.cell(row=3, column=1 + j, value=h).fill = HEAD
wp.append(["回線1", "YAMAHA", "RTX830", "admin", "Keyaki#830rt", "Keyaki#830en"])
wp.append(["回線2", "Cisco", "C1111-4P", "hdmaint", "Tz7!dialysis", "Tz7!enable"])
wp.append(["回線3", "NEC", "UNIVERGE IX2106", "admin", "ix2106-Omiya", ""])
for j, h in enumerate(["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"]):
    wp.cell(row=8, column=1 + j, value=h).fill = HEAD
for i, (h, ip, acc, pw) in enumerate([
        ("KYK-PC01", "192.168.1.101/24", "emr-survey", "Survey2024!a"),
        ("KYK-TC07", "192.168.1.157/24", "emr-survey", "Survey2024!a"),
        ("KYK-IJI01", "192.168.2.51/24", "iji-admin", "Iji_0921pw"),
        ("KYK-HD02", "192.168.5.62/24", "hd-local", "HdLocal#62"),
        ("KYK-LAB01", "192.168.3.21/24", "labuser", "Lab3F-2024")]):
    wp.append([f"端末{i + 1}", h, ip, acc, pw])
for col, w in zip("ABCDEF", [8, 14, 18, 20, 18, 24]):
    wp.column_dimensions[col].width = w

wb.save(RAW)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", HERE, RAW],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.rmtree(TMP)
print("wrote", os.path.join(HERE, NAME + ".xlsx"))
