# Generator for lds-w32-b-transposed-lines-own-sheets.xlsx
# Role: a small hospital's 医事課 staff member who rebuilt the 別紙2-1 in the hospital's own workbook:
# numbered sheet names, lines as a vertical (transposed) table with 記入例 as the first column, ports on a
# sheet of their own, terminal table with one row added below, ○/■ marks, "項目：値" cells, full-width digits.
# Planted: private address as 固定IP global address; a 6th terminal; the password list filled in.
# Run: PYTHONPATH=/tmp/lds-bv-py /usr/bin/python3 lds-w32-b-transposed-lines-own-sheets.py
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w32-b-transposed-lines-own-sheets"
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="E2EFDA")
EX = PatternFill("solid", fgColor="D9D9D9")
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def box(ws, rng, fill=None, align=WRAP, bold=False):
    for row in ws[rng]:
        for c in row:
            c.border = BOX
            c.alignment = align
            if fill:
                c.fill = fill
            if bold:
                c.font = Font(bold=True)


wb = Workbook()
# ------------------------------------------------------------------ 1_基本情報
ws = wb.active
ws.title = "1_基本情報"
ws.column_dimensions["A"].width = 4
ws.column_dimensions["B"].width = 20
ws.column_dimensions["C"].width = 34
ws.column_dimensions["D"].width = 16
ws.column_dimensions["E"].width = 34
ws["A1"] = "医療機関記入依頼書（回線・機器情報等）　基本情報"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "提出先：サイバーセキュリティ確保事業 事務局（ポータルへアップロード）"
ws["A4"] = "１．本施策の同意確認（別紙7 規約・別紙8 注意事項を確認のうえ選択）"
ws["A4"].font = Font(bold=True)
ws["B5"] = "■ 同意する　　□ 同意しない"
ws["A7"] = "２．医療機関情報"
ws["A7"].font = Font(bold=True)
rows = [
    ("医療機関名", "医療法人 瀬戸会 高松寿町記念病院"),
    ("（ふりがな）", "いりょうほうじん せとかい たかまつことぶきちょうきねんびょういん"),
    ("郵便番号", "〒760-0023"),
    ("住所", "香川県高松市寿町二丁目4番20号"),
    ("（ふりがな）", "かがわけんたかまつしことぶきちょうにちょうめ4ばん20ごう"),
    ("ビル名", "高松寿町メディカルビル 4F～6F"),
    ("（ふりがな）", "たかまつことぶきちょうめでぃかるびる"),
    ("病床数", "86床"),
]
for i, (k, v) in enumerate(rows):
    ws.cell(row=8 + i, column=2, value=k)
    ws.cell(row=8 + i, column=3, value=v)
    ws.merge_cells(start_row=8 + i, start_column=3, end_row=8 + i, end_column=5)
box(ws, "B8:E15")
for r in range(8, 16):
    ws.cell(row=r, column=2).fill = HEAD

ws["A17"] = "３．担当者（4名まで）"
ws["A17"].font = Font(bold=True)
for k, h in enumerate(["所属・役職", "氏名", "電話番号", "メールアドレス"]):
    ws.cell(row=18, column=2 + k, value=h)
box(ws, "B18:E18", HEAD, CENTER, True)
contacts_cells = [
    ("事務長", "三好 達也", "087-851-3377", "miyoshi@kotobuki-kinen.jp"),
    ("医事課 係長（情報担当兼務）", "森 彩花", "０８７-８５１-３３７７", "mori-a@kotobuki-kinen.jp"),
    ("㈱シコクメディカルシステムズ 電子カルテ保守SE", "岡田 誠", "087-811-6020", "okada@shikoku-medsys.co.jp"),
]
for i, c in enumerate(contacts_cells):
    for k, v in enumerate(c):
        ws.cell(row=19 + i, column=2 + k, value=v)
box(ws, "B19:E22")
ws["A24"] = "４．申込内容の確認"
ws["A24"].font = Font(bold=True)
ws["B25"] = "確認者名：森 彩花"
ws.merge_cells("B25:C25")
box(ws, "B25:C25")

# ------------------------------------------------------------------ 2_回線・機器（縦型）
wl = wb.create_sheet("2_回線・機器")
wl["A1"] = "回線・機器情報（1列＝1回線）　(*)必須"
wl["A1"].font = Font(bold=True, size=13)
items = [
    ("調査希望", "技術バージョン確認 (*)", "versionCheck"),
    ("調査希望", "脆弱性診断 (*)", "vulnerabilityScan"),
    ("", "電子カルテシステムと接続するネットワークとの接続 (*)", "ehrConnection"),
    ("", "用途・システム名 (*)", "purpose"),
    ("", "回線名", "lineName"),
    ("グローバルIP", "通信形態 (*)", "communicationType"),
    ("グローバルIP", "グローバルIP利用 (*)", "globalIpUse"),
    ("グローバルIP", "固定IP/動的IP (*)", "ipAssignment"),
    ("グローバルIP", "グローバルIPアドレス (*)", "globalIpAddress"),
    ("脆弱性診断当日記入欄", "グローバルIP確認", "diagnosisDayCheck"),
    ("脆弱性診断当日記入欄", "グローバルIPアドレス", "diagnosisDayAddress"),
    ("", "FQDN", "fqdn"),
    ("プロバイダ", "プロバイダ名", "provider"),
    ("プロバイダ", "プロバイダ品目", "providerService"),
    ("回線", "回線事業者", "carrier"),
    ("回線", "回線サービス名", "carrierService"),
    ("回線", "回線ID", "lineId"),
    ("", "回線終端装置設置場所 (*)", "terminationLocation"),
    ("ルータ/UTM/FW", "メーカー", "deviceMaker"),
    ("ルータ/UTM/FW", "機種名", "deviceModel"),
    ("ルータ/UTM/FW", "ファームウェアバージョン", "firmwareVersion"),
]
example = {"versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり",
           "purpose": "電子カルテ", "communicationType": "インターネットVPN", "globalIpUse": "あり",
           "ipAssignment": "固定IP", "globalIpAddress": "121.119.249.222", "diagnosisDayCheck": "入力不要",
           "fqdn": "example.xxx", "provider": "NTT東日本", "providerService": "Bフレッツサービス",
           "terminationLocation": "本部棟 3F サーバー室 -1番ラック 3U"}
lines = [
    {"versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり",
     "purpose": "電子カルテ（ベンダリモート保守）", "lineName": "カルテ保守用", "communicationType": "インターネットVPN",
     "globalIpUse": "あり", "ipAssignment": "固定IP", "globalIpAddress": "192.168.100.1",
     "diagnosisDayCheck": "入力不要", "provider": "OCN", "providerService": "OCN光 固定IP(1)",
     "carrier": "NTT西日本", "carrierService": "フレッツ 光ネクスト ビジネスタイプ", "lineId": "CAF5521093847",
     "terminationLocation": "4F 医事課奥 サーバラック", "deviceMaker": "ヤマハ", "deviceModel": "RTX830",
     "firmwareVersion": "Rev.15.02.30"},
    {"versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望なし", "ehrConnection": "あり",
     "purpose": "地域医療連携ネットワーク（K-MIX R）", "lineName": "地域連携", "communicationType": "閉域網",
     "globalIpUse": "なし", "carrier": "NTT西日本", "carrierService": "フレッツ・VPN ワイド",
     "lineId": "VPW-0031-7782", "terminationLocation": "4F 医事課奥 サーバラック",
     "deviceMaker": "NEC", "deviceModel": "UNIVERGE IX2106", "firmwareVersion": "Ver.10.2.16"},
    {"versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり",
     "purpose": "医事会計システム（クラウド連携）", "lineName": "事務用ネット", "communicationType": "インターネット",
     "globalIpUse": "あり", "ipAssignment": "動的IP", "provider": "So-net", "providerService": "So-net 光 プラス",
     "carrier": "NTT西日本", "carrierService": "フレッツ 光クロス", "lineId": "CAF7730264519",
     "terminationLocation": "5F 事務室 OA床下", "deviceMaker": "バッファロー", "deviceModel": "VR-S1000",
     "firmwareVersion": "Ver.1.57"},
]
wl["A3"] = "区分"; wl["B3"] = "項目"; wl["C3"] = "記入例"
for i in range(len(lines)):
    wl.cell(row=3, column=4 + i, value=f"回線{i + 1}")
wl.cell(row=3, column=4 + len(lines), value="回線4")
box(wl, "A3:G3", HEAD, CENTER, True)
wl["C3"].fill = EX
prev = None
start = None
spans = {}
for j, (grp, label, key) in enumerate(items):
    r = 4 + j
    wl.cell(row=r, column=2, value=label)
    if grp and grp != prev:
        wl.cell(row=r, column=1, value=grp)
        start = r
    if grp and grp == prev:
        spans[start] = r
    prev = grp
    if key in example:
        wl.cell(row=r, column=3, value=example[key]).fill = EX
    for i, ln in enumerate(lines):
        if key in ln:
            wl.cell(row=r, column=4 + i, value=ln[key])
last = 3 + len(items)
for a, b in spans.items():
    wl.merge_cells(start_row=a, start_column=1, end_row=b, end_column=1)
box(wl, f"A4:G{last}")
for r in range(4, last + 1):
    wl.cell(row=r, column=3).fill = EX
    wl.cell(row=r, column=1).alignment = CENTER
wl.column_dimensions["A"].width = 12
wl.column_dimensions["B"].width = 30
wl.column_dimensions["C"].width = 22
for c in "DEFG":
    wl.column_dimensions[c].width = 28
wl[f"B{last + 2}"] = "※閉域網（回線2）はグローバルIPなしのため脆弱性診断は希望なし。回線3は動的IPのため診断当日に確認して記入します。"
IP_ROW = 4 + [k for _, _, k in items].index("globalIpAddress")

# ------------------------------------------------------------------ 3_ポート情報
wq = wb.create_sheet("3_ポート情報")
wq["A1"] = "装置と接続する回線と機器の詳細"
wq["A1"].font = Font(bold=True)
for k, h in enumerate(["回線", "装置", "ポート", "機器名", "IPアドレス", "ポート番号", "プロトコル", "接続状況"]):
    wq.cell(row=2, column=1 + k, value=h)
box(wq, "A2:H2", HEAD, CENTER, True)
ports = [
    {"line": "回線1", "device": "RTX830", "port": "LAN1", "deviceName": "電子カルテサーバ",
     "ipAddress": "10.10.1.10", "portNumber": 443, "protocol": "HTTPS", "connectionStatus": "接続あり"},
    {"line": "回線2", "device": "IX2106", "port": "GE0", "deviceName": "地域連携ゲートウェイ",
     "ipAddress": "10.10.1.40", "portNumber": 8443, "protocol": "HTTPS", "connectionStatus": "接続あり"},
    {"line": "回線3", "device": "VR-S1000", "port": "LAN1", "deviceName": "医事会計サーバ",
     "ipAddress": "10.10.1.20", "portNumber": 1433, "protocol": "TCP", "connectionStatus": "接続あり"},
]
for i, p in enumerate(ports):
    for k, key in enumerate(["line", "device", "port", "deviceName", "ipAddress", "portNumber", "protocol",
                             "connectionStatus"]):
        v = p[key]
        if key == "portNumber":
            v = str(v)  # typed as text
        wq.cell(row=3 + i, column=1 + k, value=v)
box(wq, "A3:H5")
for c, w in zip("ABCDEFGH", [8, 12, 8, 22, 14, 10, 10, 10]):
    wq.column_dimensions[c].width = w

# ------------------------------------------------------------------ 4_調査端末
wt = wb.create_sheet("4_調査端末")
wt["A1"] = "調査端末（5台）"
wt["A1"].font = Font(bold=True, size=13)
hdr = ["No.", "システム種別(*)", "利用形態(*)\n単体/仮想デスクトップ", "端末ホスト名(*)", "IPアドレス(*)\n例 192.168.1.131/24",
       "設置場所(*)", "VDI ホスト名", "VDI IPアドレス", "セキュリティ対策製品", "備考"]
for k, h in enumerate(hdr):
    wt.cell(row=3, column=1 + k, value=h)
box(wt, "A3:J3", HEAD, CENTER, True)
wt.row_dimensions[3].height = 34
tkeys = ["systemType", "usage", "hostName", "ipAddress", "location", "vdiHostName", "vdiIpAddress",
         "securityProduct", "remarks"]
ex = ["電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F 〇〇〇室", "", "", "Microsoft Defender", ""]
wt.cell(row=4, column=1, value="記入例")
for k, v in enumerate(ex):
    if v:
        wt.cell(row=4, column=2 + k, value=v)
box(wt, "A4:J4", EX)
VB = "ウイルスバスター コーポレートエディション"
terminals = [
    {"systemType": "電子カルテ", "usage": "単体", "hostName": "KARTE-4F-01", "ipAddress": "10.10.2.11/24",
     "location": "4F 外来診察室1", "securityProduct": VB, "remarks": "診療時間外（17:30以降）に操作可"},
    {"systemType": "電子カルテ", "usage": "単体", "hostName": "KARTE-6F-NS", "ipAddress": "10.10.2.31/24",
     "location": "6F ナースステーション", "securityProduct": VB},
    {"systemType": "医事会計", "usage": "単体", "hostName": "IJI-PC03", "ipAddress": "10.10.3.13/24",
     "location": "4F 医事課", "securityProduct": "Microsoft Defender"},
    {"systemType": "放射線（PACS）", "usage": "単体", "hostName": "RIS-VIEW1", "ipAddress": "10.10.4.21/24",
     "location": "5F 放射線科 操作室", "securityProduct": "Microsoft Defender"},
    {"systemType": "検査", "usage": "単体", "hostName": "KENSA-01", "ipAddress": "10.10.5.7/24",
     "location": "5F 検査室", "securityProduct": "Microsoft Defender",
     "remarks": "平日13時～15時\n要：検査技師長の立会い"},
    {"systemType": "薬剤", "usage": "単体", "hostName": "YAKU-01", "ipAddress": "10.10.6.3/24",
     "location": "4F 薬剤部", "securityProduct": "Microsoft Defender"},
]
for i, t in enumerate(terminals):
    wt.cell(row=5 + i, column=1, value=f"No.{i + 1}")
    for k, key in enumerate(tkeys):
        if key in t:
            wt.cell(row=5 + i, column=2 + k, value=t[key])
box(wt, "A5:J9")  # the drawn table has 5 rows; No.6 was typed below it without borders
for c, w in zip("ABCDEFGHIJ", [7, 16, 18, 16, 20, 22, 14, 16, 30, 30]):
    wt.column_dimensions[c].width = w

# ------------------------------------------------------------------ 5_設置場所
wf = wb.create_sheet("5_設置場所")
wf["A1"] = "設置場所（フロア図）"
wf["A1"].font = Font(bold=True)
fnt = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 16)
img = Image.new("RGB", (760, 620), (250, 250, 245))
d = ImageDraw.Draw(img)
floors = [("4F", ["医事課", "サーバラック", "外来診察室1", "薬剤部"]),
          ("5F", ["事務室", "放射線科 操作室", "検査室", "リハビリ室"]),
          ("6F", ["ナースステーション", "病室601-610", "病室611-620", "デイルーム"])]
for fi, (fl, rooms) in enumerate(floors):
    y0 = 20 + fi * 200
    d.rectangle([20, y0, 740, y0 + 180], outline="black", width=3)
    d.text((28, y0 + 4), fl, fill="black", font=fnt)
    for ri, rn in enumerate(rooms):
        x0 = 70 + ri * 165
        d.rectangle([x0, y0 + 30, x0 + 155, y0 + 170], outline="gray", width=2)
        d.text((x0 + 6, y0 + 36), rn, fill="black", font=fnt)
for (x, y) in [(300, 150), (120, 380), (150, 560)]:
    d.polygon([(x, y - 10), (x - 10, y + 8), (x + 10, y + 8)], fill="blue")
p = os.path.join(OUT, NAME + "-floor.png")
img.save(p)
xi = XLImage(p)
xi.anchor = "A3"
wf.add_image(xi)
notes = ["回線1・回線2 終端装置：4F 医事課奥 サーバラック", "回線3 終端装置：5F 事務室 OA床下",
         "端末No.1：4F 外来診察室1", "端末No.2：6F ナースステーション", "端末No.3：4F 医事課",
         "端末No.4：5F 放射線科 操作室", "端末No.5：5F 検査室"]
for i, n in enumerate(notes):
    wf.cell(row=3 + i, column=14, value=n)
wf.column_dimensions["N"].width = 44

# ------------------------------------------------------------------ ID・PW一覧（提出不要）  -- filled in (planted)
wp = wb.create_sheet("ID・PW一覧（提出不要）")
wp["A1"] = "アカウント(ログインID)・パスワードリスト　※提出不要"
wp["A1"].font = Font(bold=True, color="FF0000")
for k, h in enumerate(["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"]):
    wp.cell(row=3, column=1 + k, value=h)
box(wp, "A3:F3", HEAD, CENTER, True)
dev_pw = [("回線1", "ヤマハ", "RTX830", "admin", "Rtx830#Kotobuki", "Rtx830#En"),
          ("回線2", "NEC", "UNIVERGE IX2106", "ixadmin", "Ix2106!Kmix", ""),
          ("回線3", "バッファロー", "VR-S1000", "admin", "vrs1000pass", "")]
for i, row in enumerate(dev_pw):
    for k, v in enumerate(row):
        if v:
            wp.cell(row=4 + i, column=1 + k, value=v)
box(wp, "A4:F6")
for k, h in enumerate(["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"]):
    wp.cell(row=8, column=1 + k, value=h)
box(wp, "A8:E8", HEAD, CENTER, True)
term_pw = [("端末1", "KARTE-4F-01", "10.10.2.11/24", "karte01", "Kt!2024karte"),
           ("端末2", "KARTE-6F-NS", "10.10.2.31/24", "karte06", "Kt!2024karte"),
           ("端末3", "IJI-PC03", "10.10.3.13/24", "iji03", "Iji#0303"),
           ("端末4", "RIS-VIEW1", "10.10.4.21/24", "risuser", ""),
           ("端末5", "KENSA-01", "10.10.5.7/24", "kensa", "")]
for i, row in enumerate(term_pw):
    for k, v in enumerate(row):
        if v:
            wp.cell(row=9 + i, column=1 + k, value=v)
box(wp, "A9:E13")
for c, w in zip("ABCDEF", [8, 16, 18, 22, 18, 26]):
    wp.column_dimensions[c].width = w
pw_cells = ["E4", "F4", "E5", "E6", "E9", "E10", "E11"]

wb.save(os.path.join(OUT, NAME + ".xlsx"))
os.remove(p)

PW = "ID・PW一覧（提出不要）"
expected = {
    "form": "line-device-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "basicInfo": {
            "consent": "同意する",
            "facilityName": "医療法人 瀬戸会 高松寿町記念病院",
            "facilityNameKana": "いりょうほうじん せとかい たかまつことぶきちょうきねんびょういん",
            "postalCode": "760-0023",
            "address": "香川県高松市寿町二丁目4番20号",
            "addressKana": "かがわけんたかまつしことぶきちょうにちょうめ4ばん20ごう",
            "building": "高松寿町メディカルビル 4F～6F",
            "buildingKana": "たかまつことぶきちょうめでぃかるびる",
            "beds": 86,
            "confirmerName": "森 彩花",
        },
        "contacts": [
            {"department": c[0], "name": c[1], "phoneNumber": c[2].translate(str.maketrans("０１２３４５６７８９", "0123456789")),
             "email": c[3]} for c in contacts_cells
        ],
        "lines": lines,
        "ports": ports,
        "terminals": terminals,
        "floorPlan": {"image": True},
    },
    "planted": [
        {"cells": [f"2_回線・機器!D{IP_ROW}"], "paths": ["lines[0].globalIpAddress"],
         "why": "回線1 is 固定IP but the グローバルIPアドレス is the private address 192.168.100.1 (router LAN side)"},
        {"cells": ["4_調査端末!A10", "4_調査端末!B10"], "paths": ["terminals[5]"],
         "why": "a 6th terminal (No.6 薬剤) typed below the 5-row table; the survey covers 5 terminals (more than 5 is an error)"},
        {"cells": [f"{PW}!{c}" for c in pw_cells], "paths": ["credentials"],
         "why": "the アカウント(ログインID)・パスワードリスト (提出不要) travels with the submission with passwords filled in"},
    ],
    "notes": ("Lines are a transposed table on '2_回線・機器': one column per line (D=回線1, E=回線2, F=回線3); column C is "
              "the 記入例 and G (回線4) is empty. 同意 is marked '■ 同意する　□ 同意しない'. 郵便番号 written '〒760-0023'; "
              "病床数 written '86床'; 確認者名 written in one cell '確認者名：森 彩花'. Contact 2's phone is written in "
              "full-width digits. Port numbers on '3_ポート情報' are typed as text. 回線2 is 閉域網 (グローバルIP利用 なし): "
              "固定IP/動的IP, global address, provider and 当日 columns left blank on purpose (not applicable). 回線3 is 動的IP: "
              "global address and 当日 columns blank (to be filled on diagnosis day). Terminal No.5 remarks contain a line break. "
              "Password values are deliberately not listed here."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok")
