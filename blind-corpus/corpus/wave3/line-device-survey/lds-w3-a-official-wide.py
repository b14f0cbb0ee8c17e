#!/usr/bin/python3
# Generator for lds-w3-a-official-wide.xlsx
# Role: IT staff of a 312-bed Kagawa hospital filling the secretariat's 別紙2-1 as a wide, official-looking
# multi-sheet workbook (drawn from the briefing text only). Fully and correctly filled: no planted problem.
import json, os, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w3-a-official-wide"
XLSX = os.path.join(HERE, NAME + ".xlsx")
PNG = os.path.join(tempfile.mkdtemp(), NAME + "-floorplan.png")

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="DDEBF7")
GROUP = PatternFill("solid", fgColor="BDD7EE")
EX = PatternFill("solid", fgColor="EDEDED")
REQ = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

# ---------------------------------------------------------------- data (canonical)
basic = {
    "consent": "同意する",
    "facilityName": "社会医療法人 瀬戸内会 さぬき中央病院",
    "facilityNameKana": "しゃかいいりょうほうじん せとうちかい さぬきちゅうおうびょういん",
    "postalCode": "761-8071",
    "address": "香川県高松市伏石町1234番地5",
    "addressKana": "かがわけんたかまつしふしいしちょう1234ばんち5",
    "building": "本館（メディカルスクエア棟）",
    "buildingKana": "ほんかん（めでぃかるすくえあとう）",
    "beds": 312,
    "confirmerName": "大西 健一",
}
contacts = [
    {"department": "事務部 情報システム課 課長", "name": "大西 健一", "phoneNumber": "087-865-1234",
     "email": "k-onishi@sanuki-chuo.example.jp"},
    {"department": "事務部 情報システム課 主任", "name": "三好 真理子", "phoneNumber": "087-865-1235",
     "email": "m-miyoshi@sanuki-chuo.example.jp"},
    {"department": "事務部 総務課 係長", "name": "香西 浩", "phoneNumber": "087-865-1111",
     "email": "h-kozai@sanuki-chuo.example.jp"},
]
LINE_COLS = ["lineName", "lineKind", "versionCheck", "vulnerabilityScan", "ehrConnection", "purpose",
             "communicationType", "globalIpUse", "ipAssignment", "globalIpAddress", "diagnosisDayCheck",
             "diagnosisDayAddress", "fqdn", "provider", "providerService", "carrier", "carrierService", "lineId",
             "terminationLocation", "deviceMaker", "deviceModel", "firmwareVersion"]
example = ["（例）電子カルテ保守回線", "光回線", "調査希望あり", "調査希望あり", "あり", "電子カルテ", "インターネットVPN",
           "あり", "固定IP", "121.119.249.222", "入力不要", "", "example.xxx", "NTT東日本", "Bフレッツサービス",
           "NTT東日本", "フレッツ光ネクスト", "CAF0000000", "本部棟 3F サーバー室 -1番ラック 3U", "YAMAHA", "RTX1210",
           "Rev.14.01.xx"]
lines = [
    dict(lineName="電子カルテ保守回線", lineKind="光回線", versionCheck="調査希望あり", vulnerabilityScan="調査希望あり",
         ehrConnection="あり", purpose="電子カルテ（リモート保守）", communicationType="インターネットVPN",
         globalIpUse="あり", ipAssignment="固定IP", globalIpAddress="153.142.28.71", diagnosisDayCheck="入力不要",
         fqdn="ehr-vpn.sanuki-chuo.example.jp", provider="OCN", providerService="OCN光 IPoE 固定IP1",
         carrier="NTT西日本", carrierService="フレッツ光ネクスト ビジネスタイプ", lineId="CAF5512031",
         terminationLocation="本館 3F サーバー室 ラック2 上段", deviceMaker="YAMAHA", deviceModel="RTX1220",
         firmwareVersion="Rev.15.04.05"),
    dict(lineName="PACS保守回線", lineKind="光回線", versionCheck="調査希望あり", vulnerabilityScan="調査希望あり",
         ehrConnection="あり", purpose="PACS（画像管理）", communicationType="インターネットVPN",
         globalIpUse="あり", ipAssignment="固定IP", globalIpAddress="122.208.45.17", diagnosisDayCheck="入力不要",
         provider="BIGLOBE", providerService="ビッグローブ光 固定IPオプション", carrier="NTT西日本",
         carrierService="フレッツ光クロス", lineId="CAF5512207", terminationLocation="本館 1F 放射線科 機械室",
         deviceMaker="Fortinet", deviceModel="FortiGate 60F", firmwareVersion="v7.2.8"),
    dict(lineName="院内インターネット回線", lineKind="光回線", versionCheck="調査希望あり", vulnerabilityScan="調査希望あり",
         ehrConnection="あり", purpose="インターネット閲覧・メール", communicationType="インターネット",
         globalIpUse="あり", ipAssignment="動的IP", globalIpAddress="126.75.203.18", diagnosisDayCheck="確認済み",
         diagnosisDayAddress="126.75.210.44", provider="So-net", providerService="So-net 光 プラス",
         carrier="NTT西日本", carrierService="フレッツ光クロス", lineId="CAF5513388",
         terminationLocation="本館 3F サーバー室 ラック1 中段", deviceMaker="NEC", deviceModel="UNIVERGE IX2215",
         firmwareVersion="Ver.10.7.18"),
    dict(lineName="オンライン資格確認回線", lineKind="光回線（IP-VPN）", versionCheck="調査希望あり",
         vulnerabilityScan="調査希望なし", ehrConnection="あり", purpose="オンライン資格確認・オンライン請求",
         communicationType="閉域網", globalIpUse="なし", diagnosisDayCheck="入力不要",
         carrier="NTT西日本", carrierService="フレッツ・VPN ゲート", lineId="CAF5514002",
         terminationLocation="本館 1F 医事課 奥 通信ラック", deviceMaker="Cisco", deviceModel="ISR1111-4P",
         firmwareVersion="IOS XE 17.9.4a"),
    dict(lineName="検体検査装置保守回線", lineKind="モバイル回線（LTE）", versionCheck="調査希望なし",
         vulnerabilityScan="調査希望なし", ehrConnection="あり", purpose="検体検査システム（装置保守）",
         communicationType="インターネットVPN", globalIpUse="あり", ipAssignment="動的IP",
         globalIpAddress="49.98.140.63", diagnosisDayCheck="入力不要", provider="NTTドコモ",
         providerService="mopera U", carrier="NTTドコモ", carrierService="Xi（LTE）データ通信",
         lineId="090-7788-5521", terminationLocation="別館 B1F 検査科 分析装置横",
         deviceMaker="YAMAHA", deviceModel="NVR700W", firmwareVersion="Rev.15.00.22"),
]
ports = [
    dict(line="回線1", device="ルータ（YAMAHA RTX1220）", port="LAN1", deviceName="EHR-SV01", ipAddress="192.168.10.10",
         portNumber=443, protocol="HTTPS", connectionStatus="接続あり"),
    dict(line="回線1", device="ルータ（YAMAHA RTX1220）", port="LAN2", deviceName="EHR-MNT01", ipAddress="192.168.10.250",
         portNumber=3389, protocol="RDP", connectionStatus="接続あり"),
    dict(line="回線2", device="UTM（FortiGate 60F）", port="internal1", deviceName="PACS-SV01", ipAddress="192.168.20.5",
         portNumber=104, protocol="DICOM", connectionStatus="接続あり"),
    dict(line="回線2", device="UTM（FortiGate 60F）", port="internal2", deviceName="PACS-SV01", ipAddress="192.168.20.5",
         portNumber=22, protocol="SSH", connectionStatus="接続あり"),
    dict(line="回線3", device="ルータ（NEC IX2215）", port="GE1", deviceName="PROXY01", ipAddress="192.168.30.2",
         portNumber=8080, protocol="HTTP", connectionStatus="接続あり"),
    dict(line="回線3", device="ルータ（NEC IX2215）", port="GE2", deviceName="MAIL-RELAY01", ipAddress="192.168.30.3",
         portNumber=25, protocol="SMTP", connectionStatus="接続あり"),
    dict(line="回線4", device="ルータ（Cisco ISR1111）", port="Gi0/1/0", deviceName="ONS-PC01", ipAddress="192.168.40.11",
         portNumber=443, protocol="HTTPS", connectionStatus="接続あり"),
    dict(line="回線5", device="ルータ（YAMAHA NVR700W）", port="LAN1", deviceName="LAB-AN01", ipAddress="192.168.50.21",
         portNumber=22, protocol="SSH", connectionStatus="接続なし"),
]
TERM_COLS = ["systemType", "usage", "hostName", "ipAddress", "location", "vdiHostName", "vdiIpAddress",
             "securityProduct", "remarks"]
term_example = ["電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F OOO室", "PCXXXX", "192.168.1.25/24",
                "Microsoft Defender", "端末操作可能時間：12:00-13:00"]
terminals = [
    dict(systemType="電子カルテ", usage="単体", hostName="EHR-PC-2F012", ipAddress="192.168.10.121/24",
         location="本館 2F 外来ナースステーション", securityProduct="Trend Micro Apex One",
         remarks="端末操作可能時間：13:00-14:00"),
    dict(systemType="電子カルテ", usage="仮想デスクトップ", hostName="THIN-3W05", ipAddress="192.168.10.155/24",
         location="本館 3F 西病棟スタッフステーション", vdiHostName="VDI-EHR-035", vdiIpAddress="172.16.5.35/24",
         securityProduct="Microsoft Defender for Endpoint"),
    dict(systemType="医事会計", usage="単体", hostName="IJI-PC01", ipAddress="192.168.12.31/24",
         location="本館 1F 医事課", securityProduct="Trend Micro Apex One"),
    dict(systemType="PACS（画像）", usage="単体", hostName="PACS-VW02", ipAddress="192.168.20.52/24",
         location="本館 1F 放射線科 読影室", securityProduct="Trend Micro Apex One",
         remarks="検査中は操作不可（17:00以降可）"),
    dict(systemType="臨床検査", usage="単体", hostName="LAB-PC03", ipAddress="192.168.50.31/24",
         location="別館 B1F 検査科", securityProduct="ESET Endpoint Security"),
]


def floorplan(path):
    font = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 18)
    im = Image.new("RGB", (900, 560), "white")
    d = ImageDraw.Draw(im)
    d.text((20, 10), "さぬき中央病院 本館 平面図（1F・3F）/ 別館 B1F", fill="black", font=font)
    rooms = [((20, 50, 430, 270), "本館1F 医事課"), ((20, 280, 430, 540), "本館1F 放射線科（読影室・機械室）"),
             ((450, 50, 880, 270), "本館3F サーバー室（ラック1・2）"), ((450, 280, 660, 540), "本館2F 外来NS / 3F 西病棟"),
             ((670, 280, 880, 540), "別館B1F 検査科")]
    for box, label in rooms:
        d.rectangle(box, outline="black", width=3)
        d.text((box[0] + 10, box[1] + 10), label, fill="black", font=font)
    for x, y in [(120, 200), (300, 470), (560, 150), (620, 150), (760, 460)]:
        d.ellipse((x - 8, y - 8, x + 8, y + 8), fill="red")
    im.save(path)


def boxed(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


wb = Workbook()
# ---------------------------------------------------------------- 基本情報記入シート
ws = wb.active
ws.title = "基本情報記入シート"
for col, w in zip("ABCDEFG", [3, 26, 30, 22, 10, 36, 30]):
    ws.column_dimensions[col].width = w
ws["B1"] = "別紙2-1　医療機関記入依頼書（回線・機器情報等記入）　基本情報記入シート"
ws["B1"].font = Font(bold=True, size=14)
ws["B2"] = "※(*)は必須項目です。プルダウンから選択できる欄は選択してください。"
ws["B3"] = "1. 本施策についての同意確認"; ws["B3"].font = REQ
ws["B4"] = "本施策の同意確認"
ws.merge_cells("C4:E4")
ws["C4"] = "(別紙)規約に記載の内容をご確認のうえ、本施策実施に同意いただける場合は「同意する」を選択してください"
ws["C4"].alignment = WRAP
ws.row_dimensions[4].height = 45
ws["F4"] = basic["consent"]
boxed(ws, "B4:F4")
ws["B6"] = "2. ■お客様情報（医療機関情報）"; ws["B6"].font = REQ
ws["B7"] = "医療機関名"; ws.merge_cells("C7:D7"); ws["C7"] = basic["facilityName"]
ws["E7"] = "(かな)"; ws.merge_cells("F7:G7"); ws["F7"] = basic["facilityNameKana"]
ws["B8"] = "郵便番号"; ws["C8"] = "〒"; ws["C8"].alignment = Alignment(horizontal="right"); ws["D8"] = basic["postalCode"]
ws["B9"] = "住所"; ws.merge_cells("C9:D9"); ws["C9"] = basic["address"]
ws["E9"] = "(かな)"; ws.merge_cells("F9:G9"); ws["F9"] = basic["addressKana"]
ws["B10"] = "ビル名"; ws.merge_cells("C10:D10"); ws["C10"] = basic["building"]
ws["E10"] = "(かな)"; ws.merge_cells("F10:G10"); ws["F10"] = basic["buildingKana"]
ws["B11"] = "病床数"; ws["C11"] = basic["beds"]; ws["D11"] = "床"
boxed(ws, "B7:G11")
for r in range(7, 12):
    ws.cell(r, 2).fill = HEAD
ws["B13"] = "3. ■担当者情報（4名まで記入できます。1名以上必須）"; ws["B13"].font = REQ
ws["B14"] = "担当者"; ws["C14"] = "所属・役職"; ws["D14"] = "氏名"; ws["E14"] = "電話番号"
ws["F14"] = "メールアドレス"
# phone in E is narrow -> widen
ws.column_dimensions["E"].width = 16
for i in range(4):
    r = 15 + i
    ws.cell(r, 2, f"担当者{i + 1}")
    if i < len(contacts):
        c = contacts[i]
        ws.cell(r, 3, c["department"]); ws.cell(r, 4, c["name"]); ws.cell(r, 5, c["phoneNumber"]); ws.cell(r, 6, c["email"])
boxed(ws, "B14:F18")
for col in range(2, 7):
    ws.cell(14, col).fill = HEAD
ws["B20"] = "4. ■申込内容の確認"; ws["B20"].font = REQ
ws["B21"] = "確認者名(医療機関のご担当者名)"; ws.merge_cells("C21:D21"); ws["C21"] = basic["confirmerName"]
boxed(ws, "B21:D21")
ws["B22"] = "※記入内容に不備がないかご確認いただき、担当者の署名をフルネームでご記入ください。"

# ---------------------------------------------------------------- 回線・機器情報記入シート
wl = wb.create_sheet("回線・機器情報記入シート")
wl["A1"] = "回線・機器情報記入シート"; wl["A1"].font = Font(bold=True, size=14)
wl["A2"] = ("※電子カルテシステムに接続する回線（ベンダ設置の保守用回線を含む）をすべて記入してください。"
            "閉域網に接続された回線は脆弱性診断の対象外です。動的IPの回線は脆弱性診断当日にグローバルIPを確認し記入してください。")
wl["A3"] = "記入回線数"; wl["B3"] = "=COUNTA(B7:B14)"   # formula, no cached value (openpyxl)
groups = [("A4:A5", "回線"), ("B4:C4", "回線情報"), ("D4:E4", "調査希望"), ("F4:F5", None), ("G4:G5", None),
          ("H4:K4", "回線と紐付くグローバルIPアドレス"), ("L4:M4", "脆弱性診断当日記入欄"), ("N4:N5", None),
          ("O4:P4", "プロバイダ情報"), ("Q4:S4", "回線事業者情報"), ("T4:T5", None),
          ("U4:W4", "接続装置（ルータ/UTM/FW）")]
subs = ["回線名", "回線の種類", "技術バージョン確認 (*)", "脆弱性診断 (*)",
        "電子カルテシステムと接続するネットワークとの接続 (*)", "用途・システム名 (*)", "通信形態 (*)",
        "グローバルIP利用 (*)", "固定IP/動的IP (*)", "グローバルIPアドレス (*)", "グローバルIP確認", "グローバルIPアドレス",
        "FQDN", "プロバイダ名", "プロバイダ品目", "回線事業者", "回線サービス名", "回線ID",
        "回線終端装置(ONU/モデム)設置場所 (*)", "メーカー", "機種名", "ファームウェアバージョン"]
wl["A4"] = "回線"
for rng, title in groups:
    wl.merge_cells(rng)
    if title:
        wl[rng.split(":")[0]] = title
for i, s in enumerate(subs):
    col = 2 + i
    cell_row = 4 if col in (6, 7, 14, 20) else 5
    wl.cell(cell_row, col, s)
for row in wl["A4:W5"]:
    for c in row:
        c.fill = GROUP if c.row == 4 else HEAD
        c.alignment = CENTER; c.border = BOX; c.font = Font(bold=True, size=9)
wl.row_dimensions[5].height = 42; wl.row_dimensions[4].height = 42
widths = [7, 22, 14, 14, 14, 16, 26, 18, 12, 12, 16, 14, 16, 26, 12, 26, 12, 28, 14, 34, 11, 16, 16]
for i, w in enumerate(widths):
    wl.column_dimensions[chr(65 + i)].width = w
wl.cell(6, 1, "記入例")
for i, v in enumerate(example):
    wl.cell(6, 2 + i, v)
for c in wl[6]:
    c.fill = EX; c.border = BOX; c.font = Font(color="808080", italic=True)
for n in range(8):
    r = 7 + n
    wl.cell(r, 1, f"回線{n + 1}")
    if n < len(lines):
        for i, k in enumerate(LINE_COLS):
            v = lines[n].get(k)
            if v is not None:
                wl.cell(r, 2 + i, v)
    for col in range(1, 24):
        wl.cell(r, col).border = BOX
# dropdowns
dv_h = DataValidation(type="list", formula1="=リスト!$A$2:$A$3", allow_blank=True)
dv_an = DataValidation(type="list", formula1="=リスト!$B$2:$B$3", allow_blank=True)
dv_ip = DataValidation(type="list", formula1="=リスト!$C$2:$C$3", allow_blank=True)
dv_cf = DataValidation(type="list", formula1="=リスト!$D$2:$D$3", allow_blank=True)
dv_ct = DataValidation(type="list", formula1="=リスト!$E$2:$E$6", allow_blank=True)
for dv in (dv_h, dv_an, dv_ip, dv_cf, dv_ct):
    wl.add_data_validation(dv)
dv_h.add("D7:E14"); dv_an.add("F7:F14"); dv_an.add("I7:I14"); dv_ip.add("J7:J14"); dv_cf.add("L7:L14")
dv_ct.add("H7:H14")

# ports table (second table on the same sheet)
r0 = 17
wl.cell(r0, 1, "装置と接続する回線と機器の詳細（機器のポート情報）").font = Font(bold=True, size=12)
ph = ["回線", "機器情報（装置）", "ポート (*)", "機器名 (*)", "IPアドレス (*)", "ポート番号 (*)", "プロトコル (*)", "接続状況"]
for i, h in enumerate(ph):
    c = wl.cell(r0 + 1, 1 + i, h); c.fill = HEAD; c.border = BOX; c.alignment = CENTER; c.font = Font(bold=True, size=9)
exrow = ["記入例", "ルータ（XXX）", "Com1", "端末1", "192.168.1.10", 4500, "Telnet", "接続なし"]
for i, v in enumerate(exrow):
    c = wl.cell(r0 + 2, 1 + i, v); c.fill = EX; c.border = BOX; c.font = Font(color="808080", italic=True)
PCOLS = ["line", "device", "port", "deviceName", "ipAddress", "portNumber", "protocol", "connectionStatus"]
for j, p in enumerate(ports):
    for i, k in enumerate(PCOLS):
        c = wl.cell(r0 + 3 + j, 1 + i, p[k]); c.border = BOX

# ---------------------------------------------------------------- 調査端末情報記入シート
wt = wb.create_sheet("調査端末情報記入シート")
wt["A1"] = "調査端末情報記入シート"; wt["A1"].font = Font(bold=True, size=14)
wt["A2"] = "※電子カルテ端末から1台、その他主要な部門システムから1台ずつ、計5台を選定してください（Windows OS）。"
heads4 = [("A4:A5", "No."), ("B4:B5", "システム種別 (*)"), ("C4:C5", "シングル利用 (*)"), ("D4:F4", "シンクル端末/FAT端末"),
          ("G4:H4", "仮想デスクトップ"), ("I4:I5", "セキュリティ対策製品"), ("J4:J5", "備考")]
for rng, t in heads4:
    wt.merge_cells(rng); wt[rng.split(":")[0]] = t
for col, t in zip("DEFGH", ["端末ホスト名 (*)", "IPアドレス (*)", "設置場所 (*)", "端末ホスト名", "IPアドレス"]):
    wt[f"{col}5"] = t
for row in wt["A4:J5"]:
    for c in row:
        c.fill = HEAD; c.border = BOX; c.alignment = CENTER; c.font = Font(bold=True, size=9)
for col, w in zip("ABCDEFGHIJ", [8, 16, 16, 16, 18, 30, 16, 18, 30, 34]):
    wt.column_dimensions[col].width = w
wt["A6"] = "記入例"
for i, v in enumerate(term_example):
    wt.cell(6, 2 + i, v)
for c in wt[6]:
    c.fill = EX; c.border = BOX; c.font = Font(color="808080", italic=True)
for n in range(5):
    r = 7 + n
    wt.cell(r, 1, f"No.{n + 1}")
    for i, k in enumerate(TERM_COLS):
        v = terminals[n].get(k)
        if v is not None:
            wt.cell(r, 2 + i, v)
    for col in range(1, 11):
        wt.cell(r, col).border = BOX
dv_u = DataValidation(type="list", formula1='"単体,仮想デスクトップ"', allow_blank=True)
wt.add_data_validation(dv_u); dv_u.add("C7:C11")

# ---------------------------------------------------------------- 設置場所記入シート
wp = wb.create_sheet("設置場所記入シート")
wp["A1"] = "設置場所記入シート（平面図またはフロア図を貼り付け、吹き出しを配置してください）"; wp["A1"].font = Font(bold=True, size=12)
floorplan(PNG)
img = XLImage(PNG); img.width, img.height = 720, 448
wp.add_image(img, "B3")
wp["N3"] = "吹き出し（自動表示）"; wp["N3"].font = REQ
LS = "'回線・機器情報記入シート'"
TS = "'調査端末情報記入シート'"
for n in range(5):
    wp.cell(4 + n, 14, f'="回線{n + 1}："&{LS}!B{7 + n}&" / "&{LS}!T{7 + n}')
for n in range(5):
    wp.cell(10 + n, 14, f'="端末No.{n + 1}："&{TS}!D{7 + n}&" / "&{TS}!F{7 + n}')
wp.column_dimensions["N"].width = 60

# ---------------------------------------------------------------- password list (提出不要, left empty)
wa = wb.create_sheet("アカウント(ログインID)・パスワードリスト")
wa["A1"] = "アカウント(ログインID)・パスワードリスト　【提出不要】当日までの情報整理用"; wa["A1"].font = Font(bold=True, color="C00000")
wa["A3"] = "■ 調査① インターネット回線/ONUに紐づく装置(ルータ/UTM/FW)"
for i, h in enumerate(["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"]):
    wa.cell(4, 1 + i, h).fill = HEAD
for n in range(5):
    wa.cell(5 + n, 1, f"回線{n + 1}")
wa["A11"] = "■ 調査端末(シンクル端末/FAT端末)"
for i, h in enumerate(["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"]):
    wa.cell(12, 1 + i, h).fill = HEAD
for n in range(5):
    wa.cell(13 + n, 1, f"端末{n + 1}")
wa["A19"] = "備考(接続先情報など)"
for col, w in zip("ABCDEF", [10, 16, 18, 24, 18, 28]):
    wa.column_dimensions[col].width = w

# ---------------------------------------------------------------- hidden list sheet
wh = wb.create_sheet("リスト")
for col, vals in zip("ABCDE", [["調査希望", "調査希望あり", "調査希望なし"], ["有無", "あり", "なし"],
                               ["IP", "固定IP", "動的IP"], ["当日", "確認済み", "入力不要"],
                               ["通信形態", "インターネット", "インターネットVPN", "閉域網", "モバイル", "その他"]]):
    for i, v in enumerate(vals):
        wh[f"{col}{i + 1}"] = v
wh.sheet_state = "hidden"
dv_c = DataValidation(type="list", formula1='"同意する"', allow_blank=True)
ws.add_data_validation(dv_c); dv_c.add("F4")

wb.save(XLSX)

# ---------------------------------------------------------------- expected
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
    "notes": ("Row 6 of the line sheet and of the terminal sheet, and row 19 of the port table, are correctly labelled "
              "記入例 rows and must be ignored. Rows 回線6–回線8 are empty template rows. 記入回線数 (B3) is a COUNTA formula "
              "saved by openpyxl without a cached value; the callouts on 設置場所記入シート are formulas without cached "
              "values. 回線4 is a 閉域網 line without a global IP: 固定IP/動的IP and グローバルIPアドレス are left blank on "
              "purpose. 回線3 is dynamic and its 当日 columns are already filled (確認済み + address). The password list "
              "sheet is present but every account/password cell is empty. Sheet リスト (drop-down values) is hidden. "
              "ports[].device is the text of the 機器情報（装置） column."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("wrote", XLSX)
