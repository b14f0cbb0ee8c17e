#!/usr/bin/python3
# Generator for lds-w4-b-sheets-reordered: the hospital's 情報システム室 built its own multi-sheet copy of
# 別紙2-1 with the sheets in a different order (記入要領, 調査端末, 回線・機器, 回線別機器詳細, 基本情報,
# 設置場所), two-row merged group headers, a correctly labelled 記入例 row kept in the line and terminal
# tables, the postal code written inside the address cell, and 所属と氏名 in one cell for the contacts.
# No planted problem: filled completely and correctly.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter as L
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

NAME = "lds-w4-b-sheets-reordered"
HERE = os.path.dirname(os.path.abspath(__file__))

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
grp_fill = PatternFill("solid", fgColor="FCE4D6")
sub_fill = PatternFill("solid", fgColor="FFF2CC")
ex_fill = PatternFill("solid", fgColor="D9D9D9")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
values = {}

def cell(ws, ref, v, fill=None, bold=False, align=None, border=True):
    c = ws[ref]
    c.value = v
    if fill: c.fill = fill
    if bold: c.font = Font(bold=True)
    if border: c.border = box
    c.alignment = align or Alignment(vertical="center", wrap_text=True)
    return c

# ---------------------------------------------------------------- 記入要領
ws0 = wb.active
ws0.title = "記入要領"
notes = [
    "別紙2-1 医療機関記入依頼書（回線・機器情報等記入）　院内作業用コピー",
    "",
    "1. 調査端末情報記入シート：調査対象のPC端末を5台（No.1～No.5）記入。記入例の行はそのまま残してあります（消さないこと）。",
    "2. 回線・機器情報記入シート：電子カルテ系につながる回線を1行1回線で記入。(*)は必須。",
    "3. 回線別機器詳細：各回線のルータ/UTMのポートごとの接続先。",
    "4. 基本情報記入シート：規約を確認のうえ「同意する」を選択。",
    "5. 設置場所記入シート：平面図に回線終端装置と調査端末の位置を記入して貼り付け。",
    "※アカウント・パスワードリストは提出不要のため、このファイルには含めない。",
]
for i, t in enumerate(notes, 1):
    ws0[f"A{i}"] = t
ws0["A1"].font = Font(bold=True, size=13)
ws0.column_dimensions["A"].width = 110

# ---------------------------------------------------------------- 調査端末情報記入シート
wt = wb.create_sheet("調査端末情報記入シート")
wt["A1"] = "調査端末情報"; wt["A1"].font = Font(bold=True, size=13)
# two-row header, rows 3-4
heads = [("B", "システム種別 (*)"), ("C", "シングル利用 (*)"), ("G", "仮想デスクトップ"), ("I", "セキュリティ対策製品"), ("J", "備考")]
cell(wt, "A3", "", fill=grp_fill); wt.merge_cells("A3:A4")
cell(wt, "B3", "システム種別 (*)", fill=grp_fill, bold=True, align=center); wt.merge_cells("B3:B4")
cell(wt, "C3", "シングル利用 (*)", fill=grp_fill, bold=True, align=center); wt.merge_cells("C3:C4")
cell(wt, "D3", "シンクル端末/FAT端末", fill=grp_fill, bold=True, align=center); wt.merge_cells("D3:F3")
cell(wt, "G3", "仮想デスクトップ", fill=grp_fill, bold=True, align=center); wt.merge_cells("G3:H3")
cell(wt, "I3", "セキュリティ対策製品", fill=grp_fill, bold=True, align=center); wt.merge_cells("I3:I4")
cell(wt, "J3", "備考", fill=grp_fill, bold=True, align=center); wt.merge_cells("J3:J4")
for ref, h in [("D4", "端末ホスト名 (*)"), ("E4", "IPアドレス (*)"), ("F4", "設置場所 (*)"),
               ("G4", "端末ホスト名"), ("H4", "IPアドレス")]:
    cell(wt, ref, h, fill=sub_fill, bold=True, align=center)
tcols = ["systemType", "usage", "hostName", "ipAddress", "location", "vdiHostName", "vdiIpAddress",
         "securityProduct", "remarks"]
example = ["電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F ○○○室", "PCXXXX", "192.168.1.25/24",
           "Microsoft Defender", "端末操作可能時間：12:00-13:00"]
cell(wt, "A5", "記入例", fill=ex_fill, bold=True)
for j, v in enumerate(example):
    cell(wt, f"{L(j+2)}5", v, fill=ex_fill)
terminals = [
    {"systemType": "電子カルテ", "usage": "単体", "hostName": "SNK-EMR-0012", "ipAddress": "10.10.20.12/24",
     "location": "東館3F 外来診察室3", "securityProduct": "Microsoft Defender for Endpoint",
     "remarks": "端末操作可能時間：12:00-13:00\n当日は外来看護師長の立会いあり"},
    {"systemType": "電子カルテ", "usage": "仮想デスクトップ", "hostName": "SNK-TC-0105", "ipAddress": "10.10.21.105/24",
     "location": "東館5F 5階病棟ナースステーション", "vdiHostName": "SNK-VDI-0105", "vdiIpAddress": "10.10.40.105/24",
     "securityProduct": "Trend Micro Apex One"},
    {"systemType": "医事会計", "usage": "単体", "hostName": "SNK-IJI-0003", "ipAddress": "10.10.30.3/24",
     "location": "東館1F 医事課", "securityProduct": "Trend Micro Apex One"},
    {"systemType": "PACS", "usage": "単体", "hostName": "SNK-RAD-0021", "ipAddress": "10.10.8.21/24",
     "location": "東館2F 読影室", "securityProduct": "Microsoft Defender for Endpoint",
     "remarks": "読影中は操作不可（前日までに放射線科へ連絡）"},
    {"systemType": "臨床検査", "usage": "単体", "hostName": "SNK-LAB-0007", "ipAddress": "10.10.32.7/24",
     "location": "東館2F 検査科", "securityProduct": "ESET Endpoint Security"},
]
for i, t in enumerate(terminals):
    r = 6 + i
    cell(wt, f"A{r}", f"No.{i+1}", bold=True)
    for j, k in enumerate(tcols):
        cell(wt, f"{L(j+2)}{r}", t.get(k))
dv = DataValidation(type="list", formula1='"単体,仮想デスクトップ"', allow_blank=True)
wt.add_data_validation(dv); dv.add("C6:C10")
for c, w in zip("ABCDEFGHIJ", [8, 14, 16, 16, 18, 30, 16, 18, 28, 36]):
    wt.column_dimensions[c].width = w
values_terminals = terminals

# ---------------------------------------------------------------- 回線・機器情報記入シート
wl = wb.create_sheet("回線・機器情報記入シート")
wl["A1"] = "回線・機器情報"; wl["A1"].font = Font(bold=True, size=13)
wl["A2"] = "(*)は必須。調査希望・グローバルIP利用等はプルダウンから選択。"
# group header row 4, sub header row 5
groups = [
    ("B", "C", "調査希望"),
    ("D", "D", "電子カルテシステムと接続するネットワークとの接続 (*)"),
    ("E", "E", "用途・システム名 (*)"),
    ("F", "I", "回線と紐付くグローバルIPアドレス"),
    ("J", "K", "脆弱性診断当日記入欄"),
    ("L", "L", "FQDN"),
    ("M", "N", "プロバイダ情報"),
    ("O", "S", "回線情報"),
    ("T", "T", "回線終端装置(ONU/モデム)情報"),
    ("U", "W", "接続装置（ルータ/UTM/FW）"),
]
subs = {"B": "技術バージョン確認 (*)", "C": "脆弱性診断 (*)", "F": "通信形態 (*)", "G": "グローバルIP利用 (*)",
        "H": "固定IP/動的IP (*)", "I": "グローバルIPアドレス (*)", "J": "グローバルIP確認", "K": "グローバルIPアドレス",
        "M": "プロバイダ名", "N": "プロバイダ品目", "O": "回線事業者", "P": "回線サービス名", "Q": "回線ID",
        "R": "回線名", "S": "回線の種類", "T": "回線終端装置設置場所 (*)", "U": "メーカー", "V": "機種名",
        "W": "ファームウェアバージョン"}
cell(wl, "A4", "", fill=grp_fill); wl.merge_cells("A4:A5")
for a, b, t in groups:
    cell(wl, f"{a}4", t, fill=grp_fill, bold=True, align=center)
    if a != b:
        wl.merge_cells(f"{a}4:{b}4")
    elif a not in subs:
        wl.merge_cells(f"{a}4:{a}5")
for c, t in subs.items():
    cell(wl, f"{c}5", t, fill=sub_fill, bold=True, align=center)
wl.row_dimensions[4].height = 45; wl.row_dimensions[5].height = 45
lkeys = {"B": "versionCheck", "C": "vulnerabilityScan", "D": "ehrConnection", "E": "purpose",
         "F": "communicationType", "G": "globalIpUse", "H": "ipAssignment", "I": "globalIpAddress",
         "J": "diagnosisDayCheck", "K": "diagnosisDayAddress", "L": "fqdn", "M": "provider", "N": "providerService",
         "O": "carrier", "P": "carrierService", "Q": "lineId", "R": "lineName", "S": "lineKind",
         "T": "terminationLocation", "U": "deviceMaker", "V": "deviceModel", "W": "firmwareVersion"}
ex = {"B": "調査希望あり", "C": "調査希望あり", "D": "あり", "E": "電子カルテ", "F": "インターネットVPN", "G": "あり",
      "H": "固定IP", "I": "121.119.249.222", "J": "入力不要", "K": "入力不要", "L": "example.xxx", "M": "NTT東日本",
      "N": "Bフレッツサービス", "O": "NTT東日本", "P": "フレッツ光ネクスト", "Q": "CAF0000000000", "R": "電子カルテ保守回線",
      "S": "光回線", "T": "本部棟 3F サーバー室 1番ラック 3U", "U": "YAMAHA", "V": "RTX1210", "W": "Rev.14.01.38"}
cell(wl, "A6", "記入例", fill=ex_fill, bold=True)
for c in lkeys:
    cell(wl, f"{c}6", ex.get(c), fill=ex_fill)
lines = [
    {"versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり", "purpose": "電子カルテ",
     "communicationType": "インターネットVPN", "globalIpUse": "あり", "ipAssignment": "固定IP",
     "globalIpAddress": "118.238.201.45", "diagnosisDayCheck": "入力不要", "fqdn": "emr-gw.sanuki-gh.jp",
     "provider": "ASAHIネット", "providerService": "フレッツ光クロス 固定IP1個", "carrier": "NTT西日本",
     "carrierService": "フレッツ 光クロス", "lineId": "CAF5530018842", "lineName": "電子カルテ保守VPN",
     "lineKind": "光回線（FTTH）", "terminationLocation": "東館4F サーバー室 ラックA 3U",
     "deviceMaker": "Fortinet", "deviceModel": "FortiGate 100F", "firmwareVersion": "v7.4.3"},
    {"versionCheck": "調査希望なし", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり", "purpose": "地域医療連携",
     "communicationType": "インターネット", "globalIpUse": "あり", "ipAssignment": "動的IP",
     "globalIpAddress": "153.142.37.210", "diagnosisDayCheck": "確認済み", "diagnosisDayAddress": "153.142.37.210",
     "provider": "OCN", "providerService": "OCN光", "carrier": "NTT西日本",
     "carrierService": "フレッツ光ネクスト ビジネスタイプ", "lineId": "CAF6612047715", "lineName": "地域連携用インターネット",
     "lineKind": "光回線（FTTH）", "terminationLocation": "東館4F サーバー室 ラックB 1U",
     "deviceMaker": "YAMAHA", "deviceModel": "RTX830", "firmwareVersion": "Rev.15.02.30"},
    {"versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり", "purpose": "PACS（リモート保守）",
     "communicationType": "インターネットVPN", "globalIpUse": "あり", "ipAssignment": "固定IP",
     "globalIpAddress": "61.117.54.198", "diagnosisDayCheck": "入力不要",
     "provider": "IIJ", "providerService": "IIJインターネット FiberAccess/NF 固定IP", "carrier": "NTT西日本",
     "carrierService": "フレッツ光ネクスト ビジネスタイプ", "lineId": "CAF7720391264", "lineName": "PACS保守回線",
     "lineKind": "光回線（FTTH）", "terminationLocation": "東館2F 放射線科 機械室",
     "deviceMaker": "Cisco", "deviceModel": "C1111-4P", "firmwareVersion": "IOS XE 17.9.4a"},
]
for i in range(5):
    r = 7 + i
    cell(wl, f"A{r}", f"回線{i+1}", bold=True)
    for c, k in lkeys.items():
        cell(wl, f"{c}{r}", lines[i].get(k) if i < len(lines) else None)
for rng, opts in [("B7:C11", "調査希望あり,調査希望なし"), ("D7:D11", "あり,なし"), ("G7:G11", "あり,なし"),
                  ("H7:H11", "固定IP,動的IP"), ("J7:J11", "確認済み,入力不要")]:
    d = DataValidation(type="list", formula1=f'"{opts}"', allow_blank=True)
    wl.add_data_validation(d); d.add(rng)
wl.column_dimensions["A"].width = 8
for j in range(2, 24):
    wl.column_dimensions[L(j)].width = 17

# ---------------------------------------------------------------- 回線別機器詳細 (ports)
wp = wb.create_sheet("回線別機器詳細")
wp["A1"] = "装置と接続する回線と機器の詳細"; wp["A1"].font = Font(bold=True, size=13)
cell(wp, "A3", "対象", fill=grp_fill, bold=True, align=center); wp.merge_cells("A3:B3")
cell(wp, "C3", "機器のポート情報", fill=grp_fill, bold=True, align=center); wp.merge_cells("C3:H3")
pkeys = [("A", "回線", "line"), ("B", "装置", "device"), ("C", "ポート (*)", "port"), ("D", "機器名 (*)", "deviceName"),
         ("E", "IPアドレス (*)", "ipAddress"), ("F", "ポート番号 (*)", "portNumber"), ("G", "プロトコル (*)", "protocol"),
         ("H", "接続状況", "connectionStatus")]
for c, h, _ in pkeys:
    cell(wp, f"{c}4", h, fill=sub_fill, bold=True, align=center)
ports = [
    {"line": "回線1", "device": "FortiGate 100F", "port": "port1", "deviceName": "電子カルテ基幹スイッチ",
     "ipAddress": "10.10.0.1", "portNumber": 443, "protocol": "HTTPS", "connectionStatus": "接続あり"},
    {"line": "回線1", "device": "FortiGate 100F", "port": "port2", "deviceName": "保守用中継サーバ",
     "ipAddress": "10.10.0.20", "portNumber": 3389, "protocol": "RDP", "connectionStatus": "接続あり"},
    {"line": "回線2", "device": "RTX830", "port": "LAN1", "deviceName": "地域連携ゲートウェイ",
     "ipAddress": "10.10.5.10", "portNumber": 443, "protocol": "HTTPS", "connectionStatus": "接続あり"},
    {"line": "回線3", "device": "C1111-4P", "port": "GE0/1/0", "deviceName": "PACSサーバ",
     "ipAddress": "10.10.8.5", "portNumber": 104, "protocol": "DICOM", "connectionStatus": "接続あり"},
]
for i, p in enumerate(ports):
    r = 5 + i
    for c, _, k in pkeys:
        cell(wp, f"{c}{r}", p[k])
for c, w in zip("ABCDEFGH", [10, 18, 12, 24, 16, 12, 12, 12]):
    wp.column_dimensions[c].width = w

# ---------------------------------------------------------------- 基本情報記入シート
wbi = wb.create_sheet("基本情報記入シート")
wbi["A1"] = "基本情報"; wbi["A1"].font = Font(bold=True, size=13)
cell(wbi, "A3", "本施策の同意確認", fill=grp_fill, bold=True)
cell(wbi, "B3", "（別紙）規約に記載の内容をご確認のうえ、本施策実施に同意いただける場合は「同意する」を選択してください")
wbi.merge_cells("B3:C3")
cell(wbi, "D3", "同意する")
d = DataValidation(type="list", formula1='"同意する"', allow_blank=True); wbi.add_data_validation(d); d.add("D3")
wbi["A5"] = "■お客様情報（医療機関情報）"; wbi["A5"].font = Font(bold=True)
rows = [
    ("A6", "医療機関名", "B6", "社会医療法人 瀬戸内会 さぬき総合病院"),
    ("A7", "　(かな)", "B7", "しゃかいいりょうほうじん せとうちかい さぬきそうごうびょういん"),
    ("A8", "住所", "B8", "〒760-0017 香川県高松市番町二丁目8番3号"),
    ("A9", "　(かな)", "B9", "かがわけんたかまつしばんちょう2ちょうめ8ばん3ごう"),
    ("A10", "ビル名", "B10", "高松番町メディカルタワー"),
    ("A11", "　(かな)", "B11", "たかまつばんちょうめでぃかるたわー"),
    ("A12", "病床数", "B12", "199床"),
]
for lc, lab, vc, v in rows:
    cell(wbi, lc, lab, fill=grp_fill, bold=True)
    cell(wbi, vc, v); wbi.merge_cells(f"{vc}:D{vc[1:]}")
wbi["A14"] = "■担当者情報（4名まで）"; wbi["A14"].font = Font(bold=True)
for c, h in zip("ABCD", ["", "所属・役職／氏名", "電話番号", "メールアドレス"]):
    cell(wbi, f"{c}15", h, fill=sub_fill, bold=True, align=center)
contacts = [
    {"department": "情報システム室 室長", "name": "山下 健太", "phoneNumber": "087-811-2200", "email": "k-yamashita@sanuki-gh.jp"},
    {"department": "情報システム室 主任", "name": "真鍋 彩花", "phoneNumber": "090-4417-2286", "email": "a-manabe@sanuki-gh.jp"},
    {"department": "医事課 課長", "name": "大山 誠", "phoneNumber": "087-811-2211", "email": "m-oyama@sanuki-gh.jp"},
]
written = ["情報システム室 室長／山下 健太", "情報システム室 主任\n真鍋 彩花", "医事課 課長／大山 誠"]
for i in range(4):
    r = 16 + i
    cell(wbi, f"A{r}", f"担当者{i+1}", bold=True)
    if i < len(contacts):
        cell(wbi, f"B{r}", written[i]); cell(wbi, f"C{r}", contacts[i]["phoneNumber"]); cell(wbi, f"D{r}", contacts[i]["email"])
    else:
        for c in "BCD":
            cell(wbi, f"{c}{r}", None)
wbi["A21"] = "■申込内容の確認"; wbi["A21"].font = Font(bold=True)
cell(wbi, "A22", "確認者名（医療機関のご担当者名）", fill=grp_fill, bold=True)
cell(wbi, "B22", "山下 健太"); wbi.merge_cells("B22:D22")
for c, w in zip("ABCD", [30, 40, 20, 32]):
    wbi.column_dimensions[c].width = w
wbi.row_dimensions[17].height = 32
values["basicInfo"] = {
    "consent": "同意する", "facilityName": "社会医療法人 瀬戸内会 さぬき総合病院",
    "facilityNameKana": "しゃかいいりょうほうじん せとうちかい さぬきそうごうびょういん",
    "postalCode": "760-0017", "address": "香川県高松市番町二丁目8番3号",
    "addressKana": "かがわけんたかまつしばんちょう2ちょうめ8ばん3ごう",
    "building": "高松番町メディカルタワー", "buildingKana": "たかまつばんちょうめでぃかるたわー",
    "beds": 199, "confirmerName": "山下 健太",
}
values["contacts"] = contacts
values["lines"] = lines
values["ports"] = ports
values["terminals"] = values_terminals

# ---------------------------------------------------------------- 設置場所記入シート
wf = wb.create_sheet("設置場所記入シート")
wf["A1"] = "設置場所（東館フロア図に回線終端装置・調査端末をプロット）"; wf["A1"].font = Font(bold=True, size=13)
font = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 15)
im = Image.new("RGB", (820, 520), "white")
dr = ImageDraw.Draw(im)
floors = ["東館5F", "東館4F", "東館3F", "東館2F", "東館1F"]
for k, fl in enumerate(floors):
    y = 10 + k * 100
    dr.rectangle([10, y, 810, y + 95], outline="black", width=2)
    dr.text((18, y + 4), fl, font=font, fill="black")
callouts = [(0, "No.2 SNK-TC-0105 (5F NS)"), (1, "回線1 ONU・FortiGate 100F (ラックA)"), (1, "回線2 ONU・RTX830 (ラックB)"),
            (2, "No.1 SNK-EMR-0012 (外来診察室3)"), (3, "回線3 ONU・C1111-4P (放射線科機械室)"), (3, "No.4 SNK-RAD-0021 (読影室)"),
            (3, "No.5 SNK-LAB-0007 (検査科)"), (4, "No.3 SNK-IJI-0003 (医事課)")]
used = {}
for fl, t in callouts:
    n = used.get(fl, 0); used[fl] = n + 1
    x = 110 + (n % 2) * 340; y = 10 + fl * 100 + 12 + (n // 2) * 40
    dr.rectangle([x - 4, y - 2, x + 320, y + 24], outline="blue", width=2, fill="#DDEBF7")
    dr.text((x, y), t, font=font, fill="blue")
img_path = os.path.join(HERE, NAME + "_floor.png")
im.save(img_path)
wf.add_image(XLImage(img_path), "A3")
values["floorPlan"] = {"image": True}

out = os.path.join(HERE, NAME + ".xlsx")
wb.save(out)
os.remove(img_path)

expected = {
    "form": "line-device-survey", "version": "R6", "file": NAME + ".xlsx",
    "values": values, "planted": [],
    "notes": ("Sheets in a non-official order: 記入要領, 調査端末情報記入シート, 回線・機器情報記入シート, 回線別機器詳細 "
              "(port rows), 基本情報記入シート, 設置場所記入シート. The 記入例 rows (回線 sheet row 6, 端末 sheet row 5) are "
              "correctly labelled examples and must be ignored. Postal code is inside the address cell "
              "('〒760-0017 香川県…'). Contacts: 所属・役職 and 氏名 share one cell, split by '／' or a line break. "
              "病床数 written as text '199床'. Line 2 is 動的IP and this copy is the diagnosis-day re-upload, so the "
              "当日 columns are filled (確認済み + address); fixed-IP lines have 当日 確認 '入力不要' and the 当日 "
              "address blank. Floor plan callouts are drawn into the picture. No password list (提出不要)."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("wrote", out)
