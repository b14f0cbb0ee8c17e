#!/usr/bin/python3
# lds-w15-a: 別紙2-1 drawn as the secretariat's multi-sheet workbook (official sheet names, two-row headers,
# 記入例 rows, hidden list sheet, floor plan picture, empty password list). Filled completely and correctly.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w15-a-official-five-sheets"
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="DDEBF7")
EX = PatternFill("solid", fgColor="EDEDED")
REQ = PatternFill("solid", fgColor="FFF2CC")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


wb = Workbook()

# ---------------------------------------------------------------- hidden list sheet
lst = wb.active
lst.title = "リスト"
lists = {
    "A": ["同意する", "同意しない"],
    "B": ["調査希望あり", "調査希望なし"],
    "C": ["あり", "なし"],
    "D": ["インターネット", "インターネットVPN", "閉域網", "モバイル", "その他"],
    "E": ["固定IP", "動的IP"],
    "F": ["確認済み", "入力不要"],
    "G": ["単体", "仮想デスクトップ"],
    "H": ["電子カルテ", "医事", "PACS", "検査", "地域医療連携", "オンライン資格確認", "その他"],
}
for col, vals in lists.items():
    for i, v in enumerate(vals, 1):
        lst[f"{col}{i}"] = v
lst.sheet_state = "hidden"

# ---------------------------------------------------------------- 基本情報記入シート
ws = wb.create_sheet("基本情報記入シート", 0)
ws.column_dimensions["A"].width = 2
ws.column_dimensions["B"].width = 20
for c in "CDEFGH":
    ws.column_dimensions[c].width = 18
ws["B1"] = "別紙2-1　医療機関記入依頼書（回線・機器情報等記入）　基本情報記入シート"
ws["B1"].font = Font(bold=True, size=14)
ws["B2"] = "※黄色のセルは記入必須です。規約（別紙7・別紙8）をご確認のうえご記入ください。"

ws["B4"] = "本施策の同意確認"
ws.merge_cells("C4:G4")
ws["C4"] = "（別紙）規約に記載の内容をご確認のうえ、本施策実施に同意いただける場合は「同意する」を選択してください"
ws["H4"] = "同意する"
ws["H4"].fill = REQ
box(ws, "B4:H4")
ws["C4"].alignment = WRAP
ws.row_dimensions[4].height = 36
dv = DataValidation(type="list", formula1="=リスト!$A$1:$A$2", allow_blank=True)
ws.add_data_validation(dv)
dv.add("H4")

ws["B6"] = "■ご客様情報（医療機関情報）"
ws["B6"].font = Font(bold=True)
rows = [
    (7, "医療機関名", "社会医療法人 讃岐会 高松みなと病院", "(かな)", "しゃかいいりょうほうじん さぬきかい たかまつみなとびょういん"),
    (8, "住所　〒", "760-0011", None, None),
    (9, "住所", "香川県高松市浜ノ町12番8号", "(かな)", "かがわけんたかまつしはまのちょう12ばん8ごう"),
    (10, "ビル名", None, "(かな)", None),
    (11, "病床数", 186, None, None),
]
for r, lab, val, klab, kval in rows:
    ws.cell(r, 2, lab).fill = HEAD
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5)
    ws.cell(r, 3, val)
    ws.cell(r, 6, klab).fill = HEAD if klab else PatternFill()
    ws.merge_cells(start_row=r, start_column=7, end_row=r, end_column=8)
    ws.cell(r, 7, kval)
    box(ws, f"B{r}:H{r}")
ws["I11"] = "床"

ws["B13"] = "■担当者情報（4名まで）"
ws["B13"].font = Font(bold=True)
hdr = ["", "所属・役職", "氏名", "電話番号", "メールアドレス"]
ws.cell(14, 2, "担当者").fill = HEAD
for i, h in enumerate(hdr[1:], 3):
    c = ws.cell(14, i, h)
    c.fill = HEAD
ws.merge_cells("F14:G14")
contacts = [
    ("情報システム課 主任", "三好 健太", "087-851-4432", "k-miyoshi@minato-hp.or.jp"),
    ("事務部 総務課長", "大西 由美", "087-851-4401", "y-onishi@minato-hp.or.jp"),
]
for n in range(4):
    r = 15 + n
    ws.cell(r, 2, f"担当者{n + 1}")
    ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=7)
    if n < len(contacts):
        d, nm, ph, em = contacts[n]
        ws.cell(r, 3, d)
        ws.cell(r, 4, nm)
        ws.cell(r, 5, ph)
        ws.cell(r, 6, em)
box(ws, "B14:G18")

ws["B20"] = "■申込内容の確認"
ws["B20"].font = Font(bold=True)
ws.merge_cells("B21:D21")
ws["B21"] = "確認者名（医療機関のご担当者名）"
ws["B21"].fill = HEAD
ws.merge_cells("E21:G21")
ws["E21"] = "三好 健太"
ws["E21"].fill = REQ
box(ws, "B21:G21")

# ---------------------------------------------------------------- 回線・機器情報記入シート
wl = wb.create_sheet("回線・機器情報記入シート", 1)
wl["A1"] = "回線・機器情報記入シート"
wl["A1"].font = Font(bold=True, size=14)
wl["A2"] = "※電子カルテシステムと接続する全ての回線（保守用回線を含む）を1行1回線で記入してください。(*)は必須項目です。"
wl["A3"] = "※記入例の行は変更しないでください。"

cols = [
    # (group, header)
    ("調査希望", "技術バージョン確認\n(*)"),
    ("調査希望", "脆弱性診断\n(*)"),
    ("電子カルテシステムと接続するネットワークとの接続 (*)", None),
    ("用途・システム名 (*)", None),
    ("回線情報", "回線名"),
    ("回線情報", "回線の種類"),
    ("回線情報", "回線事業者"),
    ("回線情報", "回線サービス名"),
    ("回線情報", "回線ID"),
    ("回線と紐付くグローバルIPアドレス", "通信形態 (*)"),
    ("回線と紐付くグローバルIPアドレス", "グローバルIP利用 (*)"),
    ("回線と紐付くグローバルIPアドレス", "固定IP/動的IP (*)"),
    ("回線と紐付くグローバルIPアドレス", "グローバルIPアドレス (*)"),
    ("脆弱性診断当日記入欄", "グローバルIP確認"),
    ("脆弱性診断当日記入欄", "グローバルIPアドレス"),
    ("FQDN", None),
    ("プロバイダ情報", "プロバイダ名"),
    ("プロバイダ情報", "プロバイダ品目"),
    ("回線終端装置(ONU/モデム)情報", "回線終端装置設置場所 (*)"),
    ("回線に紐づく装置(ルータ/UTM/FW)", "メーカー"),
    ("回線に紐づく装置(ルータ/UTM/FW)", "機種名"),
    ("回線に紐づく装置(ルータ/UTM/FW)", "ファームウェアバージョン"),
]
H1, H2 = 5, 6
wl.cell(H1, 1, "")
wl.merge_cells(start_row=H1, start_column=1, end_row=H2, end_column=1)
col = 2
i = 0
while i < len(cols):
    g, h = cols[i]
    if h is None:
        wl.cell(H1, col, g)
        wl.merge_cells(start_row=H1, start_column=col, end_row=H2, end_column=col)
        i += 1
        col += 1
        continue
    j = i
    while j < len(cols) and cols[j][0] == g and cols[j][1] is not None:
        wl.cell(H2, col + (j - i), cols[j][1])
        j += 1
    wl.cell(H1, col, g)
    if j - i > 1:
        wl.merge_cells(start_row=H1, start_column=col, end_row=H1, end_column=col + (j - i) - 1)
    col += j - i
    i = j
ncol = 1 + len(cols)
for r in (H1, H2):
    for c in range(1, ncol + 1):
        wl.cell(r, c).fill = HEAD
        wl.cell(r, c).alignment = CENTER
        wl.cell(r, c).font = Font(bold=True, size=9)
wl.row_dimensions[H1].height = 42
wl.row_dimensions[H2].height = 42
widths = [8, 13, 12, 14, 18, 18, 10, 12, 24, 15, 16, 10, 10, 16, 10, 16, 16, 12, 20, 26, 12, 16, 18]
from openpyxl.utils import get_column_letter as L
for k, w in enumerate(widths, 1):
    wl.column_dimensions[L(k)].width = w

example = ["記入例", "調査希望あり", "調査希望あり", "あり", "電子カルテ", "電カル保守回線", "光回線", "NTT東日本",
           "フレッツ 光ネクスト", "CAF0000000000", "インターネットVPN", "あり", "固定IP", "121.119.249.222", "入力不要",
           "入力不要", "example.xxx", "NTT東日本", "Bフレッツサービス", "本部棟 3F サーバー室 -1番ラック 3U", "Fortinet",
           "FortiGate 60F", "v7.0.12"]
lines = [
    dict(versionCheck="調査希望あり", vulnerabilityScan="調査希望あり", ehrConnection="あり", purpose="電子カルテ",
         lineName="電子カルテ リモート保守回線", lineKind="光回線", carrier="NTT西日本",
         carrierService="フレッツ 光ネクスト ビジネスタイプ", lineId="COP0012345678", communicationType="インターネットVPN",
         globalIpUse="あり", ipAssignment="固定IP", globalIpAddress="153.150.72.34", diagnosisDayCheck="入力不要",
         fqdn="vpn01.minato-hp.or.jp", provider="OCN", providerService="OCN 光 IPv4固定IP1",
         terminationLocation="本館 2F サーバー室 ラック1 4U", deviceMaker="Fortinet", deviceModel="FortiGate 60F",
         firmwareVersion="v7.2.8"),
    dict(versionCheck="調査希望なし", vulnerabilityScan="調査希望あり", ehrConnection="あり", purpose="PACS",
         lineName="放射線科PACS保守回線", lineKind="光回線", carrier="NTT西日本", carrierService="フレッツ 光クロス",
         lineId="COP0023456789", communicationType="インターネットVPN", globalIpUse="あり", ipAssignment="動的IP",
         globalIpAddress="118.8.201.77", diagnosisDayCheck="確認済み", diagnosisDayAddress="118.8.196.140",
         provider="BIGLOBE", providerService="ビッグローブ光 クロス",
         terminationLocation="本館 1F 放射線科 操作室 壁面", deviceMaker="YAMAHA", deviceModel="RTX830",
         firmwareVersion="Rev.15.02.30"),
    dict(versionCheck="調査希望あり", vulnerabilityScan="調査希望なし", ehrConnection="あり",
         purpose="オンライン資格確認", lineName="オン資・レセプト請求回線", lineKind="光回線", carrier="NTT西日本",
         carrierService="フレッツ・VPN ワイド", lineId="COP0034567890", communicationType="閉域網", globalIpUse="なし",
         diagnosisDayCheck="入力不要", terminationLocation="本館 1F 医事課 事務室 キャビネット上", deviceMaker="NEC",
         deviceModel="UNIVERGE IX2215", firmwareVersion="10.8.21"),
]
order = ["versionCheck", "vulnerabilityScan", "ehrConnection", "purpose", "lineName", "lineKind", "carrier",
         "carrierService", "lineId", "communicationType", "globalIpUse", "ipAssignment", "globalIpAddress",
         "diagnosisDayCheck", "diagnosisDayAddress", "fqdn", "provider", "providerService", "terminationLocation",
         "deviceMaker", "deviceModel", "firmwareVersion"]
EXROW = 7
for c, v in enumerate(example, 1):
    cell = wl.cell(EXROW, c, v)
    cell.fill = EX
    cell.font = Font(color="808080", size=9)
for n in range(5):
    r = EXROW + 1 + n
    wl.cell(r, 1, f"回線{n + 1}")
    if n < len(lines):
        for k, key in enumerate(order, 2):
            v = lines[n].get(key)
            if v is not None:
                wl.cell(r, k, v)
for r in range(EXROW, EXROW + 6):
    for c in range(1, ncol + 1):
        wl.cell(r, c).border = BOX
        if r > EXROW:
            wl.cell(r, c).font = Font(size=9)
            wl.cell(r, c).alignment = Alignment(vertical="center", wrap_text=True)
for colidx, lcol in ((2, "B"), (3, "B"), (4, "C"), (12, "C"), (11, "D"), (13, "E"), (15, "F"), (5, "H")):
    d = DataValidation(type="list", formula1=f"=リスト!${lcol}$1:${lcol}${len(lists[lcol])}", allow_blank=True)
    wl.add_data_validation(d)
    d.add(f"{L(colidx)}{EXROW + 1}:{L(colidx)}{EXROW + 5}")
wl.freeze_panes = "B7"

# second table: ports
P0 = 15
wl.cell(P0, 1, "■装置と接続する回線と機器の詳細（機器のポート情報）").font = Font(bold=True)
phdr = ["回線", "装置", "ポート (*)", "機器名 (*)", "IPアドレス (*)", "ポート番号 (*)", "プロトコル (*)", "接続状況"]
for k, h in enumerate(phdr, 1):
    c = wl.cell(P0 + 1, k, h)
    c.fill = HEAD
    c.alignment = CENTER
    c.font = Font(bold=True, size=9)
ports = [
    dict(line="回線1", device="FortiGate 60F", port="wan1", deviceName="ONU（回線1）", ipAddress="153.150.72.34",
         portNumber=443, protocol="HTTPS", connectionStatus="接続あり"),
    dict(line="回線1", device="FortiGate 60F", port="internal1", deviceName="電子カルテ基幹スイッチ",
         ipAddress="192.168.10.1", portNumber=22, protocol="SSH", connectionStatus="接続あり"),
    dict(line="回線2", device="RTX830", port="LAN1", deviceName="PACSサーバ", ipAddress="192.168.20.11",
         portNumber=500, protocol="IPsec(IKE)", connectionStatus="接続あり"),
    dict(line="回線3", device="UNIVERGE IX2215", port="GE0", deviceName="オン資端末", ipAddress="10.10.1.20",
         portNumber=443, protocol="HTTPS", connectionStatus="接続あり"),
]
pkeys = ["line", "device", "port", "deviceName", "ipAddress", "portNumber", "protocol", "connectionStatus"]
for n, p in enumerate(ports):
    for k, key in enumerate(pkeys, 1):
        wl.cell(P0 + 2 + n, k, p[key]).font = Font(size=9)
box(wl, f"A{P0 + 1}:H{P0 + 1 + len(ports)}")

# ---------------------------------------------------------------- 調査端末情報記入シート
wt = wb.create_sheet("調査端末情報記入シート", 2)
wt["A1"] = "調査端末情報記入シート"
wt["A1"].font = Font(bold=True, size=14)
wt["A2"] = "※電子カルテシステムと接続がある端末を5台選定してください（電子カルテ端末1台、主要部門システムから1台ずつ推奨）。"
thdr1 = ["", "システム種別 (*)", "シングル利用 (*)", "シンクル端末/FAT端末", None, None, "仮想デスクトップ", None,
         "セキュリティ対策製品", "備考"]
thdr2 = [None, None, None, "端末ホスト名 (*)", "IPアドレス (*)", "設置場所 (*)", "端末ホスト名", "IPアドレス", None, None]
for k in range(10):
    c1 = wt.cell(4, k + 1, thdr1[k])
    c2 = wt.cell(5, k + 1, thdr2[k])
    for c in (c1, c2):
        c.fill = HEAD
        c.alignment = CENTER
        c.font = Font(bold=True, size=9)
for k in (1, 2, 3, 9, 10):
    wt.merge_cells(start_row=4, start_column=k, end_row=5, end_column=k)
wt.merge_cells("D4:F4")
wt.merge_cells("G4:H4")
for k, w in enumerate([8, 14, 14, 16, 18, 28, 16, 18, 24, 30], 1):
    wt.column_dimensions[L(k)].width = w
tex = ["記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F ○○○室", "PCXXXX", "192.168.1.25/24",
       "Microsoft Defender", "端末操作可能時間：12:00-13:00"]
for k, v in enumerate(tex, 1):
    c = wt.cell(6, k, v)
    c.fill = EX
    c.font = Font(color="808080", size=9)
terminals = [
    dict(systemType="電子カルテ", usage="単体", hostName="HP-EMR-0101", ipAddress="192.168.10.101/24",
         location="本館 2F 医事課 受付カウンター", securityProduct="Trend Micro Apex One",
         remarks="端末操作可能時間：13:00-14:00"),
    dict(systemType="電子カルテ", usage="仮想デスクトップ", hostName="TC-WARD3-05", ipAddress="192.168.10.155/24",
         location="本館 3F 3東病棟 ナースステーション", vdiHostName="VDI-EMR-0305", vdiIpAddress="172.16.30.105/24",
         securityProduct="Microsoft Defender", remarks="病棟師長の立会い必須"),
    dict(systemType="医事", usage="単体", hostName="IJI-PC-02", ipAddress="192.168.10.121/24",
         location="本館 1F 医事課 事務室", securityProduct="Trend Micro Apex One"),
    dict(systemType="PACS", usage="単体", hostName="RAD-VIEW-01", ipAddress="192.168.20.51/24",
         location="本館 1F 放射線科 読影室", securityProduct="ESET Endpoint Security",
         remarks="検査終了後（17:00以降）のみ操作可"),
    dict(systemType="検査", usage="単体", hostName="LAB-PC-01", ipAddress="192.168.10.141/24",
         location="本館 1F 臨床検査室", securityProduct="Microsoft Defender"),
]
tkeys = ["systemType", "usage", "hostName", "ipAddress", "location", "vdiHostName", "vdiIpAddress",
         "securityProduct", "remarks"]
for n in range(5):
    r = 7 + n
    wt.cell(r, 1, f"No.{n + 1}")
    for k, key in enumerate(tkeys, 2):
        v = terminals[n].get(key)
        if v is not None:
            wt.cell(r, k, v)
for r in range(6, 12):
    for c in range(1, 11):
        wt.cell(r, c).border = BOX
        if r > 6:
            wt.cell(r, c).font = Font(size=9)
d = DataValidation(type="list", formula1="=リスト!$G$1:$G$2", allow_blank=True)
wt.add_data_validation(d)
d.add("C7:C11")

# ---------------------------------------------------------------- 設置場所記入シート (floor plan picture)
wf = wb.create_sheet("設置場所記入シート", 3)
wf["A1"] = "設置場所記入シート"
wf["A1"].font = Font(bold=True, size=14)
wf["A2"] = "※平面図（フロア図）を貼り付け、調査対象の回線終端装置・調査端末の位置に吹き出しを配置してください。"

img = Image.new("RGB", (1000, 700), "white")
dr = ImageDraw.Draw(img)
f = ImageFont.truetype(FONT, 18)
fs = ImageFont.truetype(FONT, 14)
dr.text((20, 10), "高松みなと病院 本館 平面図（1F / 2F / 3F 抜粋）", fill="black", font=f)
floors = [("1F", 40), ("2F", 260), ("3F", 480)]
for nm, y in floors:
    dr.rectangle([40, y + 40, 960, y + 200], outline="black", width=3)
    dr.text((48, y + 44), nm, fill="black", font=f)
for y, x0, x1, label in [(40, 180, 340, "医事課 事務室"), (40, 340, 560, "放射線科 操作室/読影室"),
                         (40, 560, 760, "臨床検査室"), (260, 180, 420, "医事課 受付"), (260, 420, 600, "サーバー室"),
                         (480, 180, 520, "3東病棟 ナースステーション")]:
    dr.rectangle([x0, y + 60, x1, y + 180], outline="gray", width=2)
    dr.text((x0 + 6, y + 64), label, fill="black", font=fs)
callouts = [
    ((250, 160), "回線3 ONU / IX2215"), ((400, 160), "回線2 ONU / RTX830"), ((450, 210), "No.4 RAD-VIEW-01"),
    ((230, 130), "No.3 IJI-PC-02"), ((620, 130), "No.5 LAB-PC-01"), ((200, 350), "No.1 HP-EMR-0101"),
    ((450, 380), "回線1 ONU / FortiGate 60F"), ((200, 570), "No.2 TC-WARD3-05"),
]
for (x, y), t in callouts:
    w = dr.textlength(t, font=fs) + 12
    dr.rounded_rectangle([x, y, x + w, y + 24], radius=6, fill="#FFF2CC", outline="#C00000", width=2)
    dr.text((x + 6, y + 3), t, fill="#C00000", font=fs)
png = os.path.join(OUT, NAME + ".floorplan.png")
img.save(png)
xi = XLImage(png)
xi.width, xi.height = 800, 560
wf.add_image(xi, "B4")
# callout texts the template generates from the other sheets (formulas, no cached values)
wf["N4"] = "吹き出し表示内容（自動）"
wf["N5"] = "='回線・機器情報記入シート'!A8&\"：\"&'回線・機器情報記入シート'!T8"
wf["N6"] = "='回線・機器情報記入シート'!A9&\"：\"&'回線・機器情報記入シート'!T9"
wf["N7"] = "='回線・機器情報記入シート'!A10&\"：\"&'回線・機器情報記入シート'!T10"
for k in range(5):
    wf[f"N{8 + k}"] = f"='調査端末情報記入シート'!A{7 + k}&\"：\"&'調査端末情報記入シート'!D{7 + k}&\" \"&'調査端末情報記入シート'!F{7 + k}"

# ---------------------------------------------------------------- password list (提出不要, left empty)
wp = wb.create_sheet("アカウント(ログインID)・パスワードリスト", 4)
wp["A1"] = "アカウント(ログインID)・パスワードリスト　【提出不要】"
wp["A1"].font = Font(bold=True, size=14, color="C00000")
wp["A2"] = "※本シートは事務局への提出は不要です。現地調査当日までに院内で情報を整理してください。"
wp["A4"] = "■調査①　インターネット回線/ONUに紐づく装置（ルータ/UTM/FW）"
for k, h in enumerate(["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"], 1):
    wp.cell(5, k, h).fill = HEAD
for n, ln in enumerate(lines):
    wp.cell(6 + n, 1, f"回線{n + 1}")
    wp.cell(6 + n, 2, ln["deviceMaker"])
    wp.cell(6 + n, 3, ln["deviceModel"])
box(wp, "A5:F10")
wp["A12"] = "■調査端末（シンクル端末/FAT端末）"
for k, h in enumerate(["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"], 1):
    wp.cell(13, k, h).fill = HEAD
for n, t in enumerate(terminals):
    wp.cell(14 + n, 1, f"端末{n + 1}")
    wp.cell(14 + n, 2, t["hostName"])
    wp.cell(14 + n, 3, t["ipAddress"])
box(wp, "A13:E18")
wp["A20"] = "備考（接続先情報など）"
for k, w in enumerate([8, 16, 20, 22, 16, 24], 1):
    wp.column_dimensions[L(k)].width = w

wb.active = 0
xlsx = os.path.join(OUT, NAME + ".xlsx")
wb.save(xlsx)
os.remove(png)

expected = {
    "form": "line-device-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "basicInfo": {
            "consent": "同意する",
            "facilityName": "社会医療法人 讃岐会 高松みなと病院",
            "facilityNameKana": "しゃかいいりょうほうじん さぬきかい たかまつみなとびょういん",
            "postalCode": "760-0011",
            "address": "香川県高松市浜ノ町12番8号",
            "addressKana": "かがわけんたかまつしはまのちょう12ばん8ごう",
            "beds": 186,
            "confirmerName": "三好 健太",
        },
        "contacts": [dict(department=d, name=n, phoneNumber=p, email=e) for d, n, p, e in contacts],
        "lines": lines,
        "ports": ports,
        "terminals": terminals,
        "floorPlan": {"image": True},
    },
    "planted": [],
    "notes": ("Official-style 5 sheets plus a hidden リスト sheet (drop-down sources). 記入例 rows on the line sheet "
              "(row 7) and terminal sheet (row 6) are not data. Lines 回線4/回線5 are labelled but empty. "
              "回線2 is 動的IP: グローバルIPアドレス holds the address seen when filling, the 当日 columns were filled on "
              "diagnosis day (確認済み + new address). 回線3 is 閉域網 without global IP, so 固定IP/動的IP and the "
              "address are left blank on purpose. Ports are a second table below the lines (A16:H20). The floor "
              "plan is a picture with callouts burned in; column N of 設置場所記入シート holds callout formulas "
              "without cached values. The password sheet is present but every ID/password cell is empty."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(expected, fh, ensure_ascii=False, indent=2)
print("wrote", xlsx)
