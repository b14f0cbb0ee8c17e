#!/usr/bin/python3
# Generator for lds-w1-e-pw-sheet.xlsx
# Role: hospital 医療情報部 (観音寺さくら病院) who reworked the request in their own style: 項目：値 cells for basic
# info, abbreviated single-row line table with ○/× and 有/無, device info and ports on their own sheet as one
# block per device, and who kept the password list (renamed PW一覧) filled in inside the submitted file.
# Planted: password list with passwords filled (credentials); 6 terminals (No.6 added below the table);
# 回線終端装置設置場所 left blank on 回線3.
import json
import os
import tempfile

from openpyxl import Workbook
from openpyxl.drawing.image import Image as XLImage
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w1-e-pw-sheet"

thin = Side(style="thin")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
HF = PatternFill("solid", fgColor="BDD7EE")
WRAP = Alignment(wrap_text=True, vertical="top")


def floor_plan_png(path):
    img = Image.new("RGB", (900, 600), "white")
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 14)
    fb = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 18)
    d.text((10, 6), "KANONJI SAKURA HOSPITAL  floor plan (B1F/1F/2F-3F/4F)", fill="black", font=fb)
    y = 36
    floors = [
        ("4F", [("SERVER ROOM", "L1"), ("MEETING", None), ("OFFICE", None)]),
        ("3F", [("EAST WARD NS", "T2"), ("WARD", None), ("WARD", None)]),
        ("2F", [("OUTPATIENT 1", "T1"), ("ENDOSCOPY", None), ("DIALYSIS", None)]),
        ("1F", [("MED. AFFAIRS", "L3 T3"), ("RADIOLOGY MACH.", "L2 T4"), ("LAB / PHARMACY", "T5 T6")]),
        ("B1F", [("NUTRITION OFFICE", "L4"), ("KITCHEN", None), ("STORE", None)]),
    ]
    for fl, rooms in floors:
        d.rectangle([10, y, 890, y + 108], outline="black", width=3)
        d.text((16, y + 40), fl, fill="blue", font=fb)
        for i, (rn, mk) in enumerate(rooms):
            x0 = 70 + i * 272
            d.rectangle([x0, y + 6, x0 + 262, y + 102], outline="black", width=1)
            d.text((x0 + 6, y + 10), rn, fill="black", font=f)
            if mk:
                d.rounded_rectangle([x0 + 90, y + 50, x0 + 220, y + 84], radius=8, outline="red", width=3)
                d.text((x0 + 100, y + 58), mk, fill="red", font=f)
        y += 112
    img.save(path)


def cellb(ws, r, c, v, fill=None, bold=False):
    x = ws.cell(r, c, v)
    x.border = BORDER
    x.alignment = WRAP
    if fill:
        x.fill = fill
    if bold:
        x.font = Font(bold=True)
    return x


wb = Workbook()
# ---------------------------------------------------------------- 基本情報 (項目：値)
ws = wb.active
ws.title = "基本情報"
ws.column_dimensions["A"].width = 44
ws.column_dimensions["B"].width = 40
ws.column_dimensions["C"].width = 22
ws.column_dimensions["D"].width = 40
ws["A1"] = "別紙2-1 医療機関記入依頼書（回線・機器情報等記入）＿観音寺さくら病院"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "※様式の内容を院内で転記・整理したものです。"
basic = [
    "本施策の同意確認：同意する",
    "医療機関名：社会医療法人 燧会 観音寺さくら病院",
    "医療機関名(かな)：しゃかいいりょうほうじん ひうちかい かんおんじさくらびょういん",
    "郵便番号：〒768-0060",
    "住所：香川県観音寺市観音寺町甲1025番地",
    "住所(かな)：かがわけんかんおんじしかんおんじちょうこう1025ばんち",
    "ビル名：",
    "ビル名(かな)：",
    "病床数：２３０床",
]
for i, t in enumerate(basic):
    cellb(ws, 4 + i, 1, t)
ws["A14"] = "■担当者"
ws["A14"].font = Font(bold=True)
contacts = [
    ("医療情報部 部長", "白川 康弘", "0875-25-3101", "shirakawa@kanonji-sakura.or.jp"),
    ("医療情報部 主任", "合田 翔太", "0875-25-3101", "goda-s@kanonji-sakura.or.jp"),
]
for n in range(4):
    dep, nm, tel, mail = contacts[n] if n < len(contacts) else ("", "", "", "")
    r = 15 + n
    cellb(ws, r, 1, f"担当者{n + 1} 所属・役職：{dep}")
    cellb(ws, r, 2, f"氏名：{nm}")
    cellb(ws, r, 3, f"電話：{tel}")
    cellb(ws, r, 4, f"メール：{mail}")
cellb(ws, 20, 1, "申込内容の確認　確認者名：白川 康弘", bold=True)

# ---------------------------------------------------------------- 回線一覧
wl = wb.create_sheet("回線一覧")
wl["A1"] = "回線一覧（電子カルテ系ネットワークにつながる回線）　※機器・ポートは「機器・ポート」シート"
wl["A1"].font = Font(bold=True)
wl["A2"] = "調査希望：○＝調査希望あり ×＝調査希望なし　／　有・無　／　固定＝固定IP 動的＝動的IP"
head = ["No", "用途・システム名", "電カル系NW接続", "技術Ver確認", "脆弱性診断", "通信形態", "GIP利用", "固定/動的",
        "GIPアドレス", "診断当日\nGIP確認", "診断当日\nGIPアドレス", "FQDN", "プロバイダ", "プロバイダ品目",
        "回線事業者", "回線サービス名", "回線ID", "回線名", "回線種類", "ONU設置場所"]
for k, h in enumerate(head):
    cellb(wl, 4, k + 1, h, HF, True)
wl.row_dimensions[4].height = 32
lines_raw = [
    ["回線1", "電子カルテ", "有", "○", "○", "インターネットVPN", "有", "固定", "153.156.72.3", "入力不要", None,
     "emr-gw.kanonji-sakura.or.jp", "OCN", "OCN光 IPoE 固定IP1", "NTT西日本", "フレッツ 光クロス", "CAF6612038847",
     "電子カルテ保守回線", "光回線", "本館4F サーバー室\nラック2 上から3段目"],
    ["回線2", "PACS・遠隔画像診断", "有", "○", "○", "インターネットVPN", "有", "固定", "211.13.90.118", "入力不要",
     None, None, "IIJ", "IIJ光 固定IPv4", "NTT西日本", "フレッツ 光ネクスト ビジネスタイプ", "CAF6612204417",
     "遠隔読影回線", "光回線", "本館1F 放射線科 機械室"],
    ["回線3", "オンライン資格確認", "有", "○", "×", "閉域網", "無", None, None, None, None, None, None, None,
     "NTT西日本", "フレッツ・VPN ワイド", "CAF6612311590", "オン資回線", "光回線", None],
    ["回線4", "給食管理システム保守", "有", "×", "×", "インターネット", "有", "動的", "27.94.118.205", None, None,
     None, "au one net", "auひかり ビジネス", "KDDI", "auひかり ビジネス", "AU-0012-7761-03", "給食保守回線", "光回線",
     "本館B1F 栄養科 事務室"],
]
for n, ln in enumerate(lines_raw):
    for k, v in enumerate(ln):
        cellb(wl, 5 + n, k + 1, v)
for k, w in enumerate([6, 18, 8, 8, 8, 15, 7, 8, 15, 10, 14, 24, 11, 18, 11, 26, 16, 16, 8, 24]):
    wl.column_dimensions[wl.cell(1, k + 1).column_letter].width = w

# ---------------------------------------------------------------- 機器・ポート (one block per device)
wd = wb.create_sheet("機器・ポート")
wd["A1"] = "回線に接続する機器（ルータ/UTM/FW）とポート情報"
wd["A1"].font = Font(bold=True, size=12)
devices = [
    ("回線1", "ヤマハ", "RTX1300", "Rev.23.01.02", [
        ("LAN1", "CORE-L3SW", "10.1.0.1", 443, "HTTPS", "接続あり"),
        ("LAN2", "EMR-MNT01", "10.1.0.25", 22, "SSH", "接続あり")]),
    ("回線2", "Fortinet", "FortiGate 80F", "v7.4.4", [
        ("port1", "PACS-SV01", "10.2.0.10", 104, "DICOM", "接続あり"),
        ("port2", None, None, None, None, "接続なし")]),
    ("回線3", "NEC", "UNIVERGE IX2106", "Ver.10.7.22", [
        ("GE1", "ONS-PC01", "10.3.0.21", 443, "HTTPS", "接続あり")]),
    ("回線4", "バッファロー", "VR-U300W", "1.24", [
        ("LAN1", "KYU-PC01", "10.4.0.5", 3389, "RDP", "接続あり")]),
]
r = 3
for ln, mk, md, fw, prts in devices:
    cellb(wd, r, 1, f"■{ln}", HF, True)
    cellb(wd, r, 2, "メーカー", HF)
    cellb(wd, r, 3, mk)
    cellb(wd, r, 4, "機種名", HF)
    cellb(wd, r, 5, md)
    cellb(wd, r, 6, "ファームウェア", HF)
    cellb(wd, r, 7, fw)
    r += 1
    for k, h in enumerate(["ポート", "機器名", "IPアドレス", "ポート番号", "プロトコル", "接続状況"]):
        cellb(wd, r, 2 + k, h, HF)
    r += 1
    for p in prts:
        for k, v in enumerate(p):
            cellb(wd, r, 2 + k, v)
        r += 1
    r += 1
for col, w in zip("ABCDEFG", [10, 12, 16, 14, 16, 14, 14]):
    wd.column_dimensions[col].width = w

# ---------------------------------------------------------------- 調査端末 (6 rows; No.6 added below the table)
wt = wb.create_sheet("調査端末")
wt["A1"] = "調査端末（5台）"
wt["A1"].font = Font(bold=True, size=12)
th = ["No", "システム種別", "単体/仮想デスクトップ", "端末ホスト名", "IPアドレス", "設置場所", "VDIホスト名", "VDI IPアドレス",
      "セキュリティ対策製品", "備考"]
for k, h in enumerate(th):
    cellb(wt, 3, k + 1, h, HF, True)
terminals = [
    ["No.1", "電子カルテ", "単体", "KSH-EMR-0101", "10.1.10.101/24", "本館2F 外来診察室1", None, None,
     "Microsoft Defender", None],
    ["No.2", "電子カルテ", "仮想デスクトップ", "KSH-TC-0302", "10.1.30.102/24", "本館3F 東病棟ナースステーション",
     "KSH-VDI-0302", "10.1.200.102/24", "Trend Micro Apex One", "VDIサーバは本館4F サーバー室"],
    ["No.3", "医事", "単体", "KSH-IJI-01", "10.1.10.151/24", "本館1F 医事課", None, None, "ESET Endpoint Security",
     "月初1日～10日は不可"],
    ["No.4", "PACS", "単体", "KSH-RAD-01", "10.2.0.51/24", "本館1F 放射線科 読影室", None, None,
     "Trend Micro Apex One", None],
    ["No.5", "検査", "単体", "KSH-LAB-01", "10.1.10.171/24", "本館1F 検査科", None, None, "Microsoft Defender",
     "端末操作可能時間：13:00-15:00"],
    ["No.6", "薬剤", "単体", "KSH-PH-01", "10.1.10.181/24", "本館1F 薬剤部", None, None, "Microsoft Defender",
     "追加（薬剤部より要望）"],
]
for n, t in enumerate(terminals):
    for k, v in enumerate(t):
        if n < 5:
            cellb(wt, 4 + n, k + 1, v)
        else:  # appended below the bordered table
            wt.cell(4 + n, k + 1, v)
for k, w in enumerate([6, 12, 16, 15, 16, 28, 15, 16, 22, 28]):
    wt.column_dimensions[wt.cell(1, k + 1).column_letter].width = w

# ---------------------------------------------------------------- 設置場所
wp = wb.create_sheet("設置場所")
wp["A1"] = "設置場所（平面図）　赤枠＝調査対象（L＝回線終端装置、T＝調査端末）"
tmp = tempfile.mkdtemp()
png = os.path.join(tmp, "plan_e.png")
floor_plan_png(png)
im = XLImage(png)
im.width, im.height = 720, 480
wp.add_image(im, "A3")

# ---------------------------------------------------------------- PW一覧 (the password list, filled in)
wpw = wb.create_sheet("PW一覧")
wpw["A1"] = "アカウント・パスワード一覧（当日用）"
wpw["A1"].font = Font(bold=True)
for k, h in enumerate(["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"]):
    cellb(wpw, 3, k + 1, h, HF, True)
pw_dev = [
    ("回線1", "ヤマハ", "RTX1300", "admin", "Ksh#Rtx1300!", "Ksh#En1300!"),
    ("回線2", "Fortinet", "FortiGate 80F", "admin", "Fg80f-Sakura24", None),
    ("回線3", "NEC", "UNIVERGE IX2106", "admin", "ix2106onshi", None),
    ("回線4", "バッファロー", "VR-U300W", "root", "Kyu-2019vr", None),
]
for n, row in enumerate(pw_dev):
    for k, v in enumerate(row):
        cellb(wpw, 4 + n, k + 1, v)
for k, h in enumerate(["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"]):
    cellb(wpw, 10, k + 1, h, HF, True)
pw_term = [
    ("端末1", "KSH-EMR-0101", "10.1.10.101/24", "emradmin", "Sakura@0101"),
    ("端末2", "KSH-TC-0302", "10.1.30.102/24", "tcadmin", "Sakura@0302"),
    ("端末3", "KSH-IJI-01", "10.1.10.151/24", "ijikanri", "Iji#2023a"),
    ("端末4", "KSH-RAD-01", "10.2.0.51/24", "radadmin", "Rad!0051"),
    ("端末5", "KSH-LAB-01", "10.1.10.171/24", "labuser", "Lab0171!"),
    ("端末6", "KSH-PH-01", "10.1.10.181/24", "phadmin", "Ph@0181x"),
]
for n, row in enumerate(pw_term):
    for k, v in enumerate(row):
        cellb(wpw, 11 + n, k + 1, v)
for col, w in zip("ABCDEF", [8, 16, 18, 20, 18, 24]):
    wpw.column_dimensions[col].width = w

out = os.path.join(HERE, NAME + ".xlsx")
wb.save(out)
print("wrote", out)

# ---------------------------------------------------------------- expected (no password values!)
YN = {"有": "あり", "無": "なし"}
HOPE = {"○": "調査希望あり", "×": "調査希望なし"}
IPA = {"固定": "固定IP", "動的": "動的IP"}
keys = ["purpose", "ehrConnection", "versionCheck", "vulnerabilityScan", "communicationType", "globalIpUse",
        "ipAssignment", "globalIpAddress", "diagnosisDayCheck", "diagnosisDayAddress", "fqdn", "provider",
        "providerService", "carrier", "carrierService", "lineId", "lineName", "lineKind", "terminationLocation"]
exp_lines = []
for ln, (_, mk, md, fw, _) in zip(lines_raw, devices):
    o = {}
    for k, v in zip(keys, ln[1:]):
        if v is None:
            continue
        if k in ("ehrConnection", "globalIpUse"):
            v = YN[v]
        elif k in ("versionCheck", "vulnerabilityScan"):
            v = HOPE[v]
        elif k == "ipAssignment":
            v = IPA[v]
        o[k] = v
    o.update({"deviceMaker": mk, "deviceModel": md, "firmwareVersion": fw})
    exp_lines.append(o)
exp_ports = []
for ln, mk, md, fw, prts in devices:
    for p in prts:
        o = {"line": ln, "device": f"{mk} {md}"}
        o.update({k: v for k, v in zip(["port", "deviceName", "ipAddress", "portNumber", "protocol",
                                         "connectionStatus"], p) if v is not None})
        exp_ports.append(o)
TK = ["systemType", "usage", "hostName", "ipAddress", "location", "vdiHostName", "vdiIpAddress", "securityProduct",
      "remarks"]
expected = {
    "form": "line-device-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "basicInfo": {
            "consent": "同意する",
            "facilityName": "社会医療法人 燧会 観音寺さくら病院",
            "facilityNameKana": "しゃかいいりょうほうじん ひうちかい かんおんじさくらびょういん",
            "postalCode": "768-0060",
            "address": "香川県観音寺市観音寺町甲1025番地",
            "addressKana": "かがわけんかんおんじしかんおんじちょうこう1025ばんち",
            "beds": 230,
            "confirmerName": "白川 康弘",
        },
        "contacts": [{"department": d, "name": n, "phoneNumber": t, "email": m} for (d, n, t, m) in contacts],
        "lines": exp_lines,
        "ports": exp_ports,
        "terminals": [{k: v for k, v in zip(TK, t[1:]) if v is not None} for t in terminals],
        "floorPlan": {"image": True},
    },
    "planted": [
        {"cells": ["PW一覧!E4", "PW一覧!F4", "PW一覧!E5", "PW一覧!E6", "PW一覧!E7", "PW一覧!E11", "PW一覧!E12",
                   "PW一覧!E13", "PW一覧!E14", "PW一覧!E15", "PW一覧!E16"],
         "paths": ["credentials"],
         "why": "the アカウント(ログインID)・パスワードリスト (提出不要, never to travel with a submission) is carried "
                "as sheet 'PW一覧' with device and terminal passwords filled in"},
        {"cells": ["調査端末!A9"], "paths": ["terminals[5]"],
         "why": "6 terminals listed (No.6 added below the 5-row table); the survey covers at most 5 terminals"},
        {"cells": ["回線一覧!T7"], "paths": ["lines[2].terminationLocation"],
         "why": "required 回線終端装置設置場所 (*) left blank on 回線3"},
    ],
    "notes": (
        "Basic info is written as '項目：値' in single cells (value = text after '：'); blank 'ビル名：' and "
        "'ビル名(かな)：' mean no building. 郵便番号 written '〒768-0060'. 病床数 '２３０床' (full-width, →230). "
        "Contacts: one row each, four '項目：値' cells; contacts 3 and 4 have only labels. Line table "
        "('回線一覧') uses abbreviated single-row headers and ○/× (→調査希望あり/調査希望なし), 有/無 (→あり/なし), "
        "固定/動的 (→固定IP/動的IP). Device maker/model/firmware are NOT in the line table: they are in sheet "
        "'機器・ポート', one block per line ('■回線N' + メーカー/機種名/ファームウェア, then its port rows); "
        "ports[].line is the block's 回線N and ports[].device is maker+model of that block. 回線3 is 閉域網 without "
        "global IP and no scan (固定/動的 and address blank, not applicable). 回線4 is 動的IP without scan request; "
        "当日 cells blank. The PW一覧 sheet's values are deliberately not repeated anywhere in this file. Global IPs "
        "are invented addresses in public ranges."
    ),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(expected, fh, ensure_ascii=False, indent=2)
print("wrote expected")
