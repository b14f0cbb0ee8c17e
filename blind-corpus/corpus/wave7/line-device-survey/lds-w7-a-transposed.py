#!/usr/bin/python3
# Generator for lds-w7-a-transposed.xlsx (line-device-survey, clean workbook)
# Role: IT person of a Niigata hospital who rebuilt 別紙2-1 on their own:
#  - 基本情報 with labels ABOVE values
#  - 回線・機器情報 as a vertical (transposed) table: items down, 記入例/回線1..3 across; a second table (ports) below
#  - 調査端末情報 as a normal row table with a 記入例 row
#  - 設置場所記入シート with a floor-plan picture (drawn with Pillow) and callout text cells
#  - an empty パスワードリスト sheet (提出不要, left blank) and a hidden list sheet for drop-downs
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.drawing.image import Image
from PIL import Image as PImage, ImageDraw, ImageFont

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w7-a-transposed"

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="DDEBF7")
EX = PatternFill("solid", fgColor="EDEDED")
WRAP = Alignment(wrap_text=True, vertical="center")


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


wb = Workbook()

# ---------------------------------------------------------------- 基本情報
ws = wb.active
ws.title = "基本情報記入シート"
ws.column_dimensions["A"].width = 3
for col in "BCDE":
    ws.column_dimensions[col].width = 34
ws["B1"] = "別紙2-1　医療機関記入依頼書（回線・機器情報等記入）　基本情報"
ws["B1"].font = Font(bold=True, size=13)
ws["B2"] = "※ 各項目の下の欄に記入してください（上段：項目名／下段：記入欄）"

ws["B4"] = "■本施策の同意確認"
ws["B4"].font = Font(bold=True)
ws["B5"] = "(別紙)規約に記載の内容をご確認のうえ、同意いただける場合は「同意する」を選択"
ws["B6"] = "同意する"
box(ws, "B5:B6")

ws["B8"] = "■お客様情報（医療機関情報）"
ws["B8"].font = Font(bold=True)
labels = [("B9", "医療機関名"), ("C9", "医療機関名（かな）"), ("D9", "病床数")]
for ref, t in labels:
    ws[ref] = t
    ws[ref].fill = HEAD
ws["B10"] = "社会医療法人 信越会 上越けやき病院"
ws["C10"] = "しゃかいいりょうほうじん しんえつかい じょうえつけやきびょういん"
ws["D10"] = 199
box(ws, "B9:D10")

for ref, t in [("B11", "〒"), ("C11", "住所"), ("D11", "住所（かな）")]:
    ws[ref] = t
    ws[ref].fill = HEAD
ws["B12"] = "943-0832"
ws["C12"] = "新潟県上越市本町五丁目3番12号"
ws["D12"] = "にいがたけんじょうえつしほんちょうごちょうめ3ばん12ごう"
box(ws, "B11:D12")
for ref, t in [("B13", "ビル名"), ("C13", "ビル名（かな）")]:
    ws[ref] = t
    ws[ref].fill = HEAD
box(ws, "B13:C14")

ws["B16"] = "■担当者情報（4名まで）"
ws["B16"].font = Font(bold=True)
for i, t in enumerate(["所属・役職", "氏名", "電話番号", "メールアドレス"]):
    c = ws.cell(row=17, column=2 + i, value=t)
    c.fill = HEAD
contacts = [
    ("情報システム室 室長", "小林 直樹", "025-523-4411", "n.kobayashi@joetsu-keyaki.or.jp"),
    ("事務部 総務課 主任", "渡辺 彩", "025-523-4412", "a.watanabe@joetsu-keyaki.or.jp"),
]
for r, row in enumerate(contacts):
    for i, v in enumerate(row):
        ws.cell(row=18 + r, column=2 + i, value=v)
box(ws, "B17:E21")

ws["B23"] = "■申込内容の確認"
ws["B23"].font = Font(bold=True)
ws["B24"] = "確認者名（医療機関のご担当者名・フルネーム）"
ws["B24"].fill = HEAD
ws["B25"] = "小林 直樹"
box(ws, "B24:B25")

# ---------------------------------------------------------------- hidden list sheet
lst = wb.create_sheet("リスト")
lists = {
    "A": ["調査希望あり", "調査希望なし"],
    "B": ["あり", "なし"],
    "C": ["固定IP", "動的IP"],
    "D": ["確認済み", "入力不要"],
    "E": ["インターネット", "インターネットVPN", "閉域網", "モバイル回線"],
    "F": ["単体", "仮想デスクトップ"],
    "G": ["同意する"],
}
for col, vals in lists.items():
    for i, v in enumerate(vals):
        lst[f"{col}{i+1}"] = v
lst.sheet_state = "hidden"
dv = DataValidation(type="list", formula1="=リスト!$G$1:$G$1", allow_blank=True)
ws.add_data_validation(dv)
dv.add("B6")

# ---------------------------------------------------------------- 回線・機器情報 (transposed)
wl = wb.create_sheet("回線・機器情報記入シート")
wl.column_dimensions["A"].width = 18
wl.column_dimensions["B"].width = 30
for col in "CDEF":
    wl.column_dimensions[col].width = 30
wl["A1"] = "回線・機器情報記入シート（縦型：回線ごとに1列）　(*)は必須"
wl["A1"].font = Font(bold=True, size=12)
wl["A2"] = "※記入例の列は参考です。回線が4つ以上ある場合は列を追加してください。"

hdr = ["区分", "項目", "記入例", "回線1", "回線2", "回線3"]
for i, t in enumerate(hdr):
    c = wl.cell(row=4, column=1 + i, value=t)
    c.fill = HEAD
    c.font = Font(bold=True)

items = [
    ("調査希望", "技術バージョン確認 (*)"),
    ("調査希望", "脆弱性診断 (*)"),
    ("", "電子カルテシステムと接続するネットワークとの接続 (*)"),
    ("", "用途・システム名 (*)"),
    ("回線と紐付くグローバルIPアドレス", "通信形態 (*)"),
    ("回線と紐付くグローバルIPアドレス", "グローバルIP利用 (*)"),
    ("回線と紐付くグローバルIPアドレス", "固定IP/動的IP (*)"),
    ("回線と紐付くグローバルIPアドレス", "グローバルIPアドレス (*)"),
    ("脆弱性診断当日記入欄", "グローバルIP確認"),
    ("脆弱性診断当日記入欄", "グローバルIPアドレス"),
    ("", "FQDN"),
    ("プロバイダ情報", "プロバイダ名"),
    ("プロバイダ情報", "プロバイダ品目"),
    ("回線情報", "回線事業者"),
    ("回線情報", "回線サービス名"),
    ("回線情報", "回線ID"),
    ("回線情報", "回線名"),
    ("回線情報", "回線の種類"),
    ("回線終端装置(ONU/モデム)情報", "回線終端装置設置場所 (*)"),
    ("装置(ルータ/UTM/FW)", "メーカー"),
    ("装置(ルータ/UTM/FW)", "機種名"),
    ("装置(ルータ/UTM/FW)", "ファームウェアバージョン"),
]
example = ["調査希望あり", "調査希望あり", "あり", "電子カルテ", "インターネットVPN", "あり", "固定IP",
           "121.119.249.222", "入力不要", "入力不要", "example.xxx", "NTT東日本", "Bフレッツサービス",
           "NTT東日本", "フレッツ光ネクスト", "CAF0000000000", "○○回線", "光回線",
           "本部棟 3F サーバー室 -1番ラック 3U", "○○社", "XX-1000", "Ver.X.X"]
line1 = ["調査希望あり", "調査希望あり", "あり", "電子カルテ（リモート保守）", "インターネットVPN", "あり", "固定IP",
         "153.142.201.38", "入力不要", None, None, "OCN", "OCN光 IPv6 固定IP1", "NTT東日本",
         "フレッツ 光ネクスト ビジネスタイプ", "CAF7731046825", "電カル保守回線", "光回線",
         "本館1F サーバー室 ラック2 上段", "ヤマハ", "RTX1300", "Rev.23.00.08"]
line2 = ["調査希望あり", "調査希望あり", "あり", "PACS（遠隔読影）", "インターネットVPN", "あり", "固定IP",
         "114.179.86.145", "入力不要", None, None, "IIJ", "IIJ光 固定IPサービス", "NTT東日本",
         "フレッツ 光クロス", "CAF8850271934", "遠隔読影回線", "光回線",
         "本館2F 放射線科 機器室", "Fortinet", "FortiGate-60F", "v7.2.8"]
line3 = ["調査希望なし", "調査希望あり", "あり", "検査システム（外注検査結果受信）", "インターネット", "あり", "固定IP",
         "60.43.118.209", "入力不要", None, "lab-gw.joetsu-keyaki.or.jp", "BIGLOBE", "BIGLOBE光 固定IP1",
         "NTT東日本", "フレッツ 光ネクスト ファミリータイプ", "CAF5198302277", "検査結果受信回線", "光回線",
         "本館1F 検査科 前室 壁面", "NEC", "UNIVERGE IX2106", "10.10.62"]
for r, (grp, lab) in enumerate(items):
    row = 5 + r
    wl.cell(row=row, column=1, value=grp or None).alignment = WRAP
    wl.cell(row=row, column=2, value=lab).alignment = WRAP
    wl.cell(row=row, column=3, value=example[r]).fill = EX
    for k, data in enumerate([line1, line2, line3]):
        wl.cell(row=row, column=4 + k, value=data[r])
last = 5 + len(items) - 1
box(wl, f"A4:F{last}")
for r in range(5, last + 1):
    for k in range(3):
        wl.cell(row=r, column=4 + k).number_format = "@"

dv1 = DataValidation(type="list", formula1="=リスト!$A$1:$A$2", allow_blank=True)
dv2 = DataValidation(type="list", formula1="=リスト!$B$1:$B$2", allow_blank=True)
dv3 = DataValidation(type="list", formula1="=リスト!$C$1:$C$2", allow_blank=True)
dv4 = DataValidation(type="list", formula1="=リスト!$D$1:$D$2", allow_blank=True)
for d in (dv1, dv2, dv3, dv4):
    wl.add_data_validation(d)
dv1.add("D5:F6")
dv2.add("D7:F7")
dv2.add("D10:F10")
dv3.add("D11:F11")
dv4.add("D13:F13")

# second table on the same sheet: ports of the devices
p0 = last + 3
wl.cell(row=p0, column=1, value="■装置と接続する回線と機器の詳細（ポート情報）").font = Font(bold=True)
phdr = ["回線", "装置", "ポート (*)", "機器名 (*)", "IPアドレス (*)", "ポート番号 (*)", "プロトコル (*)", "接続状況"]
for i, t in enumerate(phdr):
    c = wl.cell(row=p0 + 1, column=1 + i, value=t)
    c.fill = HEAD
ports = [
    ("回線1", "RTX1300", "LAN1", "電子カルテサーバ", "192.168.10.10", 443, "HTTPS", "接続あり"),
    ("回線1", "RTX1300", "LAN2", "保守用踏み台PC", "192.168.10.250", 3389, "RDP", "接続あり"),
    ("回線2", "FortiGate-60F", "internal1", "PACSサーバ", "192.168.30.5", 104, "DICOM", "接続あり"),
]
for r, prow in enumerate(ports):
    for i, v in enumerate(prow):
        wl.cell(row=p0 + 2 + r, column=1 + i, value=v)
wl.column_dimensions["G"].width = 14
wl.column_dimensions["H"].width = 12
box(wl, f"A{p0+1}:H{p0+1+len(ports)}")

# ---------------------------------------------------------------- 調査端末情報
wt = wb.create_sheet("調査端末情報記入シート")
wt["A1"] = "調査端末情報（5台）　(*)は必須"
wt["A1"].font = Font(bold=True, size=12)
wt["C3"] = "シングル端末/FAT端末"
wt["F3"] = "仮想デスクトップ"
wt.merge_cells("C3:E3")
wt.merge_cells("F3:G3")
h1 = ["No.", "システム種別 (*)", "シングル利用 (*)", "端末ホスト名 (*)", "IPアドレス (*)", "設置場所 (*)",
      "端末ホスト名", "IPアドレス", "セキュリティ対策製品", "備考"]
# row 3 is group header, row 4 column header; shift: A=No., B=種別, C=利用, D..F FAT, G..H VDI
wt.unmerge_cells("C3:E3")
wt.unmerge_cells("F3:G3")
wt["C3"] = None
wt["F3"] = None
wt["D3"] = "シングル端末/FAT端末"
wt["G3"] = "仮想デスクトップ"
wt.merge_cells("D3:F3")
wt.merge_cells("G3:H3")
for i, t in enumerate(h1):
    c = wt.cell(row=4, column=1 + i, value=t)
    c.fill = HEAD
    c.alignment = WRAP
widths = [8, 16, 16, 16, 20, 26, 16, 20, 30, 34]
for i, w in enumerate(widths):
    wt.column_dimensions[chr(65 + i)].width = w
ex = ["記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F ○○○室", "PCXXXX", "192.168.1.25/24",
      "Microsoft Defender", "端末操作可能時間：12:00-13:00"]
for i, v in enumerate(ex):
    c = wt.cell(row=5, column=1 + i, value=v)
    c.fill = EX
terms = [
    ("No.1", "電子カルテ", "単体", "EMR-WS-0112", "192.168.10.112/24", "本館2F 外来診察室3", None, None,
     "Trend Micro Apex One", "端末操作可能時間：12:00-13:30"),
    ("No.2", "電子カルテ", "単体", "EMR-WS-0245", "192.168.10.245/24", "本館3F 東病棟ナースステーション", None, None,
     "Trend Micro Apex One", None),
    ("No.3", "PACS", "単体", "PACS-VW-03", "192.168.30.23/24", "本館2F 放射線科 読影室", None, None,
     "Microsoft Defender", None),
    ("No.4", "医事会計", "仮想デスクトップ", "IJI-TC-04", "172.16.5.41/24", "本館1F 医事課 受付裏",
     "VDI-IJI-004", "172.16.50.104/24", "Microsoft Defender for Endpoint", None),
    ("No.5", "臨床検査", "単体", "LAB-PC-05", "192.168.40.15/24", "本館1F 検査科", None, None,
     "ESET Endpoint Security", "平日 9:00-17:00 のみ操作可（検査科 立会い必須）"),
]
for r, t in enumerate(terms):
    for i, v in enumerate(t):
        wt.cell(row=6 + r, column=1 + i, value=v).alignment = WRAP
box(wt, "A3:J10")
dv5 = DataValidation(type="list", formula1="=リスト!$F$1:$F$2", allow_blank=True)
wt.add_data_validation(dv5)
dv5.add("C6:C10")

# ---------------------------------------------------------------- 設置場所 (floor plan)
wf = wb.create_sheet("設置場所記入シート")
wf["A1"] = "設置場所記入シート（本館 1F・2F・3F 平面図）"
wf["A1"].font = Font(bold=True, size=12)
font = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 16)
img = PImage.new("RGB", (900, 560), "white")
d = ImageDraw.Draw(img)
d.rectangle([10, 10, 890, 550], outline="black", width=3)
rooms = [
    ((20, 20, 300, 180), "1F サーバー室（回線1 ONU・ラック2）"),
    ((310, 20, 600, 180), "1F 医事課（No.4）"),
    ((610, 20, 880, 180), "1F 検査科（回線3 ONU・No.5）"),
    ((20, 190, 300, 360), "2F 外来診察室3（No.1）"),
    ((310, 190, 600, 360), "2F 放射線科 機器室（回線2 ONU）"),
    ((610, 190, 880, 360), "2F 放射線科 読影室（No.3）"),
    ((20, 370, 880, 540), "3F 東病棟ナースステーション（No.2）"),
]
for rect, label in rooms:
    d.rectangle(rect, outline="black", width=2)
    d.text((rect[0] + 8, rect[1] + 8), label, fill="black", font=font)
png = os.path.join("/tmp", NAME + "_floor.png")
img.save(png)
pic = Image(png)
pic.anchor = "A3"
wf.add_image(pic)
wf["M3"] = "吹き出し（調査対象の位置）"
wf["M3"].font = Font(bold=True)
callouts = [
    "回線1：電カル保守回線 / ONU 本館1F サーバー室 ラック2 上段",
    "回線2：遠隔読影回線 / ONU 本館2F 放射線科 機器室",
    "回線3：検査結果受信回線 / ONU 本館1F 検査科 前室 壁面",
    "No.1：EMR-WS-0112 / 本館2F 外来診察室3",
    "No.2：EMR-WS-0245 / 本館3F 東病棟ナースステーション",
    "No.3：PACS-VW-03 / 本館2F 放射線科 読影室",
    "No.4：IJI-TC-04 / 本館1F 医事課 受付裏",
    "No.5：LAB-PC-05 / 本館1F 検査科",
]
for i, t in enumerate(callouts):
    wf.cell(row=4 + i, column=13, value=t)
wf.column_dimensions["M"].width = 60

# ---------------------------------------------------------------- password list (blank, 提出不要)
wp = wb.create_sheet("アカウント・パスワードリスト")
wp["A1"] = "アカウント(ログインID)・パスワードリスト　※提出不要（当日までに院内で整理）"
wp["A1"].font = Font(bold=True)
for i, t in enumerate(["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"]):
    wp.cell(row=3, column=1 + i, value=t or None).fill = HEAD
for r in range(3):
    wp.cell(row=4 + r, column=1, value=f"回線{r+1}")
box(wp, "A3:F6")
for i, t in enumerate(["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"]):
    wp.cell(row=9, column=1 + i, value=t or None).fill = HEAD
for r in range(5):
    wp.cell(row=10 + r, column=1, value=f"端末{r+1}")
box(wp, "A9:E14")

wb.active = 0
wb.save(os.path.join(OUT, NAME + ".xlsx"))
print("saved", NAME)
