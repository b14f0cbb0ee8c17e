#!/usr/bin/python3
# Generator for lds-w9-b-inline-labels-lo.xlsx (form line-device-survey, R6)
# Role: the hospital's 情報システム担当 who built the 別紙2-1 answer in an own workbook from the
# briefing slides: a 記入要領 sheet in front, a hidden リスト sheet feeding the drop-downs,
# 基本情報 written as 「項目：値」 in one cell, the line table with the 回線情報 block moved first,
# the port table as a second table under the lines, two floor-plan pictures, then re-saved in
# LibreOffice Calc.  Three planted problems (see expected.json).
import io, json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

OUT = "/work/blind/wave9/line-device-survey"
NAME = "lds-w9-b-inline-labels-lo"

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="FCE4D6")
EXF = PatternFill("solid", fgColor="E7E6E6")
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def put(ws, ref, v, fill=None, bold=False, align=WRAP):
    c = ws[ref]
    c.value = v
    c.alignment = align
    if fill:
        c.fill = fill
    if bold:
        c.font = Font(bold=True)
    return c


def box(ws, rng):
    if ":" not in rng:
        rng = rng + ":" + rng
    for row in ws[rng]:
        for c in row:
            c.border = BOX


wb = Workbook()
# ------------------------------------------------------------------ 記入要領
wi = wb.active
wi.title = "記入要領"
wi.column_dimensions["A"].width = 110
guide = [
    "別紙2-1 医療機関記入依頼書（回線・機器情報等記入）　記入要領（院内用メモ）",
    "",
    "・提出先：サイバーセキュリティ確保事業 事務局（ポータルシステムへアップロード）　期限 9/30（早期提出推奨）",
    "・基本情報記入シート：「同意する」を選択。担当者は4名まで。最後に確認者名をフルネームで記入。",
    "・回線・機器情報記入シート：電子カルテに接続する全回線（ベンダ保守回線を含む）を1行1回線で記入。記入例の行は消さない。",
    "・閉域網に接続された回線は脆弱性診断の対象外。動的IPの回線は診断当日にグローバルIPを再確認して当日記入欄へ記入。",
    "・調査端末情報記入シート：電子カルテ端末1台＋主要部門システム端末　計5台。",
    "・設置場所記入シート：平面図／フロア図を貼り付け、回線終端装置と調査端末の位置を示す。",
    "・アカウント(ログインID)・パスワードリスト：提出不要（当日までの準備用）。",
]
for i, t in enumerate(guide):
    wi.cell(row=i + 1, column=1, value=t or None)
wi["A1"].font = Font(bold=True, size=12)

# ------------------------------------------------------------------ hidden list sheet
wlst = wb.create_sheet("リスト")
lists = {
    "A": ["同意する"],
    "B": ["調査希望あり", "調査希望なし"],
    "C": ["あり", "なし"],
    "D": ["インターネット", "インターネットVPN", "閉域網", "モバイル回線（LTE）"],
    "E": ["固定IP", "動的IP"],
    "F": ["確認済み", "入力不要"],
    "G": ["単体", "仮想デスクトップ"],
}
for col, vals in lists.items():
    for i, v in enumerate(vals):
        wlst[f"{col}{i + 1}"] = v
wlst.sheet_state = "hidden"

# ------------------------------------------------------------------ 基本情報記入シート
ws = wb.create_sheet("基本情報記入シート")
ws.column_dimensions["A"].width = 3
ws.column_dimensions["B"].width = 70
ws.column_dimensions["C"].width = 16
put(ws, "B1", "基本情報記入シート", bold=True)
put(ws, "B2", "■お客様情報（医療機関情報）", bold=True)
basic_lines = [
    "医療機関名：社会医療法人 瀬戸内会　さぬき中央病院",
    "（かな）：しゃかいいりょうほうじん せとうちかい さぬきちゅうおうびょういん",
    "住所：〒761-8076 香川県高松市多肥上町1234番地1",
    "住所（かな）：かがわけんたかまつしたひかみまち1234ばんち1",
    "ビル名：瀬戸内メディカルセンタービル",
    "ビル名（かな）：せとうちめでぃかるせんたーびる",
    "病床数：199床",
]
for i, t in enumerate(basic_lines):
    put(ws, f"B{3 + i}", t)
    box(ws, f"B{3 + i}")
put(ws, "B11", "■本施策の同意確認（別紙7・別紙8を確認のうえ「同意する」を選択）", bold=True)
put(ws, "B12", "本施策の同意確認 →")
put(ws, "C12", "同意する", align=CENTER)
box(ws, "B12:C12")
dv = DataValidation(type="list", formula1="=リスト!$A$1:$A$1", allow_blank=True)
ws.add_data_validation(dv)
dv.add("C12")

put(ws, "B14", "■担当者情報（4名まで）", bold=True)
contacts = [
    {"department": "診療情報管理室 主任", "name": "宮武 亮介", "phoneNumber": "087-868-2201",
     "email": "miyatake@sanuki-chuo.example.jp"},
    {"department": "事務部 施設管理課 課長", "name": "大林 和也", "phoneNumber": "087-868-2205",
     "email": "obayashi@sanuki-chuo.example.jp"},
    {"department": "放射線科 技師長", "name": "藤澤 真理", "phoneNumber": "090-3412-7785",
     "email": "fujisawa@sanuki-chuo.example.jp"},
]
r = 15
for i in range(4):
    put(ws, f"B{r}", f"担当者{'①②③④'[i]}", bold=True)
    r += 1
    c = contacts[i] if i < len(contacts) else None
    for lab, key in [("所属・役職", "department"), ("氏名", "name"), ("電話番号", "phoneNumber"),
                     ("メールアドレス", "email")]:
        put(ws, f"B{r}", f"{lab}：" + (c[key] if c else ""))
        box(ws, f"B{r}")
        r += 1
r += 1
put(ws, f"B{r}", "■申込内容の確認", bold=True)
put(ws, f"B{r + 1}", "確認者名（医療機関のご担当者名・フルネーム）：宮武 亮介")
box(ws, f"B{r + 1}")
confirm_row = r + 1

# ------------------------------------------------------------------ 回線・機器情報記入シート
wl = wb.create_sheet("回線・機器情報記入シート")
cols = [  # (col, group, header, key)
    ("C", "回線情報", "回線名", "lineName"),
    ("D", "回線情報", "回線の種類", "lineKind"),
    ("E", "回線情報", "回線事業者", "carrier"),
    ("F", "回線情報", "回線サービス名", "carrierService"),
    ("G", "回線情報", "回線ID", "lineId"),
    ("H", "調査希望", "技術バージョン確認 (*)", "versionCheck"),
    ("I", "調査希望", "脆弱性診断 (*)", "vulnerabilityScan"),
    ("J", "用途", "電子カルテシステムと接続するネットワークとの接続 (*)", "ehrConnection"),
    ("K", "用途", "用途・システム名 (*)", "purpose"),
    ("L", "通信形態・アドレス", "通信形態 (*)", "communicationType"),
    ("M", "通信形態・アドレス", "グローバルIP利用 (*)", "globalIpUse"),
    ("N", "通信形態・アドレス", "固定IP/動的IP (*)", "ipAssignment"),
    ("O", "通信形態・アドレス", "グローバルIPアドレス (*)", "globalIpAddress"),
    ("P", "脆弱性診断当日記入欄", "グローバルIP確認", "diagnosisDayCheck"),
    ("Q", "脆弱性診断当日記入欄", "グローバルIPアドレス", "diagnosisDayAddress"),
    ("R", "通信形態・アドレス", "FQDN", "fqdn"),
    ("S", "プロバイダ情報", "プロバイダ名", "provider"),
    ("T", "プロバイダ情報", "プロバイダ品目", "providerService"),
    ("U", "回線終端装置(ONU/モデム)情報", "回線終端装置設置場所 (*)", "terminationLocation"),
    ("V", "機器情報（ルータ/UTM/FW）", "メーカー", "deviceMaker"),
    ("W", "機器情報（ルータ/UTM/FW）", "機種名", "deviceModel"),
    ("X", "機器情報（ルータ/UTM/FW）", "ファームウェアバージョン", "firmwareVersion"),
]
put(wl, "B1", "回線・機器情報記入シート　　(*)は必須項目", bold=True)
wl.column_dimensions["A"].width = 2
wl.column_dimensions["B"].width = 9
for col, grp, hdr, key in cols:
    wl.column_dimensions[col].width = 18
# group header row 3 (merge consecutive equal groups), item header row 4
i = 0
while i < len(cols):
    j = i
    while j + 1 < len(cols) and cols[j + 1][1] == cols[i][1]:
        j += 1
    if j > i:
        wl.merge_cells(f"{cols[i][0]}3:{cols[j][0]}3")
    put(wl, f"{cols[i][0]}3", cols[i][1], HEAD, True, CENTER)
    i = j + 1
for col, grp, hdr, key in cols:
    put(wl, f"{col}4", hdr, HEAD, True, CENTER)
wl.merge_cells("B3:B4")
put(wl, "B3", "回線", HEAD, True, CENTER)
wl.row_dimensions[4].height = 45

example = {"lineName": "○○回線", "lineKind": "光回線", "carrier": "NTT東日本", "carrierService": "フレッツ光ネクスト",
           "lineId": "CAF0000000000", "versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望あり",
           "ehrConnection": "あり", "purpose": "電子カルテ", "communicationType": "インターネットVPN",
           "globalIpUse": "あり", "ipAssignment": "固定IP", "globalIpAddress": "121.119.249.222",
           "diagnosisDayCheck": "入力不要", "diagnosisDayAddress": "入力不要", "fqdn": "example.xxx",
           "provider": "NTT東日本", "providerService": "Bフレッツサービス",
           "terminationLocation": "本部棟 3F サーバー室 1番ラック 3U", "deviceMaker": "ヤマハ",
           "deviceModel": "RTX1210", "firmwareVersion": "Rev.14.01.xx"}
lines = [
    {"lineName": "電子カルテ保守回線", "lineKind": "光回線", "carrier": "NTT西日本",
     "carrierService": "フレッツ 光ネクスト ファミリー・ハイスピードタイプ", "lineId": "CAF2207731845",
     "versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり",
     "purpose": "電子カルテ", "communicationType": "インターネットVPN", "globalIpUse": "あり",
     "ipAssignment": "固定IP", "globalIpAddress": "192.168.1.1", "diagnosisDayCheck": "入力不要",
     "provider": "BIGLOBE", "providerService": "BIGLOBE光 固定IPアドレスオプション",
     "terminationLocation": "本館1F 電算室 19インチラック 2段目",
     "deviceMaker": "Cisco", "deviceModel": "ISR1100-4G", "firmwareVersion": "IOS XE 17.9.4a"},
    {"lineName": "地域医療連携回線", "lineKind": "光回線", "carrier": "NTT西日本",
     "carrierService": "フレッツ・VPN ゲート", "lineId": "CAF2219908814",
     "versionCheck": "調査希望なし", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり",
     "purpose": "地域医療連携ネットワーク", "communicationType": "閉域網", "globalIpUse": "なし",
     "diagnosisDayCheck": "入力不要",
     "terminationLocation": "本館1F 電算室 19インチラック 3段目",
     "deviceMaker": "ヤマハ", "deviceModel": "RTX830", "firmwareVersion": "Rev.15.02.31"},
    {"lineName": "オンライン資格確認回線", "lineKind": "光回線", "carrier": "NTT西日本",
     "carrierService": "フレッツ 光クロス", "lineId": "CAF2230015562",
     "versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり",
     "purpose": "オンライン資格確認", "communicationType": "インターネット", "globalIpUse": "あり",
     "ipAssignment": "動的IP", "globalIpAddress": "126.78.203.15",
     "provider": "ASAHIネット", "providerService": "AsahiNet 光 クロス",
     "terminationLocation": "本館1F 医事課 事務室 壁面",
     "deviceMaker": "NEC", "deviceModel": "UNIVERGE IX2106", "firmwareVersion": "Ver.10.7.18"},
    {"lineName": "検査システム保守回線", "lineKind": "モバイル回線", "carrier": "NTTドコモ",
     "carrierService": "docomo 法人LTE",
     "versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望なし", "ehrConnection": "あり",
     "purpose": "臨床検査システム 保守", "communicationType": "モバイル回線（LTE）", "globalIpUse": "なし",
     "diagnosisDayCheck": "入力不要",
     "terminationLocation": "本館2F 検査科 検査システムサーバ横",
     "deviceMaker": "NEC", "deviceModel": "Aterm MR05LN", "firmwareVersion": "1.0.5"},
]
put(wl, "B5", "記入例", EXF, align=CENTER)
for col, grp, hdr, key in cols:
    put(wl, f"{col}5", example.get(key), EXF)
cell_of = {}
for i, l in enumerate(lines):
    rr = 6 + i
    put(wl, f"B{rr}", f"回線{i + 1}", align=CENTER)
    for col, grp, hdr, key in cols:
        put(wl, f"{col}{rr}", l.get(key))
        cell_of[(i, key)] = f"{col}{rr}"
box(wl, f"B3:X{5 + len(lines)}")
# drop-downs
for rng, src in [("H6:I10", "$B$1:$B$2"), ("J6:J10", "$C$1:$C$2"), ("M6:M10", "$C$1:$C$2"),
                 ("N6:N10", "$E$1:$E$2"), ("P6:P10", "$F$1:$F$2")]:
    d = DataValidation(type="list", formula1=f"=リスト!{src}", allow_blank=True)
    wl.add_data_validation(d)
    d.add(rng)

# second table: ports
pr = 13
put(wl, f"B{pr - 1}", "■装置と接続する回線と機器の詳細（機器のポート情報）", bold=True, align=Alignment())
phdr = [("B", "回線", "line"), ("C", "装置", "device"), ("D", "ポート (*)", "port"), ("E", "機器名 (*)", "deviceName"),
        ("F", "IPアドレス (*)", "ipAddress"), ("G", "ポート番号 (*)", "portNumber"), ("H", "プロトコル (*)", "protocol"),
        ("I", "接続状況", "connectionStatus")]
for col, h, k in phdr:
    put(wl, f"{col}{pr}", h, HEAD, True, CENTER)
ports = [
    {"line": "回線1", "device": "ISR1100-4G", "port": "GE0/0/1", "deviceName": "電子カルテDBサーバ（HIS-DB01）",
     "ipAddress": "10.1.1.10", "portNumber": 1521, "protocol": "TCP", "connectionStatus": "接続あり"},
    {"line": "回線1", "device": "ISR1100-4G", "port": "GE0/0/2", "deviceName": "保守用端末（MNT-01）",
     "ipAddress": "10.1.1.200", "portNumber": 22, "protocol": "SSH", "connectionStatus": "接続あり"},
    {"line": "回線3", "device": "IX2106", "port": "GE1", "deviceName": "オン資端末（ONS-PC01）",
     "ipAddress": "10.1.5.21", "portNumber": 443, "protocol": "HTTPS", "connectionStatus": "接続あり"},
    {"line": "回線4", "device": "Aterm MR05LN", "port": "LAN", "deviceName": "検査システムサーバ（LIS-SV01）",
     "ipAddress": "10.1.3.15", "portNumber": 5900, "protocol": "VNC", "connectionStatus": "接続なし"},
]
for i, p in enumerate(ports):
    for col, h, k in phdr:
        # port numbers typed as text by the filler
        v = str(p[k]) if k == "portNumber" else p[k]
        put(wl, f"{col}{pr + 1 + i}", v)
box(wl, f"B{pr}:I{pr + len(ports)}")
wl.freeze_panes = "C5"

# ------------------------------------------------------------------ 調査端末情報記入シート
wt = wb.create_sheet("調査端末情報記入シート")
for col, w in zip("BCDEFGHIJK", [8, 14, 16, 16, 18, 26, 16, 18, 26, 34]):
    wt.column_dimensions[col].width = w
put(wt, "B1", "調査端末情報記入シート", bold=True)
wt.merge_cells("B3:B4"); put(wt, "B3", "No.", HEAD, True, CENTER)
wt.merge_cells("C3:C4"); put(wt, "C3", "システム種別 (*)", HEAD, True, CENTER)
wt.merge_cells("D3:D4"); put(wt, "D3", "シングル利用 (*)", HEAD, True, CENTER)
wt.merge_cells("E3:G3"); put(wt, "E3", "シンクル端末/FAT端末", HEAD, True, CENTER)
put(wt, "E4", "端末ホスト名 (*)", HEAD, True, CENTER)
put(wt, "F4", "IPアドレス (*)", HEAD, True, CENTER)
put(wt, "G4", "設置場所 (*)", HEAD, True, CENTER)
wt.merge_cells("H3:I3"); put(wt, "H3", "仮想デスクトップ", HEAD, True, CENTER)
put(wt, "H4", "端末ホスト名", HEAD, True, CENTER)
put(wt, "I4", "IPアドレス", HEAD, True, CENTER)
wt.merge_cells("J3:J4"); put(wt, "J3", "セキュリティ対策製品", HEAD, True, CENTER)
wt.merge_cells("K3:K4"); put(wt, "K3", "備考", HEAD, True, CENTER)
ex = ["記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F ○○○室", "PCXXXX", "192.168.1.25/24",
      "Microsoft Defender", "端末操作可能時間：12:00-13:00"]
for col, v in zip("BCDEFGHIJK", ex):
    put(wt, f"{col}5", v, EXF)
terminals = [
    {"systemType": "電子カルテ", "usage": "単体", "hostName": "SCH-EMR-01", "ipAddress": "10.1.10.51/24",
     "location": "本館2F 東病棟ナースステーション", "securityProduct": "Microsoft Defender for Endpoint",
     "remarks": "端末操作可能時間：14:00-16:00\n当日は病棟師長の立会い必須"},
    {"systemType": "電子カルテ", "usage": "仮想デスクトップ", "hostName": "SCH-TC-07", "ipAddress": "10.1.10.87/24",
     "location": "本館1F 外来 第3診察室", "vdiHostName": "VDI-EMR-07", "vdiIpAddress": "10.1.50.107/24",
     "securityProduct": "Microsoft Defender for Endpoint"},
    {"systemType": "医事会計", "usage": "単体", "hostName": "SCH-IJI-02", "ipAddress": "10.1.20.12/24",
     "location": "本館1F 医事課", "securityProduct": "ESET PROTECT"},
    {"systemType": "放射線（RIS）", "usage": "単体", "hostName": "SCH-RIS-01", "ipAddress": "10.1.30.11/24",
     "location": "本館1F 放射線科 操作室", "securityProduct": "Trend Micro Apex One"},
    {"systemType": "臨床検査", "usage": "単体", "hostName": "SCH-LIS-03", "ipAddress": "10.1.3.33/24",
     "location": "本館2F 検査科", "securityProduct": "Trend Micro Apex One",
     "remarks": "検査業務の繁忙時間（8:30-11:00）は不可"},
]
tkeys = ["systemType", "usage", "hostName", "ipAddress", "location", "vdiHostName", "vdiIpAddress",
         "securityProduct", "remarks"]
for i, t in enumerate(terminals):
    rr = 6 + i
    put(wt, f"B{rr}", f"No.{i + 1}", align=CENTER)
    for col, k in zip("CDEFGHIJK", tkeys):
        put(wt, f"{col}{rr}", t.get(k))
box(wt, "B3:K10")
dvt = DataValidation(type="list", formula1="=リスト!$G$1:$G$2", allow_blank=True)
wt.add_data_validation(dvt)
dvt.add("D6:D10")

# ------------------------------------------------------------------ 設置場所記入シート (two pictures: 1F and 2F)
wp = wb.create_sheet("設置場所記入シート")
put(wp, "A1", "設置場所記入シート（1F・2F フロア図）", bold=True, align=Alignment())
fp = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
f = ImageFont.truetype(fp, 16)


def floor(title, rooms, marks):
    img = Image.new("RGB", (720, 420), "white")
    d = ImageDraw.Draw(img)
    d.rectangle([10, 10, 710, 410], outline="black", width=3)
    for rect, name in rooms:
        d.rectangle(rect, outline="black", width=2)
        d.text((rect[0] + 6, rect[1] + 4), name, fill="black", font=f)
    for (x, y), t in marks:
        d.polygon([(x, y), (x + 14, y - 24), (x + 30, y - 24)], fill="#1F4E79")
        d.rectangle([x + 10, y - 50, x + 150, y - 24], fill="#DDEBF7", outline="#1F4E79")
        d.text((x + 14, y - 48), t, fill="black", font=f)
    d.text((20, 385), title, fill="black", font=f)
    b = io.BytesIO()
    img.save(b, format="PNG")
    b.seek(0)
    return b


img1 = floor("さぬき中央病院 本館1F", [([10, 10, 250, 200], "電算室"), ([250, 10, 480, 200], "医事課"),
                                   ([480, 10, 710, 200], "外来 第3診察室"), ([10, 200, 360, 410], "放射線科 操作室"),
                                   ([360, 200, 710, 410], "待合")],
             [((60, 150), "回線1・2 ONU"), ((300, 170), "回線3 ONU"), ((310, 100), "端末No.3"),
              ((520, 150), "端末No.2"), ((60, 330), "端末No.4")])
img2 = floor("さぬき中央病院 本館2F", [([10, 10, 360, 210], "東病棟ナースステーション"), ([360, 10, 710, 210], "検査科"),
                                   ([10, 210, 710, 410], "病室")],
             [((60, 150), "端末No.1"), ((400, 110), "回線4 ルータ"), ((420, 190), "端末No.5")])
wp.add_image(XLImage(img1), "A3")
wp.add_image(XLImage(img2), "A26")
# callout texts (what the official template would generate from the two sheets), typed beside the plans
wp.column_dimensions["M"].width = 64
put(wp, "M3", "吹き出し（図中の番号と対応）", bold=True, align=Alignment())
for i, l in enumerate(lines):
    put(wp, f"M{4 + i}", f"回線{i + 1}：{l['lineName']}／{l['terminationLocation']}", align=Alignment())
for i, t in enumerate(terminals):
    put(wp, f"M{8 + i}", f"端末No.{i + 1}：{t['hostName']}／{t['location']}", align=Alignment())

# ------------------------------------------------------------------ password list (提出不要) — filled in (planted)
wa = wb.create_sheet("アカウント(ログインID)・パスワードリスト")
put(wa, "A1", "アカウント(ログインID)・パスワードリスト（提出不要）", bold=True, align=Alignment())
put(wa, "A3", "■ 調査① インターネット回線/ONUに紐づく装置(ルータ/UTM/FW)", bold=True, align=Alignment())
for col, h in zip("BCDEFG", ["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"]):
    put(wa, f"{col}4", h or None, HEAD, True, CENTER)
for i, l in enumerate(lines):
    put(wa, f"B{5 + i}", f"回線{i + 1}")
    put(wa, f"C{5 + i}", l["deviceMaker"])
    put(wa, f"D{5 + i}", l["deviceModel"])
put(wa, "E5", "admin")
put(wa, "F5", "Setouchi#2024")   # the planted problem: a real-looking password typed in
box(wa, "B4:G8")
put(wa, "A11", "■ 調査端末(シンクル端末/FAT端末)", bold=True, align=Alignment())
for col, h in zip("BCDEF", ["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"]):
    put(wa, f"{col}12", h or None, HEAD, True, CENTER)
for i, t in enumerate(terminals):
    put(wa, f"B{13 + i}", f"端末{i + 1}")
    put(wa, f"C{13 + i}", t["hostName"])
    put(wa, f"D{13 + i}", t["ipAddress"])
box(wa, "B12:F17")
for col, w in zip("BCDEFG", [8, 14, 18, 22, 18, 26]):
    wa.column_dimensions[col].width = w

# ------------------------------------------------------------------ save and re-save through LibreOffice
tmp = tempfile.mkdtemp(prefix="lds_w9_b_")
raw = os.path.join(tmp, NAME + ".xlsx")
wb.save(raw)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.rmtree(tmp)

expected = {
    "form": "line-device-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "basicInfo": {
            "consent": "同意する",
            "facilityName": "社会医療法人 瀬戸内会　さぬき中央病院",
            "facilityNameKana": "しゃかいいりょうほうじん せとうちかい さぬきちゅうおうびょういん",
            "postalCode": "761-8076",
            "address": "香川県高松市多肥上町1234番地1",
            "addressKana": "かがわけんたかまつしたひかみまち1234ばんち1",
            "building": "瀬戸内メディカルセンタービル",
            "buildingKana": "せとうちめでぃかるせんたーびる",
            "beds": 199,
            "confirmerName": "宮武 亮介",
        },
        "contacts": contacts,
        "lines": lines,
        "ports": ports,
        "terminals": terminals,
        "floorPlan": {"image": True},
    },
    "planted": [
        {"cells": ["回線・機器情報記入シート!O6"], "paths": ["lines[0].globalIpAddress"],
         "why": "回線1 is 固定IP but the グローバルIPアドレス is 192.168.1.1, a private (RFC1918) address — the router's LAN address was copied instead of the global one"},
        {"cells": ["回線・機器情報記入シート!I7"], "paths": ["lines[1].vulnerabilityScan"],
         "why": "回線2 asks for 脆弱性診断 (調査希望あり) although it is a 閉域網 line with グローバルIP利用 なし; closed-network lines are out of scope for the scan"},
        {"cells": ["アカウント(ログインID)・パスワードリスト!F5"], "paths": ["credentials"],
         "why": "the 提出不要 password list travels with the submission and a password cell is filled in (回線1 router)"},
    ],
    "notes": (
        "Re-saved by LibreOffice Calc. 基本情報 values share the cell with their label (「項目：値」, full-width colon); "
        "the address cell holds '住所：〒761-8076 香川県高松市多肥上町1234番地1' (postal code and address in one cell); "
        "病床数 is '病床数：199床'. 同意確認 is a separate drop-down cell C12 next to its label. Contacts are vertical blocks "
        "(担当者①–④, ④ left empty: only labels with nothing after the colon). The line table has the 回線情報 block "
        "(回線名…回線ID) moved in front of 調査希望; row 5 is the 記入例 row, 回線1–4 are rows 6–9. 回線2 and 回線4 have "
        "グローバルIP利用 なし, so 固定IP/動的IP and the address are blank (not applicable). 回線3 is 動的IP and its "
        "脆弱性診断当日記入欄 is still blank because the diagnosis day has not come yet (file submitted beforehand). "
        "Ports are a second table on the same sheet (rows 13–17) with port numbers typed as text. "
        "Two floor-plan pictures (1F, 2F) on 設置場所記入シート, with callout texts typed as cells in column M. Hidden sheet 'リスト' only feeds the drop-downs. "
        "The password value typed in the password list is deliberately not repeated here."
    ),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(expected, fh, ensure_ascii=False, indent=2)
print("ok", confirm_row)
