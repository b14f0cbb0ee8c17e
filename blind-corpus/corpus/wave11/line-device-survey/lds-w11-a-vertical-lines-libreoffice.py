#!/usr/bin/python3
# Generator for lds-w11-a-vertical-lines-libreoffice.xlsx
# Role: IT person (情報システム担当) of a 199-bed hospital in Okayama who rebuilt the 別紙2-1 sheets
# "for printing on A4": basic info as 「項目：値」 lines, the line sheet transposed (items down, 回線 across),
# a ports table under it, terminal table with a labelled 記入例 row, floor plan picture with callouts.
# Built by openpyxl, then re-saved by LibreOffice (soffice --convert-to xlsx).
# No planted problem.
import io
import os
import shutil
import subprocess

from openpyxl import Workbook
from openpyxl.drawing.image import Image as XLImage
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from PIL import Image, ImageDraw, ImageFont

OUT_DIR = "/work/blind/wave11/line-device-survey"
NAME = "lds-w11-a-vertical-lines-libreoffice.xlsx"
BUILD_DIR = "/tmp/lds_w11_a_build"

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="DDEBF7")
EXFILL = PatternFill("solid", fgColor="EDEDED")
WRAP = Alignment(wrap_text=True, vertical="center")


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


wb = Workbook()

# ---------------------------------------------------------------- 基本情報
ws = wb.active
ws.title = "基本情報"
ws.column_dimensions["A"].width = 4
for col, w in zip("BCDEF", (8, 26, 18, 18, 34)):
    ws.column_dimensions[col].width = w
ws["B1"] = "別紙2-1　医療機関記入依頼書（回線・機器情報等記入）　基本情報"
ws["B1"].font = Font(bold=True, size=13)
ws["B2"] = "※規約（別紙7・別紙8）確認済み。各項目は「：」の後に記入しています。"
ws["B2"].font = Font(size=9, color="666666")

ws["B4"] = "■本施策の同意確認"
ws["B4"].font = Font(bold=True)
ws["B5"] = "同意確認（規約に同意いただける場合は「同意する」）：同意する"

ws["B7"] = "■お客様情報（医療機関情報）"
ws["B7"].font = Font(bold=True)
lines = [
    "医療機関名：医療法人 青葉会 みどり台病院",
    "医療機関名（かな）：いりょうほうじん あおばかい みどりだいびょういん",
    "住所：〒700-0913　岡山県岡山市北区大供本町3-12",
    "住所（かな）：おかやまけんおかやましきたくだいくほんまち3-12",
    "ビル名：",
    "ビル名（かな）：",
    "病床数：199床",
]
for i, t in enumerate(lines):
    ws.cell(row=8 + i, column=2, value=t)

ws["B16"] = "■担当者情報（4名まで）"
ws["B16"].font = Font(bold=True)
hdr = ["No.", "所属・役職", "氏名", "電話番号", "メールアドレス"]
for j, h in enumerate(hdr):
    c = ws.cell(row=17, column=2 + j, value=h)
    c.fill = HEAD
contacts = [
    ["1", "情報システム室 室長", "藤井 大輔", "086-231-4470", "d-fujii@midoridai-hp.or.jp"],
    ["2", "事務部 総務課 係長", "小野 さやか", "086-231-4471", "s-ono@midoridai-hp.or.jp"],
    ["3", None, None, None, None],
    ["4", None, None, None, None],
]
for i, r in enumerate(contacts):
    for j, v in enumerate(r):
        ws.cell(row=18 + i, column=2 + j, value=v)
box(ws, "B17:F21")

ws["B23"] = "■申込内容の確認"
ws["B23"].font = Font(bold=True)
ws["B24"] = "確認者名（医療機関のご担当者名・フルネーム）：藤井 大輔"

# ---------------------------------------------------------------- 回線・機器情報（縦）
ws = wb.create_sheet("回線・機器情報（縦）")
ws.column_dimensions["A"].width = 16
ws.column_dimensions["B"].width = 30
for col in "CDEF":
    ws.column_dimensions[col].width = 26
ws["A1"] = "回線・機器情報記入シート（縦型：項目を縦に、回線を横に並べています）"
ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = "(*)は必須項目。記入例の列は削除せずに残しています（データではありません）。"
ws["A2"].font = Font(size=9, color="666666")

ws["A4"] = "区分"
ws["B4"] = "項目"
ws["C4"] = "記入例"
ws["D4"] = "回線1"
ws["E4"] = "回線2"
ws["F4"] = "回線3"
for c in ws[4]:
    if c.value:
        c.fill = HEAD
        c.font = Font(bold=True)

rows = [
    ("調査希望", "技術バージョン確認 (*)", "調査希望あり", "調査希望あり", "調査希望あり", "調査希望あり"),
    ("", "脆弱性診断 (*)", "調査希望あり", "調査希望あり", "調査希望あり", "調査希望あり"),
    ("", "電子カルテシステムと接続するネットワークとの接続 (*)", "あり", "あり", "あり", "あり"),
    ("", "用途・システム名 (*)", "電子カルテ", "電子カルテ（ベンダリモート保守）", "医事会計（オンライン請求）", "PACS（画像保守）"),
    ("回線と紐付く\nグローバルIP", "通信形態 (*)", "インターネットVPN", "インターネットVPN", "インターネットVPN", "インターネット"),
    ("", "グローバルIP利用 (*)", "あり", "あり", "あり", "あり"),
    ("", "固定IP/動的IP (*)", "固定IP", "固定IP", "固定IP", "固定IP"),
    ("", "グローバルIPアドレス (*)", "121.119.249.222", "61.115.42.18", "122.208.77.41", "153.142.10.205"),
    ("脆弱性診断\n当日記入欄", "グローバルIP確認", "入力不要", "入力不要", "入力不要", "入力不要"),
    ("", "グローバルIPアドレス", None, None, None, None),
    ("", "FQDN", "example.xxx", "vpn01.midoridai-hp.or.jp", None, None),
    ("プロバイダ情報", "プロバイダ名", "NTT東日本", "OCN", "OCN", "BIGLOBE"),
    ("", "プロバイダ品目", "Bフレッツサービス", "OCN光 IPoE 固定IP1", "OCN光 IPoE 固定IP1", "BIGLOBE 固定IPアドレスオプション"),
    ("回線情報", "回線事業者", "NTT東日本", "NTT西日本", "NTT西日本", "NTT西日本"),
    ("", "回線サービス名", "フレッツ 光ネクスト", "フレッツ 光ネクスト ビジネスタイプ", "フレッツ 光クロス", "フレッツ 光ネクスト マンション・ハイスピード"),
    ("", "回線ID", "CAF1234567890", "COP40218833", "COP40219107", "COP51022648"),
    ("", "回線名", "電子カルテ保守回線", "電カル保守回線", "レセプト請求回線", "PACS保守回線"),
    ("", "回線の種類", "光回線", "光回線", "光回線", "光回線"),
    ("回線終端装置\n(ONU/モデム)", "回線終端装置設置場所 (*)", "本部棟 3F サーバー室 1番ラック 3U",
     "1F サーバ室 ラック2 上段", "1F サーバ室 ラック2 中段", "B1F 放射線科 操作室 壁面棚"),
    ("装置\n(ルータ/UTM/FW)", "メーカー", "YAMAHA", "YAMAHA", "Fortinet", "Cisco"),
    ("", "機種名", "RTX1210", "RTX1300", "FortiGate 60F", "C1111-4P"),
    ("", "ファームウェアバージョン", "Rev.14.01.42", "Rev.23.00.05", "v7.2.8", "IOS XE 17.9.4a"),
]
r0 = 5
for i, row in enumerate(rows):
    for j, v in enumerate(row):
        c = ws.cell(row=r0 + i, column=1 + j, value=v if v != "" else None)
        c.alignment = WRAP
        if j == 2:
            c.fill = EXFILL
            c.font = Font(color="808080", italic=True)
box(ws, "A4:F%d" % (r0 + len(rows) - 1))

# ports table under the line table
pr = r0 + len(rows) + 2
ws.cell(row=pr, column=1, value="■装置と接続する回線と機器の詳細（ポート情報）").font = Font(bold=True)
phdr = ["回線", "装置", "ポート (*)", "機器名 (*)", "IPアドレス (*)", "ポート番号 (*)", "プロトコル (*)", "接続状況"]
ws.column_dimensions["G"].width = 14
ws.column_dimensions["H"].width = 12
for j, h in enumerate(phdr):
    c = ws.cell(row=pr + 1, column=1 + j, value=h)
    c.fill = HEAD
ports = [
    ["回線1", "RTX1300", "LAN1", "電子カルテサーバ EMR-SV01", "192.168.10.11", 443, "TCP", "接続あり"],
    ["回線1", "RTX1300", "LAN1", "保守用踏み台PC MNT-PC01", "192.168.10.250", 3389, "TCP", "接続あり"],
    ["回線2", "FortiGate 60F", "internal1", "医事会計サーバ IJI-SV01", "192.168.20.11", 443, "TCP", "接続あり"],
    ["回線3", "C1111-4P", "GE0/1/0", "PACSサーバ PACS-SV01", "192.168.30.21", 104, "TCP", "接続あり"],
]
for i, r in enumerate(ports):
    for j, v in enumerate(r):
        ws.cell(row=pr + 2 + i, column=1 + j, value=v)
box(ws, "A%d:H%d" % (pr + 1, pr + 1 + len(ports)))

# ---------------------------------------------------------------- 調査端末
ws = wb.create_sheet("調査端末")
ws["A1"] = "調査端末情報記入シート（調査対象PC 5台）"
ws["A1"].font = Font(bold=True, size=12)
h1 = ["No.", "システム種別 (*)", "利用形態 (*)\n単体／仮想デスクトップ", "シンクライアント/FAT端末", None, None,
      "仮想デスクトップ", None, "セキュリティ対策製品", "備考"]
h2 = [None, None, None, "端末ホスト名 (*)", "IPアドレス (*)", "設置場所 (*)", "端末ホスト名", "IPアドレス", None, None]
for j, v in enumerate(h1):
    c = ws.cell(row=3, column=1 + j, value=v)
    c.fill = HEAD
    c.alignment = WRAP
for j, v in enumerate(h2):
    c = ws.cell(row=4, column=1 + j, value=v)
    c.fill = HEAD
    c.alignment = WRAP
ws.merge_cells("D3:F3")
ws.merge_cells("G3:H3")
for col in ("A", "B", "C", "I", "J"):
    ws.merge_cells("%s3:%s4" % (col, col))
widths = [8, 16, 16, 16, 18, 24, 16, 18, 24, 30]
for j, w in enumerate(widths):
    ws.column_dimensions[chr(65 + j)].width = w
terms = [
    ["記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F ○○○室", None, None, "Microsoft Defender", "端末操作可能時間：12:00-13:00"],
    ["No.1", "電子カルテ", "単体", "EMR-2F-GA01", "192.168.10.101/24", "2F 外来 第1診察室", None, None, "Trend Micro Apex One", "端末操作可能時間：12:00-13:00"],
    ["No.2", "電子カルテ", "仮想デスクトップ", "TC-3F-NS01", "192.168.10.131/24", "3F 東病棟 ナースステーション", "VDI-EMR-031", "172.16.20.31/24", "Trend Micro Apex One", "夜勤帯を除く"],
    ["No.3", "医事会計", "単体", "IJI-1F-UK02", "192.168.20.52/24", "1F 医事課 受付", None, None, "Microsoft Defender", None],
    ["No.4", "PACS", "単体", "PACS-VW01", "192.168.30.61/24", "B1F 放射線科 読影室", None, None, "ESET Endpoint Security", None],
    ["No.5", "臨床検査", "単体", "LAB-1F-01", "192.168.40.21/24", "1F 検査科", None, None, "Microsoft Defender", "検査科長の立会いが必要"],
]
for i, r in enumerate(terms):
    for j, v in enumerate(r):
        c = ws.cell(row=5 + i, column=1 + j, value=v)
        c.alignment = WRAP
        if i == 0:
            c.fill = EXFILL
            c.font = Font(color="808080", italic=True)
box(ws, "A3:J10")

# ---------------------------------------------------------------- 設置場所
ws = wb.create_sheet("設置場所")
ws["A1"] = "設置場所記入シート（1F・2F・3F・B1F 平面図）"
ws["A1"].font = Font(bold=True, size=12)

font = ImageFont.truetype("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf", 18)
img = Image.new("RGB", (760, 520), "white")
d = ImageDraw.Draw(img)
d.rectangle([10, 10, 750, 510], outline="black", width=3)
d.text((20, 15), "みどり台病院 1F 平面図（抜粋）", fill="black", font=font)
rooms = [
    ((20, 50, 240, 220), "サーバ室"),
    ((250, 50, 500, 220), "医事課・受付"),
    ((510, 50, 740, 220), "検査科"),
    ((20, 230, 360, 500), "外来待合"),
    ((370, 230, 740, 500), "外来診察室 1～6"),
]
for (x0, y0, x1, y1), name in rooms:
    d.rectangle([x0, y0, x1, y1], outline="black", width=2)
    d.text((x0 + 8, y0 + 8), name, fill="black", font=font)
d.rectangle([40, 120, 90, 200], outline="blue", width=2)
d.text((40, 95), "ラック2", fill="blue", font=font)
buf = io.BytesIO()
img.save(buf, format="PNG")
buf.seek(0)
pic = XLImage(buf)
ws.add_image(pic, "A3")
ws.column_dimensions["L"].width = 60
ws["L3"] = "吹き出し（設置場所）"
ws["L3"].font = Font(bold=True)
callouts = [
    "① 回線1 ONU／RTX1300：1F サーバ室 ラック2 上段",
    "② 回線2 ONU／FortiGate 60F：1F サーバ室 ラック2 中段",
    "③ 回線3 ONU／C1111-4P：B1F 放射線科 操作室 壁面棚（別紙 B1F平面図）",
    "④ No.1 EMR-2F-GA01：2F 外来 第1診察室",
    "⑤ No.2 TC-3F-NS01：3F 東病棟 ナースステーション",
    "⑥ No.3 IJI-1F-UK02：1F 医事課 受付",
    "⑦ No.4 PACS-VW01：B1F 放射線科 読影室",
    "⑧ No.5 LAB-1F-01：1F 検査科",
]
for i, t in enumerate(callouts):
    ws.cell(row=4 + i, column=12, value=t)

# ---------------------------------------------------------------- save + LibreOffice re-save
if os.path.isdir(BUILD_DIR):
    shutil.rmtree(BUILD_DIR)
os.makedirs(BUILD_DIR)
tmp = os.path.join(BUILD_DIR, NAME)
wb.save(tmp)
subprocess.run(
    ["soffice", "-env:UserInstallation=file://%s/profile" % BUILD_DIR, "--headless",
     "--convert-to", "xlsx", "--outdir", os.path.join(BUILD_DIR, "lo"), tmp],
    check=True,
)
shutil.copyfile(os.path.join(BUILD_DIR, "lo", NAME), os.path.join(OUT_DIR, NAME))
print("wrote", os.path.join(OUT_DIR, NAME))
