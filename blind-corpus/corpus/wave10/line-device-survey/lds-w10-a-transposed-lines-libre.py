#!/usr/bin/python3
# Generator for lds-w10-a-transposed-lines-libre.xlsx
# Role: hospital IT person (社会医療法人 瀬戸内会 高松みなと病院) who redrew 別紙2-1 from the briefing slides.
# Lines sheet is TRANSPOSED (items down, 回線1..3 across, 記入例 column kept), merged group labels in column A.
# Saved by openpyxl, then re-saved by LibreOffice (soffice --convert-to xlsx).  No planted problem.
import os, subprocess, shutil, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

OUT_DIR = "/work/blind/wave10/line-device-survey"
NAME = "lds-w10-a-transposed-lines-libre"

thin = Side(style="thin", color="000000")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
GREY = PatternFill("solid", fgColor="D9D9D9")
EX = PatternFill("solid", fgColor="FFF2CC")
HEAD = PatternFill("solid", fgColor="DDEBF7")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = B


wb = Workbook()

# ---------------------------------------------------------------- 基本情報記入シート
ws = wb.active
ws.title = "基本情報記入シート"
ws.column_dimensions["A"].width = 2
ws.column_dimensions["B"].width = 22
ws.column_dimensions["C"].width = 30
ws.column_dimensions["D"].width = 16
ws.column_dimensions["E"].width = 18
ws.column_dimensions["F"].width = 32
ws["B1"] = "別紙2-1　医療機関記入依頼書（回線・機器情報等記入）　基本情報記入シート"
ws["B1"].font = Font(bold=True, size=13)

ws["B3"] = "■本施策の同意確認"
ws["B3"].font = Font(bold=True)
ws["B4"] = "本施策の同意確認"
ws.merge_cells("C4:E4")
ws["C4"] = "（別紙）規約に記載の内容をご確認のうえ、本施策実施に同意いただける場合は「同意する」を選択してください"
ws["C4"].alignment = WRAP
ws["F4"] = "同意する"
ws["F4"].alignment = CENTER
ws.row_dimensions[4].height = 36
box(ws, "B4:F4")
dv = DataValidation(type="list", formula1='"同意する,同意しない"', allow_blank=True)
ws.add_data_validation(dv)
dv.add("F4")

ws["B6"] = "■お客様情報（医療機関情報）"
ws["B6"].font = Font(bold=True)
rows = [
    ("医療機関名", "社会医療法人 瀬戸内会 高松みなと病院", "（かな）", "しゃかいいりょうほうじん せとうちかい たかまつみなとびょういん"),
    ("郵便番号", "〒760-0065", None, None),
    ("住所", "香川県高松市朝日町三丁目2番18号", "（かな）", "かがわけんたかまつしあさひまちさんちょうめ2ばん18ごう"),
    ("ビル名", "高松みなと病院 本館", "（かな）", "たかまつみなとびょういん ほんかん"),
    ("病床数", "１９９床", None, None),
]
r = 7
for lab, val, klab, kval in rows:
    ws.cell(r, 2, lab).fill = HEAD
    ws.cell(r, 3, val).alignment = WRAP
    if klab:
        ws.cell(r, 4, klab).fill = HEAD
        ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=6)
        ws.cell(r, 5, kval).alignment = WRAP
    box(ws, f"B{r}:F{r}")
    ws.row_dimensions[r].height = 30
    r += 1

ws["B13"] = "■担当者情報（4名まで）"
ws["B13"].font = Font(bold=True)
hdr = ["", "所属・役職", "氏名", "電話番号", "メールアドレス"]
for i, h in enumerate(hdr):
    c = ws.cell(14, 2 + i, h)
    c.fill = HEAD
    c.alignment = CENTER
contacts = [
    ("事務部 情報システム課 課長", "三好 健一", "087-811-4520", "k-miyoshi@tm-hosp.or.jp"),
    ("事務部 情報システム課 主任", "香西 由紀", "０８７－８１１－４５２１", "y-kozai@tm-hosp.or.jp"),
]
for i in range(4):
    ws.cell(15 + i, 2, f"担当者{i + 1}").fill = HEAD
    if i < len(contacts):
        for j, v in enumerate(contacts[i]):
            ws.cell(15 + i, 3 + j, v).alignment = WRAP
box(ws, "B14:F18")

ws["B20"] = "■申込内容の確認"
ws["B20"].font = Font(bold=True)
ws["B21"] = "確認者名\n（医療機関のご担当者名）"
ws["B21"].alignment = WRAP
ws["B21"].fill = HEAD
ws.merge_cells("C21:D21")
ws["C21"] = "三好 健一"
ws.row_dimensions[21].height = 32
box(ws, "B21:D21")
ws["B23"] = "※最後に記入内容に不備がないかご確認のうえ、確認者名をフルネームでご記入ください。"
ws["B23"].font = Font(size=9)

# ---------------------------------------------------------------- 回線・機器情報記入シート (transposed)
ws = wb.create_sheet("回線・機器情報記入シート")
ws.column_dimensions["A"].width = 16
ws.column_dimensions["B"].width = 34
for col in "CDEF":
    ws.column_dimensions[col].width = 30
ws["A1"] = "回線・機器情報記入シート（回線ごとに縦1列で記入）"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "※(*)は必須項目です。C列の記入例は参考のため残しています（記入不要）。回線が4本以上ある場合は列を追加してください。"
ws["A2"].font = Font(size=9)
ws["A4"] = "区分"
ws["B4"] = "項目"
ws["C4"] = "記入例"
ws["D4"] = "回線1"
ws["E4"] = "回線2"
ws["F4"] = "回線3"
for c in ws[4]:
    c.fill = HEAD
    c.alignment = CENTER
    c.font = Font(bold=True)
ws["C4"].fill = EX

# (group, label, example, line1, line2, line3)
items = [
    ("調査希望", "技術バージョン確認 (*)", "調査希望あり", "調査希望あり", "調査希望あり", "調査希望あり"),
    ("調査希望", "脆弱性診断 (*)", "調査希望あり", "調査希望あり", "調査希望あり", "調査希望なし"),
    ("用途", "電子カルテシステムと接続する\nネットワークとの接続 (*)", "あり", "あり", "あり", "あり"),
    ("用途", "用途・システム名 (*)\n（一覧にない場合は直接記入）", "電子カルテ", "電子カルテ（リモート保守）", "PACS（画像システム）保守", "医事会計（レセコン）保守"),
    ("回線情報", "回線名", "電子カルテ保守回線", "電子カルテ保守回線", "PACS保守回線", "医事保守回線"),
    ("回線情報", "回線の種類", "光回線", "光回線", "光回線", "光回線"),
    ("回線情報", "回線事業者", "NTT西日本", "NTT西日本", "NTT西日本", "NTT西日本"),
    ("回線情報", "回線サービス名", "フレッツ 光ネクスト", "フレッツ 光ネクスト ビジネスタイプ", "フレッツ 光クロス", "フレッツ 光ネクスト ファミリー・ハイスピードタイプ"),
    ("回線情報", "回線ID\n（お客さまID等）", "COP0000000000", "COP1103482716", "COP1109935520", "COP1007261849"),
    ("通信形態・アドレス", "通信形態 (*)", "インターネットVPN", "インターネットVPN", "インターネットVPN", "インターネット"),
    ("通信形態・アドレス", "グローバルIP利用 (*)", "あり", "あり", "あり", "あり"),
    ("通信形態・アドレス", "固定IP/動的IP (*)", "固定IP", "固定IP", "固定IP", "固定IP"),
    ("通信形態・アドレス", "グローバルIPアドレス (*)", "121.119.249.222", "153.142.86.41", "60.37.154.203", "219.117.201.58"),
    ("脆弱性診断当日記入欄", "グローバルIP確認\n（動的IPの場合のみ当日記入）", "入力不要", "入力不要", "入力不要", "入力不要"),
    ("脆弱性診断当日記入欄", "グローバルIPアドレス", "", "", "", ""),
    ("FQDN", "FQDN（ある場合）", "example.xxx", "vpn01.tm-hosp.or.jp", "", ""),
    ("プロバイダ情報", "プロバイダ名", "NTT東日本", "OCN（NTTコミュニケーションズ）", "IIJ", "BIGLOBE"),
    ("プロバイダ情報", "プロバイダ品目", "Bフレッツサービス", "OCN光 IPoE 固定IP1", "IIJ FiberAccess/Fサービス 固定IP", "BIGLOBE光 固定IPオプション"),
    ("回線終端装置(ONU/モデム)情報", "回線終端装置設置場所 (*)", "本部棟 3F サーバー室 1番ラック 3U", "本館1F サーバー室 ラック2 上段", "本館2F 放射線科 操作室 壁面ラック", "本館1F 医事課 事務室奥 棚上"),
    ("機器情報（ルータ/UTM/FW）", "メーカー", "A社", "Fortinet", "ヤマハ", "NEC"),
    ("機器情報（ルータ/UTM/FW）", "機種名", "Router-01", "FortiGate 60F", "RTX1220", "UNIVERGE IX2215"),
    ("機器情報（ルータ/UTM/FW）", "ファームウェアバージョン", "XXX", "v7.2.8", "Rev.15.04.06", "Ver.10.7.22"),
]
r0 = 5
for i, it in enumerate(items):
    r = r0 + i
    for j, v in enumerate(it):
        c = ws.cell(r, 1 + j, v if v != "" else None)
        c.alignment = WRAP
        c.border = B
    ws.cell(r, 3).fill = EX
    ws.cell(r, 3).font = Font(color="7F7F7F")
    ws.cell(r, 2).fill = HEAD
    ws.row_dimensions[r].height = 30
# merge group labels
start = r0
for i in range(1, len(items) + 1):
    if i == len(items) or items[i][0] != items[start - r0][0]:
        end = r0 + i - 1
        if end > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=end, end_column=1)
        ws.cell(start, 1).alignment = CENTER
        ws.cell(start, 1).fill = HEAD
        start = r0 + i
last = r0 + len(items) - 1
dv1 = DataValidation(type="list", formula1='"調査希望あり,調査希望なし"', allow_blank=True)
dv2 = DataValidation(type="list", formula1='"あり,なし"', allow_blank=True)
dv3 = DataValidation(type="list", formula1='"固定IP,動的IP"', allow_blank=True)
for d in (dv1, dv2, dv3):
    ws.add_data_validation(d)
dv1.add("D5:F6")
dv2.add("D7:F7")
dv2.add("D15:F15")
dv3.add("D16:F16")

# ports table (horizontal) below
pr = last + 3
ws.cell(pr, 1, "■装置と接続する回線と機器の詳細（機器のポート情報）").font = Font(bold=True)
ph = ["回線", "機器情報（装置）", "ポート (*)", "機器名 (*)", "IPアドレス (*)", "ポート番号 (*)", "プロトコル (*)", "接続状況"]
# the sheet only has 6 wide columns; use A..H
for col in "GH":
    ws.column_dimensions[col].width = 14
for j, h in enumerate(ph):
    c = ws.cell(pr + 1, 1 + j, h)
    c.fill = HEAD
    c.alignment = CENTER
    c.border = B
ports = [
    ("回線1", "FortiGate 60F", "wan1", "ONU（回線終端装置）", "153.142.86.41", 4500, "IPsec (UDP)", "接続あり"),
    ("回線1", "FortiGate 60F", "internal1", "電子カルテサーバ", "192.168.10.11", 22, "SSH", "接続あり"),
    ("回線2", "RTX1220", "LAN1", "PACSサーバ", "192.168.20.5", 3389, "RDP", "接続あり"),
    ("回線2", "RTX1220", "LAN2", "画像参照端末", "192.168.20.31", 443, "HTTPS", "接続なし"),
]
for i, p in enumerate(ports):
    for j, v in enumerate(p):
        c = ws.cell(pr + 2 + i, 1 + j, v)
        c.border = B
        c.alignment = WRAP

# ---------------------------------------------------------------- 調査端末情報記入シート
ws = wb.create_sheet("調査端末情報記入シート")
widths = [9, 16, 14, 16, 18, 26, 14, 18, 24, 28]
for i, w in enumerate(widths):
    ws.column_dimensions[chr(65 + i)].width = w
ws["A1"] = "調査端末情報記入シート（調査対象端末 5台）"
ws["A1"].font = Font(bold=True, size=13)
ws["A3"] = ""
top = ["", "システム種別 (*)", "シングル利用 (*)", "シンクル端末/FAT端末", None, None, "仮想デスクトップ", None, "セキュリティ対策製品", "備考"]
sub = ["", None, None, "端末ホスト名 (*)", "IPアドレス (*)", "設置場所 (*)", "端末ホスト名", "IPアドレス", None, None]
for j, v in enumerate(top):
    c = ws.cell(3, 1 + j, v)
    c.fill = HEAD
    c.alignment = CENTER
    c.border = B
for j, v in enumerate(sub):
    c = ws.cell(4, 1 + j, v)
    c.fill = HEAD
    c.alignment = CENTER
    c.border = B
ws.merge_cells("D3:F3")
ws.merge_cells("G3:H3")
for col in "ABCIJ":
    ws.merge_cells(f"{col}3:{col}4")
terms = [
    ("記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F OOO室", "PCXXXX", "192.168.1.25/24", "Microsoft Defender", "端末操作可能時間：12:00-13:00"),
    ("No.1", "電子カルテ", "単体", "TMH-EC-N101", "192.168.10.101/24", "本館3F 3東病棟 ナースステーション", None, None, "Trend Micro Apex One", "端末操作可能時間：13:00-14:00"),
    ("No.2", "電子カルテ", "仮想デスクトップ", "TMH-TC-O215", "192.168.10.215/24", "本館1F 外来 内科診察室2", "VDI-EC-015", "172.16.5.15/24", "Microsoft Defender", None),
    ("No.3", "医事会計", "単体", "TMH-IJ-021", "192.168.30.21/24", "本館1F 医事課", None, None, "ESET Endpoint Security", "午前中は受付業務のため午後に調査希望"),
    ("No.4", "PACS（画像参照）", "単体", "TMH-RAD-007", "192.168.20.31/24", "本館2F 放射線科 読影室", None, None, "Trend Micro Apex One", None),
    ("No.5", "臨床検査システム", "単体", "TMH-LAB-003", "192.168.40.13/24", "本館B1F 臨床検査科", None, None, "Microsoft Defender", None),
]
for i, t in enumerate(terms):
    for j, v in enumerate(t):
        c = ws.cell(5 + i, 1 + j, v)
        c.border = B
        c.alignment = WRAP
        if i == 0:
            c.fill = EX
            c.font = Font(color="7F7F7F")
    ws.row_dimensions[5 + i].height = 30
dvu = DataValidation(type="list", formula1='"単体,仮想デスクトップ"', allow_blank=True)
ws.add_data_validation(dvu)
dvu.add("C6:C10")

# ---------------------------------------------------------------- 設置場所記入シート
ws = wb.create_sheet("設置場所記入シート")
ws["A1"] = "設置場所記入シート（平面図に調査対象機器の設置場所を記入）"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "本館1F・2F・3F 平面図（抜粋）"

tmp = tempfile.mkdtemp()
png = os.path.join(tmp, "floor.png")
im = Image.new("RGB", (760, 520), "white")
d = ImageDraw.Draw(im)
d.rectangle([10, 10, 750, 510], outline="black", width=3)
rooms = [
    ([20, 20, 250, 180], "Server room 1F"),
    ([260, 20, 500, 180], "Iji-ka 1F"),
    ([510, 20, 740, 180], "Gairai 1F"),
    ([20, 190, 370, 350], "Radiology 2F"),
    ([380, 190, 740, 350], "Ward 3E 3F"),
    ([20, 360, 740, 500], "Lab B1F"),
]
for rc, name in rooms:
    d.rectangle(rc, outline="black", width=2)
    d.text((rc[0] + 8, rc[1] + 8), name, fill="black")
for x, y in [(120, 120), (350, 120), (600, 120), (190, 280), (560, 280), (380, 440)]:
    d.ellipse([x - 8, y - 8, x + 8, y + 8], fill="red")
im.save(png)
img = XLImage(png)
img.anchor = "A4"
ws.add_image(img)
ws["M4"] = "吹き出し（調査対象機器の位置）"
ws["M4"].font = Font(bold=True)
callouts = [
    "回線1 ONU：本館1F サーバー室 ラック2 上段",
    "回線2 ONU：本館2F 放射線科 操作室 壁面ラック",
    "回線3 ONU：本館1F 医事課 事務室奥 棚上",
    "No.1 TMH-EC-N101：本館3F 3東病棟 ナースステーション",
    "No.2 TMH-TC-O215：本館1F 外来 内科診察室2",
    "No.3 TMH-IJ-021：本館1F 医事課",
    "No.4 TMH-RAD-007：本館2F 放射線科 読影室",
    "No.5 TMH-LAB-003：本館B1F 臨床検査科",
]
for i, t in enumerate(callouts):
    ws.cell(5 + i, 13, t)
ws.column_dimensions["M"].width = 52

src_dir = tempfile.mkdtemp()
src = os.path.join(src_dir, NAME + ".xlsx")
wb.save(src)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT_DIR, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.rmtree(src_dir)
shutil.rmtree(tmp)
print("wrote", os.path.join(OUT_DIR, NAME + ".xlsx"))
