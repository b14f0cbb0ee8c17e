#!/usr/bin/python3
"""Generator for lds-w25-b-transposed-lines-label-above.xlsx
Layout: a hospital IT section's own redraw of 別紙2-1. Basic info with labels ABOVE the values, consent
as a ○ mark beside 同意する / 同意しない, 確認者名 as 「label：value」 in one cell; the line table
TRANSPOSED (items down column B, 記入例 + 回線1..3 across), answers abbreviated (あり/なし, 有/無);
a small port table under it; terminals with a one-row header in a different column order; a floor-plan
PNG; and the account/password list sheet (提出不要) left in WITH passwords. Re-saved by LibreOffice.
Planted: 回線2 固定IP with a private address; password list with passwords filled in.
"""
import json, os, shutil, subprocess, tempfile
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

OUT = "/work/blind/wave25/line-device-survey"
NAME = "lds-w25-b-transposed-lines-label-above"

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
GRAY = PatternFill("solid", fgColor="D9D9D9")
YEL = PatternFill("solid", fgColor="FFF2CC")
WRAP = Alignment(wrap_text=True, vertical="top")

def grid(ws, rng, fill=None):
    for row in ws[rng]:
        for c in row:
            c.border = B
            c.alignment = WRAP
            if fill:
                c.fill = fill

wb = Workbook()
ws = wb.active
ws.title = "基本情報"
for col, w in zip("ABCDE", [3, 30, 36, 40, 14]):
    ws.column_dimensions[col].width = w
ws["B1"] = "医療機関記入依頼書（回線・機器情報等記入）　基本情報"
ws["B1"].font = Font(bold=True, size=14)
ws["B2"] = "医療法人 讃光会 まるがめ北病院　情報管理課 作成（提出用）"

ws["B4"] = "本施策の同意確認（別紙7 規約・別紙8 注意事項を確認のうえ、どちらかに○）"
ws["B4"].font = Font(bold=True)
ws["B5"] = "○"
ws["C5"] = "同意する"
ws["D5"] = "同意しない"
ws["B5"].alignment = Alignment(horizontal="right")
grid(ws, "B5:D5")

ws["B7"] = "医療機関名"
ws["C7"] = "医療機関名（かな）"
ws["B8"] = "医療法人 讃光会 まるがめ北病院"
ws["C8"] = "いりょうほうじん さんこうかい まるがめきたびょういん"
grid(ws, "B7:C7", GRAY); grid(ws, "B8:C8")

ws["B10"] = "郵便番号"
ws["C10"] = "住所"
ws["D10"] = "住所（かな）"
ws["B11"] = "〒763-0082"
ws["C11"] = "香川県丸亀市土器町東五丁目218番地 "          # trailing space (habit)
ws["D11"] = "かがわけんまるがめしどきちょうひがしごちょうめ218ばんち"
grid(ws, "B10:D10", GRAY); grid(ws, "B11:D11")

ws["B13"] = "ビル名（ある場合）"
ws["C13"] = "ビル名（かな）"
ws["D13"] = "病床数（許可病床）"
ws["D14"] = "１４８床"
grid(ws, "B13:D13", GRAY); grid(ws, "B14:D14")

ws["B16"] = "担当者（4名まで）"
ws["B16"].font = Font(bold=True)
for j, h in enumerate(["所属・役職", "氏名", "連絡先（電話）", "連絡先（メール）"], start=2):
    ws.cell(row=17, column=j, value=h)
ws.column_dimensions["E"].width = 32
contacts = [
    {"department": "情報管理課 課長", "name": "綾田 翔太", "phoneNumber": "0877-23-5111（内線301）",
     "email": "ayata@marugame-kita-hp.jp"},
    {"department": "情報管理課", "name": "大西 里奈", "phoneNumber": "0877-23-5111（内線302）",
     "email": "r.onishi@marugame-kita-hp.jp"},
    {"department": "事務部 医事課 主任", "name": "真鍋 剛", "phoneNumber": "0877-23-5120",
     "email": "manabe@marugame-kita-hp.jp"},
]
for i in range(4):
    r = 18 + i
    if i < len(contacts):
        c = contacts[i]
        for j, k in enumerate(["department", "name", "phoneNumber", "email"], start=2):
            ws.cell(row=r, column=j, value=c[k])
grid(ws, "B17:E17", GRAY); grid(ws, "B18:E21")

ws["B23"] = "申込内容の確認（記入内容に不備がないか確認のうえ、フルネームで署名）"
ws["B23"].font = Font(bold=True)
ws.merge_cells("B24:C24")
ws["B24"] = "確認者名（フルネーム）：綾田 翔太"
grid(ws, "B24:C24", YEL)

# ------------------------------------------------------------ lines, transposed
ls = wb.create_sheet("回線・機器情報")
ls.column_dimensions["A"].width = 16
ls.column_dimensions["B"].width = 34
for col in "CDEF":
    ls.column_dimensions[col].width = 30
ls["A1"] = "回線・機器情報（電子カルテ系NWにつながる回線を1列1回線で記入）"
ls["A1"].font = Font(bold=True, size=13)
ls["A2"] = "(*)必須　※C列は記入例です（削除しないでください）"
rows = [
    ("調査希望", "技術バージョン確認 (*)（あり/なし）", "versionCheck"),
    ("調査希望", "脆弱性診断 (*)（あり/なし）", "vulnerabilityScan"),
    ("", "電子カルテ系NWとの接続 (*)（有/無）", "ehrConnection"),
    ("", "用途・システム名 (*)", "purpose"),
    ("回線情報", "回線の種類", "lineKind"),
    ("回線情報", "回線名", "lineName"),
    ("回線情報", "回線事業者", "carrier"),
    ("回線情報", "回線サービス名", "carrierService"),
    ("回線情報", "回線ID", "lineId"),
    ("グローバルIP", "通信形態 (*)", "communicationType"),
    ("グローバルIP", "グローバルIP利用 (*)（有/無）", "globalIpUse"),
    ("グローバルIP", "固定IP/動的IP (*)", "ipAssignment"),
    ("グローバルIP", "グローバルIPアドレス (*)", "globalIpAddress"),
    ("脆弱性診断当日記入欄", "グローバルIP確認", "diagnosisDayCheck"),
    ("脆弱性診断当日記入欄", "グローバルIPアドレス", "diagnosisDayAddress"),
    ("", "FQDN", "fqdn"),
    ("プロバイダ", "プロバイダ名", "provider"),
    ("プロバイダ", "プロバイダ品目", "providerService"),
    ("回線終端装置", "回線終端装置（ONU/モデム）設置場所 (*)", "terminationLocation"),
    ("ルータ/UTM/FW", "メーカー", "deviceMaker"),
    ("ルータ/UTM/FW", "機種名", "deviceModel"),
    ("ルータ/UTM/FW", "ファームウェアバージョン", "firmwareVersion"),
]
# as written in the cells (abbreviated answers)
written = {
    "versionCheck": {"調査希望あり": "あり", "調査希望なし": "なし"},
    "vulnerabilityScan": {"調査希望あり": "あり", "調査希望なし": "なし"},
    "ehrConnection": {"あり": "有", "なし": "無"},
    "globalIpUse": {"あり": "有", "なし": "無"},
}
example = {"versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり",
           "purpose": "電子カルテ", "lineKind": "光回線", "lineName": "○○保守回線", "carrier": "NTT西日本",
           "carrierService": "フレッツ光", "lineId": "CAFxxxxxxxx", "communicationType": "インターネットVPN",
           "globalIpUse": "あり", "ipAssignment": "固定IP", "globalIpAddress": "xxx.xxx.xxx.xxx",
           "diagnosisDayCheck": "入力不要", "fqdn": "example.xxx", "provider": "○○", "providerService": "固定IP1",
           "terminationLocation": "2F サーバー室A ラック", "deviceMaker": "○○社", "deviceModel": "XX-100",
           "firmwareVersion": "x.x.x"}
lines = [
    {"versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり",
     "purpose": "電子カルテ（リモート保守）", "lineKind": "光回線", "lineName": "電カル保守VPN回線",
     "carrier": "NTT西日本", "carrierService": "フレッツ 光クロス", "lineId": "CAF6120457",
     "communicationType": "インターネットVPN", "globalIpUse": "あり", "ipAssignment": "固定IP",
     "globalIpAddress": "118.238.201.77", "diagnosisDayCheck": "入力不要",
     "provider": "BIGLOBE", "providerService": "BIGLOBE光 固定IPオプション",
     "terminationLocation": "本館2F サーバー室 ラックA 下段",
     "deviceMaker": "ヤマハ", "deviceModel": "RTX1300", "firmwareVersion": "Rev.23.00.09"},
    {"versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり",
     "purpose": "地域医療連携（K-MIX R）", "lineKind": "光回線", "lineName": "地域連携用回線",
     "carrier": "STNet", "carrierService": "ピカラ光ビジネス", "lineId": "PK-03-774215",
     "communicationType": "インターネットVPN", "globalIpUse": "あり", "ipAssignment": "固定IP",
     "globalIpAddress": "192.168.1.1", "diagnosisDayCheck": "入力不要",
     "fqdn": "renkei.marugame-kita-hp.jp",
     "provider": "STNet", "providerService": "ピカラ光ビジネス 固定IP1",
     "terminationLocation": "本館1F 地域連携室 壁面キャビネット",
     "deviceMaker": "Fortinet", "deviceModel": "FortiGate 60F", "firmwareVersion": "v7.2.10"},
    {"versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望なし", "ehrConnection": "あり",
     "purpose": "CT装置リモート保守", "lineKind": "モバイル回線（LTE）", "lineName": "CT保守用閉域SIM（メーカー契約）",
     "carrier": "NTTドコモ", "carrierService": "ビジネスmoperaアクセスプレミアム",
     "communicationType": "閉域網", "globalIpUse": "なし", "diagnosisDayCheck": "入力不要",
     "terminationLocation": "本館1F 放射線科 CT操作室 機器ラック",
     "deviceMaker": "センチュリー・システムズ", "deviceModel": "FutureNet NXR-G110", "firmwareVersion": "V21.9.1"},
]
TOP = 4
ls.cell(row=TOP, column=1, value="区分")
ls.cell(row=TOP, column=2, value="項目")
ls.cell(row=TOP, column=3, value="記入例")
for i in range(len(lines)):
    ls.cell(row=TOP, column=4 + i, value=f"回線{i+1}")
cellref = {}
for r_i, (grp, label, key) in enumerate(rows):
    r = TOP + 1 + r_i
    ls.cell(row=r, column=1, value=grp)
    ls.cell(row=r, column=2, value=label)
    v = example.get(key)
    ls.cell(row=r, column=3, value=written.get(key, {}).get(v, v))
    for i, ln in enumerate(lines):
        v = ln.get(key)
        c = ls.cell(row=r, column=4 + i, value=written.get(key, {}).get(v, v))
        cellref[(i, key)] = c.coordinate
LAST = TOP + len(rows)
grid(ls, f"A{TOP}:F{LAST}")
grid(ls, f"A{TOP}:F{TOP}", GRAY)
grid(ls, f"C{TOP+1}:C{LAST}", PatternFill("solid", fgColor="EDEDED"))
ls.freeze_panes = "C5"

P0 = LAST + 3
ls.cell(row=P0, column=1, value="機器のポート情報（装置と接続する回線と機器の詳細）").font = Font(bold=True)
phdr = ["回線", "装置", "ポート (*)", "接続機器名 (*)", "IPアドレス (*)", "ポート番号 (*)", "プロトコル (*)", "接続状況"]
pkeys = ["line", "device", "port", "deviceName", "ipAddress", "portNumber", "protocol", "connectionStatus"]
for j, h in enumerate(phdr, start=1):
    ls.cell(row=P0 + 1, column=j, value=h)
ports = [
    {"line": "回線1", "device": "RTX1300", "port": "LAN1", "deviceName": "電子カルテAPサーバ",
     "ipAddress": "10.10.1.20", "portNumber": 443, "protocol": "HTTPS", "connectionStatus": "接続あり"},
    {"line": "回線2", "device": "FortiGate 60F", "port": "internal", "deviceName": "地域連携ゲートウェイ",
     "ipAddress": "10.10.5.10", "portNumber": 443, "protocol": "HTTPS", "connectionStatus": "接続あり"},
    {"line": "回線3", "device": "NXR-G110", "port": "ETH0", "deviceName": "CTコンソール",
     "ipAddress": "10.10.8.31", "portNumber": 22, "protocol": "SSH", "connectionStatus": "接続なし"},
]
for i, p in enumerate(ports):
    for j, k in enumerate(pkeys, start=1):
        v = p[k]
        if k == "portNumber":
            v = str(v)          # typed as text (habit)
        ls.cell(row=P0 + 2 + i, column=j, value=v)
grid(ls, f"A{P0+1}:H{P0+1+len(ports)}")
grid(ls, f"A{P0+1}:H{P0+1}", GRAY)

# ------------------------------------------------------------ terminals
ts = wb.create_sheet("調査端末")
ts["A1"] = "調査端末（PC）情報　※5台選定（電子カルテ1台＋主要部門システム）"
ts["A1"].font = Font(bold=True, size=13)
thdr = ["No.", "設置場所 (*)", "システム種別 (*)", "利用形態 (*)（単体／仮想デスクトップ）", "端末ホスト名 (*)",
        "IPアドレス (*)（CIDR）", "仮想デスクトップ ホスト名", "仮想デスクトップ IPアドレス",
        "セキュリティ対策製品（ウイルス対策/EDR）", "備考（操作可能時間など）"]
tkeys = [None, "location", "systemType", "usage", "hostName", "ipAddress", "vdiHostName", "vdiIpAddress",
         "securityProduct", "remarks"]
for j, h in enumerate(thdr, start=1):
    ts.cell(row=3, column=j, value=h)
    ts.column_dimensions[ts.cell(row=3, column=j).column_letter].width = 22
ex = ["記入例", "2F ○○室", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "", "", "Microsoft Defender",
      "端末操作可能時間：12:00-13:00"]
for j, v in enumerate(ex, start=1):
    ts.cell(row=4, column=j, value=v or None)
terminals = [
    {"location": "本館2F 内科外来 診察室1", "systemType": "電子カルテ", "usage": "単体", "hostName": "MKH-EMR-0201",
     "ipAddress": "10.10.2.101/24", "securityProduct": "Trend Micro Apex One",
     "remarks": "外来終了後（16:00以降）可"},
    {"location": "本館3F 3階病棟 スタッフステーション", "systemType": "電子カルテ", "usage": "仮想デスクトップ",
     "hostName": "MKH-TC-0305", "ipAddress": "10.10.3.105/24", "vdiHostName": "MKH-VDI-0305",
     "vdiIpAddress": "10.20.0.105/24", "securityProduct": "Trend Micro Apex One"},
    {"location": "本館1F 医事課", "systemType": "医事会計", "usage": "単体", "hostName": "MKH-IJI-0102",
     "ipAddress": "10.10.1.152/24", "securityProduct": "Microsoft Defender for Endpoint"},
    {"location": "本館1F 放射線科 読影室", "systemType": "PACS", "usage": "単体", "hostName": "MKH-PACS-VW01",
     "ipAddress": "10.10.8.61/24", "securityProduct": "Trend Micro Apex One",
     "remarks": "放射線科 立会い必須\n撮影の空き時間で調整"},
    {"location": "本館1F 薬剤部", "systemType": "薬剤", "usage": "単体", "hostName": "MKH-YAKU-0101",
     "ipAddress": "10.10.1.181/24", "securityProduct": "Microsoft Defender for Endpoint"},
]
for i, t in enumerate(terminals):
    r = 5 + i
    ts.cell(row=r, column=1, value=i + 1)
    for j, k in enumerate(tkeys[1:], start=2):
        ts.cell(row=r, column=j, value=t.get(k))
grid(ts, "A3:J9")
grid(ts, "A3:J3", GRAY)
grid(ts, "A4:J4", PatternFill("solid", fgColor="EDEDED"))

# ------------------------------------------------------------ floor plan
ps = wb.create_sheet("設置場所")
ps["A1"] = "設置場所（本館1F・2F・3F フロア図）　吹き出し位置に回線終端装置／調査端末を記載"
ps["A1"].font = Font(bold=True)
tmp = tempfile.mkdtemp()
png = os.path.join(tmp, "plan.png")
img = Image.new("RGB", (820, 620), (250, 250, 245))
d = ImageDraw.Draw(img)
try:
    font = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 17)
except Exception:
    font = ImageFont.load_default()
for k, (floor, rooms) in enumerate([
        ("1F", ["医事課", "地域連携室", "放射線科 CT操作室/読影室", "薬剤部"]),
        ("2F", ["サーバー室", "内科外来 診察室1", "検査室"]),
        ("3F", ["3階病棟 スタッフステーション", "病室"])]):
    y0 = 20 + k * 200
    d.rectangle([20, y0, 800, y0 + 180], outline="black", width=2)
    d.text((30, y0 + 5), floor, fill="black", font=font)
    w = 760 // len(rooms)
    for n, rn in enumerate(rooms):
        x0 = 30 + n * w
        d.rectangle([x0, y0 + 35, x0 + w - 10, y0 + 170], outline="gray")
        d.text((x0 + 6, y0 + 45), rn, fill="black", font=font)
img.save(png)
ps.add_image(XLImage(png), "A3")
for i, t in enumerate(["回線1 ONU → 本館2F サーバー室 ラックA 下段", "回線2 ONU → 本館1F 地域連携室 壁面キャビネット",
                       "回線3 LTEルータ → 本館1F 放射線科 CT操作室", "端末1 → 2F 内科外来 診察室1",
                       "端末2 → 3F スタッフステーション", "端末3 → 1F 医事課", "端末4 → 1F 放射線科 読影室",
                       "端末5 → 1F 薬剤部"]):
    ps.cell(row=3 + i, column=13, value=t)
ps.column_dimensions["M"].width = 44

# ------------------------------------------------------------ password list (提出不要, but left in and filled)
pw = wb.create_sheet("アカウント・パスワードリスト")
pw["A1"] = "アカウント(ログインID)・パスワードリスト　【提出不要】"
pw["A1"].font = Font(bold=True, color="FF0000")
pw["A3"] = "■調査① インターネット回線/ONUに紐づく装置(ルータ/UTM/FW)"
for j, h in enumerate(["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"], start=1):
    pw.cell(row=4, column=j, value=h)
# dummy, made-up credentials (never copied into the expected file)
dev_rows = [("回線1", "ヤマハ", "RTX1300", "admin", "Mkh#Rtx2024!", "Mkh#En2024"),
            ("回線2", "Fortinet", "FortiGate 60F", "admin", "Fg60f-Renkei#88", None),
            ("回線3", "センチュリー・システムズ", "FutureNet NXR-G110", "admin", "Nxr_Ct_7731", None)]
pw_cells = []
for i, row in enumerate(dev_rows):
    for j, v in enumerate(row, start=1):
        c = pw.cell(row=5 + i, column=j, value=v)
        if j in (5, 6) and v:
            pw_cells.append(c.coordinate)
pw["A10"] = "■調査端末(シンクライアント端末/FAT端末)"
for j, h in enumerate(["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"], start=1):
    pw.cell(row=11, column=j, value=h)
term_pw = ["Emr0201pc", "Tc0305!mkh", "Iji#0102", "Pacs-vw01", "Yaku0101$"]
for i, t in enumerate(terminals):
    pw.cell(row=12 + i, column=1, value=f"端末{i+1}")
    pw.cell(row=12 + i, column=2, value=t["hostName"])
    pw.cell(row=12 + i, column=3, value=t["ipAddress"])
    pw.cell(row=12 + i, column=4, value="localadmin")
    c = pw.cell(row=12 + i, column=5, value=term_pw[i])
    pw_cells.append(c.coordinate)
pw["A18"] = "備考(接続先情報など)"
for col in "ABCDEF":
    pw.column_dimensions[col].width = 22

tmpx = os.path.join(tmp, NAME + ".xlsx")
wb.save(tmpx)
# re-save with LibreOffice
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, tmpx], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.rmtree(tmp, ignore_errors=True)

# ------------------------------------------------------------ expected
line_vals = []
for ln in lines:
    line_vals.append({k: v for k, v in ln.items()})
expected = {
    "form": "line-device-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "basicInfo": {
            "consent": "同意する",
            "facilityName": "医療法人 讃光会 まるがめ北病院",
            "facilityNameKana": "いりょうほうじん さんこうかい まるがめきたびょういん",
            "postalCode": "763-0082",
            "address": "香川県丸亀市土器町東五丁目218番地",
            "addressKana": "かがわけんまるがめしどきちょうひがしごちょうめ218ばんち",
            "beds": 148,
            "confirmerName": "綾田 翔太",
        },
        "contacts": contacts,
        "lines": line_vals,
        "ports": ports,
        "terminals": terminals,
        "floorPlan": {"image": True},
    },
    "planted": [
        {"cells": ["回線・機器情報!" + cellref[(1, "globalIpAddress")]],
         "paths": ["lines[1].globalIpAddress"],
         "why": "回線2 is 固定IP with 脆弱性診断 requested, but the グローバルIPアドレス given is 192.168.1.1, a private "
                "(RFC 1918) address (the router's LAN side), not a public global address"},
        {"cells": ["アカウント・パスワードリスト!" + c for c in pw_cells],
         "paths": ["credentials"],
         "why": "the アカウント(ログインID)・パスワードリスト is 提出不要 but was left in the submitted workbook with the "
                "device and terminal passwords filled in"},
    ],
    "notes": ("Lines are laid out TRANSPOSED on sheet 回線・機器情報: items down column B, column C is the labelled "
              "記入例 (not data), columns D/E/F are 回線1/回線2/回線3. Choices are abbreviated: 調査希望 written as "
              "あり/なし under 技術バージョン確認/脆弱性診断 labels (canonical 調査希望あり/調査希望なし); 電子カルテ接続 and "
              "グローバルIP利用 written 有/無. 回線3 is a 閉域網 mobile line with グローバルIP利用 無: 固定IP/動的IP and "
              "グローバルIPアドレス left blank as not applicable. Consent is a ○ in the cell left of 同意する. "
              "郵便番号 written 〒763-0082; address cell has a trailing space; 病床数 is text １４８床 (full-width). "
              "確認者名 is label and value in one cell (確認者名（フルネーム）：綾田 翔太). No ビル名. Port numbers typed as "
              "text. Terminal 4 remarks has a line break. Phone numbers carry 内線 notes in brackets. "
              "The workbook was re-saved by LibreOffice. Password values are deliberately not reproduced here."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("done")
