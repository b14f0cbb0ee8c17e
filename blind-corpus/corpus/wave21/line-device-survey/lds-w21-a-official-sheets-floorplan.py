#!/usr/bin/python3
"""lds-w21-a: 別紙2-1 drawn as the secretariat's multi-sheet workbook (one sheet per section,
two-row headers, 記入例 rows, floor-plan image). Filled completely and correctly."""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

OUT = "/work/blind/wave21/line-device-survey"
NAME = "lds-w21-a-official-sheets-floorplan"
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

thin = Side(style="thin", color="000000")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
HDR = PatternFill("solid", fgColor="D9E1F2")
REQ = PatternFill("solid", fgColor="FFF2CC")
EX = PatternFill("solid", fgColor="E7E6E6")
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)


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

# ---------------------------------------------------------------- 基本情報記入シート
ws = wb.active
ws.title = "基本情報記入シート"
ws["A1"] = "別紙2-1_医療機関記入依頼書（回線・機器情報等記入）　基本情報記入シート"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "※黄色のセルは記入必須です。記入後、ポータルシステムへアップロードしてください。"
for col, w in zip("ABCDEFGH", [22, 10, 30, 10, 36, 10, 36, 4]):
    ws.column_dimensions[col].width = w

ws["A4"] = "本施策の同意確認"
ws.merge_cells("B4:E4")
ws["B4"] = "(別紙)規約に記載の内容をご確認のうえ、本施策実施に同意いただける場合は「同意する」を選択してください"
ws["F4"] = "同意する"
ws.merge_cells("F4:G4")
box(ws, "A4:G4")
ws["A4"].fill = HDR
ws["F4"].fill = REQ
dv = DataValidation(type="list", formula1='"同意する"', allow_blank=True)
ws.add_data_validation(dv)
dv.add("F4")

ws["A6"] = "■お客様情報(医療機関情報)"
ws["A6"].font = Font(bold=True)
ws["A7"] = "医療機関名"
ws.merge_cells("B7:C7")
ws["B7"] = "医療法人 緑風会 みどりが丘総合病院"
ws["D7"] = "(かな)"
ws.merge_cells("E7:G7")
ws["E7"] = "いりょうほうじん りょくふうかい みどりがおかそうごうびょういん"
ws["A8"] = "住所"
ws["B8"] = "〒"
ws["C8"] = "710-0826"
ws["D8"] = "住所"
ws["E8"] = "岡山県倉敷市老松町5丁目12番3号"
ws["F8"] = "(かな)"
ws["G8"] = "おかやまけんくらしきしおいまつちょう5ちょうめ12ばん3ごう"
ws["A9"] = "ビル名"
ws.merge_cells("B9:C9")
ws["D9"] = "(かな)"
ws.merge_cells("E9:G9")
ws["A10"] = "病床数"
ws["B10"] = 198
ws["C10"] = "床"
box(ws, "A7:G10")
for c in ("A7", "A8", "A9", "A10", "D7", "B8", "D8", "F8", "D9"):
    ws[c].fill = HDR
for c in ("B7", "C8", "E8", "B10"):
    ws[c].fill = REQ

ws["A12"] = "■ご担当者情報（4名まで）"
ws["A12"].font = Font(bold=True)
hdr = ["", "No.", "所属・役職", "", "氏名", "電話番号", "メールアドレス"]
ws.append([])
r = 13
ws.cell(r, 1, "担当者")
ws.cell(r, 2, "No.")
ws.cell(r, 3, "所属・役職")
ws.cell(r, 4, "")
ws.merge_cells("C13:D13")
ws.cell(r, 5, "氏名")
ws.cell(r, 6, "電話番号")
ws.cell(r, 7, "メールアドレス")
box(ws, "A13:G13", HDR, CEN, True)
contacts = [
    ("情報システム室 室長", "藤原 健一", "086-422-1180", "fujiwara.k@midorigaoka-hp.jp"),
    ("情報システム室 主任", "三宅 さやか", "086-422-1180", "miyake.s@midorigaoka-hp.jp"),
    ("事務部 総務課 課長", "岡本 誠", "086-422-1111", "okamoto.m@midorigaoka-hp.jp"),
]
for i in range(4):
    rr = 14 + i
    ws.cell(rr, 1, "担当者")
    ws.cell(rr, 2, i + 1)
    ws.merge_cells(start_row=rr, start_column=3, end_row=rr, end_column=4)
    if i < len(contacts):
        d, n, p, m = contacts[i]
        ws.cell(rr, 3, d)
        ws.cell(rr, 5, n)
        ws.cell(rr, 6, p)
        ws.cell(rr, 7, m)
box(ws, "A14:G17")

ws["A19"] = "■申込内容の確認"
ws["A19"].font = Font(bold=True)
ws.merge_cells("A20:C20")
ws["A20"] = "確認者名(医療機関のご担当者名)　※フルネームでご記入ください"
ws.merge_cells("D20:E20")
ws["D20"] = "藤原 健一"
box(ws, "A20:E20")
ws["A20"].fill = HDR
ws["D20"].fill = REQ

# ---------------------------------------------------------------- 回線・機器情報記入シート
wl = wb.create_sheet("回線・機器情報記入シート")
wl["A1"] = "回線・機器情報記入シート"
wl["A1"].font = Font(bold=True, size=14)
wl["A2"] = ("電子カルテシステムに接続する全ての回線（保守用回線を含む）を1行に1回線ずつ記入してください。"
            "(*)は記入必須。記入例の行は削除しないでください。")
groups = [  # (first col, last col, group label)
    (2, 3, "調査希望"),
    (12, 13, "脆弱性診断当日記入欄"),
    (15, 16, "プロバイダ情報"),
    (17, 19, "回線情報"),
    (20, 20, "回線終端装置(ONU/モデム)情報"),
    (21, 23, "接続機器情報（ルータ/UTM/FW）"),
]
sub = {
    1: "", 2: "技術バージョン確認 (*)", 3: "脆弱性診断 (*)",
    4: "電子カルテシステムと接続するネットワークとの接続 (*)", 5: "用途・システム名 (*)",
    6: "回線名", 7: "回線の種類", 8: "通信形態 (*)", 9: "グローバルIP利用 (*)",
    10: "固定IP/動的IP (*)", 11: "グローバルIPアドレス (*)", 12: "グローバルIP確認",
    13: "グローバルIPアドレス", 14: "FQDN", 15: "プロバイダ名", 16: "プロバイダ品目",
    17: "回線事業者", 18: "回線サービス名", 19: "回線ID", 20: "回線終端装置設置場所 (*)",
    21: "メーカー", 22: "機種名", 23: "ファームウェアバージョン",
}
grouped = set()
for a, b, lab in groups:
    wl.cell(4, a, lab)
    if b > a:
        wl.merge_cells(start_row=4, start_column=a, end_row=4, end_column=b)
    grouped.update(range(a, b + 1))
for c, lab in sub.items():
    if c in grouped:
        wl.cell(5, c, lab)
    else:
        wl.cell(4, c, lab)
        wl.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
box(wl, "A4:W5", HDR, CEN, True)
wl.row_dimensions[5].height = 45
widths = [8, 14, 14, 18, 16, 18, 12, 16, 12, 12, 16, 12, 16, 24, 14, 24, 14, 30, 16, 28, 12, 18, 16]
for i, w in enumerate(widths, 1):
    wl.column_dimensions[wl.cell(1, i).column_letter].width = w

example = ["記入例", "調査希望あり", "調査希望あり", "あり", "電子カルテ", "電カル保守回線", "光回線",
           "インターネットVPN", "あり", "固定IP", "121.119.249.222", "入力不要", "", "example.xxx",
           "NTT東日本", "Bフレッツサービス", "NTT東日本", "フレッツ光ネクスト", "CAF0000000000",
           "本部棟 3F サーバー室 -1番ラック 3U", "A社", "Router-01", "1.0.0"]
for c, v in enumerate(example, 1):
    wl.cell(6, c, v)
box(wl, "A6:W6", EX)

lines = [
    dict(versionCheck="調査希望あり", vulnerabilityScan="調査希望あり", ehrConnection="あり",
         purpose="電子カルテ", lineName="電子カルテ リモート保守回線", lineKind="光回線",
         communicationType="インターネットVPN", globalIpUse="あり", ipAssignment="固定IP",
         globalIpAddress="153.142.18.37", diagnosisDayCheck="入力不要",
         fqdn="emr-gw.midorigaoka-hp.jp", provider="OCN", providerService="OCN 光 IPoE 固定IP1",
         carrier="NTT西日本", carrierService="フレッツ 光ネクスト ビジネスタイプ", lineId="CAF5512340871",
         terminationLocation="本館2F サーバー室 ラック1 4U", deviceMaker="Fortinet",
         deviceModel="FortiGate 60F", firmwareVersion="v7.2.8"),
    dict(versionCheck="調査希望あり", vulnerabilityScan="調査希望なし", ehrConnection="あり",
         purpose="地域医療連携", lineName="晴れやかネット接続回線", lineKind="光回線",
         communicationType="閉域網", globalIpUse="なし", diagnosisDayCheck="入力不要",
         carrier="NTT西日本", carrierService="フレッツ・VPN ワイド", lineId="CAF5512349902",
         terminationLocation="本館2F サーバー室 ラック2 2U", deviceMaker="NEC",
         deviceModel="UNIVERGE IX2106", firmwareVersion="Ver.10.2.42"),
    dict(versionCheck="調査希望あり", vulnerabilityScan="調査希望あり", ehrConnection="あり",
         purpose="PACS", lineName="放射線部門システム保守回線", lineKind="光回線",
         communicationType="インターネット", globalIpUse="あり", ipAssignment="動的IP",
         globalIpAddress="118.238.5.201", diagnosisDayCheck="確認済み", diagnosisDayAddress="118.238.7.44",
         provider="So-net", providerService="So-net 光 コラボレーション", carrier="NTT西日本",
         carrierService="フレッツ 光ネクスト ファミリー・ギガラインタイプ", lineId="CAF5513007716",
         terminationLocation="本館1F 放射線科 機械室 壁面", deviceMaker="ヤマハ",
         deviceModel="RTX1220", firmwareVersion="Rev.15.04.04"),
    dict(versionCheck="調査希望あり", vulnerabilityScan="調査希望なし", ehrConnection="あり",
         purpose="医事", lineName="オンライン資格確認・レセプト請求回線", lineKind="光回線",
         communicationType="インターネットVPN", globalIpUse="あり", ipAssignment="固定IP",
         globalIpAddress="219.117.44.86", diagnosisDayCheck="入力不要",
         fqdn="iji-vpn.midorigaoka-hp.jp", provider="BIGLOBE", providerService="ビッグローブ光 固定IPオプション",
         carrier="NTT西日本", carrierService="フレッツ 光クロス", lineId="CAF5514420358",
         terminationLocation="本館1F 医事課 奥 ネットワークラック", deviceMaker="ヤマハ",
         deviceModel="RTX830", firmwareVersion="Rev.15.02.30"),
]
order = ["versionCheck", "vulnerabilityScan", "ehrConnection", "purpose", "lineName", "lineKind",
         "communicationType", "globalIpUse", "ipAssignment", "globalIpAddress", "diagnosisDayCheck",
         "diagnosisDayAddress", "fqdn", "provider", "providerService", "carrier", "carrierService",
         "lineId", "terminationLocation", "deviceMaker", "deviceModel", "firmwareVersion"]
for i in range(8):  # template rows 回線1..回線8, only 4 used
    r = 7 + i
    wl.cell(r, 1, f"回線{i + 1}")
    if i < len(lines):
        for j, k in enumerate(order):
            if k in lines[i]:
                wl.cell(r, 2 + j, lines[i][k])
box(wl, "A7:W14")
for r in range(7, 15):
    for c in (2, 3, 4, 5, 8, 9, 10, 11, 20):
        wl.cell(r, c).fill = REQ
dv1 = DataValidation(type="list", formula1='"調査希望あり,調査希望なし"', allow_blank=True)
dv2 = DataValidation(type="list", formula1='"あり,なし"', allow_blank=True)
dv3 = DataValidation(type="list", formula1='"固定IP,動的IP"', allow_blank=True)
dv4 = DataValidation(type="list", formula1='"確認済み,入力不要"', allow_blank=True)
dv5 = DataValidation(type="list", formula1='"インターネット,インターネットVPN,閉域網"', allow_blank=True)
for d in (dv1, dv2, dv3, dv4, dv5):
    wl.add_data_validation(d)
dv1.add("B7:C14"); dv2.add("D7:D14"); dv2.add("I7:I14"); dv3.add("J7:J14"); dv4.add("L7:L14"); dv5.add("H7:H14")

# second table on the same sheet: device ports
wl["A17"] = "■装置と接続する回線と機器の詳細（ポート情報）※別紙2-2参照"
wl["A17"].font = Font(bold=True)
ph = ["回線", "機器（ルータ/UTM/FW）", "ポート (*)", "機器名 (*)", "IPアドレス (*)", "ポート番号 (*)",
      "プロトコル (*)", "接続状況"]
for c, v in enumerate(ph, 1):
    wl.cell(18, c, v)
box(wl, "A18:H18", HDR, CEN, True)
ports = [
    dict(line="回線1", device="FortiGate 60F", port="internal1", deviceName="電子カルテサーバ EMR-SV01",
         ipAddress="192.168.10.5", portNumber=443, protocol="HTTPS", connectionStatus="接続あり"),
    dict(line="回線1", device="FortiGate 60F", port="internal2", deviceName="保守用踏み台端末 MNT-PC01",
         ipAddress="192.168.10.250", portNumber=3389, protocol="RDP", connectionStatus="接続あり"),
    dict(line="回線2", device="UNIVERGE IX2106", port="GE1", deviceName="地域連携サーバ HRN-SV01",
         ipAddress="192.168.15.20", portNumber=443, protocol="HTTPS", connectionStatus="接続あり"),
    dict(line="回線3", device="RTX1220", port="LAN1", deviceName="PACSサーバ PACS-SV01",
         ipAddress="192.168.30.10", portNumber=104, protocol="DICOM", connectionStatus="接続あり"),
    dict(line="回線3", device="RTX1220", port="LAN1", deviceName="PACSサーバ PACS-SV01",
         ipAddress="192.168.30.10", portNumber=22, protocol="SSH", connectionStatus="接続なし"),
    dict(line="回線4", device="RTX830", port="LAN1", deviceName="オンライン資格確認端末 ONS-PC01",
         ipAddress="192.168.20.30", portNumber=443, protocol="HTTPS", connectionStatus="接続あり"),
]
pk = ["line", "device", "port", "deviceName", "ipAddress", "portNumber", "protocol", "connectionStatus"]
for i, p in enumerate(ports):
    for j, k in enumerate(pk):
        wl.cell(19 + i, 1 + j, p[k])
box(wl, f"A19:H{18 + len(ports)}")
wl.freeze_panes = "B6"

# ---------------------------------------------------------------- 調査端末情報記入シート
wt = wb.create_sheet("調査端末情報記入シート")
wt["A1"] = "調査端末情報記入シート"
wt["A1"].font = Font(bold=True, size=14)
wt["A2"] = ("セキュリティ対策状況を確認したいPC端末を5台選定してください（電子カルテ端末から1台、主要な部門システムから"
            "1台ずつ推奨）。(*)は記入必須。")
wt["A3"] = "調査端末情報"
wt["A3"].font = Font(bold=True)
tsub = {1: "No.", 2: "システム種別 (*)", 3: "シングル利用 (*)", 4: "端末ホスト名 (*)", 5: "IPアドレス (*)",
        6: "設置場所 (*)", 7: "端末ホスト名", 8: "IPアドレス", 9: "セキュリティ対策製品", 10: "備考"}
wt.cell(4, 4, "シンクライアント端末/FAT端末")
wt.merge_cells("D4:F4")
wt.cell(4, 7, "仮想デスクトップ")
wt.merge_cells("G4:H4")
for c, lab in tsub.items():
    if 4 <= c <= 8:
        wt.cell(5, c, lab)
    else:
        wt.cell(4, c, lab)
        wt.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
box(wt, "A4:J5", HDR, CEN, True)
for i, w in enumerate([8, 14, 16, 16, 18, 28, 16, 18, 24, 34], 1):
    wt.column_dimensions[wt.cell(1, i).column_letter].width = w
tex = ["記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F ○○室", "PCXXXX", "192.168.1.25/24",
       "Microsoft Defender", "端末操作可能時間：12:00-13:00"]
for c, v in enumerate(tex, 1):
    wt.cell(6, c, v)
box(wt, "A6:J6", EX)
terminals = [
    dict(systemType="電子カルテ", usage="単体", hostName="EMR-PC-2F01", ipAddress="192.168.10.21/24",
         location="本館2F 外来診察室1", securityProduct="Trend Micro Apex One",
         remarks="端末操作可能時間：12:00-13:00"),
    dict(systemType="電子カルテ", usage="仮想デスクトップ", hostName="TC-3W-05", ipAddress="192.168.10.105/24",
         location="本館3F 西病棟ナースステーション", vdiHostName="VDI-EMR-015", vdiIpAddress="172.16.20.15/24",
         securityProduct="Microsoft Defender", remarks="夜勤帯との引継ぎ時間(16:30-17:30)は操作不可"),
    dict(systemType="医事会計", usage="単体", hostName="IJI-PC-01", ipAddress="192.168.20.11/24",
         location="本館1F 医事課", securityProduct="ESET Endpoint Security"),
    dict(systemType="PACS", usage="単体", hostName="RAD-VIEW-02", ipAddress="192.168.30.52/24",
         location="本館1F 放射線科 読影室", securityProduct="Trend Micro Apex One",
         remarks="検査中は操作不可（14時以降可）\n放射線科技師長の立会い必須"),
    dict(systemType="臨床検査", usage="単体", hostName="LAB-PC-01", ipAddress="192.168.40.15/24",
         location="本館B1F 検査室", securityProduct="Microsoft Defender"),
]
tk = ["systemType", "usage", "hostName", "ipAddress", "location", "vdiHostName", "vdiIpAddress",
      "securityProduct", "remarks"]
for i, t in enumerate(terminals):
    r = 7 + i
    wt.cell(r, 1, f"No.{i + 1}")
    for j, k in enumerate(tk):
        if k in t:
            wt.cell(r, 2 + j, t[k])
box(wt, "A7:J11")
wt.row_dimensions[10].height = 32
dv6 = DataValidation(type="list", formula1='"単体,仮想デスクトップ"', allow_blank=True)
wt.add_data_validation(dv6)
dv6.add("C7:C11")

# ---------------------------------------------------------------- 設置場所記入シート
wp = wb.create_sheet("設置場所記入シート")
wp["A1"] = "設置場所記入シート"
wp["A1"].font = Font(bold=True, size=14)
wp["A2"] = "平面図（フロア図）を貼り付け、調査対象の回線終端装置・調査端末の位置に吹き出しを配置してください。"

img = Image.new("RGB", (900, 560), "white")
d = ImageDraw.Draw(img)
f = ImageFont.truetype(FONT, 16, index=0)
fb = ImageFont.truetype(FONT, 20, index=0)
d.text((20, 10), "みどりが丘総合病院 本館 1F / 2F 平面図（抜粋）", font=fb, fill="black")
d.rectangle([20, 50, 440, 540], outline="black", width=3)
d.rectangle([460, 50, 880, 540], outline="black", width=3)
d.text((30, 55), "1F", font=fb, fill="black")
d.text((470, 55), "2F", font=fb, fill="black")
rooms1 = [((30, 90, 200, 220), "医事課"), ((210, 90, 430, 220), "放射線科 読影室"),
          ((210, 230, 430, 330), "放射線科 機械室"), ((30, 230, 200, 400), "待合"),
          ((30, 410, 430, 530), "外来受付・救急入口")]
rooms2 = [((470, 90, 660, 260), "サーバー室"), ((670, 90, 870, 260), "外来診察室1"),
          ((470, 270, 870, 400), "情報システム室"), ((470, 410, 870, 530), "会議室")]
for (x0, y0, x1, y1), n in rooms1 + rooms2:
    d.rectangle([x0, y0, x1, y1], outline="gray", width=2)
    d.text((x0 + 8, y0 + 8), n, font=f, fill="black")
marks = [((120, 180), "回線4 ONU"), ((320, 290), "回線3 ONU"), ((520, 150), "回線1 ONU"),
         ((560, 200), "回線2 ONU"), ((150, 130), "端末 No.3"), ((320, 150), "端末 No.4"),
         ((760, 170), "端末 No.1")]
for (x, y), t in marks:
    d.ellipse([x - 7, y - 7, x + 7, y + 7], fill="red")
    d.text((x + 10, y - 10), t, font=f, fill="red")
png = os.path.join(OUT, NAME + "-floorplan.png")
img.save(png)
xi = XLImage(png)
xi.anchor = "B4"
wp.add_image(xi)
wp["N4"] = "吹き出し（回線・端末シートより）"
wp["N4"].font = Font(bold=True)
call = ["回線1：本館2F サーバー室 ラック1 4U", "回線2：本館2F サーバー室 ラック2 2U",
        "回線3：本館1F 放射線科 機械室 壁面", "回線4：本館1F 医事課 奥 ネットワークラック",
        "No.1 EMR-PC-2F01：本館2F 外来診察室1", "No.2 TC-3W-05：本館3F 西病棟ナースステーション",
        "No.3 IJI-PC-01：本館1F 医事課", "No.4 RAD-VIEW-02：本館1F 放射線科 読影室",
        "No.5 LAB-PC-01：本館B1F 検査室"]
for i, t in enumerate(call):
    wp.cell(5 + i, 14, t)
wp.column_dimensions["N"].width = 52

# ---------------------------------------------------------------- パスワードリスト (提出不要, left blank)
wa = wb.create_sheet("アカウント(ログインID)・パスワードリスト")
wa["A1"] = "アカウント(ログインID)・パスワードリスト　【提出不要】"
wa["A1"].font = Font(bold=True, size=14, color="C00000")
wa["A2"] = "※本シートは当日までの情報整理用です。事務局への提出は不要です。"
wa["A4"] = "■調査① インターネット回線/ONUに紐づく装置(ルータ/UTM/FW)"
for c, v in enumerate(["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"], 1):
    wa.cell(5, c, v)
for i in range(5):
    wa.cell(6 + i, 1, f"回線{i + 1}")
box(wa, "A5:F10")
wa["A12"] = "■調査端末(シンクライアント端末/FAT端末)"
for c, v in enumerate(["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"], 1):
    wa.cell(13, c, v)
for i in range(5):
    wa.cell(14 + i, 1, f"端末{i + 1}")
box(wa, "A13:E18")
wa["A20"] = "備考(接続先情報など)"
for col in "BCDEF":
    wa.column_dimensions[col].width = 22

path = os.path.join(OUT, NAME + ".xlsx")
wb.save(path)
os.remove(png)

# ---------------------------------------------------------------- expected
values = {
    "basicInfo": {
        "consent": "同意する",
        "facilityName": "医療法人 緑風会 みどりが丘総合病院",
        "facilityNameKana": "いりょうほうじん りょくふうかい みどりがおかそうごうびょういん",
        "postalCode": "710-0826",
        "address": "岡山県倉敷市老松町5丁目12番3号",
        "addressKana": "おかやまけんくらしきしおいまつちょう5ちょうめ12ばん3ごう",
        "beds": 198,
        "confirmerName": "藤原 健一",
    },
    "contacts": [dict(department=d_, name=n_, phoneNumber=p_, email=m_) for d_, n_, p_, m_ in contacts],
    "lines": lines,
    "ports": ports,
    "terminals": terminals,
    "floorPlan": {"image": True},
}
exp = {
    "form": "line-device-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": values,
    "planted": [],
    "notes": ("Sheets follow the official names. 記入例 rows (回線・機器情報記入シート row 6, 調査端末情報記入シート row 6) "
              "are not data. Rows 回線5–回線8 are empty template rows. ビル名 left blank on purpose (no building). "
              "Line 2 is 閉域網 without global IP, so 固定IP/動的IP and グローバルIPアドレス are blank. "
              "Line 3 is 動的IP and the 当日 columns were filled on diagnosis day (確認済み, new address). "
              "The password-list sheet is present (as in the template) but every ID/password cell is empty. "
              "Ports table is a second table on the line sheet (rows 18-24). The floor-plan PNG is embedded on "
              "設置場所記入シート; callouts are plain cells in column N."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(exp, fh, ensure_ascii=False, indent=2)
print("wrote", path)
