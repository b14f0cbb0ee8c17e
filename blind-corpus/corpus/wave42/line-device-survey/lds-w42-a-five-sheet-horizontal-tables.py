#!/usr/bin/python3
"""Generator for lds-w42-a-five-sheet-horizontal-tables.xlsx (blind test workbook, wave 42).

Role: hospital IT staff (情報システム室) filling the secretariat's 別紙2-1 as they rebuilt it from the
briefing slides: five sheets, label-left basic info, horizontal line table with two-row headers and a
記入例 row, a second (port) table below the line table, terminal table with 記入例 row, floor plan image
with formula callouts, and the (提出不要) password list left with empty credentials.
No planted problem.
"""
import os
import sys

sys.path.insert(0, "/tmp/w42lib")
import tempfile

from openpyxl import Workbook
from openpyxl.drawing.image import Image as XLImage
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w42-a-five-sheet-horizontal-tables"
OUT = os.path.join(HERE, NAME + ".xlsx")

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="DDEBF7")
REQ = PatternFill("solid", fgColor="FCE4D6")
EX = PatternFill("solid", fgColor="D9D9D9")
INP = PatternFill("solid", fgColor="FFF2CC")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)


def box(ws, rng, fill=None, align=WRAP):
    for row in ws[rng]:
        for c in row:
            c.border = BOX
            c.alignment = align
            if fill is not None:
                c.fill = fill


wb = Workbook()

# ---------------------------------------------------------------- 基本情報記入シート
ws = wb.active
ws.title = "基本情報記入シート"
ws["A1"] = "別紙2-1　医療機関記入依頼書（回線・機器情報等記入）　基本情報記入シート"
ws["A1"].font = TITLE
ws["A2"] = "※黄色セルにご記入ください。"
for col, w in zip("ABCDEFGH", [20, 8, 14, 10, 38, 8, 44, 4]):
    ws.column_dimensions[col].width = w

ws["A4"] = "本施策の同意確認"
ws.merge_cells("B4:F4")
ws["B4"] = "(別紙)規約に記載の内容をご確認のうえ、本施策実施に同意いただける場合は「同意する」を選択してください"
ws["G4"] = "同意する"
box(ws, "A4:G4")
ws["A4"].fill = HEAD
ws["G4"].fill = INP
ws.row_dimensions[4].height = 36
dv = DataValidation(type="list", formula1='"同意する"', allow_blank=True)
ws.add_data_validation(dv)
dv.add("G4")

ws["A6"] = "■お客様情報(医療機関情報)"
ws["A6"].font = BOLD
ws["A7"] = "医療機関名"
ws.merge_cells("B7:E7")
ws["B7"] = "医療法人社団 青葉会 さぬき青葉病院"
ws["F7"] = "(かな)"
ws["G7"] = "いりょうほうじんしゃだん あおばかい さぬきあおばびょういん"
ws.merge_cells("A8:A9")
ws["A8"] = "住所"
ws["B8"] = "〒"
ws["C8"] = "761-8078"
ws["D8"] = "住所"
ws["E8"] = "香川県高松市仏生山町甲2245番地1"
ws["F8"] = "(かな)"
ws["G8"] = "かがわけんたかまつしぶっしょうざんちょうこう2245ばんち1"
ws["D9"] = "ビル名"
ws["F9"] = "(かな)"
ws["A10"] = "病床数"
ws["C10"] = 199
ws["D10"] = "床"
box(ws, "A7:G10")
for c in ("A7", "A8", "A10", "B8", "D8", "D9", "F7", "F8", "F9"):
    ws[c].fill = HEAD
for c in ("B7", "G7", "C8", "E8", "G8", "E9", "G9", "C10"):
    ws[c].fill = INP

ws["A12"] = "■担当者情報（4名まで）"
ws["A12"].font = BOLD
hdr = ["", "所属・役職", "", "担当者名", "", "電話番号", "メールアドレス"]
for i, h in enumerate(hdr):
    ws.cell(13, 1 + i, h)
ws.merge_cells("B13:C13")
ws.merge_cells("D13:E13")
contacts = [
    ("担当者1", "情報システム室 主任", "山本 健一", "087-889-2260", "k-yamamoto@sanuki-aoba.or.jp"),
    ("担当者2", "事務部 総務課長", "佐藤 由美", "087-889-2201", "y-sato@sanuki-aoba.or.jp"),
    ("担当者3", "", "", "", ""),
    ("担当者4", "", "", "", ""),
]
for r, (lab, dept, nm, tel, mail) in enumerate(contacts, start=14):
    ws.cell(r, 1, lab)
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
    ws.cell(r, 2, dept or None)
    ws.cell(r, 4, nm or None)
    ws.cell(r, 6, tel or None)
    ws.cell(r, 7, mail or None)
box(ws, "A13:G17")
for c in ws["A13:G13"][0]:
    c.fill = HEAD
for r in range(14, 18):
    ws.cell(r, 1).fill = HEAD
ws.column_dimensions["F"].width = 16

ws["A19"] = "■申込内容の確認"
ws["A19"].font = BOLD
ws.merge_cells("A20:D20")
ws["A20"] = "確認者名(医療機関のご担当者名)"
ws.merge_cells("E20:G20")
ws["E20"] = "山本 健一"
box(ws, "A20:G20")
ws["A20"].fill = HEAD
ws["E20"].fill = INP
ws["A21"] = "※記入内容に不備がないかご確認のうえ、フルネームでご記入ください。"

# ---------------------------------------------------------------- 回線・機器情報記入シート
wl = wb.create_sheet("回線・機器情報記入シート")
wl["A1"] = "回線・機器情報記入シート"
wl["A1"].font = TITLE
wl["A2"] = "(*)は必須項目です。電子カルテシステムと接続するネットワークにつながる回線を、1行に1回線ずつご記入ください。"

groups = [  # (group label, [(sub label, width)])
    ("", [("", 8)]),
    ("調査希望", [("技術バージョン確認 (*)", 14), ("脆弱性診断 (*)", 14)]),
    ("電子カルテシステムと接続するネットワークとの接続 (*)", [("", 16)]),
    ("用途・システム名 (*)", [("", 22)]),
    ("回線情報", [("回線の種類", 12), ("回線名", 16), ("回線事業者", 12), ("回線サービス名", 26), ("回線ID", 16)]),
    ("プロバイダ情報", [("プロバイダ名", 12), ("プロバイダ品目", 22)]),
    ("回線と紐付くグローバルIPアドレス", [("通信形態 (*)", 16), ("グローバルIP利用 (*)", 10), ("固定IP/動的IP (*)", 10),
                                   ("グローバルIPアドレス (*)", 17)]),
    ("脆弱性診断当日記入欄", [("グローバルIP確認", 11), ("グローバルIPアドレス", 17)]),
    ("FQDN", [("", 18)]),
    ("回線終端装置(ONU/モデム)情報", [("回線終端装置設置場所 (*)", 28)]),
    ("接続機器情報（ルータ/UTM/FW）", [("メーカー", 12), ("機種名", 16), ("ファームウェアバージョン", 16)]),
]
col = 1
for glabel, subs in groups:
    start = col
    for sub, w in subs:
        wl.column_dimensions[wl.cell(4, col).column_letter].width = w
        if sub:
            wl.cell(5, col, sub)
        col += 1
    end = col - 1
    wl.cell(4, start, glabel or None)
    if len(subs) > 1:
        wl.merge_cells(start_row=4, start_column=start, end_row=4, end_column=end)
    elif not subs[0][0]:
        wl.merge_cells(start_row=4, start_column=start, end_row=5, end_column=start)
NCOL = col - 1
box(wl, f"A4:{wl.cell(5, NCOL).column_letter}5", HEAD, CENTER)
wl.row_dimensions[4].height = 48
wl.row_dimensions[5].height = 36

example = ["記入例", "調査希望あり", "調査希望あり", "あり", "電子カルテ", "光回線", "電カル保守用", "NTT東日本",
           "フレッツ光ネクスト", "COP12345678", "NTT東日本", "Bフレッツサービス", "インターネットVPN", "あり", "固定IP",
           "121.119.249.222", "入力不要", "", "example.xxx", "本部棟 3F サーバー室 -1番ラック 3U", "A社",
           "Router-01", "1.0.0"]
lines = [
    ["回線1", "調査希望あり", "調査希望あり", "あり", "電子カルテ（ベンダリモート保守）", "光回線", "電カル保守回線",
     "NTT西日本", "フレッツ 光クロス", "CAF2418836702", "OCN", "OCN光 IPoE 固定IP1", "インターネットVPN", "あり",
     "固定IP", "118.243.12.45", "入力不要", "", "", "本館 2F サーバー室 ラック1 上段", "Fortinet", "FortiGate-60F",
     "v7.2.8"],
    ["回線2", "調査希望あり", "調査希望あり", "あり", "PACS（画像診断装置保守）", "光回線", "PACS保守回線",
     "NTT西日本", "フレッツ 光ネクスト ビジネスタイプ", "CAF2418840155", "BIGLOBE", "BIGLOBE光 ビジネス",
     "インターネットVPN", "あり", "動的IP", "153.142.88.17", "確認済み", "153.142.90.204", "", "本館 1F 放射線科 操作室",
     "YAMAHA", "RTX1220", "Rev.15.02.30"],
    ["回線3", "調査希望あり", "調査希望なし", "あり", "オンライン資格確認・レセプトオンライン請求", "光回線",
     "オン資回線", "NTT西日本", "フレッツ 光ネクスト", "CAF2418851390", "", "", "閉域網", "なし", "", "", "入力不要",
     "", "", "本館 1F 医事課 事務室", "YAMAHA", "RTX830", "Rev.15.02.29"],
]
r = 6
for i, v in enumerate(example):
    c = wl.cell(r, 1 + i, v if v != "" else None)
for row in [example]:
    pass
box(wl, f"A6:{wl.cell(6, NCOL).column_letter}6", EX)
for j, ln in enumerate(lines):
    rr = 7 + j
    for i, v in enumerate(ln):
        wl.cell(rr, 1 + i, v if v != "" else None)
for k in range(2):  # empty 回線4, 回線5
    wl.cell(10 + k, 1, f"回線{4 + k}")
box(wl, f"A7:{wl.cell(11, NCOL).column_letter}11")
for rr in range(7, 12):
    for cc in range(2, NCOL + 1):
        wl.cell(rr, cc).fill = INP

for rng, opts in [("B7:C11", '"調査希望あり,調査希望なし"'), ("D7:D11", '"あり,なし"'), ("N7:N11", '"あり,なし"'),
                  ("O7:O11", '"固定IP,動的IP"'), ("Q7:Q11", '"確認済み,入力不要"'),
                  ("M7:M11", '"インターネット,インターネットVPN,閉域網,モバイル"')]:
    d = DataValidation(type="list", formula1=opts, allow_blank=True)
    wl.add_data_validation(d)
    d.add(rng)

wl["A14"] = "■装置と接続する回線と機器の詳細（機器のポート情報）"
wl["A14"].font = BOLD
phdr = ["回線", "機器", "ポート (*)", "機器名 (*)", "IPアドレス (*)", "ポート番号 (*)", "プロトコル (*)", "接続状況"]
for i, h in enumerate(phdr):
    wl.cell(15, 1 + i, h)
box(wl, "A15:H15", HEAD, CENTER)
ports = [
    ["回線1", "FortiGate-60F", "wan1", "ONU（光クロス）", "118.243.12.45", 443, "HTTPS(SSL-VPN)", "接続あり"],
    ["回線1", "FortiGate-60F", "internal1", "電子カルテ基幹スイッチ", "192.168.10.1", 443, "HTTPS", "接続あり"],
    ["回線2", "RTX1220", "LAN2", "ONU（光ネクスト）", "153.142.88.17", 500, "UDP(IKE)", "接続あり"],
    ["回線2", "RTX1220", "LAN1", "PACSサーバ", "192.168.30.10", 22, "SSH", "接続あり"],
    ["回線3", "RTX830", "LAN1", "オンライン資格確認端末", "192.168.20.50", 443, "HTTPS", "接続あり"],
]
for j, p in enumerate(ports):
    for i, v in enumerate(p):
        wl.cell(16 + j, 1 + i, v)
box(wl, f"A16:H{15 + len(ports)}")
wl.freeze_panes = "B6"

# ---------------------------------------------------------------- 調査端末情報記入シート
wt = wb.create_sheet("調査端末情報記入シート")
wt["A1"] = "調査端末情報記入シート"
wt["A1"].font = TITLE
wt["A2"] = "電子カルテと接続のある端末を5台お選びください（電子カルテ端末から1台、主要な部門システムから1台ずつ推奨）。"
tcols = [("", 8), ("システム種別 (*)", 16), ("シングル利用 (*)", 14), ("端末ホスト名 (*)", 14), ("IPアドレス (*)", 18),
         ("設置場所 (*)", 26), ("端末ホスト名", 14), ("IPアドレス", 18), ("セキュリティ対策製品", 22), ("備考", 34)]
for i, (h, w) in enumerate(tcols):
    wt.cell(5, 1 + i, h or None)
    wt.column_dimensions[wt.cell(5, 1 + i).column_letter].width = w
wt["A4"] = "調査端末情報"
wt.merge_cells("A4:A5")
wt.merge_cells("B4:B5")
wt["B4"] = "システム種別 (*)"
wt.merge_cells("C4:C5")
wt["C4"] = "シングル利用 (*)"
wt.merge_cells("D4:F4")
wt["D4"] = "シンクラ端末/FAT端末"
wt.merge_cells("G4:H4")
wt["G4"] = "仮想デスクトップ"
wt.merge_cells("I4:I5")
wt["I4"] = "セキュリティ対策製品"
wt.merge_cells("J4:J5")
wt["J4"] = "備考"
box(wt, "A4:J5", HEAD, CENTER)
wt.row_dimensions[5].height = 30
texample = ["記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F ○○○室", "", "", "Microsoft Defender",
            "端末操作可能時間：12:00-13:00"]
terms = [
    ["No.1", "電子カルテ", "単体", "EC-PC012", "192.168.10.112/24", "本館 2F 医局", "", "", "Trend Micro Apex One",
     "端末操作可能時間：12:00-13:00"],
    ["No.2", "電子カルテ", "仮想デスクトップ", "EC-TC045", "192.168.10.145/24", "本館 3F 3階病棟 ナースステーション",
     "VDI-EC045", "172.16.20.45/24", "Trend Micro Apex One", ""],
    ["No.3", "医事会計", "単体", "IJ-PC03", "192.168.20.13/24", "本館 1F 医事課 受付カウンター内", "", "",
     "ESET Endpoint Security", "受付時間中（8:30-11:30）は操作不可"],
    ["No.4", "PACS", "単体", "RAD-VW01", "192.168.30.21/24", "本館 1F 放射線科 読影室", "", "", "Microsoft Defender", ""],
    ["No.5", "臨床検査", "単体", "LAB-PC01", "192.168.40.31/25", "本館 1F 検査室", "", "", "Microsoft Defender",
     "検査技師立会い必須"],
]
for i, v in enumerate(texample):
    wt.cell(6, 1 + i, v or None)
box(wt, "A6:J6", EX)
for j, t in enumerate(terms):
    for i, v in enumerate(t):
        wt.cell(7 + j, 1 + i, v or None)
box(wt, "A7:J11")
d = DataValidation(type="list", formula1='"単体,仮想デスクトップ"', allow_blank=True)
wt.add_data_validation(d)
d.add("C7:C11")

# ---------------------------------------------------------------- 設置場所記入シート
wf = wb.create_sheet("設置場所記入シート")
wf["A1"] = "設置場所記入シート"
wf["A1"].font = TITLE
wf["A2"] = "平面図（フロア図）を貼り付け、調査対象の回線終端装置・端末の位置が分かるよう番号を記入しています。"

font = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 18)
small = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 14)
img = Image.new("RGB", (900, 560), "white")
dr = ImageDraw.Draw(img)
dr.text((10, 5), "さぬき青葉病院 本館 平面図（1F / 2F / 3F 抜粋）", fill="black", font=font)
floors = [("1F", 40), ("2F", 210), ("3F", 380)]
rooms = {
    "1F": [("医事課 事務室", 0, 200), ("受付", 200, 320), ("放射線科 操作室", 320, 520), ("読影室", 520, 640),
           ("検査室", 640, 820)],
    "2F": [("サーバー室", 0, 180), ("医局", 180, 420), ("会議室", 420, 600), ("事務部", 600, 820)],
    "3F": [("3階病棟 病室", 0, 380), ("ナースステーション", 380, 600), ("病室", 600, 820)],
}
for fl, y in floors:
    dr.text((10, y + 60), fl, fill="black", font=font)
    for name, x0, x1 in rooms[fl]:
        dr.rectangle([60 + x0, y, 60 + x1, y + 140], outline="black", width=2)
        dr.text((68 + x0, y + 8), name, fill="black", font=small)
marks = [("回線3", 120, 130), ("端末3", 300, 130), ("回線2", 450, 130), ("端末4", 600, 130), ("端末5", 760, 130),
         ("回線1", 130, 300), ("端末1", 330, 300), ("端末2", 520, 470)]
for lab, x, y in marks:
    dr.ellipse([x - 6, y - 6, x + 6, y + 6], fill="red")
    dr.text((x + 8, y - 10), lab, fill="red", font=small)
tmp = os.path.join(tempfile.mkdtemp(), "floor.png")
img.save(tmp)
pic = XLImage(tmp)
pic.anchor = "A4"
wf.add_image(pic)
wf["N4"] = "吹き出し（回線・機器情報記入シート／調査端末情報記入シートから自動表示）"
wf["N4"].font = BOLD
wf.column_dimensions["N"].width = 70
q = "'回線・機器情報記入シート'"
t = "'調査端末情報記入シート'"
for k in range(3):
    rr = 7 + k
    wf.cell(5 + k, 14, f'={q}!A{rr}&"："&{q}!E{rr}&" ／ "&{q}!T{rr}')
for k in range(5):
    rr = 7 + k
    wf.cell(8 + k, 14, f'="端末"&{k + 1}&"："&{t}!D{rr}&" ／ "&{t}!F{rr}')

# ---------------------------------------------------------------- アカウント・パスワードリスト (提出不要)
wp = wb.create_sheet("アカウント(ログインID)・パスワードリスト")
wp["A1"] = "アカウント(ログインID)・パスワードリスト　【提出不要】"
wp["A1"].font = TITLE
wp["A2"] = "※本シートは当日までの情報整理用です。事務局への提出は不要です。"
wp["A4"] = "■調査① インターネット回線/ONUに紐づく装置(ルータ/UTM/FW)"
for i, h in enumerate(["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"]):
    wp.cell(5, 1 + i, h or None)
for k in range(5):
    wp.cell(6 + k, 1, f"回線{k + 1}")
for k, ln in enumerate(lines):
    wp.cell(6 + k, 2, ln[20])
    wp.cell(6 + k, 3, ln[21])
box(wp, "A5:F10")
wp["A12"] = "■調査端末(シンクラ端末/FAT端末)"
for i, h in enumerate(["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"]):
    wp.cell(13, 1 + i, h or None)
for k, tt in enumerate(terms):
    wp.cell(14 + k, 1, f"端末{k + 1}")
    wp.cell(14 + k, 2, tt[3])
    wp.cell(14 + k, 3, tt[4])
box(wp, "A13:E18")
wp["A20"] = "備考(接続先情報など)"
for col, w in zip("ABCDEF", [8, 14, 20, 22, 18, 26]):
    wp.column_dimensions[col].width = w

wb.save(OUT)
print("saved", OUT)
