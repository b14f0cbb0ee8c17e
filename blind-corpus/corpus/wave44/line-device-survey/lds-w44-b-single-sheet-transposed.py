#!/usr/bin/python3
"""Generator for lds-w44-b-single-sheet-transposed.xlsx (blind test workbook, 別紙2-1).

Layout: a hospital IT person's own one-sheet version: basic info as 「項目：値」 in one cell, contacts as a
label-above table, the line table transposed (items down, 記入例/回線1..3 across), the terminal table as a second
table below it; the floor plan on its own small sheet. Re-saved by LibreOffice.
Planted: 回線2 固定IP with a private address; 回線3 (閉域網) 脆弱性診断 requested.
"""
import sys, os, json, shutil, subprocess, tempfile
sys.path.insert(0, "/tmp/blindlib44")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w44-b-single-sheet-transposed"
XLSX = os.path.join(HERE, NAME + ".xlsx")
PNG = os.path.join("/tmp", NAME + "-floor.png")
SHEET = "回線・機器情報等記入票"

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
GRAY = PatternFill("solid", fgColor="EDEDED")
GREEN = PatternFill("solid", fgColor="E2EFDA")
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def box(ws, rng, fill=None):
    for row in ws[rng]:
        for c in row:
            c.border = B
            c.alignment = WRAP
            if fill:
                c.fill = fill


wb = Workbook()
ws = wb.active
ws.title = SHEET
for col, w in zip("ABCDEFGHIJK", [2, 34, 22, 26, 26, 26, 20, 20, 22, 22, 28]):
    ws.column_dimensions[col].width = w

ws["B1"] = "別紙2-1　医療機関記入依頼書（回線・機器情報等記入）　みなと記念病院 提出用（1シートまとめ版）"
ws["B1"].font = Font(bold=True, size=13)
ws["B2"] = "※事務局様式の各シートの内容を1枚にまとめています。(*)は必須。パスワードリストは提出不要のため院内保管。"

# ---- 1. basic info, 「項目：値」 in one cell
ws["B3"] = "１．基本情報"
ws["B3"].font = BOLD
basic = [
    "本施策の同意確認：同意する",
    "医療機関名：社会医療法人 港南会 みなと記念病院",
    "医療機関名（かな）：しゃかいいりょうほうじん こうなんかい みなときねんびょういん",
    "郵便番号：〒760-0011",
    "住所：香川県高松市浜ノ町8番24号",
    "住所（かな）：かがわけんたかまつしはまのちょう8ばん24ごう",
    "ビル名：港南メディカルセンタービル",
    "ビル名（かな）：こうなんめでぃかるせんたーびる",
    "病床数：88床",
]
for i, t in enumerate(basic):
    r = 4 + i
    ws.merge_cells(f"B{r}:E{r}")
    ws[f"B{r}"] = t
    box(ws, f"B{r}:E{r}")

ws["B14"] = "担当者（4名まで）"
ws["B14"].font = BOLD
for i, h in enumerate(["所属・役職", "氏名", "電話番号", "メールアドレス"]):
    ws.cell(row=15, column=2 + i, value=h)
box(ws, "B15:E15", fill=GRAY)
contacts = [
    ("経営企画室 情報システム担当 主任", "香西 由美子", "087-821-5530", "kozai@minato-kinen.jp"),
    ("経営企画室 室長", "真鍋 浩二", "087-821-5530", "manabe@minato-kinen.jp"),
]
for i in range(4):
    r = 16 + i
    if i < len(contacts):
        for j, v in enumerate(contacts[i]):
            ws.cell(row=r, column=2 + j, value=v)
    box(ws, f"B{r}:E{r}")
ws.merge_cells("B21:E21")
ws["B21"] = "申込内容の確認　確認者名（フルネーム）：香西 由美子"
box(ws, "B21:E21")

# ---- 2. lines, transposed
ws["B23"] = "２．回線・機器情報（1列に1回線。記入例の列は消さないでください）"
ws["B23"].font = BOLD
ws["B24"] = "項目"
ws["C24"] = "記入例"
ws["D24"] = "回線1"
ws["E24"] = "回線2"
ws["F24"] = "回線3"
box(ws, "B24:F24", fill=GRAY)
items = [
    ("versionCheck", "調査希望：技術バージョン確認 (*)"),
    ("vulnerabilityScan", "調査希望：脆弱性診断 (*)"),
    ("ehrConnection", "電子カルテシステムと接続するネットワークとの接続 (*)"),
    ("purpose", "用途・システム名 (*)"),
    ("communicationType", "通信形態 (*)"),
    ("globalIpUse", "グローバルIP利用 (*)"),
    ("ipAssignment", "固定IP/動的IP (*)"),
    ("globalIpAddress", "グローバルIPアドレス (*)"),
    ("diagnosisDayCheck", "【脆弱性診断当日記入欄】グローバルIP確認"),
    ("diagnosisDayAddress", "【脆弱性診断当日記入欄】グローバルIPアドレス"),
    ("fqdn", "FQDN"),
    ("provider", "プロバイダ名"),
    ("providerService", "プロバイダ品目"),
    ("carrier", "回線事業者"),
    ("carrierService", "回線サービス名"),
    ("lineId", "回線ID"),
    ("lineName", "回線名"),
    ("lineKind", "回線の種類"),
    ("terminationLocation", "回線終端装置設置場所 (*)"),
    ("deviceMaker", "接続装置（ルータ/UTM/FW）メーカー"),
    ("deviceModel", "接続装置 機種名"),
    ("firmwareVersion", "接続装置 ファームウェアバージョン"),
]
example = {"versionCheck": "あり", "vulnerabilityScan": "あり", "ehrConnection": "有", "purpose": "電子カルテ",
           "communicationType": "インターネットVPN", "globalIpUse": "有", "ipAssignment": "固定",
           "globalIpAddress": "121.119.249.222", "diagnosisDayCheck": "入力不要", "fqdn": "example.xxx",
           "provider": "NTT西日本", "providerService": "フレッツ光", "carrier": "NTT西日本",
           "carrierService": "フレッツ光ネクスト", "lineId": "COP0000000000", "lineName": "保守回線",
           "lineKind": "光", "terminationLocation": "2F サーバー室A ラック", "deviceMaker": "ヤマハ",
           "deviceModel": "RTX1210", "firmwareVersion": "Rev.14.01.xx"}
# as written in the cells (synonyms: あり/なし for 調査希望, 有/無, 固定/動的)
written = [
    {"versionCheck": "あり", "vulnerabilityScan": "あり", "ehrConnection": "有",
     "purpose": "電子カルテ（リモート保守）", "communicationType": "インターネットVPN", "globalIpUse": "有",
     "ipAssignment": "固定", "globalIpAddress": "153.142.208.35", "diagnosisDayCheck": "入力不要",
     "provider": "BIGLOBE", "providerService": "BIGLOBE光 固定IPアドレスオプション", "carrier": "NTT西日本",
     "carrierService": "フレッツ 光クロス", "lineId": "COP1420386617", "lineName": "電カル保守回線",
     "lineKind": "光", "terminationLocation": "本館2F\nサーバー室 ラックA", "deviceMaker": "Fortinet",
     "deviceModel": "FortiGate 40F", "firmwareVersion": "v7.0.15"},
    {"versionCheck": "あり", "vulnerabilityScan": "あり", "ehrConnection": "有",
     "purpose": "PACS（遠隔読影）", "communicationType": "インターネットVPN", "globalIpUse": "有",
     "ipAssignment": "固定", "globalIpAddress": "192.168.100.1", "diagnosisDayCheck": "入力不要",
     "provider": "OCN", "providerService": "OCN光 IPoE 固定IP1", "carrier": "NTT西日本",
     "carrierService": "フレッツ光ネクスト", "lineId": "COP7719034528", "lineName": "読影回線",
     "lineKind": "光", "terminationLocation": "本館1F 放射線科\nCT室横 通信ラック", "deviceMaker": "ヤマハ",
     "deviceModel": "RTX830", "firmwareVersion": "Rev.15.02.30"},
    {"versionCheck": "あり", "vulnerabilityScan": "あり", "ehrConnection": "有",
     "purpose": "医療機器保守（MRI）", "communicationType": "閉域網", "globalIpUse": "無",
     "diagnosisDayCheck": "入力不要", "carrier": "NTT西日本", "carrierService": "フレッツ・VPN プライオ",
     "lineId": "COP4402817763", "lineName": "MRI保守回線", "lineKind": "光",
     "terminationLocation": "本館1F MRI操作室 壁面", "deviceMaker": "Cisco", "deviceModel": "C1111-4P",
     "firmwareVersion": "IOS XE 17.9.4a"},
]
canon = {"あり": "調査希望あり", "なし": "調査希望なし"}
yn = {"有": "あり", "無": "なし"}
ipa = {"固定": "固定IP", "動的": "動的IP"}
rows = {}
for i, (k, label) in enumerate(items):
    r = 25 + i
    rows[k] = r
    ws.cell(row=r, column=2, value=label)
    ws.cell(row=r, column=3, value=example.get(k))
    for n, line in enumerate(written):
        if k in line:
            ws.cell(row=r, column=4 + n, value=line[k])
    box(ws, f"B{r}:F{r}")
    ws[f"C{r}"].fill = GRAY
    ws[f"B{r}"].fill = GREEN
last = 25 + len(items) - 1

LINES = []
for line in written:
    o = {}
    for k, _ in items:
        if k not in line:
            continue
        v = line[k]
        if k in ("versionCheck", "vulnerabilityScan"):
            v = canon[v]
        elif k in ("ehrConnection", "globalIpUse"):
            v = yn[v]
        elif k == "ipAssignment":
            v = ipa[v]
        o[k] = v
    LINES.append(o)

# ---- 3. terminals, second table on the same sheet
t0 = last + 3
ws[f"B{t0}"] = "３．調査端末情報（5台。電子カルテ端末1台＋主要部門システム）"
ws[f"B{t0}"].font = BOLD
th = ["No.", "システム種別 (*)", "シングル利用 (*)", "端末ホスト名 (*)", "IPアドレス (*)", "設置場所 (*)",
      "仮想デスクトップ 端末ホスト名", "仮想デスクトップ IPアドレス", "セキュリティ対策製品", "備考"]
for i, h in enumerate(th):
    ws.cell(row=t0 + 1, column=2 + i, value=h)
box(ws, f"B{t0 + 1}:K{t0 + 1}", fill=GRAY)
ex = ["記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F OOO室", None, None, "Microsoft Defender",
      "端末操作可能時間：12:00-13:00"]
for i, v in enumerate(ex):
    ws.cell(row=t0 + 2, column=2 + i, value=v)
box(ws, f"B{t0 + 2}:K{t0 + 2}", fill=GRAY)
TERMS = [
    dict(systemType="電子カルテ", usage="単体", hostName="MKH-EMR-021", ipAddress="10.10.1.21/24",
         location="本館2F 外来診察室1", securityProduct="Trend Micro Apex One",
         remarks="端末操作可能時間：13:00-14:00\n（外来終了後）"),
    dict(systemType="電子カルテ", usage="単体", hostName="MKH-EMR-305", ipAddress="10.10.3.105/24",
         location="本館3F 病棟スタッフステーション", securityProduct="Trend Micro Apex One"),
    dict(systemType="医事会計", usage="単体", hostName="MKH-IJI-02", ipAddress="10.10.5.12/24",
         location="本館1F 医事課", securityProduct="Trend Micro Apex One"),
    dict(systemType="PACS", usage="単体", hostName="MKH-PACS-01", ipAddress="10.10.7.31/24",
         location="本館1F 放射線科 読影室", securityProduct="ESET Endpoint Security"),
    dict(systemType="リハビリ部門システム", usage="仮想デスクトップ", hostName="MKH-TC-R01",
         ipAddress="10.10.9.41/24", location="本館2F リハビリテーション室", vdiHostName="MKH-VDI-R01",
         vdiIpAddress="172.20.1.41/24", securityProduct="Microsoft Defender"),
]
tk = ["systemType", "usage", "hostName", "ipAddress", "location", "vdiHostName", "vdiIpAddress",
      "securityProduct", "remarks"]
for i, t in enumerate(TERMS):
    r = t0 + 3 + i
    ws.cell(row=r, column=2, value=f"No.{i + 1}")
    for j, k in enumerate(tk):
        if k in t:
            ws.cell(row=r, column=3 + j, value=t[k])
    box(ws, f"B{r}:K{r}")

# ---- floor plan sheet
img = Image.new("RGB", (820, 520), "white")
dr = ImageDraw.Draw(img)
f = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 17, index=0)
s = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 13, index=0)
dr.text((15, 8), "みなと記念病院 本館 フロア図（1F・2F）", fill="black", font=f)
for (x0, y0, x1, y1), n in [((15, 45, 400, 500), "1F"), ((420, 45, 805, 500), "2F")]:
    dr.rectangle((x0, y0, x1, y1), outline="black", width=3)
    dr.text((x0 + 8, y0 + 6), n, fill="black", font=f)
for (x0, y0, x1, y1), n in [((25, 80, 200, 220), "放射線科 読影室"), ((200, 80, 390, 220), "MRI操作室"),
                            ((25, 220, 200, 360), "医事課"), ((200, 220, 390, 360), "CT室"),
                            ((430, 80, 620, 220), "サーバー室"), ((620, 80, 795, 220), "外来診察室1"),
                            ((430, 220, 795, 360), "リハビリテーション室")]:
    dr.rectangle((x0, y0, x1, y1), outline="gray", width=2)
    dr.text((x0 + 6, y0 + 6), n, fill="black", font=s)
for (x, y), t in [((520, 170), "回線1 ONU・FortiGate 40F"), ((300, 300), "回線2 ONU・RTX830"),
                  ((300, 170), "回線3 ONU・C1111"), ((700, 170), "No.1"), ((100, 300), "No.3"),
                  ((100, 170), "No.4"), ((600, 300), "No.5")]:
    dr.ellipse((x - 7, y - 7, x + 7, y + 7), fill="blue")
    dr.rectangle((x + 10, y - 26, x + 10 + 13 * len(t) * 0.8, y - 6), fill="lightyellow", outline="blue")
    dr.text((x + 12, y - 26), t, fill="blue", font=s)
img.save(PNG)
wf = wb.create_sheet("設置場所（平面図）")
wf["A1"] = "設置場所：フロア図に回線終端装置・調査端末の位置を記入（No.2 は3F病棟、3F図は省略）"
pic = XLImage(PNG)
pic.width, pic.height = 656, 416
wf.add_image(pic, "A3")

# ---- save, then re-save with LibreOffice
tmpd = tempfile.mkdtemp(prefix="lds44b-")
raw = os.path.join(tmpd, NAME + ".xlsx")
wb.save(raw)
outd = os.path.join(tmpd, "out")
os.makedirs(outd)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outd, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outd, NAME + ".xlsx"), XLSX)

colL = {0: "D", 1: "E", 2: "F"}
expected = {
    "form": "line-device-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "basicInfo": {
            "consent": "同意する",
            "facilityName": "社会医療法人 港南会 みなと記念病院",
            "facilityNameKana": "しゃかいいりょうほうじん こうなんかい みなときねんびょういん",
            "postalCode": "760-0011",
            "address": "香川県高松市浜ノ町8番24号",
            "addressKana": "かがわけんたかまつしはまのちょう8ばん24ごう",
            "building": "港南メディカルセンタービル",
            "buildingKana": "こうなんめでぃかるせんたーびる",
            "beds": 88,
            "confirmerName": "香西 由美子",
        },
        "contacts": [dict(department=d, name=n, phoneNumber=p, email=m) for d, n, p, m in contacts],
        "lines": LINES,
        "terminals": TERMS,
        "floorPlan": {"image": True},
    },
    "planted": [
        {"cells": [f"{SHEET}!E{rows['globalIpAddress']}", f"{SHEET}!E{rows['ipAssignment']}"],
         "paths": ["lines[1].globalIpAddress"],
         "why": "回線2 is 固定IP (with 脆弱性診断 requested) but the グローバルIPアドレス given is the private "
                "address 192.168.100.1 (the router's LAN side), not a public IPv4 address"},
        {"cells": [f"{SHEET}!F{rows['vulnerabilityScan']}", f"{SHEET}!F{rows['communicationType']}"],
         "paths": ["lines[2].vulnerabilityScan"],
         "why": "回線3 is 閉域網 with グローバルIP利用 無, yet 脆弱性診断 is requested (あり); lines on a closed "
                "network are out of scope for the vulnerability scan (閉域網に接続された回線は対象外)"},
    ],
    "notes": ("One sheet holds basic info (「項目：値」 in one cell; 病床数 written as text '88床'), contacts, the line "
              "table TRANSPOSED (rows = items, column C = 記入例 which must be ignored, D/E/F = 回線1..3) and the "
              "terminal table (row with 記入例 ignored). Synonyms in the line table: 調査希望 'あり'/'なし' mean "
              "調査希望あり/調査希望なし; 有/無 mean あり/なし; 固定 means 固定IP. 回線3 (閉域網) has 固定IP/動的IP and "
              "address blank (not applicable). 設置場所 lines contain line breaks. Re-saved by LibreOffice. "
              "No password list in the workbook."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(expected, fh, ensure_ascii=False, indent=2)
shutil.rmtree(tmpd)
print("wrote", XLSX, rows["globalIpAddress"], rows["vulnerabilityScan"])
