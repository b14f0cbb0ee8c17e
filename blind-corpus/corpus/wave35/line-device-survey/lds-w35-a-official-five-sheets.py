#!/usr/bin/python3
"""lds-w35-a: 別紙2-1 医療機関記入依頼書（回線・機器情報等記入）, drawn like the secretariat's own workbook:
five sheets with the official names, two-row headers, 記入例 rows, dropdowns, a port table below the lines,
a pasted floor plan with formula callouts, and the (提出不要) password list left with blank credentials.
Filled completely and correctly (no planted problem). Saved by openpyxl (callout formulas have no cached value).
"""
import json, os, sys
sys.path.insert(0, "/tmp/lds_bv_pylib")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w35-a-official-five-sheets"
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="DDEBF7")
REQ = PatternFill("solid", fgColor="FCE4D6")
EX = PatternFill("solid", fgColor="EDEDED")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def put(ws, ref, value, fill=None, bold=False, align=WRAP):
    c = ws[ref]
    c.value = value
    c.alignment = align
    if fill:
        c.fill = fill
    if bold:
        c.font = Font(bold=True)
    return c


wb = Workbook()

# ---------------------------------------------------------------- 基本情報記入シート
ws = wb.active
ws.title = "基本情報記入シート"
ws.column_dimensions["A"].width = 2
ws.column_dimensions["B"].width = 22
for col in "CDEFGH":
    ws.column_dimensions[col].width = 20
put(ws, "B1", "別紙2-1_医療機関記入依頼書（回線・機器情報等記入）　基本情報記入シート", bold=True, align=Alignment())
put(ws, "B2", "※(*)は必須項目です。黄色のセルをご記入ください。", align=Alignment())

put(ws, "B4", "本施策の同意確認", HEAD, True)
ws.merge_cells("C4:F4")
put(ws, "C4", "（別紙）規約に記載の内容をご確認のうえ、本施策実施に同意いただける場合は「同意する」を選択してください")
put(ws, "G4", "同意する", REQ, align=CENTER)
box(ws, "B4:G4")
ws.row_dimensions[4].height = 36
dv = DataValidation(type="list", formula1='"同意する"', allow_blank=True)
ws.add_data_validation(dv)
dv.add("G4")

put(ws, "B6", "■お客様情報（医療機関情報）", bold=True, align=Alignment())
put(ws, "B7", "医療機関名", HEAD, True)
ws.merge_cells("C7:D7")
put(ws, "C7", "社会医療法人瀬戸内会　高松みなと病院", REQ)
put(ws, "E7", "（かな）", HEAD, True)
ws.merge_cells("F7:G7")
put(ws, "F7", "しゃかいいりょうほうじんせとうちかい　たかまつみなとびょういん", REQ)
ws.merge_cells("B8:B10")
put(ws, "B8", "住所", HEAD, True)
put(ws, "C8", "〒", HEAD, True, CENTER)
put(ws, "D8", "760-0011", REQ)
put(ws, "C9", "住所", HEAD, True, CENTER)
put(ws, "D9", "香川県高松市浜ノ町12番3号", REQ)
put(ws, "E9", "（かな）", HEAD, True)
ws.merge_cells("F9:G9")
put(ws, "F9", "かがわけんたかまつしはまのちょう12ばん3ごう", REQ)
put(ws, "C10", "ビル名", HEAD, True, CENTER)
put(ws, "D10", None, REQ)
put(ws, "E10", "（かな）", HEAD, True)
ws.merge_cells("F10:G10")
put(ws, "F10", None, REQ)
put(ws, "B11", "病床数", HEAD, True)
put(ws, "C11", 198, REQ)
put(ws, "D11", "床", align=Alignment(vertical="center"))
box(ws, "B7:G11")

put(ws, "B13", "■担当者情報（4名まで）", bold=True, align=Alignment())
for col, h in zip("BCDEF", ["", "所属・役職", "担当者名（氏名）", "連絡先（電話番号）", "連絡先（メールアドレス）"]):
    put(ws, f"{col}14", h, HEAD, True, CENTER)
contacts = [
    {"department": "事務部 情報システム課 係長", "name": "真鍋　浩二", "phoneNumber": "087-811-2345", "email": "k-manabe@minato-hp.example.jp"},
    {"department": "事務部 医事課 主任", "name": "大西　美香", "phoneNumber": "087-811-2346", "email": "m-onishi@minato-hp.example.jp"},
]
for i in range(4):
    r = 15 + i
    put(ws, f"B{r}", f"担当者{i + 1}", HEAD, True, CENTER)
    for col in "CDEF":
        put(ws, f"{col}{r}", None, REQ)
    if i < len(contacts):
        c = contacts[i]
        ws[f"C{r}"].value = c["department"]
        ws[f"D{r}"].value = c["name"]
        ws[f"E{r}"].value = c["phoneNumber"]
        ws[f"F{r}"].value = c["email"]
box(ws, "B14:F18")

put(ws, "B20", "■申込内容の確認", bold=True, align=Alignment())
put(ws, "B21", "記入内容に不備がないかご確認のうえ、担当者の署名をフルネームでご記入ください。", align=Alignment())
ws.merge_cells("B22:C22")
put(ws, "B22", "確認者名（医療機関のご担当者名）", HEAD, True)
ws.merge_cells("D22:E22")
put(ws, "D22", "真鍋　浩二", REQ)
box(ws, "B22:E22")

# ---------------------------------------------------------------- 回線・機器情報記入シート
wl = wb.create_sheet("回線・機器情報記入シート")
put(wl, "A1", "回線・機器情報記入シート", bold=True, align=Alignment())
put(wl, "A2", "※電子カルテシステムに接続するすべての回線（保守用回線を含む）を1行1回線でご記入ください。(*)は必須。記入例の行は編集しないでください。", align=Alignment())
cols = [  # (col, group, header, width)
    ("A", "", "", 8),
    ("B", "調査希望", "技術バージョン確認 (*)", 14),
    ("C", "調査希望", "脆弱性診断 (*)", 14),
    ("D", "", "電子カルテシステムと接続するネットワークとの接続 (*)", 16),
    ("E", "", "用途・システム名 (*)", 22),
    ("F", "回線と紐付くグローバルIPアドレス", "通信形態 (*)", 16),
    ("G", "回線と紐付くグローバルIPアドレス", "グローバルIP利用 (*)", 11),
    ("H", "回線と紐付くグローバルIPアドレス", "固定IP/動的IP (*)", 11),
    ("I", "回線と紐付くグローバルIPアドレス", "グローバルIPアドレス (*)", 17),
    ("J", "脆弱性診断当日記入欄", "グローバルIP確認", 11),
    ("K", "脆弱性診断当日記入欄", "グローバルIPアドレス", 17),
    ("L", "", "FQDN", 14),
    ("M", "プロバイダ情報", "プロバイダ名", 14),
    ("N", "プロバイダ情報", "プロバイダ品目", 22),
    ("O", "回線情報", "回線の種類", 14),
    ("P", "回線情報", "回線事業者", 14),
    ("Q", "回線情報", "回線サービス名", 26),
    ("R", "回線情報", "回線名", 16),
    ("S", "回線情報", "回線ID", 16),
    ("T", "回線終端装置(ONU/モデム)情報", "回線終端装置設置場所 (*)", 26),
    ("U", "接続機器（ルータ/UTM/FW）", "メーカー", 12),
    ("V", "接続機器（ルータ/UTM/FW）", "機種名", 16),
    ("W", "接続機器（ルータ/UTM/FW）", "ファームウェアバージョン", 16),
]
for col, grp, hd, w in cols:
    wl.column_dimensions[col].width = w
    put(wl, f"{col}4", grp, HEAD, True, CENTER)
    put(wl, f"{col}5", hd, HEAD, True, CENTER)
# merge group headers
groups = {}
for col, grp, hd, w in cols:
    if grp:
        groups.setdefault(grp, []).append(col)
for grp, cl in groups.items():
    wl.merge_cells(f"{cl[0]}4:{cl[-1]}4")
for col in ["A", "D", "E", "L"]:
    wl.merge_cells(f"{col}4:{col}5")
    wl[f"{col}4"].value = dict((c, h) for c, g, h, w in cols)[col] or None
wl.row_dimensions[5].height = 48

keys = ["versionCheck", "vulnerabilityScan", "ehrConnection", "purpose", "communicationType", "globalIpUse",
        "ipAssignment", "globalIpAddress", "diagnosisDayCheck", "diagnosisDayAddress", "fqdn", "provider",
        "providerService", "lineKind", "carrier", "carrierService", "lineName", "lineId", "terminationLocation",
        "deviceMaker", "deviceModel", "firmwareVersion"]
keycols = [c for c, g, h, w in cols[1:]]
example = {"versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり",
           "purpose": "電子カルテ", "communicationType": "インターネットVPN", "globalIpUse": "あり",
           "ipAssignment": "固定IP", "globalIpAddress": "121.119.249.222", "diagnosisDayCheck": "入力不要",
           "diagnosisDayAddress": "入力不要", "fqdn": "example.xxx", "provider": "NTT東日本",
           "providerService": "Bフレッツサービス", "lineKind": "光回線", "carrier": "NTT東日本",
           "carrierService": "フレッツ光ネクスト", "lineName": "電子カルテ保守回線", "lineId": "CAF0000000000",
           "terminationLocation": "本部棟 3F サーバー室 -1番ラック 3U", "deviceMaker": "○○社",
           "deviceModel": "XX-1000", "firmwareVersion": "Ver.1.00"}
lines = [
    {"versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり",
     "purpose": "電子カルテ（リモート保守）", "communicationType": "インターネットVPN", "globalIpUse": "あり",
     "ipAssignment": "固定IP", "globalIpAddress": "153.156.72.18", "diagnosisDayCheck": "入力不要",
     "provider": "OCN", "providerService": "OCN光 IPoE 固定IP1",
     "lineKind": "光回線", "carrier": "NTT西日本", "carrierService": "フレッツ 光ネクスト ビジネスタイプ",
     "lineName": "電カル保守回線", "lineId": "COP0812345678", "terminationLocation": "本館2F サーバ室 ラック1 上段",
     "deviceMaker": "YAMAHA", "deviceModel": "RTX1300", "firmwareVersion": "Rev.23.00.10"},
    {"versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり",
     "purpose": "PACS（画像保守）", "communicationType": "インターネットVPN", "globalIpUse": "あり",
     "ipAssignment": "動的IP", "diagnosisDayCheck": "確認済み", "diagnosisDayAddress": "118.9.214.67",
     "provider": "BIGLOBE", "providerService": "ビッグローブ光",
     "lineKind": "光回線", "carrier": "NTT西日本", "carrierService": "フレッツ 光クロス",
     "lineName": "PACS保守回線", "lineId": "COP0823456789", "terminationLocation": "本館1F 放射線科 操作室 壁面",
     "deviceMaker": "Fortinet", "deviceModel": "FortiGate-40F", "firmwareVersion": "FortiOS 7.2.8"},
    {"versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望なし", "ehrConnection": "あり",
     "purpose": "オンライン資格確認・オンライン請求", "communicationType": "閉域網", "globalIpUse": "なし",
     "diagnosisDayCheck": "入力不要",
     "lineKind": "光回線", "carrier": "NTT西日本", "carrierService": "フレッツ 光ネクスト + IP-VPN",
     "lineName": "オン資回線", "lineId": "COP0834567890", "terminationLocation": "本館1F 医事課 事務室 カウンター裏",
     "deviceMaker": "NEC", "deviceModel": "UNIVERGE IX2215", "firmwareVersion": "Ver.10.8.21"},
    {"versionCheck": "調査希望なし", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり",
     "purpose": "検査システム（リモート保守）", "communicationType": "インターネットVPN", "globalIpUse": "あり",
     "ipAssignment": "固定IP", "globalIpAddress": "61.205.118.42", "diagnosisDayCheck": "入力不要",
     "provider": "IIJ", "providerService": "IIJモバイル 固定グローバルIPオプション",
     "lineKind": "モバイル回線（LTE）", "carrier": "NTTドコモ", "carrierService": "IIJモバイルサービス/タイプD",
     "lineName": "検査保守回線", "lineId": "IIJ-MB-204518", "terminationLocation": "別館3F 検査科 分析装置横",
     "deviceMaker": "Cisco", "deviceModel": "C1111-4PLTEEA", "firmwareVersion": "IOS XE 17.9.4a"},
]
r = 6
put(wl, f"A{r}", "記入例", EX, True, CENTER)
for k, col in zip(keys, keycols):
    put(wl, f"{col}{r}", example.get(k), EX)
for i in range(10):
    r = 7 + i
    put(wl, f"A{r}", f"回線{i + 1}", HEAD, True, CENTER)
    if i < len(lines):
        for k, col in zip(keys, keycols):
            put(wl, f"{col}{r}", lines[i].get(k))
box(wl, "A4:W16")
# a busy-filler habit: trailing space left in one purpose cell
wl["E7"].value = "電子カルテ（リモート保守） "
for cl, opts in [("B7:C16", "調査希望あり,調査希望なし"), ("D7:D16", "あり,なし"), ("G7:G16", "あり,なし"),
                 ("H7:H16", "固定IP,動的IP"), ("J7:J16", "確認済み,入力不要"),
                 ("F7:F16", "インターネット,インターネットVPN,閉域網,モバイル,その他")]:
    d = DataValidation(type="list", formula1=f'"{opts}"', allow_blank=True)
    d.showErrorMessage = False
    wl.add_data_validation(d)
    d.add(cl)

# second table: port information
put(wl, "A19", "■装置と接続する回線と機器の詳細（別紙2-2参照）", bold=True, align=Alignment())
phead = ["回線", "機器", "ポート (*)", "機器名 (*)", "IPアドレス (*)", "ポート番号 (*)", "プロトコル (*)", "接続状況"]
pcols = "ABCDEFGH"
for col, h in zip(pcols, phead):
    put(wl, f"{col}20", h, HEAD, True, CENTER)
ports = [
    {"line": "回線1", "device": "RTX1300", "port": "LAN1", "deviceName": "電カル保守中継サーバ", "ipAddress": "192.168.10.20", "portNumber": 443, "protocol": "HTTPS", "connectionStatus": "接続あり"},
    {"line": "回線1", "device": "RTX1300", "port": "LAN2", "deviceName": "電子カルテ基幹SW", "ipAddress": "192.168.10.1", "portNumber": 22, "protocol": "SSH", "connectionStatus": "接続あり"},
    {"line": "回線2", "device": "FortiGate-40F", "port": "internal1", "deviceName": "PACSサーバ", "ipAddress": "192.168.20.5", "portNumber": 3389, "protocol": "RDP", "connectionStatus": "接続あり"},
    {"line": "回線4", "device": "C1111-4PLTEEA", "port": "Gi0/1/0", "deviceName": "検査システムサーバ", "ipAddress": "192.168.30.2", "portNumber": 5900, "protocol": "VNC", "connectionStatus": "接続なし"},
]
pkeys = ["line", "device", "port", "deviceName", "ipAddress", "portNumber", "protocol", "connectionStatus"]
for i, p in enumerate(ports):
    for col, k in zip(pcols, pkeys):
        put(wl, f"{col}{21 + i}", p[k])
box(wl, "A20:H24")
wl.freeze_panes = "B6"

# ---------------------------------------------------------------- 調査端末情報記入シート
wt = wb.create_sheet("調査端末情報記入シート")
put(wt, "A1", "調査端末情報記入シート", bold=True, align=Alignment())
put(wt, "A2", "※電子カルテシステムと接続のある端末を5台選定してください（電子カルテ端末1台、主要な部門システムから1台ずつを推奨）。", align=Alignment())
tcols = [("A", "", "", 8), ("B", "", "システム種別 (*)", 14), ("C", "", "シングル利用 (*)", 14),
         ("D", "シンクル端末/FAT端末", "端末ホスト名 (*)", 16), ("E", "シンクル端末/FAT端末", "IPアドレス (*)", 18),
         ("F", "シンクル端末/FAT端末", "設置場所 (*)", 26), ("G", "仮想デスクトップ", "端末ホスト名", 16),
         ("H", "仮想デスクトップ", "IPアドレス", 18), ("I", "", "セキュリティ対策製品", 24), ("J", "", "備考", 30)]
for col, grp, hd, w in tcols:
    wt.column_dimensions[col].width = w
    put(wt, f"{col}4", grp or hd or None, HEAD, True, CENTER)
    put(wt, f"{col}5", hd or None, HEAD, True, CENTER)
wt.merge_cells("D4:F4")
wt.merge_cells("G4:H4")
for col in "ABCIJ":
    wt.merge_cells(f"{col}4:{col}5")
wt["A4"].value = "No."
tkeys = ["systemType", "usage", "hostName", "ipAddress", "location", "vdiHostName", "vdiIpAddress", "securityProduct", "remarks"]
texample = ["電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F ○○○室", "PCXXXX", "192.168.1.25/24", "Microsoft Defender", "端末操作可能時間：12:00-13:00"]
terminals = [
    {"systemType": "電子カルテ", "usage": "単体", "hostName": "EMR-NS3F-01", "ipAddress": "192.168.1.131/24",
     "location": "本館3F 3階病棟 ナースステーション", "securityProduct": "Trend Micro Apex One",
     "remarks": "端末操作可能時間：13:00-15:00\n（病棟業務の都合上、時間厳守）"},
    {"systemType": "電子カルテ", "usage": "仮想デスクトップ", "hostName": "TC-GAI-07", "ipAddress": "192.168.1.157/24",
     "location": "本館1F 外来 診察室7", "vdiHostName": "VDI-EMR-0107", "vdiIpAddress": "172.16.10.107/24",
     "securityProduct": "Microsoft Defender", "remarks": "外来終了後（17:00以降）のみ操作可"},
    {"systemType": "医事会計", "usage": "単体", "hostName": "IJI-KAIKEI-01", "ipAddress": "192.168.3.21/24",
     "location": "本館1F 医事課 事務室", "securityProduct": "ESET PROTECT Essential"},
    {"systemType": "PACS", "usage": "単体", "hostName": "PACS-VW-02", "ipAddress": "192.168.20.52/24",
     "location": "本館1F 放射線科 読影室", "securityProduct": "Microsoft Defender"},
    {"systemType": "臨床検査", "usage": "単体", "hostName": "LAB-WS-01", "ipAddress": "192.168.30.11/24",
     "location": "別館3F 検査科", "securityProduct": "Trend Micro Apex One", "remarks": "立会い必須（検査科 技師長）"},
]
put(wt, "A6", "記入例", EX, True, CENTER)
for col, v in zip("BCDEFGHIJ", texample):
    put(wt, f"{col}6", v, EX)
for i in range(5):
    r = 7 + i
    put(wt, f"A{r}", f"No.{i + 1}", HEAD, True, CENTER)
    for col, k in zip("BCDEFGHIJ", tkeys):
        put(wt, f"{col}{r}", terminals[i].get(k))
box(wt, "A4:J11")
for cl, opts in [("C7:C11", "単体,仮想デスクトップ")]:
    d = DataValidation(type="list", formula1=f'"{opts}"', allow_blank=True)
    wt.add_data_validation(d)
    d.add(cl)

# ---------------------------------------------------------------- 設置場所記入シート
wf = wb.create_sheet("設置場所記入シート")
put(wf, "A1", "設置場所記入シート（平面図・フロア図を貼り付け、吹き出しを設置場所に移動してください）", bold=True, align=Alignment())
img = Image.new("RGB", (960, 620), "white")
d = ImageDraw.Draw(img)
f = ImageFont.truetype(FONT, 18)
fs = ImageFont.truetype(FONT, 14)
d.text((20, 10), "高松みなと病院　本館1F・2F／別館3F　平面図（抜粋）", fill="black", font=f)
rooms = [((20, 50, 460, 300), "本館1F"), ((500, 50, 940, 300), "本館2F"), ((20, 340, 460, 600), "本館3F"),
         ((500, 340, 940, 600), "別館3F")]
for (x0, y0, x1, y1), lab in rooms:
    d.rectangle((x0, y0, x1, y1), outline="black", width=3)
    d.text((x0 + 8, y0 + 6), lab, fill="black", font=f)
for (x0, y0, x1, y1), lab in [((40, 90, 200, 180), "医事課 事務室"), ((220, 90, 440, 180), "放射線科 操作室/読影室"),
                              ((40, 200, 440, 280), "外来 診察室1～8"), ((520, 90, 700, 200), "サーバ室"),
                              ((720, 90, 920, 200), "情報システム課"), ((40, 380, 300, 480), "3階病棟 NS"),
                              ((520, 380, 760, 480), "検査科")]:
    d.rectangle((x0, y0, x1, y1), outline="gray", width=2)
    d.text((x0 + 6, y0 + 6), lab, fill="black", font=fs)
png = os.path.join(OUT, NAME + ".floor.png")
img.save(png)
pic = XLImage(png)
pic.anchor = "B3"
wf.add_image(pic)
put(wf, "N3", "吹き出し（自動表示）", HEAD, True)
callouts = [
    ("N4", "=\"回線1：\"&'回線・機器情報記入シート'!E7&\" / \"&'回線・機器情報記入シート'!T7"),
    ("N5", "=\"回線2：\"&'回線・機器情報記入シート'!E8&\" / \"&'回線・機器情報記入シート'!T8"),
    ("N6", "=\"回線3：\"&'回線・機器情報記入シート'!E9&\" / \"&'回線・機器情報記入シート'!T9"),
    ("N7", "=\"回線4：\"&'回線・機器情報記入シート'!E10&\" / \"&'回線・機器情報記入シート'!T10"),
    ("N8", "=\"端末No.1：\"&'調査端末情報記入シート'!D7&\" / \"&'調査端末情報記入シート'!F7"),
    ("N9", "=\"端末No.2：\"&'調査端末情報記入シート'!D8&\" / \"&'調査端末情報記入シート'!F8"),
    ("N10", "=\"端末No.3：\"&'調査端末情報記入シート'!D9&\" / \"&'調査端末情報記入シート'!F9"),
    ("N11", "=\"端末No.4：\"&'調査端末情報記入シート'!D10&\" / \"&'調査端末情報記入シート'!F10"),
    ("N12", "=\"端末No.5：\"&'調査端末情報記入シート'!D11&\" / \"&'調査端末情報記入シート'!F11"),
]
for ref, fml in callouts:
    wf[ref].value = fml
wf.column_dimensions["N"].width = 60

# ---------------------------------------------------------------- アカウント(ログインID)・パスワードリスト
wp = wb.create_sheet("アカウント(ログインID)・パスワードリスト")
put(wp, "A1", "アカウント(ログインID)・パスワードリスト　【提出不要】", bold=True, align=Alignment())
put(wp, "A2", "※本シートは事務局への提出は不要です。現地調査当日までにログイン情報を整理しておいてください。", align=Alignment())
put(wp, "A4", "■調査① インターネット回線/ONUに紐づく装置（ルータ/UTM/FW）", bold=True, align=Alignment())
for col, h in zip("ABCDEF", ["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"]):
    put(wp, f"{col}5", h or None, HEAD, True, CENTER)
for i, ln in enumerate(lines):
    r = 6 + i
    put(wp, f"A{r}", f"回線{i + 1}", HEAD, True, CENTER)
    put(wp, f"B{r}", ln["deviceMaker"])
    put(wp, f"C{r}", ln["deviceModel"])
box(wp, "A5:F9")
put(wp, "A12", "■調査端末（シンクル端末/FAT端末）", bold=True, align=Alignment())
for col, h in zip("ABCDE", ["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"]):
    put(wp, f"{col}13", h or None, HEAD, True, CENTER)
for i, t in enumerate(terminals):
    r = 14 + i
    put(wp, f"A{r}", f"端末{i + 1}", HEAD, True, CENTER)
    put(wp, f"B{r}", t["hostName"])
    put(wp, f"C{r}", t["ipAddress"])
box(wp, "A13:E18")
put(wp, "A20", "備考（接続先情報など）", HEAD, True)
for col, w in zip("ABCDEF", [10, 14, 18, 22, 18, 26]):
    wp.column_dimensions[col].width = w

xlsx = os.path.join(OUT, NAME + ".xlsx")
wb.save(xlsx)
os.remove(png)

expected = {
    "form": "line-device-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "basicInfo": {
            "consent": "同意する",
            "facilityName": "社会医療法人瀬戸内会　高松みなと病院",
            "facilityNameKana": "しゃかいいりょうほうじんせとうちかい　たかまつみなとびょういん",
            "postalCode": "760-0011",
            "address": "香川県高松市浜ノ町12番3号",
            "addressKana": "かがわけんたかまつしはまのちょう12ばん3ごう",
            "beds": 198,
            "confirmerName": "真鍋　浩二",
        },
        "contacts": contacts,
        "lines": lines,
        "ports": ports,
        "terminals": terminals,
        "floorPlan": {"image": True},
    },
    "planted": [],
    "notes": ("Official-style five sheets. 記入例 rows (回線・機器情報記入シート row 6, 調査端末情報記入シート row 6) are not data. "
              "回線1 purpose cell E7 carries a trailing space (value given trimmed). 回線3 is a 閉域網 line without global IP: "
              "固定IP/動的IP and グローバルIPアドレス left blank on purpose (not applicable); 当日欄 入力不要. 回線2 is 動的IP and the "
              "diagnosis-day columns are already filled (file re-uploaded after 診断当日). Full-width spaces inside names are as "
              "typed. The password list sheet is present but every ID/password cell is blank (not a problem). "
              "設置場所記入シート callouts N4:N12 are formulas saved by openpyxl without cached values. ビル名 left blank (none)."),
}
# the purpose value as meant (trailing space trimmed) is already in lines[0]
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(expected, fh, ensure_ascii=False, indent=2)
print("wrote", xlsx)
