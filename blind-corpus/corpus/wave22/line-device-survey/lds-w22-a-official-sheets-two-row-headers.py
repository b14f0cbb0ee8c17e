#!/usr/bin/python3
"""lds-w22-a: 別紙2-1 drawn as the secretariat's five-sheet workbook (official sheet names, two-row headers,
記入例 rows, dropdowns), filled completely and correctly by a hospital's IT person. No planted problem.
The password list sheet was deleted by the hospital before submission (提出不要)."""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.drawing.image import Image as XLImage
from openpyxl.utils import get_column_letter
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w22-a-official-sheets-two-row-headers"
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="DDEBF7")
EX = PatternFill("solid", fgColor="E7E6E6")
INP = PatternFill("solid", fgColor="FFF2CC")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()

# ---------------------------------------------------------------- 基本情報記入シート
ws = wb.active
ws.title = "基本情報記入シート"
ws["A1"] = "別紙2-1　医療機関記入依頼書（回線・機器情報等記入）　基本情報記入シート"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "※黄色セルにご記入ください。(*)は必須項目です。"
for col, w in zip("ABCDEFG", [22, 30, 14, 30, 14, 30, 4]):
    ws.column_dimensions[col].width = w

ws["A4"] = "■本施策の同意確認"
ws["A4"].font = Font(bold=True)
ws["A5"] = "本施策の同意確認"
ws.merge_cells("B5:E5")
ws["B5"] = "（別紙）規約に記載の内容をご確認のうえ、本施策実施に同意いただける場合は「同意する」を選択してください"
ws["F5"] = "同意する"
dv = DataValidation(type="list", formula1='"同意する"', allow_blank=True)
ws.add_data_validation(dv); dv.add("F5")

ws["A7"] = "■お客様情報（医療機関情報）"
ws["A7"].font = Font(bold=True)
ws["A8"] = "医療機関名"
ws["B8"] = "医療法人若葉会　たかまつ若葉病院"
ws["C8"] = "（かな）"
ws["D8"] = "いりょうほうじんわかばかい　たかまつわかばびょういん"
ws["A9"] = "住所"
ws["B9"] = "〒"
ws["C9"] = "761-8076"
ws["A10"] = ""
ws["B10"] = "香川県高松市多肥上町1234番地5"
ws["C10"] = "（かな）"
ws["D10"] = "かがわけんたかまつしたひかみまち1234ばんち5"
ws["A11"] = "ビル名"
ws["B11"] = "本館"
ws["C11"] = "（かな）"
ws["D11"] = "ほんかん"
ws["A12"] = "病床数"
ws["B12"] = 199
ws.merge_cells("A9:A10")

ws["A14"] = "■ご担当者情報（4名まで）"
ws["A14"].font = Font(bold=True)
hdr = ["", "所属・役職", "氏名", "電話番号", "メールアドレス"]
for i, h in enumerate(hdr):
    c = ws.cell(row=15, column=1 + i, value=h)
    c.fill = HEAD; c.border = BOX; c.alignment = CENTER
contacts = [
    ("情報システム室　室長", "三好 健一", "087-889-3100", "k-miyoshi@takamatsu-wakaba.example.jp"),
    ("事務部　総務課　主任", "香西 美穂", "087-889-3101", "m-kozai@takamatsu-wakaba.example.jp"),
]
for r in range(4):
    ws.cell(row=16 + r, column=1, value=f"担当者{r + 1}").border = BOX
    for c in range(4):
        cell = ws.cell(row=16 + r, column=2 + c)
        cell.border = BOX; cell.fill = INP
        if r < len(contacts):
            cell.value = contacts[r][c]

ws["A21"] = "■申込内容の確認"
ws["A21"].font = Font(bold=True)
ws["A22"] = "確認者名（医療機関のご担当者名）"
ws["A22"].alignment = WRAP
ws.merge_cells("B22:C22")
ws["B22"] = "三好 健一"
for ref in ["F5", "B8", "D8", "C9", "B10", "D10", "B11", "D11", "B12", "B22"]:
    ws[ref].fill = INP; ws[ref].border = BOX
for r in range(5, 13):
    ws.cell(row=r, column=1).fill = HEAD
    ws.cell(row=r, column=1).border = BOX
ws["A22"].fill = HEAD; ws["A22"].border = BOX

# ---------------------------------------------------------------- 回線・機器情報記入シート
wl = wb.create_sheet("回線・機器情報記入シート")
wl["A1"] = "回線・機器情報記入シート"
wl["A1"].font = Font(bold=True, size=14)
wl["A2"] = "※電子カルテシステムに接続する全ての回線（保守用回線を含む）を1行ずつご記入ください。(*)は必須。記入例の行は消さないでください。"
# two-row header: (group, sub) per column from B
cols = [
    ("調査希望", "技術バージョン確認 (*)"),
    ("調査希望", "脆弱性診断 (*)"),
    ("電子カルテシステムと接続するネットワークとの接続 (*)", None),
    ("用途・システム名 (*)", None),
    ("回線情報", "回線の種類"),
    ("回線情報", "回線事業者"),
    ("回線情報", "回線サービス名"),
    ("回線情報", "回線ID"),
    ("回線情報", "回線名"),
    ("回線と紐付くグローバルIPアドレス", "通信形態 (*)"),
    ("回線と紐付くグローバルIPアドレス", "グローバルIP利用 (*)"),
    ("回線と紐付くグローバルIPアドレス", "固定IP/動的IP (*)"),
    ("回線と紐付くグローバルIPアドレス", "グローバルIPアドレス (*)"),
    ("脆弱性診断当日記入欄", "グローバルIP確認"),
    ("脆弱性診断当日記入欄", "グローバルIPアドレス"),
    ("FQDN", None),
    ("プロバイダ情報", "プロバイダ名"),
    ("プロバイダ情報", "プロバイダ品目"),
    ("回線終端装置(ONU/モデム)情報", "回線終端装置設置場所 (*)"),
    ("接続機器（ルータ/UTM/FW）", "メーカー"),
    ("接続機器（ルータ/UTM/FW）", "機種名"),
    ("接続機器（ルータ/UTM/FW）", "ファームウェアバージョン"),
]
keys = ["versionCheck", "vulnerabilityScan", "ehrConnection", "purpose", "lineKind", "carrier",
        "carrierService", "lineId", "lineName", "communicationType", "globalIpUse", "ipAssignment",
        "globalIpAddress", "diagnosisDayCheck", "diagnosisDayAddress", "fqdn", "provider",
        "providerService", "terminationLocation", "deviceMaker", "deviceModel", "firmwareVersion"]
H1, H2 = 4, 5
wl.cell(row=H1, column=1, value="回線No.")
wl.merge_cells(start_row=H1, start_column=1, end_row=H2, end_column=1)
c0 = 2
i = 0
while i < len(cols):
    grp, sub = cols[i]
    if sub is None:
        wl.cell(row=H1, column=c0 + i, value=grp)
        wl.merge_cells(start_row=H1, start_column=c0 + i, end_row=H2, end_column=c0 + i)
        i += 1
        continue
    j = i
    while j < len(cols) and cols[j][0] == grp and cols[j][1] is not None:
        wl.cell(row=H2, column=c0 + j, value=cols[j][1])
        j += 1
    wl.cell(row=H1, column=c0 + i, value=grp)
    if j - i > 1:
        wl.merge_cells(start_row=H1, start_column=c0 + i, end_row=H1, end_column=c0 + j - 1)
    i = j
for r in (H1, H2):
    for c in range(1, c0 + len(cols)):
        cell = wl.cell(row=r, column=c)
        cell.fill = HEAD; cell.border = BOX; cell.alignment = CENTER
wl.row_dimensions[H1].height = 45
wl.row_dimensions[H2].height = 45
wl.column_dimensions["A"].width = 9
for c in range(c0, c0 + len(cols)):
    wl.column_dimensions[get_column_letter(c)].width = 16
wl.column_dimensions[get_column_letter(c0 + 3)].width = 22
wl.column_dimensions[get_column_letter(c0 + 18)].width = 26

example = ["調査希望あり", "調査希望あり", "あり", "電子カルテ", "光回線", "NTT西日本", "フレッツ光ネクスト",
           "CAF0000000000", "電子カルテ保守回線", "インターネットVPN", "あり", "固定IP", "121.119.249.222",
           "入力不要", "入力不要", "example.xxx", "○○プロバイダ", "○○固定IPサービス",
           "本館 3F サーバー室 1番ラック 3U", "○○社", "XXX-1000", "Ver.X.X.X"]
lines = [
    dict(versionCheck="調査希望あり", vulnerabilityScan="調査希望あり", ehrConnection="あり",
         purpose="電子カルテ（リモート保守）", lineKind="光回線", carrier="NTT西日本",
         carrierService="フレッツ光ネクスト ビジネスタイプ", lineId="CAF6109284736", lineName="電子カルテ保守用",
         communicationType="インターネットVPN", globalIpUse="あり", ipAssignment="固定IP",
         globalIpAddress="118.238.201.77", diagnosisDayCheck="入力不要", fqdn="gw1.takamatsu-wakaba.example.jp",
         provider="OCN", providerService="OCN光 IPoE 固定IP1", terminationLocation="本館 2F サーバー室 1番ラック 上段",
         deviceMaker="Fortinet", deviceModel="FortiGate-60F", firmwareVersion="v7.2.8"),
    dict(versionCheck="調査希望あり", vulnerabilityScan="調査希望なし", ehrConnection="あり",
         purpose="地域医療連携ネットワーク", lineKind="閉域網（IP-VPN）", carrier="NTT西日本",
         carrierService="フレッツ・VPN ワイド", lineId="CAF6109551208", lineName="かがわ医療連携",
         communicationType="閉域網", globalIpUse="なし", diagnosisDayCheck="入力不要",
         terminationLocation="本館 2F サーバー室 2番ラック", deviceMaker="ヤマハ", deviceModel="RTX1220",
         firmwareVersion="Rev.15.04.06"),
    dict(versionCheck="調査希望あり", vulnerabilityScan="調査希望あり", ehrConnection="あり",
         purpose="PACS（画像診断装置保守）", lineKind="光回線", carrier="NTT西日本",
         carrierService="フレッツ光クロス", lineId="CAF6110047391", lineName="放射線科保守",
         communicationType="インターネットVPN", globalIpUse="あり", ipAssignment="動的IP",
         globalIpAddress="153.161.44.129", diagnosisDayCheck="確認済み", diagnosisDayAddress="153.161.44.129",
         provider="BIGLOBE", providerService="ビッグローブ光 クロス",
         terminationLocation="本館 1F 放射線科 操作室 壁面ラック", deviceMaker="NEC",
         deviceModel="UNIVERGE IX2215", firmwareVersion="Ver.10.8.21"),
]
R_EX = 6
wl.cell(row=R_EX, column=1, value="記入例")
for k, v in enumerate(example):
    wl.cell(row=R_EX, column=c0 + k, value=v)
for c in range(1, c0 + len(cols)):
    wl.cell(row=R_EX, column=c).fill = EX
    wl.cell(row=R_EX, column=c).border = BOX
for n in range(8):  # 回線1..回線8 prepared rows
    r = R_EX + 1 + n
    wl.cell(row=r, column=1, value=f"回線{n + 1}").border = BOX
    for k, key in enumerate(keys):
        cell = wl.cell(row=r, column=c0 + k)
        cell.border = BOX
        if n < len(lines):
            cell.value = lines[n].get(key)
dv_req = DataValidation(type="list", formula1='"調査希望あり,調査希望なし"', allow_blank=True)
dv_yn = DataValidation(type="list", formula1='"あり,なし"', allow_blank=True)
dv_ip = DataValidation(type="list", formula1='"固定IP,動的IP"', allow_blank=True)
dv_chk = DataValidation(type="list", formula1='"確認済み,入力不要"', allow_blank=True)
dv_com = DataValidation(type="list", formula1='"インターネット,インターネットVPN,閉域網,モバイル,その他"', allow_blank=True)
for d in (dv_req, dv_yn, dv_ip, dv_chk, dv_com):
    wl.add_data_validation(d)
L = lambda k: get_column_letter(c0 + k)
rng = lambda k: f"{L(k)}{R_EX + 1}:{L(k)}{R_EX + 8}"
dv_req.add(rng(0)); dv_req.add(rng(1)); dv_yn.add(rng(2)); dv_yn.add(rng(10))
dv_ip.add(rng(11)); dv_chk.add(rng(13)); dv_com.add(rng(9))

# second table on the same sheet: device ports
P0 = R_EX + 8 + 3   # row 17
wl.cell(row=P0, column=1, value="■装置と接続する回線と機器の詳細（機器のポート情報）").font = Font(bold=True)
phdr = ["回線No.", "機器", "ポート (*)", "機器名 (*)", "IPアドレス (*)", "ポート番号 (*)", "プロトコル (*)", "接続状況"]
for k, h in enumerate(phdr):
    c = wl.cell(row=P0 + 1, column=1 + k, value=h)
    c.fill = HEAD; c.border = BOX; c.alignment = CENTER
pex = ["記入例", "○○社 XXX-1000", "LAN1", "端末1", "192.168.1.10", 4500, "Telnet", "接続なし"]
ports = [
    dict(line="回線1", device="FortiGate-60F", port="WAN1", deviceName="ONU（フレッツ光ネクスト）",
         ipAddress="118.238.201.77", portNumber=443, protocol="HTTPS(SSL-VPN)", connectionStatus="接続あり"),
    dict(line="回線1", device="FortiGate-60F", port="internal1", deviceName="電子カルテサーバ",
         ipAddress="192.168.10.5", portNumber=3389, protocol="RDP", connectionStatus="接続あり"),
    dict(line="回線2", device="RTX1220", port="LAN1", deviceName="地域連携ゲートウェイサーバ",
         ipAddress="192.168.20.10", portNumber=443, protocol="HTTPS", connectionStatus="接続あり"),
    dict(line="回線3", device="UNIVERGE IX2215", port="GE0", deviceName="ONU（フレッツ光クロス）",
         ipAddress="153.161.44.129", portNumber=500, protocol="IKE(IPsec)", connectionStatus="接続あり"),
    dict(line="回線3", device="UNIVERGE IX2215", port="GE1", deviceName="PACSサーバ",
         ipAddress="192.168.30.21", portNumber=22, protocol="SSH", connectionStatus="接続なし"),
]
pkeys = ["line", "device", "port", "deviceName", "ipAddress", "portNumber", "protocol", "connectionStatus"]
for k, v in enumerate(pex):
    c = wl.cell(row=P0 + 2, column=1 + k, value=v); c.fill = EX; c.border = BOX
for n, p in enumerate(ports):
    for k, key in enumerate(pkeys):
        wl.cell(row=P0 + 3 + n, column=1 + k, value=p[key]).border = BOX
wl.freeze_panes = "B6"

# ---------------------------------------------------------------- 調査端末情報記入シート
wt = wb.create_sheet("調査端末情報記入シート")
wt["A1"] = "調査端末情報記入シート"
wt["A1"].font = Font(bold=True, size=14)
wt["A2"] = "※電子カルテシステムと接続のある Windows 端末を5台選定してください（電子カルテ端末1台＋主要部門システム端末）。"
tcols = [("システム種別 (*)", None), ("シングル利用 (*)", None),
         ("シンクル端末/FAT端末", "端末ホスト名 (*)"), ("シンクル端末/FAT端末", "IPアドレス (*)"),
         ("シンクル端末/FAT端末", "設置場所 (*)"), ("仮想デスクトップ", "端末ホスト名"),
         ("仮想デスクトップ", "IPアドレス"), ("セキュリティ対策製品", None), ("備考", None)]
tkeys = ["systemType", "usage", "hostName", "ipAddress", "location", "vdiHostName", "vdiIpAddress",
         "securityProduct", "remarks"]
wt.cell(row=4, column=1, value="No.")
wt.merge_cells("A4:A5")
col = 2
for k, (g, s) in enumerate(tcols):
    if s is None:
        wt.cell(row=4, column=col + k, value=g)
        wt.merge_cells(start_row=4, start_column=col + k, end_row=5, end_column=col + k)
    else:
        wt.cell(row=5, column=col + k, value=s)
wt.cell(row=4, column=4, value="シンクル端末/FAT端末"); wt.merge_cells("D4:F4")
wt.cell(row=4, column=7, value="仮想デスクトップ"); wt.merge_cells("G4:H4")
for r in (4, 5):
    for c in range(1, 11):
        cell = wt.cell(row=r, column=c)
        cell.fill = HEAD; cell.border = BOX; cell.alignment = CENTER
for c, w in zip("ABCDEFGHIJ", [8, 16, 16, 16, 19, 26, 16, 19, 24, 30]):
    wt.column_dimensions[c].width = w
tex = ["記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F ○○○室", "PCXXXX", "192.168.1.25/24",
       "Microsoft Defender", "端末操作可能時間：12:00-13:00"]
terminals = [
    dict(systemType="電子カルテ", usage="単体", hostName="WKB-EMR-N301", ipAddress="192.168.10.131/24",
         location="本館 3F 3階病棟 ナースステーション", securityProduct="Trend Micro Apex One",
         remarks="端末操作可能時間：13:30-15:00"),
    dict(systemType="電子カルテ", usage="仮想デスクトップ", hostName="WKB-TC-OPD12", ipAddress="192.168.10.152/24",
         location="本館 1F 外来 内科第2診察室", vdiHostName="VDI-EMR-012", vdiIpAddress="172.16.1.112/24",
         securityProduct="Trend Micro Apex One"),
    dict(systemType="医事会計", usage="単体", hostName="WKB-IJI-01", ipAddress="192.168.10.201/24",
         location="本館 1F 医事課", securityProduct="Microsoft Defender",
         remarks="平日 14:00 以降のみ操作可"),
    dict(systemType="PACS（放射線画像）", usage="単体", hostName="WKB-RAD-VIEW2", ipAddress="192.168.30.45/24",
         location="本館 1F 放射線科 読影室", securityProduct="ESET Endpoint Security"),
    dict(systemType="検査システム", usage="単体", hostName="WKB-LAB-03", ipAddress="192.168.40.18/24",
         location="本館 2F 検査科", securityProduct="Microsoft Defender"),
]
for k, v in enumerate(tex):
    c = wt.cell(row=6, column=1 + k, value=v); c.fill = EX; c.border = BOX
for n, t in enumerate(terminals):
    wt.cell(row=7 + n, column=1, value=f"No.{n + 1}").border = BOX
    for k, key in enumerate(tkeys):
        c = wt.cell(row=7 + n, column=2 + k, value=t.get(key)); c.border = BOX
dv_use = DataValidation(type="list", formula1='"単体,仮想デスクトップ"', allow_blank=True)
wt.add_data_validation(dv_use); dv_use.add("C7:C11")

# ---------------------------------------------------------------- 設置場所記入シート
wp = wb.create_sheet("設置場所記入シート")
wp["A1"] = "設置場所記入シート（平面図またはフロア図を貼り付け、吹き出しを配置してください）"
wp["A1"].font = Font(bold=True, size=12)
font = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 18)
img = Image.new("RGB", (900, 800), "white")
d = ImageDraw.Draw(img)
d.text((20, 10), "たかまつ若葉病院 本館 平面図（1F〜3F 抜粋）", fill="black", font=font)
rooms = [((20, 50, 430, 270), "1F 医事課"), ((440, 50, 880, 270), "1F 放射線科 操作室／読影室"),
         ((20, 290, 300, 540), "2F サーバー室"), ((310, 290, 600, 540), "2F 検査科"),
         ((610, 290, 880, 540), "1F 外来 内科第2診察室"), ((20, 560, 880, 780), "3F 3階病棟 ナースステーション")]
for box, label in rooms:
    d.rectangle(box, outline="black", width=3)
    d.text((box[0] + 10, box[1] + 10), label, fill="black", font=font)
pic = os.path.join(HERE, NAME + ".floorplan.png")
img.save(pic)
xi = XLImage(pic)
wp.add_image(xi, "B3")
# callouts as cells to the right of the plan
wp["M3"] = "【吹き出し】"
callouts = ["回線1：本館 2F サーバー室 1番ラック 上段（ONU／FortiGate-60F）",
            "回線2：本館 2F サーバー室 2番ラック（RTX1220）",
            "回線3：本館 1F 放射線科 操作室 壁面ラック（UNIVERGE IX2215）",
            "No.1 WKB-EMR-N301：本館 3F 3階病棟 ナースステーション",
            "No.2 WKB-TC-OPD12：本館 1F 外来 内科第2診察室",
            "No.3 WKB-IJI-01：本館 1F 医事課",
            "No.4 WKB-RAD-VIEW2：本館 1F 放射線科 読影室",
            "No.5 WKB-LAB-03：本館 2F 検査科"]
for n, t in enumerate(callouts):
    wp.cell(row=4 + n, column=13, value=t)
wp.column_dimensions["M"].width = 60

out = os.path.join(HERE, NAME + ".xlsx")
wb.save(out)
os.remove(pic)

expected = {
    "form": "line-device-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "basicInfo": {
            "consent": "同意する",
            "facilityName": "医療法人若葉会　たかまつ若葉病院",
            "facilityNameKana": "いりょうほうじんわかばかい　たかまつわかばびょういん",
            "postalCode": "761-8076",
            "address": "香川県高松市多肥上町1234番地5",
            "addressKana": "かがわけんたかまつしたひかみまち1234ばんち5",
            "building": "本館",
            "buildingKana": "ほんかん",
            "beds": 199,
            "confirmerName": "三好 健一",
        },
        "contacts": [dict(department=c[0], name=c[1], phoneNumber=c[2], email=c[3]) for c in contacts],
        "lines": lines,
        "ports": ports,
        "terminals": terminals,
        "floorPlan": {"image": True},
    },
    "planted": [],
    "notes": ("Five sheets with the official names; the password list sheet was removed by the hospital (提出不要). "
              "Row 6 of the line sheet and the terminal sheet, and row 19 of the port table, are 記入例 rows. "
              "回線2 is 閉域網 with グローバルIP利用 なし, so 固定IP/動的IP and グローバルIPアドレス are intentionally blank. "
              "Ports are a second table on the line sheet (rows 20-24); 'line' is the 回線No. text. "
              "Callouts are plain cells in column M beside the pasted floor-plan picture."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("wrote", out)
