#!/usr/bin/python3
"""lds-w20-a: 別紙2-1 drawn as the secretariat would: five sheets with the official names, label-left
merged cells on the basic-info sheet, two-row headers and a 記入例 row on the line and terminal sheets,
a second table (device ports) under the line table, a floor-plan picture, and an (empty) password list.
Filled completely and correctly (no planted problem)."""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w20-a-five-sheets-two-row-headers"
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="D9E1F2")
EXAMPLE = PatternFill("solid", fgColor="EDEDED")
REQ = PatternFill("solid", fgColor="FFF2CC")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def box(ws, rng, fill=None, bold=False, align=WRAP):
    for row in ws[rng]:
        for c in row:
            c.border = BOX
            c.alignment = align
            if fill:
                c.fill = fill
            if bold:
                c.font = Font(bold=True)


# ---------------------------------------------------------------- data
basic = {
    "consent": "同意する",
    "facilityName": "医療法人社団 玉藻会 たまも記念病院",
    "facilityNameKana": "いりょうほうじんしゃだん たまもかい たまもきねんびょういん",
    "postalCode": "761-8076",
    "address": "香川県高松市多肥上町1432番地",
    "addressKana": "かがわけんたかまつしたひかみまち1432ばんち",
    "beds": 199,
    "confirmerName": "三好 健一",
}
contacts = [
    {"department": "事務部 情報システム課 課長", "name": "三好 健一",
     "phoneNumber": "087-889-2211", "email": "k-miyoshi@tamamo-kinen.or.jp"},
    {"department": "事務部 情報システム課 主任", "name": "大西 さやか",
     "phoneNumber": "087-889-2215", "email": "s-onishi@tamamo-kinen.or.jp"},
]
lines = [
    {"versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり",
     "purpose": "電子カルテ", "lineName": "電子カルテ リモート保守回線", "lineKind": "光回線",
     "carrier": "NTT西日本", "carrierService": "フレッツ光ネクスト ビジネスタイプ", "lineId": "COP12345678",
     "communicationType": "インターネットVPN", "globalIpUse": "あり", "ipAssignment": "固定IP",
     "globalIpAddress": "60.36.155.18", "diagnosisDayCheck": "入力不要",
     "provider": "OCN", "providerService": "OCN光 IPoE 固定IP1",
     "terminationLocation": "本館 2F サーバー室 ラック1 上段",
     "deviceMaker": "Fortinet", "deviceModel": "FortiGate-60F", "firmwareVersion": "v7.2.8"},
    {"versionCheck": "調査希望なし", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり",
     "purpose": "PACS（画像保守）", "lineName": "PACS保守回線（ベンダ契約）", "lineKind": "光回線",
     "carrier": "NTT西日本", "carrierService": "フレッツ 光クロス", "lineId": "COP23456789",
     "communicationType": "インターネットVPN", "globalIpUse": "あり", "ipAssignment": "固定IP",
     "globalIpAddress": "153.142.20.77", "diagnosisDayCheck": "入力不要",
     "provider": "IIJ", "providerService": "IIJ IPoE with 固定IP",
     "terminationLocation": "本館 1F 放射線科 機械室",
     "deviceMaker": "NEC", "deviceModel": "UNIVERGE IX2215", "firmwareVersion": "Ver.10.8.21"},
    {"versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり",
     "purpose": "地域医療連携", "lineName": "地域連携ネットワーク回線", "lineKind": "光回線",
     "carrier": "STNet", "carrierService": "ピカラ光ビジネス", "lineId": "PK-0087654",
     "communicationType": "インターネット", "globalIpUse": "あり", "ipAssignment": "動的IP",
     "globalIpAddress": "126.15.88.203", "diagnosisDayCheck": "確認済み", "diagnosisDayAddress": "126.15.91.40",
     "fqdn": "tamamo-renkei.aa0.netvolante.jp",
     "provider": "STNet", "providerService": "ピカラ光ネット",
     "terminationLocation": "本館 1F 地域連携室 壁面ラック",
     "deviceMaker": "YAMAHA", "deviceModel": "RTX1220", "firmwareVersion": "Rev.15.04.06"},
]
ports = [
    {"line": "回線1", "device": "FortiGate-60F", "port": "internal1", "deviceName": "電子カルテサーバ(EMR-SV01)",
     "ipAddress": "192.168.10.10", "portNumber": 443, "protocol": "HTTPS", "connectionStatus": "接続あり"},
    {"line": "回線1", "device": "FortiGate-60F", "port": "internal2", "deviceName": "保守用端末",
     "ipAddress": "192.168.10.250", "portNumber": 3389, "protocol": "RDP", "connectionStatus": "接続あり"},
    {"line": "回線3", "device": "RTX1220", "port": "LAN1", "deviceName": "地域連携サーバ",
     "ipAddress": "192.168.50.20", "portNumber": 443, "protocol": "HTTPS", "connectionStatus": "接続あり"},
]
terminals = [
    {"systemType": "電子カルテ", "usage": "単体", "hostName": "EMR-PC-001", "ipAddress": "192.168.10.101/24",
     "location": "本館 1F 外来受付", "securityProduct": "Microsoft Defender"},
    {"systemType": "電子カルテ", "usage": "仮想デスクトップ", "hostName": "TC-2F-NS01", "ipAddress": "192.168.10.121/24",
     "location": "本館 2F ナースステーション", "vdiHostName": "VDI-EMR-021", "vdiIpAddress": "172.16.20.21/24",
     "securityProduct": "Trend Micro Apex One"},
    {"systemType": "医事会計", "usage": "単体", "hostName": "IJI-PC-01", "ipAddress": "192.168.20.11/24",
     "location": "本館 1F 医事課", "securityProduct": "ESET Endpoint Security"},
    {"systemType": "PACS", "usage": "単体", "hostName": "PACS-VW-01", "ipAddress": "192.168.30.15/24",
     "location": "本館 1F 放射線科 読影室", "securityProduct": "Trend Micro Apex One"},
    {"systemType": "臨床検査", "usage": "単体", "hostName": "LAB-PC-01", "ipAddress": "192.168.40.21/24",
     "location": "本館 B1F 検査室", "securityProduct": "Microsoft Defender",
     "remarks": "端末操作可能時間：13:00-14:00"},
]

wb = Workbook()

# ---------------------------------------------------------------- 基本情報記入シート
ws = wb.active
ws.title = "基本情報記入シート"
for col, w in zip("ABCDEFGH", [3, 22, 26, 26, 14, 34, 10, 40]):
    ws.column_dimensions[col].width = w
ws["B1"] = "別紙2-1 医療機関記入依頼書（回線・機器情報等記入）　基本情報記入シート"
ws["B1"].font = Font(bold=True, size=14)
ws["B2"] = "※黄色の欄は必須です。"

ws["B3"] = "■本施策の同意確認"
ws["B3"].font = Font(bold=True)
ws["B4"] = "本施策の同意確認"
ws.merge_cells("C4:F4")
ws["C4"] = "(別紙)規約に記載の内容をご確認のうえ、本施策実施に同意いただける場合は「同意する」を選択してください"
ws.merge_cells("G4:H4")
ws["G4"] = basic["consent"]
box(ws, "B4:H4")
ws["B4"].fill = HEAD
ws["G4"].fill = REQ
dv = DataValidation(type="list", formula1='"同意する"', allow_blank=True)
ws.add_data_validation(dv)
dv.add("G4")
ws.row_dimensions[4].height = 36

ws["B6"] = "■お客様情報(医療機関情報)"
ws["B6"].font = Font(bold=True)
ws["B7"] = "医療機関名"
ws.merge_cells("C7:D7")
ws["C7"] = basic["facilityName"]
ws["E7"] = "(かな)"
ws.merge_cells("F7:H7")
ws["F7"] = basic["facilityNameKana"]
ws.merge_cells("B8:B9")
ws["B8"] = "住所"
ws["C8"] = "〒"
ws["C8"].alignment = Alignment(horizontal="right")
ws["D8"] = basic["postalCode"]
ws["E8"] = "住所"
ws["F8"] = basic["address"]
ws["G8"] = "(かな)"
ws["H8"] = basic["addressKana"]
ws["E9"] = "ビル名"
ws["G9"] = "(かな)"
ws["B10"] = "病床数"
ws["C10"] = basic["beds"]
box(ws, "B7:H10")
for ref in ("B7", "E7", "B8", "C8", "E8", "G8", "E9", "G9", "B10"):
    ws[ref].fill = HEAD
ws["C8"].alignment = Alignment(horizontal="right", vertical="center")

ws["B12"] = "■担当者情報（4名まで記入できます）"
ws["B12"].font = Font(bold=True)
for col, h in zip("BCDEF", ["", "所属・役職", "氏名", "電話番号", "メールアドレス"]):
    ws[f"{col}13"] = h
for i in range(4):
    r = 14 + i
    ws[f"B{r}"] = f"担当者{i + 1}"
    if i < len(contacts):
        c = contacts[i]
        ws[f"C{r}"] = c["department"]
        ws[f"D{r}"] = c["name"]
        ws[f"E{r}"] = c["phoneNumber"]
        ws[f"F{r}"] = c["email"]
box(ws, "B13:F17")
box(ws, "B13:F13", fill=HEAD, bold=True, align=CENTER)

ws["B19"] = "■申込内容の確認"
ws["B19"].font = Font(bold=True)
ws.merge_cells("B20:C20")
ws["B20"] = "確認者名(医療機関のご担当者名)"
ws.merge_cells("D20:E20")
ws["D20"] = basic["confirmerName"]
box(ws, "B20:E20")
ws["B20"].fill = HEAD
ws["B21"] = "※記入内容に不備がないかご確認いただき、担当者の署名をフルネームでご記入ください。"

# ---------------------------------------------------------------- 回線・機器情報記入シート
ws = wb.create_sheet("回線・機器情報記入シート")
ws["A1"] = "回線・機器情報記入シート"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "※(*)は必須項目です。電子カルテシステムと接続するすべての回線（保守回線を含む）を1行ずつ記入してください。記入例の行は削除しないでください。"
# two-row header: (col, top, bottom or None, width)
cols = [
    ("A", "", None, 8),
    ("B", "調査希望", "技術バージョン確認 (*)", 14),
    ("C", None, "脆弱性診断 (*)", 14),
    ("D", "電子カルテシステムと接続するネットワークとの接続 (*)", None, 16),
    ("E", "用途・システム名 (*)", None, 16),
    ("F", "回線情報", "回線名", 22),
    ("G", None, "回線の種類", 10),
    ("H", None, "回線事業者", 12),
    ("I", None, "回線サービス名", 24),
    ("J", None, "回線ID", 14),
    ("K", "回線と紐付くグローバルIPアドレス", "通信形態 (*)", 16),
    ("L", None, "グローバルIP利用 (*)", 11),
    ("M", None, "固定IP/動的IP (*)", 11),
    ("N", None, "グローバルIPアドレス (*)", 16),
    ("O", "脆弱性診断当日記入欄", "グローバルIP確認", 12),
    ("P", None, "グローバルIPアドレス", 16),
    ("Q", "FQDN", None, 28),
    ("R", "プロバイダ情報", "プロバイダ名", 12),
    ("S", None, "プロバイダ品目", 22),
    ("T", "回線終端装置(ONU/モデム)情報", "回線終端装置設置場所 (*)", 28),
    ("U", "装置(ルータ/UTM/FW)情報", "メーカー", 12),
    ("V", None, "機種名", 16),
    ("W", None, "ファームウェアバージョン", 14),
]
for col, top, bottom, w in cols:
    ws.column_dimensions[col].width = w
    if top is not None:
        ws[f"{col}4"] = top
    if bottom is not None:
        ws[f"{col}5"] = bottom
for rng in ("A4:A5", "B4:C4", "D4:D5", "E4:E5", "F4:J4", "K4:N4", "O4:P4", "Q4:Q5", "R4:S4", "U4:W4"):
    ws.merge_cells(rng)
box(ws, "A4:W5", fill=HEAD, bold=True, align=CENTER)
ws.row_dimensions[4].height = 30
ws.row_dimensions[5].height = 45

order = ["versionCheck", "vulnerabilityScan", "ehrConnection", "purpose", "lineName", "lineKind", "carrier",
         "carrierService", "lineId", "communicationType", "globalIpUse", "ipAssignment", "globalIpAddress",
         "diagnosisDayCheck", "diagnosisDayAddress", "fqdn", "provider", "providerService",
         "terminationLocation", "deviceMaker", "deviceModel", "firmwareVersion"]
example = ["調査希望あり", "調査希望あり", "あり", "電子カルテ", "○○保守回線", "光回線", "NTT東日本",
           "フレッツ光ネクスト", "CAF0000000000", "インターネットVPN", "あり", "固定IP", "121.119.249.222",
           "入力不要", "", "example.xxx", "NTT東日本", "Bフレッツサービス", "本部棟 3F サーバー室 -1番ラック 3U",
           "○○社", "XX-1000", "Ver.1.00"]
ws["A6"] = "記入例"
for j, v in enumerate(example):
    ws.cell(row=6, column=2 + j, value=v if v != "" else None)
for i in range(10):
    r = 7 + i
    ws.cell(row=r, column=1, value=f"回線{i + 1}")
    if i < len(lines):
        for j, k in enumerate(order):
            v = lines[i].get(k)
            if v is not None:
                ws.cell(row=r, column=2 + j, value=v)
box(ws, "A6:W16")
for c in ws[6]:
    c.fill = EXAMPLE
    c.font = Font(color="7F7F7F", italic=True)
for spec, cells in [('"調査希望あり,調査希望なし"', "B7:C16"), ('"あり,なし"', "D7:D16"),
                    ('"インターネット,インターネットVPN,閉域網,モバイル回線,その他"', "K7:K16"),
                    ('"あり,なし"', "L7:L16"), ('"固定IP,動的IP"', "M7:M16"), ('"確認済み,入力不要"', "O7:O16")]:
    dv = DataValidation(type="list", formula1=spec, allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(cells)

# second table: device ports
ws["A19"] = "■装置と接続する回線と機器の詳細（機器のポート情報）"
ws["A19"].font = Font(bold=True)
pheads = ["回線", "装置", "ポート (*)", "機器名 (*)", "IPアドレス (*)", "ポート番号 (*)", "プロトコル (*)", "接続状況"]
pkeys = ["line", "device", "port", "deviceName", "ipAddress", "portNumber", "protocol", "connectionStatus"]
for j, h in enumerate(pheads):
    ws.cell(row=20, column=1 + j, value=h)
for i, p in enumerate(ports):
    for j, k in enumerate(pkeys):
        ws.cell(row=21 + i, column=1 + j, value=p[k])
box(ws, "A20:H25")
box(ws, "A20:H20", fill=HEAD, bold=True, align=CENTER)
ws.freeze_panes = "B6"

# ---------------------------------------------------------------- 調査端末情報記入シート
ws = wb.create_sheet("調査端末情報記入シート")
ws["A1"] = "調査端末情報記入シート"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "※電子カルテシステムと接続のある端末を5台選定してください（電子カルテ端末1台、主要な部門システムから1台ずつを推奨）。"
tcols = [("A", "", None, 8), ("B", "システム種別 (*)", None, 14), ("C", "シングル利用 (*)", None, 16),
         ("D", "シンクライアント端末/FAT端末", "端末ホスト名 (*)", 16), ("E", None, "IPアドレス (*)", 20),
         ("F", None, "設置場所 (*)", 26), ("G", "仮想デスクトップ", "端末ホスト名", 16), ("H", None, "IPアドレス", 20),
         ("I", "セキュリティ対策製品", None, 24), ("J", "備考", None, 32)]
for col, top, bottom, w in tcols:
    ws.column_dimensions[col].width = w
    if top is not None:
        ws[f"{col}4"] = top
    if bottom is not None:
        ws[f"{col}5"] = bottom
for rng in ("A4:A5", "B4:B5", "C4:C5", "D4:F4", "G4:H4", "I4:I5", "J4:J5"):
    ws.merge_cells(rng)
box(ws, "A4:J5", fill=HEAD, bold=True, align=CENTER)
tkeys = ["systemType", "usage", "hostName", "ipAddress", "location", "vdiHostName", "vdiIpAddress",
         "securityProduct", "remarks"]
ex = ["電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F ○○○室", "", "", "Microsoft Defender", ""]
ws["A6"] = "記入例"
for j, v in enumerate(ex):
    if v:
        ws.cell(row=6, column=2 + j, value=v)
for i, t in enumerate(terminals):
    r = 7 + i
    ws.cell(row=r, column=1, value=f"No.{i + 1}")
    for j, k in enumerate(tkeys):
        if k in t:
            ws.cell(row=r, column=2 + j, value=t[k])
box(ws, "A6:J11")
for c in ws[6]:
    c.fill = EXAMPLE
    c.font = Font(color="7F7F7F", italic=True)
dv = DataValidation(type="list", formula1='"単体,仮想デスクトップ"', allow_blank=True)
ws.add_data_validation(dv)
dv.add("C7:C11")

# ---------------------------------------------------------------- 設置場所記入シート (floor plan with callouts)
ws = wb.create_sheet("設置場所記入シート")
ws["A1"] = "設置場所記入シート"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "※平面図またはフロア図を貼り付け、調査対象の回線終端装置・調査対象端末の位置に吹き出しを配置してください。"
img = Image.new("RGB", (900, 720), "white")
d = ImageDraw.Draw(img)
f = ImageFont.truetype(FONT, 16)
fb = ImageFont.truetype(FONT, 20)
d.text((20, 10), "たまも記念病院 本館 B1F / 1F / 2F 平面図（抜粋）", font=fb, fill="black")
d.rectangle((20, 50, 440, 540), outline="black", width=3)
d.rectangle((460, 50, 880, 540), outline="black", width=3)
d.text((30, 55), "1F", font=fb, fill="black")
d.text((470, 55), "2F", font=fb, fill="black")
rooms1 = [((30, 90, 200, 200), "外来受付"), ((210, 90, 430, 200), "医事課"), ((30, 210, 200, 330), "放射線科 読影室"),
          ((210, 210, 430, 330), "放射線科 機械室"), ((30, 340, 430, 530), "地域連携室")]
rooms2 = [((470, 90, 700, 260), "サーバー室"), ((710, 90, 870, 260), "事務室"), ((470, 270, 870, 530), "ナースステーション")]
for (box_, name) in rooms1 + rooms2:
    d.rectangle(box_, outline="gray", width=2)
    d.text((box_[0] + 6, box_[1] + 4), name, font=f, fill="gray")
callouts = [((560, 150), "回線1 ONU / FortiGate-60F"), ((240, 260), "回線2 ONU / IX2215"),
            ((60, 420), "回線3 ONU / RTX1220"), ((60, 140), "端末No.1 EMR-PC-001"),
            ((500, 330), "端末No.2 TC-2F-NS01"), ((240, 140), "端末No.3 IJI-PC-01"),
            ((60, 270), "端末No.4 PACS-VW-01")]
for (x, y), text in callouts:
    w = int(d.textlength(text, font=f)) + 12
    d.rectangle((x, y, x + w, y + 26), fill="#FFF2CC", outline="red", width=2)
    d.text((x + 6, y + 2), text, font=f, fill="black")
d.rectangle((20, 560, 880, 710), outline="black", width=3)
d.text((30, 565), "B1F", font=fb, fill="black")
d.rectangle((30, 600, 400, 700), outline="gray", width=2)
d.text((36, 604), "検査室", font=f, fill="gray")
d.rectangle((410, 600, 870, 700), outline="gray", width=2)
d.text((416, 604), "倉庫・機械室", font=f, fill="gray")
for (x, y), text in [((60, 640), "端末No.5 LAB-PC-01")]:
    w = int(d.textlength(text, font=f)) + 12
    d.rectangle((x, y, x + w, y + 26), fill="#FFF2CC", outline="red", width=2)
    d.text((x + 6, y + 2), text, font=f, fill="black")
png = os.path.join("/tmp", NAME + "-floor.png")
img.save(png)
pic = XLImage(png)
ws.add_image(pic, "A4")

# ---------------------------------------------------------------- password list (提出不要, left empty)
ws = wb.create_sheet("アカウント(ログインID)・パスワードリスト")
ws["A1"] = "アカウント(ログインID)・パスワードリスト　【提出不要】現地調査当日までに情報を整理してください"
ws["A1"].font = Font(bold=True, color="C00000")
ws["A3"] = "■調査① インターネット回線/ONUに紐づく装置(ルータ/UTM/FW)"
for j, h in enumerate(["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"]):
    ws.cell(row=4, column=1 + j, value=h or None)
for i in range(5):
    ws.cell(row=5 + i, column=1, value=f"回線{i + 1}")
box(ws, "A4:F9")
ws["A11"] = "■調査端末(シンクライアント端末/FAT端末)"
for j, h in enumerate(["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"]):
    ws.cell(row=12, column=1 + j, value=h or None)
for i in range(5):
    ws.cell(row=13 + i, column=1, value=f"端末{i + 1}")
box(ws, "A12:E17")
ws["A19"] = "備考(接続先情報など)"
for col, w in zip("ABCDEF", [10, 16, 18, 22, 16, 26]):
    ws.column_dimensions[col].width = w

wb.active = 0
xlsx = os.path.join(OUT, NAME + ".xlsx")
wb.save(xlsx)

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
    "notes": ("Rows 回線4-回線10 are pre-labelled but empty (not data). Row 6 on the line and terminal sheets is the "
              "記入例 row. For the two 固定IP lines the 当日 address cell is left blank (only 入力不要 in グローバルIP確認). "
              "The password-list sheet is present but every cell below its headers is empty. Callouts for 回線1-3 and 端末No.1-5 are drawn into "
              "the floor-plan picture (B1F/1F/2F panels). ビル名 left blank (none)."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(expected, fh, ensure_ascii=False, indent=2)
print("wrote", xlsx)
