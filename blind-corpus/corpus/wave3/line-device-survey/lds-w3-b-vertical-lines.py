#!/usr/bin/python3
# Generator for lds-w3-b-vertical-lines.xlsx
# Role: the 医事課 staff member of a 148-bed Ehime hospital who re-drew 別紙2-1 in his own style: a questionnaire
# sheet for basic info (kana rows, ○ beside the chosen option), a transposed line table (one column per line,
# ○/× and 有/無 answers, one IP typed in full-width digits), device port blocks per device, terminals, floor
# plan and (wrongly) a filled password list. Re-saved with LibreOffice.
# Planted: 固定IP with a private address (回線2); 脆弱性診断 requested on a 閉域網 line without global IP (回線3);
# the password list (提出不要) carries a filled-in password.
import json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w3-b-vertical-lines"
TMP = tempfile.mkdtemp()
PNG = os.path.join(TMP, "floor.png")
RAW = os.path.join(TMP, NAME + ".xlsx")

thin = Side(style="thin"); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GRAY = PatternFill("solid", fgColor="E7E6E6"); YEL = PatternFill("solid", fgColor="FFF2CC")
WRAP = Alignment(wrap_text=True, vertical="top")
FW = str.maketrans("0123456789.-", "０１２３４５６７８９．－")

basic = {
    "consent": "同意する",
    "facilityName": "医療法人 潮風会 松山みなと病院",
    "facilityNameKana": "いりょうほうじん しおかぜかい まつやまみなとびょういん",
    "postalCode": "791-8064",
    "address": "愛媛県松山市港山町3丁目8-12",
    "addressKana": "えひめけんまつやましみなとやままち3ちょうめ8-12",
    "building": "みなとメディカルビル",
    "buildingKana": "みなとめでぃかるびる",
    "beds": 148,
    "confirmerName": "渡部 修",
}
contacts = [
    {"department": "事務部 医事課 主任", "name": "渡部 修", "phoneNumber": "089-951-3321",
     "email": "o-watanabe@matsuyama-minato.example.jp"},
    {"department": "看護部 副看護部長", "name": "越智 由香", "phoneNumber": "090-4781-2650",
     "email": "y-ochi@matsuyama-minato.example.jp"},
]
lines = [
    dict(lineName="電子カルテ保守回線", lineKind="光回線", versionCheck="調査希望あり", vulnerabilityScan="調査希望あり",
         ehrConnection="あり", purpose="電子カルテ", communicationType="インターネットVPN", globalIpUse="あり",
         ipAssignment="固定IP", globalIpAddress="60.37.114.203", diagnosisDayCheck="入力不要",
         provider="OCN", providerService="OCN 光 IPoE 固定IP", carrier="NTT西日本", carrierService="フレッツ 光クロス",
         lineId="CAF7781205", terminationLocation="本館2F 電算室 ラックA", deviceMaker="YAMAHA",
         deviceModel="RTX1210", firmwareVersion="Rev.14.01.42"),
    dict(lineName="医事会計保守回線", lineKind="光回線", versionCheck="調査希望あり", vulnerabilityScan="調査希望あり",
         ehrConnection="あり", purpose="医事会計システム", communicationType="インターネットVPN", globalIpUse="あり",
         ipAssignment="固定IP", globalIpAddress="10.20.1.254", diagnosisDayCheck="入力不要",
         provider="So-net", providerService="So-net 光 プラス 固定IP", carrier="NTT西日本",
         carrierService="フレッツ 光ネクスト", lineId="CAF7781344", terminationLocation="本館1F 医事課奥 保守棚",
         deviceMaker="Fortinet", deviceModel="FortiGate 40F", firmwareVersion="v7.0.15"),
    dict(lineName="地域医療連携ネットワーク回線", lineKind="光回線（閉域）", versionCheck="調査希望なし",
         vulnerabilityScan="調査希望あり", ehrConnection="あり", purpose="地域医療連携", communicationType="閉域網",
         globalIpUse="なし", diagnosisDayCheck="入力不要", carrier="NTTコミュニケーションズ",
         carrierService="Arcstar Universal One", lineId="UNO-0045821", terminationLocation="本館2F 電算室 ラックB",
         deviceMaker="NEC", deviceModel="UNIVERGE IX2106", firmwareVersion="Ver.10.8.21"),
    dict(lineName="インターネット回線（院内Web・メール）", lineKind="光回線", versionCheck="調査希望あり",
         vulnerabilityScan="調査希望なし", ehrConnection="あり", purpose="インターネット閲覧・メール",
         communicationType="インターネット", globalIpUse="あり", ipAssignment="動的IP", globalIpAddress="118.155.37.90",
         diagnosisDayCheck="入力不要", provider="BIGLOBE", providerService="ビッグローブ光", carrier="NTT西日本",
         carrierService="フレッツ 光クロス", lineId="CAF7790021", terminationLocation="管理棟3F 事務室 書庫横",
         deviceMaker="NEC", deviceModel="UNIVERGE IX2215", firmwareVersion="Ver.10.7.18"),
]
ROWS = [  # (group, label, key, renderer)
    ("回線", "回線名", "lineName", None),
    ("回線", "回線の種類", "lineKind", None),
    ("調査希望\n（○：希望する／×：希望しない）", "技術バージョン確認 (*)", "versionCheck", "mark"),
    ("調査希望\n（○：希望する／×：希望しない）", "脆弱性診断 (*)", "vulnerabilityScan", "mark"),
    ("用途", "電子カルテシステムと接続するネットワークとの接続 (*)", "ehrConnection", "umu"),
    ("用途", "用途・システム名 (*)", "purpose", None),
    ("グローバルIP", "通信形態 (*)", "communicationType", None),
    ("グローバルIP", "グローバルIP利用 (*)", "globalIpUse", "umu"),
    ("グローバルIP", "固定IP/動的IP (*)", "ipAssignment", None),
    ("グローバルIP", "グローバルIPアドレス (*)", "globalIpAddress", None),
    ("脆弱性診断当日記入欄", "グローバルIP確認", "diagnosisDayCheck", None),
    ("脆弱性診断当日記入欄", "グローバルIPアドレス", "diagnosisDayAddress", None),
    ("グローバルIP", "FQDN", "fqdn", None),
    ("プロバイダ", "プロバイダ名", "provider", None),
    ("プロバイダ", "プロバイダ品目", "providerService", None),
    ("回線事業者", "回線事業者", "carrier", None),
    ("回線事業者", "回線サービス名", "carrierService", None),
    ("回線事業者", "回線ID", "lineId", None),
    ("回線終端装置", "回線終端装置設置場所 (*)", "terminationLocation", None),
    ("接続装置（ルータ/UTM/FW）", "メーカー", "deviceMaker", None),
    ("接続装置（ルータ/UTM/FW）", "機種名", "deviceModel", None),
    ("接続装置（ルータ/UTM/FW）", "ファームウェアバージョン", "firmwareVersion", None),
]
EXAMPLE = {"lineName": "○○保守回線", "lineKind": "光回線", "versionCheck": "○", "vulnerabilityScan": "○",
           "ehrConnection": "有", "purpose": "電子カルテ", "communicationType": "インターネットVPN", "globalIpUse": "有",
           "ipAssignment": "固定IP", "globalIpAddress": "121.119.249.222", "diagnosisDayCheck": "入力不要",
           "fqdn": "example.xxx", "provider": "NTT東日本", "providerService": "Bフレッツサービス",
           "terminationLocation": "3F サーバー室 1番ラック", "deviceMaker": "（メーカー）", "deviceModel": "（機種）"}
ports = [
    dict(line="回線1", device="YAMAHA RTX1210", port="LAN1", deviceName="EHR-SV01", ipAddress="192.168.100.2",
         portNumber=443, protocol="HTTPS", connectionStatus="接続あり"),
    dict(line="回線1", device="YAMAHA RTX1210", port="LAN2", deviceName="保守端末 MNT-PC01", ipAddress="192.168.100.250",
         portNumber=3389, protocol="RDP", connectionStatus="接続あり"),
    dict(line="回線2", device="Fortinet FortiGate 40F", port="internal1", deviceName="IJI-SV01", ipAddress="192.168.110.2",
         portNumber=1433, protocol="TCP（SQL Server）", connectionStatus="接続あり"),
    dict(line="回線2", device="Fortinet FortiGate 40F", port="internal2", deviceName="IJI-SV01", ipAddress="192.168.110.2",
         portNumber=22, protocol="SSH", connectionStatus="接続あり"),
    dict(line="回線3", device="NEC UNIVERGE IX2106", port="GE1", deviceName="CHIIKI-GW01", ipAddress="192.168.140.2",
         portNumber=443, protocol="HTTPS", connectionStatus="接続あり"),
    dict(line="回線4", device="NEC UNIVERGE IX2215", port="GE1", deviceName="PROXY01", ipAddress="192.168.150.2",
         portNumber=8080, protocol="HTTP", connectionStatus="接続あり"),
    dict(line="回線4", device="NEC UNIVERGE IX2215", port="GE2", deviceName="MAIL-SV01", ipAddress="192.168.150.3",
         portNumber=25, protocol="SMTP", connectionStatus="接続なし"),
]
terminals = [
    dict(systemType="電子カルテ", usage="単体", hostName="MH-EHR-011", ipAddress="192.168.100.11/24",
         location="本館2F ナースステーション", securityProduct="Trend Micro Apex One", remarks="端末操作可能時間：12:00-13:00"),
    dict(systemType="電子カルテ", usage="単体", hostName="MH-EHR-057", ipAddress="192.168.100.57/24",
         location="本館3F 病棟詰所", securityProduct="Trend Micro Apex One"),
    dict(systemType="医事会計", usage="単体", hostName="MH-IJI-003", ipAddress="192.168.110.3/24",
         location="本館1F 医事課受付", securityProduct="ESET PROTECT",
         remarks="月初（1日～10日）はレセプト業務のため午後のみ可"),
    dict(systemType="画像（PACS）", usage="仮想デスクトップ", hostName="MH-TC-RAD1", ipAddress="192.168.120.21/24",
         location="本館1F 放射線科操作室", vdiHostName="MH-VDI-RAD01", vdiIpAddress="172.20.0.21/24",
         securityProduct="Microsoft Defender"),
    dict(systemType="リハビリ", usage="単体", hostName="MH-RH-002", ipAddress="192.168.130.2/24",
         location="別館1F リハビリ室", securityProduct="Microsoft Defender", remarks="立会い必須\n（リハ科主任に連絡）"),
]


def render(key, v, how, line_no):
    if v is None:
        return None
    if how == "mark":
        return "○" if v == "調査希望あり" else "×"
    if how == "umu":
        return "有" if v == "あり" else "無"
    if key == "globalIpAddress" and line_no == 0:
        return v.translate(FW)  # typed with the IME in full-width
    return v


wb = Workbook()
# ---------------------------------------------------------------- 基本情報 (questionnaire)
ws = wb.active; ws.title = "基本情報"
for col, w in zip("ABCDEF", [6, 30, 8, 22, 8, 22]):
    ws.column_dimensions[col].width = w
ws["A1"] = "別紙2-1 医療機関記入依頼書（回線・機器情報等記入）"; ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "【基本情報】 事務局提出用　※該当する選択肢の左の欄に○を付けてください。"
ws["A4"] = "No."; ws["B4"] = "項目"; ws["C4"] = "記入欄"; ws.merge_cells("C4:F4")
for c in ws[4]:
    c.fill = GRAY; c.font = Font(bold=True)
r = 5
ws.cell(r, 1, "１"); ws.cell(r, 2, "本施策の同意確認\n（別紙7規約・別紙8注意事項を確認のうえ）")
ws.cell(r, 3, "○"); ws.cell(r, 4, "同意する"); ws.cell(r, 5, ""); ws.cell(r, 6, "同意しない")
ws.row_dimensions[r].height = 32; ws.cell(r, 2).alignment = WRAP
rows = [("２", "医療機関名", basic["facilityName"]), ("", "　（ふりがな）", basic["facilityNameKana"]),
        ("３", "郵便番号", "〒" + basic["postalCode"].translate(FW)),
        ("４", "住所", basic["address"]), ("", "　（ふりがな）", basic["addressKana"]),
        ("５", "ビル名", basic["building"]), ("", "　（ふりがな）", basic["buildingKana"]),
        ("６", "病床数（床）", str(basic["beds"]))]
for no, label, val in rows:
    r += 1
    ws.cell(r, 1, no); ws.cell(r, 2, label); ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=6)
    ws.cell(r, 3, val)
    if label.strip().startswith("（ふりがな）"):
        ws.cell(r, 2).font = Font(size=9); ws.cell(r, 3).font = Font(size=9)
r += 1
ws.cell(r, 1, "７"); ws.cell(r, 2, "担当者（4名まで）")
r += 1
# label-above blocks: per contact two label rows + value rows
for n in range(4):
    ws.cell(r, 2, f"担当者{n + 1}　所属・役職"); ws.cell(r, 4, "氏名"); ws.cell(r, 6, "電話番号")
    for col in (2, 4, 6):
        ws.cell(r, col).fill = GRAY; ws.cell(r, col).font = Font(size=9)
    ws.cell(r + 2, 4, "メールアドレス"); ws.cell(r + 2, 4).fill = GRAY; ws.cell(r + 2, 4).font = Font(size=9)
    if n < len(contacts):
        c = contacts[n]
        ws.cell(r + 1, 2, c["department"]); ws.cell(r + 1, 4, c["name"]); ws.cell(r + 1, 6, c["phoneNumber"])
        ws.merge_cells(start_row=r + 3, start_column=4, end_row=r + 3, end_column=6)
        ws.cell(r + 3, 4, c["email"])
    r += 4
r += 1
ws.cell(r, 1, "８"); ws.cell(r, 2, "申込内容の確認\n確認者名（フルネーム）"); ws.cell(r, 2).alignment = WRAP
ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=6); ws.cell(r, 3, basic["confirmerName"])
ws.row_dimensions[r].height = 30
for row in ws.iter_rows(min_row=4, max_row=r, min_col=1, max_col=6):
    for c in row:
        c.border = BOX

# ---------------------------------------------------------------- 回線情報（縦）
wl = wb.create_sheet("回線・機器情報（縦）")
wl["A1"] = "回線・機器情報記入シート（1列＝1回線。足りない場合は列を追加してください）"; wl["A1"].font = Font(bold=True, size=12)
wl["A2"] = "※閉域網に接続された回線は脆弱性診断の対象外です。"
wl["A3"] = "区分"; wl["B3"] = "項目"; wl["C3"] = "記入例"
for n in range(len(lines)):
    wl.cell(3, 4 + n, f"回線{n + 1}")
for c in wl[3]:
    c.fill = GRAY; c.font = Font(bold=True); c.border = BOX
prev = None; start = 4
for i, (grp, label, key, how) in enumerate(ROWS):
    rr = 4 + i
    if grp != prev:
        wl.cell(rr, 1, grp); prev = grp
    wl.cell(rr, 2, label)
    wl.cell(rr, 3, EXAMPLE.get(key)).font = Font(color="7F7F7F", italic=True)
    wl.cell(rr, 3).fill = GRAY
    for n, ln in enumerate(lines):
        v = render(key, ln.get(key), how, n)
        if v is not None:
            wl.cell(rr, 4 + n, v)
    for col in range(1, 4 + len(lines)):
        wl.cell(rr, col).border = BOX; wl.cell(rr, col).alignment = Alignment(wrap_text=True, vertical="center")
# merge the group cells of consecutive identical groups
i = 0
while i < len(ROWS):
    j = i
    while j + 1 < len(ROWS) and ROWS[j + 1][0] == ROWS[i][0]:
        j += 1
    if j > i:
        wl.merge_cells(start_row=4 + i, start_column=1, end_row=4 + j, end_column=1)
    i = j + 1
for col, w in zip("ABCDEFG", [18, 34, 18, 24, 24, 24, 24]):
    wl.column_dimensions[col].width = w
LINE_ROW = {key: 4 + i for i, (_, _, key, _) in enumerate(ROWS)}

# ---------------------------------------------------------------- 機器ポート情報 (blocks per device)
wd = wb.create_sheet("機器ポート情報")
wd["A1"] = "装置と接続する回線と機器の詳細（装置ごとに記入）"; wd["A1"].font = Font(bold=True, size=12)
r = 3
blocks = []
for p in ports:
    if not blocks or (blocks[-1][0], blocks[-1][1]) != (p["line"], p["device"]):
        blocks.append([p["line"], p["device"], []])
    blocks[-1][2].append(p)
port_cells = []
for line, device, rows_ in blocks:
    wd.cell(r, 1, "回線"); wd.cell(r, 2, line); wd.cell(r, 3, "装置"); wd.cell(r, 4, device)
    for col in range(1, 5):
        wd.cell(r, col).fill = YEL
    r += 1
    for i, h in enumerate(["ポート(*)", "機器名(*)", "IPアドレス(*)", "ポート番号(*)", "プロトコル(*)", "接続状況"]):
        wd.cell(r, 1 + i, h).fill = GRAY
    r += 1
    for p in rows_:
        for i, k in enumerate(["port", "deviceName", "ipAddress", "portNumber", "protocol", "connectionStatus"]):
            v = p[k]
            if k == "portNumber":
                v = str(v)  # typed as text
            wd.cell(r, 1 + i, v)
        r += 1
    r += 1
for col, w in zip("ABCDEF", [14, 22, 18, 22, 20, 12]):
    wd.column_dimensions[col].width = w

# ---------------------------------------------------------------- 調査端末
wt = wb.create_sheet("調査端末")
wt["A1"] = "調査端末情報（5台）"; wt["A1"].font = Font(bold=True, size=12)
heads = ["No.", "設置場所 (*)", "システム種別 (*)", "シングル利用 (*)\n単体／仮想デスクトップ", "端末ホスト名 (*)",
         "IPアドレス (*)\n(CIDR)", "VDI 端末ホスト名", "VDI IPアドレス", "セキュリティ対策製品", "備考"]
keys = [None, "location", "systemType", "usage", "hostName", "ipAddress", "vdiHostName", "vdiIpAddress",
        "securityProduct", "remarks"]
for i, h in enumerate(heads):
    c = wt.cell(3, 1 + i, h); c.fill = GRAY; c.alignment = Alignment(wrap_text=True); c.border = BOX
ex = ["記入例", "2F ○○室", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "", "", "Microsoft Defender", ""]
for i, v in enumerate(ex):
    c = wt.cell(4, 1 + i, v); c.font = Font(color="7F7F7F", italic=True); c.border = BOX
for n, t in enumerate(terminals):
    wt.cell(5 + n, 1, f"No.{n + 1}").border = BOX
    for i, k in enumerate(keys[1:], start=2):
        c = wt.cell(5 + n, i, t.get(k)); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical="top")
for col, w in zip("ABCDEFGHIJ", [8, 24, 14, 16, 14, 18, 16, 16, 22, 30]):
    wt.column_dimensions[col].width = w

# ---------------------------------------------------------------- 設置場所
wp = wb.create_sheet("設置場所")
wp["A1"] = "設置場所記入シート（フロア図）"; wp["A1"].font = Font(bold=True, size=12)
font = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 16)
im = Image.new("RGB", (820, 500), "white"); d = ImageDraw.Draw(im)
d.text((10, 5), "松山みなと病院 フロア図（本館1F/2F/3F・管理棟3F・別館1F）", fill="black", font=font)
for box, lab in [((10, 40, 400, 250), "本館1F 医事課・放射線科"), ((410, 40, 810, 250), "本館2F 電算室・NS"),
                 ((10, 260, 400, 490), "本館3F 病棟"), ((410, 260, 600, 490), "管理棟3F 事務室"),
                 ((610, 260, 810, 490), "別館1F リハビリ室")]:
    d.rectangle(box, outline="black", width=2); d.text((box[0] + 8, box[1] + 8), lab, fill="black", font=font)
im.save(PNG)
img = XLImage(PNG); img.width, img.height = 656, 400
wp.add_image(img, "A3")
callouts = ["回線1・回線3 ONU：本館2F 電算室 ラックA/B", "回線2 ONU：本館1F 医事課奥 保守棚", "回線4 ONU：管理棟3F 事務室",
            "端末No.1：本館2F NS / No.2：本館3F 病棟詰所", "端末No.3：本館1F 医事課 / No.4：放射線科操作室",
            "端末No.5：別館1F リハビリ室"]
wp["L3"] = "吹き出し（手入力）"
for i, t in enumerate(callouts):
    wp.cell(4 + i, 12, t)
wp.column_dimensions["L"].width = 52

# ---------------------------------------------------------------- password list (should not be submitted)
wa = wb.create_sheet("パスワードリスト")
wa["A1"] = "アカウント(ログインID)・パスワードリスト（提出不要）"
for i, h in enumerate(["", "メーカー", "機種名", "アカウント/ログインID", "パスワード"]):
    wa.cell(3, 1 + i, h).fill = GRAY
for n, ln in enumerate(lines):
    wa.cell(4 + n, 1, f"回線{n + 1}"); wa.cell(4 + n, 2, ln["deviceMaker"]); wa.cell(4 + n, 3, ln["deviceModel"])
wa["D4"] = "admin"
wa["E4"] = "Mnt#2024rtx"   # planted: a real-looking password left in the workbook
for col, w in zip("ABCDE", [10, 14, 18, 22, 18]):
    wa.column_dimensions[col].width = w

wb.save(RAW)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", HERE, RAW], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

col_of = lambda n: chr(ord("D") + n)
SH = "回線・機器情報（縦）"
expected = {
    "form": "line-device-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "basicInfo": basic, "contacts": contacts, "lines": lines, "ports": ports, "terminals": terminals,
        "floorPlan": {"image": True},
    },
    "planted": [
        {"cells": [f"{SH}!{col_of(1)}{LINE_ROW['globalIpAddress']}"], "paths": ["lines[1].globalIpAddress"],
         "why": "固定IP line whose グローバルIPアドレス is a private address (10.20.1.254), not a public IPv4 address"},
        {"cells": [f"{SH}!{col_of(2)}{LINE_ROW['vulnerabilityScan']}", f"{SH}!{col_of(2)}{LINE_ROW['communicationType']}",
                   f"{SH}!{col_of(2)}{LINE_ROW['globalIpUse']}"],
         "paths": ["lines[2].vulnerabilityScan"],
         "why": "脆弱性診断 調査希望あり on a 閉域網 line with グローバルIP利用 なし (閉域網の回線は脆弱性診断の対象外)"},
        {"cells": ["パスワードリスト!E4"], "paths": ["credentials"],
         "why": "the password list (提出不要) is in the workbook with a password filled in"},
    ],
    "notes": ("Re-saved by LibreOffice. Line table is transposed: one column per line (D=回線1 … G=回線4), column C is a "
              "correctly labelled 記入例 column. 調査希望 answered ○/× (=調査希望あり/なし), 接続 and グローバルIP利用 "
              "answered 有/無. 回線1's global IP is typed in full-width digits (６０．３７．１１４．２０３). Postal code "
              "typed full-width with 〒. 病床数 and port numbers are text cells. Consent is a ○ in the cell beside "
              "「同意する」. Contacts are in label-above blocks. 回線3 (閉域網) has no 固定IP/動的IP nor global IP on purpose. "
              "Port rows: line/device come from the yellow header of each block. Callouts are typed by hand. The "
              "password value is deliberately not repeated here."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok")
