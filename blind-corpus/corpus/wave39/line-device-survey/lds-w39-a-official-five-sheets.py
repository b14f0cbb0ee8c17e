# Generator for lds-w39-a-official-five-sheets.xlsx
# Role: hospital IT person filling the secretariat's 別紙2-1 (five sheets, as shown in the briefing deck).
import os
import sys

sys.path.insert(0, "/tmp/w39pkgs")
from openpyxl import Workbook
from openpyxl.drawing.image import Image as XLImage
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from PIL import Image, ImageDraw

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w39-a-official-five-sheets"

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="DDEBF7")
EX = PatternFill("solid", fgColor="F2F2F2")
LABEL = PatternFill("solid", fgColor="FFF2CC")
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
ws["A2"] = "基本情報記入シート　※黄色のセルは項目名です。白いセルにご記入ください。"
for col, w in zip("ABCDEFGH", [22, 8, 14, 40, 10, 44, 4, 4]):
    ws.column_dimensions[col].width = w

ws["A4"] = "■本施策の同意確認"
ws["A4"].font = Font(bold=True)
ws["A5"] = "本施策の同意確認"
ws.merge_cells("B5:E5")
ws["B5"] = "(別紙)規約に記載の内容をご確認のうえ、本施策実施に同意いただける場合は「同意する」を選択してください"
ws["F5"] = "同意する"
box(ws, "A5:F5")
ws["A5"].fill = LABEL
dv_consent = DataValidation(type="list", formula1='"同意する"', allow_blank=True)
ws.add_data_validation(dv_consent)
dv_consent.add("F5")

ws["A7"] = "■お客様情報(医療機関情報)"
ws["A7"].font = Font(bold=True)
ws["A8"] = "医療機関名"
ws.merge_cells("B8:D8")
ws["B8"] = "社会医療法人 瀬戸内会 高松みなと病院"
ws["E8"] = "(かな)"
ws["F8"] = "しゃかいいりょうほうじん せとうちかい たかまつみなとびょういん"
ws.merge_cells("A9:A10")
ws["A9"] = "住所"
ws["B9"] = "〒"
ws["C9"] = "760-0065"
ws["D9"] = "香川県高松市朝日町三丁目8番12号"
ws["E9"] = "(かな)"
ws["F9"] = "かがわけんたかまつしあさひまちさんちょうめ8ばん12ごう"
ws["B10"] = "ビル名"
ws["C10"] = None
ws["D10"] = None
ws["E10"] = "(かな)"
ws["F10"] = None
ws["A11"] = "病床数"
ws["B11"] = 235
ws["C11"] = "床"
box(ws, "A8:F11")
for c in ("A8", "A9", "E8", "E9", "B9", "B10", "E10", "A11"):
    ws[c].fill = LABEL

ws["A13"] = "■担当者情報（4名まで）"
ws["A13"].font = Font(bold=True)
heads = ["", "所属・役職", "", "氏名", "電話番号", "メールアドレス"]
ws["A14"] = "担当者"
ws.merge_cells("B14:C14")
ws["B14"] = "所属・役職"
ws["D14"] = "氏名"
ws["E14"] = "電話番号"
ws["F14"] = "メールアドレス"
contacts = [
    ("情報システム室 室長", "山下 健一", "087-821-5510", "k-yamashita@minato-hp.or.jp"),
    ("情報システム室 主任", "大西 真由美", "087-821-5510", "m-onishi@minato-hp.or.jp"),
    ("事務部 総務課長", "藤井 隆", "087-821-5500", "t-fujii@minato-hp.or.jp"),
]
for i in range(4):
    r = 15 + i
    ws.cell(r, 1, f"担当者{i + 1}")
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    if i < len(contacts):
        dep, nm, tel, mail = contacts[i]
        ws.cell(r, 2, dep)
        ws.cell(r, 4, nm)
        ws.cell(r, 5, tel)
        ws.cell(r, 6, mail)
box(ws, "A14:F18")
box(ws, "A14:F14", fill=HEAD, align=CENTER, bold=True)
ws.column_dimensions["E"].width = 16

ws["A20"] = "■申込内容の確認"
ws["A20"].font = Font(bold=True)
ws.merge_cells("A21:C21")
ws["A21"] = "確認者名(医療機関のご担当者名)"
ws["D21"] = "山下 健一"
box(ws, "A21:D21")
ws["A21"].fill = LABEL
ws["A22"] = "※記入内容に不備がないかご確認のうえ、フルネームでご記入ください。"

# ---------------------------------------------------------------- 回線・機器情報記入シート
ws = wb.create_sheet("回線・機器情報記入シート")
ws["A1"] = "回線・機器情報記入シート"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "(*)は必須項目です。記入例の行は参考です（記入例の行は変更しないでください）。"

cols = [
    # (group, sub, width)
    ("", "", 8),
    ("調査希望", "技術バージョン確認\n(*)", 14),
    ("調査希望", "脆弱性診断\n(*)", 14),
    ("電子カルテシステムと接続するネットワークとの接続\n(*)", None, 18),
    ("用途・システム名\n(*)", None, 22),
    ("通信形態\n(*)", None, 16),
    ("グローバルIP利用\n(*)", None, 11),
    ("固定IP/動的IP\n(*)", None, 11),
    ("グローバルIPアドレス\n(*)", None, 17),
    ("脆弱性診断当日記入欄", "グローバルIP確認", 12),
    ("脆弱性診断当日記入欄", "グローバルIPアドレス", 17),
    ("FQDN", None, 22),
    ("回線情報", "回線の種類", 12),
    ("回線情報", "回線事業者", 13),
    ("回線情報", "回線サービス名", 24),
    ("回線情報", "回線ID", 16),
    ("回線情報", "回線名", 18),
    ("プロバイダ情報", "プロバイダ名", 12),
    ("プロバイダ情報", "プロバイダ品目", 22),
    ("回線終端装置(ONU/モデム)情報", "回線終端装置設置場所\n(*)", 26),
    ("機器情報（ルータ/UTM/FW）", "メーカー", 12),
    ("機器情報（ルータ/UTM/FW）", "機種名", 16),
    ("機器情報（ルータ/UTM/FW）", "ファームウェアバージョン", 16),
]
HR1, HR2 = 4, 5
from openpyxl.utils import get_column_letter as L

c = 1
while c <= len(cols):
    group, sub, w = cols[c - 1]
    ws.column_dimensions[L(c)].width = w
    if sub is None:
        ws.cell(HR1, c, group)
        ws.merge_cells(start_row=HR1, start_column=c, end_row=HR2, end_column=c)
        c += 1
        continue
    if group == "":
        c += 1
        continue
    # span of same group
    e = c
    while e + 1 <= len(cols) and cols[e][0] == group and cols[e][1] is not None:
        e += 1
    ws.cell(HR1, c, group)
    if e > c:
        ws.merge_cells(start_row=HR1, start_column=c, end_row=HR1, end_column=e)
    for k in range(c, e + 1):
        ws.cell(HR2, k, cols[k - 1][1])
        ws.column_dimensions[L(k)].width = cols[k - 1][2]
    c = e + 1
ws.merge_cells(start_row=HR1, start_column=1, end_row=HR2, end_column=1)
ws.cell(HR1, 1, "回線")
ncol = len(cols)
box(ws, f"A{HR1}:{L(ncol)}{HR2}", fill=HEAD, align=CENTER, bold=True)
ws.row_dimensions[HR1].height = 42
ws.row_dimensions[HR2].height = 42

example = ["記入例", "調査希望あり", "調査希望あり", "あり", "電子カルテ", "インターネットVPN", "あり", "固定IP",
           "121.119.249.222", "入力不要", None, "example.xxx", "光回線", "NTT東日本", "フレッツ光ネクスト",
           "CAF1234567890", "電カル保守回線", "NTT東日本", "Bフレッツサービス", "本部棟 3F サーバー室 -1番ラック 3U",
           "YAMAHA", "RTX1210", "Rev.14.01.42"]
lines = [
    ["回線1", "調査希望あり", "調査希望あり", "あり", "電子カルテ（リモート保守）", "インターネットVPN", "あり", "固定IP",
     "121.119.200.14", "入力不要", None, "emr-vpn.minato-hp.or.jp", "光回線", "NTT西日本",
     "フレッツ 光ネクスト ビジネスタイプ", "COP1420583316", "電子カルテ保守回線", "OCN", "OCN 光 IPoE 固定IP1",
     "本館1F サーバ室 ラック2 下段", "YAMAHA", "RTX1300", "Rev.23.00.07"],
    ["回線2", "調査希望あり", "調査希望なし", "あり", "オンライン資格確認・レセプトオンライン請求", "閉域網", "なし", None,
     None, "入力不要", None, None, "光回線", "NTT西日本", "フレッツ 光ネクスト", "COP1420590482",
     "オン資・オンライン請求回線", None, None, "本館1F 医事課 事務室 壁面ラック", "NEC", "UNIVERGE IX2106",
     "Ver.10.8.21"],
    ["回線3", "調査希望なし", "調査希望あり", "あり", "PACS（画像診断装置リモート保守）", "インターネットVPN", "あり",
     "動的IP", "153.142.58.77", None, None, None, "光回線", "NTT西日本", "フレッツ 光クロス",
     "COP1420611907", "放射線科保守回線", "ぷらら", "ぷらら光 ネクスト", "東館2F 放射線科 読影室 機器棚", "Fortinet",
     "FortiGate-40F", "v7.2.8"],
]
r0 = HR2 + 1
for j, v in enumerate(example):
    ws.cell(r0, j + 1, v)
box(ws, f"A{r0}:{L(ncol)}{r0}", fill=EX)
for i, row in enumerate(lines):
    r = r0 + 1 + i
    for j, v in enumerate(row):
        ws.cell(r, j + 1, v)
# two spare rows
for i in range(len(lines), len(lines) + 2):
    ws.cell(r0 + 1 + i, 1, f"回線{i + 1}")
last_line_row = r0 + len(lines) + 2
box(ws, f"A{r0 + 1}:{L(ncol)}{last_line_row}")

dv_hope = DataValidation(type="list", formula1='"調査希望あり,調査希望なし"', allow_blank=True)
dv_ari = DataValidation(type="list", formula1='"あり,なし"', allow_blank=True)
dv_ip = DataValidation(type="list", formula1='"固定IP,動的IP"', allow_blank=True)
dv_day = DataValidation(type="list", formula1='"確認済み,入力不要"', allow_blank=True)
dv_type = DataValidation(type="list", formula1='"インターネット,インターネットVPN,閉域網,モバイル回線,その他"',
                         allow_blank=True)
for dv in (dv_hope, dv_ari, dv_ip, dv_day, dv_type):
    ws.add_data_validation(dv)
rng = f"{r0 + 1}:{last_line_row}"
a, b = r0 + 1, last_line_row
dv_hope.add(f"B{a}:C{b}")
dv_ari.add(f"D{a}:D{b}")
dv_ari.add(f"G{a}:G{b}")
dv_ip.add(f"H{a}:H{b}")
dv_day.add(f"J{a}:J{b}")
dv_type.add(f"F{a}:F{b}")

# second table: ports
pr = last_line_row + 3
ws.cell(pr - 1, 1, "■機器のポート情報（装置と接続する回線と機器の詳細）").font = Font(bold=True)
phead = ["回線", "機器（ルータ/UTM/FW）", "ポート(*)", "機器名(*)", "IPアドレス(*)", "ポート番号(*)", "プロトコル(*)",
         "接続状況"]
for j, h in enumerate(phead):
    ws.cell(pr, j + 1, h)
box(ws, f"A{pr}:H{pr}", fill=HEAD, align=CENTER, bold=True)
pex = ["記入例", "RTX1210", "LAN1", "電子カルテサーバ", "192.168.1.10", 443, "TCP", "接続あり"]
for j, v in enumerate(pex):
    ws.cell(pr + 1, j + 1, v)
box(ws, f"A{pr + 1}:H{pr + 1}", fill=EX)
ports = [
    ["回線1", "RTX1300", "LAN1", "電子カルテサーバ", "192.168.10.10", 443, "TCP", "接続あり"],
    ["回線1", "RTX1300", "LAN2", "保守用踏み台PC", "192.168.10.50", 3389, "TCP", "接続あり"],
    ["回線2", "UNIVERGE IX2106", "GE1", "オンライン資格確認端末", "192.168.20.11", 443, "TCP", "接続あり"],
    ["回線3", "FortiGate-40F", "internal1", "PACSサーバ", "192.168.30.5", 104, "TCP", "接続あり"],
    ["回線3", "FortiGate-40F", "internal2", "PACS保守端末", "192.168.30.8", 22, "TCP", "接続なし"],
]
for i, row in enumerate(ports):
    for j, v in enumerate(row):
        ws.cell(pr + 2 + i, j + 1, v)
box(ws, f"A{pr + 2}:H{pr + 1 + len(ports) + 1}")
ws.freeze_panes = "B6"

# ---------------------------------------------------------------- 調査端末情報記入シート
ws = wb.create_sheet("調査端末情報記入シート")
ws["A1"] = "調査端末情報記入シート"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "調査対象の端末(PC)を5台選定してください。電子カルテ端末から1台、主要な部門システムから1台ずつを推奨します。"
ws["A4"] = "調査端末情報"
ws.merge_cells("A5:A6")
ws.merge_cells("B5:B6")
ws.merge_cells("C5:C6")
ws["B5"] = "システム種別 (*)"
ws["C5"] = "シングル利用 (*)"
ws.merge_cells("D5:F5")
ws["D5"] = "シンクル端末/FAT端末"
ws["D6"] = "端末ホスト名 (*)"
ws["E6"] = "IPアドレス (*)"
ws["F6"] = "設置場所 (*)"
ws.merge_cells("G5:H5")
ws["G5"] = "仮想デスクトップ"
ws["G6"] = "端末ホスト名"
ws["H6"] = "IPアドレス"
ws.merge_cells("I5:I6")
ws["I5"] = "セキュリティ対策製品"
ws.merge_cells("J5:J6")
ws["J5"] = "備考"
box(ws, "A5:J6", fill=HEAD, align=CENTER, bold=True)
for col, w in zip("ABCDEFGHIJ", [8, 14, 16, 16, 18, 28, 16, 18, 24, 34]):
    ws.column_dimensions[col].width = w
tex = ["記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F ○○○室", "PCXXXX", "192.168.1.25/24",
       "Microsoft Defender", "端末操作可能時間：12:00-13:00"]
for j, v in enumerate(tex):
    ws.cell(7, j + 1, v)
box(ws, "A7:J7", fill=EX)
terms = [
    ["No.1", "電子カルテ", "単体", "EMR-PC-N301", "192.168.10.131/24", "本館3F 3階病棟 ナースステーション", None, None,
     "Trend Micro Apex One", "端末操作可能時間：13:00-15:00"],
    ["No.2", "電子カルテ", "仮想デスクトップ", "TC-OPD-012", "192.168.10.152/24", "本館1F 外来 第5診察室",
     "VDI-EMR-012", "192.168.40.12/24", "Microsoft Defender", "外来終了後（17:00以降）に操作可"],
    ["No.3", "医事会計", "単体", "IJI-PC-02", "192.168.10.161/24", "本館1F 医事課", None, None,
     "Trend Micro Apex One", None],
    ["No.4", "PACS", "単体", "PACS-VW-01", "192.168.30.21/24", "東館2F 放射線科 読影室", None, None,
     "ESET Endpoint Security", "立会い必須（放射線科 技師長）"],
    ["No.5", "臨床検査", "単体", "LAB-PC-01", "192.168.50.31/24", "東館1F 検査科", None, None,
     "Microsoft Defender", None],
]
for i, row in enumerate(terms):
    for j, v in enumerate(row):
        ws.cell(8 + i, j + 1, v)
box(ws, "A8:J12")
dv_use = DataValidation(type="list", formula1='"単体,仮想デスクトップ"', allow_blank=True)
ws.add_data_validation(dv_use)
dv_use.add("C8:C12")

# ---------------------------------------------------------------- 設置場所記入シート
ws = wb.create_sheet("設置場所記入シート")
ws["A1"] = "設置場所記入シート"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "①平面図またはフロア図の画像を貼り付けてください。②吹き出しを調査対象機器の位置に移動してください。"
img_path = os.path.join(OUT, NAME + "-floorplan.png")
im = Image.new("RGB", (900, 560), "white")
d = ImageDraw.Draw(im)
d.rectangle([20, 40, 880, 540], outline="black", width=4)
d.text((30, 14), "Takamatsu Minato Hospital  Main bldg 1F / East bldg 1F-2F  (floor plan)", fill="black")
rooms = [(30, 50, 250, 250, "Server room (rack 2)"), (260, 50, 520, 250, "Medical affairs office"),
         (530, 50, 870, 250, "Outpatient exam 5"), (30, 300, 300, 530, "East 2F Reading room"),
         (310, 300, 600, 530, "East 1F Laboratory"), (610, 300, 870, 530, "3F Nurse station")]
for x0, y0, x1, y1, lab in rooms:
    d.rectangle([x0, y0, x1, y1], outline="black", width=2)
    d.text((x0 + 8, y0 + 8), lab, fill="black")
im.save(img_path)
pic = XLImage(img_path)
ws.add_image(pic, "B4")
# callouts (formulas pulling from the other sheets; openpyxl leaves no cached value)
ws["M4"] = "吹き出し（自動表示）"
ws["M4"].font = Font(bold=True)
ws["M5"] = "='回線・機器情報記入シート'!A7&\" 回線終端装置：\"&'回線・機器情報記入シート'!T7"
ws["M6"] = "='回線・機器情報記入シート'!A8&\" 回線終端装置：\"&'回線・機器情報記入シート'!T8"
ws["M7"] = "='回線・機器情報記入シート'!A9&\" 回線終端装置：\"&'回線・機器情報記入シート'!T9"
for k in range(5):
    ws[f"M{8 + k}"] = (f"='調査端末情報記入シート'!A{8 + k}&\" \"&'調査端末情報記入シート'!D{8 + k}"
                       f"&\"：\"&'調査端末情報記入シート'!F{8 + k}")
ws.column_dimensions["M"].width = 60

# ---------------------------------------------------------------- パスワードリスト（提出不要・空欄のまま）
ws = wb.create_sheet("アカウント(ログインID)・パスワードリスト")
ws["A1"] = "アカウント(ログインID)・パスワードリスト　【提出不要】"
ws["A1"].font = Font(bold=True, size=14, color="C00000")
ws["A2"] = "※本シートは事務局への提出は不要です。現地調査当日までの情報整理にご利用ください。"
ws["A4"] = "■調査① インターネット回線/ONUに紐づく装置(ルータ/UTM/FW)"
for j, h in enumerate(["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"]):
    ws.cell(5, j + 1, h)
box(ws, "A5:F5", fill=HEAD, align=CENTER, bold=True)
for i, (mk, md) in enumerate([("YAMAHA", "RTX1300"), ("NEC", "UNIVERGE IX2106"), ("Fortinet", "FortiGate-40F")]):
    ws.cell(6 + i, 1, f"回線{i + 1}")
    ws.cell(6 + i, 2, mk)
    ws.cell(6 + i, 3, md)
box(ws, "A6:F8")
ws["A10"] = "■調査端末(シンクル端末/FAT端末)"
for j, h in enumerate(["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"]):
    ws.cell(11, j + 1, h)
box(ws, "A11:E11", fill=HEAD, align=CENTER, bold=True)
for i, t in enumerate(terms):
    ws.cell(12 + i, 1, f"端末{i + 1}")
    ws.cell(12 + i, 2, t[3])
    ws.cell(12 + i, 3, t[4])
box(ws, "A12:E16")
ws["A18"] = "備考(接続先情報など)"
for col, w in zip("ABCDEF", [10, 14, 20, 22, 16, 26]):
    ws.column_dimensions[col].width = w

wb.save(os.path.join(OUT, NAME + ".xlsx"))
os.remove(img_path)
print("saved", NAME)
