#!/usr/bin/python3
"""lds-w28-a: hospital IT person's own drawing of 別紙2-1, one sheet per official section,
two-row headers, correctly labelled 記入例 rows, a port table under the line table, a pasted
floor plan with formula callouts, an empty (提出不要) password list. No planted problem."""
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w28-a-official-sheets-two-row-headers"
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="DDEBF7")
EX = PatternFill("solid", fgColor="EDEDED")
REQ = PatternFill("solid", fgColor="FFF2CC")
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)


def box(ws, rng, fill=None):
    for row in ws[rng]:
        for c in row:
            c.border = B
            if fill:
                c.fill = fill


wb = Workbook()

# ---------------------------------------------------------------- 記入要領
ws = wb.active
ws.title = "記入要領"
lines = [
    "別紙2-1 医療機関記入依頼書（回線・機器情報等記入）　記入要領（院内用メモ付き）",
    "",
    "1. 基本情報記入シート：規約（別紙7・別紙8）を確認し「同意する」を選択。確認者名はフルネーム。",
    "2. 回線・機器情報記入シート：電子カルテ系ネットワークにつながる回線を全て（ベンダ保守回線含む）。音声回線は対象外。",
    "   (*) は必須。記入例の行は消さずにそのまま（事務局様式どおり）。",
    "   動的IPの回線は脆弱性診断当日にグローバルIPを確認し、当日記入欄に記入して再アップロード。",
    "3. 調査端末情報記入シート：WindowsOS端末を5台（電子カルテ1台＋主要部門システム）。",
    "4. 設置場所記入シート：平面図を貼付し、吹き出しを回線終端装置・端末の位置に配置。",
    "5. アカウント・パスワードリストは提出不要（当日までの院内準備用）。提出時はパスワード欄を空欄のこと。",
]
for i, t in enumerate(lines, 1):
    ws.cell(row=i, column=1, value=t)
ws["A1"].font = Font(bold=True, size=12)
ws.column_dimensions["A"].width = 110

# ---------------------------------------------------------------- 基本情報記入シート
ws = wb.create_sheet("基本情報記入シート")
ws.column_dimensions["A"].width = 2
ws.column_dimensions["B"].width = 18
ws.column_dimensions["C"].width = 14
ws.column_dimensions["D"].width = 30
ws.column_dimensions["E"].width = 12
ws.column_dimensions["F"].width = 34
ws["B1"] = "基本情報記入シート"
ws["B1"].font = Font(bold=True, size=14)

ws["B3"] = "本施策の同意確認"
ws.merge_cells("C3:E3")
ws["C3"] = "(別紙)規約に記載の内容をご確認のうえ、本施策実施に同意いただける場合は「同意する」を選択してください"
ws["F3"] = "同意する"
box(ws, "B3:F3")
ws["B3"].fill = HEAD
for c in ("C3", "F3"):
    ws[c].alignment = WRAP
ws.row_dimensions[3].height = 42
dv = DataValidation(type="list", formula1='"同意する,同意しない"', allow_blank=True)
ws.add_data_validation(dv)
dv.add("F3")

ws["B5"] = "■お客様情報(医療機関情報)"
ws["B5"].font = Font(bold=True)
# label left, merged label cells, value + (かな)
ws.merge_cells("B6:B7")
ws["B6"] = "医療機関名"
ws["C6"] = "漢字"
ws.merge_cells("D6:F6")
ws["D6"] = "社会医療法人 玉藻会 たまも中央病院"
ws["C7"] = "(かな)"
ws.merge_cells("D7:F7")
ws["D7"] = "しゃかいいりょうほうじん たまもかい たまもちゅうおうびょういん"

ws.merge_cells("B8:B10")
ws["B8"] = "住所"
ws["C8"] = "〒"
ws["D8"] = "760-0068"
ws["C9"] = "住所"
ws["D9"] = "香川県高松市松島町三丁目10番5号"
ws["E9"] = "(かな)"
ws["F9"] = "かがわけんたかまつしまつしまちょうさんちょうめ10ばん5ごう"
ws["C10"] = "ビル名"
ws["D10"] = "本館"
ws["E10"] = "(かな)"
ws["F10"] = "ほんかん"

ws["B11"] = "病床数"
ws["D11"] = 186
ws["E11"] = "床"
box(ws, "B6:F11")
for r in range(6, 12):
    ws.cell(row=r, column=2).fill = HEAD
    for col in range(2, 7):
        ws.cell(row=r, column=col).alignment = WRAP
ws.row_dimensions[9].height = 30

ws["B13"] = "■担当者情報（4名まで）"
ws["B13"].font = Font(bold=True)
hdr = ["", "所属・役職", "氏名", "電話番号", "メールアドレス"]
for i, h in enumerate(hdr):
    ws.cell(row=14, column=2 + i, value=h).fill = HEAD
contacts = [
    ("情報システム課 主任", "三好 健太", "087-831-2245", "k-miyoshi@tamamo-hp.or.jp"),
    ("事務部 総務課長", "香西 美和", "087-831-2201", "m-kozai@tamamo-hp.or.jp"),
]
for i in range(4):
    r = 15 + i
    ws.cell(row=r, column=2, value=f"担当者{i + 1}")
    if i < len(contacts):
        for j, v in enumerate(contacts[i]):
            ws.cell(row=r, column=3 + j, value=v)
box(ws, "B14:F18")

ws["B20"] = "■申込内容の確認"
ws["B20"].font = Font(bold=True)
ws.merge_cells("B21:C21")
ws["B21"] = "確認者名(医療機関のご担当者名)"
ws["B21"].fill = HEAD
ws["B21"].alignment = WRAP
ws.merge_cells("D21:E21")
ws["D21"] = "三好 健太"
box(ws, "B21:E21")
ws.row_dimensions[21].height = 30

# ---------------------------------------------------------------- 回線・機器情報記入シート
ws = wb.create_sheet("回線・機器情報記入シート")
ws["A1"] = "回線・機器情報記入シート"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "(*) は必須項目です。記入例の行は参考です（入力不要）。"

groups = [  # (first col, last col, text) header row 4
    (2, 3, "回線情報"),
    (4, 5, "調査希望"),
    (6, 6, "電子カルテシステムと接続するネットワークとの接続 (*)"),
    (7, 7, "用途・システム名 (*)"),
    (8, 14, "回線と紐付くグローバルIPアドレス"),
    (15, 16, "プロバイダ情報"),
    (17, 19, "回線事業者情報"),
    (20, 20, "回線終端装置(ONU/モデム)情報"),
    (21, 23, "装置情報（ルータ/UTM/FW）"),
]
sub = {  # header row 5
    2: "回線名", 3: "回線の種類",
    4: "技術バージョン確認 (*)", 5: "脆弱性診断 (*)",
    8: "通信形態 (*)", 9: "グローバルIP利用 (*)", 10: "固定IP/動的IP (*)",
    11: "グローバルIPアドレス (*)", 12: "脆弱性診断当日記入欄\nグローバルIP確認",
    13: "脆弱性診断当日記入欄\nグローバルIPアドレス", 14: "FQDN",
    15: "プロバイダ名", 16: "プロバイダ品目",
    17: "回線事業者", 18: "回線サービス名", 19: "回線ID",
    20: "回線終端装置設置場所 (*)",
    21: "メーカー", 22: "機種名", 23: "ファームウェアバージョン",
}
ws.merge_cells(start_row=4, start_column=1, end_row=5, end_column=1)
for c1, c2, t in groups:
    if c1 == c2 and c1 not in sub:
        ws.merge_cells(start_row=4, start_column=c1, end_row=5, end_column=c1)
    elif c1 != c2:
        ws.merge_cells(start_row=4, start_column=c1, end_row=4, end_column=c2)
    ws.cell(row=4, column=c1, value=t)
for c, t in sub.items():
    ws.cell(row=5, column=c, value=t)
for r in (4, 5):
    for c in range(1, 24):
        cell = ws.cell(row=r, column=c)
        cell.fill = HEAD
        cell.alignment = CEN
        cell.border = B
ws.row_dimensions[4].height = 45
ws.row_dimensions[5].height = 45
widths = [8, 22, 12, 13, 13, 16, 18, 16, 10, 10, 16, 14, 16, 16, 12, 20, 12, 24, 16, 26, 14, 16, 14]
for i, w in enumerate(widths, 1):
    ws.column_dimensions[ws.cell(row=1, column=i).column_letter].width = w

example = ["記入例", "インターネット回線", "光回線", "調査希望あり", "調査希望あり", "あり", "電子カルテ",
           "インターネットVPN", "あり", "固定IP", "121.119.249.222", "入力不要", "入力不要", "example.xxx",
           "NTT東日本", "Bフレッツサービス", "NTT東日本", "フレッツ光ネクスト", "CAF0000000000",
           "本部棟 3F サーバー室 -1番ラック 3U", "不明", "XG-1000B", "Ver.X.X"]
LINES = [
    ["回線1", "電子カルテ リモート保守回線", "光回線", "調査希望あり", "調査希望あり", "あり", "電子カルテ",
     "インターネットVPN", "あり", "固定IP", "153.231.44.18", "入力不要", None, None,
     "OCN", "OCN光 IPoE 固定IP1", "NTT西日本", "フレッツ 光ネクスト ビジネスタイプ", "COP1234509876",
     "本館2F サーバ室 ラック1 上段", "ヤマハ", "RTX1210", "Rev.14.01.42"],
    ["回線2", "医事会計 オンライン請求回線", "光回線", "調査希望あり", "調査希望なし", "あり",
     "医事・レセプト(オンライン請求)", "閉域網", "なし", None, None, "入力不要", None, None,
     None, None, "NTT西日本", "フレッツ・VPN ワイド", "COP2233445566",
     "本館2F サーバ室 ラック2", "NEC", "UNIVERGE IX2106", "10.2.16"],
    ["回線3", "PACS 保守回線（画像ベンダ）", "光回線", "調査希望あり", "調査希望あり", "あり", "画像(PACS)",
     "インターネットVPN", "あり", "動的IP", None, "確認済み", "118.9.201.77", None,
     "BIGLOBE", "BIGLOBE光 ビジネス", "NTT西日本", "フレッツ 光クロス", "COP3344556677",
     "本館1F 放射線科 操作室 壁面", "フォーティネット", "FortiGate 40F", "v7.2.8"],
]
rows = [example] + LINES + [["回線4"] + [None] * 22, ["回線5"] + [None] * 22]
for i, vals in enumerate(rows):
    r = 6 + i
    for c, v in enumerate(vals, 1):
        cell = ws.cell(row=r, column=c, value=v)
        cell.border = B
        cell.alignment = WRAP
        if i == 0:
            cell.fill = EX
            cell.font = Font(color="808080")
dvs = [
    ('"調査希望あり,調査希望なし"', "D7:E11"),
    ('"あり,なし"', "F7:F11"),
    ('"あり,なし"', "I7:I11"),
    ('"固定IP,動的IP"', "J7:J11"),
    ('"確認済み,入力不要"', "L7:L11"),
    ('"インターネット,インターネットVPN,閉域網,モバイル回線,その他"', "H7:H11"),
]
for f, rng in dvs:
    d = DataValidation(type="list", formula1=f, allow_blank=True)
    ws.add_data_validation(d)
    d.add(rng)
ws.freeze_panes = "B6"

# second table on the same sheet: device ports
ws["A14"] = "装置と接続する回線と機器の詳細（機器のポート情報）"
ws["A14"].font = Font(bold=True)
phdr = ["回線", "機器", "ポート (*)", "機器名 (*)", "IPアドレス (*)", "ポート番号 (*)", "プロトコル (*)", "接続状況"]
for i, h in enumerate(phdr, 1):
    cell = ws.cell(row=15, column=i, value=h)
    cell.fill = HEAD
    cell.border = B
    cell.alignment = CEN
PORTS = [
    ["回線1", "RTX1210", "LAN1", "電子カルテサーバ", "192.168.10.11", 443, "HTTPS", "接続あり"],
    ["回線1", "RTX1210", "LAN2", "電子カルテ保守用端末", "192.168.10.50", 3389, "RDP", "接続あり"],
    ["回線2", "UNIVERGE IX2106", "GE0.0", "医事会計サーバ", "192.168.20.5", 22, "SSH", "接続あり"],
    ["回線3", "FortiGate 40F", "internal1", "PACSサーバ", "192.168.30.10", 104, "DICOM", "接続あり"],
    ["回線3", "FortiGate 40F", "internal2", "PACS保守端末", "192.168.30.60", 23, "Telnet", "接続なし"],
]
for i, vals in enumerate(PORTS):
    for c, v in enumerate(vals, 1):
        cell = ws.cell(row=16 + i, column=c, value=v)
        cell.border = B

# ---------------------------------------------------------------- 調査端末情報記入シート
ws = wb.create_sheet("調査端末情報記入シート")
ws["A1"] = "調査端末情報記入シート"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "調査対象はWindowsOS端末5台です。電子カルテ端末1台、主要な部門システムから1台ずつを推奨。"
ws.merge_cells("A4:A5")
ws["A4"] = ""
ws.merge_cells("B4:B5")
ws["B4"] = "システム種別 (*)"
ws.merge_cells("C4:C5")
ws["C4"] = "シングル利用 (*)"
ws.merge_cells("D4:F4")
ws["D4"] = "シンクル端末/FAT端末"
ws["D5"] = "端末ホスト名 (*)"
ws["E5"] = "IPアドレス (*)"
ws["F5"] = "設置場所 (*)"
ws.merge_cells("G4:H4")
ws["G4"] = "仮想デスクトップ"
ws["G5"] = "端末ホスト名"
ws["H5"] = "IPアドレス"
ws.merge_cells("I4:I5")
ws["I4"] = "セキュリティ対策製品"
ws.merge_cells("J4:J5")
ws["J4"] = "備考"
for r in (4, 5):
    for c in range(1, 11):
        cell = ws.cell(row=r, column=c)
        cell.fill = HEAD
        cell.alignment = CEN
        cell.border = B
for col, w in zip("ABCDEFGHIJ", [8, 14, 14, 16, 18, 28, 16, 18, 24, 30]):
    ws.column_dimensions[col].width = w
TERMS = [
    ["記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F 〇〇〇室", "PCXXXX", "192.168.1.25/24",
     "Microsoft Defender", "端末操作可能時間：12:00-13:00"],
    ["No.1", "電子カルテ", "単体", "EMR-NS2W-01", "192.168.10.131/24", "本館2F 西病棟ナースステーション", None, None,
     "Trend Micro Apex One", "端末操作可能時間：13:00-15:00"],
    ["No.2", "電子カルテ", "仮想デスクトップ", "EMR-GA1F-03", "192.168.10.142/24", "本館1F 外来 第3診察室",
     "VDI-EMR-023", "172.16.1.23/24", "Trend Micro Apex One", "外来終了後（16:00以降）のみ操作可"],
    ["No.3", "医事会計", "単体", "IJI-01", "192.168.20.21/24", "本館1F 医事課", None, None,
     "ESET Endpoint Security", None],
    ["No.4", "画像(PACS)", "単体", "PACS-VW-02", "192.168.30.52/24", "本館1F 放射線科 読影室", None, None,
     "Microsoft Defender", None],
    ["No.5", "臨床検査", "単体", "LAB-01", "192.168.40.15/24", "本館1F 検査科", None, None,
     "Microsoft Defender", "検査科技師長の立会い必須"],
]
for i, vals in enumerate(TERMS):
    for c, v in enumerate(vals, 1):
        cell = ws.cell(row=6 + i, column=c, value=v)
        cell.border = B
        cell.alignment = WRAP
        if i == 0:
            cell.fill = EX
            cell.font = Font(color="808080")
d = DataValidation(type="list", formula1='"単体,仮想デスクトップ"', allow_blank=True)
ws.add_data_validation(d)
d.add("C7:C11")

# ---------------------------------------------------------------- 設置場所記入シート (floor plan image)
ws = wb.create_sheet("設置場所記入シート")
ws["A1"] = "設置場所記入シート（平面図を貼付し、吹き出しを設置場所に配置してください）"
ws["A1"].font = Font(bold=True, size=12)
font_path = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
img = Image.new("RGB", (900, 560), "white")
dr = ImageDraw.Draw(img)
try:
    f = ImageFont.truetype(font_path, 18)
    fs = ImageFont.truetype(font_path, 14)
except OSError:
    f = fs = ImageFont.load_default()
dr.text((20, 10), "たまも中央病院 本館 1F・2F 平面図（抜粋）", fill="black", font=f)
dr.rectangle([20, 50, 440, 540], outline="black", width=3)
dr.text((30, 55), "本館1F", fill="black", font=f)
for (x1, y1, x2, y2, t) in [(30, 90, 200, 200, "医事課"), (210, 90, 430, 200, "外来 第3診察室"),
                            (30, 210, 200, 360, "放射線科 操作室"), (210, 210, 430, 360, "放射線科 読影室"),
                            (30, 370, 430, 530, "検査科")]:
    dr.rectangle([x1, y1, x2, y2], outline="black", width=1)
    dr.text((x1 + 8, y1 + 8), t, fill="black", font=fs)
dr.rectangle([460, 50, 880, 540], outline="black", width=3)
dr.text((470, 55), "本館2F", fill="black", font=f)
for (x1, y1, x2, y2, t) in [(470, 90, 640, 260, "サーバ室"), (650, 90, 870, 260, "情報システム課"),
                            (470, 270, 870, 530, "西病棟 ナースステーション")]:
    dr.rectangle([x1, y1, x2, y2], outline="black", width=1)
    dr.text((x1 + 8, y1 + 8), t, fill="black", font=fs)
for (x, y) in [(520, 200), (590, 200), (110, 320), (330, 150), (110, 150), (330, 300), (200, 470), (650, 420)]:
    dr.ellipse([x - 7, y - 7, x + 7, y + 7], fill="red")
png = os.path.join(OUT, NAME + "-floorplan.png")
img.save(png)
xi = XLImage(png)
ws.add_image(xi, "A3")
# callouts beside the plan: generated from the other sheets (formulas, no cached values)
ws["N3"] = "吹き出し（自動表示）"
ws["N3"].font = Font(bold=True)
callouts = [
    "=\"回線1 終端装置：\"&'回線・機器情報記入シート'!T7",
    "=\"回線2 終端装置：\"&'回線・機器情報記入シート'!T8",
    "=\"回線3 終端装置：\"&'回線・機器情報記入シート'!T9",
]
for k in range(5):
    callouts.append(f"=\"端末No.{k + 1} \"&'調査端末情報記入シート'!D{7 + k}&\"：\"&'調査端末情報記入シート'!F{7 + k}")
for i, t in enumerate(callouts):
    ws.cell(row=4 + i, column=14, value=t)
ws.column_dimensions["N"].width = 60

# ---------------------------------------------------------------- パスワードリスト (提出不要, left empty)
ws = wb.create_sheet("アカウント(ログインID)・パスワードリスト")
ws["A1"] = "アカウント(ログインID)・パスワードリスト　【提出不要】当日までの院内準備用。提出ファイルではID・パスワード欄は空欄。"
ws["A1"].font = Font(bold=True, color="C00000")
ws["A3"] = "■調査① インターネット回線/ONUに紐づく装置(ルータ/UTM/FW)"
for i, h in enumerate(["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"], 1):
    ws.cell(row=4, column=i, value=h).fill = HEAD
for i, (m, mo) in enumerate([("ヤマハ", "RTX1210"), ("NEC", "UNIVERGE IX2106"), ("フォーティネット", "FortiGate 40F")]):
    ws.cell(row=5 + i, column=1, value=f"回線{i + 1}")
    ws.cell(row=5 + i, column=2, value=m)
    ws.cell(row=5 + i, column=3, value=mo)
box(ws, "A4:F7")
ws["A10"] = "■調査端末(シンクル端末/FAT端末)"
for i, h in enumerate(["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"], 1):
    ws.cell(row=11, column=i, value=h).fill = HEAD
for k in range(5):
    ws.cell(row=12 + k, column=1, value=f"端末{k + 1}")
    ws.cell(row=12 + k, column=2, value=f"='調査端末情報記入シート'!D{7 + k}")
    ws.cell(row=12 + k, column=3, value=f"='調査端末情報記入シート'!E{7 + k}")
box(ws, "A11:E16")
for col, w in zip("ABCDEF", [8, 18, 20, 22, 16, 26]):
    ws.column_dimensions[col].width = w

wb.active = 1
wb.save(os.path.join(OUT, NAME + ".xlsx"))
os.remove(png)
print("saved", NAME)
