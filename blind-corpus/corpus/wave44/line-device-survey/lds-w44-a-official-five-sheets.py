#!/usr/bin/python3
"""Generator for lds-w44-a-official-five-sheets.xlsx (blind test workbook, 別紙2-1).

Layout: a secretariat-style workbook with one sheet per section (基本情報 / 回線・機器 / 調査端末 /
設置場所 / パスワードリスト(提出不要, left empty)) plus a hidden list sheet feeding the drop-downs.
Two-row headers, a labelled 記入例 row, a second table (port rows) under the line table,
a floor plan PNG pasted on the 設置場所 sheet. Filled completely and correctly.
"""
import sys, os, json
sys.path.insert(0, "/tmp/blindlib44")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w44-a-official-five-sheets"
XLSX = os.path.join(HERE, NAME + ".xlsx")
PNG = os.path.join("/tmp", NAME + "-floor.png")

thin = Side(style="thin", color="000000")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="D9E1F2")
REQ = PatternFill("solid", fgColor="FFF2CC")
EX = PatternFill("solid", fgColor="E7E6E6")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
BOLD = Font(bold=True)


def box(ws, rng, fill=None, align=WRAP, font=None):
    for row in ws[rng]:
        for c in row:
            c.border = B
            if fill:
                c.fill = fill
            if align:
                c.alignment = align
            if font:
                c.font = font


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
    "H": ["電子カルテ", "医事", "部門システム", "PACS", "検査", "リモート保守", "その他"],
}
for col, vals in lists.items():
    for i, v in enumerate(vals, 1):
        lst[f"{col}{i}"] = v

# ---------------------------------------------------------------- 基本情報記入シート
ws = wb.create_sheet("基本情報記入シート")
ws.sheet_view.showGridLines = False
for col, w in zip("ABCDEFGH", [3, 22, 8, 30, 10, 36, 10, 30]):
    ws.column_dimensions[col].width = w
ws["B1"] = "別紙2-1_医療機関記入依頼書（回線・機器情報等記入）"
ws["B1"].font = Font(bold=True, size=14)
ws["B2"] = "基本情報記入シート　　※黄色のセルは記入必須です。"

ws["B4"] = "本施策の同意確認"
ws.merge_cells("C4:F4")
ws["C4"] = ("(別紙)規約に記載の内容をご確認のうえ、本施策実施に同意いただける場合は"
            "「同意する」を選択してください")
ws.merge_cells("G4:H4")
ws["G4"] = "同意する"
box(ws, "B4:H4")
ws["B4"].fill = HEAD
ws["G4"].fill = REQ
ws.row_dimensions[4].height = 36
dv = DataValidation(type="list", formula1="=リスト!$A$1:$A$2", allow_blank=True)
ws.add_data_validation(dv)
dv.add("G4")

ws["B6"] = "■お客様情報(医療機関情報)"
ws["B6"].font = BOLD
ws["B7"] = "医療機関名"
ws.merge_cells("C7:D7")
ws["C7"] = "医療法人 北杜会 盛岡北杜病院"
ws["E7"] = "(かな)"
ws.merge_cells("F7:H7")
ws["F7"] = "いりょうほうじん ほくとかい もりおかほくとびょういん"
box(ws, "B7:H7")
ws.merge_cells("B8:B9")
ws["B8"] = "住所"
ws["C8"] = "〒"
ws["D8"] = "020-0866"
ws["E8"] = "住所"
ws["F8"] = "岩手県盛岡市本宮五丁目3番12号"
ws["G8"] = "(かな)"
ws["H8"] = "いわてけんもりおかしもとみやごちょうめ3ばん12ごう"
ws["E9"] = "ビル名"
ws["G9"] = "(かな)"
box(ws, "B8:H9")
ws["B10"] = "病床数"
ws["C10"] = 199
ws["D10"] = "床"
box(ws, "B10:D10")
for c in ("B7", "B8", "B10"):
    ws[c].fill = HEAD

ws["B12"] = "■担当者情報（4名まで）"
ws["B12"].font = BOLD
ws.merge_cells("C13:D13")
ws["B13"] = "担当者"
ws["C13"] = "所属・役職"
ws.merge_cells("E13:F13")
ws["E13"] = "氏名"
ws["G13"] = "電話番号"
ws["H13"] = "メールアドレス"
box(ws, "B13:H13", fill=HEAD, align=CENTER)
contacts = [
    ("事務部 情報システム課 係長", "佐々木 健一郎", "019-654-2231", "k-sasaki@morioka-hokuto.or.jp"),
    ("事務部 総務課 主任", "高橋 美咲", "019-654-2230", "m-takahashi@morioka-hokuto.or.jp"),
]
for i in range(4):
    r = 14 + i
    ws[f"B{r}"] = f"担当者{i + 1}"
    ws.merge_cells(f"C{r}:D{r}")
    ws.merge_cells(f"E{r}:F{r}")
    if i < len(contacts):
        d, n, p, m = contacts[i]
        ws[f"C{r}"] = d
        ws[f"E{r}"] = n
        ws[f"G{r}"] = p
        ws[f"H{r}"] = m
    box(ws, f"B{r}:H{r}")

ws["B19"] = "■申込内容の確認"
ws["B19"].font = BOLD
ws.merge_cells("B20:D20")
ws["B20"] = "確認者名(医療機関のご担当者名)　※フルネームでご記入ください"
ws.merge_cells("E20:F20")
ws["E20"] = "佐々木 健一郎"
box(ws, "B20:F20")
ws["B20"].fill = HEAD
ws["E20"].fill = REQ

# ---------------------------------------------------------------- 回線・機器情報記入シート
wl = wb.create_sheet("回線・機器情報記入シート")
wl.freeze_panes = "B5"
wl["A1"] = "回線・機器情報記入シート"
wl["A1"].font = Font(bold=True, size=14)
wl["A2"] = ("電子カルテシステムと接続するすべての回線（保守回線・閉域網・無線を含む）を1行に1回線ずつ記入してください。"
            "(*)は必須項目です。記入例の行は削除しないでください。")
groups = [
    ("B3:C3", "調査希望"),
    ("D3:D4", "電子カルテシステムと接続するネットワークとの接続 (*)"),
    ("E3:E4", "用途・システム名 (*)"),
    ("F3:I3", "回線と紐付くグローバルIPアドレス"),
    ("J3:K3", "脆弱性診断当日記入欄"),
    ("L3:L4", "FQDN"),
    ("M3:N3", "プロバイダ情報"),
    ("O3:S3", "回線情報"),
    ("T3:T3", "回線終端装置(ONU/モデム)情報"),
    ("U3:W3", "接続装置(ルータ/UTM/FW)"),
]
subs = {
    "B4": "技術バージョン確認 (*)", "C4": "脆弱性診断 (*)",
    "F4": "通信形態 (*)", "G4": "グローバルIP利用 (*)", "H4": "固定IP/動的IP (*)",
    "I4": "グローバルIPアドレス (*)", "J4": "グローバルIP確認", "K4": "グローバルIPアドレス",
    "M4": "プロバイダ名", "N4": "プロバイダ品目",
    "O4": "回線事業者", "P4": "回線サービス名", "Q4": "回線ID", "R4": "回線名", "S4": "回線の種類",
    "T4": "回線終端装置設置場所 (*)",
    "U4": "メーカー", "V4": "機種名", "W4": "ファームウェアバージョン",
}
for rng, text in groups:
    a = rng.split(":")[0]
    if rng.split(":")[0] != rng.split(":")[1]:
        wl.merge_cells(rng)
    wl[a] = text
for a, text in subs.items():
    wl[a] = text
wl["A3"] = "回線No."
wl.merge_cells("A3:A4")
box(wl, "A3:W4", fill=HEAD, align=CENTER)
wl.row_dimensions[4].height = 45
widths = [9, 14, 14, 16, 24, 16, 12, 12, 17, 12, 17, 22, 16, 20, 14, 22, 16, 16, 10, 28, 12, 14, 16]
for i, w in enumerate(widths):
    wl.column_dimensions[chr(65 + i)].width = w

example = ["記入例", "調査希望あり", "調査希望あり", "あり", "電子カルテ", "インターネットVPN", "あり", "固定IP",
           "121.119.249.222", "入力不要", None, "example.xxx", "NTT東日本", "Bフレッツサービス", "NTT東日本",
           "フレッツ光ネクスト", "CAF0000000000", "保守回線", "光回線", "本部棟 3F サーバー室 -1番ラック 3U",
           "ヤマハ", "RTX1210", "Rev.14.01.xx"]
for i, v in enumerate(example):
    wl.cell(row=5, column=i + 1, value=v)
box(wl, "A5:W5", fill=EX)

LINES = [
    dict(versionCheck="調査希望あり", vulnerabilityScan="調査希望あり", ehrConnection="あり",
         purpose="電子カルテ（ベンダリモート保守）", communicationType="インターネットVPN", globalIpUse="あり",
         ipAssignment="固定IP", globalIpAddress="118.243.87.14", diagnosisDayCheck="入力不要",
         fqdn="vpn1.morioka-hokuto.or.jp", provider="OCN", providerService="OCN光 IPoE 固定IP1",
         carrier="NTT東日本", carrierService="フレッツ光ネクスト ギガファミリー・スマートタイプ",
         lineId="CAF2215308741", lineName="電カル保守回線", lineKind="光回線",
         terminationLocation="本館1F サーバー室 ラック2 上段", deviceMaker="ヤマハ", deviceModel="RTX1210",
         firmwareVersion="Rev.14.01.42"),
    dict(versionCheck="調査希望あり", vulnerabilityScan="調査希望なし", ehrConnection="あり",
         purpose="オンライン資格確認・オンライン請求", communicationType="閉域網", globalIpUse="なし",
         diagnosisDayCheck="入力不要",
         carrier="NTT東日本", carrierService="フレッツ・VPN ワイド", lineId="CAF3307714852",
         lineName="オン資回線", lineKind="光回線",
         terminationLocation="本館1F 医事課 事務室奥 壁面ラック", deviceMaker="NEC",
         deviceModel="UNIVERGE IX2215", firmwareVersion="10.2.42"),
    dict(versionCheck="調査希望あり", vulnerabilityScan="調査希望あり", ehrConnection="あり",
         purpose="PACS（遠隔読影）", communicationType="インターネットVPN", globalIpUse="あり",
         ipAssignment="動的IP", globalIpAddress="61.204.33.170", diagnosisDayCheck="確認済み",
         diagnosisDayAddress="61.204.33.170",
         provider="ASAHIネット", providerService="AsahiNet 光 with フレッツ",
         carrier="NTT東日本", carrierService="フレッツ光ネクスト マンションタイプ", lineId="CAF5190027736",
         lineName="遠隔読影回線", lineKind="光回線",
         terminationLocation="本館1F 放射線科 読影室 PACSラック", deviceMaker="Fortinet",
         deviceModel="FortiGate 60F", firmwareVersion="v7.2.8"),
]
order = ["versionCheck", "vulnerabilityScan", "ehrConnection", "purpose", "communicationType", "globalIpUse",
         "ipAssignment", "globalIpAddress", "diagnosisDayCheck", "diagnosisDayAddress", "fqdn", "provider",
         "providerService", "carrier", "carrierService", "lineId", "lineName", "lineKind",
         "terminationLocation", "deviceMaker", "deviceModel", "firmwareVersion"]
for n in range(5):
    r = 6 + n
    wl.cell(row=r, column=1, value=f"回線{n + 1}")
    if n < len(LINES):
        for j, k in enumerate(order):
            v = LINES[n].get(k)
            if v is not None:
                wl.cell(row=r, column=2 + j, value=v)
    box(wl, f"A{r}:W{r}")
for col, src in (("B", "$B$1:$B$2"), ("C", "$B$1:$B$2"), ("D", "$C$1:$C$2"), ("F", "$D$1:$D$5"),
                 ("G", "$C$1:$C$2"), ("H", "$E$1:$E$2"), ("J", "$F$1:$F$2")):
    d = DataValidation(type="list", formula1=f"=リスト!{src}", allow_blank=True)
    wl.add_data_validation(d)
    d.add(f"{col}6:{col}10")

# second table: device port rows
wl["A13"] = "■装置と接続する回線と機器の詳細（機器のポート情報）"
wl["A13"].font = BOLD
ph = ["回線", "機器", "ポート (*)", "機器名 (*)", "IPアドレス (*)", "ポート番号 (*)", "プロトコル (*)", "接続状況"]
for i, h in enumerate(ph):
    wl.cell(row=14, column=1 + i, value=h)
box(wl, "A14:H14", fill=HEAD, align=CENTER)
PORTS = [
    dict(line="回線1", device="RTX1210", port="LAN1", deviceName="電子カルテ保守用中継サーバ",
         ipAddress="192.168.10.20", portNumber=443, protocol="HTTPS", connectionStatus="接続あり"),
    dict(line="回線1", device="RTX1210", port="LAN2", deviceName="院内コアスイッチ",
         ipAddress="192.168.10.1", portNumber=22, protocol="SSH", connectionStatus="接続あり"),
    dict(line="回線3", device="FortiGate 60F", port="internal1", deviceName="PACSゲートウェイ",
         ipAddress="192.168.30.5", portNumber=104, protocol="DICOM", connectionStatus="接続あり"),
    dict(line="回線3", device="FortiGate 60F", port="internal2", deviceName="予備（院内LAN延長用）",
         ipAddress="192.168.30.6", portNumber=104, protocol="DICOM", connectionStatus="接続なし"),
]
pk = ["line", "device", "port", "deviceName", "ipAddress", "portNumber", "protocol", "connectionStatus"]
for i, p in enumerate(PORTS):
    for j, k in enumerate(pk):
        wl.cell(row=15 + i, column=1 + j, value=p[k])
    box(wl, f"A{15 + i}:H{15 + i}")

# ---------------------------------------------------------------- 調査端末情報記入シート
wt = wb.create_sheet("調査端末情報記入シート")
wt["A1"] = "調査端末情報記入シート（調査端末は5台まで）"
wt["A1"].font = Font(bold=True, size=14)
wt["A2"] = "電子カルテ端末から1台、その他主要な部門システムから1台ずつの選定を推奨します。"
wt.merge_cells("A3:A4")
wt["A3"] = "調査端末情報"
wt.merge_cells("B3:B4")
wt["B3"] = "システム種別 (*)"
wt.merge_cells("C3:C4")
wt["C3"] = "シングル利用 (*)"
wt.merge_cells("D3:F3")
wt["D3"] = "シンクル端末/FAT端末"
wt["D4"] = "端末ホスト名 (*)"
wt["E4"] = "IPアドレス (*)"
wt["F4"] = "設置場所 (*)"
wt.merge_cells("G3:H3")
wt["G3"] = "仮想デスクトップ"
wt["G4"] = "端末ホスト名"
wt["H4"] = "IPアドレス"
wt.merge_cells("I3:I4")
wt["I3"] = "セキュリティ対策製品"
wt.merge_cells("J3:J4")
wt["J3"] = "備考"
box(wt, "A3:J4", fill=HEAD, align=CENTER)
for col, w in zip("ABCDEFGHIJ", [10, 14, 16, 16, 20, 28, 16, 20, 26, 30]):
    wt.column_dimensions[col].width = w
ex = ["記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F OOO室", "PCXXXX", "192.168.1.25/24",
      "Microsoft Defender", "端末操作可能時間：12:00-13:00"]
for i, v in enumerate(ex):
    wt.cell(row=5, column=1 + i, value=v)
box(wt, "A5:J5", fill=EX)
TERMS = [
    dict(systemType="電子カルテ", usage="単体", hostName="EMR-PC-0112", ipAddress="192.168.10.112/24",
         location="本館2F 外来 第3診察室", securityProduct="Trend Micro Apex One",
         remarks="端末操作可能時間：12:30-13:30"),
    dict(systemType="電子カルテ", usage="仮想デスクトップ", hostName="TC-W3N-07", ipAddress="192.168.10.157/24",
         location="西病棟3F ナースステーション", vdiHostName="VDI-EMR-0157", vdiIpAddress="172.16.20.157/24",
         securityProduct="Trend Micro Apex One"),
    dict(systemType="医事会計", usage="単体", hostName="IJI-PC-03", ipAddress="192.168.20.13/24",
         location="本館1F 医事課", securityProduct="Microsoft Defender"),
    dict(systemType="PACS", usage="単体", hostName="PACS-VW-02", ipAddress="192.168.30.22/24",
         location="本館1F 放射線科 読影室", securityProduct="ESET Endpoint Security",
         remarks="読影中は操作不可のため放射線科に声掛け"),
    dict(systemType="検査システム", usage="単体", hostName="LAB-PC-01", ipAddress="192.168.40.11/24",
         location="本館B1F 臨床検査室", securityProduct="Microsoft Defender",
         remarks="平日9:00-17:00のみ操作可"),
]
tk = ["systemType", "usage", "hostName", "ipAddress", "location", "vdiHostName", "vdiIpAddress",
      "securityProduct", "remarks"]
for i, t in enumerate(TERMS):
    r = 6 + i
    wt.cell(row=r, column=1, value=f"No.{i + 1}")
    for j, k in enumerate(tk):
        if k in t:
            wt.cell(row=r, column=2 + j, value=t[k])
    box(wt, f"A{r}:J{r}")
d = DataValidation(type="list", formula1="=リスト!$G$1:$G$2", allow_blank=True)
wt.add_data_validation(d)
d.add("C6:C10")

# ---------------------------------------------------------------- 設置場所記入シート (floor plan)
img = Image.new("RGB", (900, 560), "white")
dr = ImageDraw.Draw(img)
font = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 18, index=0)
small = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 14, index=0)
dr.text((20, 10), "盛岡北杜病院 本館1F 平面図（抜粋）", fill="black", font=font)
rooms = [((20, 50, 260, 230), "サーバー室"), ((260, 50, 520, 230), "医事課 事務室"),
         ((520, 50, 880, 230), "放射線科 読影室"), ((20, 230, 380, 420), "外来待合"),
         ((380, 230, 640, 420), "総合受付"), ((640, 230, 880, 420), "救急外来"),
         ((20, 420, 880, 540), "廊下 / 正面玄関")]
for (x0, y0, x1, y1), name in rooms:
    dr.rectangle((x0, y0, x1, y1), outline="black", width=3)
    dr.text((x0 + 10, y0 + 8), name, fill="black", font=font)
marks = [((150, 160), "① 回線1 ONU/RTX1210"), ((400, 160), "② 回線2 ONU/IX2215"),
         ((700, 160), "③ 回線3 ONU/FortiGate"), ((700, 120), "端末No.4 PACS-VW-02"),
         ((430, 100), "端末No.3 IJI-PC-03")]
for (x, y), t in marks:
    dr.ellipse((x - 8, y - 8, x + 8, y + 8), fill="red")
    dr.text((x - 60, y + 12), t, fill="red", font=small)
img.save(PNG)

wf = wb.create_sheet("設置場所記入シート")
wf["A1"] = "設置場所記入シート　平面図またはフロア図を貼り付け、吹き出しを設置場所に配置してください。"
wf["A1"].font = BOLD
pic = XLImage(PNG)
pic.width, pic.height = 720, 448
wf.add_image(pic, "A3")
wf["M3"] = "吹き出し（設置場所）"
wf["M3"].font = BOLD
callouts = [
    "回線1：本館1F サーバー室 ラック2 上段（RTX1210）",
    "回線2：本館1F 医事課 事務室奥 壁面ラック（IX2215）",
    "回線3：本館1F 放射線科 読影室 PACSラック（FortiGate 60F）",
    "No.1 EMR-PC-0112：本館2F 外来 第3診察室（2F図は別添）",
    "No.2 TC-W3N-07：西病棟3F ナースステーション（3F図は別添）",
    "No.3 IJI-PC-03：本館1F 医事課",
    "No.4 PACS-VW-02：本館1F 放射線科 読影室",
    "No.5 LAB-PC-01：本館B1F 臨床検査室（B1F図は別添）",
]
for i, t in enumerate(callouts):
    wf.cell(row=4 + i, column=13, value=t).border = B
wf.column_dimensions["M"].width = 60

# ---------------------------------------------------------------- password list (提出不要) left empty
wp = wb.create_sheet("アカウント(ログインID)・パスワードリスト")
wp["A1"] = "アカウント(ログインID)・パスワードリスト　※提出不要（現地調査当日までに院内で整理してください）"
wp["A1"].font = BOLD
wp["A3"] = "■調査① インターネット回線/ONUに紐づく装置(ルータ/UTM/FW)"
for i, h in enumerate(["", "メーカー", "機種名", "アカウント/ログインID", "パスワード",
                       "特権(enable)モード パスワード"]):
    wp.cell(row=4, column=1 + i, value=h)
box(wp, "A4:F4", fill=HEAD, align=CENTER)
for i in range(5):
    wp.cell(row=5 + i, column=1, value=f"回線{i + 1}")
    box(wp, f"A{5 + i}:F{5 + i}")
wp["A11"] = "■調査端末(シンクル端末/FAT端末)"
for i, h in enumerate(["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"]):
    wp.cell(row=12, column=1 + i, value=h)
box(wp, "A12:E12", fill=HEAD, align=CENTER)
for i in range(5):
    wp.cell(row=13 + i, column=1, value=f"端末{i + 1}")
    box(wp, f"A{13 + i}:E{13 + i}")
for col in "BCDEF":
    wp.column_dimensions[col].width = 22

lst.sheet_state = "hidden"
wb.active = 1
wb.save(XLSX)

# ---------------------------------------------------------------- expected.json
expected = {
    "form": "line-device-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "basicInfo": {
            "consent": "同意する",
            "facilityName": "医療法人 北杜会 盛岡北杜病院",
            "facilityNameKana": "いりょうほうじん ほくとかい もりおかほくとびょういん",
            "postalCode": "020-0866",
            "address": "岩手県盛岡市本宮五丁目3番12号",
            "addressKana": "いわてけんもりおかしもとみやごちょうめ3ばん12ごう",
            "beds": 199,
            "confirmerName": "佐々木 健一郎",
        },
        "contacts": [dict(department=d, name=n, phoneNumber=p, email=m) for d, n, p, m in contacts],
        "lines": LINES,
        "ports": PORTS,
        "terminals": TERMS,
        "floorPlan": {"image": True},
    },
    "planted": [],
    "notes": ("記入例 rows (回線・機器 row 5, 調査端末 row 5) are labelled 記入例 and are not data. "
              "回線2 is 閉域網 with グローバルIP利用 なし, so 固定IP/動的IP and グローバルIPアドレス are left blank "
              "on purpose (not applicable); 脆弱性診断 調査希望なし for it. 回線3 is 動的IP and the 当日記入欄 is "
              "already filled (確認済み + address) as the file re-uploaded on diagnosis day. The password list sheet "
              "is present but every account/password cell is empty (提出不要 sheet left blank). Hidden sheet リスト "
              "only feeds the drop-downs. ビル名 left blank (no building)."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("wrote", XLSX)
