# Generator for lds-w48-a-official-style-multisheet.xlsx
# Role: hospital IT office filling a secretariat-style 別紙2-1 workbook (one sheet per section,
# two-row headers, 記入例 rows, floor-plan picture, empty password list kept in the book).
import sys, os, io
sys.path.insert(0, "/tmp/pylib-w48-lds-bv")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w48-a-official-style-multisheet"
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

thin = Side(style="thin", color="000000")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
HDR = PatternFill("solid", fgColor="DDEBF7")
REQ = PatternFill("solid", fgColor="FCE4D6")
EX = PatternFill("solid", fgColor="E7E6E6")
IN = PatternFill("solid", fgColor="FFF2CC")
C = Alignment(horizontal="center", vertical="center", wrap_text=True)
L = Alignment(horizontal="left", vertical="center", wrap_text=True)


def box(ws, rng, fill=None, align=L, bold=False):
    for row in ws[rng]:
        for c in row:
            c.border = B
            if fill:
                c.fill = fill
            c.alignment = align
            if bold:
                c.font = Font(bold=True)


wb = Workbook()

# ---------------------------------------------------------------- 基本情報記入シート
ws = wb.active
ws.title = "基本情報記入シート"
ws.column_dimensions["A"].width = 2
ws.column_dimensions["B"].width = 22
for col, w in zip("CDEFGHI", (16, 30, 14, 30, 12, 30, 4)):
    ws.column_dimensions[col].width = w
ws["B2"] = "別紙2-1_医療機関記入依頼書（回線・機器情報等記入）　基本情報記入シート"
ws["B2"].font = Font(bold=True, size=14)
ws["B3"] = "※黄色のセルにご記入ください。(*)は必須項目です。"
ws["B3"].font = Font(color="C00000")

ws["B5"] = "本施策の同意確認"
ws.merge_cells("C5:G5")
ws["C5"] = "(別紙)規約に記載の内容をご確認のうえ、本施策実施に同意いただける場合は「同意する」を選択してください"
ws["H5"] = "同意する"
box(ws, "B5:H5")
ws["B5"].fill = HDR
ws["H5"].fill = IN
dv = DataValidation(type="list", formula1='"同意する"', allow_blank=True)
ws.add_data_validation(dv)
dv.add("H5")
ws.row_dimensions[5].height = 36

ws["B7"] = "■お客様情報（医療機関情報）"
ws["B7"].font = Font(bold=True)
ws["B8"] = "医療機関名 (*)"
ws.merge_cells("C8:D8")
ws["C8"] = "医療法人社団 青葉会 青葉台中央病院"
ws["E8"] = "(かな)"
ws.merge_cells("F8:H8")
ws["F8"] = "いりょうほうじんしゃだん あおばかい あおばだいちゅうおうびょういん"
ws.merge_cells("B9:B11")
ws["B9"] = "住所 (*)"
ws["C9"] = "〒"
ws["D9"] = "336-0024"
ws["C10"] = "住所"
ws["D10"] = "埼玉県さいたま市南区根岸3丁目15番8号"
ws["E10"] = "(かな)"
ws.merge_cells("F10:H10")
ws["F10"] = "さいたまけんさいたましみなみくねぎし3ちょうめ15ばん8ごう"
ws["C11"] = "ビル名"
ws["E11"] = "(かな)"
ws.merge_cells("F11:H11")
ws["B12"] = "病床数 (*)"
ws["C12"] = 199
ws["D12"] = "床"
box(ws, "B8:H12")
for a in ("B8", "B9", "B12", "C9", "C10", "C11", "E8", "E10", "E11"):
    ws[a].fill = HDR
for a in ("C8", "F8", "D9", "D10", "F10", "D11", "F11", "C12"):
    ws[a].fill = IN

ws["B14"] = "■担当者情報（4名まで）"
ws["B14"].font = Font(bold=True)
heads = ["", "所属・役職", "氏名", "電話番号", "メールアドレス"]
for i, h in enumerate(heads):
    ws.cell(15, 2 + i, h)
contacts = [
    ("情報システム室 室長", "高橋 健一", "048-862-3301", "k-takahashi@aobadai-hp.or.jp"),
    ("事務部 総務課 主任", "佐藤 美咲", "048-862-3302", "m-sato@aobadai-hp.or.jp"),
    ("医療情報管理室 診療情報管理士", "中村 亮", "048-862-3301", "r-nakamura@aobadai-hp.or.jp"),
]
for r in range(4):
    ws.cell(16 + r, 2, f"担当者{r + 1}" + (" (*)" if r == 0 else ""))
    if r < len(contacts):
        for j, v in enumerate(contacts[r]):
            ws.cell(16 + r, 3 + j, v)
box(ws, "B15:F19")
for r in range(15, 20):
    ws.cell(r, 2).fill = HDR
for c in range(2, 7):
    ws.cell(15, c).fill = HDR
    ws.cell(15, c).alignment = C
for r in range(16, 20):
    for c in range(3, 7):
        ws.cell(r, c).fill = IN

ws["B21"] = "■申込内容の確認"
ws["B21"].font = Font(bold=True)
ws.merge_cells("B22:C22")
ws["B22"] = "確認者名（医療機関のご担当者名）(*)"
ws["D22"] = "高橋 健一"
box(ws, "B22:D22")
ws["B22"].fill = HDR
ws["D22"].fill = IN
ws["B23"] = "※記入内容に不備がないかご確認いただき、ご担当者の署名をフルネームでご記入ください。"
ws["B23"].font = Font(size=9)

# ---------------------------------------------------------------- 回線・機器情報記入シート
ws = wb.create_sheet("回線・機器情報記入シート")
ws["A1"] = "回線・機器情報記入シート"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "※電子カルテシステムに接続する全ての回線（リモート保守用回線・閉域網・無線を含む）を1行ずつご記入ください。音声回線は対象外です。"
ws["A3"] = "※脆弱性診断は閉域網に接続された回線は対象外です。動的IPの回線は脆弱性診断当日にグローバルIPを確認し当日記入欄へご記入ください。"
for a in ("A2", "A3"):
    ws[a].font = Font(size=9, color="C00000")

groups = [  # (first col, last col, group title or None)
    (2, 3, "調査希望"),
    (4, 4, None), (5, 5, None),
    (6, 9, "回線と紐付くグローバルIPアドレス"),
    (10, 11, "脆弱性診断当日記入欄"),
    (12, 12, None),
    (13, 14, "プロバイダ情報"),
    (15, 17, "回線情報"),
    (18, 18, "回線終端装置(ONU/モデム)情報"),
    (19, 21, "接続装置（ルータ/UTM/FW）"),
]
subs = {
    1: "回線No.",
    2: "技術バージョン確認 (*)", 3: "脆弱性診断 (*)",
    4: "電子カルテシステムと接続するネットワークとの接続 (*)",
    5: "用途・システム名 (*)",
    6: "通信形態 (*)", 7: "グローバルIP利用 (*)", 8: "固定IP/動的IP (*)", 9: "グローバルIPアドレス (*)",
    10: "グローバルIP確認", 11: "グローバルIPアドレス",
    12: "FQDN",
    13: "プロバイダ名", 14: "プロバイダ品目",
    15: "回線事業者", 16: "回線サービス名", 17: "回線ID",
    18: "回線終端装置設置場所 (*)",
    19: "メーカー", 20: "機種名", 21: "ファームウェアバージョン",
}
H1, H2 = 5, 6
ws.merge_cells(start_row=H1, start_column=1, end_row=H2, end_column=1)
ws.cell(H1, 1, subs[1])
for c1, c2, title in groups:
    if title is None:
        ws.merge_cells(start_row=H1, start_column=c1, end_row=H2, end_column=c1)
        ws.cell(H1, c1, subs[c1])
    else:
        if c2 > c1:
            ws.merge_cells(start_row=H1, start_column=c1, end_row=H1, end_column=c2)
        ws.cell(H1, c1, title)
        for c in range(c1, c2 + 1):
            ws.cell(H2, c, subs[c])
for r in (H1, H2):
    for c in range(1, 22):
        cell = ws.cell(r, c)
        cell.border = B
        cell.alignment = C
        cell.font = Font(bold=True, size=9)
        cell.fill = REQ if "(*)" in str(subs.get(c, "")) else HDR
ws.row_dimensions[H1].height = 30
ws.row_dimensions[H2].height = 48
widths = [9, 14, 14, 18, 22, 17, 11, 11, 16, 12, 16, 18, 12, 20, 12, 24, 16, 26, 12, 16, 16]
for i, w in enumerate(widths, start=1):
    ws.column_dimensions[ws.cell(1, i).column_letter].width = w

example = ["記入例", "調査希望あり", "調査希望あり", "あり", "電子カルテ", "インターネットVPN", "あり", "固定IP",
           "121.119.249.222", "入力不要", "入力不要", "example.xxx", "NTT東日本", "Bフレッツサービス",
           "NTT東日本", "フレッツ光ネクスト", "CAF0000000000", "本部棟 3F サーバー室 -1番ラック 3U",
           "YAMAHA", "RTX1210", "Rev.14.01.38"]
lines = [
    ["回線1", "調査希望あり", "調査希望あり", "あり", "電子カルテ（リモート保守）", "インターネットVPN", "あり", "固定IP",
     "153.142.27.86", "入力不要", None, None, "OCN", "OCN光 IPoE 固定IP1",
     "NTT東日本", "フレッツ 光ネクスト ビジネスタイプ", "CAF2145533876", "本館 2F サーバー室 ラック1 上段",
     "Fortinet", "FortiGate 60F", "v7.2.8"],
    ["回線2", "調査希望あり", "調査希望なし", "あり", "医事（オンライン請求）", "閉域網", "なし", None,
     None, None, None, None, None, None,
     "NTT東日本", "フレッツ・VPN ワイド", "CAF3098127745", "本館 1F 医事課 事務室 書庫横",
     "YAMAHA", "RTX1210", "Rev.14.01.42"],
    ["回線3", "調査希望なし", "調査希望あり", "あり", "放射線部門システム（PACS保守）", "インターネット", "あり", "動的IP",
     "114.160.33.207", None, None, None, "BIGLOBE", "BIGLOBE光",
     "NTT東日本", "フレッツ 光クロス", "CAF5561204389", "別館 1F 放射線科 操作室 壁面ラック",
     "NEC", "UNIVERGE IX2215", "Ver.10.8.21"],
]
r = H2 + 1
for j, v in enumerate(example, start=1):
    cell = ws.cell(r, j, v)
    cell.fill = EX
    cell.font = Font(italic=True, color="595959", size=9)
    cell.border = B
    cell.alignment = L
for i in range(10):
    rr = r + 1 + i
    ws.cell(rr, 1, f"回線{i + 1}")
    if i < len(lines):
        for j, v in enumerate(lines[i][1:], start=2):
            if v is not None:
                ws.cell(rr, j, v)
    for c in range(1, 22):
        ws.cell(rr, c).border = B
        ws.cell(rr, c).alignment = L
        ws.cell(rr, c).font = Font(size=10)
        if c > 1:
            ws.cell(rr, c).fill = IN
last = r + 10
dv1 = DataValidation(type="list", formula1='"調査希望あり,調査希望なし"', allow_blank=True)
dv2 = DataValidation(type="list", formula1='"あり,なし"', allow_blank=True)
dv3 = DataValidation(type="list", formula1='"インターネット,インターネットVPN,閉域網,モバイル回線,その他"', allow_blank=True)
dv4 = DataValidation(type="list", formula1='"固定IP,動的IP"', allow_blank=True)
dv5 = DataValidation(type="list", formula1='"確認済み,入力不要"', allow_blank=True)
for d, cols in ((dv1, "BC"), (dv2, "DG"), (dv3, "F"), (dv4, "H"), (dv5, "J")):
    ws.add_data_validation(d)
    for col in cols:
        d.add(f"{col}{r + 1}:{col}{last}")
ws.freeze_panes = ws.cell(H2 + 1, 2)

# second table: ports of the devices
pr = last + 3
ws.cell(pr, 1, "■装置と接続する回線と機器の詳細（ポート情報）")
ws.cell(pr, 1).font = Font(bold=True)
ph = ["回線", "装置", "ポート (*)", "機器名 (*)", "IPアドレス (*)", "ポート番号 (*)", "プロトコル (*)", "接続状況"]
for j, h in enumerate(ph, start=1):
    cell = ws.cell(pr + 1, j, h)
    cell.border = B
    cell.alignment = C
    cell.fill = HDR
    cell.font = Font(bold=True, size=9)
ports = [
    ("回線1", "FortiGate 60F", "internal1", "電子カルテサーバ", "192.168.10.10", 443, "HTTPS", "接続あり"),
    ("回線1", "FortiGate 60F", "internal2", "保守用端末", "192.168.10.50", 3389, "RDP", "接続あり"),
    ("回線2", "RTX1210", "LAN1", "医事会計サーバ", "192.168.20.5", 443, "HTTPS", "接続あり"),
    ("回線3", "UNIVERGE IX2215", "GE1", "PACSサーバ", "192.168.30.20", 22, "SSH", "接続なし"),
]
for i, p in enumerate(ports):
    for j, v in enumerate(p, start=1):
        cell = ws.cell(pr + 2 + i, j, v)
        cell.border = B
        cell.alignment = L
PORT_FIRST_ROW = pr + 2

# ---------------------------------------------------------------- 調査端末情報記入シート
ws = wb.create_sheet("調査端末情報記入シート")
ws["A1"] = "調査端末情報記入シート"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "※電子カルテシステムと接続のある端末を5台選定してください（電子カルテ端末から1台、主要な部門システムから1台ずつを推奨）。"
ws["A2"].font = Font(size=9, color="C00000")
ws["A4"] = "調査端末情報"
ws["A4"].font = Font(bold=True)
ws.merge_cells("A5:A6"); ws["A5"] = "No."
ws.merge_cells("B5:B6"); ws["B5"] = "システム種別 (*)"
ws.merge_cells("C5:C6"); ws["C5"] = "シングル利用 (*)"
ws.merge_cells("D5:F5"); ws["D5"] = "シンクル端末/FAT端末"
ws["D6"] = "端末ホスト名 (*)"; ws["E6"] = "IPアドレス (*)"; ws["F6"] = "設置場所 (*)"
ws.merge_cells("G5:H5"); ws["G5"] = "仮想デスクトップ"
ws["G6"] = "端末ホスト名"; ws["H6"] = "IPアドレス"
ws.merge_cells("I5:I6"); ws["I5"] = "セキュリティ対策製品"
ws.merge_cells("J5:J6"); ws["J5"] = "備考"
box(ws, "A5:J6", HDR, C, True)
for i, w in enumerate([8, 22, 16, 18, 20, 28, 16, 18, 26, 34], start=1):
    ws.column_dimensions[ws.cell(1, i).column_letter].width = w
ex = ["記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F 〇〇〇室", "PCXXXX", "192.168.1.25/24",
      "Microsoft Defender", "端末操作可能時間：12:00-13:00"]
for j, v in enumerate(ex, start=1):
    cell = ws.cell(7, j, v)
    cell.fill = EX
    cell.font = Font(italic=True, color="595959", size=9)
terms = [
    ["No.1", "電子カルテ", "単体", "EMR-PC-2F01", "192.168.10.131/24", "本館 2F 外来ナースステーション", None, None,
     "Trend Micro Apex One", "端末操作可能時間：13:00-15:00"],
    ["No.2", "電子カルテ", "仮想デスクトップ", "TC-3F05", "192.168.10.145/24", "本館 3F 病棟ナースステーション",
     "VDI-EMR-012", "172.16.1.12/24", "Microsoft Defender", None],
    ["No.3", "医事会計システム", "単体", "IJI-PC01", "192.168.20.31/24", "本館 1F 医事課", None, None,
     "ESET Endpoint Security", "端末操作可能時間：12:00-13:00"],
    ["No.4", "放射線部門システム（PACS）", "単体", "RAD-VW02", "192.168.30.41/24", "別館 1F 放射線科 読影室", None, None,
     "Trend Micro Apex One", None],
    ["No.5", "検査部門システム", "単体", "LAB-PC01", "192.168.40.21/24", "別館 2F 検査科", None, None,
     "Microsoft Defender", "検査科職員の立会い必須"],
]
for i, t in enumerate(terms):
    for j, v in enumerate(t, start=1):
        if v is not None:
            ws.cell(8 + i, j, v)
box(ws, "A7:J12")
for r in range(8, 13):
    for c in range(2, 11):
        ws.cell(r, c).fill = IN
dvu = DataValidation(type="list", formula1='"単体,仮想デスクトップ"', allow_blank=True)
ws.add_data_validation(dvu)
dvu.add("C8:C12")

# ---------------------------------------------------------------- 設置場所記入シート
ws = wb.create_sheet("設置場所記入シート")
ws["A1"] = "設置場所記入シート"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "※平面図（フロア図）の画像を貼り付け、調査対象の回線終端装置・端末の吹き出しを設置場所に配置してください。"
ws["A2"].font = Font(size=9, color="C00000")

img = Image.new("RGB", (900, 560), "white")
d = ImageDraw.Draw(img)
f = ImageFont.truetype(FONT, 16)
fb = ImageFont.truetype(FONT, 22)
d.text((20, 10), "青葉台中央病院 本館・別館 平面図（抜粋）", font=fb, fill="black")
rooms = [
    ((20, 60, 300, 260), "本館1F 医事課", ["回線2 ONU（書庫横）", "端末No.3"]),
    ((310, 60, 600, 260), "本館2F サーバー室", ["回線1 ONU・FortiGate", "ラック1 上段"]),
    ((610, 60, 880, 260), "本館2F 外来NS", ["端末No.1"]),
    ((20, 280, 300, 540), "本館3F 病棟NS", ["端末No.2 (シンクライアント)"]),
    ((310, 280, 600, 540), "別館1F 放射線科", ["回線3 ONU・IX2215（操作室）", "端末No.4（読影室）"]),
    ((610, 280, 880, 540), "別館2F 検査科", ["端末No.5"]),
]
for (x1, y1, x2, y2), name, marks in rooms:
    d.rectangle((x1, y1, x2, y2), outline="black", width=3)
    d.text((x1 + 10, y1 + 8), name, font=f, fill="black")
    for k, m in enumerate(marks):
        d.rectangle((x1 + 14, y1 + 50 + k * 44, x1 + 260, y1 + 84 + k * 44), outline="red", width=2, fill="#FFF0F0")
        d.text((x1 + 20, y1 + 56 + k * 44), m, font=f, fill="red")
buf = io.BytesIO()
img.save(buf, "PNG")
buf.seek(0)
xi = XLImage(buf)
xi.anchor = "A4"
ws.add_image(xi)
# callouts generated from the other sheets (formulas, no cached value)
ws["P4"] = "吹き出し（自動表示）"
ws["P4"].font = Font(bold=True)
ws["P5"] = "=\"回線1：\"&'回線・機器情報記入シート'!R8"
ws["P6"] = "=\"回線2：\"&'回線・機器情報記入シート'!R9"
ws["P7"] = "=\"回線3：\"&'回線・機器情報記入シート'!R10"
for i in range(5):
    ws.cell(8 + i, 16, f"=\"端末No.{i + 1}：\"&'調査端末情報記入シート'!D{8 + i}&\" \"&'調査端末情報記入シート'!F{8 + i}")
ws.column_dimensions["P"].width = 50

# ---------------------------------------------------------------- password list (提出不要, left empty)
ws = wb.create_sheet("アカウント(ログインID)・パスワードリスト")
ws["A1"] = "アカウント(ログインID)・パスワードリスト　【提出不要】"
ws["A1"].font = Font(bold=True, size=14, color="C00000")
ws["A2"] = "※当日までの情報整理用です。事務局への提出は不要です（提出時はこのシートを空欄のままにしてください）。"
ws["A4"] = "■調査① インターネット回線/ONUに紐づく装置(ルータ/UTM/FW)"
for j, h in enumerate(["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"], start=1):
    ws.cell(5, j, h)
box(ws, "A5:F8", None, L)
for i in range(3):
    ws.cell(6 + i, 1, f"回線{i + 1}")
ws["A11"] = "■調査端末(シンクル端末/FAT端末)"
for j, h in enumerate(["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"], start=1):
    ws.cell(12, j, h)
box(ws, "A12:E17", None, L)
for i in range(5):
    ws.cell(13 + i, 1, f"端末{i + 1}")
for col, w in zip("ABCDEF", (10, 16, 20, 22, 18, 26)):
    ws.column_dimensions[col].width = w

wb.active = 0
wb.save(os.path.join(OUT, NAME + ".xlsx"))
print("saved", NAME, "ports from row", PORT_FIRST_ROW)
