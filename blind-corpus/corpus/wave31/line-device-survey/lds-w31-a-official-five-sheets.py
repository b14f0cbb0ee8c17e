# Generator for lds-w31-a-official-five-sheets.xlsx (blind test workbook, wave 31)
# Role: the programme secretariat's own 5-sheet 別紙2-1 template, filled by a hospital IT person.
# Run: PYTHONPATH=/tmp/w31lib /usr/bin/python3 lds-w31-a-official-five-sheets.py
import io
import json
import os
import sys

sys.path.insert(0, "/tmp/w31lib")
from openpyxl import Workbook
from openpyxl.drawing.image import Image as XLImage
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w31-a-official-five-sheets"
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="DDEBF7")
REQ = PatternFill("solid", fgColor="FCE4D6")
EX = PatternFill("solid", fgColor="EDEDED")
INPUT = PatternFill("solid", fgColor="FFFFE0")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

S_BASIC = "基本情報記入シート"
S_LINE = "回線・機器情報記入シート"
S_TERM = "調査端末情報記入シート"
S_PLACE = "設置場所記入シート"
S_PW = "アカウント(ログインID)・パスワードリスト"

# ------------------------------------------------------------------ data
basic = {
    "consent": "同意する",
    "facilityName": "医療法人社団緑風会 みどり台総合病院",
    "facilityNameKana": "いりょうほうじんしゃだんりょくふうかい みどりだいそうごうびょういん",
    "postalCode": "761-0104",
    "address": "香川県高松市みどり台二丁目4番12号",
    "addressKana": "かがわけんたかまつしみどりだいにちょうめ4ばん12ごう",
    "beds": 199,
    "confirmerName": "香西 健一",
}
contacts = [
    {"department": "情報システム室 室長", "name": "香西 健一", "phoneNumber": "087-865-4120",
     "email": "kozai@midoridai-hp.or.jp"},
    {"department": "情報システム室 主任", "name": "三好 彩", "phoneNumber": "087-865-4120",
     "email": "miyoshi@midoridai-hp.or.jp"},
    {"department": "事務部 医事課 課長", "name": "大西 隆", "phoneNumber": "087-865-4111",
     "email": "ohnishi@midoridai-hp.or.jp"},
]
# column order of the line sheet
LINE_COLS = [
    ("versionCheck", "技術バージョン確認\n(*)"),
    ("vulnerabilityScan", "脆弱性診断\n(*)"),
    ("ehrConnection", "電子カルテシステムと接続するネットワークとの接続 (*)"),
    ("purpose", "用途・システム名 (*)"),
    ("lineName", "回線名"),
    ("lineKind", "回線の種類"),
    ("communicationType", "通信形態 (*)"),
    ("globalIpUse", "グローバルIP利用 (*)"),
    ("ipAssignment", "固定IP/動的IP (*)"),
    ("globalIpAddress", "グローバルIPアドレス (*)"),
    ("diagnosisDayCheck", "グローバルIP確認"),
    ("diagnosisDayAddress", "グローバルIPアドレス"),
    ("fqdn", "FQDN"),
    ("provider", "プロバイダ名"),
    ("providerService", "プロバイダ品目"),
    ("carrier", "回線事業者"),
    ("carrierService", "回線サービス名"),
    ("lineId", "回線ID"),
    ("terminationLocation", "回線終端装置設置場所 (*)"),
    ("deviceMaker", "メーカー"),
    ("deviceModel", "機種名"),
    ("firmwareVersion", "ファームウェアバージョン"),
]
example_line = {
    "versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり",
    "purpose": "電子カルテ", "lineName": "○○保守回線", "lineKind": "光回線",
    "communicationType": "インターネットVPN", "globalIpUse": "あり", "ipAssignment": "固定IP",
    "globalIpAddress": "XXX.XXX.XXX.XXX", "diagnosisDayCheck": "入力不要", "diagnosisDayAddress": "入力不要",
    "fqdn": "example.xxx", "provider": "○○プロバイダ", "providerService": "○○光 固定IP1",
    "carrier": "○○通信", "carrierService": "○○光ネクスト", "lineId": "CAFXXXXXXXXXX",
    "terminationLocation": "本部棟 3F サーバー室 1番ラック 3U", "deviceMaker": "○○社",
    "deviceModel": "XXX-1000", "firmwareVersion": "Ver.X.X.X",
}
lines = [
    {"versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり",
     "purpose": "電子カルテ", "lineName": "電子カルテ リモート保守回線", "lineKind": "光回線",
     "communicationType": "インターネットVPN", "globalIpUse": "あり", "ipAssignment": "固定IP",
     "globalIpAddress": "153.156.87.42", "diagnosisDayCheck": "入力不要",
     "provider": "OCN", "providerService": "OCN光 IPoE 固定IP1", "carrier": "NTT西日本",
     "carrierService": "フレッツ 光ネクスト ビジネスタイプ", "lineId": "COP0123456789",
     "terminationLocation": "本館2F サーバ室 ラックA 上段", "deviceMaker": "ヤマハ",
     "deviceModel": "RTX1210", "firmwareVersion": "Rev.14.01.42"},
    {"versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり",
     "purpose": "PACS（画像診断システム）", "lineName": "PACS保守用回線", "lineKind": "光回線",
     "communicationType": "インターネットVPN", "globalIpUse": "あり", "ipAssignment": "動的IP",
     "globalIpAddress": "180.12.77.203", "diagnosisDayCheck": "確認済み",
     "diagnosisDayAddress": "180.12.80.15", "fqdn": "midoridai-pacs.fortiddns.com",
     "provider": "BIGLOBE", "providerService": "ビッグローブ光 ビジネスプラン", "carrier": "NTT西日本",
     "carrierService": "フレッツ 光クロス", "lineId": "COP0987654321",
     "terminationLocation": "本館1F 放射線科 機械室", "deviceMaker": "Fortinet",
     "deviceModel": "FortiGate 40F", "firmwareVersion": "v7.2.8"},
    {"versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望なし", "ehrConnection": "あり",
     "purpose": "オンライン資格確認・レセプトオンライン請求", "lineName": "オン資・請求回線",
     "lineKind": "光回線", "communicationType": "閉域網", "globalIpUse": "なし",
     "diagnosisDayCheck": "入力不要", "carrier": "NTT西日本",
     "carrierService": "フレッツ 光ネクスト（IP-VPN接続）", "lineId": "COP0555512345",
     "terminationLocation": "本館1F 医事課 事務室内 書庫横", "deviceMaker": "NEC",
     "deviceModel": "UNIVERGE IX2106", "firmwareVersion": "Ver.10.2.42"},
]
PORT_COLS = [("line", "回線"), ("device", "装置"), ("port", "ポート (*)"), ("deviceName", "機器名 (*)"),
             ("ipAddress", "IPアドレス (*)"), ("portNumber", "ポート番号 (*)"), ("protocol", "プロトコル (*)"),
             ("connectionStatus", "接続状況")]
example_port = {"line": "回線1", "device": "XXX-1000", "port": "Com1", "deviceName": "端末1",
                "ipAddress": "192.168.1.10", "portNumber": 23, "protocol": "Telnet", "connectionStatus": "接続なし"}
ports = [
    {"line": "回線1", "device": "RTX1210", "port": "LAN1", "deviceName": "電子カルテ系コアスイッチ",
     "ipAddress": "192.168.10.1", "portNumber": 22, "protocol": "SSH", "connectionStatus": "接続あり"},
    {"line": "回線1", "device": "RTX1210", "port": "LAN2", "deviceName": "ONU",
     "ipAddress": "153.156.87.42", "portNumber": 500, "protocol": "IKE", "connectionStatus": "接続あり"},
    {"line": "回線2", "device": "FortiGate 40F", "port": "internal1", "deviceName": "PACSサーバ",
     "ipAddress": "192.168.30.1", "portNumber": 443, "protocol": "HTTPS", "connectionStatus": "接続あり"},
    {"line": "回線2", "device": "FortiGate 40F", "port": "wan", "deviceName": "ONU",
     "ipAddress": "180.12.77.203", "portNumber": 4500, "protocol": "IPsec(NAT-T)", "connectionStatus": "接続あり"},
    {"line": "回線3", "device": "UNIVERGE IX2106", "port": "GE0.0", "deviceName": "オン資端末用スイッチ",
     "ipAddress": "192.168.20.1", "portNumber": 23, "protocol": "Telnet", "connectionStatus": "接続なし"},
]
TERM_COLS = [("systemType", "システム種別 (*)"), ("usage", "シングル利用 (*)"),
             ("hostName", "端末ホスト名 (*)"), ("ipAddress", "IPアドレス (*)"), ("location", "設置場所 (*)"),
             ("vdiHostName", "端末ホスト名"), ("vdiIpAddress", "IPアドレス"),
             ("securityProduct", "セキュリティ対策製品"), ("remarks", "備考")]
example_term = {"systemType": "電子カルテ", "usage": "単体", "hostName": "PCXXXX", "ipAddress": "192.168.1.25/24",
                "location": "2F ○○○室", "vdiHostName": "PCXXXX", "vdiIpAddress": "192.168.1.25/24",
                "securityProduct": "Microsoft Defender", "remarks": "端末操作可能時間：12:00-13:00"}
terminals = [
    {"systemType": "電子カルテ", "usage": "単体", "hostName": "EHR-PC-2F01", "ipAddress": "192.168.10.101/24",
     "location": "本館2F 内科外来 診察室1", "securityProduct": "Trend Micro Apex One",
     "remarks": "端末操作可能時間：12:00-13:00"},
    {"systemType": "電子カルテ", "usage": "仮想デスクトップ", "hostName": "THIN-3F-NS01",
     "ipAddress": "192.168.10.121/24", "location": "本館3F 3階病棟 ナースステーション",
     "vdiHostName": "VDI-EHR-021", "vdiIpAddress": "172.16.20.21/24", "securityProduct": "Trend Micro Apex One"},
    {"systemType": "医事会計", "usage": "単体", "hostName": "IJI-PC-01", "ipAddress": "192.168.20.11/24",
     "location": "本館1F 医事課", "securityProduct": "Microsoft Defender"},
    {"systemType": "PACS", "usage": "単体", "hostName": "RAD-VIEW-01", "ipAddress": "192.168.30.15/24",
     "location": "本館1F 放射線科 読影室", "securityProduct": "ESET Endpoint Security",
     "remarks": "検査の無い17:00以降を希望"},
    {"systemType": "臨床検査", "usage": "単体", "hostName": "LAB-PC-01", "ipAddress": "192.168.40.21/24",
     "location": "本館B1F 臨床検査室", "securityProduct": "Microsoft Defender"},
]


def cell(ws, ref, value=None, fill=None, align=WRAP, border=True, bold=False, size=None):
    c = ws[ref]
    if value is not None:
        c.value = value
    if fill:
        c.fill = fill
    c.alignment = align
    if border:
        c.border = BOX
    if bold or size:
        c.font = Font(bold=bold, size=size or 11)
    return c


def boxrange(ws, rng, fill=None):
    for row in ws[rng]:
        for c in row:
            c.border = BOX
            if fill:
                c.fill = fill


wb = Workbook()

# ------------------------------------------------------------------ 基本情報記入シート
ws = wb.active
ws.title = S_BASIC
ws.sheet_view.showGridLines = False
for col, w in zip("ABCDEFGHIJ", [2, 20, 8, 16, 26, 8, 16, 26, 26, 2]):
    ws.column_dimensions[col].width = w
cell(ws, "B1", "別紙2-1_医療機関記入依頼書（回線・機器情報等記入）", border=False, bold=True, size=14,
     align=Alignment(vertical="center"))
cell(ws, "B2", "基本情報記入シート　　※黄色セルにご記入ください", border=False, align=Alignment(vertical="center"))

ws.merge_cells("B4:C4")
cell(ws, "B4", "本施策の同意確認", HEAD)
ws.merge_cells("D4:G4")
cell(ws, "D4", "(別紙)規約に記載の内容をご確認のうえ、本施策実施に同意いただける場合は「同意する」を選択してください")
ws.merge_cells("H4:I4")
cell(ws, "H4", basic["consent"], INPUT, CENTER)
boxrange(ws, "B4:I4")
ws.row_dimensions[4].height = 45
dv = DataValidation(type="list", formula1='"同意する"', allow_blank=True)
ws.add_data_validation(dv)
dv.add("H4")

cell(ws, "B6", "■お客様情報(医療機関情報)", border=False, bold=True, align=Alignment(vertical="center"))
ws.merge_cells("B7:C7")
cell(ws, "B7", "医療機関名", HEAD)
ws.merge_cells("D7:E7")
cell(ws, "D7", basic["facilityName"], INPUT)
cell(ws, "F7", "(かな)", HEAD, CENTER)
ws.merge_cells("G7:I7")
cell(ws, "G7", basic["facilityNameKana"], INPUT)
ws.merge_cells("B8:B10")
cell(ws, "B8", "住所", HEAD, CENTER)
cell(ws, "C8", "〒", HEAD, CENTER)
cell(ws, "D8", basic["postalCode"], INPUT)
ws.merge_cells("E8:I8")
cell(ws, "C9", "住所", HEAD, CENTER)
ws.merge_cells("D9:E9")
cell(ws, "D9", basic["address"], INPUT)
cell(ws, "F9", "(かな)", HEAD, CENTER)
ws.merge_cells("G9:I9")
cell(ws, "G9", basic["addressKana"], INPUT)
cell(ws, "C10", "ビル名", HEAD, CENTER)
ws.merge_cells("D10:E10")
cell(ws, "D10", None, INPUT)
cell(ws, "F10", "(かな)", HEAD, CENTER)
ws.merge_cells("G10:I10")
cell(ws, "G10", None, INPUT)
ws.merge_cells("B11:C11")
cell(ws, "B11", "病床数", HEAD)
cell(ws, "D11", basic["beds"], INPUT, Alignment(horizontal="right", vertical="center"))
ws["D11"].number_format = '0"床"'
boxrange(ws, "B7:I11")
for r in range(7, 12):
    ws.row_dimensions[r].height = 30

cell(ws, "B13", "■担当者情報（4名まで記入可）", border=False, bold=True, align=Alignment(vertical="center"))
ws.merge_cells("C14:D14")
ws.merge_cells("G14:I14")
for ref, h in [("B14", "担当者"), ("C14", "所属・役職"), ("E14", "氏名"), ("F14", "電話番号"),
               ("G14", "メールアドレス")]:
    cell(ws, ref, h, HEAD, CENTER)
for i in range(4):
    r = 15 + i
    ws.merge_cells(f"C{r}:D{r}")
    ws.merge_cells(f"G{r}:I{r}")
    cell(ws, f"B{r}", f"担当者{i + 1}", HEAD, CENTER)
    c = contacts[i] if i < len(contacts) else {}
    cell(ws, f"C{r}", c.get("department"), INPUT)
    cell(ws, f"E{r}", c.get("name"), INPUT)
    cell(ws, f"F{r}", c.get("phoneNumber"), INPUT)
    cell(ws, f"G{r}", c.get("email"), INPUT)
boxrange(ws, "B14:I18")

cell(ws, "B20", "■申込内容の確認", border=False, bold=True, align=Alignment(vertical="center"))
ws.merge_cells("B21:D21")
cell(ws, "B21", "確認者名(医療機関のご担当者名)", HEAD)
ws.merge_cells("E21:G21")
cell(ws, "E21", basic["confirmerName"], INPUT)
boxrange(ws, "B21:G21")
cell(ws, "B22", "※記入内容に不備がないかご確認のうえ、ご担当者様のお名前をフルネームでご記入ください。",
     border=False, align=Alignment(vertical="center"))

# ------------------------------------------------------------------ 回線・機器情報記入シート
wl = wb.create_sheet(S_LINE)
wl.sheet_view.showGridLines = False
cell(wl, "A1", "回線・機器情報記入シート", border=False, bold=True, size=14, align=Alignment(vertical="center"))
cell(wl, "A2", "電子カルテシステムに接続する全ての回線（保守用回線・モバイル回線を含む）を1行に1回線ご記入ください。"
     "(*)は必須項目です。「記入例」の行は参考用です（変更しないでください）。", border=False,
     align=Alignment(vertical="center"))
wl.column_dimensions["A"].width = 9
groups = {  # group header spans over the line columns (index in LINE_COLS)
    (0, 1): "調査希望",
    (10, 11): "脆弱性診断当日記入欄",
    (13, 14): "プロバイダ情報",
    (15, 17): "回線情報",
    (18, 18): "回線終端装置(ONU/モデム)情報",
    (19, 21): "回線に接続する装置(ルータ/UTM/FW)",
}
widths = [14, 14, 18, 22, 18, 11, 17, 12, 12, 17, 12, 17, 26, 12, 22, 12, 28, 16, 28, 11, 17, 15]
HR1, HR2, EXR = 4, 5, 6
cell(wl, f"A{HR1}", "", HEAD)
cell(wl, f"A{HR2}", "", HEAD)
wl.merge_cells(f"A{HR1}:A{HR2}")
grouped = set()
for (a, b), title in groups.items():
    ca = wl.cell(row=HR1, column=2 + a).column_letter
    cb = wl.cell(row=HR1, column=2 + b).column_letter
    if a != b:
        wl.merge_cells(f"{ca}{HR1}:{cb}{HR1}")
    cell(wl, f"{ca}{HR1}", title, HEAD, CENTER)
    for k in range(a, b + 1):
        grouped.add(k)
for k, (key, label) in enumerate(LINE_COLS):
    col = wl.cell(row=HR2, column=2 + k).column_letter
    wl.column_dimensions[col].width = widths[k]
    fill = REQ if "(*)" in label else HEAD
    if k in grouped:
        cell(wl, f"{col}{HR2}", label, fill, CENTER)
    else:
        wl.merge_cells(f"{col}{HR1}:{col}{HR2}")
        cell(wl, f"{col}{HR1}", label, fill, CENTER)
        wl[f"{col}{HR2}"].border = BOX
wl.row_dimensions[HR1].height = 30
wl.row_dimensions[HR2].height = 60
cell(wl, f"A{EXR}", "記入例", EX, CENTER)
for k, (key, _l) in enumerate(LINE_COLS):
    col = wl.cell(row=EXR, column=2 + k).column_letter
    cell(wl, f"{col}{EXR}", example_line.get(key), EX)
line_rows = {}
for i in range(5):
    r = EXR + 1 + i
    cell(wl, f"A{r}", f"回線{i + 1}", HEAD, CENTER)
    d = lines[i] if i < len(lines) else {}
    for k, (key, _l) in enumerate(LINE_COLS):
        col = wl.cell(row=r, column=2 + k).column_letter
        cell(wl, f"{col}{r}", d.get(key), INPUT)
    if i < len(lines):
        line_rows[i] = r
    wl.row_dimensions[r].height = 32
last_line_row = EXR + 5
lists = {
    0: '"調査希望あり,調査希望なし"', 1: '"調査希望あり,調査希望なし"', 2: '"あり,なし"',
    6: '"インターネット,インターネットVPN,閉域網,モバイル回線,その他"', 7: '"あり,なし"',
    8: '"固定IP,動的IP"', 10: '"確認済み,入力不要"',
}
for k, f in lists.items():
    col = wl.cell(row=1, column=2 + k).column_letter
    v = DataValidation(type="list", formula1=f, allow_blank=True)
    wl.add_data_validation(v)
    v.add(f"{col}{EXR + 1}:{col}{last_line_row}")

# second table: ports
PT = last_line_row + 3
cell(wl, f"A{PT}", "■装置と接続する回線と機器の詳細（装置のポート情報）", border=False, bold=True,
     align=Alignment(vertical="center"))
PH = PT + 1
cell(wl, f"A{PH}", "", HEAD)
for k, (key, label) in enumerate(PORT_COLS):
    col = wl.cell(row=PH, column=2 + k).column_letter
    cell(wl, f"{col}{PH}", label, REQ if "(*)" in label else HEAD, CENTER)
wl.row_dimensions[PH].height = 30
PEX = PH + 1
cell(wl, f"A{PEX}", "記入例", EX, CENTER)
for k, (key, _l) in enumerate(PORT_COLS):
    col = wl.cell(row=PEX, column=2 + k).column_letter
    cell(wl, f"{col}{PEX}", example_port.get(key), EX)
port_rows = {}
for i in range(8):
    r = PEX + 1 + i
    cell(wl, f"A{r}", i + 1, HEAD, CENTER)
    d = ports[i] if i < len(ports) else {}
    for k, (key, _l) in enumerate(PORT_COLS):
        col = wl.cell(row=r, column=2 + k).column_letter
        cell(wl, f"{col}{r}", d.get(key), INPUT)
    if i < len(ports):
        port_rows[i] = r
wl.freeze_panes = "B6"

# ------------------------------------------------------------------ 調査端末情報記入シート
wt = wb.create_sheet(S_TERM)
wt.sheet_view.showGridLines = False
cell(wt, "A1", "調査端末情報記入シート", border=False, bold=True, size=14, align=Alignment(vertical="center"))
cell(wt, "A2", "電子カルテシステムと接続のある端末(Windows)を5台ご選定ください（電子カルテ端末から1台、主要な部門システムから1台ずつを推奨）。",
     border=False, align=Alignment(vertical="center"))
cell(wt, "A3", "■調査端末情報", border=False, bold=True, align=Alignment(vertical="center"))
TH1, TH2, TEX = 4, 5, 6
for col, w in zip("ABCDEFGHIJ", [9, 14, 16, 18, 20, 28, 16, 20, 24, 30]):
    wt.column_dimensions[col].width = w
wt.merge_cells(f"A{TH1}:A{TH2}")
cell(wt, f"A{TH1}", "", HEAD)
for col, label in [("B", TERM_COLS[0][1]), ("C", TERM_COLS[1][1]), ("I", TERM_COLS[7][1]), ("J", TERM_COLS[8][1])]:
    wt.merge_cells(f"{col}{TH1}:{col}{TH2}")
    cell(wt, f"{col}{TH1}", label, REQ if "(*)" in label else HEAD, CENTER)
wt.merge_cells(f"D{TH1}:F{TH1}")
cell(wt, f"D{TH1}", "シンクル端末/FAT端末", HEAD, CENTER)
wt.merge_cells(f"G{TH1}:H{TH1}")
cell(wt, f"G{TH1}", "仮想デスクトップ", HEAD, CENTER)
for col, k in zip("DEFGH", [2, 3, 4, 5, 6]):
    label = TERM_COLS[k][1]
    cell(wt, f"{col}{TH2}", label, REQ if "(*)" in label else HEAD, CENTER)
boxrange(wt, f"A{TH1}:J{TH2}")
TCOLS = "BCDEFGHIJ"
cell(wt, f"A{TEX}", "記入例", EX, CENTER)
for col, (key, _l) in zip(TCOLS, TERM_COLS):
    cell(wt, f"{col}{TEX}", example_term.get(key), EX)
term_rows = {}
for i in range(5):
    r = TEX + 1 + i
    cell(wt, f"A{r}", f"No.{i + 1}", HEAD, CENTER)
    d = terminals[i]
    for col, (key, _l) in zip(TCOLS, TERM_COLS):
        cell(wt, f"{col}{r}", d.get(key), INPUT)
    term_rows[i] = r
    wt.row_dimensions[r].height = 30
v = DataValidation(type="list", formula1='"単体,仮想デスクトップ"', allow_blank=True)
wt.add_data_validation(v)
v.add(f"C{TEX + 1}:C{TEX + 5}")

# ------------------------------------------------------------------ 設置場所記入シート (floor plan)
wp = wb.create_sheet(S_PLACE)
wp.sheet_view.showGridLines = False
cell(wp, "A1", "設置場所記入シート", border=False, bold=True, size=14, align=Alignment(vertical="center"))
cell(wp, "A2", "平面図またはフロア図の画像を貼り付け、調査対象の回線終端装置・調査端末の吹き出しを設置場所に配置してください。",
     border=False, align=Alignment(vertical="center"))

img = Image.new("RGB", (900, 600), "white")
d = ImageDraw.Draw(img)
f = ImageFont.truetype(FONT, 16, index=0)
fb = ImageFont.truetype(FONT, 22, index=0)
d.text((20, 10), "みどり台総合病院 本館 1F・2F 平面図（抜粋）", fill="black", font=fb)
rooms1 = [((20, 60, 300, 200), "1F 医事課"), ((300, 60, 560, 200), "1F 放射線科 読影室"),
          ((560, 60, 880, 200), "1F 放射線科 機械室"), ((20, 200, 440, 290), "1F 廊下"),
          ((440, 200, 880, 290), "B1F 臨床検査室（階段下）")]
rooms2 = [((20, 330, 300, 470), "2F 内科外来 診察室1"), ((300, 330, 560, 470), "2F サーバ室"),
          ((560, 330, 880, 470), "3F 病棟 ナースステーション"), ((20, 470, 880, 580), "2F 廊下・待合")]
for box, label in rooms1 + rooms2:
    d.rectangle(box, outline="black", width=3)
    d.text((box[0] + 10, box[1] + 8), label, fill="black", font=f)
marks = [((480, 420), "①"), ((700, 150), "②"), ((150, 150), "③"), ((150, 420), "端1"),
         ((700, 420), "端2"), ((240, 130), "端3"), ((440, 140), "端4"), ((600, 250), "端5")]
for (x, y), t in marks:
    d.ellipse((x - 16, y - 16, x + 16, y + 16), outline="red", width=3)
    d.text((x - 12, y - 12), t, fill="red", font=f)
buf = io.BytesIO()
img.save(buf, format="PNG")
buf.seek(0)
xi = XLImage(buf)
xi.anchor = "B4"
wp.add_image(xi)
wp.column_dimensions["N"].width = 60
cell(wp, "N4", "吹き出し（回線・調査端末シートから自動表示）", HEAD, bold=True)
callouts = [
    f"=\"①回線1 \"&'{S_LINE}'!T{line_rows[0]}",
    f"=\"②回線2 \"&'{S_LINE}'!T{line_rows[1]}",
    f"=\"③回線3 \"&'{S_LINE}'!T{line_rows[2]}",
]
for i in range(5):
    r = term_rows[i]
    callouts.append(f"=\"端{i + 1} \"&'{S_TERM}'!D{r}&\" \"&'{S_TERM}'!F{r}")
for i, fml in enumerate(callouts):
    cell(wp, f"N{5 + i}", fml)

# ------------------------------------------------------------------ password list (提出不要, left empty)
wpw = wb.create_sheet(S_PW)
wpw.sheet_view.showGridLines = False
cell(wpw, "A1", "アカウント(ログインID)・パスワードリスト", border=False, bold=True, size=14,
     align=Alignment(vertical="center"))
cell(wpw, "A2", "【提出不要】現地調査当日までに院内で情報を整理するためのシートです。事務局へは提出しないでください。",
     border=False, bold=True, align=Alignment(vertical="center"))
cell(wpw, "A4", "■調査① インターネット回線/ONUに紐づく装置(ルータ/UTM/FW)", border=False, bold=True,
     align=Alignment(vertical="center"))
for col, w in zip("ABCDEF", [9, 16, 20, 22, 18, 26]):
    wpw.column_dimensions[col].width = w
for col, h in zip("ABCDEF", ["", "メーカー", "機種名", "アカウント/ログインID", "パスワード",
                              "特権(enable)モード パスワード"]):
    cell(wpw, f"{col}5", h, HEAD, CENTER)
for i in range(5):
    r = 6 + i
    cell(wpw, f"A{r}", f"回線{i + 1}", HEAD, CENTER)
    cell(wpw, f"B{r}", f"=IF('{S_LINE}'!U{EXR + 1 + i}=\"\",\"\",'{S_LINE}'!U{EXR + 1 + i})")
    cell(wpw, f"C{r}", f"=IF('{S_LINE}'!V{EXR + 1 + i}=\"\",\"\",'{S_LINE}'!V{EXR + 1 + i})")
    for col in "DEF":
        cell(wpw, f"{col}{r}", None)
cell(wpw, "A12", "■調査端末(シンクル端末/FAT端末)", border=False, bold=True, align=Alignment(vertical="center"))
for col, h in zip("ABCDE", ["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"]):
    cell(wpw, f"{col}13", h, HEAD, CENTER)
for i in range(5):
    r = 14 + i
    cell(wpw, f"A{r}", f"端末{i + 1}", HEAD, CENTER)
    cell(wpw, f"B{r}", f"='{S_TERM}'!D{TEX + 1 + i}")
    cell(wpw, f"C{r}", f"='{S_TERM}'!E{TEX + 1 + i}")
    cell(wpw, f"D{r}", None)
    cell(wpw, f"E{r}", None)
cell(wpw, "A20", "備考(接続先情報など)", border=False, bold=True, align=Alignment(vertical="center"))
wpw.merge_cells("A21:F23")
boxrange(wpw, "A21:F23")

wb.active = 0
out = os.path.join(HERE, NAME + ".xlsx")
wb.save(out)

# ------------------------------------------------------------------ expected
values = {"basicInfo": dict(basic), "contacts": contacts, "lines": lines, "ports": ports,
          "terminals": terminals, "floorPlan": {"image": True}}
expected = {
    "form": "line-device-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": values,
    "planted": [],
    "notes": ("Official-style 5-sheet workbook. Rows labelled 記入例 (line sheet row 6, port table row "
              f"{PEX}, terminal sheet row 6) are examples, not data. 回線3 is a 閉域網 line without global IP: "
              "固定IP/動的IP and グローバルIPアドレス left blank as not applicable; its 当日 column says 入力不要. "
              "回線2 is 動的IP and the file is the re-upload after diagnosis day (当日 columns filled). "
              "No ビル名 (blank). 担当者4 blank. Floor-plan callouts in 設置場所記入シート!N5:N12 are formulas "
              "saved by openpyxl without cached values. The password-list sheet is present but every ID/password "
              "cell is empty (maker/model/host cells there are formulas)."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(expected, fh, ensure_ascii=False, indent=2)
print("wrote", out, "line rows", line_rows, "port rows", port_rows, "term rows", term_rows)
