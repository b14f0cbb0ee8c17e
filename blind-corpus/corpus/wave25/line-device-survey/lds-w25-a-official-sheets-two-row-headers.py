#!/usr/bin/python3
"""Generator for lds-w25-a-official-sheets-two-row-headers.xlsx
Layout: the secretariat-style multi-sheet workbook (基本情報記入シート / 回線・機器情報記入シート /
調査端末情報記入シート / 設置場所記入シート), label-left basic info with merged label cells, two-row
headers with (*) marks, labelled 記入例 rows, a second (port) table under the line table, a hidden
選択肢 sheet feeding drop-downs, a floor-plan PNG pasted on the placement sheet.
Filled completely and correctly (no planted problem). Saved by openpyxl.
"""
import json, os, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

OUT = "/work/blind/wave25/line-device-survey"
NAME = "lds-w25-a-official-sheets-two-row-headers"

thin = Side(style="thin", color="000000")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="DDEBF7")
REQ = PatternFill("solid", fgColor="FCE4D6")
EX = PatternFill("solid", fgColor="EDEDED")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

def box(ws, rng, fill=None, align=WRAP, bold=False):
    for row in ws[rng]:
        for c in row:
            c.border = B
            c.alignment = align
            if fill:
                c.fill = fill
            if bold:
                c.font = Font(bold=True)

wb = Workbook()

# ---------------------------------------------------------------- hidden choice lists
lst = wb.create_sheet("選択肢")
choices = {
    "A": ["同意する"],
    "B": ["調査希望あり", "調査希望なし"],
    "C": ["あり", "なし"],
    "D": ["インターネット", "インターネットVPN", "閉域網", "モバイル回線", "その他"],
    "E": ["固定IP", "動的IP"],
    "F": ["確認済み", "入力不要"],
    "G": ["単体", "仮想デスクトップ"],
    "H": ["電子カルテ", "医事", "PACS", "検査", "放射線", "薬剤", "給食", "リモート保守", "その他"],
}
for col, vals in choices.items():
    for i, v in enumerate(vals, start=1):
        lst[f"{col}{i}"] = v
lst.sheet_state = "hidden"

def dv(ws, col_letter, n, rng):
    d = DataValidation(type="list", formula1=f"='選択肢'!${col_letter}$1:${col_letter}${n}", allow_blank=True)
    d.error = "リストから選択してください"
    ws.add_data_validation(d)
    for part in rng.split():
        d.add(part)

# ---------------------------------------------------------------- 基本情報記入シート
ws = wb.active
ws.title = "基本情報記入シート"
ws.column_dimensions["A"].width = 2
ws.column_dimensions["B"].width = 18
ws.column_dimensions["C"].width = 14
ws.column_dimensions["D"].width = 34
ws.column_dimensions["E"].width = 12
ws.column_dimensions["F"].width = 34
ws["B1"] = "別紙2-1_医療機関記入依頼書（回線・機器情報等記入）"
ws["B1"].font = Font(bold=True, size=14)
ws["B2"] = "基本情報記入シート　　※ピンク色の欄は記入必須です。選択欄はプルダウンから選択してください。"

ws["B4"] = "本施策の同意確認"
ws.merge_cells("C4:E4")
ws["C4"] = "（別紙）規約に記載の内容をご確認のうえ、本施策実施に同意いただける場合は「同意する」を選択してください"
ws["F4"] = "同意する"
box(ws, "B4:F4")
ws["B4"].fill = HEAD
ws["F4"].fill = REQ
ws.row_dimensions[4].height = 42
dv(ws, "A", 1, "F4")

ws["B6"] = "■お客様情報(医療機関情報)"
ws["B6"].font = Font(bold=True)
ws["B7"] = "医療機関名"
ws.merge_cells("C7:D7")
ws["C7"] = "社会医療法人 瀬戸内会 高松みなと病院"
ws["E7"] = "(かな)"
ws["F7"] = "しゃかいいりょうほうじん せとうちかい たかまつみなとびょういん"
ws.merge_cells("B8:B10")
ws["B8"] = "住所"
ws["C8"] = "〒"
ws["D8"] = "760-0065"
ws["C9"] = "住所"
ws["D9"] = "香川県高松市朝日町三丁目4番12号"
ws["E9"] = "(かな)"
ws["F9"] = "かがわけんたかまつしあさひまちさんちょうめ4ばん12ごう"
ws["C10"] = "ビル名"
ws["D10"] = "みなとメディカルセンタービル"
ws["E10"] = "(かな)"
ws["F10"] = "みなとめでぃかるせんたーびる"
ws["B11"] = "病床数"
ws.merge_cells("C11:D11")
ws["C11"] = 199
ws["E11"] = "床"
box(ws, "B7:F11")
for a in ("B7", "B8", "B11", "E7", "E9", "E10", "C8", "C9", "C10"):
    ws[a].fill = HEAD

ws["B13"] = "■担当者情報（4名まで記入可）"
ws["B13"].font = Font(bold=True)
hdr = ["", "所属・役職", "氏名", "電話番号", "メールアドレス"]
for i, h in enumerate(hdr):
    ws.cell(row=14, column=2 + i, value=h)
contacts = [
    {"department": "情報システム室 室長", "name": "三好 健一", "phoneNumber": "087-821-5530",
     "email": "k-miyoshi@minato-hp.or.jp"},
    {"department": "情報システム室 主任", "name": "香西 真由美", "phoneNumber": "087-821-5531",
     "email": "m-kozai@minato-hp.or.jp"},
]
for i in range(4):
    r = 15 + i
    ws.cell(row=r, column=2, value=f"担当者{i+1}")
    if i < len(contacts):
        c = contacts[i]
        ws.cell(row=r, column=3, value=c["department"])
        ws.cell(row=r, column=4, value=c["name"])
        ws.cell(row=r, column=5, value=c["phoneNumber"])
        ws.cell(row=r, column=6, value=c["email"])
box(ws, "B14:F18")
box(ws, "B14:F14", fill=HEAD, align=CENTER)

ws["B20"] = "■申込内容の確認"
ws["B20"].font = Font(bold=True)
ws.merge_cells("B21:C21")
ws["B21"] = "確認者名(医療機関のご担当者名)"
ws.merge_cells("D21:F21")
ws["D21"] = "三好 健一"
box(ws, "B21:F21")
ws["B21"].fill = HEAD
ws["D21"].fill = REQ
ws["B22"] = "※最後に記入内容に不備がないかご確認いただき、担当者の署名をフルネームでご記入ください。"
ws["B22"].font = Font(size=9)

# ---------------------------------------------------------------- 回線・機器情報記入シート
ls = wb.create_sheet("回線・機器情報記入シート", 1)
ls["A1"] = "回線・機器情報記入シート"
ls["A1"].font = Font(bold=True, size=13)
ls["A2"] = "電子カルテシステムに接続するすべての回線（有線・無線・回線業者不問、ベンダ保守回線を含む）を1行1回線で記入してください。(*)は必須項目です。"
cols = [
    # (group, header, key)
    ("", "回線No.", None),
    ("調査希望", "技術バージョン確認 (*)", "versionCheck"),
    ("調査希望", "脆弱性診断 (*)", "vulnerabilityScan"),
    ("", "電子カルテシステムと接続するネットワークとの接続 (*)", "ehrConnection"),
    ("", "用途・システム名 (*)", "purpose"),
    ("回線情報", "回線の種類", "lineKind"),
    ("回線情報", "回線名", "lineName"),
    ("回線情報", "回線事業者", "carrier"),
    ("回線情報", "回線サービス名", "carrierService"),
    ("回線情報", "回線ID", "lineId"),
    ("回線と紐付くグローバルIPアドレス", "通信形態 (*)", "communicationType"),
    ("回線と紐付くグローバルIPアドレス", "グローバルIP利用 (*)", "globalIpUse"),
    ("回線と紐付くグローバルIPアドレス", "固定IP/動的IP (*)", "ipAssignment"),
    ("回線と紐付くグローバルIPアドレス", "グローバルIPアドレス (*)", "globalIpAddress"),
    ("脆弱性診断当日記入欄", "グローバルIP確認", "diagnosisDayCheck"),
    ("脆弱性診断当日記入欄", "グローバルIPアドレス", "diagnosisDayAddress"),
    ("", "FQDN", "fqdn"),
    ("プロバイダ情報", "プロバイダ名", "provider"),
    ("プロバイダ情報", "プロバイダ品目", "providerService"),
    ("回線終端装置(ONU/モデム)情報", "回線終端装置設置場所 (*)", "terminationLocation"),
    ("接続装置(ルータ/UTM/FW)情報", "メーカー", "deviceMaker"),
    ("接続装置(ルータ/UTM/FW)情報", "機種名", "deviceModel"),
    ("接続装置(ルータ/UTM/FW)情報", "ファームウェアバージョン", "firmwareVersion"),
]
H1, H2 = 4, 5
# group headers (merged across consecutive same group)
c = 1
while c <= len(cols):
    g = cols[c - 1][0]
    if g:
        e = c
        while e + 1 <= len(cols) and cols[e][0] == g:
            e += 1
        ls.cell(row=H1, column=c, value=g)
        if e > c:
            ls.merge_cells(start_row=H1, start_column=c, end_row=H1, end_column=e)
        for k in range(c, e + 1):
            ls.cell(row=H2, column=k, value=cols[k - 1][1])
        c = e + 1
    else:
        ls.cell(row=H1, column=c, value=cols[c - 1][1])
        ls.merge_cells(start_row=H1, start_column=c, end_row=H2, end_column=c)
        c += 1
for k in range(1, len(cols) + 1):
    ls.column_dimensions[ls.cell(row=1, column=k).column_letter].width = 16
ls.column_dimensions["D"].width = 20
ls.column_dimensions["E"].width = 24
ls.column_dimensions["T"].width = 28
ls.row_dimensions[H2].height = 48

example = {"versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり",
           "purpose": "電子カルテ", "lineKind": "光回線", "lineName": "電子カルテ保守回線",
           "carrier": "NTT西日本", "carrierService": "フレッツ 光ネクスト", "lineId": "CAF0000000",
           "communicationType": "インターネットVPN", "globalIpUse": "あり", "ipAssignment": "固定IP",
           "globalIpAddress": "XXX.XXX.XXX.XXX", "diagnosisDayCheck": "入力不要", "fqdn": "example.xxx",
           "provider": "○○プロバイダ", "providerService": "固定IP1", "terminationLocation": "本部棟 3F サーバー室 1番ラック 3U",
           "deviceMaker": "○○社", "deviceModel": "XX-1000", "firmwareVersion": "Rev.1.00"}
lines = [
    {"versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり",
     "purpose": "電子カルテ", "lineKind": "光回線", "lineName": "電子カルテリモート保守回線",
     "carrier": "NTT西日本", "carrierService": "フレッツ 光ネクスト ビジネスタイプ", "lineId": "CAF2314876",
     "communicationType": "インターネットVPN", "globalIpUse": "あり", "ipAssignment": "固定IP",
     "globalIpAddress": "61.205.118.42", "diagnosisDayCheck": "入力不要",
     "fqdn": "vpn01.minato-hp.or.jp",
     "provider": "OCN", "providerService": "OCN光 IPoE 固定IP1",
     "terminationLocation": "本館 1F サーバー室 2番ラック 5U",
     "deviceMaker": "ヤマハ", "deviceModel": "RTX1220", "firmwareVersion": "Rev.15.04.06"},
    {"versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり",
     "purpose": "PACS", "lineKind": "光回線", "lineName": "PACS保守用回線（ベンダ契約）",
     "carrier": "NTT西日本", "carrierService": "フレッツ 光クロス", "lineId": "CAF5520913",
     "communicationType": "インターネットVPN", "globalIpUse": "あり", "ipAssignment": "動的IP",
     "globalIpAddress": "126.114.37.209",
     "provider": "So-net", "providerService": "So-net 光 ビジネス",
     "terminationLocation": "本館 B1F 放射線科 読影室横 機械室",
     "deviceMaker": "Fortinet", "deviceModel": "FortiGate 40F", "firmwareVersion": "FortiOS 7.2.8"},
    {"versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望なし", "ehrConnection": "あり",
     "purpose": "医事", "lineKind": "光回線（閉域）", "lineName": "オンライン資格確認・レセプトオンライン請求回線",
     "carrier": "NTT西日本", "carrierService": "フレッツ 光ネクスト", "lineId": "CAF7730284",
     "communicationType": "閉域網", "globalIpUse": "なし",
     "diagnosisDayCheck": "入力不要",
     "provider": "NTTコミュニケーションズ", "providerService": "Arcstar Universal One（IP-VPN）",
     "terminationLocation": "本館 1F サーバー室 1番ラック 2U",
     "deviceMaker": "NEC", "deviceModel": "UNIVERGE IX2215", "firmwareVersion": "Ver.10.8.21"},
]
R_EX = 6
keys = [k for (_, _, k) in cols]
ls.cell(row=R_EX, column=1, value="記入例")
for j, k in enumerate(keys[1:], start=2):
    ls.cell(row=R_EX, column=j, value=example.get(k))
for i, ln in enumerate(lines):
    r = R_EX + 1 + i
    ls.cell(row=r, column=1, value=f"回線{i+1}")
    for j, k in enumerate(keys[1:], start=2):
        ls.cell(row=r, column=j, value=ln.get(k))
last_line_row = R_EX + 10  # room for 回線1..回線10
for r in range(R_EX + 1 + len(lines), last_line_row + 1):
    ls.cell(row=r, column=1, value=f"回線{r - R_EX}")
box(ls, f"A{H1}:W{last_line_row}")
box(ls, f"A{H1}:W{H2}", fill=HEAD, align=CENTER)
box(ls, f"A{R_EX}:W{R_EX}", fill=EX)
rng = lambda col: f"{col}{R_EX+1}:{col}{last_line_row}"
dv(ls, "B", 2, rng("B") + " " + rng("C"))
dv(ls, "C", 2, rng("D") + " " + rng("L"))
dv(ls, "D", 5, rng("K"))
dv(ls, "E", 2, rng("M"))
dv(ls, "F", 2, rng("O"))
ls.freeze_panes = "B6"

# second table: ports
P0 = last_line_row + 3
ls.cell(row=P0, column=1, value="装置と接続する回線と機器の詳細（機器のポート情報）").font = Font(bold=True)
phdr = ["回線", "機器情報", "ポート (*)", "機器名 (*)", "IPアドレス (*)", "ポート番号 (*)", "プロトコル (*)", "接続状況"]
pkeys = ["line", "device", "port", "deviceName", "ipAddress", "portNumber", "protocol", "connectionStatus"]
for j, h in enumerate(phdr, start=1):
    ls.cell(row=P0 + 1, column=j, value=h)
ports = [
    {"line": "回線1", "device": "ヤマハ RTX1220", "port": "LAN1", "deviceName": "電子カルテサーバ",
     "ipAddress": "192.168.10.11", "portNumber": 3389, "protocol": "RDP", "connectionStatus": "接続あり"},
    {"line": "回線1", "device": "ヤマハ RTX1220", "port": "LAN1", "deviceName": "電子カルテDBサーバ",
     "ipAddress": "192.168.10.12", "portNumber": 22, "protocol": "SSH", "connectionStatus": "接続あり"},
    {"line": "回線2", "device": "Fortinet FortiGate 40F", "port": "internal1", "deviceName": "PACSサーバ",
     "ipAddress": "192.168.30.21", "portNumber": 443, "protocol": "HTTPS", "connectionStatus": "接続あり"},
    {"line": "回線3", "device": "NEC UNIVERGE IX2215", "port": "GE1", "deviceName": "オン資端末",
     "ipAddress": "192.168.50.5", "portNumber": 443, "protocol": "HTTPS", "connectionStatus": "接続あり"},
]
for i, p in enumerate(ports):
    for j, k in enumerate(pkeys, start=1):
        ls.cell(row=P0 + 2 + i, column=j, value=p[k])
box(ls, f"A{P0+1}:H{P0+1+len(ports)+2}")
box(ls, f"A{P0+1}:H{P0+1}", fill=HEAD, align=CENTER)

# ---------------------------------------------------------------- 調査端末情報記入シート
ts = wb.create_sheet("調査端末情報記入シート", 2)
ts["A1"] = "調査端末情報記入シート"
ts["A1"].font = Font(bold=True, size=13)
ts["A2"] = "電子カルテシステムと接続のある端末（Windows）を5台選定してください。電子カルテ端末から1台、その他主要な部門システムから1台ずつを推奨します。"
ts["A3"] = "調査端末情報"
t_cols = [
    ("", "No.", None), ("", "システム種別 (*)", "systemType"), ("", "シングル利用 (*)", "usage"),
    ("シンクル端末/FAT端末", "端末ホスト名 (*)", "hostName"), ("シンクル端末/FAT端末", "IPアドレス (*)", "ipAddress"),
    ("シンクル端末/FAT端末", "設置場所 (*)", "location"),
    ("仮想デスクトップ", "端末ホスト名", "vdiHostName"), ("仮想デスクトップ", "IPアドレス", "vdiIpAddress"),
    ("", "セキュリティ対策製品", "securityProduct"), ("", "備考", "remarks"),
]
for j, (g, h, k) in enumerate(t_cols, start=1):
    if g:
        ts.cell(row=4, column=j, value=g)
        ts.cell(row=5, column=j, value=h)
    else:
        ts.cell(row=4, column=j, value=h)
        ts.merge_cells(start_row=4, start_column=j, end_row=5, end_column=j)
ts.merge_cells("D4:F4")
ts.merge_cells("G4:H4")
for j, w in enumerate([8, 14, 16, 18, 20, 26, 16, 20, 24, 30], start=1):
    ts.column_dimensions[ts.cell(row=1, column=j).column_letter].width = w
t_example = ["記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F ○○○室", "PCXXXX",
             "192.168.1.25/24", "Microsoft Defender", "端末操作可能時間：12:00-13:00"]
for j, v in enumerate(t_example, start=1):
    ts.cell(row=6, column=j, value=v)
terminals = [
    {"systemType": "電子カルテ", "usage": "単体", "hostName": "EMR-PC-2F-011", "ipAddress": "192.168.10.111/24",
     "location": "本館 2F 外来診察室3", "securityProduct": "Trend Micro Apex One",
     "remarks": "端末操作可能時間：12:00-13:00"},
    {"systemType": "電子カルテ", "usage": "仮想デスクトップ", "hostName": "TC-4F-NS02", "ipAddress": "192.168.12.42/24",
     "location": "本館 4F 東病棟 ナースステーション", "vdiHostName": "VDI-EMR-042", "vdiIpAddress": "172.16.40.42/24",
     "securityProduct": "Trend Micro Apex One", "remarks": "病棟業務のため14:00-15:00で調整"},
    {"systemType": "医事", "usage": "単体", "hostName": "IJI-PC-1F-03", "ipAddress": "192.168.20.103/24",
     "location": "本館 1F 医事課", "securityProduct": "Microsoft Defender"},
    {"systemType": "PACS", "usage": "単体", "hostName": "PACS-VW-B1-01", "ipAddress": "192.168.30.51/24",
     "location": "本館 B1F 放射線科 読影室", "securityProduct": "ESET Endpoint Security",
     "remarks": "操作時は放射線科技師長の立会い必須"},
    {"systemType": "検査", "usage": "単体", "hostName": "LAB-PC-2F-02", "ipAddress": "192.168.40.22/24",
     "location": "本館 2F 臨床検査室", "securityProduct": "Microsoft Defender"},
]
for i, t in enumerate(terminals):
    r = 7 + i
    ts.cell(row=r, column=1, value=f"No.{i+1}")
    for j, (_, _, k) in enumerate(t_cols[1:], start=2):
        ts.cell(row=r, column=j, value=t.get(k))
box(ts, "A4:J11")
box(ts, "A4:J5", fill=HEAD, align=CENTER)
box(ts, "A6:J6", fill=EX)
dv(ts, "G", 2, "C7:C11")
ts.row_dimensions[5].height = 30

# ---------------------------------------------------------------- 設置場所記入シート
ps = wb.create_sheet("設置場所記入シート", 3)
ps["A1"] = "設置場所記入シート"
ps["A1"].font = Font(bold=True, size=13)
ps["A2"] = "平面図またはフロア図の画像を貼り付け、調査対象の回線終端装置・調査端末の位置が分かるように吹き出しを配置してください。"
tmp = tempfile.mkdtemp()
png = os.path.join(tmp, "floor.png")
img = Image.new("RGB", (900, 560), "white")
d = ImageDraw.Draw(img)
try:
    font = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 18)
except Exception:
    font = ImageFont.load_default()
d.rectangle([20, 20, 880, 540], outline="black", width=3)
rooms = [((30, 30, 300, 200), "1F サーバー室"), ((310, 30, 600, 200), "1F 医事課"),
         ((610, 30, 870, 200), "2F 外来診察室3"), ((30, 210, 300, 380), "2F 臨床検査室"),
         ((310, 210, 600, 380), "4F 東病棟 NS"), ((610, 210, 870, 380), "B1F 放射線科 読影室"),
         ((30, 390, 870, 530), "廊下・エレベーターホール")]
for (box_, label) in rooms:
    d.rectangle(box_, outline="gray", width=2)
    d.text((box_[0] + 10, box_[1] + 10), label, fill="black", font=font)
d.text((330, 500), "高松みなと病院 本館 フロア図（簡略）", fill="black", font=font)
img.save(png)
xi = XLImage(png)
ps.add_image(xi, "B4")
ps["N4"] = "吹き出し（回線・端末シートから転記）"
ps["N4"].font = Font(bold=True)
callouts = [
    "回線1 ONU：本館 1F サーバー室 2番ラック 5U",
    "回線2 ONU：本館 B1F 放射線科 読影室横 機械室",
    "回線3 ONU：本館 1F サーバー室 1番ラック 2U",
    "No.1 EMR-PC-2F-011：本館 2F 外来診察室3",
    "No.2 TC-4F-NS02：本館 4F 東病棟 ナースステーション",
    "No.3 IJI-PC-1F-03：本館 1F 医事課",
    "No.4 PACS-VW-B1-01：本館 B1F 放射線科 読影室",
    "No.5 LAB-PC-2F-02：本館 2F 臨床検査室",
]
for i, t in enumerate(callouts):
    ps.cell(row=5 + i, column=14, value=t)
ps.column_dimensions["N"].width = 48

wb.active = 0
path = os.path.join(OUT, NAME + ".xlsx")
wb.save(path)

# ---------------------------------------------------------------- expected
basic = {
    "consent": "同意する",
    "facilityName": "社会医療法人 瀬戸内会 高松みなと病院",
    "facilityNameKana": "しゃかいいりょうほうじん せとうちかい たかまつみなとびょういん",
    "postalCode": "760-0065",
    "address": "香川県高松市朝日町三丁目4番12号",
    "addressKana": "かがわけんたかまつしあさひまちさんちょうめ4ばん12ごう",
    "building": "みなとメディカルセンタービル",
    "buildingKana": "みなとめでぃかるせんたーびる",
    "beds": 199,
    "confirmerName": "三好 健一",
}
expected = {
    "form": "line-device-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "basicInfo": basic,
        "contacts": contacts,
        "lines": lines,
        "ports": ports,
        "terminals": terminals,
        "floorPlan": {"image": True},
    },
    "planted": [],
    "notes": ("Row 6 of 回線・機器情報記入シート and row 6 of 調査端末情報記入シート are labelled 記入例 and are not data. "
              "回線2 is 動的IP: the 脆弱性診断当日記入欄 (グローバルIP確認/アドレス) is left blank on purpose, to be filled "
              "on diagnosis day; its グローバルIPアドレス is the address seen at the time of writing. 回線3 is a 閉域網 "
              "line with グローバルIP利用 なし, so 固定IP/動的IP and グローバルIPアドレス are left blank (not applicable) and "
              "脆弱性診断 is 調査希望なし. The 担当者 3 and 4 rows are empty. Hidden sheet 選択肢 holds drop-down lists only. "
              "The 設置場所記入シート callouts are plain cells in column N beside the pasted floor-plan PNG. "
              "No password list sheet."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("wrote", path)
