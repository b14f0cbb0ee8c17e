#!/usr/bin/python3
# Generator for lds-w4-a-onesheet-stacked: a small hospital's 事務長 rebuilt 別紙2-1 on ONE sheet:
# basic info, the lines table, the device-port table and the terminal table stacked with blank rows
# between, and the floor plan picture at the bottom. 3 planted mistakes.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

NAME = "lds-w4-a-onesheet-stacked"
HERE = os.path.dirname(os.path.abspath(__file__))
SHEET = "回線機器調査票"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr_fill = PatternFill("solid", fgColor="DDEBF7")
sec_font = Font(bold=True, size=12)

wb = Workbook()
ws = wb.active
ws.title = SHEET

def put(cell, v, bold=False, fill=None, border=True, wrap=False):
    c = ws[cell]
    c.value = v
    if bold:
        c.font = Font(bold=True)
    if fill:
        c.fill = fill
    if border:
        c.border = box
    c.alignment = Alignment(vertical="center", wrap_text=wrap)
    return c

ws["A1"] = "別紙2-1　医療機関記入依頼書（回線・機器情報等記入）　※院内で1枚にまとめた版"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "※回線・機器・端末の各表は事務局様式の項目順に並べ替えています。不明な欄は空欄。"

planted = []
values = {}

# ---------------- basic info ----------------
ws["A4"] = "■ 基本情報"; ws["A4"].font = sec_font
basic = [
    ("A5", "本施策の同意確認", "B5", "同意する"),
    ("A6", "医療機関名", "B6", "医療法人社団 みなと会 みなと中央病院"),
    ("A7", "郵便番号", "B7", "763-0034"),
    ("A8", "住所", "B8", "香川県丸亀市大手町三丁目5番12号"),
    ("A9", "病床数", "B9", 120),
    ("A10", "確認者名（フルネーム）", "B10", None),   # planted: left blank
]
for lc, label, vc, v in basic:
    put(lc, label, bold=True, fill=hdr_fill)
    ws.merge_cells(f"{vc}:D{vc[1:]}")
    put(vc, v)
    for col in "CD":
        ws[f"{col}{vc[1:]}"].border = box
# kana to the right
put("E6", "(かな)", bold=True, fill=hdr_fill); put("F6", "いりょうほうじんしゃだん みなとかい みなとちゅうおうびょういん")
put("E8", "(かな)", bold=True, fill=hdr_fill); put("F8", "かがわけんまるがめしおおてまちさんちょうめ5ばん12ごう")
put("E9", "ビル名", bold=True, fill=hdr_fill); put("F9", None)
values["basicInfo"] = {
    "consent": "同意する",
    "facilityName": "医療法人社団 みなと会 みなと中央病院",
    "facilityNameKana": "いりょうほうじんしゃだん みなとかい みなとちゅうおうびょういん",
    "postalCode": "763-0034",
    "address": "香川県丸亀市大手町三丁目5番12号",
    "addressKana": "かがわけんまるがめしおおてまちさんちょうめ5ばん12ごう",
    "beds": 120,
}
planted.append({"cells": [f"{SHEET}!B10"], "paths": ["basicInfo.confirmerName"],
                "why": "申込内容の確認: 確認者名（フルネーム）is required but was left blank"})

# contacts
ws["A12"] = "担当者"; ws["A12"].font = Font(bold=True)
for col, h in zip("ABCDE", ["No.", "所属・役職", "氏名", "電話番号", "メールアドレス"]):
    put(f"{col}13", h, bold=True, fill=hdr_fill)
contacts = [
    {"department": "事務部 事務長", "name": "三好 隆之", "phoneNumber": "0877-23-5511", "email": "miyoshi@minato-chuo.or.jp"},
    {"department": "医事課 主任（システム担当）", "name": "香西 真理", "phoneNumber": "0877-23-5511", "email": "kozai@minato-chuo.or.jp"},
]
for i in range(4):
    r = 14 + i
    put(f"A{r}", i + 1)
    for col, key in zip("BCDE", ["department", "name", "phoneNumber", "email"]):
        put(f"{col}{r}", contacts[i][key] if i < len(contacts) else None)
values["contacts"] = contacts

# ---------------- lines ----------------
ws["A20"] = "■ 回線情報（電子カルテ系につながる外部接続回線）"; ws["A20"].font = sec_font
ws["A21"] = "調査希望欄は 希望=○ / 希望しない=×、グローバルIP利用は 有/無 で記入"
line_cols = [
    ("回線", None), ("技術Ver確認", "versionCheck"), ("脆弱性診断", "vulnerabilityScan"),
    ("電カルNW接続", "ehrConnection"), ("用途・システム名", "purpose"), ("通信形態", "communicationType"),
    ("グローバルIP利用", "globalIpUse"), ("固定/動的", "ipAssignment"), ("グローバルIPアドレス", "globalIpAddress"),
    ("診断当日 IP確認", "diagnosisDayCheck"), ("診断当日 IPアドレス", "diagnosisDayAddress"), ("FQDN", "fqdn"),
    ("プロバイダ名", "provider"), ("プロバイダ品目", "providerService"), ("回線事業者", "carrier"),
    ("回線サービス名", "carrierService"), ("回線ID", "lineId"), ("回線名", "lineName"), ("回線の種類", "lineKind"),
    ("終端装置設置場所", "terminationLocation"), ("機器メーカー", "deviceMaker"), ("機種名", "deviceModel"),
    ("ファームウェア", "firmwareVersion"),
]
from openpyxl.utils import get_column_letter as L
HR = 22
for j, (h, _) in enumerate(line_cols):
    put(f"{L(j+1)}{HR}", h, bold=True, fill=hdr_fill, wrap=True)
ws.row_dimensions[HR].height = 32

yesno_mark = {"調査希望あり": "○", "調査希望なし": "×"}
umu = {"あり": "有", "なし": "無"}
lines = [
    {"versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり",
     "purpose": "電子カルテ（リモート保守）", "communicationType": "インターネットVPN", "globalIpUse": "あり",
     "ipAssignment": "固定IP", "globalIpAddress": "61.205.88.17", "diagnosisDayCheck": "入力不要",
     "provider": "OCN", "providerService": "OCN光 IPoE 固定IP1", "carrier": "NTT西日本",
     "carrierService": "フレッツ光ネクスト ビジネスタイプ", "lineId": "CAF2148836501", "lineName": "電カル保守回線",
     "lineKind": "光回線", "terminationLocation": "本館1F サーバー室 ラック2",
     "deviceMaker": "Fortinet", "deviceModel": "FortiGate 60F", "firmwareVersion": "v7.2.8"},
    {"versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり",
     "purpose": "地域医療連携", "communicationType": "インターネットVPN", "globalIpUse": "あり",
     "ipAssignment": "固定IP", "globalIpAddress": "192.168.100.1", "diagnosisDayCheck": "入力不要",
     "provider": "BIGLOBE", "providerService": "BIGLOBE光 固定IPアドレスオプション", "carrier": "NTT西日本",
     "carrierService": "フレッツ光ネクスト ファミリー・ハイスピードタイプ", "lineId": "CAF3309125578",
     "lineName": "地域連携回線", "lineKind": "光回線", "terminationLocation": "本館2F 地域連携室 壁面",
     "deviceMaker": "YAMAHA", "deviceModel": "RTX1220", "firmwareVersion": "Rev.15.04.06"},
    {"versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり",
     "purpose": "PACS（画像装置保守）", "communicationType": "閉域網", "globalIpUse": "なし",
     "carrier": "NTTコミュニケーションズ", "carrierService": "Arcstar Universal One", "lineId": "UNO-0045871",
     "lineName": "画像保守回線", "lineKind": "閉域網（IP-VPN）", "terminationLocation": "本館B1F 放射線科機械室",
     "deviceMaker": "NEC", "deviceModel": "UNIVERGE IX2106", "firmwareVersion": "10.2.42"},
]
for i, ln in enumerate(lines):
    r = HR + 1 + i
    for j, (h, key) in enumerate(line_cols):
        if key is None:
            v = f"回線{i+1}"
        else:
            v = ln.get(key)
            if key in ("versionCheck", "vulnerabilityScan") and v:
                v = yesno_mark[v]
            elif key in ("ehrConnection", "globalIpUse") and v:
                v = umu[v]
        put(f"{L(j+1)}{r}", v)
values["lines"] = lines
col_of = {key: L(j+1) for j, (h, key) in enumerate(line_cols) if key}
planted.append({"cells": [f"{SHEET}!{col_of['globalIpAddress']}{HR+2}", f"{SHEET}!{col_of['ipAssignment']}{HR+2}"],
                "paths": ["lines[1].globalIpAddress"],
                "why": "固定IP line but the グローバルIPアドレス given is a private address (192.168.100.1, the router's LAN side)"})
planted.append({"cells": [f"{SHEET}!{col_of['vulnerabilityScan']}{HR+3}", f"{SHEET}!{col_of['communicationType']}{HR+3}"],
                "paths": ["lines[2].vulnerabilityScan"],
                "why": "脆弱性診断 調査希望あり on a 閉域網 line without global IP (閉域網に接続された回線は対象外)"})

# ---------------- device ports ----------------
PR0 = HR + 1 + len(lines) + 2   # two blank rows
ws[f"A{PR0}"] = "■ 機器のポート情報（回線ごとのルータ/UTM/FW）"; ws[f"A{PR0}"].font = sec_font
port_cols = [("回線", "line"), ("装置", "device"), ("ポート", "port"), ("接続機器名", "deviceName"),
             ("IPアドレス", "ipAddress"), ("ポート番号", "portNumber"), ("プロトコル", "protocol"),
             ("接続状況", "connectionStatus")]
for j, (h, _) in enumerate(port_cols):
    put(f"{L(j+1)}{PR0+1}", h, bold=True, fill=hdr_fill)
ports = [
    {"line": "回線1", "device": "FortiGate 60F", "port": "wan1", "deviceName": "ONU（回線終端装置）",
     "ipAddress": "61.205.88.17", "portNumber": 443, "protocol": "HTTPS", "connectionStatus": "接続あり"},
    {"line": "回線1", "device": "FortiGate 60F", "port": "internal1", "deviceName": "電子カルテサーバ",
     "ipAddress": "192.168.1.10", "portNumber": 3389, "protocol": "RDP", "connectionStatus": "接続あり"},
    {"line": "回線2", "device": "RTX1220", "port": "LAN1", "deviceName": "地域連携サーバ",
     "ipAddress": "192.168.1.30", "portNumber": 443, "protocol": "HTTPS", "connectionStatus": "接続あり"},
    {"line": "回線3", "device": "UNIVERGE IX2106", "port": "GE0", "deviceName": "PACSサーバ",
     "ipAddress": "192.168.1.40", "portNumber": 104, "protocol": "DICOM", "connectionStatus": "接続あり"},
    {"line": "回線3", "device": "UNIVERGE IX2106", "port": "GE1", "deviceName": "保守端末",
     "ipAddress": "192.168.1.41", "portNumber": 22, "protocol": "SSH", "connectionStatus": "接続なし"},
]
for i, p in enumerate(ports):
    r = PR0 + 2 + i
    for j, (h, key) in enumerate(port_cols):
        put(f"{L(j+1)}{r}", p[key])
values["ports"] = ports

# ---------------- terminals ----------------
TR0 = PR0 + 2 + len(ports) + 2
ws[f"A{TR0}"] = "■ 調査端末（5台）"; ws[f"A{TR0}"].font = sec_font
term_cols = [("No.", None), ("システム種別", "systemType"), ("利用形態", "usage"), ("端末ホスト名", "hostName"),
             ("IPアドレス", "ipAddress"), ("設置場所", "location"), ("VDIホスト名", "vdiHostName"),
             ("VDI IPアドレス", "vdiIpAddress"), ("セキュリティ対策製品", "securityProduct"), ("備考", "remarks")]
for j, (h, _) in enumerate(term_cols):
    put(f"{L(j+1)}{TR0+1}", h, bold=True, fill=hdr_fill)
terminals = [
    {"systemType": "電子カルテ", "usage": "単体", "hostName": "EMR-PC001", "ipAddress": "192.168.1.101/24",
     "location": "本館1F 医事課受付", "securityProduct": "Microsoft Defender"},
    {"systemType": "電子カルテ", "usage": "単体", "hostName": "EMR-PC014", "ipAddress": "192.168.1.114/24",
     "location": "本館3F 3階病棟ナースステーション", "securityProduct": "Microsoft Defender",
     "remarks": "端末操作可能時間：14:00-16:00"},
    {"systemType": "医事会計", "usage": "単体", "hostName": "IJI-PC02", "ipAddress": "192.168.2.52/24",
     "location": "本館1F 医事課", "securityProduct": "ESET Endpoint Security"},
    {"systemType": "PACS", "usage": "単体", "hostName": "RAD-VW01", "ipAddress": "192.168.3.21/24",
     "location": "本館B1F 放射線科読影室", "securityProduct": "Trend Micro Apex One"},
    {"systemType": "検査システム", "usage": "単体", "hostName": "LAB-PC01", "ipAddress": "192.168.4.11/24",
     "location": "本館2F 検査科", "securityProduct": "Trend Micro Apex One", "remarks": "検査科職員の立会い必須"},
]
for i, t in enumerate(terminals):
    r = TR0 + 2 + i
    for j, (h, key) in enumerate(term_cols):
        put(f"{L(j+1)}{r}", f"No.{i+1}" if key is None else t.get(key))
values["terminals"] = terminals

# ---------------- floor plan ----------------
FR0 = TR0 + 2 + len(terminals) + 2
ws[f"A{FR0}"] = "■ 設置場所（平面図）"; ws[f"A{FR0}"].font = sec_font
img_path = os.path.join(HERE, NAME + "_floor.png")
font = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 16)
im = Image.new("RGB", (760, 440), "white")
d = ImageDraw.Draw(im)
d.rectangle([20, 20, 740, 420], outline="black", width=3)
for x in (260, 500):
    d.line([x, 20, x, 420], fill="black", width=2)
d.line([20, 220, 740, 220], fill="black", width=2)
d.text((30, 30), "本館1F サーバー室", font=font, fill="black")
d.text((270, 30), "本館1F 医事課", font=font, fill="black")
d.text((510, 30), "本館2F 地域連携室", font=font, fill="black")
d.text((30, 230), "本館B1F 放射線科", font=font, fill="black")
d.text((270, 230), "本館2F 検査科", font=font, fill="black")
d.text((510, 230), "本館3F 病棟NS", font=font, fill="black")
for (x, y, t) in [(60, 120, "回線1 ONU/FortiGate"), (540, 120, "回線2 ONU/RTX1220"), (60, 320, "回線3 IX2106"),
                  (300, 100, "No.1 EMR-PC001"), (300, 150, "No.3 IJI-PC02"), (60, 370, "No.4 RAD-VW01"),
                  (300, 320, "No.5 LAB-PC01"), (540, 320, "No.2 EMR-PC014")]:
    d.rectangle([x - 6, y - 4, x + 190, y + 24], outline="red", width=2, fill="#FFF2CC")
    d.text((x, y), t, font=font, fill="red")
im.save(img_path)
xi = XLImage(img_path)
ws.add_image(xi, f"A{FR0+1}")
values["floorPlan"] = {"image": True}

widths = {"A": 22, "B": 12, "C": 12, "D": 14, "E": 24, "F": 20}
for c, w in widths.items():
    ws.column_dimensions[c].width = w
for j in range(7, 24):
    ws.column_dimensions[L(j)].width = 16

out = os.path.join(HERE, NAME + ".xlsx")
wb.save(out)
os.remove(img_path)

expected = {
    "form": "line-device-survey", "version": "R6", "file": NAME + ".xlsx",
    "values": values, "planted": planted,
    "notes": ("One sheet holds every block. 調査希望 written ○ (=調査希望あり) / × (=調査希望なし); "
              "電カルNW接続 and グローバルIP利用 written 有/無. Line 3 is a 閉域網 line without global IP, so its "
              "固定/動的 and address cells are blank on purpose. Building (ビル名) left blank (none). "
              "Floor plan is a picture with the callouts drawn into the image, anchored below the terminal table. "
              "No 記入例 rows (the filler deleted them)."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("wrote", out)
