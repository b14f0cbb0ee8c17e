#!/usr/bin/python3
"""Generator for lds-w42-b-transposed-lines-kv-cells.xlsx (blind test workbook, wave 42).

Role: general-affairs clerk (総務課) of a small hospital in a medical building, who redrew 別紙2-1 on the
office's own template: a 記入要領 sheet first, basic info as 「項目：値」 cells, the line table transposed
(one column per line, items down the rows, 記入例 column first) with the port table as a second table
below it, terminals in a print-style table with spacer columns, the floor plan picture, and the ID/PW list.
Planted: (1) line 1 is 固定IP but its グローバルIPアドレス is the router's private LAN address;
(2) the 提出不要 ID/PW sheet travels with the passwords filled in.
"""
import os
import sys

sys.path.insert(0, "/tmp/w42lib")
import tempfile

from openpyxl import Workbook
from openpyxl.drawing.image import Image as XLImage
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w42-b-transposed-lines-kv-cells"
OUT = os.path.join(HERE, NAME + ".xlsx")

thin = Side(style="thin")
hair = Side(style="hair")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HBOX = Border(left=thin, right=thin, top=hair, bottom=hair)
GREY = PatternFill("solid", fgColor="E7E6E6")
SEC = PatternFill("solid", fgColor="E2EFDA")
WRAP = Alignment(wrap_text=True, vertical="top")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)
BOLD = Font(bold=True)
MS = "ＭＳ Ｐゴシック"


def box(ws, rng, fill=None, align=WRAP, border=BOX):
    for row in ws[rng]:
        for c in row:
            c.border = border
            c.alignment = align
            if fill is not None:
                c.fill = fill


wb = Workbook()

# ---------------------------------------------------------------- 記入要領
wi = wb.active
wi.title = "記入要領"
wi.column_dimensions["A"].width = 100
notes = [
    "【別紙2-1】医療機関記入依頼書（回線・機器情報等記入）　記入要領（当院作成）",
    "",
    "1. 基本情報：規約（別紙7・別紙8）確認のうえ「同意する」と記入してください。",
    "2. 回線・機器情報：電子カルテ系ネットワークに接続する回線を1列に1回線ずつ記入（音声回線は対象外）。",
    "　 記入例の列（グレー）は消さずにそのまま残してください。",
    "3. 脆弱性診断はグローバルIPのある回線のみ対象です。閉域網の回線は対象外です。",
    "4. 動的IPの回線は、脆弱性診断当日にアドレスを確認し当日記入欄に記入します。",
    "5. 調査端末は5台（電子カルテ端末1台＋主要部門システム）。",
    "6. 設置場所：平面図を貼り付け、回線終端装置・端末の位置を記入。",
    "7. ID・PW一覧は当日用の控えです（提出不要）。",
]
for i, t in enumerate(notes, start=1):
    wi.cell(i, 1, t)
wi["A1"].font = Font(bold=True, size=13)

# ---------------------------------------------------------------- 基本情報 (項目：値)
ws = wb.create_sheet("基本情報")
ws.column_dimensions["A"].width = 4
for col, w in zip("BCDEF", [30, 22, 16, 18, 34]):
    ws.column_dimensions[col].width = w
ws["B1"] = "基本情報記入シート"
ws["B1"].font = Font(bold=True, size=14)
kv = [
    (3, "本施策の同意確認：同意する"),
    (5, "医療機関名：医療法人 みなと会 倉敷駅前みなと病院"),
    (6, "医療機関名（かな）：いりょうほうじん みなとかい くらしきえきまえみなとびょういん"),
    (7, "郵便番号：〒710-0055"),
    (8, "住所：岡山県倉敷市阿知二丁目8番15号"),
    (9, "住所（かな）：おかやまけんくらしきしあちにちょうめ8ばん15ごう"),
    (10, "ビル名：みなとメディカルビル 3F～6F"),
    (11, "ビル名（かな）：みなとめでぃかるびる"),
    (12, "病床数：６０床"),
]
for r, t in kv:
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
    ws.cell(r, 2, t)
    for c in range(2, 7):
        ws.cell(r, c).border = Border(bottom=hair)
ws["B14"] = "担当者（4名まで）"
ws["B14"].font = BOLD
for i, h in enumerate(["担当者", "所属・役職", "氏名", "電話番号", "メールアドレス"]):
    ws.cell(15, 2 + i, h)
box(ws, "B15:F15", GREY, CEN)
contacts = [
    ("1", "事務部 総務課 係長", "岡田 直樹", "086-421-5570", "okada@minato-kurashiki.jp"),
    ("2", "医事課 主任", "森 さやか", "086-421-5571", "mori@minato-kurashiki.jp"),
    ("3", "（株）備中システムサービス 保守担当", "三宅 亮", "090-4107-2286", "miyake@bicchu-ss.co.jp"),
    ("4", "", "", "", ""),
]
for k, row in enumerate(contacts):
    for i, v in enumerate(row):
        ws.cell(16 + k, 2 + i, v or None)
box(ws, "B16:F19")
ws.merge_cells("B21:F21")
ws["B21"] = "確認者名（フルネーム）：岡田 直樹"
ws["B21"].border = Border(bottom=thin)

# ---------------------------------------------------------------- 回線・機器情報 (transposed)
wl = wb.create_sheet("回線・機器情報")
wl["A1"] = "回線・機器情報記入シート（1列＝1回線）　(*)必須"
wl["A1"].font = Font(bold=True, size=14)
wl.column_dimensions["A"].width = 16
wl.column_dimensions["B"].width = 30
for col in "CDEFG":
    wl.column_dimensions[col].width = 26
items = [  # (section, label)
    ("調査希望", "技術バージョン確認 (*)"),
    ("調査希望", "脆弱性診断 (*)"),
    ("", "電子カルテシステムと接続するネットワークとの接続 (*)"),
    ("", "用途・システム名 (*)"),
    ("回線情報", "回線の種類"),
    ("回線情報", "回線名"),
    ("回線情報", "回線事業者"),
    ("回線情報", "回線サービス名"),
    ("回線情報", "回線ID"),
    ("プロバイダ情報", "プロバイダ名"),
    ("プロバイダ情報", "プロバイダ品目"),
    ("グローバルIP", "通信形態 (*)"),
    ("グローバルIP", "グローバルIP利用 (*)"),
    ("グローバルIP", "固定IP/動的IP (*)"),
    ("グローバルIP", "グローバルIPアドレス (*)"),
    ("脆弱性診断当日記入欄", "グローバルIP確認"),
    ("脆弱性診断当日記入欄", "グローバルIPアドレス"),
    ("", "FQDN"),
    ("", "回線終端装置設置場所 (*)"),
    ("接続装置（ルータ/UTM/FW）", "メーカー"),
    ("接続装置（ルータ/UTM/FW）", "機種名"),
    ("接続装置（ルータ/UTM/FW）", "ファームウェアバージョン"),
]
TOP = 3
wl.cell(TOP, 1, "区分")
wl.cell(TOP, 2, "項目")
for i, h in enumerate(["記入例", "回線1", "回線2", "回線3", "回線4"]):
    wl.cell(TOP, 3 + i, h)
box(wl, f"A{TOP}:G{TOP}", GREY, CEN)
cols = {
    "記入例": ["調査希望あり", "調査希望あり", "有", "電子カルテ", "光回線", "電カル保守用", "NTT西日本",
            "フレッツ光ネクスト", "CAF0000000000", "○○プロバイダ", "固定IP1", "インターネットVPN", "有", "固定IP",
            "121.119.249.222", "入力不要", "", "example.xxx", "2F サーバー室 ラック", "A社", "Router-01", "1.0.0"],
    "回線1": ["調査希望あり", "調査希望あり", "有", "電子カルテ（ベンダ保守）", "光回線", "電カル保守回線", "NTT西日本",
            "フレッツ 光ネクスト ファミリー・ギガラインタイプ", "CAF5520143388", "So-net", "So-net 光 固定IPアドレス",
            "インターネットVPN", "有", "固定IP", "192.168.1.1", "入力不要", "", "", "5F サーバー室\nラック2 中段",
            "YAMAHA", "RTX1220", "Rev.15.02.31"],
    "回線2": ["調査希望あり", "調査希望あり", "有", "インターネット（Web閲覧・メール）", "光回線", "インターネット回線",
            "NTT西日本", "フレッツ 光クロス", "CAF5520169014", "OCN", "OCN光 IPoE", "インターネット", "有",
            "動的IP", "60.43.120.9", "", "", "", "5F サーバー室\nラック1 ", "Fortinet", "FortiGate-40F",
            "v7.0.15"],
    "回線3": ["調査希望あり", "調査希望なし", "有", "地域医療連携ネットワーク", "光回線", "地域連携回線",
            "NTT西日本", "フレッツ・VPN ワイド", "COP5520177621", "", "", "閉域網", "無", "", "", "入力不要", "",
            "", "3F 地域連携室", "NEC", "UNIVERGE IX2106", "Ver.10.2.16"],
}
for k, (sec, lab) in enumerate(items):
    r = TOP + 1 + k
    wl.cell(r, 1, sec or None)
    wl.cell(r, 2, lab)
    for i, key in enumerate(["記入例", "回線1", "回線2", "回線3"]):
        v = cols[key][k]
        wl.cell(r, 3 + i, v if v != "" else None)
LAST = TOP + len(items)
box(wl, f"A{TOP + 1}:G{LAST}", None, WRAP, HBOX)
for r in range(TOP + 1, LAST + 1):
    wl.cell(r, 3).fill = GREY
    wl.cell(r, 1).fill = SEC
    wl.cell(r, 2).fill = SEC
# merge section labels
start = None
for k in range(len(items) + 1):
    sec = items[k][0] if k < len(items) else None
    prev = items[k - 1][0] if k > 0 else None
    if k == 0 or sec != prev:
        if start is not None and prev and k - start > 1:
            wl.merge_cells(start_row=TOP + 1 + start, start_column=1, end_row=TOP + k, end_column=1)
        start = k
for r in (TOP + 19, TOP + 18):
    wl.row_dimensions[r].height = 30

PT = LAST + 3
wl.cell(PT, 1, "■機器のポート情報（装置と接続する回線と機器の詳細）").font = BOLD
phdr = ["回線", "機器", "ポート(*)", "機器名(*)", "IPアドレス(*)", "ポート番号(*)", "プロトコル(*)", "接続状況"]
for i, h in enumerate(phdr):
    wl.cell(PT + 1, 1 + i, h)
wl.column_dimensions["H"].width = 12
box(wl, f"A{PT + 1}:H{PT + 1}", GREY, CEN)
ports = [
    ["回線1", "RTX1220", "LAN2", "ONU", "192.168.1.1", 500, "UDP", "接続あり"],
    ["回線1", "RTX1220", "LAN1", "電子カルテサーバ", "192.168.100.10", 22, "SSH", "接続あり"],
    ["回線2", "FortiGate-40F", "internal", "院内LANコアスイッチ", "192.168.100.254", 443, "HTTPS", "接続あり"],
    ["回線3", "UNIVERGE IX2106", "GE1", "地域連携サーバ", "192.168.100.30", 443, "HTTPS", "接続あり"],
]
for j, p in enumerate(ports):
    for i, v in enumerate(p):
        wl.cell(PT + 2 + j, 1 + i, v)
box(wl, f"A{PT + 2}:H{PT + 1 + len(ports)}")

# ---------------------------------------------------------------- 調査端末 (print style, spacer columns)
wt = wb.create_sheet("調査端末")
wt["B1"] = "調査端末情報記入シート"
wt["B1"].font = Font(bold=True, size=14)
widths = {"A": 2, "B": 7, "C": 14, "D": 13, "E": 2, "F": 14, "G": 18, "H": 22, "I": 2, "J": 13, "K": 18, "L": 2,
          "M": 24, "N": 30}
for c, w in widths.items():
    wt.column_dimensions[c].width = w
wt.merge_cells("F3:H3")
wt["F3"] = "シンクラ端末／FAT端末"
wt.merge_cells("J3:K3")
wt["J3"] = "仮想デスクトップ"
heads = {"B": "No.", "C": "システム種別(*)", "D": "シングル利用(*)", "F": "端末ホスト名(*)", "G": "IPアドレス(*)",
         "H": "設置場所(*)", "J": "端末ホスト名", "K": "IPアドレス", "M": "セキュリティ対策製品", "N": "備考"}
for c, h in heads.items():
    wt[f"{c}4"] = h
for c in ["B", "C", "D", "F", "G", "H", "J", "K", "M", "N"]:
    for r in (3, 4):
        wt[f"{c}{r}"].border = BOX
        wt[f"{c}{r}"].fill = GREY
        wt[f"{c}{r}"].alignment = CEN
rows = [
    ["記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F ○○室", "", "", "Microsoft Defender",
     "端末操作可能時間：12:00-13:00"],
    ["1", "電子カルテ", "単体", "MNT-EC01", "192.168.100.101/24", "4F ナースステーション", "", "",
     "Trend Micro Apex One", "端末操作可能時間：13:00-15:00"],
    ["2", "電子カルテ", "仮想デスクトップ", "MNT-TC02", "192.168.100.121/24", "3F 外来 第1診察室", "MNT-VDI02",
     "192.168.110.21/24", "Trend Micro Apex One", "午前診察中は不可"],
    ["3", "医事会計", "単体", "MNT-IJ01", "192.168.100.131/24", "3F 医事課", "", "", "Microsoft Defender", ""],
    ["4", "放射線画像（PACS）", "単体", "MNT-RX01", "192.168.100.141/24", "3F 放射線室 操作室", "", "",
     "Microsoft Defender", ""],
    ["5", "地域連携", "単体", "MNT-RK01", "192.168.100.151/24", "3F 地域連携室", "", "", "ESET Endpoint Security",
     "地域連携室 担当者立会い"],
]
colmap = ["B", "C", "D", "F", "G", "H", "J", "K", "M", "N"]
for j, row in enumerate(rows):
    r = 5 + j
    for c, v in zip(colmap, row):
        wt[f"{c}{r}"] = v or None
        wt[f"{c}{r}"].border = BOX
        wt[f"{c}{r}"].alignment = WRAP
        if j == 0:
            wt[f"{c}{r}"].fill = GREY
            wt[f"{c}{r}"].font = Font(italic=True, color="7F7F7F")
wt["B11"] = "※記入例の行は削除しないでください。"
wt.page_setup.orientation = "landscape"

# ---------------------------------------------------------------- 設置場所
wf = wb.create_sheet("設置場所")
wf["A1"] = "設置場所記入シート（平面図）"
wf["A1"].font = Font(bold=True, size=14)
font = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 17)
small = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 13)
img = Image.new("RGB", (820, 620), "white")
dr = ImageDraw.Draw(img)
dr.text((10, 5), "みなとメディカルビル フロア図（3F～5F）", fill="black", font=font)
plan = [("5F", 40, [("サーバー室", 0, 160), ("会議室", 160, 400), ("倉庫", 400, 520), ("更衣室", 520, 740)]),
        ("4F", 230, [("病室", 0, 260), ("ナースステーション", 260, 480), ("病室", 480, 740)]),
        ("3F", 420, [("第1診察室", 0, 140), ("放射線室", 140, 320), ("医事課", 320, 480), ("地域連携室", 480, 620),
                     ("待合", 620, 740)])]
for fl, y, rs in plan:
    dr.text((12, y + 60), fl, fill="black", font=font)
    for nm, x0, x1 in rs:
        dr.rectangle([60 + x0, y, 60 + x1, y + 150], outline="black", width=2)
        dr.text((66 + x0, y + 6), nm, fill="black", font=small)
for lab, x, y in [("回線1・回線2 ONU", 110, 150), ("端末1", 400, 330), ("端末2", 110, 530), ("端末4", 280, 530),
                  ("端末3", 430, 530), ("回線3 ONU/端末5", 560, 500)]:
    dr.rectangle([x - 5, y - 5, x + 5, y + 5], fill="blue")
    dr.text((x + 8, y - 9), lab, fill="blue", font=small)
tmp = os.path.join(tempfile.mkdtemp(), "plan.png")
img.save(tmp)
pic = XLImage(tmp)
pic.anchor = "A3"
wf.add_image(pic)
wf["M3"] = "【吹き出し】"
wf["M4"] = "回線1：5F サーバー室 ラック2 中段（RTX1220）"
wf["M5"] = "回線2：5F サーバー室 ラック1（FortiGate-40F）"
wf["M6"] = "回線3：3F 地域連携室（IX2106）"
wf["M7"] = "端末1 MNT-EC01：4F ナースステーション"
wf["M8"] = "端末2 MNT-TC02：3F 外来 第1診察室"
wf["M9"] = "端末3 MNT-IJ01：3F 医事課"
wf["M10"] = "端末4 MNT-RX01：3F 放射線室 操作室"
wf["M11"] = "端末5 MNT-RK01：3F 地域連携室"

# ---------------------------------------------------------------- ID・PW一覧 (提出不要, but filled: planted)
wp = wb.create_sheet("ID・PW一覧")
wp["A1"] = "アカウント(ログインID)・パスワードリスト（提出不要）"
wp["A1"].font = Font(bold=True, size=14)
for col, w in zip("ABCDEF", [8, 12, 18, 20, 18, 26]):
    wp.column_dimensions[col].width = w
for i, h in enumerate(["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"]):
    wp.cell(3, 1 + i, h or None)
cred_dev = [("回線1", "YAMAHA", "RTX1220", "admin", "Mnt#Rtx1220kr", "Mnt#Rtx1220en"),
            ("回線2", "Fortinet", "FortiGate-40F", "admin", "Fg40F-minato!", ""),
            ("回線3", "NEC", "UNIVERGE IX2106", "ixadmin", "Ix2106@renkei", "")]
for k, row in enumerate(cred_dev):
    for i, v in enumerate(row):
        wp.cell(4 + k, 1 + i, v or None)
box(wp, "A3:F6")
for i, h in enumerate(["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"]):
    wp.cell(9, 1 + i, h or None)
cred_pc = [("端末1", "MNT-EC01", "192.168.100.101/24", "ecadmin", "Ec01-Minato2024"),
           ("端末2", "MNT-TC02", "192.168.100.121/24", "ecadmin", "Tc02-Minato2024"),
           ("端末3", "MNT-IJ01", "192.168.100.131/24", "ijuser", "Ij01#iji"),
           ("端末4", "MNT-RX01", "192.168.100.141/24", "rxadmin", "Rx01#hoshasen"),
           ("端末5", "MNT-RK01", "192.168.100.151/24", "rkuser", "Rk01#renkei")]
for k, row in enumerate(cred_pc):
    for i, v in enumerate(row):
        wp.cell(10 + k, 1 + i, v)
box(wp, "A9:E14")

wb.save(OUT)
print("saved", OUT)
