#!/usr/bin/python3
# lds-w6-a-fivesheets: 別紙2-1 drawn as the five official sheets, filled by a hospital IT person.
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w6-a-fivesheets"

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="DDEBF7")
REQ = PatternFill("solid", fgColor="FFF2CC")
EX = PatternFill("solid", fgColor="D9D9D9")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def box(ws, rng, fill=None, align=None, bold=False):
    for row in ws[rng]:
        for c in row:
            c.border = BOX
            if fill:
                c.fill = fill
            if align:
                c.alignment = align
            if bold:
                c.font = Font(bold=True)


wb = Workbook()

# ---------------------------------------------------------------- 基本情報記入シート
ws = wb.active
ws.title = "基本情報記入シート"
ws.column_dimensions["A"].width = 3
ws.column_dimensions["B"].width = 22
ws.column_dimensions["C"].width = 10
ws.column_dimensions["D"].width = 38
ws.column_dimensions["E"].width = 10
ws.column_dimensions["F"].width = 44
ws["B1"] = "別紙2-1 医療機関記入依頼書（回線・機器情報等記入）"
ws["B1"].font = Font(size=14, bold=True)
ws["B2"] = "基本情報記入シート"
ws["B2"].font = Font(size=12, bold=True)

ws["B4"] = "1. 本施策についての同意確認"
ws["B4"].font = Font(bold=True)
ws["B5"] = "本施策の同意確認"
ws.merge_cells("C5:E5")
ws["C5"] = ("(別紙)規約に記載の内容をご確認のうえ、本施策実施に同意いただける場合は"
            "「同意する」を選択してください")
ws["F5"] = "同意する"
box(ws, "B5:F5", align=WRAP)
ws["F5"].fill = REQ
ws.row_dimensions[5].height = 45
dv = DataValidation(type="list", formula1='"同意する"', allow_blank=True)
ws.add_data_validation(dv)
dv.add("F5")

ws["B7"] = "2. 医療機関情報"
ws["B7"].font = Font(bold=True)
ws["B8"] = "■お客様情報(医療機関情報)"
ws["B9"] = "医療機関名"
ws.merge_cells("C9:D9")
ws["C9"] = "医療法人社団 緑風会 みどりが丘病院"
ws["E9"] = "(かな)"
ws["F9"] = "いりょうほうじんしゃだん りょくふうかい みどりがおかびょういん"
ws.merge_cells("B10:B12")
ws["B10"] = "住所"
ws["C10"] = "〒"
ws["D10"] = "761-8056"
ws["C11"] = "住所"
ws["D11"] = "香川県高松市上天神町812番地"
ws["E11"] = "(かな)"
ws["F11"] = "かがわけんたかまつしかみてんじんちょう812ばんち"
ws["C12"] = "ビル名"
ws["E12"] = "(かな)"
ws["B13"] = "病床数"
ws["C13"] = 199
ws["D13"] = "床"
box(ws, "B9:F13", align=WRAP)
for c in ("B9", "B10", "B13", "C10", "C11", "C12", "E9", "E11", "E12"):
    ws[c].fill = HEAD

ws["B15"] = "3. 担当者情報（4名まで）"
ws["B15"].font = Font(bold=True)
for col, h in zip("BCDEF", ["担当者", "所属・役職", "氏名", "電話番号", "メールアドレス"]):
    ws[f"{col}16"] = h
box(ws, "B16:F16", fill=HEAD, align=CENTER, bold=True)
contacts = [
    ("情報システム室 室長", "西村 浩二", "087-867-3311", "nishimura.k@midorigaoka-hp.or.jp"),
    ("事務部 総務課 主任", "大西 真由美", "087-867-3312", "onishi.m@midorigaoka-hp.or.jp"),
]
for i in range(4):
    r = 17 + i
    ws[f"B{r}"] = f"担当者{i + 1}"
    if i < len(contacts):
        for col, v in zip("CDEF", contacts[i]):
            ws[f"{col}{r}"] = v
box(ws, "B17:F20", align=WRAP)

ws["B22"] = "4. 申込内容の確認"
ws["B22"].font = Font(bold=True)
ws["B23"] = "■申込内容の確認"
ws.merge_cells("B24:C24")
ws["B24"] = "確認者名(医療機関のご担当者名)"
ws["D24"] = "西村 浩二"
box(ws, "B24:D24", align=WRAP)
ws["B24"].fill = HEAD

# ---------------------------------------------------------------- 回線・機器情報記入シート
wl = wb.create_sheet("回線・機器情報記入シート")
wl["A1"] = "回線・機器情報記入シート"
wl["A1"].font = Font(size=13, bold=True)
wl["A2"] = "(*)は記入必須項目です。電子カルテシステムに接続する回線（ベンダ保守回線を含む）を1行1回線で記入してください。記入例の行は消さないでください。"
top = [
    ("A", "A", "回線"),
    ("B", "C", "調査希望"),
    ("D", "D", "電子カルテシステムと接続するネットワークとの接続 (*)"),
    ("E", "E", "用途・システム名 (*)"),
    ("F", "J", "回線情報"),
    ("K", "N", "回線と紐付くグローバルIPアドレス"),
    ("O", "P", "脆弱性診断当日記入欄"),
    ("Q", "Q", "FQDN"),
    ("R", "S", "プロバイダ情報"),
    ("T", "T", "回線終端装置(ONU/モデム)情報"),
    ("U", "W", "装置（ルータ/UTM/FW）"),
]
sub = {
    "B": "技術バージョン確認 (*)", "C": "脆弱性診断 (*)",
    "F": "回線の種類", "G": "回線名", "H": "回線事業者", "I": "回線サービス名", "J": "回線ID",
    "K": "通信形態 (*)", "L": "グローバルIP利用 (*)", "M": "固定IP/動的IP (*)", "N": "グローバルIPアドレス (*)",
    "O": "グローバルIP確認", "P": "グローバルIPアドレス",
    "R": "プロバイダ名", "S": "プロバイダ品目", "T": "回線終端装置設置場所 (*)",
    "U": "メーカー", "V": "機種名", "W": "ファームウェアバージョン",
}
for a, b, label in top:
    wl[f"{a}4"] = label
    if a != b:
        wl.merge_cells(f"{a}4:{b}4")
    elif a not in sub:
        wl.merge_cells(f"{a}4:{a}5")
for col, label in sub.items():
    wl[f"{col}5"] = label
box(wl, "A4:W5", fill=HEAD, align=CENTER, bold=True)
wl.row_dimensions[4].height = 30
wl.row_dimensions[5].height = 45
widths = dict(A=8, B=14, C=14, D=16, E=16, F=10, G=18, H=12, I=24, J=16, K=16, L=10, M=10,
              N=17, O=12, P=17, Q=26, R=12, S=22, T=28, U=12, V=14, W=14)
for k, v in widths.items():
    wl.column_dimensions[k].width = v

example = ["記入例", "調査希望あり", "調査希望あり", "あり", "電子カルテ", "光回線", "電子カルテ保守",
           "NTT東日本", "フレッツ 光ネクスト", "CAF0000000000", "インターネットVPN", "あり", "固定IP",
           "121.119.249.222", "入力不要", "", "example.xxx", "NTT東日本", "Bフレッツサービス",
           "本部棟 3F サーバー室 -1番ラック 3U", "Cisco", "C1111-4P", "17.9.4"]
lines = [
    ["回線1", "調査希望あり", "調査希望あり", "あり", "電子カルテ", "光回線", "電子カルテ保守回線",
     "NTT西日本", "フレッツ 光ネクスト ビジネスタイプ", "CAF2104738851", "インターネットVPN", "あり", "固定IP",
     "153.150.72.14", "入力不要", "", "vpn.midorigaoka-hp.or.jp", "OCN", "OCN光 IPoE 固定IP1",
     "本館1F サーバー室 ラック2 上段", "Fortinet", "FortiGate 60F", "v7.2.8"],
    ["回線2", "調査希望あり", "調査希望あり", "あり", "画像（PACS）", "光回線", "PACS保守回線",
     "NTT西日本", "フレッツ 光クロス", "CAF2109915320", "インターネットVPN", "あり", "固定IP",
     "61.204.33.178", "入力不要", "", "", "So-net", "So-net 光 固定IPアドレスサービス",
     "本館1F サーバー室 ラック3 中段", "YAMAHA", "RTX1220", "Rev.15.02.30"],
    ["回線3", "調査希望なし", "調査希望あり", "あり", "医事会計（レセプト）", "光回線", "医事システム保守回線",
     "KDDI", "auひかり ビジネス", "1001-8827-3461", "インターネットVPN", "あり", "固定IP",
     "106.185.47.90", "入力不要", "", "", "KDDI", "au ひかり ビジネス 固定IP 1",
     "本館2F 医事課 事務室奥 壁面ラック", "NEC", "UNIVERGE IX2106", "Ver.10.2.16"],
]
for j, v in enumerate(example):
    wl.cell(row=6, column=1 + j, value=v)
box(wl, "A6:W6", fill=EX, align=WRAP)
for i, line in enumerate(lines):
    for j, v in enumerate(line):
        if v != "":
            wl.cell(row=7 + i, column=1 + j, value=v)
wl["A10"] = "回線4"
wl["A11"] = "回線5"
box(wl, "A7:W11", align=WRAP)
dv1 = DataValidation(type="list", formula1='"調査希望あり,調査希望なし"', allow_blank=True)
dv2 = DataValidation(type="list", formula1='"あり,なし"', allow_blank=True)
dv3 = DataValidation(type="list", formula1='"固定IP,動的IP"', allow_blank=True)
dv4 = DataValidation(type="list", formula1='"確認済み,入力不要"', allow_blank=True)
dv5 = DataValidation(type="list", formula1='"インターネット,インターネットVPN,閉域網,モバイル回線"', allow_blank=True)
for d, rng in ((dv1, "B7:C11"), (dv2, "D7:D11"), (dv2, "L7:L11"), (dv3, "M7:M11"), (dv4, "O7:O11"),
               (dv5, "K7:K11")):
    if d not in wl.data_validations.dataValidation:
        wl.add_data_validation(d)
    d.add(rng)

wl["A14"] = "装置と接続する回線と機器の詳細（機器のポート情報）"
wl["A14"].font = Font(bold=True)
ph = ["回線", "装置", "ポート(*)", "機器名 (*)", "IPアドレス(*)", "ポート番号(*)", "プロトコル(*)", "接続状況"]
for j, h in enumerate(ph):
    wl.cell(row=15, column=1 + j, value=h)
box(wl, "A15:H15", fill=HEAD, align=CENTER, bold=True)
ports = [
    ["回線1", "FortiGate 60F", "wan1", "ONU（回線1）", "153.150.72.14", 4500, "IPsec(UDP)", "接続あり"],
    ["回線1", "FortiGate 60F", "internal1", "電子カルテ基幹スイッチ", "192.168.10.1", 443, "HTTPS", "接続あり"],
    ["回線1", "FortiGate 60F", "internal2", "保守用ノートPC", "192.168.10.2", 22, "SSH", "接続なし"],
]
for i, p in enumerate(ports):
    for j, v in enumerate(p):
        wl.cell(row=16 + i, column=1 + j, value=v)
box(wl, "A16:H18", align=WRAP)

# ---------------------------------------------------------------- 調査端末情報記入シート
wt = wb.create_sheet("調査端末情報記入シート")
wt["A1"] = "調査端末情報記入シート（調査対象PC 5台）"
wt["A1"].font = Font(size=13, bold=True)
wt["A2"] = "電子カルテ端末から1台、その他主要な部門システムから1台ずつ選定してください。"
wt.merge_cells("A4:A5")
wt["A4"] = "No."
wt.merge_cells("B4:B5")
wt["B4"] = "システム種別 (*)"
wt.merge_cells("C4:C5")
wt["C4"] = "シングル利用 (*)"
wt.merge_cells("D4:F4")
wt["D4"] = "シンクル端末/FAT端末"
wt.merge_cells("G4:H4")
wt["G4"] = "仮想デスクトップ"
wt["D5"] = "端末ホスト名 (*)"
wt["E5"] = "IPアドレス (*)"
wt["F5"] = "設置場所 (*)"
wt["G5"] = "端末ホスト名"
wt["H5"] = "IPアドレス"
wt.merge_cells("I4:I5")
wt["I4"] = "セキュリティ対策製品"
wt.merge_cells("J4:J5")
wt["J4"] = "備考"
box(wt, "A4:J5", fill=HEAD, align=CENTER, bold=True)
for k, v in dict(A=8, B=16, C=16, D=18, E=18, F=28, G=16, H=18, I=26, J=40).items():
    wt.column_dimensions[k].width = v
ex = ["記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F OOO室", "PCXXXX", "192.168.1.25/24",
      "Microsoft Defender", "端末操作可能時間：12:00-13:00"]
for j, v in enumerate(ex):
    wt.cell(row=6, column=1 + j, value=v)
box(wt, "A6:J6", fill=EX, align=WRAP)
terms = [
    ["No.1", "電子カルテ", "単体", "MGH-EMR-N301", "192.168.10.131/24", "本館3F 東病棟 ナースステーション", "", "",
     "Trend Micro Apex One", "端末操作可能時間：13:00-15:00"],
    ["No.2", "電子カルテ", "仮想デスクトップ", "MGH-TC-OPD02", "192.168.10.142/24", "本館1F 外来 第2診察室",
     "MGH-VDI-042", "172.16.20.42/24", "Microsoft Defender", ""],
    ["No.3", "医事会計", "単体", "MGH-IJI-01", "192.168.30.21/24", "本館1F 医事課", "", "",
     "Trend Micro Apex One", "毎月1日～10日はレセプト業務のため操作不可"],
    ["No.4", "画像（PACS）", "単体", "MGH-PACS-VW1", "192.168.40.11/24", "本館B1F 放射線科 読影室", "", "",
     "ESET Endpoint Security", ""],
    ["No.5", "臨床検査", "単体", "MGH-LAB-01", "192.168.50.15/24", "本館2F 検査科", "", "",
     "Microsoft Defender", "検査科技師長の立会い必須"],
]
for i, t in enumerate(terms):
    for j, v in enumerate(t):
        if v != "":
            wt.cell(row=7 + i, column=1 + j, value=v)
box(wt, "A7:J11", align=WRAP)
dvu = DataValidation(type="list", formula1='"単体,仮想デスクトップ"', allow_blank=True)
wt.add_data_validation(dvu)
dvu.add("C7:C11")

# ---------------------------------------------------------------- 設置場所記入シート
wf = wb.create_sheet("設置場所記入シート")
wf["A1"] = "設置場所記入シート（平面図の画像を貼り付け、吹き出しを配置してください）"
wf["A1"].font = Font(size=13, bold=True)
png = os.path.join(OUT, NAME + "-floor.png")
img = Image.new("RGB", (900, 560), "white")
d = ImageDraw.Draw(img)
font = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 18)
small = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 14)
d.text((20, 10), "みどりが丘病院 本館1F 平面図", fill="black", font=font)
rooms = [((20, 50, 260, 250), "サーバー室"), ((260, 50, 520, 250), "医事課"),
         ((520, 50, 880, 250), "外来 診察室1〜4"), ((20, 300, 300, 540), "救急処置室"),
         ((300, 300, 600, 540), "エントランス・受付"), ((600, 300, 880, 540), "薬剤部")]
for (x0, y0, x1, y1), name in rooms:
    d.rectangle((x0, y0, x1, y1), outline="black", width=3)
    d.text((x0 + 10, y0 + 8), name, fill="black", font=font)
d.rectangle((40, 120, 90, 220), outline="blue", width=2)
d.text((95, 130), "ラック2", fill="blue", font=small)
d.rectangle((160, 120, 210, 220), outline="blue", width=2)
d.text((215, 130), "ラック3", fill="blue", font=small)
d.text((20, 265), "廊下", fill="gray", font=small)
img.save(png)
xi = XLImage(png)
xi.width, xi.height = 900, 560
wf.add_image(xi, "A3")
wf["P3"] = "吹き出し（自動表示）"
wf["P3"].font = Font(bold=True)
wf["P4"] = "=\"回線1 ONU：\"&'回線・機器情報記入シート'!T7"
wf["P5"] = "=\"回線2 ONU：\"&'回線・機器情報記入シート'!T8"
wf["P6"] = "=\"回線3 ONU：\"&'回線・機器情報記入シート'!T9"
wf["P7"] = "=\"No.1 \"&'調査端末情報記入シート'!D7&\"：\"&'調査端末情報記入シート'!F7"
wf["P8"] = "=\"No.2 \"&'調査端末情報記入シート'!D8&\"：\"&'調査端末情報記入シート'!F8"
wf["P9"] = "=\"No.3 \"&'調査端末情報記入シート'!D9&\"：\"&'調査端末情報記入シート'!F9"
wf["P10"] = "=\"No.4 \"&'調査端末情報記入シート'!D10&\"：\"&'調査端末情報記入シート'!F10"
wf["P11"] = "=\"No.5 \"&'調査端末情報記入シート'!D11&\"：\"&'調査端末情報記入シート'!F11"
wf.column_dimensions["P"].width = 50

# ---------------------------------------------------------------- パスワードリスト (提出不要, left empty)
wp = wb.create_sheet("アカウント(ログインID)・パスワードリスト")
wp["A1"] = "アカウント(ログインID)・パスワードリスト　※提出不要（現地調査当日の準備用）"
wp["A1"].font = Font(size=13, bold=True)
wp["A3"] = "■ 調査① インターネット回線/ONUに紐づく装置(ルータ/UTM/FW)"
for j, h in enumerate(["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"]):
    wp.cell(row=4, column=1 + j, value=h)
box(wp, "A4:F4", fill=HEAD, align=CENTER, bold=True)
for i, line in enumerate(lines):
    wp.cell(row=5 + i, column=1, value=line[0])
    wp.cell(row=5 + i, column=2, value=line[20])
    wp.cell(row=5 + i, column=3, value=line[21])
box(wp, "A5:F7")
wp["A10"] = "■ 調査端末(シンクル端末/FAT端末)"
for j, h in enumerate(["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"]):
    wp.cell(row=11, column=1 + j, value=h)
box(wp, "A11:E11", fill=HEAD, align=CENTER, bold=True)
for i, t in enumerate(terms):
    wp.cell(row=12 + i, column=1, value=f"端末{i + 1}")
    wp.cell(row=12 + i, column=2, value=t[3])
    wp.cell(row=12 + i, column=3, value=t[4])
box(wp, "A12:E16")
for k, v in dict(A=8, B=18, C=20, D=22, E=16, F=26).items():
    wp.column_dimensions[k].width = v

wb.save(os.path.join(OUT, NAME + ".xlsx"))
os.remove(png)
print("saved")
