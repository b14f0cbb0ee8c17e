#!/usr/bin/python3
"""lds-w24-a: 別紙2-1 laid out as the secretariat's five sheets, two-row headers, 記入例 rows kept
(correctly labelled), devices' port table as a second table under the lines. Filled completely, no planted problem."""
import io
import os
from PIL import Image as PILImage, ImageDraw, ImageFont
from openpyxl import Workbook
from openpyxl.drawing.image import Image as XLImage
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.comments import Comment

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w24-a-official-sheets-two-row-headers"
OUT = os.path.join(HERE, NAME + ".xlsx")

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="DDEBF7")
REQ = PatternFill("solid", fgColor="FCE4D6")
EX = PatternFill("solid", fgColor="D9D9D9")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def box(ws, rng, fill=None, align=WRAP, bold=False):
    for row in ws[rng]:
        for c in row:
            c.border = BOX
            c.alignment = align
            if fill:
                c.fill = fill
            if bold:
                c.font = Font(bold=True)


wb = Workbook()

# ---------------------------------------------------------------- 基本情報記入シート
ws = wb.active
ws.title = "基本情報記入シート"
ws["A1"] = "別紙2-1_医療機関記入依頼書（回線・機器情報等記入）"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "基本情報記入シート　　※(*)は必須項目です。"
for col, w in zip("ABCDEFG", (22, 6, 12, 8, 40, 8, 44)):
    ws.column_dimensions[col].width = w

ws["A4"] = "本施策の同意確認"
ws.merge_cells("B4:F4")
ws["B4"] = ("(別紙)規約に記載の内容をご確認のうえ、本施策実施に同意いただける場合は"
            "「同意する」を選択してください")
ws["G4"] = "同意する"
box(ws, "A4:G4")
ws["A4"].fill = HEAD
ws.row_dimensions[4].height = 36
dv = DataValidation(type="list", formula1='"同意する"', allow_blank=True)
ws.add_data_validation(dv)
dv.add("G4")

ws["A6"] = "■お客様情報（医療機関情報）"
ws["A6"].font = Font(bold=True)
ws["A7"] = "医療機関名"
ws.merge_cells("B7:E7")
ws["B7"] = "社会医療法人 瀬戸内会 みなと総合病院"
ws["F7"] = "(かな)"
ws["G7"] = "しゃかいいりょうほうじん せとうちかい みなとそうごうびょういん"
ws["A8"] = "住所"
ws.merge_cells("A8:A9")
ws["B8"] = "〒"
ws["C8"] = "763-0034"
ws["D8"] = "住所"
ws["E8"] = "香川県丸亀市大手町三丁目8番15号"
ws["F8"] = "(かな)"
ws["G8"] = "かがわけんまるがめしおおてまちさんちょうめ8ばん15ごう"
ws["D9"] = "ビル名"
ws["E9"] = "丸亀メディカルスクエア"
ws["F9"] = "(かな)"
ws["G9"] = "まるがめめでぃかるすくえあ"
ws["A10"] = "病床数"
ws["B10"] = 199
ws["C10"] = "床"
box(ws, "A7:G10")
for a in ("A7", "A8", "A10", "B8", "D8", "D9", "F7", "F8", "F9"):
    ws[a].fill = HEAD
ws["B10"].alignment = Alignment(horizontal="right")

ws["A12"] = "■担当者情報（4名まで）"
ws["A12"].font = Font(bold=True)
hdr = ["", "所属・役職", "", "氏名", "", "電話番号", "メールアドレス"]
for i, h in enumerate(hdr):
    ws.cell(13, 1 + i, h)
ws.merge_cells("B13:C13")
ws.merge_cells("D13:E13")
box(ws, "A13:G13", fill=HEAD, align=CENTER, bold=True)
contacts = [
    ("事務部 情報システム課 課長", "多田 健一", "0877-23-5110", "tada-k@minato-gh.or.jp"),
    ("事務部 情報システム課 主任", "香西 美咲", "0877-23-5110（内線2214）", "kozai-m@minato-gh.or.jp"),
    ("医療技術部 放射線科 技師長", "真鍋 浩二", "0877-23-5111", "manabe-k@minato-gh.or.jp"),
]
for i in range(4):
    r = 14 + i
    ws.cell(r, 1, f"担当者{i + 1}")
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
    if i < len(contacts):
        d, n, p, m = contacts[i]
        ws.cell(r, 2, d)
        ws.cell(r, 4, n)
        ws.cell(r, 6, p)
        ws.cell(r, 7, m)
box(ws, "A14:G17")

ws["A19"] = "■申込内容の確認"
ws["A19"].font = Font(bold=True)
ws.merge_cells("A20:D20")
ws["A20"] = "確認者名（医療機関のご担当者名）※フルネームでご記入ください"
ws["E20"] = "多田 健一"
box(ws, "A20:E20")
ws["A20"].fill = HEAD

# ---------------------------------------------------------------- 回線・機器情報記入シート
ws = wb.create_sheet("回線・機器情報記入シート")
ws["A1"] = "回線・機器情報記入シート"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = ("電子カルテシステムに接続する回線（ベンダ保守用回線を含む）を1行に1回線ずつご記入ください。"
            "(*)は必須項目です。記入例の行は変更しないでください。")
groups = [
    ("B", "C", "調査希望"),
    ("J", "K", "脆弱性診断当日記入欄"),
    ("M", "N", "プロバイダ情報"),
    ("O", "S", "回線情報"),
    ("U", "W", "機器情報（ルータ/UTM/FW）"),
]
subs = {
    "A": "", "B": "技術バージョン確認 (*)", "C": "脆弱性診断 (*)",
    "D": "電子カルテシステムと接続するネットワークとの接続 (*)", "E": "用途・システム名 (*)",
    "F": "通信形態 (*)", "G": "グローバルIP利用 (*)", "H": "固定IP/動的IP (*)",
    "I": "グローバルIPアドレス (*)", "J": "グローバルIP確認", "K": "グローバルIPアドレス",
    "L": "FQDN", "M": "プロバイダ名", "N": "プロバイダ品目", "O": "回線の種類", "P": "回線事業者",
    "Q": "回線サービス名", "R": "回線名", "S": "回線ID", "T": "回線終端装置設置場所 (*)",
    "U": "メーカー", "V": "機種名", "W": "ファームウェアバージョン",
}
widths = {"A": 9, "B": 14, "C": 14, "D": 16, "E": 24, "F": 16, "G": 11, "H": 11, "I": 17,
          "J": 12, "K": 17, "L": 26, "M": 14, "N": 26, "O": 10, "P": 12, "Q": 30, "R": 16,
          "S": 16, "T": 28, "U": 12, "V": 14, "W": 16}
for col, w in widths.items():
    ws.column_dimensions[col].width = w
for col, text in subs.items():
    ws[f"{col}4"] = text
grouped = set()
for c1, c2, text in groups:
    ws.merge_cells(f"{c1}3:{c2}3")
    ws[f"{c1}3"] = text
    for cc in range(ord(c1), ord(c2) + 1):
        grouped.add(chr(cc))
for col in subs:
    if col not in grouped:
        ws.merge_cells(f"{col}3:{col}4")
        ws[f"{col}3"] = subs[col]
ws["T3"] = "回線終端装置(ONU/モデム)情報\n回線終端装置設置場所 (*)"
box(ws, "A3:W4", fill=HEAD, align=CENTER, bold=True)
ws.row_dimensions[4].height = 48

example = ["記入例", "調査希望あり", "調査希望あり", "あり", "電子カルテ", "インターネットVPN", "あり",
           "固定IP", "121.119.249.222", "入力不要", "入力不要", "example.xxx", "NTT東日本",
           "Bフレッツサービス", "光回線", "NTT東日本", "フレッツ 光ネクスト", "電子カルテ保守回線",
           "CAF0000000000", "本部棟 3F サーバー室 -1番ラック 3U", "YAMAHA", "RTX1210", "Rev.14.01.38"]
for i, v in enumerate(example):
    ws.cell(5, 1 + i, v)
box(ws, "A5:W5", fill=EX)

lines = [
    ["回線1", "調査希望あり", "調査希望あり", "あり", "電子カルテ（ベンダリモート保守）",
     "インターネットVPN", "あり", "固定IP", "118.238.15.146", "入力不要", "入力不要", "",
     "OCN", "OCN 光 IPoE 固定IP1", "光回線", "NTT西日本", "フレッツ 光ネクスト ビジネスタイプ",
     "電カル保守回線", "CAF2458113097", "本館2F サーバ室 ラック1 3U", "YAMAHA", "RTX1210",
     "Rev.14.01.42"],
    ["回線2", "調査希望あり", "調査希望なし", "あり", "PACS（画像診断装置保守）", "閉域網", "なし",
     "－", "－", "入力不要", "入力不要", "", "", "", "光回線", "NTT西日本", "フレッツ・VPN ワイド",
     "PACS保守回線", "COP7730125846", "本館1F 放射線科 CT操作室 壁面ラック", "NEC",
     "UNIVERGE IX2215", "Ver.10.2.16"],
    ["回線3", "調査希望あり", "調査希望あり", "あり", "検体検査システム（保守）", "インターネットVPN",
     "あり", "動的IP", "153.177.42.9", "確認済み", "153.177.48.201", "mgh-lab.aa0.netvolante.jp",
     "BIGLOBE", "ビッグローブ光", "光回線", "NTT西日本",
     "フレッツ 光ネクスト ファミリー・スーパーハイスピードタイプ 隼", "検査保守回線", "CAF2458209911",
     "本館1F 検査室 分析装置横 床置き", "YAMAHA", "NVR510", "Rev.15.01.24"],
]
for r, line in enumerate(lines, start=6):
    for i, v in enumerate(line):
        ws.cell(r, 1 + i, v if v != "" else None)
for r in range(9, 11):
    ws.cell(r, 1, f"回線{r - 5}")
box(ws, "A6:W10")
for r in range(6, 11):
    ws.row_dimensions[r].height = 30

dvs = [
    ('"調査希望あり,調査希望なし"', ["B6:C10"]),
    ('"あり,なし"', ["D6:D10", "G6:G10"]),
    ('"インターネット,インターネットVPN,閉域網,モバイル回線,その他"', ["F6:F10"]),
    ('"固定IP,動的IP"', ["H6:H10"]),
    ('"確認済み,入力不要"', ["J6:J10"]),
]
for f, rngs in dvs:
    d = DataValidation(type="list", formula1=f, allow_blank=True)
    ws.add_data_validation(d)
    for rg in rngs:
        d.add(rg)

# second table: ports of the devices on the lines
ws["A13"] = "■装置と接続する回線と機器の詳細（機器のポート情報）"
ws["A13"].font = Font(bold=True)
ph = ["回線", "機器", "ポート (*)", "機器名 (*)", "IPアドレス (*)", "ポート番号 (*)", "プロトコル (*)", "接続状況"]
for i, h in enumerate(ph):
    ws.cell(14, 1 + i, h)
box(ws, "A14:H14", fill=HEAD, align=CENTER, bold=True)
ports = [
    ("回線1", "RTX1210", "LAN1", "電子カルテサーバ", "192.168.10.10", 443, "HTTPS", "接続あり"),
    ("回線1", "RTX1210", "LAN1", "電カル保守用端末", "192.168.10.50", 3389, "RDP", "接続あり"),
    ("回線2", "UNIVERGE IX2215", "GE1", "PACSサーバ", "192.168.20.5", 104, "DICOM", "接続あり"),
    ("回線3", "NVR510", "LAN1", "検体検査システムサーバ", "192.168.30.12", 22, "SSH", "接続なし"),
]
for r, p in enumerate(ports, start=15):
    for i, v in enumerate(p):
        ws.cell(r, 1 + i, v)
box(ws, "A15:H18")
ws.freeze_panes = "B5"

# ---------------------------------------------------------------- 調査端末情報記入シート
ws = wb.create_sheet("調査端末情報記入シート")
ws["A1"] = "調査端末情報記入シート"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = ("電子カルテシステムと接続のある端末（Windows）を5台ご記入ください。"
            "電子カルテ端末から1台、その他主要な部門システムから1台ずつの選定を推奨します。")
for col, w in zip("ABCDEFGHIJ", (8, 14, 14, 16, 20, 26, 16, 18, 24, 30)):
    ws.column_dimensions[col].width = w
ws.merge_cells("A3:A4")
ws["A3"] = ""
ws.merge_cells("B3:B4")
ws["B3"] = "システム種別 (*)"
ws.merge_cells("C3:C4")
ws["C3"] = "シングル利用 (*)"
ws.merge_cells("D3:F3")
ws["D3"] = "シンクル端末/FAT端末"
ws["D4"] = "端末ホスト名 (*)"
ws["E4"] = "IPアドレス (*)"
ws["F4"] = "設置場所 (*)"
ws.merge_cells("G3:H3")
ws["G3"] = "仮想デスクトップ"
ws["G4"] = "端末ホスト名"
ws["H4"] = "IPアドレス"
ws.merge_cells("I3:I4")
ws["I3"] = "セキュリティ対策製品"
ws.merge_cells("J3:J4")
ws["J3"] = "備考"
box(ws, "A3:J4", fill=HEAD, align=CENTER, bold=True)
ex = ["記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F OOO室", "PCXXXX",
      "192.168.1.25/24", "Microsoft Defender", "端末操作可能時間：12:00-13:00"]
for i, v in enumerate(ex):
    ws.cell(5, 1 + i, v)
box(ws, "A5:J5", fill=EX)
terms = [
    ("No.1", "電子カルテ", "単体", "EMR-PC012", "192.168.10.112/24", "本館1F 医事課 受付カウンター",
     None, None, "Trend Micro Apex One", "端末操作可能時間：13:00-14:00\n外来診療中は操作不可"),
    ("No.2", "電子カルテ", "仮想デスクトップ", "TC-3F-NS05", "192.168.10.205/24", "本館3F 東病棟 ナースステーション",
     "VDI-EMR-021", "172.16.5.21/24", "Microsoft Defender", "病棟看護師長の立会い必須"),
    ("No.3", "PACS", "単体", "PACS-VW02", "192.168.20.31/24", "本館1F 放射線科 読影室",
     None, None, "ESET Endpoint Security", None),
    ("No.4", "検体検査", "単体", "LAB-PC01", "192.168.30.41/24", "本館1F 検査室",
     None, None, "Trend Micro Apex One", "平日 9:00-17:00（検査室職員立会い）"),
    ("No.5", "医事会計", "単体", "IJI-PC03", "192.168.10.63/24", "本館1F 医事課 事務室",
     None, None, "Trend Micro Apex One", None),
]
for r, t in enumerate(terms, start=6):
    for i, v in enumerate(t):
        ws.cell(r, 1 + i, v)
box(ws, "A6:J10")
for r in range(6, 11):
    ws.row_dimensions[r].height = 32
d = DataValidation(type="list", formula1='"単体,仮想デスクトップ"', allow_blank=True)
ws.add_data_validation(d)
d.add("C6:C10")

# ---------------------------------------------------------------- 設置場所記入シート (floor plan image)
img = PILImage.new("RGB", (900, 560), "white")
dr = ImageDraw.Draw(img)
try:
    font = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 18)
    big = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 22)
except OSError:
    font = big = ImageFont.load_default()
dr.text((20, 10), "みなと総合病院 本館1F・2F 平面図（抜粋）", fill="black", font=big)
rooms = [
    ((20, 60, 300, 260), "1F 医事課"), ((300, 60, 560, 260), "1F 放射線科 (CT操作室・読影室)"),
    ((560, 60, 880, 260), "1F 検査室"), ((20, 300, 420, 540), "2F サーバ室"),
    ((420, 300, 880, 540), "3F 東病棟 ナースステーション（別フロア）"),
]
for (x1, y1, x2, y2), label in rooms:
    dr.rectangle((x1, y1, x2, y2), outline="black", width=3)
    dr.text((x1 + 8, y1 + 8), label, fill="black", font=font)
for (x, y, t) in [(120, 200, "PC No.5/No.1"), (380, 200, "ONU 回線2 / PC No.3"), (640, 200, "ONU 回線3 / PC No.4"),
                  (80, 460, "ラック1 ONU 回線1"), (520, 460, "PC No.2")]:
    dr.ellipse((x - 8, y - 8, x + 8, y + 8), fill="red")
    dr.text((x + 12, y - 12), t, fill="red", font=font)
PNG = io.BytesIO()
img.save(PNG, format="PNG")
PNG.seek(0)

ws = wb.create_sheet("設置場所記入シート")
ws["A1"] = "設置場所記入シート"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "平面図（またはフロア図）の画像を貼り付け、調査対象の回線終端装置・端末の位置が分かるよう吹き出しを配置してください。"
pic = XLImage(PNG)
pic.anchor = "B4"
ws.add_image(pic)
ws.column_dimensions["P"].width = 46
callouts = [
    "【回線1】ONU：本館2F サーバ室 ラック1 3U（YAMAHA RTX1210）",
    "【回線2】ONU：本館1F 放射線科 CT操作室 壁面ラック（NEC UNIVERGE IX2215）",
    "【回線3】ONU：本館1F 検査室 分析装置横 床置き（YAMAHA NVR510）",
    "【端末No.1】EMR-PC012：本館1F 医事課 受付カウンター",
    "【端末No.2】TC-3F-NS05：本館3F 東病棟 ナースステーション",
    "【端末No.3】PACS-VW02：本館1F 放射線科 読影室",
    "【端末No.4】LAB-PC01：本館1F 検査室",
    "【端末No.5】IJI-PC03：本館1F 医事課 事務室",
]
for i, t in enumerate(callouts):
    c = ws.cell(5 + 2 * i, 16, t)
    c.border = BOX
    c.fill = PatternFill("solid", fgColor="FFF2CC")
    c.alignment = WRAP

# ---------------------------------------------------------------- password list (提出不要, left blank)
ws = wb.create_sheet("アカウント(ログインID)・パスワードリスト")
ws["A1"] = "アカウント(ログインID)・パスワードリスト　【提出不要】"
ws["A1"].font = Font(bold=True, size=14, color="C00000")
ws["A2"] = "※当日までに院内で情報を整理するためのシートです。事務局への提出は不要です。"
ws["A4"] = "■調査① インターネット回線/ONUに紐づく装置(ルータ/UTM/FW)"
for i, h in enumerate(["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"]):
    ws.cell(5, 1 + i, h)
box(ws, "A5:F5", fill=HEAD, align=CENTER, bold=True)
for r, (n, mk, md) in enumerate([("回線1", "YAMAHA", "RTX1210"), ("回線2", "NEC", "UNIVERGE IX2215"),
                                  ("回線3", "YAMAHA", "NVR510")], start=6):
    ws.cell(r, 1, n)
    ws.cell(r, 2, mk)
    ws.cell(r, 3, md)
box(ws, "A6:F8")
ws["A10"] = "■調査端末(シンクル端末/FAT端末)"
for i, h in enumerate(["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"]):
    ws.cell(11, 1 + i, h)
box(ws, "A11:E11", fill=HEAD, align=CENTER, bold=True)
for r, t in enumerate(terms, start=12):
    ws.cell(r, 1, f"端末{r - 11}")
    ws.cell(r, 2, t[3])
    ws.cell(r, 3, t[4])
box(ws, "A12:E16")
for col, w in zip("ABCDEF", (8, 14, 20, 22, 16, 26)):
    ws.column_dimensions[col].width = w

wb.active = 0
wb.save(OUT)
print("saved", OUT)
