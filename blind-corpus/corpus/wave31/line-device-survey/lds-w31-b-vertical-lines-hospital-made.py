# Generator for lds-w31-b-vertical-lines-hospital-made.xlsx (blind test workbook, wave 31)
# Role: a hospital's IT person who rebuilt 別紙2-1 in their own workbook: 項目：値 cells, the line table turned
# vertical (one column per 回線), ports on their own sheet; saved by openpyxl then re-saved by LibreOffice.
# Run: PYTHONPATH=/tmp/w31lib /usr/bin/python3 lds-w31-b-vertical-lines-hospital-made.py
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, "/tmp/w31lib")
from openpyxl import Workbook
from openpyxl.drawing.image import Image as XLImage
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w31-b-vertical-lines-hospital-made"
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GRAY = PatternFill("solid", fgColor="D9D9D9")
GREEN = PatternFill("solid", fgColor="E2EFDA")
WRAP = Alignment(wrap_text=True, vertical="top")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)

S_BASIC = "基本情報"
S_LINE = "回線情報"
S_PORT = "ポート情報"
S_TERM = "調査端末"
S_PLACE = "設置場所"
S_PW = "アカウント(ログインID)・パスワードリスト"


def put(ws, ref, v, fill=None, align=WRAP, box=True, bold=False):
    c = ws[ref]
    c.value = v
    c.alignment = align
    if fill:
        c.fill = fill
    if box:
        c.border = BOX
    if bold:
        c.font = Font(bold=True)
    return c


wb = Workbook()

# ------------------------------------------------------------------ 基本情報 (label and value in one cell)
ws = wb.active
ws.title = S_BASIC
ws.column_dimensions["A"].width = 3
ws.column_dimensions["B"].width = 70
put(ws, "B1", "別紙2-1 医療機関記入依頼書（回線・機器情報等記入）　基本情報", box=False, bold=True)
put(ws, "B2", "※事務局様式の内容を院内用に転記しています（情報管理課）", box=False)
basic_rows = [
    "本施策の同意確認：同意する",
    "医療機関名：社会医療法人潮見会 潮見中央病院",
    "医療機関名（かな）：しゃかいいりょうほうじんしおみかい しおみちゅうおうびょういん",
    "郵便番号：〒790-0003",
    "住所：愛媛県松山市三番町七丁目2番5号",
    "住所（かな）：えひめけんまつやましさんばんちょうななちょうめ2ばん5ごう",
    "ビル名：潮見メディカルタワー",
    "ビル名（かな）：しおみめでぃかるたわー",
    "病床数：120床",
]
for i, t in enumerate(basic_rows):
    put(ws, f"B{4 + i}", t)
put(ws, "B14", "担当者", box=False, bold=True)
for col, h in zip("BCDE", ["所属・役職", "氏名", "電話番号", "メールアドレス"]):
    put(ws, f"{col}15", h, GRAY, CEN)
ws.column_dimensions["C"].width = 16
ws.column_dimensions["D"].width = 18
ws.column_dimensions["E"].width = 28
contacts_cells = [
    ("情報管理課 係長", "村上 由紀子", "089-941-5520", "murakami@shiomi-hp.jp"),
    ("情報管理課", "渡部 翔太", "０８９-９４１-５５２０", "watanabe@shiomi-hp.jp"),
]
for i, row in enumerate(contacts_cells):
    for col, v in zip("BCDE", row):
        put(ws, f"{col}{16 + i}", v)
put(ws, "B20", "確認者名：村上 由紀子")

# ------------------------------------------------------------------ 回線情報 (vertical: one column per line)
wl = wb.create_sheet(S_LINE)
put(wl, "A1", "回線・機器情報（電子カルテ系ネットワークに接続する回線）　※(*)必須", box=False, bold=True)
wl.column_dimensions["A"].width = 12
wl.column_dimensions["B"].width = 30
for col in "CDEF":
    wl.column_dimensions[col].width = 30
put(wl, "A3", "区分", GRAY, CEN)
put(wl, "B3", "項目", GRAY, CEN)
for i, col in enumerate("CDEF"):
    put(wl, f"{col}3", f"回線{i + 1}", GRAY, CEN)
ITEMS = [  # (group, label, key)
    ("調査希望", "技術バージョン確認(*)", "versionCheck"),
    ("調査希望", "脆弱性診断(*)", "vulnerabilityScan"),
    ("回線", "電子カルテ系NWとの接続(*)", "ehrConnection"),
    ("回線", "用途・システム名(*)", "purpose"),
    ("回線", "回線の種類", "lineKind"),
    ("回線", "回線名", "lineName"),
    ("回線", "通信形態(*)", "communicationType"),
    ("回線", "グローバルIP利用(*)", "globalIpUse"),
    ("回線", "固定IP/動的IP(*)", "ipAssignment"),
    ("回線", "グローバルIPアドレス(*)", "globalIpAddress"),
    ("診断当日記入", "グローバルIP確認", "diagnosisDayCheck"),
    ("診断当日記入", "グローバルIPアドレス", "diagnosisDayAddress"),
    ("回線", "FQDN", "fqdn"),
    ("プロバイダ", "プロバイダ名", "provider"),
    ("プロバイダ", "プロバイダ品目", "providerService"),
    ("回線契約", "回線事業者", "carrier"),
    ("回線契約", "回線サービス名", "carrierService"),
    ("回線契約", "回線ID", "lineId"),
    ("回線契約", "回線終端装置設置場所(*)", "terminationLocation"),
    ("装置(ルータ/UTM)", "メーカー", "deviceMaker"),
    ("装置(ルータ/UTM)", "機種名", "deviceModel"),
    ("装置(ルータ/UTM)", "ファームウェア", "firmwareVersion"),
]
# what is written in the cells (hospital habits: 希望あり/有/無/固定/動的)
written = [
    {"versionCheck": "希望あり", "vulnerabilityScan": "希望あり", "ehrConnection": "有",
     "purpose": "電子カルテ（ベンダリモート保守）", "lineKind": "光回線", "lineName": "電カル保守回線",
     "communicationType": "インターネットVPN", "globalIpUse": "有", "ipAssignment": "固定",
     "globalIpAddress": "219.117.198.33", "diagnosisDayCheck": "入力不要", "provider": "OCN",
     "providerService": "OCN光 with フレッツ 固定IP1", "carrier": "NTT西日本",
     "carrierService": "フレッツ 光ネクスト ビジネスタイプ", "lineId": "COP1122334455",
     "terminationLocation": "本館3F 電算室 ラック1（最上段）", "deviceMaker": "Cisco",
     "deviceModel": "C1111-4P", "firmwareVersion": "IOS XE 17.9.4a"},
    {"versionCheck": "希望あり", "vulnerabilityScan": "希望あり", "ehrConnection": "有",
     "purpose": "地域医療連携ネットワーク", "lineKind": "光回線（ケーブル）", "lineName": "地域連携回線",
     "communicationType": "インターネットVPN", "globalIpUse": "有", "ipAssignment": "固定",
     "globalIpAddress": "192.168.1.1", "diagnosisDayCheck": "入力不要", "provider": "愛媛CATV",
     "providerService": "ビジネス光 固定IPオプション", "carrier": "愛媛CATV",
     "carrierService": "ケーブル光ビジネス 1G", "lineId": "EC-20817345",
     "terminationLocation": "本館3F 電算室 ラック2", "deviceMaker": "ヤマハ", "deviceModel": "RTX830",
     "firmwareVersion": "Rev.15.02.29"},
    {"versionCheck": "希望あり", "vulnerabilityScan": "希望あり", "ehrConnection": "有",
     "purpose": "検体検査システム保守", "lineKind": "モバイル回線", "lineName": "検査保守用LTE",
     "communicationType": "インターネットVPN", "globalIpUse": "有", "ipAssignment": "動的",
     "globalIpAddress": "126.208.44.19", "provider": "SoftBank", "providerService": "法人データ通信プラン",
     "carrier": "ソフトバンク", "carrierService": "4G LTE データ通信", "lineId": "SB-8090-3371-22",
     "terminationLocation": "本館B1F 検査室 分析装置ラック横", "deviceMaker": "センチュリー・システムズ",
     "deviceModel": "FutureNet NXR-G110", "firmwareVersion": "V21.9.3"},
    {"versionCheck": "希望あり", "vulnerabilityScan": "希望なし", "ehrConnection": "有",
     "purpose": "医事会計（オンライン資格確認・オンライン請求）", "lineKind": "光回線", "lineName": "オン資回線",
     "communicationType": "閉域網", "globalIpUse": "無", "diagnosisDayCheck": "入力不要",
     "carrier": "NTT西日本", "carrierService": "フレッツ 光ネクスト（IP-VPN）", "lineId": "COP6677889900",
     "terminationLocation": "本館1F 医事課 カウンター裏", "deviceMaker": "ヤマハ", "deviceModel": "RTX830",
     "firmwareVersion": "Rev.15.02.26"},
]
CANON = {"希望あり": "調査希望あり", "希望なし": "調査希望なし", "有": "あり", "無": "なし",
         "固定": "固定IP", "動的": "動的IP"}
line_cells = {}
prev = None
start = 4
for r_off, (grp, label, key) in enumerate(ITEMS):
    r = 4 + r_off
    put(wl, f"B{r}", label, GREEN)
    if grp != prev:
        if prev is not None and r - 1 > start:
            wl.merge_cells(f"A{start}:A{r - 1}")
        put(wl, f"A{r}", grp, GREEN, CEN)
        start = r
        prev = grp
    else:
        wl[f"A{r}"].border = BOX
    for i, col in enumerate("CDEF"):
        put(wl, f"{col}{r}", written[i].get(key))
        line_cells[(i, key)] = f"{col}{r}"
last = 4 + len(ITEMS) - 1
wl.merge_cells(f"A{start}:A{last}")
put(wl, f"B{last + 2}", "※回線3（動的IP）は診断当日にIPを確認して再提出します", box=False)
wl.freeze_panes = "C4"

# ------------------------------------------------------------------ ポート情報
wp = wb.create_sheet(S_PORT)
put(wp, "A1", "装置のポート情報（回線ごと）", box=False, bold=True)
PCOLS = [("line", "回線"), ("device", "装置"), ("port", "ポート"), ("deviceName", "機器名"),
         ("ipAddress", "IPアドレス"), ("portNumber", "ポート番号"), ("protocol", "プロトコル"),
         ("connectionStatus", "接続状況")]
for j, (k, h) in enumerate(PCOLS):
    col = "ABCDEFGH"[j]
    put(wp, f"{col}3", h, GRAY, CEN)
    wp.column_dimensions[col].width = [8, 20, 12, 22, 16, 11, 12, 12][j]
ports = [
    {"line": "回線1", "device": "C1111-4P", "port": "GE0/1/0", "deviceName": "電子カルテ系L3SW",
     "ipAddress": "10.10.0.1", "portNumber": 22, "protocol": "SSH", "connectionStatus": "接続あり"},
    {"line": "回線2", "device": "RTX830", "port": "LAN1", "deviceName": "地域連携ゲートウェイ",
     "ipAddress": "10.10.9.1", "portNumber": 443, "protocol": "HTTPS", "connectionStatus": "接続あり"},
    {"line": "回線3", "device": "NXR-G110", "port": "ethernet0", "deviceName": "検体検査サーバ",
     "ipAddress": "10.10.5.1", "portNumber": 22, "protocol": "SSH", "connectionStatus": "接続あり"},
]
for i, p in enumerate(ports):
    for j, (k, h) in enumerate(PCOLS):
        v = p[k]
        if k == "portNumber":
            v = str(v)  # number typed as text
        c = put(wp, f"{'ABCDEFGH'[j]}{4 + i}", v)
        if k == "portNumber":
            c.number_format = "@"

# ------------------------------------------------------------------ 調査端末
wt = wb.create_sheet(S_TERM)
put(wt, "A1", "調査端末（5台）", box=False, bold=True)
TCOLS = [("systemType", "システム種別(*)"), ("usage", "シングル利用(*)\n単体/仮想デスクトップ"),
         ("hostName", "端末ホスト名(*)"), ("ipAddress", "IPアドレス(*)"), ("location", "設置場所(*)"),
         ("vdiHostName", "VDI 端末ホスト名"), ("vdiIpAddress", "VDI IPアドレス"),
         ("securityProduct", "セキュリティ対策製品"), ("remarks", "備考")]
put(wt, "A3", "No.", GRAY, CEN)
for j, (k, h) in enumerate(TCOLS):
    col = "BCDEFGHIJ"[j]
    put(wt, f"{col}3", h, GRAY, CEN)
    wt.column_dimensions[col].width = [12, 16, 18, 18, 26, 16, 18, 22, 30][j]
wt.row_dimensions[3].height = 32
example = ["電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F ○○○室", "PCXXXX", "192.168.1.25/24",
           "Microsoft Defender", "端末操作可能時間：12:00-13:00"]
put(wt, "A4", "記入例")
for j, v in enumerate(example):
    put(wt, f"{'BCDEFGHIJ'[j]}4", v)
terminals = [
    {"systemType": "電子カルテ", "usage": "単体", "hostName": "SHIOMI-EMR-01", "ipAddress": "10.10.1.51/24",
     "location": "本館2F 外来 中央処置室", "securityProduct": "ESET Endpoint Security",
     "remarks": "操作可能時間 12:00～13:00\n当日朝に外来師長へ声かけ"},
    {"systemType": "電子カルテ", "usage": "単体", "hostName": "SHIOMI-EMR-14", "ipAddress": "10.10.1.64/24",
     "location": "本館4F 病棟 ナースステーション", "securityProduct": "ESET Endpoint Security"},
    {"systemType": "医事会計", "usage": "単体", "hostName": "SHIOMI-IJI-02", "ipAddress": "10.10.2.12/24",
     "location": "本館1F 医事課", "securityProduct": "Microsoft Defender"},
    {"systemType": "検体検査", "usage": "単体", "hostName": "SHIOMI-LAB-01", "ipAddress": "10.10.5.21/24",
     "location": "本館B1F 検査室", "securityProduct": "Microsoft Defender"},
    {"systemType": "放射線（RIS）", "usage": "仮想デスクトップ", "hostName": "SHIOMI-TC-RIS01",
     "ipAddress": "10.10.3.31/24", "location": "本館1F 放射線科 受付", "vdiHostName": "RIS-VDI-07",
     "vdiIpAddress": "10.20.3.107/24", "securityProduct": "Trend Micro Apex One"},
]
for i, t in enumerate(terminals):
    r = 5 + i
    put(wt, f"A{r}", i + 1, align=CEN)
    for j, (k, h) in enumerate(TCOLS):
        put(wt, f"{'BCDEFGHIJ'[j]}{r}", t.get(k))
wt.row_dimensions[5].height = 32

# ------------------------------------------------------------------ 設置場所 (floor plan picture + typed callouts)
wf = wb.create_sheet(S_PLACE)
put(wf, "A1", "設置場所（フロア図）", box=False, bold=True)
img = Image.new("RGB", (820, 560), (250, 250, 245))
d = ImageDraw.Draw(img)
f = ImageFont.truetype(FONT, 15, index=0)
fb = ImageFont.truetype(FONT, 20, index=0)
d.text((15, 8), "潮見中央病院 フロア図（B1F・1F・2F・3F・4F 関係箇所）", fill="black", font=fb)
floors = [("4F", ["病棟 ナースステーション", "病室", "病室"]), ("3F", ["電算室", "会議室", "医局"]),
          ("2F", ["外来 中央処置室", "診察室", "待合"]), ("1F", ["医事課", "放射線科 受付", "CT室"]),
          ("B1F", ["検査室", "機械室", "倉庫"])]
y = 45
for fl, rooms in floors:
    d.text((15, y + 30), fl, fill="black", font=fb)
    x = 70
    for rm in rooms:
        d.rectangle((x, y, x + 240, y + 95), outline="black", width=2)
        d.text((x + 8, y + 6), rm, fill="black", font=f)
        x += 245
    y += 100
pins = [(190, 190, "回線1/2"), (190, 380, "回線4"), (190, 480, "回線3"), (190, 90, "端2"),
        (190, 290, "端1"), (90, 410, "端3"), (430, 390, "端5"), (90, 510, "端4")]
for px, py, t in pins:
    d.rounded_rectangle((px - 4, py - 4, px + 70, py + 20), radius=5, outline="red", width=2, fill="white")
    d.text((px, py - 2), t, fill="red", font=f)
buf = io.BytesIO()
img.save(buf, format="PNG")
buf.seek(0)
xi = XLImage(buf)
xi.anchor = "A3"
wf.add_image(xi)
wf.column_dimensions["M"].width = 50
put(wf, "M3", "吹き出し一覧", GRAY, bold=True)
callouts = ["回線1 ONU：本館3F 電算室 ラック1（最上段）", "回線2 ONU：本館3F 電算室 ラック2",
            "回線3 LTEルータ：本館B1F 検査室 分析装置ラック横", "回線4 ONU：本館1F 医事課 カウンター裏",
            "端末1 SHIOMI-EMR-01：2F 外来 中央処置室", "端末2 SHIOMI-EMR-14：4F ナースステーション",
            "端末3 SHIOMI-IJI-02：1F 医事課", "端末4 SHIOMI-LAB-01：B1F 検査室",
            "端末5 SHIOMI-TC-RIS01：1F 放射線科 受付"]
for i, t in enumerate(callouts):
    put(wf, f"M{4 + i}", t)

# ------------------------------------------------------------------ password list, filled in (planted: 提出不要)
wpw = wb.create_sheet(S_PW)
put(wpw, "A1", "アカウント(ログインID)・パスワードリスト　※提出不要", box=False, bold=True)
put(wpw, "A3", "■調査① インターネット回線/ONUに紐づく装置(ルータ/UTM/FW)", box=False, bold=True)
for j, h in enumerate(["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"]):
    col = "ABCDEF"[j]
    put(wpw, f"{col}4", h, GRAY, CEN)
    wpw.column_dimensions[col].width = [8, 22, 20, 20, 18, 24][j]
pw_dev = [("回線1", "Cisco", "C1111-4P", "admin", "Sh1omi#Rt01", "En@ble-2019"),
          ("回線2", "ヤマハ", "RTX830", "shiomi", "Ctv!rtx830", ""),
          ("回線3", "センチュリー・システムズ", "FutureNet NXR-G110", "admin", "nxr-Lab2022", ""),
          ("回線4", "ヤマハ", "RTX830", "onshi", "Ons#2023rtx", "")]
for i, row in enumerate(pw_dev):
    for j, v in enumerate(row):
        put(wpw, f"{'ABCDEF'[j]}{5 + i}", v if v != "" else None)
put(wpw, "A11", "■調査端末", box=False, bold=True)
for j, h in enumerate(["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"]):
    put(wpw, f"{'ABCDE'[j]}12", h, GRAY, CEN)
pw_term = [("端末1", "SHIOMI-EMR-01", "10.10.1.51/24", "emruser", "Gairai!0101"),
           ("端末2", "SHIOMI-EMR-14", "10.10.1.64/24", "emruser", "Byoto4F!14"),
           ("端末3", "SHIOMI-IJI-02", "10.10.2.12/24", "iji02", "Iji#2024"),
           ("端末4", "SHIOMI-LAB-01", "10.10.5.21/24", "labadmin", "Lab$B1F21"),
           ("端末5", "SHIOMI-TC-RIS01", "10.10.3.31/24", "rismgr", "Ris-vdi07!")]
for i, row in enumerate(pw_term):
    for j, v in enumerate(row):
        put(wpw, f"{'ABCDE'[j]}{13 + i}", v)

wb.active = 0
tmpdir = tempfile.mkdtemp(prefix="lds-b-")
raw = os.path.join(tmpdir, NAME + ".xlsx")
wb.save(raw)
outdir = os.path.join(tmpdir, "lo")
os.makedirs(outdir)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME + ".xlsx"), os.path.join(HERE, NAME + ".xlsx"))
shutil.rmtree(tmpdir)

# ------------------------------------------------------------------ expected
lines = [{k: CANON.get(v, v) for k, v in w.items()} for w in written]
values = {
    "basicInfo": {
        "consent": "同意する",
        "facilityName": "社会医療法人潮見会 潮見中央病院",
        "facilityNameKana": "しゃかいいりょうほうじんしおみかい しおみちゅうおうびょういん",
        "postalCode": "790-0003",
        "address": "愛媛県松山市三番町七丁目2番5号",
        "addressKana": "えひめけんまつやましさんばんちょうななちょうめ2ばん5ごう",
        "building": "潮見メディカルタワー",
        "buildingKana": "しおみめでぃかるたわー",
        "beds": 120,
        "confirmerName": "村上 由紀子",
    },
    "contacts": [
        {"department": "情報管理課 係長", "name": "村上 由紀子", "phoneNumber": "089-941-5520",
         "email": "murakami@shiomi-hp.jp"},
        {"department": "情報管理課", "name": "渡部 翔太", "phoneNumber": "089-941-5520",
         "email": "watanabe@shiomi-hp.jp"},
    ],
    "lines": lines,
    "ports": ports,
    "terminals": terminals,
    "floorPlan": {"image": True},
}
pw_cells = [f"{S_PW}!E{5 + i}" for i in range(4)] + [f"{S_PW}!F5"] + [f"{S_PW}!E{13 + i}" for i in range(5)]
expected = {
    "form": "line-device-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": values,
    "planted": [
        {"cells": [f"{S_LINE}!{line_cells[(1, 'globalIpAddress')]}"], "paths": ["lines[1].globalIpAddress"],
         "why": "回線2 is 固定IP but the グローバルIPアドレス is the private LAN address 192.168.1.1 "
                "(固定IP needs a public IPv4 address)"},
        {"cells": pw_cells, "paths": ["credentials"],
         "why": "the アカウント(ログインID)・パスワードリスト (提出不要) was left in the workbook with passwords "
                "filled in; it must never be submitted"},
    ],
    "notes": ("Hospital-made layout: 基本情報 as 項目：値 in one cell (B4:B12, B20); the line table is vertical "
              "(rows = items, columns C:F = 回線1..回線4). Written synonyms: 希望あり/希望なし = 調査希望あり/なし, "
              "有/無 = あり/なし, 固定/動的 = 固定IP/動的IP. 病床数 written '120床'. Contact 2 phone typed with "
              "full-width digits. Port numbers typed as text. 回線3 is 動的IP and the file is the pre-diagnosis "
              "submission, so its 当日 columns are empty (not a problem). 回線4 (閉域網, グローバルIP 無) has no "
              "固定/動的 or address: not applicable. 調査端末!A4 is a 記入例 row (not data). Callouts on 設置場所 "
              "are typed text in M4:M12. Saved by openpyxl then re-saved by LibreOffice."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(expected, fh, ensure_ascii=False, indent=2)
print("ok", line_cells[(1, "globalIpAddress")])
