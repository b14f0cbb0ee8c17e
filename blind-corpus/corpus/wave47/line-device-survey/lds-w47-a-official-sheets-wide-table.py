#!/usr/bin/env python3
# Generator for lds-w47-a-official-sheets-wide-table.xlsx
# Run: PYTHONPATH=/tmp/w47lib /usr/bin/python3 lds-w47-a-official-sheets-wide-table.py
# Layout: the secretariat's five sheets (基本情報 / 回線・機器情報 / 調査端末情報 / 設置場所 / ID・PWリスト),
# wide line table with two-row headers and a 記入例 row, port table as a second table on the line sheet,
# hidden choice-list sheet, floor plan picture with callout shapes. Filled on diagnosis day (当日欄 filled).
import os
import re
import shutil
import zipfile
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.drawing.image import Image as XLImage
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w47-a-official-sheets-wide-table"
OUT = os.path.join(HERE, NAME + ".xlsx")
PNG = "/tmp/lds-w47-a-floor.png"
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

thin = Side(style="thin", color="000000")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="DDEBF7")
REQ = PatternFill("solid", fgColor="FCE4D6")
EX = PatternFill("solid", fgColor="E7E6E6")
INP = PatternFill("solid", fgColor="FFFFE0")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def box(ws, rng, fill=None):
    for row in ws[rng]:
        for c in row:
            c.border = BORDER
            if fill is not None:
                c.fill = fill


def put(ws, ref, value, fill=None, bold=False, align=WRAP):
    c = ws[ref]
    c.value = value
    c.alignment = align
    c.border = BORDER
    if fill is not None:
        c.fill = fill
    if bold:
        c.font = Font(bold=True)
    return c


wb = Workbook()

# ---------------------------------------------------------------- choice lists (hidden)
ls = wb.active
ls.title = "リスト"
lists = {
    "A": ["調査希望", "調査希望あり", "調査希望なし"],
    "B": ["有無", "あり", "なし"],
    "C": ["IP種別", "固定IP", "動的IP"],
    "D": ["当日確認", "確認済み", "入力不要"],
    "E": ["通信形態", "インターネット", "インターネットVPN", "閉域網", "モバイル回線", "その他"],
    "F": ["利用形態", "単体", "仮想デスクトップ"],
    "G": ["同意", "同意する"],
    "H": ["用途", "電子カルテ", "医事", "PACS（画像）", "臨床検査", "リモート保守", "その他"],
}
for col, vals in lists.items():
    for i, v in enumerate(vals, start=1):
        ls[f"{col}{i}"] = v
ls.sheet_state = "hidden"

# ---------------------------------------------------------------- 基本情報記入シート
ws = wb.create_sheet("基本情報記入シート", 0)
ws.column_dimensions["A"].width = 2
for col, w in zip("BCDEFGH", [22, 14, 26, 14, 30, 14, 30]):
    ws.column_dimensions[col].width = w
ws["B1"] = "別紙2-1_医療機関記入依頼書（回線・機器情報等記入）"
ws["B1"].font = Font(bold=True, size=14)
ws["B2"] = "医療機関におけるサイバーセキュリティ確保事業　基本情報記入シート"
ws["B3"] = "※(*)は記入必須項目です。黄色のセルにご記入ください。"
ws["B3"].font = Font(color="C00000", size=9)

put(ws, "B5", "本施策の同意確認", HEAD, bold=True)
ws.merge_cells("C5:F5")
put(ws, "C5", "(別紙)規約に記載の内容をご確認のうえ、本施策実施に同意いただける場合は「同意する」を選択してください")
box(ws, "C5:F5")
put(ws, "G5", "同意する", INP, align=CENTER)
ws.row_dimensions[5].height = 36
dv = DataValidation(type="list", formula1="=リスト!$G$2:$G$2", allow_blank=True)
ws.add_data_validation(dv)
dv.add("G5")

ws["B7"] = "■ご客様情報（医療機関情報）"
ws["B7"].font = Font(bold=True)
put(ws, "B8", "医療機関名", HEAD, bold=True)
ws.merge_cells("C8:E8")
put(ws, "C8", "医療法人社団緑風会　みどり野総合病院", INP)
box(ws, "C8:E8", INP)
put(ws, "F8", "（かな）", HEAD)
ws.merge_cells("G8:H8")
put(ws, "G8", "いりょうほうじんしゃだんりょくふうかい　みどりのそうごうびょういん", INP)
box(ws, "G8:H8", INP)
ws.row_dimensions[8].height = 30

put(ws, "B9", "住所", HEAD, bold=True)
ws.merge_cells("B9:B10")
put(ws, "C9", "〒", HEAD, align=CENTER)
put(ws, "D9", "320-0857", INP)
put(ws, "E9", "住所", HEAD)
put(ws, "F9", "栃木県宇都宮市鶴田町1丁目22番5号", INP)
put(ws, "G9", "（かな）", HEAD)
put(ws, "H9", "とちぎけんうつのみやしつるたまち1ちょうめ22ばん5ごう", INP)
put(ws, "C10", "", HEAD)
put(ws, "D10", "", HEAD)
put(ws, "E10", "ビル名", HEAD)
put(ws, "F10", "みどり野メディカルセンター本館", INP)
put(ws, "G10", "（かな）", HEAD)
put(ws, "H10", "みどりのめでぃかるせんたーほんかん", INP)
ws.row_dimensions[9].height = 30
ws.row_dimensions[10].height = 30
put(ws, "B11", "病床数", HEAD, bold=True)
put(ws, "C11", 186, INP, align=CENTER)
put(ws, "D11", "床")

ws["B13"] = "■担当者情報（4名まで記入できます）"
ws["B13"].font = Font(bold=True)
for ref, label in zip(["B14", "C14", "E14", "F14", "G14"], ["", "所属・役職", "担当者名", "連絡先（電話番号）", "連絡先（メールアドレス）"]):
    put(ws, ref, label, HEAD, bold=True, align=CENTER)
ws.merge_cells("C14:D14")
box(ws, "C14:D14", HEAD)
ws.merge_cells("G14:H14")
box(ws, "G14:H14", HEAD)
contacts = [
    ("情報システム室　室長", "佐藤 健一", "028-634-5121", "k-sato@midorino-hp.or.jp"),
    ("情報システム室　主任", "高橋 美咲", "080-4417-2290", "m-takahashi@midorino-hp.or.jp"),
    None,
    None,
]
for i, ct in enumerate(contacts):
    r = 15 + i
    put(ws, f"B{r}", f"担当者{i + 1}", HEAD, align=CENTER)
    ws.merge_cells(f"C{r}:D{r}")
    ws.merge_cells(f"G{r}:H{r}")
    box(ws, f"C{r}:H{r}", INP)
    if ct:
        ws[f"C{r}"] = ct[0]
        ws[f"E{r}"] = ct[1]
        ws[f"F{r}"] = ct[2]
        ws[f"G{r}"] = ct[3]

ws["B20"] = "■申込内容の確認"
ws["B20"].font = Font(bold=True)
ws.merge_cells("B21:D21")
put(ws, "B21", "確認者名（医療機関のご担当者名）", HEAD, bold=True)
box(ws, "B21:D21", HEAD)
ws.merge_cells("E21:F21")
put(ws, "E21", "佐藤　健一", INP)
box(ws, "E21:F21", INP)
ws["B22"] = "※記入内容に不備がないかご確認のうえ、フルネームでご記入ください。"
ws["B22"].font = Font(size=9)

# ---------------------------------------------------------------- 回線・機器情報記入シート
ls2 = wb.create_sheet("回線・機器情報記入シート", 1)
ws = ls2
ws["A1"] = "回線・機器情報記入シート"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "※電子カルテシステムに接続するすべての回線（保守用回線を含む）を1行に1回線ずつご記入ください。(*)は必須。"
ws["A2"].font = Font(size=9, color="C00000")
ws["A3"] = "※動的IPの回線は、脆弱性診断当日にグローバルIPアドレスを確認のうえ「脆弱性診断当日記入欄」にご記入ください。"
ws["A3"].font = Font(size=9, color="C00000")

cols = [
    # (col, group, header, width, required)
    ("B", "調査希望", "技術バージョン確認 (*)", 13, True),
    ("C", "調査希望", "脆弱性診断 (*)", 13, True),
    ("D", None, "電子カルテシステムと接続するネットワークとの接続 (*)", 16, True),
    ("E", None, "用途・システム名 (*)", 18, True),
    ("F", "回線と紐付くグローバルIPアドレス", "通信形態 (*)", 16, True),
    ("G", "回線と紐付くグローバルIPアドレス", "グローバルIP利用 (*)", 11, True),
    ("H", "回線と紐付くグローバルIPアドレス", "固定IP/動的IP (*)", 11, True),
    ("I", "回線と紐付くグローバルIPアドレス", "グローバルIPアドレス (*)", 17, True),
    ("J", "脆弱性診断当日記入欄", "グローバルIP確認", 11, False),
    ("K", "脆弱性診断当日記入欄", "グローバルIPアドレス", 17, False),
    ("L", None, "FQDN", 24, False),
    ("M", "プロバイダ情報", "プロバイダ名", 16, False),
    ("N", "プロバイダ情報", "プロバイダ品目", 18, False),
    ("O", "回線情報", "回線事業者", 12, False),
    ("P", "回線情報", "回線サービス名", 24, False),
    ("Q", "回線情報", "回線ID", 16, False),
    ("R", "回線情報", "回線名", 20, False),
    ("S", "回線情報", "回線の種類", 10, False),
    ("T", "回線終端装置(ONU/モデム)情報", "回線終端装置設置場所 (*)", 26, True),
    ("U", "回線に紐づく装置（ルータ/UTM/FW）", "メーカー", 12, False),
    ("V", "回線に紐づく装置（ルータ/UTM/FW）", "機種名", 16, False),
    ("W", "回線に紐づく装置（ルータ/UTM/FW）", "ファームウェアバージョン", 16, False),
]
ws.column_dimensions["A"].width = 8
put(ws, "A5", "", HEAD)
put(ws, "A6", "", HEAD)
ws.merge_cells("A5:A6")
for col, group, head, width, req in cols:
    ws.column_dimensions[col].width = width
    put(ws, f"{col}6", head, REQ if req else HEAD, bold=True, align=CENTER)
    put(ws, f"{col}5", group if group else head, HEAD, bold=True, align=CENTER)
# merge group headers and single headers
groups = {}
for col, group, head, width, req in cols:
    if group:
        groups.setdefault(group, []).append(col)
    else:
        ws.merge_cells(f"{col}5:{col}6")
for group, gcols in groups.items():
    ws.merge_cells(f"{gcols[0]}5:{gcols[-1]}5")
ws.row_dimensions[6].height = 58

example = ["調査希望あり", "調査希望あり", "あり", "電子カルテ", "インターネットVPN", "あり", "固定IP",
           "121.119.249.222", "入力不要", "", "example.xxx", "NTT東日本", "Bフレッツサービス", "NTT東日本",
           "フレッツ 光ネクスト", "CAF0000000000", "○○回線", "光回線", "本部棟 3F サーバー室 -1番ラック 3U",
           "YAMAHA", "RTX1210", "Rev.14.01.38"]
lines = [
    ["調査希望あり", "調査希望あり", "あり", "電子カルテ", "インターネットVPN", "あり", "固定IP",
     "122.208.41.73", "入力不要", None, None, "OCN", "OCN光 IPoE 固定IP1", "NTT東日本",
     "フレッツ 光ネクスト ビジネスタイプ", "CAF2143987651", "電子カルテリモート保守回線", "光回線",
     "本館2F サーバ室 ラックA 10U", "YAMAHA", "RTX1220", "Rev.23.00.12"],
    ["調査希望あり", "調査希望あり", "あり", "PACS（画像）", "インターネットVPN", "あり", "固定IP",
     "153.150.88.34", "入力不要", None, "vpn-pacs.midorino-hp.or.jp", "So-net", "So-net 光 with フレッツ 固定IP",
     "NTT東日本", "フレッツ 光クロス", "CAF3098765412", "PACS遠隔読影回線", "光回線",
     "本館1F 放射線科 機械室 壁面ラック", "Fortinet", "FortiGate 60F", "v7.2.8"],
    ["調査希望なし", "調査希望あり", "あり", "臨床検査（検査システム保守）", "インターネット", "あり", "動的IP",
     None, "確認済み", "183.77.150.9", None, "BIGLOBE", "ビッグローブ光 ファミリータイプ", "ビッグローブ",
     "ビッグローブ光", "COP0123456789", "検査システム保守回線", "光回線",
     "本館B1F 検査科 分析機器室 棚上", "NEC", "UNIVERGE IX2106", "10.8.21"],
]
labels = ["記入例", "回線1", "回線2", "回線3", "回線4", "回線5"]
for i, lab in enumerate(labels):
    r = 7 + i
    put(ws, f"A{r}", lab, EX if lab == "記入例" else HEAD, bold=True, align=CENTER)
    data = example if i == 0 else (lines[i - 1] if i - 1 < len(lines) else [None] * len(cols))
    for (col, *_), v in zip(cols, data):
        c = put(ws, f"{col}{r}", v, EX if i == 0 else INP)
        if i == 0:
            c.font = Font(color="808080")
    ws.row_dimensions[r].height = 30

for rng, src in [("B8:C12", "=リスト!$A$2:$A$3"), ("D8:D12", "=リスト!$B$2:$B$3"),
                 ("G8:G12", "=リスト!$B$2:$B$3"), ("H8:H12", "=リスト!$C$2:$C$3"),
                 ("J8:J12", "=リスト!$D$2:$D$3"), ("F8:F12", "=リスト!$E$2:$E$6")]:
    d = DataValidation(type="list", formula1=src, allow_blank=True)
    ws.add_data_validation(d)
    d.add(rng)
ws.freeze_panes = "B7"

# second table: port information
ws["A15"] = "装置と接続する回線と機器の詳細（機器のポート情報）"
ws["A15"].font = Font(bold=True)
phead = ["回線", "機器情報", "ポート (*)", "機器名 (*)", "IPアドレス (*)", "ポート番号 (*)", "プロトコル (*)", "接続状況"]
pcols = "ABCDEFGH"
for col, h in zip(pcols, phead):
    put(ws, f"{col}16", h, HEAD, bold=True, align=CENTER)
ports = [
    ("回線1", "YAMAHA RTX1220", "LAN1", "基幹L3スイッチ（電子カルテ系）", "192.168.10.254", 22, "SSH", "接続あり"),
    ("回線1", "YAMAHA RTX1220", "LAN2", "リモート保守用PC", "192.168.10.200", 3389, "RDP", "接続あり"),
    ("回線2", "FortiGate 60F", "internal1", "PACSサーバ", "192.168.20.10", 443, "HTTPS", "接続あり"),
    ("回線3", "UNIVERGE IX2106", "GE1", "検査システムサーバ", "192.168.40.5", 5900, "VNC", "接続なし"),
]
for i, p in enumerate(ports):
    r = 17 + i
    for col, v in zip(pcols, p):
        put(ws, f"{col}{r}", v, INP)
for r in range(17 + len(ports), 17 + len(ports) + 2):
    for col in pcols:
        put(ws, f"{col}{r}", None, INP)

# ---------------------------------------------------------------- 調査端末情報記入シート
ws = wb.create_sheet("調査端末情報記入シート", 2)
ws["A1"] = "調査端末情報記入シート"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "※調査対象の端末(PC)を5台ご記入ください。電子カルテ端末から1台、主要な部門システムから1台ずつを推奨します。"
ws["A2"].font = Font(size=9, color="C00000")
tcols = [
    ("B", None, "システム種別 (*)", 16, True),
    ("C", None, "シングル利用 (*)", 14, True),
    ("D", "シンクル端末/FAT端末", "端末ホスト名 (*)", 16, True),
    ("E", "シンクル端末/FAT端末", "IPアドレス (*)", 18, True),
    ("F", "シンクル端末/FAT端末", "設置場所 (*)", 26, True),
    ("G", "仮想デスクトップ", "端末ホスト名", 16, False),
    ("H", "仮想デスクトップ", "IPアドレス", 18, False),
    ("I", None, "セキュリティ対策製品", 24, False),
    ("J", None, "備考", 30, False),
]
ws.column_dimensions["A"].width = 8
put(ws, "A4", "", HEAD)
put(ws, "A5", "", HEAD)
ws.merge_cells("A4:A5")
tg = {}
for col, group, head, width, req in tcols:
    ws.column_dimensions[col].width = width
    put(ws, f"{col}5", head, REQ if req else HEAD, bold=True, align=CENTER)
    put(ws, f"{col}4", group if group else head, HEAD, bold=True, align=CENTER)
    if group:
        tg.setdefault(group, []).append(col)
    else:
        ws.merge_cells(f"{col}4:{col}5")
for g, gc in tg.items():
    ws.merge_cells(f"{gc[0]}4:{gc[-1]}4")
ws.row_dimensions[5].height = 32
texample = ["電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F ○○○室", "PCXXXX", "192.168.1.25/24",
            "Microsoft Defender", "端末操作可能時間：12:00-13:00"]
terms = [
    ["電子カルテ", "単体", "EMR-PC-2F-01", "192.168.10.131/24", "本館2F 西病棟ナースステーション", None, None,
     "Trend Micro Apex One", "端末操作可能時間：13:00-15:00"],
    ["電子カルテ", "仮想デスクトップ", "TC-OPD-07", "192.168.10.157/24", "本館1F 内科外来 第3診察室", "VDI-EMR-023",
     "172.16.5.23/24", "Microsoft Defender", None],
    ["医事会計", "単体", "IJI-PC-01", "192.168.30.21/24", "本館1F 医事課", None, None,
     "ESET Endpoint Security", "平日17時以降のみ操作可"],
    ["PACS（画像）", "単体", "PACS-VW-03", "192.168.20.43/24", "本館1F 放射線科 読影室", None, None,
     "Trend Micro Apex One", None],
    ["臨床検査", "単体", "LAB-PC-02", "192.168.40.12/24", "本館B1F 検査科", None, None,
     "Microsoft Defender", "端末操作可能時間：12:00-13:00\n立会い必須"],
]
for i in range(6):
    r = 6 + i
    lab = "記入例" if i == 0 else f"No.{i}"
    put(ws, f"A{r}", lab, EX if i == 0 else HEAD, bold=True, align=CENTER)
    data = texample if i == 0 else terms[i - 1]
    for (col, *_), v in zip(tcols, data):
        c = put(ws, f"{col}{r}", v, EX if i == 0 else INP)
        if i == 0:
            c.font = Font(color="808080")
    ws.row_dimensions[r].height = 32
d = DataValidation(type="list", formula1="=リスト!$F$2:$F$3", allow_blank=True)
ws.add_data_validation(d)
d.add("C7:C11")

# ---------------------------------------------------------------- 設置場所記入シート (floor plan)
img = Image.new("RGB", (900, 560), "white")
g = ImageDraw.Draw(img)
f = ImageFont.truetype(FONT, 18)
fs = ImageFont.truetype(FONT, 14)
g.rectangle([10, 10, 890, 550], outline="black", width=3)
g.text((20, 16), "みどり野総合病院 本館 平面図（1F・2F・B1F 抜粋）", font=f, fill="black")
rooms = [
    ((20, 60, 300, 260), "本館1F 医事課"), ((310, 60, 600, 260), "本館1F 内科外来"),
    ((610, 60, 880, 260), "本館1F 放射線科（読影室・機械室）"), ((20, 300, 300, 540), "本館2F サーバ室"),
    ((310, 300, 600, 540), "本館2F 西病棟ナースステーション"), ((610, 300, 880, 540), "本館B1F 検査科"),
]
for (x0, y0, x1, y1), label in rooms:
    g.rectangle([x0, y0, x1, y1], outline="black", width=2)
    g.text((x0 + 8, y0 + 8), label, font=fs, fill="black")
g.rectangle([40, 340, 90, 440], outline="gray", fill="#DDDDDD")
g.text((42, 445), "ラックA", font=fs, fill="black")
img.save(PNG)

ws = wb.create_sheet("設置場所記入シート", 3)
ws["A1"] = "設置場所記入シート"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "※平面図またはフロア図を貼り付け、調査対象の回線終端装置・端末の吹き出しを設置場所に配置してください。"
ws["A2"].font = Font(size=9, color="C00000")
pic = XLImage(PNG)
ws.add_image(pic, "B4")

callouts = [
    # (text lines, from col,row, to col,row) zero-based
    (["回線1 電子カルテリモート保守回線", "本館2F サーバ室 ラックA 10U"], (1, 29), (5, 32)),
    (["回線2 PACS遠隔読影回線", "本館1F 放射線科 機械室 壁面ラック"], (11, 3), (15, 6)),
    (["回線3 検査システム保守回線", "本館B1F 検査科 分析機器室 棚上"], (11, 29), (15, 32)),
    (["No.1 EMR-PC-2F-01", "本館2F 西病棟ナースステーション"], (6, 29), (10, 32)),
    (["No.2 TC-OPD-07", "本館1F 内科外来 第3診察室"], (6, 3), (10, 6)),
    (["No.3 IJI-PC-01", "本館1F 医事課"], (1, 3), (5, 6)),
    (["No.4 PACS-VW-03", "本館1F 放射線科 読影室"], (11, 7), (15, 10)),
    (["No.5 LAB-PC-02", "本館B1F 検査科"], (11, 33), (15, 36)),
]

# ---------------------------------------------------------------- アカウント(ログインID)・パスワードリスト (blank, 提出不要)
ws = wb.create_sheet("アカウント(ログインID)・パスワードリスト", 4)
ws["A1"] = "アカウント(ログインID)・パスワードリスト　【提出不要】"
ws["A1"].font = Font(bold=True, size=14, color="C00000")
ws["A2"] = "※本シートは事務局への提出は不要です。現地調査当日までにログイン情報をご準備ください。"
ws["A2"].font = Font(size=9)
ws["A4"] = "■調査① インターネット回線/ONUに紐づく装置(ルータ/UTM/FW)"
for col, h in zip("ABCDEF", ["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"]):
    put(ws, f"{col}5", h, HEAD, bold=True, align=CENTER)
    ws.column_dimensions[col].width = 20
for i, (mk, md) in enumerate([("YAMAHA", "RTX1220"), ("Fortinet", "FortiGate 60F"), ("NEC", "UNIVERGE IX2106")]):
    r = 6 + i
    put(ws, f"A{r}", f"回線{i + 1}", HEAD)
    put(ws, f"B{r}", mk)
    put(ws, f"C{r}", md)
    for col in "DEF":
        put(ws, f"{col}{r}", None)
ws["A10"] = "■調査端末（シンクル端末/FAT端末）"
for col, h in zip("ABCDE", ["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"]):
    put(ws, f"{col}11", h, HEAD, bold=True, align=CENTER)
for i, t in enumerate(terms):
    r = 12 + i
    put(ws, f"A{r}", f"端末{i + 1}", HEAD)
    put(ws, f"B{r}", t[2])
    put(ws, f"C{r}", t[3])
    put(ws, f"D{r}", None)
    put(ws, f"E{r}", None)

wb.active = 0
tmp = OUT + ".tmp.xlsx"
wb.save(tmp)


# ---------------------------------------------------------------- add callout shapes to the floor-plan drawing
def add_callouts(src, dst, sheet_drawing, items):
    zin = zipfile.ZipFile(src)
    zout = zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED)
    for info in zin.infolist():
        data = zin.read(info.filename)
        if info.filename == sheet_drawing:
            xml = data.decode("utf-8")
            anchors = []
            for n, (texts, (c0, r0), (c1, r1)) in enumerate(items):
                paras = "".join(
                    '<a:p><a:r><a:rPr lang="ja-JP" altLang="en-US" sz="900"><a:solidFill><a:srgbClr val="000000"/>'
                    '</a:solidFill></a:rPr><a:t>%s</a:t></a:r></a:p>' % escape(t) for t in texts)
                anchors.append(
                    '<twoCellAnchor><from><col>%d</col><colOff>0</colOff><row>%d</row><rowOff>0</rowOff></from>'
                    '<to><col>%d</col><colOff>0</colOff><row>%d</row><rowOff>0</rowOff></to>'
                    '<sp macro="" textlink=""><nvSpPr><cNvPr id="%d" name="吹き出し %d"/><cNvSpPr/></nvSpPr>'
                    '<spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></a:xfrm>'
                    '<a:prstGeom prst="wedgeRectCallout"><a:avLst/></a:prstGeom>'
                    '<a:solidFill><a:srgbClr val="FFF2CC"/></a:solidFill>'
                    '<a:ln w="12700"><a:solidFill><a:srgbClr val="C00000"/></a:solidFill></a:ln></spPr>'
                    '<txBody><a:bodyPr vertOverflow="clip" wrap="square" rtlCol="0" anchor="t"/><a:lstStyle/>%s</txBody>'
                    '</sp><clientData/></twoCellAnchor>' % (c0, r0, c1, r1, 100 + n, n + 1, paras))
            xml = re.sub(r"</(\w+:)?wsDr>\s*$", lambda m: "".join(anchors) + m.group(0), xml)
            data = xml.encode("utf-8")
        zout.writestr(info, data)
    zout.close()
    zin.close()


add_callouts(tmp, OUT, "xl/drawings/drawing1.xml", callouts)
os.remove(tmp)
print("wrote", OUT)
