#!/usr/bin/python3
"""Generator for lds-w16-b-single-sheet-transposed-lines.xlsx

A hospital IT person's own condensed version of 別紙2-1: everything on one sheet 「回答」
(basic info as 「項目：値」 in single cells, contacts table, a transposed line table with
items down and 回線1..3 across, then the terminal table), plus a second sheet 「平面図」 with
the floor-plan picture and hand-typed callout notes. No password-list sheet.
Planted: (1) 回線2 is 固定IP but its グローバルIPアドレス is a private address (the router's
LAN address); (2) 回線3 is 閉域網 (no global IP) but 脆弱性診断 is requested.
"""
import io
import json
import os

from openpyxl import Workbook
from openpyxl.drawing.image import Image as XLImage
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w16-b-single-sheet-transposed-lines"
SHEET = "回答"

thin = Side(style="thin")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
GRAY = PatternFill("solid", fgColor="E7E6E6")
WRAP = Alignment(wrap_text=True, vertical="top")


def box(ws, rng, fill=None):
    for row in ws[rng]:
        for c in row:
            c.border = BORDER
            c.alignment = WRAP
            if fill is not None:
                c.fill = fill


def floor_plan_png():
    font_path = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
    try:
        f = ImageFont.truetype(font_path, 16)
    except Exception:
        f = ImageFont.load_default()
    img = Image.new("RGB", (800, 520), (250, 250, 245))
    d = ImageDraw.Draw(img)
    d.text((20, 10), "しおかぜ記念病院 フロア図（本館 B1F～3F）", fill="black", font=f)
    floors = [("3F", ["東病棟", "ナースステーション", "西病棟"]),
              ("1F", ["サーバー室", "医事課受付", "検査科", "外来 内科"]),
              ("B1F", ["放射線科 読影室", "機械室", "倉庫"])]
    y = 45
    for fl, rooms in floors:
        d.rectangle([20, y, 780, y + 140], outline="black", width=3)
        d.text((28, y + 4), fl, fill="black", font=f)
        w = (760 - 60) // len(rooms)
        for i, rm in enumerate(rooms):
            x = 70 + i * w
            d.rectangle([x, y + 20, x + w - 10, y + 130], outline="black", width=1)
            d.text((x + 6, y + 26), rm, fill="black", font=f)
        y += 155
    bio = io.BytesIO()
    img.save(bio, format="PNG")
    bio.seek(0)
    return bio


wb = Workbook()
ws = wb.active
ws.title = SHEET
for col, w in zip("ABCDEFGHIJ", [30, 26, 26, 26, 18, 28, 16, 18, 26, 30]):
    ws.column_dimensions[col].width = w

ws["A1"] = "医療機関記入依頼書（回線・機器情報等記入）　しおかぜ記念病院 記入分"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "作成：R6.8.23 情報管理室（院内様式に転記して作成）"

# ---- 【1】基本情報: label and value in one cell
ws["A4"] = "【1】基本情報"
ws["A4"].font = Font(bold=True)
basic_lines = [
    "本施策の同意確認：同意する",
    "医療機関名：社会医療法人 瀬戸内会 しおかぜ記念病院",
    "医療機関名（かな）：しゃかいいりょうほうじん せとうちかい しおかぜきねんびょういん",
    "住所：〒702-8031 岡山県岡山市南区福浜町15番10号",
    "住所（かな）：おかやまけんおかやましみなみくふくはまちょう15ばん10ごう",
    "病床数：199床",
    "申込内容の確認（確認者名）：藤原 誠",
]
for i, t in enumerate(basic_lines):
    ws.cell(row=5 + i, column=1, value=t)
    ws.merge_cells(start_row=5 + i, start_column=1, end_row=5 + i, end_column=4)

# contacts
ws["A13"] = "担当者"
ws["A13"].font = Font(bold=True)
for j, h in enumerate(["", "所属・役職", "氏名", "電話番号", "メールアドレス"]):
    ws.cell(row=14, column=1 + j, value=h or None)
contacts = [
    ("情報管理室 室長", "藤原 誠", "086-262-3111", "fujiwara@shiokaze-mh.or.jp"),
    ("情報管理室", "岡田 翔太", "086-262-3111", "okada@shiokaze-mh.or.jp"),
    ("事務部 施設課 係長", "三宅 恵", "086-262-3115", "miyake@shiokaze-mh.or.jp"),
]
for i, c in enumerate(contacts):
    ws.cell(row=15 + i, column=1, value=f"担当者{i + 1}")
    for j, v in enumerate(c):
        ws.cell(row=15 + i, column=2 + j, value=v)
box(ws, "A14:E17")
box(ws, "A14:E14", fill=GRAY)

# ---- 【2】回線情報 (transposed)
ws["A20"] = "【2】回線・機器情報（縦：項目 / 横：回線）　※(*)必須"
ws["A20"].font = Font(bold=True)
ws["A21"] = "項目"
ws["B21"] = "回線1"
ws["C21"] = "回線2"
ws["D21"] = "回線3"
items = [
    ("回線名", "lineName"),
    ("回線の種類", "lineKind"),
    ("調査希望：技術バージョン確認(*)", "versionCheck"),
    ("調査希望：脆弱性診断(*)", "vulnerabilityScan"),
    ("電子カルテ系NWとの接続(*)", "ehrConnection"),
    ("用途・システム名(*)", "purpose"),
    ("通信形態(*)", "communicationType"),
    ("グローバルIP利用(*)", "globalIpUse"),
    ("固定IP/動的IP(*)", "ipAssignment"),
    ("グローバルIPアドレス(*)", "globalIpAddress"),
    ("【診断当日】グローバルIP確認", "diagnosisDayCheck"),
    ("【診断当日】グローバルIPアドレス", "diagnosisDayAddress"),
    ("FQDN", "fqdn"),
    ("プロバイダ名", "provider"),
    ("プロバイダ品目", "providerService"),
    ("回線事業者", "carrier"),
    ("回線サービス名", "carrierService"),
    ("回線ID", "lineId"),
    ("回線終端装置(ONU)設置場所(*)", "terminationLocation"),
    ("ルータ/UTM メーカー", "deviceMaker"),
    ("ルータ/UTM 機種名", "deviceModel"),
    ("ファームウェア", "firmwareVersion"),
]
# what is written in the cells
written = [
    {"lineName": "電子カルテ保守回線", "lineKind": "光回線", "versionCheck": "希望あり", "vulnerabilityScan": "希望あり",
     "ehrConnection": "有", "purpose": "電子カルテ（リモート保守）", "communicationType": "インターネットVPN",
     "globalIpUse": "有", "ipAssignment": "固定", "globalIpAddress": "219.117.195.40",
     "diagnosisDayCheck": "入力不要", "provider": "OCN", "providerService": "OCN光 IPoE 固定IP1",
     "carrier": "NTT西日本", "carrierService": "フレッツ 光クロス", "lineId": "COP81234567",
     "terminationLocation": "本館1F\nサーバー室 ラックA 上段", "deviceMaker": "ヤマハ", "deviceModel": "RTX1220",
     "firmwareVersion": "Rev.15.04.24"},
    {"lineName": "検査システム保守回線", "lineKind": "光回線", "versionCheck": "希望なし", "vulnerabilityScan": "希望あり",
     "ehrConnection": "有", "purpose": "臨床検査システム", "communicationType": "インターネットVPN",
     "globalIpUse": "有 ", "ipAssignment": "固定", "globalIpAddress": "192.168.1.1",
     "diagnosisDayCheck": "入力不要", "provider": "BIGLOBE", "providerService": "BIGLOBE光 固定IPアドレスオプション",
     "carrier": "NTT西日本", "carrierService": "フレッツ 光ネクスト", "lineId": "COP82345678",
     "terminationLocation": "本館1F 検査科 分析装置裏", "deviceMaker": "NEC", "deviceModel": "UNIVERGE IX2106",
     "firmwareVersion": "10.7.18"},
    {"lineName": "地域医療連携ネットワーク", "lineKind": "閉域網（IP-VPN）", "versionCheck": "希望あり",
     "vulnerabilityScan": "希望あり", "ehrConnection": "有", "purpose": "地域医療連携システム",
     "communicationType": "閉域網", "globalIpUse": "無", "ipAssignment": "－", "globalIpAddress": "－",
     "diagnosisDayCheck": "入力不要", "carrier": "NTT西日本", "carrierService": "フレッツ・VPN ワイド",
     "lineId": "COP83456789", "terminationLocation": "本館1F サーバー室 ラックB", "deviceMaker": "Cisco",
     "deviceModel": "ISR1111-4P", "firmwareVersion": "17.9.4a"},
]
cellref = {}
for i, (label, key) in enumerate(items):
    r = 22 + i
    ws.cell(row=r, column=1, value=label)
    for j, ln in enumerate(written):
        v = ln.get(key)
        ws.cell(row=r, column=2 + j, value=v)
        cellref[(j, key)] = f"{ws.cell(row=r, column=2 + j).coordinate}"
last_line_row = 22 + len(items) - 1
box(ws, f"A21:D{last_line_row}")
box(ws, "A21:D21", fill=GRAY)
for r in range(22, last_line_row + 1):
    ws[f"A{r}"].fill = GRAY

# ---- 【3】調査端末
t0 = last_line_row + 3
ws.cell(row=t0, column=1, value="【3】調査端末（5台）").font = Font(bold=True)
th = ["No.", "システム種別(*)", "利用形態（単体/仮想デスクトップ）(*)", "端末ホスト名(*)", "IPアドレス(*)",
      "設置場所(*)", "VDI ホスト名", "VDI IPアドレス", "セキュリティ対策製品", "備考"]
for j, h in enumerate(th):
    ws.cell(row=t0 + 1, column=1 + j, value=h)
terms = [
    ["電子カルテ", "単体", "SHK-EMR-01", "10.10.1.21/24", "本館3F 東病棟 ナースステーション", "", "",
     "Trend Micro Apex One", "操作可能時間 14:00～16:00"],
    ["電子カルテ", "仮想デスクトップ", "SHK-TC-12", "10.10.1.112/24", "本館1F 外来 内科診察室2", "SHK-VDI-012",
     "10.20.0.12/24", "Microsoft Defender for Endpoint", ""],
    ["医事会計", "単体", "SHK-IJI-03", "10.10.2.13/24", "本館1F 医事課受付", "", "", "ウイルスバスター Corp.", ""],
    ["臨床検査", "単体", "SHK-LAB-01", "10.10.3.11/24", "本館1F 検査科", "", "", "ESET Endpoint Security", ""],
    ["PACS", "単体", "SHK-RAD-02", "10.10.4.22/24", "本館B1F 放射線科 読影室", "", "", "Trend Micro Apex One",
     "立会い：放射線科 技師長"],
]
for i, t in enumerate(terms):
    r = t0 + 2 + i
    ws.cell(row=r, column=1, value=i + 1)
    for j, v in enumerate(t):
        ws.cell(row=r, column=2 + j, value=v if v != "" else None)
box(ws, f"A{t0 + 1}:J{t0 + 1 + len(terms)}")
box(ws, f"A{t0 + 1}:J{t0 + 1}", fill=GRAY)
ws.cell(row=t0 + 2 + len(terms) + 1, column=1,
        value="※アカウント・パスワードリストは提出不要のため院内で別管理しています。")

# ---- 平面図 sheet
wp = wb.create_sheet("平面図")
wp["A1"] = "設置場所（フロア図）"
wp["A1"].font = Font(bold=True)
pic = XLImage(floor_plan_png())
pic.anchor = "A3"
wp.add_image(pic)
callouts = [
    "① 回線1 ONU・RTX1220：本館1F サーバー室 ラックA",
    "② 回線2 ONU・IX2106：本館1F 検査科（分析装置裏）",
    "③ 回線3 ONU・ISR1111：本館1F サーバー室 ラックB",
    "端末1 SHK-EMR-01：3F 東病棟NS",
    "端末2 SHK-TC-12：1F 外来 内科診察室2",
    "端末3 SHK-IJI-03：1F 医事課受付",
    "端末4 SHK-LAB-01：1F 検査科",
    "端末5 SHK-RAD-02：B1F 放射線科 読影室",
]
for i, t in enumerate(callouts):
    wp.cell(row=3 + i, column=15, value=t)
wp.column_dimensions["O"].width = 50

out = os.path.join(HERE, NAME + ".xlsx")
wb.save(out)

# ---- expected.json (canonical values)
canon_map = {"希望あり": "調査希望あり", "希望なし": "調査希望なし", "有": "あり", "有 ": "あり", "無": "なし",
             "固定": "固定IP", "動的": "動的IP"}
lines = []
for ln in written:
    obj = {}
    for _, key in items:
        v = ln.get(key)
        if v is None or v == "－":
            continue
        obj[key] = canon_map.get(v, v)
    lines.append(obj)
tkeys = ["systemType", "usage", "hostName", "ipAddress", "location", "vdiHostName", "vdiIpAddress",
         "securityProduct", "remarks"]
values = {
    "basicInfo": {
        "consent": "同意する",
        "facilityName": "社会医療法人 瀬戸内会 しおかぜ記念病院",
        "facilityNameKana": "しゃかいいりょうほうじん せとうちかい しおかぜきねんびょういん",
        "postalCode": "702-8031",
        "address": "岡山県岡山市南区福浜町15番10号",
        "addressKana": "おかやまけんおかやましみなみくふくはまちょう15ばん10ごう",
        "beds": 199,
        "confirmerName": "藤原 誠",
    },
    "contacts": [dict(zip(["department", "name", "phoneNumber", "email"], c)) for c in contacts],
    "lines": lines,
    "terminals": [{k: v for k, v in zip(tkeys, t) if v != ""} for t in terms],
    "floorPlan": {"image": True},
}
planted = [
    {"cells": [f"{SHEET}!{cellref[(1, 'globalIpAddress')]}", f"{SHEET}!{cellref[(1, 'ipAssignment')]}"],
     "paths": ["lines[1].globalIpAddress"],
     "why": "回線2 is 固定IP but the グローバルIPアドレス given is 192.168.1.1, a private address (the router's LAN "
            "address copied by mistake); a fixed IP must be a public IPv4 address."},
    {"cells": [f"{SHEET}!{cellref[(2, 'vulnerabilityScan')]}", f"{SHEET}!{cellref[(2, 'communicationType')]}"],
     "paths": ["lines[2].vulnerabilityScan"],
     "why": "回線3 is 閉域網 with グローバルIP利用 無, yet 脆弱性診断 is 希望あり; lines on a closed network are out of "
            "scope for the vulnerability scan (「閉域網に接続された回線は対象外」) and it needs a global IP."},
]
expected = {
    "form": "line-device-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": values,
    "planted": planted,
    "notes": ("Single sheet 回答: basic info written as 「項目：値」 in one (merged A:D) cell each; 住所 cell holds "
              "〒 + postal code + address together (postal code and address split in values). 病床数 written "
              "'199床'. No ビル名 given. Line table is transposed (items in column A, 回線1..3 in columns B..D). "
              "Choices written as 希望あり/希望なし (=調査希望あり/なし), 有/無 (=あり/なし, one '有 ' with a trailing "
              "space), 固定 (=固定IP). 回線3 (閉域網) has '－' in 固定IP/動的IP and グローバルIPアドレス (not "
              "applicable, omitted from values). lineName/lineKind rows are 回線名/回線の種類. 終端装置設置場所 of 回線1 "
              "has a line break. Terminal No. column holds plain numbers 1..5. '作成：R6.8.23' in A2 is not a form field. Floor plan is on sheet 平面図 with "
              "hand-typed callout text (no shapes). No password-list sheet."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(expected, fh, ensure_ascii=False, indent=2)
print("wrote", out)
