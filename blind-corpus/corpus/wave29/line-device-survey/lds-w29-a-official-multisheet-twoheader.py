# Generator for lds-w29-a-official-multisheet-twoheader.xlsx
# Role: the programme secretariat's own-style workbook (one sheet per section, two-row headers,
# a 記入例 row on the line and terminal sheets), filled by a hospital IT person. No planted problem.
import os
import tempfile
import sys

sys.path.insert(0, "/tmp/w29lib")  # openpyxl / Pillow if not installed system-wide

from openpyxl import Workbook
from openpyxl.drawing.image import Image as XLImage
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from PIL import Image, ImageDraw

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w29-a-official-multisheet-twoheader"

thin = Side(style="thin", color="000000")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD_FILL = PatternFill("solid", fgColor="1F4E78")
SUB_FILL = PatternFill("solid", fgColor="DDEBF7")
EX_FILL = PatternFill("solid", fgColor="D9D9D9")
IN_FILL = PatternFill("solid", fgColor="FFF2CC")
WHITE_BOLD = Font(bold=True, color="FFFFFF")
BOLD = Font(bold=True)
RED = Font(color="C00000", size=9)
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def box(ws, rng, fill=None, font=None, align=None):
    for row in ws[rng]:
        for c in row:
            c.border = BORDER
            if fill:
                c.fill = fill
            if font:
                c.font = font
            if align:
                c.alignment = align


def put(ws, ref, value, **kw):
    c = ws[ref]
    c.value = value
    for k, v in kw.items():
        setattr(c, k, v)
    return c


wb = Workbook()

# ---------------------------------------------------------------- 基本情報記入シート
ws = wb.active
ws.title = "基本情報記入シート"
for col, w in zip("ABCDEFGH", [4, 22, 8, 30, 10, 34, 10, 30]):
    ws.column_dimensions[col].width = w
put(ws, "B1", "別紙2-1_医療機関記入依頼書（回線・機器情報等記入）", font=Font(bold=True, size=14))
put(ws, "B2", "基本情報記入シート　※黄色のセルにご記入ください。", font=RED)

put(ws, "B4", "■本施策の同意確認", font=BOLD)
ws.merge_cells("B5:C5")
put(ws, "B5", "本施策の同意確認")
ws.merge_cells("D5:F5")
put(ws, "D5", "(別紙)規約に記載の内容をご確認のうえ、本施策実施に同意いただける場合は「同意する」を選択してください")
put(ws, "G5", "同意する")
ws.merge_cells("G5:H5")
box(ws, "B5:H5", align=WRAP)
ws["B5"].fill = SUB_FILL
ws["G5"].fill = IN_FILL
ws.row_dimensions[5].height = 36
dv = DataValidation(type="list", formula1='"同意する"', allow_blank=True)
ws.add_data_validation(dv)
dv.add("G5")

put(ws, "B7", "■お客様情報(医療機関情報)", font=BOLD)
# row 8: 医療機関名 / (かな)
put(ws, "B8", "医療機関名")
ws.merge_cells("C8:D8")
put(ws, "C8", "医療法人社団緑誠会　さくら台中央病院")
put(ws, "E8", "(かな)")
ws.merge_cells("F8:H8")
put(ws, "F8", "いりょうほうじんしゃだんりょくせいかい　さくらだいちゅうおうびょういん")
# row 9: 住所
put(ws, "B9", "住所")
put(ws, "C9", "〒")
put(ws, "D9", "252-0314")
put(ws, "E9", "住所")
put(ws, "F9", "神奈川県相模原市南区さくら台二丁目14番3号")
put(ws, "G9", "(かな)")
put(ws, "H9", "かながわけんさがみはらしみなみくさくらだいにちょうめ14ばん3ごう")
# row 10: ビル名

put(ws, "E10", "ビル名")
put(ws, "G10", "(かな)")
# row 11: 病床数
put(ws, "B11", "病床数")
ws.merge_cells("C11:D11")
put(ws, "C11", 199)
box(ws, "B8:H11", align=WRAP)
for ref in ["B8", "E8", "B9", "C9", "E9", "G9", "B10", "E10", "G10", "B11"]:
    ws[ref].fill = SUB_FILL
for ref in ["C8", "F8", "D9", "F9", "H9", "F10", "H10", "C11"]:
    ws[ref].fill = IN_FILL
ws["C11"].alignment = Alignment(horizontal="left")
ws.row_dimensions[9].height = 34

put(ws, "B13", "■担当者情報（4名まで）", font=BOLD)
hdr = ["", "所属・役職", "氏名", "電話番号", "メールアドレス"]
cols = ["B", "C", "D", "F", "H"]
ws.merge_cells("D14:E14")
ws.merge_cells("F14:G14")
for c, h in zip(cols, hdr):
    put(ws, f"{c}14", h)
box(ws, "B14:H14", fill=HEAD_FILL, font=WHITE_BOLD, align=CENTER)
contacts = [
    ("情報システム室 主任", "高橋 健一", "042-748-1120", "k.takahashi@sakuradai-chuo.or.jp"),
    ("事務部 総務課長", "中村 由美", "042-748-1111", "y.nakamura@sakuradai-chuo.or.jp"),
]
for i in range(4):
    r = 15 + i
    ws.merge_cells(f"D{r}:E{r}")
    ws.merge_cells(f"F{r}:G{r}")
    put(ws, f"B{r}", f"担当者{i + 1}")
    if i < len(contacts):
        dept, name, tel, mail = contacts[i]
        put(ws, f"C{r}", dept)
        put(ws, f"D{r}", name)
        put(ws, f"F{r}", tel)
        put(ws, f"H{r}", mail)
    box(ws, f"B{r}:H{r}", align=WRAP)
    ws[f"B{r}"].fill = SUB_FILL

put(ws, "B20", "■申込内容の確認", font=BOLD)
ws.merge_cells("B21:D21")
put(ws, "B21", "確認者名(医療機関のご担当者名)")
ws.merge_cells("E21:F21")
put(ws, "E21", "高橋 健一")
box(ws, "B21:F21", align=WRAP)
ws["B21"].fill = SUB_FILL
ws["E21"].fill = IN_FILL
put(ws, "B22", "※記入内容に不備がないかご確認のうえ、フルネームでご記入ください。", font=RED)

# ---------------------------------------------------------------- 回線・機器情報記入シート
ws = wb.create_sheet("回線・機器情報記入シート")
put(ws, "A1", "回線・機器情報記入シート", font=Font(bold=True, size=14))
put(ws, "A2", "(*)は必須項目です。電子カルテシステムに接続する回線をすべてご記入ください（音声回線は対象外）。", font=RED)

top = [  # (col span start, end, group title)
    ("B", "C", "調査希望"),
    ("D", "D", None), ("E", "E", None), ("F", "F", None),
    ("G", "J", "回線と紐付くグローバルIPアドレス"),
    ("K", "L", "脆弱性診断当日記入欄"),
    ("M", "M", None),
    ("N", "O", "プロバイダ情報"),
    ("P", "T", "回線情報"),
    ("U", "U", "回線終端装置(ONU/モデム)情報"),
    ("V", "X", "装置(ルータ/UTM/FW)情報"),
]
sub = {
    "B": "技術バージョン確認\n(*)", "C": "脆弱性診断\n(*)",
    "D": "電子カルテシステムと接続するネットワークとの接続 (*)", "E": "用途・システム名 (*)", "F": "通信形態 (*)",
    "G": "グローバルIP利用 (*)", "H": "固定IP/動的IP (*)", "I": "グローバルIPアドレス (*)", "J": "FQDN",
    "K": "グローバルIP確認", "L": "グローバルIPアドレス",
    "M": "回線の種類",
    "N": "プロバイダ名", "O": "プロバイダ品目",
    "P": "回線事業者", "Q": "回線サービス名", "R": "回線ID", "S": "回線名", "T": "備考",
    "U": "回線終端装置設置場所 (*)",
    "V": "メーカー", "W": "機種名", "X": "ファームウェアバージョン",
}
widths = {"A": 9, "B": 13, "C": 13, "D": 18, "E": 22, "F": 16, "G": 10, "H": 10, "I": 17, "J": 20,
          "K": 12, "L": 17, "M": 11, "N": 18, "O": 24, "P": 13, "Q": 26, "R": 16, "S": 16, "T": 14,
          "U": 28, "V": 11, "W": 15, "X": 20}
for k, v in widths.items():
    ws.column_dimensions[k].width = v
ws.merge_cells("A4:A5")
put(ws, "A4", "")
for a, b, t in top:
    if t is None:
        ws.merge_cells(f"{a}4:{a}5")
        put(ws, f"{a}4", sub[a])
    else:
        if a != b:
            ws.merge_cells(f"{a}4:{b}4")
        put(ws, f"{a}4", t)
for col, t in sub.items():
    if col in ("D", "E", "F", "M"):
        continue
    put(ws, f"{col}5", t)
box(ws, "A4:X5", fill=HEAD_FILL, font=WHITE_BOLD, align=CENTER)
ws.row_dimensions[4].height = 30
ws.row_dimensions[5].height = 48

example = ["記入例", "調査希望あり", "調査希望あり", "あり", "電子カルテ", "インターネットVPN", "あり", "固定IP",
           "121.119.249.222", "example.xxx", "入力不要", "", "光回線", "NTT東日本", "Bフレッツサービス",
           "NTT東日本", "フレッツ光ネクスト", "CAF0123456789", "○○回線", "", "本部棟 3F サーバー室 -1番ラック 3U",
           "○○社", "XX-1000", "Ver.X.X.X"]
lines = [
    ["回線1", "調査希望あり", "調査希望あり", "あり", "電子カルテ（リモート保守）", "インターネットVPN", "あり", "固定IP",
     "118.238.201.45", "", "入力不要", "", "光回線", "OCN", "OCN光 IPoE 固定IP1",
     "NTT東日本", "フレッツ 光ネクスト ビジネスタイプ", "CAF1234567890", "電子カルテ保守回線", "",
     "本館1F サーバー室 ラック2 4U", "Fortinet", "FortiGate 60F", "FortiOS v7.2.8"],
    ["回線2", "調査希望あり", "調査希望あり", "あり", "医用画像（PACS）保守", "インターネットVPN", "あり", "固定IP",
     "60.37.114.90", "", "入力不要", "", "光回線", "BIGLOBE", "BIGLOBE光 固定IPオプション",
     "NTT東日本", "フレッツ 光クロス", "CAF2233445566", "PACS保守回線", "",
     "本館1F サーバー室 ラック1 上段", "YAMAHA", "RTX1220", "Rev.15.04.14"],
    ["回線3", "調査希望なし", "調査希望あり", "あり", "臨床検査システム保守", "インターネットVPN", "あり", "動的IP",
     "126.208.33.17", "", "確認済み", "126.208.40.203", "光回線", "So-net", "So-net光 プラス",
     "NTT東日本", "フレッツ 光ネクスト ファミリー・ハイスピードタイプ", "CAF3456789012", "検査科保守回線",
     "", "2F 検査科 検体検査室 分析装置横", "NEC", "UNIVERGE IX2106", ""],
    ["回線4", "調査希望あり", "調査希望なし", "あり", "地域医療連携ネットワーク", "閉域網", "なし", "－",
     "－", "", "入力不要", "", "光回線", "", "",
     "NTT東日本", "フレッツ・VPN ワイド", "COP9876543210", "地域連携VPN", "",
     "本館1F サーバー室 ラック1 中段", "Cisco", "C1111-4P", "IOS XE 17.9.4a"],
]
cols = [chr(ord("A") + i) for i in range(24)]
r = 6
for j, v in enumerate(example):
    put(ws, f"{cols[j]}{r}", v if v != "" else None)
box(ws, f"A{r}:X{r}", fill=EX_FILL, font=Font(italic=True, color="595959"), align=WRAP)
for i in range(6):
    r = 7 + i
    put(ws, f"A{r}", f"回線{i + 1}")
    if i < len(lines):
        for j, v in enumerate(lines[i][1:], start=1):
            put(ws, f"{cols[j]}{r}", v if v != "" else None)
    box(ws, f"A{r}:X{r}", align=WRAP)
    ws[f"A{r}"].fill = SUB_FILL
    ws.row_dimensions[r].height = 30

dv1 = DataValidation(type="list", formula1='"調査希望あり,調査希望なし"', allow_blank=True)
dv2 = DataValidation(type="list", formula1='"あり,なし"', allow_blank=True)
dv3 = DataValidation(type="list", formula1='"インターネット,インターネットVPN,閉域網,その他"', allow_blank=True)
dv4 = DataValidation(type="list", formula1='"固定IP,動的IP"', allow_blank=True)
dv5 = DataValidation(type="list", formula1='"確認済み,入力不要"', allow_blank=True)
for d in (dv1, dv2, dv3, dv4, dv5):
    ws.add_data_validation(d)
dv1.add("B7:C12")
dv2.add("D7:D12")
dv2.add("G7:G12")
dv3.add("F7:F12")
dv4.add("H7:H12")
dv5.add("K7:K12")

# second table: device ports
put(ws, "A15", "■装置と接続する回線と機器の詳細（機器のポート情報）", font=BOLD)
ph = ["回線", "装置", "ポート(*)", "機器名 (*)", "IPアドレス(*)", "ポート番号(*)", "プロトコル(*)", "接続状況"]
for j, h in enumerate(ph):
    put(ws, f"{cols[j]}16", h)
box(ws, "A16:H16", fill=HEAD_FILL, font=WHITE_BOLD, align=CENTER)
ports = [
    ["回線1", "FortiGate 60F", "internal1", "電子カルテサーバ（保守用）", "192.168.10.5", 3389, "RDP", "接続あり"],
    ["回線1", "FortiGate 60F", "internal2", "基幹L3スイッチ", "192.168.10.254", 22, "SSH", "接続あり"],
    ["回線2", "RTX1220", "LAN1", "PACSサーバ", "192.168.20.10", 443, "HTTPS", "接続あり"],
]
for i, p in enumerate(ports):
    r = 17 + i
    for j, v in enumerate(p):
        put(ws, f"{cols[j]}{r}", v)
    box(ws, f"A{r}:H{r}", align=WRAP)
ws.freeze_panes = "B6"

# ---------------------------------------------------------------- 調査端末情報記入シート
ws = wb.create_sheet("調査端末情報記入シート")
put(ws, "A1", "調査端末情報記入シート", font=Font(bold=True, size=14))
put(ws, "A2", "電子カルテシステムと接続のある端末(Windows)を5台選定してください。電子カルテ端末から1台、主要な部門システムから1台ずつを推奨。", font=RED)
for k, v in {"A": 8, "B": 18, "C": 14, "D": 18, "E": 19, "F": 28, "G": 16, "H": 19, "I": 24, "J": 30}.items():
    ws.column_dimensions[k].width = v
ws.merge_cells("A4:A5")
put(ws, "A4", "No.")
ws.merge_cells("B4:B5")
put(ws, "B4", "システム種別 (*)")
ws.merge_cells("C4:C5")
put(ws, "C4", "シングル利用 (*)")
ws.merge_cells("D4:F4")
put(ws, "D4", "シンクル端末/FAT端末")
ws.merge_cells("G4:H4")
put(ws, "G4", "仮想デスクトップ")
ws.merge_cells("I4:I5")
put(ws, "I4", "セキュリティ対策製品")
ws.merge_cells("J4:J5")
put(ws, "J4", "備考")
for c, t in zip("DEFGH", ["端末ホスト名 (*)", "IPアドレス (*)", "設置場所 (*)", "端末ホスト名", "IPアドレス"]):
    put(ws, f"{c}5", t)
box(ws, "A4:J5", fill=HEAD_FILL, font=WHITE_BOLD, align=CENTER)
ex = ["記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F 〇〇〇室", "PCXXXX", "192.168.1.25/24",
      "Microsoft Defender", "端末操作可能時間：12:00-13:00"]
for j, v in enumerate(ex):
    put(ws, f"{cols[j]}6", v)
box(ws, "A6:J6", fill=EX_FILL, font=Font(italic=True, color="595959"), align=WRAP)
terms = [
    ["No.1", "電子カルテ", "単体", "SKR-EMR-PC012", "192.168.10.112/24", "本館1F 外来 医事課受付", "", "",
     "Trend Micro Apex One", "端末操作可能時間：12:00-13:00"],
    ["No.2", "電子カルテ", "仮想デスクトップ", "SKR-TC-031", "192.168.11.31/24", "本館3F 3階病棟 ナースステーション",
     "SKR-VDI-031", "172.16.1.31/24", "Microsoft Defender", ""],
    ["No.3", "医用画像（PACS）", "単体", "SKR-PACS-VW02", "192.168.20.52/24", "本館1F 放射線科 読影室", "", "",
     "ESET Endpoint Security", "読影業務中は操作不可のため事前調整をお願いします"],
    ["No.4", "臨床検査", "単体", "SKR-LAB-PC01", "192.168.30.21/24", "2F 検査科 検体検査室", "", "",
     "Trend Micro Apex One", ""],
    ["No.5", "医事会計", "単体", "SKR-IJI-PC05", "192.168.10.155/24", "本館1F 医事課", "", "",
     "Trend Micro Apex One", "15:00以降が望ましい"],
]
for i, t in enumerate(terms):
    r = 7 + i
    for j, v in enumerate(t):
        put(ws, f"{cols[j]}{r}", v if v != "" else None)
    box(ws, f"A{r}:J{r}", align=WRAP)
    ws[f"A{r}"].fill = SUB_FILL
    ws.row_dimensions[r].height = 30
dvu = DataValidation(type="list", formula1='"単体,仮想デスクトップ"', allow_blank=True)
ws.add_data_validation(dvu)
dvu.add("C7:C11")

# ---------------------------------------------------------------- 設置場所記入シート (floor plan)
ws = wb.create_sheet("設置場所記入シート")
put(ws, "A1", "設置場所記入シート", font=Font(bold=True, size=14))
put(ws, "A2", "平面図(フロア図)を貼り付け、調査対象の回線終端装置・端末の位置が分かるよう吹き出しを配置してください。", font=RED)
put(ws, "A3", "本館 1F / 2F / 3F 平面図（吹き出し：回線終端装置・調査端末）", font=BOLD)

img_path = os.path.join(tempfile.gettempdir(), NAME + "-floorplan.png")
im = Image.new("RGB", (1200, 900), "white")
d = ImageDraw.Draw(im)
floors = [
    (20, "1F", [("SERVER ROOM", 0, 300), ("RADIOLOGY / READING RM", 300, 640), ("MEDICAL AFFAIRS", 640, 900),
                ("OUTPATIENT RECEPTION", 900, 1160)]),
    (310, "2F", [("LAB (SPECIMEN)", 0, 400), ("LAB OFFICE", 400, 640), ("REHAB", 640, 1160)]),
    (600, "3F", [("WARD 3 ROOMS 301-310", 0, 560), ("NURSE STATION", 560, 820), ("WARD 3 ROOMS 311-320", 820, 1160)]),
]
for y0, fl, rooms in floors:
    d.rectangle([20, y0, 1180, y0 + 270], outline="black", width=4)
    d.text((28, y0 + 4), fl, fill="blue")
    for label, x0, x1 in rooms:
        d.rectangle([20 + x0, y0 + 20, 20 + x1, y0 + 270], outline="black", width=2)
        d.text((30 + x0, y0 + 28), label, fill="black")
callouts = [
    ((40, 90), "Line1 ONU / FortiGate 60F (Rack2 4U)"),
    ((40, 130), "Line2 ONU / RTX1220 (Rack1 top)"),
    ((40, 170), "Line4 ONU / C1111-4P (Rack1 mid)"),
    ((340, 110), "No.3 SKR-PACS-VW02"),
    ((680, 110), "No.5 SKR-IJI-PC05"),
    ((940, 110), "No.1 SKR-EMR-PC012"),
    ((40, 390), "Line3 ONU / IX2106 (next to analyzer)"),
    ((40, 440), "No.4 SKR-LAB-PC01"),
    ((590, 690), "No.2 SKR-TC-031"),
]
for (x, y), text in callouts:
    w = 7 * len(text) + 12
    d.rectangle([x, y, x + w, y + 22], outline="red", width=2, fill=(255, 240, 240))
    d.text((x + 6, y + 5), text, fill="red")
im.save(img_path)
pic = XLImage(img_path)
pic.width, pic.height = 900, 675
pic.anchor = "A5"
ws.add_image(pic)

out = os.path.join(HERE, NAME + ".xlsx")
wb.save(out)
print("saved", out)
