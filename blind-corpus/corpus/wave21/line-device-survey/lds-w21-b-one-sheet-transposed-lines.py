#!/usr/bin/python3
"""lds-w21-b: a hospital IT office's own one-sheet re-drawing of 別紙2-1: basic info as 「項目：値」 cells,
lines as a vertical (transposed) table (one column per line), terminals as a normal table, floor plan on a
second sheet. Two planted problems (private address as fixed global IP; 脆弱性診断 requested on a 閉域網 line)."""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

OUT = "/work/blind/wave21/line-device-survey"
NAME = "lds-w21-b-one-sheet-transposed-lines"
SHEET = "回線・端末調査票"
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
GRAY = PatternFill("solid", fgColor="EDEDED")
WRAP = Alignment(wrap_text=True, vertical="top")


def box(ws, rng, fill=None, bold=False):
    for row in ws[rng]:
        for c in row:
            c.border = B
            c.alignment = WRAP
            if fill:
                c.fill = fill
            if bold:
                c.font = Font(bold=True)


wb = Workbook()
ws = wb.active
ws.title = SHEET
for col, w in zip("ABCDEFGHIJ", [6, 30, 26, 26, 26, 20, 16, 18, 26, 30]):
    ws.column_dimensions[col].width = w

ws["A1"] = "外部接続回線・調査端末 記入票（別紙2-1 記入内容）"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "※事務局様式の各シートの内容を1枚にまとめています（情報管理室作成）。　作成日：令和6年9月12日"

# --- 基本情報: label and value in one cell
ws["A4"] = "１．基本情報"
ws["A4"].font = Font(bold=True)
basic_cells = [
    ("A5", "本施策の同意確認：同意する"),
    ("A6", "医療機関名：社会医療法人 青葉会 青葉台記念病院"),
    ("E6", "（かな）：しゃかいいりょうほうじん あおばかい あおばだいきねんびょういん"),
    ("A7", "〒981-0911"),
    ("A8", "住所：宮城県仙台市青葉区台原三丁目8番15号"),
    ("E8", "（かな）：みやぎけんせんだいしあおばくだいのはら3ちょうめ8ばん15ごう"),
    ("A9", "ビル名：青葉台メディカルプラザ"),
    ("E9", "（かな）：あおばだいめでぃかるぷらざ"),
    ("A10", "病床数：120床"),
]
for ref, v in basic_cells:
    ws[ref] = v
for r in range(5, 11):
    ws.merge_cells(f"A{r}:D{r}")
    ws.merge_cells(f"E{r}:I{r}")
box(ws, "A5:I10")

# --- 担当者
ws["A12"] = "２．担当者（4名まで）"
ws["A12"].font = Font(bold=True)
for c, v in enumerate(["", "所属・役職", "氏名", "電話番号", "メールアドレス"], 1):
    ws.cell(13, c, v)
box(ws, "A13:E13", GRAY, True)
contacts = [
    ("情報管理室 係長", "高橋 直樹", "022-233-5101", "n-takahashi@aobadai-kinen.jp"),
    ("事務部 医事課 主任", "佐々木 由美", "022-233-5100", "y-sasaki@aobadai-kinen.jp"),
]
for i in range(4):
    ws.cell(14 + i, 1, f"({i + 1})")
    if i < len(contacts):
        for j, v in enumerate(contacts[i]):
            ws.cell(14 + i, 2 + j, v)
box(ws, "A14:E17")

# --- 回線 (transposed)
ws["A19"] = "３．回線・機器情報（回線ごとに縦に記入）"
ws["A19"].font = Font(bold=True)
ws["F19"] = "回線数"
ws["G19"] = "=COUNTA(C21:E21)"   # no cached value (openpyxl)
ws["A20"] = "No."
ws["B20"] = "項目　(*)は必須"
ws["C20"] = "回線1"
ws["D20"] = "回線2"
ws["E20"] = "回線3"
box(ws, "A20:E20", GRAY, True)
items = [
    ("調査希望：技術バージョン確認 (*)　あり／なし", "versionCheck"),
    ("調査希望：脆弱性診断 (*)　あり／なし", "vulnerabilityScan"),
    ("電子カルテ系ネットワークとの接続 (*)　有／無", "ehrConnection"),
    ("用途・システム名 (*)", "purpose"),
    ("回線名", "lineName"),
    ("回線の種類", "lineKind"),
    ("通信形態 (*)", "communicationType"),
    ("グローバルIP利用 (*)　有／無", "globalIpUse"),
    ("固定IP／動的IP (*)", "ipAssignment"),
    ("グローバルIPアドレス (*)", "globalIpAddress"),
    ("【診断当日】グローバルIP確認", "diagnosisDayCheck"),
    ("【診断当日】グローバルIPアドレス", "diagnosisDayAddress"),
    ("FQDN", "fqdn"),
    ("プロバイダ名", "provider"),
    ("プロバイダ品目", "providerService"),
    ("回線事業者", "carrier"),
    ("回線サービス名", "carrierService"),
    ("回線ID", "lineId"),
    ("回線終端装置（ONU）設置場所 (*)", "terminationLocation"),
    ("接続機器（ルータ/UTM/FW）メーカー", "deviceMaker"),
    ("接続機器 機種名", "deviceModel"),
    ("接続機器 ファームウェアバージョン", "firmwareVersion"),
]
# cell text as written (busy-person wording) ...
written = [
    dict(versionCheck="あり", vulnerabilityScan="あり", ehrConnection="有", purpose="電子カルテ",
         lineName="電カル リモート保守（SSL-VPN）", lineKind="光回線", communicationType="インターネットVPN",
         globalIpUse="有", ipAssignment="固定", globalIpAddress="153.231.77.14", diagnosisDayCheck="入力不要",
         provider="IIJ", providerService="IIJ 固定IPサービス（ファイバー）", carrier="NTT東日本",
         carrierService="フレッツ 光クロス", lineId="CAF2234417850", terminationLocation="2F 電算室 ラックA 上段",
         deviceMaker="ヤマハ", deviceModel="RTX1300", firmwareVersion="Rev.23.00.08"),
    dict(versionCheck="あり", vulnerabilityScan="あり", ehrConnection="有", purpose="検体検査システム",
         lineName="検査システム保守回線", lineKind="光回線", communicationType="インターネットVPN",
         globalIpUse="有", ipAssignment="固定", globalIpAddress="192.168.100.1", diagnosisDayCheck="入力不要",
         provider="OCN", providerService="OCN 光 IPoE 固定IP1", carrier="NTT東日本",
         carrierService="フレッツ 光ネクスト ビジネスタイプ", lineId="CAF2234419921",
         terminationLocation="1F 検査科 検体検査室 壁面", deviceMaker="Cisco", deviceModel="C1111-4P",
         firmwareVersion="17.9.4a"),
    dict(versionCheck="あり", vulnerabilityScan="あり", ehrConnection="有", purpose="地域医療連携",
         lineName="みやぎ医療連携ネット", lineKind="光回線", communicationType="閉域網",
         globalIpUse="無", diagnosisDayCheck="入力不要", carrier="NTT東日本",
         carrierService="フレッツ・VPN プライオ", lineId="CAF2235003346",
         terminationLocation="2F 電算室 ラックB", deviceMaker="NEC", deviceModel="UNIVERGE IX2215",
         firmwareVersion="Ver.10.8.21"),
]
canon_map = {"versionCheck": {"あり": "調査希望あり", "なし": "調査希望なし"},
             "vulnerabilityScan": {"あり": "調査希望あり", "なし": "調査希望なし"},
             "ehrConnection": {"有": "あり", "無": "なし"}, "globalIpUse": {"有": "あり", "無": "なし"},
             "ipAssignment": {"固定": "固定IP", "動的": "動的IP"}}
first = 21
for i, (lab, key) in enumerate(items):
    r = first + i
    ws.cell(r, 1, f"({i + 1})")
    ws.cell(r, 2, lab)
    for j, ln in enumerate(written):
        if key in ln:
            ws.cell(r, 3 + j, ln[key])
last = first + len(items) - 1
box(ws, f"A21:E{last}")
rowof = {key: first + i for i, (_, key) in enumerate(items)}

# ports (normal table)
pr = last + 2
ws.cell(pr, 1, "４．機器のポート情報")
ws.cell(pr, 1).font = Font(bold=True)
ph = ["回線", "機器", "ポート", "機器名", "IPアドレス", "ポート番号", "プロトコル", "接続状況"]
for c, v in enumerate(ph, 1):
    ws.cell(pr + 1, c, v)
box(ws, f"A{pr + 1}:H{pr + 1}", GRAY, True)
ports = [
    dict(line="回線1", device="RTX1300", port="LAN1", deviceName="電子カルテサーバ", ipAddress="192.168.1.10",
         portNumber=443, protocol="TCP", connectionStatus="接続あり"),
    dict(line="回線2", device="C1111-4P", port="Gi0/1/0", deviceName="検体検査サーバ", ipAddress="192.168.5.10",
         portNumber=22, protocol="TCP", connectionStatus="接続あり"),
    dict(line="回線3", device="UNIVERGE IX2215", port="GE2", deviceName="地域連携ゲートウェイ",
         ipAddress="192.168.8.2", portNumber=443, protocol="TCP", connectionStatus="接続あり"),
]
pk = ["line", "device", "port", "deviceName", "ipAddress", "portNumber", "protocol", "connectionStatus"]
for i, p in enumerate(ports):
    for j, k in enumerate(pk):
        ws.cell(pr + 2 + i, 1 + j, p[k])
box(ws, f"A{pr + 2}:H{pr + 1 + len(ports)}")

# terminals
tr = pr + 2 + len(ports) + 1
ws.cell(tr, 1, "５．調査端末（5台）")
ws.cell(tr, 1).font = Font(bold=True)
th = ["No.", "システム種別", "利用形態（単体／仮想デスクトップ）", "端末ホスト名", "IPアドレス",
      "設置場所", "VDIホスト名", "VDI IPアドレス", "セキュリティ対策製品", "備考"]
for c, v in enumerate(th, 1):
    ws.cell(tr + 1, c, v)
box(ws, f"A{tr + 1}:J{tr + 1}", GRAY, True)
terms_written = [
    dict(systemType="電子カルテ", usage="単体", hostName="AOB-EMR-011", ipAddress="192.168.1.111/24",
         location="2F 外来 第3診察室", securityProduct="Trend Micro Apex One",
         remarks="昼休み（12:30-13:30）のみ操作可"),
    dict(systemType="電子カルテ", usage="仮想デスクトップ(VDI)", hostName="AOB-TC-204",
         ipAddress="192.168.1.204/24", location="4F 病棟 ナースステーション", vdiHostName="AOB-VDI-204",
         vdiIpAddress="10.10.2.204/24", securityProduct="Microsoft Defender for Endpoint"),
    dict(systemType="検体検査", usage="単体", hostName="LAB-WS-02", ipAddress="192.168.5.32/24",
         location="1F 検査科", securityProduct="ESET PROTECT"),
    dict(systemType="医事会計", usage="単体", hostName="ACC-PC-03", ipAddress="192.168.3.23/24",
         location="1F 医事課", securityProduct="Microsoft Defender"),
    dict(systemType="PACS", usage="単体", hostName="PACS-VW-01", ipAddress="192.168.6.41/24",
         location="1F 放射線科 操作室", securityProduct="Trend Micro Apex One",
         remarks="検査終了後（17時以降）\n技師の立会いが必要"),
]
tk = ["systemType", "usage", "hostName", "ipAddress", "location", "vdiHostName", "vdiIpAddress",
      "securityProduct", "remarks"]
for i, t in enumerate(terms_written):
    r = tr + 2 + i
    ws.cell(r, 1, i + 1)
    for j, k in enumerate(tk):
        if k in t:
            ws.cell(r, 2 + j, t[k])
box(ws, f"A{tr + 2}:J{tr + 6}")

cr = tr + 8
ws.cell(cr, 1, "６．申込内容の確認")
ws.cell(cr, 1).font = Font(bold=True)
ws.cell(cr + 1, 1, "確認者名（フルネーム）：高橋 直樹")
ws.merge_cells(start_row=cr + 1, start_column=1, end_row=cr + 1, end_column=4)
box(ws, f"A{cr + 1}:D{cr + 1}")

# --- 平面図 sheet
wp = wb.create_sheet("平面図")
wp["A1"] = "設置場所（平面図）　※回線終端装置・調査端末の位置を吹き出しで記入"
wp["A1"].font = Font(bold=True)
img = Image.new("RGB", (820, 600), "white")
d = ImageDraw.Draw(img)
f = ImageFont.truetype(FONT, 15, index=0)
fb = ImageFont.truetype(FONT, 19, index=0)
d.text((15, 8), "青葉台記念病院 フロア図（1F・2F・4F 抜粋）", font=fb, fill="black")
d.rectangle([15, 45, 400, 330], outline="black", width=3); d.text((22, 50), "1F", font=fb, fill="black")
d.rectangle([420, 45, 805, 330], outline="black", width=3); d.text((427, 50), "2F", font=fb, fill="black")
d.rectangle([15, 345, 400, 590], outline="black", width=3); d.text((22, 350), "4F", font=fb, fill="black")
rooms = [((25, 85, 200, 200), "検査科 検体検査室"), ((210, 85, 390, 200), "放射線科 操作室"),
         ((25, 210, 200, 320), "医事課"), ((210, 210, 390, 320), "受付・待合"),
         ((430, 85, 600, 200), "電算室"), ((610, 85, 795, 200), "外来 第3診察室"),
         ((430, 210, 795, 320), "外来"), ((25, 385, 390, 580), "病棟 ナースステーション")]
for (x0, y0, x1, y1), n in rooms:
    d.rectangle([x0, y0, x1, y1], outline="gray", width=2)
    d.text((x0 + 6, y0 + 6), n, font=f, fill="black")
bubbles = [((60, 150), "回線2 ONU"), ((470, 140), "回線1 ONU(ラックA)"), ((470, 175), "回線3 ONU(ラックB)"),
           ((260, 150), "No.5"), ((80, 260), "No.4"), ((60, 185), "No.3"), ((650, 150), "No.1"),
           ((120, 450), "No.2")]
for (x, y), t in bubbles:
    w = d.textlength(t, font=f) + 12
    d.rounded_rectangle([x, y - 14, x + w, y + 10], radius=6, outline="blue", fill="#E8F0FF", width=2)
    d.text((x + 6, y - 13), t, font=f, fill="blue")
png = os.path.join(OUT, NAME + "-floor.png")
img.save(png)
xi = XLImage(png)
xi.anchor = "A3"
wp.add_image(xi)

path = os.path.join(OUT, NAME + ".xlsx")
wb.save(path)
os.remove(png)

# --- expected
lines = []
for ln in written:
    o = {}
    for k, v in ln.items():
        o[k] = canon_map.get(k, {}).get(v, v)
    lines.append(o)
terminals = []
for t in terms_written:
    o = dict(t)
    if o["usage"].startswith("仮想デスクトップ"):
        o["usage"] = "仮想デスクトップ"
    terminals.append(o)
col = {0: "C", 1: "D", 2: "E"}
exp = {
    "form": "line-device-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "basicInfo": {
            "consent": "同意する",
            "facilityName": "社会医療法人 青葉会 青葉台記念病院",
            "facilityNameKana": "しゃかいいりょうほうじん あおばかい あおばだいきねんびょういん",
            "postalCode": "981-0911",
            "address": "宮城県仙台市青葉区台原三丁目8番15号",
            "addressKana": "みやぎけんせんだいしあおばくだいのはら3ちょうめ8ばん15ごう",
            "building": "青葉台メディカルプラザ",
            "buildingKana": "あおばだいめでぃかるぷらざ",
            "beds": 120,
            "confirmerName": "高橋 直樹",
        },
        "contacts": [dict(department=a, name=b, phoneNumber=c, email=e) for a, b, c, e in contacts],
        "lines": lines,
        "ports": ports,
        "terminals": terminals,
        "floorPlan": {"image": True},
    },
    "planted": [
        {"cells": [f"{SHEET}!{col[1]}{rowof['globalIpAddress']}"],
         "paths": ["lines[1].globalIpAddress"],
         "why": "回線2 is 固定IP with グローバルIP利用 有, but the グローバルIPアドレス written is the router's private "
                "LAN address 192.168.100.1, not a public IPv4 address"},
        {"cells": [f"{SHEET}!{col[2]}{rowof['vulnerabilityScan']}"],
         "paths": ["lines[2].vulnerabilityScan"],
         "why": "回線3 is 閉域網 with グローバルIP利用 無, yet 脆弱性診断 is 調査希望あり; 閉域網に接続された回線は"
                "脆弱性診断の対象外 and the scan needs a global IP"},
    ],
    "notes": ("One sheet holds all sections; the line table is transposed (items down column B, 回線1-3 in columns "
              "C-E). Basic info is written 「項目：値」 in one merged cell (label stripped in values); 病床数 written "
              "'120床'; 〒 cell holds only '〒981-0911'. 調査希望 written あり/なし (= 調査希望あり/なし), 有/無 for "
              "あり/なし, 固定 for 固定IP. Terminal No.2 usage written '仮想デスクトップ(VDI)'. G19 is =COUNTA() "
              "without cached value (line count, not a key). Contacts (3),(4) empty. Line 3 (閉域網, no global IP) "
              "has 固定IP/動的IP and address blank. Floor-plan image (callouts drawn in it) is on sheet 平面図. "
              "No password list in this workbook. The 作成日 in A2 is not a form field."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(exp, fh, ensure_ascii=False, indent=2)
print("wrote", path, rowof["globalIpAddress"], rowof["vulnerabilityScan"])
