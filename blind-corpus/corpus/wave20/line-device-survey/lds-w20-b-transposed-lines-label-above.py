#!/usr/bin/python3
"""lds-w20-b: 別紙2-1 as a hospital's own re-drawn copy: an instructions sheet first, short sheet names,
basic info with labels ABOVE the values (print style, spacer column), consent marked with レ before the
option, lines as a vertical (transposed) table with one COLUMN per line and a 記入例 column, answers
written as 希望あり / 有 / 無 / 固定, terminals as a one-row-header table with a labelled 記入例 row.
Planted: a private address for a 固定IP line; 脆弱性診断 requested on a 閉域網 line; the password list
kept in the workbook with passwords filled in."""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w20-b-transposed-lines-label-above"
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
UNDER = Border(bottom=thin)
GREY = PatternFill("solid", fgColor="E7E6E6")
LAB = PatternFill("solid", fgColor="DDEBF7")
WRAP = Alignment(wrap_text=True, vertical="top")


def box(ws, rng, fill=None, bold=False):
    for row in ws[rng]:
        for c in row:
            c.border = BOX
            c.alignment = WRAP
            if fill:
                c.fill = fill
            if bold:
                c.font = Font(bold=True)


wb = Workbook()

# ------------------------------------------------------------------ 記入要領
ws = wb.active
ws.title = "記入要領"
ws.column_dimensions["A"].width = 110
for i, t in enumerate([
    "医療機関記入依頼書（回線・機器情報等記入）　記入要領",
    "",
    "1. 「基本情報」シート：規約（別紙7・別紙8）を確認のうえ、同意する に レ を付けてください。",
    "2. 「回線情報」シート：電子カルテ系ネットワークに接続する回線を、1回線につき1列で記入してください（C列の記入例は消さないでください）。",
    "   ・閉域網に接続された回線は脆弱性診断の対象外です。",
    "   ・固定IPの場合はグローバルIPアドレスを記入してください。動的IPの場合は脆弱性診断当日にアドレスを確認し記入してください。",
    "3. 「端末情報」シート：電子カルテシステムと接続のある端末を5台選定してください。",
    "4. 「設置場所」シート：平面図（フロア図）を貼り付け、回線終端装置・調査端末の位置を示してください。",
    "5. 「ID・PWリスト」シートは院内での準備用です。事務局への提出は不要です。",
]):
    ws.cell(row=1 + i, column=1, value=t or None)
ws["A1"].font = Font(bold=True, size=14)

# ------------------------------------------------------------------ 基本情報 (labels above values)
basic = {
    "consent": "同意する",
    "facilityName": "医療法人 青葉会 高松青葉病院",
    "facilityNameKana": "いりょうほうじん あおばかい たかまつあおばびょういん",
    "postalCode": "760-0029",
    "address": "香川県高松市丸亀町8番地1",
    "addressKana": "かがわけんたかまつしまるがめまち8ばんち1",
    "building": "丸亀町メディカルスクエア",
    "buildingKana": "まるがめまちめでぃかるすくえあ",
    "beds": 60,
    "confirmerName": "香西 美和子",
}
contacts = [
    {"department": "事務長", "name": "香西 美和子", "phoneNumber": "087-821-4567", "email": "kozai@aoba-hp.jp"},
    {"department": "医事課 システム担当", "name": "真鍋 翔太", "phoneNumber": "087-821-4570", "email": "manabe@aoba-hp.jp"},
    {"department": "株式会社サヌキシステムズ（保守ベンダ）", "name": "谷本 亮", "phoneNumber": "090-1234-5678",
     "email": "tanimoto@sanuki-sys.co.jp"},
]
ws = wb.create_sheet("基本情報")
for col, w in zip("ABCDEFGH", [2, 18, 22, 22, 3, 22, 22, 26]):
    ws.column_dimensions[col].width = w
ws["B1"] = "医療機関記入依頼書（回線・機器情報等記入）　基本情報"
ws["B1"].font = Font(bold=True, size=14)

ws["B3"] = "１．本施策の同意確認（別紙規約をご確認のうえ、該当するものに レ ）"
ws["B3"].font = Font(bold=True)
ws["B4"] = "レ"
ws["C4"] = "同意する"
ws["F4"] = None
ws["G4"] = "同意しない"
for ref in ("B4", "F4"):
    ws[ref].border = BOX
    ws[ref].alignment = Alignment(horizontal="center")

ws["B6"] = "２．医療機関情報"
ws["B6"].font = Font(bold=True)
labels_values = [
    (7, [("B7:D7", "医療機関名"), ("F7:H7", "医療機関名（ふりがな）")]),
    (8, [("B8:D8", basic["facilityName"]), ("F8:H8", basic["facilityNameKana"])]),
    (9, [("B9:B9", "郵便番号"), ("C9:H9", "住所")]),
    (10, [("B10:B10", "〒" + basic["postalCode"]), ("C10:H10", basic["address"])]),
    (11, [("B11:H11", "住所（ふりがな）")]),
    (12, [("B12:H12", basic["addressKana"])]),
    (13, [("B13:D13", "ビル名"), ("F13:H13", "ビル名（ふりがな）")]),
    (14, [("B14:D14", basic["building"]), ("F14:H14", basic["buildingKana"])]),
    (15, [("B15:B15", "病床数")]),
    (16, [("B16:B16", "６０床")]),
]
for r, items in labels_values:
    for rng, text in items:
        if ":" in rng and rng.split(":")[0] != rng.split(":")[1]:
            ws.merge_cells(rng)
        first = rng.split(":")[0]
        ws[first] = text
        for row in ws[rng]:
            for c in row:
                c.border = BOX
                if r % 2 == 1:
                    c.fill = LAB
                    c.font = Font(size=9)

ws["B18"] = "３．担当者（4名まで）"
ws["B18"].font = Font(bold=True)
for col, h in zip("BCDFGH", ["No.", "所属・役職", "", "氏名", "電話番号", "メールアドレス"]):
    if h:
        ws[f"{col}19"] = h
ws.merge_cells("C19:D19")
phones_written = ["０８７-８２１-４５６７", "087-821-4570", "090-1234-5678"]
for i in range(4):
    r = 20 + i
    ws[f"B{r}"] = "①②③④"[i]
    ws.merge_cells(f"C{r}:D{r}")
    if i < len(contacts):
        c = contacts[i]
        ws[f"C{r}"] = c["department"]
        ws[f"F{r}"] = c["name"]
        ws[f"G{r}"] = phones_written[i]
        ws[f"H{r}"] = c["email"]
for r in range(19, 24):
    for col in "BCDFGH":
        ws[f"{col}{r}"].border = BOX
        if r == 19:
            ws[f"{col}{r}"].fill = LAB

ws["B25"] = "４．申込内容の確認"
ws["B25"].font = Font(bold=True)
ws.merge_cells("B26:D26")
ws["B26"] = "確認者名（医療機関のご担当者名・フルネーム）"
ws["B26"].fill = LAB
ws.merge_cells("B27:D27")
ws["B27"] = basic["confirmerName"]
for r in (26, 27):
    for col in "BCD":
        ws[f"{col}{r}"].border = BOX

# ------------------------------------------------------------------ 回線情報 (transposed: one column per line)
lines = [
    {"versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり",
     "purpose": "電子カルテ（リモート保守）", "lineName": "電子カルテ保守回線", "lineKind": "光回線",
     "carrier": "NTT西日本", "carrierService": "フレッツ 光クロス", "lineId": "COP40012345",
     "communicationType": "インターネットVPN", "globalIpUse": "あり", "ipAssignment": "固定IP",
     "globalIpAddress": "219.117.200.34", "diagnosisDayCheck": "入力不要",
     "provider": "So-net", "providerService": "So-net 光 固定IPアドレスサービス",
     "terminationLocation": "3F 電算室 19インチラック下段",
     "deviceMaker": "Cisco", "deviceModel": "C1111-4P", "firmwareVersion": "IOS-XE 17.9.4a"},
    {"versionCheck": "調査希望なし", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり",
     "purpose": "臨床検査システム（保守）", "lineName": "検査システム保守回線", "lineKind": "光回線",
     "carrier": "NTT西日本", "carrierService": "フレッツ光ネクスト マンションタイプ", "lineId": "COP40067890",
     "communicationType": "インターネットVPN", "globalIpUse": "あり", "ipAssignment": "固定IP",
     "globalIpAddress": "192.168.100.1", "diagnosisDayCheck": "入力不要",
     "provider": "BIGLOBE", "providerService": "BIGLOBE 固定IPオプション",
     "terminationLocation": "2F 検査室 分析装置横",
     "deviceMaker": "YAMAHA", "deviceModel": "RTX830", "firmwareVersion": "Rev.15.02.30"},
    {"versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり",
     "purpose": "オンライン資格確認", "lineName": "オン資回線", "lineKind": "光回線",
     "carrier": "NTT西日本", "carrierService": "フレッツ・VPN ゲート", "lineId": "COP40099887",
     "communicationType": "閉域網", "globalIpUse": "なし", "diagnosisDayCheck": "入力不要",
     "terminationLocation": "1F 医事課 受付カウンター下",
     "deviceMaker": "NEC", "deviceModel": "UNIVERGE IX2106", "firmwareVersion": "Ver.10.2.16"},
]
# how each canonical value was written in the cell
written = {"調査希望あり": "希望あり", "調査希望なし": "希望なし", "あり": "有", "なし": "無",
           "固定IP": "固定", "動的IP": "動的"}
rows = [
    ("調査希望", "技術バージョン確認(*)", "versionCheck", "希望あり"),
    ("", "脆弱性診断(*)", "vulnerabilityScan", "希望あり"),
    ("", "電子カルテ系NWとの接続(*)", "ehrConnection", "有"),
    ("", "用途・システム名(*)", "purpose", "電子カルテ"),
    ("回線情報", "回線名", "lineName", "○○保守回線"),
    ("", "回線の種類", "lineKind", "光回線"),
    ("", "回線事業者", "carrier", "NTT東日本"),
    ("", "回線サービス名", "carrierService", "Bフレッツサービス"),
    ("", "回線ID", "lineId", "CAF0000000000"),
    ("グローバルIP", "通信形態(*)", "communicationType", "インターネットVPN"),
    ("", "グローバルIP利用(*)　有／無", "globalIpUse", "有"),
    ("", "固定IP／動的IP(*)", "ipAssignment", "固定"),
    ("", "グローバルIPアドレス(*)", "globalIpAddress", "121.119.249.222"),
    ("", "FQDN", "fqdn", "example.xxx"),
    ("診断当日記入欄", "グローバルIP確認", "diagnosisDayCheck", "入力不要"),
    ("", "グローバルIPアドレス", "diagnosisDayAddress", ""),
    ("プロバイダ", "プロバイダ名", "provider", "NTT東日本"),
    ("", "プロバイダ品目", "providerService", "Bフレッツサービス"),
    ("回線終端装置", "設置場所(*)", "terminationLocation", "本部棟 3F サーバー室 -1番ラック 3U"),
    ("ルータ/UTM/FW", "メーカー", "deviceMaker", "○○社"),
    ("", "機種名", "deviceModel", "XX-1000"),
    ("", "ファームウェアバージョン", "firmwareVersion", "Ver.1.00"),
]
ws = wb.create_sheet("回線情報")
for col, w in zip("ABCDEF", [14, 26, 22, 26, 26, 26]):
    ws.column_dimensions[col].width = w
ws["A1"] = "回線・機器情報（1回線につき1列）"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "※(*)は必須。C列は記入例です（消さずに残してください）。"
for j, h in enumerate(["区分", "項目", "記入例", "回線1", "回線2", "回線3"]):
    ws.cell(row=4, column=1 + j, value=h)
ROW0 = 5
key_row = {}
for i, (grp, label, key, ex) in enumerate(rows):
    r = ROW0 + i
    key_row[key] = r
    ws.cell(row=r, column=1, value=grp or None)
    ws.cell(row=r, column=2, value=label)
    ws.cell(row=r, column=3, value=ex or None)
    for n, line in enumerate(lines):
        v = line.get(key)
        if v is None:
            if key in ("ipAssignment", "globalIpAddress") and line["globalIpUse"] == "なし":
                ws.cell(row=r, column=4 + n, value="－")
            continue
        ws.cell(row=r, column=4 + n, value=written.get(v, v))
box(ws, f"A4:F{ROW0 + len(rows) - 1}")
box(ws, "A4:F4", fill=LAB, bold=True)
for r in range(ROW0, ROW0 + len(rows)):
    ws.cell(row=r, column=3).fill = GREY
    ws.cell(row=r, column=3).font = Font(color="808080")
    ws.cell(row=r, column=1).fill = LAB
    ws.cell(row=r, column=2).fill = LAB
ws.freeze_panes = "D5"

# ------------------------------------------------------------------ 端末情報
terminals = [
    {"systemType": "電子カルテ", "usage": "単体", "hostName": "KRT-PC01", "ipAddress": "192.168.1.21/24",
     "location": "1F 外来 診察室3", "securityProduct": "ESET Endpoint Security"},
    {"systemType": "電子カルテ", "usage": "仮想デスクトップ", "hostName": "TC-3F-NS02", "ipAddress": "192.168.1.52/24",
     "location": "3F 病棟 ナースステーション", "vdiHostName": "VDI-KRT-102", "vdiIpAddress": "10.10.1.102/24",
     "securityProduct": "Microsoft Defender"},
    {"systemType": "医事会計", "usage": "単体", "hostName": "IJI-01", "ipAddress": "192.168.2.11/24",
     "location": "1F 医事課 受付", "securityProduct": "Microsoft Defender",
     "remarks": "端末操作可能時間：12:00-13:00\n操作時は医事課職員の立会い必須"},
    {"systemType": "臨床検査", "usage": "単体", "hostName": "LIS-PC01", "ipAddress": "192.168.3.31/24",
     "location": "2F 検査室", "securityProduct": "Trend Micro Apex One"},
    {"systemType": "放射線（PACS）", "usage": "単体", "hostName": "PACS-VIEW01", "ipAddress": "192.168.4.41/24",
     "location": "1F 放射線科 操作室", "securityProduct": "Trend Micro Apex One"},
]
ws = wb.create_sheet("端末情報")
heads = ["No.", "システム種別(*)", "利用形態(*)\n単体／仮想デスクトップ", "端末ホスト名(*)", "IPアドレス(*)\n(例 192.168.1.131/24)",
         "設置場所(*)", "VDI 端末ホスト名", "VDI IPアドレス", "セキュリティ対策製品", "備考"]
keys = ["systemType", "usage", "hostName", "ipAddress", "location", "vdiHostName", "vdiIpAddress",
        "securityProduct", "remarks"]
for col, w in zip("ABCDEFGHIJ", [8, 16, 18, 16, 22, 24, 16, 18, 24, 34]):
    ws.column_dimensions[col].width = w
ws["A1"] = "調査端末情報（5台）"
ws["A1"].font = Font(bold=True, size=14)
for j, h in enumerate(heads):
    ws.cell(row=3, column=1 + j, value=h)
ex = ["電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F ○○○室", None, None, "Microsoft Defender", None]
ws.cell(row=4, column=1, value="記入例")
for j, v in enumerate(ex):
    ws.cell(row=4, column=2 + j, value=v)
for i, t in enumerate(terminals):
    r = 5 + i
    ws.cell(row=r, column=1, value=i + 1)
    for j, k in enumerate(keys):
        if k in t:
            v = t[k]
            if k == "ipAddress" and i == 0:
                v = v + " "  # trailing space as typed
            ws.cell(row=r, column=2 + j, value=v)
box(ws, "A3:J9")
box(ws, "A3:J3", fill=LAB, bold=True)
for c in ws[4]:
    c.fill = GREY
    c.font = Font(color="808080")
ws.row_dimensions[7].height = 32

# ------------------------------------------------------------------ 設置場所
ws = wb.create_sheet("設置場所")
ws["A1"] = "設置場所（平面図）　※回線終端装置・調査端末の位置を吹き出しで示してください"
ws["A1"].font = Font(bold=True)
img = Image.new("RGB", (820, 640), "white")
d = ImageDraw.Draw(img)
f = ImageFont.truetype(FONT, 15)
fb = ImageFont.truetype(FONT, 19)
d.text((15, 8), "高松青葉病院（丸亀町メディカルスクエア 1F～3F）フロア図", font=fb, fill="black")
floors = [("1F", 45, [("医事課 受付", 0.0, 0.34), ("外来 診察室", 0.34, 0.67), ("放射線科", 0.67, 1.0)]),
          ("2F", 245, [("検査室", 0.0, 0.5), ("リハビリ室", 0.5, 1.0)]),
          ("3F", 445, [("病棟 ナースステーション", 0.0, 0.6), ("電算室", 0.6, 1.0)])]
for name, y, rooms in floors:
    d.rectangle((15, y, 805, y + 185), outline="black", width=3)
    d.text((22, y + 4), name, font=fb, fill="black")
    for rn, a, b in rooms:
        x0, x1 = 60 + int(a * 740), 60 + int(b * 740) - 8
        d.rectangle((x0, y + 10, x1, y + 175), outline="gray", width=2)
        d.text((x0 + 5, y + 14), rn, font=f, fill="gray")
calls = [((75, 95), "回線3 ONU・IX2106"), ((75, 135), "端末③ IJI-01"), ((320, 110), "端末① KRT-PC01"),
         ((560, 110), "端末⑤ PACS-VIEW01"), ((75, 300), "回線2 ONU・RTX830"), ((75, 340), "端末④ LIS-PC01"),
         ((75, 510), "端末② TC-3F-NS02"), ((520, 510), "回線1 ONU・C1111")]
for (x, y), t in calls:
    w = int(d.textlength(t, font=f)) + 10
    d.rounded_rectangle((x, y, x + w, y + 24), radius=8, fill="#E2EFDA", outline="#C00000", width=2)
    d.text((x + 5, y + 2), t, font=f, fill="black")
png = os.path.join("/tmp", NAME + "-floor.png")
img.save(png)
ws.add_image(XLImage(png), "A3")

# ------------------------------------------------------------------ ID・PWリスト (filled in: planted)
ws = wb.create_sheet("ID・PWリスト")
ws["A1"] = "アカウント(ログインID)・パスワードリスト（提出不要）"
ws["A1"].font = Font(bold=True)
for col, w in zip("ABCDEF", [10, 14, 16, 20, 18, 24]):
    ws.column_dimensions[col].width = w
for j, h in enumerate(["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"]):
    ws.cell(row=3, column=1 + j, value=h or None)
cred_lines = [("回線1", "Cisco", "C1111-4P", "admin", "Aoba#2024rt", "Aoba#en2024"),
              ("回線2", "YAMAHA", "RTX830", "(なし)", "rtx830-kensa", None),
              ("回線3", "NEC", "UNIVERGE IX2106", "admin", "ix2106Onsi!", None)]
pw_cells = []
for i, row in enumerate(cred_lines):
    for j, v in enumerate(row):
        ws.cell(row=4 + i, column=1 + j, value=v)
    pw_cells.append(f"E{4 + i}")
    if row[5]:
        pw_cells.append(f"F{4 + i}")
for j, h in enumerate(["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"]):
    ws.cell(row=9, column=1 + j, value=h or None)
cred_terms = [("端末1", "KRT-PC01", "192.168.1.21/24", "krtuser", "Krt-0601"),
              ("端末2", "TC-3F-NS02", "192.168.1.52/24", "ns3f", "Ns3f-0601"),
              ("端末3", "IJI-01", "192.168.2.11/24", "iji", "Iji-0601"),
              ("端末4", "LIS-PC01", "192.168.3.31/24", "lisadmin", "Lis-0601"),
              ("端末5", "PACS-VIEW01", "192.168.4.41/24", "pacs", "Pacs-0601")]
for i, row in enumerate(cred_terms):
    for j, v in enumerate(row):
        ws.cell(row=10 + i, column=1 + j, value=v)
    pw_cells.append(f"E{10 + i}")
box(ws, "A3:F6")
box(ws, "A9:E14")

wb.active = 1
xlsx = os.path.join(OUT, NAME + ".xlsx")
wb.save(xlsx)

colL = {0: "D", 1: "E", 2: "F"}
expected = {
    "form": "line-device-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "basicInfo": basic,
        "contacts": contacts,
        "lines": lines,
        "terminals": terminals,
        "floorPlan": {"image": True},
    },
    "planted": [
        {"cells": [f"回線情報!{colL[1]}{key_row['globalIpAddress']}"],
         "paths": ["lines[1].globalIpAddress"],
         "why": "回線2 is 固定IP with グローバルIP利用 有, but the グローバルIPアドレス is a private address "
                "(192.168.100.1, the router's LAN side) instead of a public IPv4 address"},
        {"cells": [f"回線情報!{colL[2]}{key_row['vulnerabilityScan']}", f"回線情報!{colL[2]}{key_row['communicationType']}"],
         "paths": ["lines[2].vulnerabilityScan", "lines[2].communicationType"],
         "why": "回線3 requests 脆弱性診断 (希望あり) but it is a 閉域網 line without a global IP (グローバルIP利用 無); "
                "閉域網に接続された回線は脆弱性診断の対象外"},
        {"cells": ["ID・PWリスト!" + c for c in pw_cells],
         "paths": ["credentials"],
         "why": "The アカウント(ログインID)・パスワードリスト (提出不要) is still in the submitted workbook with passwords filled in"},
    ],
    "notes": ("Lines are columns: 回線情報 sheet, C=記入例 (ignore), D/E/F = 回線1/2/3. Choices written as 希望あり/希望なし "
              "(= 調査希望あり/なし), 有/無 (= あり/なし), 固定 (= 固定IP). 回線3 (閉域網, no global IP) has '－' in the "
              "固定/動的 and グローバルIPアドレス cells, so ipAssignment and globalIpAddress are omitted for it. "
              "Consent: 'レ' in B4 beside 同意する (F4 before 同意しない left empty). 病床数 written as text '６０床'; "
              "郵便番号 written '〒760-0029' in one cell; 担当者① phone written with full-width digits. "
              "端末 No.1 IP has a trailing space. Terminal rows: row 4 is a labelled 記入例; No. column holds 1-5. "
              "Callouts are drawn into the floor-plan picture. Password values deliberately not listed here."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(expected, fh, ensure_ascii=False, indent=2)
print("wrote", xlsx)
