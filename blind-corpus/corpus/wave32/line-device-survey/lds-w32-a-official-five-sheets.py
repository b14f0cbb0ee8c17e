# Generator for lds-w32-a-official-five-sheets.xlsx
# Role: secretariat-style 別紙2-1 workbook (five official sheet names, two-row headers, 記入例 rows,
# hidden dropdown list sheet), filled completely and correctly by a hospital IT clerk.
# Run: PYTHONPATH=/tmp/lds-bv-py /usr/bin/python3 lds-w32-a-official-five-sheets.py
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w32-a-official-five-sheets"
thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="DDEBF7")
REQ = PatternFill("solid", fgColor="FFF2CC")
EX = PatternFill("solid", fgColor="E7E6E6")
WRAP = Alignment(wrap_text=True, vertical="center")
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

# ---------------------------------------------------------------- 基本情報記入シート
ws = wb.active
ws.title = "基本情報記入シート"
ws.column_dimensions["A"].width = 2
ws.column_dimensions["B"].width = 22
for col in "CDEFGH":
    ws.column_dimensions[col].width = 20
ws["B1"] = "別紙2-1_医療機関記入依頼書（回線・機器情報等記入）"
ws["B1"].font = Font(bold=True, size=14)
ws["B2"] = "基本情報記入シート　　※黄色のセルは記入必須です。"

ws["B4"] = "本施策の同意確認"
ws.merge_cells("C4:F4")
ws["C4"] = "(別紙)規約に記載の内容をご確認のうえ、本施策実施に同意いただける場合は「同意する」を選択してください"
ws["G4"] = "同意する"
box(ws, "B4:G4")
ws["G4"].fill = REQ
ws.row_dimensions[4].height = 32

ws["B6"] = "■お客様情報(医療機関情報)"
ws["B6"].font = Font(bold=True)
ws["B7"] = "医療機関名"
ws.merge_cells("C7:D7")
ws["C7"] = "社会医療法人 讃岐会 さぬき東病院"
ws["E7"] = "(かな)"
ws.merge_cells("F7:G7")
ws["F7"] = "しゃかいいりょうほうじん さぬきかい さぬきひがしびょういん"
ws["B8"] = "住所"
ws["C8"] = "〒"
ws["D8"] = "769-2601"
ws["E8"] = "住所"
ws["F8"] = "香川県東かがわ市三本松1234番地5"
ws["G8"] = "(かな)"
ws["H8"] = "かがわけんひがしかがわしさんぼんまつ1234ばんち5"
ws["E9"] = "ビル名"
ws["G9"] = "(かな)"
ws["B10"] = "病床数"
ws["C10"] = 199
box(ws, "B7:H10")
for ref in ("C7", "F7", "D8", "F8", "H8", "C10"):
    ws[ref].fill = REQ

ws["B12"] = "■担当者情報"
ws["B12"].font = Font(bold=True)
hdr = ["", "所属・役職", "担当者名", "連絡先（電話番号）", "連絡先（メールアドレス）"]
for i, h in enumerate(hdr):
    ws.cell(row=13, column=2 + i, value=h)
box(ws, "B13:F13", HEAD, CENTER, True)
contacts = [
    {"department": "事務部 情報システム課 主任", "name": "香西 健太",
     "phoneNumber": "0879-25-1234", "email": "kozai-k@sanukihigashi-hp.or.jp"},
    {"department": "事務部 総務課 課長", "name": "大西 由美",
     "phoneNumber": "0879-25-1234", "email": "onishi-y@sanukihigashi-hp.or.jp"},
]
for i in range(4):
    r = 14 + i
    ws.cell(row=r, column=2, value=f"担当者{i + 1}")
    if i < len(contacts):
        c = contacts[i]
        ws.cell(row=r, column=3, value=c["department"])
        ws.cell(row=r, column=4, value=c["name"])
        ws.cell(row=r, column=5, value=c["phoneNumber"])
        ws.cell(row=r, column=6, value=c["email"])
box(ws, "B14:F17")

ws["B19"] = "■申込内容の確認"
ws["B19"].font = Font(bold=True)
ws["B20"] = "確認者名(医療機関のご担当者名)"
ws.merge_cells("C20:D20")
ws["C20"] = "香西 健太"
box(ws, "B20:D20")
ws["C20"].fill = REQ
ws["B22"] = "記入内容に不備がないかご確認いただき、担当者の署名をフルネームでご記入ください。"
ws["B22"].font = Font(size=9, color="555555")

# ---------------------------------------------------------------- 回線・機器情報記入シート
wl = wb.create_sheet("回線・機器情報記入シート")
wl["A1"] = "回線・機器情報記入シート"
wl["A1"].font = Font(bold=True, size=13)
wl["A2"] = "(*)は記入必須項目です。電子カルテシステムと接続する全ての回線を1行ずつご記入ください。記入例の行は削除しないでください。"
wl["A2"].font = Font(size=9)

# two-row header at rows 4-5
groups = [
    ("A", "A", "", ["回線No."]),
    ("B", "C", "調査希望", ["技術バージョン確認 (*)", "脆弱性診断 (*)"]),
    ("D", "D", "", ["電子カルテシステムと接続するネットワークとの接続 (*)"]),
    ("E", "E", "", ["用途・システム名 (*)"]),
    ("F", "F", "", ["回線名"]),
    ("G", "G", "", ["回線の種類"]),
    ("H", "K", "回線と紐付くグローバルIPアドレス",
     ["通信形態 (*)", "グローバルIP利用 (*)", "固定IP/動的IP (*)", "グローバルIPアドレス (*)"]),
    ("L", "M", "脆弱性診断当日記入欄", ["グローバルIP確認", "グローバルIPアドレス"]),
    ("N", "N", "", ["FQDN"]),
    ("O", "P", "プロバイダ情報", ["プロバイダ名", "プロバイダ品目"]),
    ("Q", "S", "回線情報", ["回線事業者", "回線サービス名", "回線ID"]),
    ("T", "T", "回線終端装置(ONU/モデム)情報", ["回線終端装置設置場所 (*)"]),
    ("U", "W", "回線に接続する装置(ルータ/UTM/FW)", ["メーカー", "機種名", "ファームウェアバージョン"]),
]
from openpyxl.utils import column_index_from_string as ci
for a, b, top, subs in groups:
    if top:
        wl.merge_cells(f"{a}4:{b}4")
        wl[f"{a}4"] = top
        for k, s in enumerate(subs):
            wl.cell(row=5, column=ci(a) + k, value=s)
    else:
        wl.merge_cells(f"{a}4:{a}5")
        wl[f"{a}4"] = subs[0]
box(wl, "A4:W5", HEAD, CENTER, True)
wl.row_dimensions[4].height = 30
wl.row_dimensions[5].height = 58
widths = {"A": 8, "B": 13, "C": 13, "D": 16, "E": 20, "F": 16, "G": 10, "H": 15, "I": 10, "J": 10,
          "K": 16, "L": 12, "M": 16, "N": 22, "O": 18, "P": 24, "Q": 13, "R": 30, "S": 16, "T": 28,
          "U": 12, "V": 14, "W": 20}
for k, v in widths.items():
    wl.column_dimensions[k].width = v

cols = ["versionCheck", "vulnerabilityScan", "ehrConnection", "purpose", "lineName", "lineKind",
        "communicationType", "globalIpUse", "ipAssignment", "globalIpAddress", "diagnosisDayCheck",
        "diagnosisDayAddress", "fqdn", "provider", "providerService", "carrier", "carrierService",
        "lineId", "terminationLocation", "deviceMaker", "deviceModel", "firmwareVersion"]
example = ["調査希望あり", "調査希望あり", "あり", "電子カルテ", "〇〇回線", "光回線", "インターネットVPN", "あり",
           "固定IP", "121.119.249.222", "入力不要", "", "example.xxx", "NTT東日本", "Bフレッツサービス",
           "NTT東日本", "フレッツ 光ネクスト", "CAFXXXXXXXXXX", "本部棟 3F サーバー室 -1番ラック 3U",
           "YAMAHA", "RTX1210", "Rev.14.01.XX"]
lines = [
    {"versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり",
     "purpose": "電子カルテ（リモート保守）", "lineName": "電子カルテ保守回線", "lineKind": "光回線",
     "communicationType": "インターネットVPN", "globalIpUse": "あり", "ipAssignment": "固定IP",
     "globalIpAddress": "180.44.71.130", "diagnosisDayCheck": "入力不要",
     "provider": "NTTコミュニケーションズ", "providerService": "OCN光 IPoE 固定IP1",
     "carrier": "NTT西日本", "carrierService": "フレッツ 光ネクスト ビジネスタイプ", "lineId": "CAF3108827461",
     "terminationLocation": "本館1F サーバ室 ラック2 上段",
     "deviceMaker": "YAMAHA", "deviceModel": "RTX1210", "firmwareVersion": "Rev.14.01.42"},
    {"versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり",
     "purpose": "PACS（画像管理）", "lineName": "PACS保守回線", "lineKind": "光回線",
     "communicationType": "インターネットVPN", "globalIpUse": "あり", "ipAssignment": "動的IP",
     "diagnosisDayCheck": "確認済み", "diagnosisDayAddress": "114.160.22.87",
     "provider": "BIGLOBE", "providerService": "BIGLOBE光 ビジネス",
     "carrier": "NTT西日本", "carrierService": "フレッツ 光ネクスト ファミリー・ハイスピードタイプ",
     "lineId": "CAF2207715038", "terminationLocation": "本館2F 放射線科 読影室 壁面ラック",
     "deviceMaker": "Fortinet", "deviceModel": "FortiGate 40F", "firmwareVersion": "FortiOS v7.2.8"},
    {"versionCheck": "調査希望なし", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり",
     "purpose": "検査システム（外注検査結果受信）", "lineName": "検査データ受信回線", "lineKind": "光回線",
     "communicationType": "インターネット", "globalIpUse": "あり", "ipAssignment": "固定IP",
     "globalIpAddress": "153.231.60.14", "diagnosisDayCheck": "入力不要", "fqdn": "lab-gw.sanukihigashi-hp.or.jp",
     "provider": "STNet", "providerService": "ピカラ光ビジネス 固定IP 1個",
     "carrier": "STNet", "carrierService": "ピカラ光ビジネス", "lineId": "PK-0458812",
     "terminationLocation": "本館1F 検査室 分電盤横",
     "deviceMaker": "NEC", "deviceModel": "UNIVERGE IX2215", "firmwareVersion": "Ver.10.7.18"},
]
r = 6
wl.cell(row=r, column=1, value="記入例")
for k, v in enumerate(example):
    wl.cell(row=r, column=2 + k, value=v if v != "" else None)
box(wl, f"A{r}:W{r}", EX)
for i, ln in enumerate(lines):
    r = 7 + i
    wl.cell(row=r, column=1, value=f"回線{i + 1}")
    for k, key in enumerate(cols):
        if key in ln:
            wl.cell(row=r, column=2 + k, value=ln[key])
for i in range(3, 8):  # empty rows 回線4..回線8 left in the template
    wl.cell(row=7 + i, column=1, value=f"回線{i + 1}")
box(wl, "A7:W14")

# dropdowns referencing hidden list sheet
lst = wb.create_sheet("リスト")
lists = {
    "A": ["調査希望あり", "調査希望なし"], "B": ["あり", "なし"],
    "C": ["インターネット", "インターネットVPN", "閉域網", "モバイル回線", "その他"],
    "D": ["固定IP", "動的IP"], "E": ["確認済み", "入力不要"], "F": ["同意する"],
    "G": ["単体", "仮想デスクトップ"],
}
for col, vals in lists.items():
    for j, v in enumerate(vals):
        lst[f"{col}{j + 1}"] = v
lst.sheet_state = "hidden"


def dv(ws_, formula, rng):
    d = DataValidation(type="list", formula1=formula, allow_blank=True)
    ws_.add_data_validation(d)
    d.add(rng)


dv(wl, "=リスト!$A$1:$A$2", "B7:C14")
dv(wl, "=リスト!$B$1:$B$2", "D7:D14")
dv(wl, "=リスト!$C$1:$C$5", "H7:H14")
dv(wl, "=リスト!$B$1:$B$2", "I7:I14")
dv(wl, "=リスト!$D$1:$D$2", "J7:J14")
dv(wl, "=リスト!$E$1:$E$2", "L7:L14")
dv(ws, "=リスト!$F$1", "G4")

# second table on the same sheet: device ports
wl["A17"] = "装置と接続する回線と機器の詳細（ポート情報）"
wl["A17"].font = Font(bold=True)
phdr = ["回線No.", "装置(機種名)", "ポート (*)", "機器名 (*)", "IPアドレス (*)", "ポート番号 (*)", "プロトコル (*)", "接続状況"]
for k, h in enumerate(phdr):
    wl.cell(row=18, column=1 + k, value=h)
box(wl, "A18:H18", HEAD, CENTER, True)
ports = [
    {"line": "回線1", "device": "RTX1210", "port": "LAN1", "deviceName": "電子カルテサーバ",
     "ipAddress": "192.168.10.10", "portNumber": 443, "protocol": "HTTPS", "connectionStatus": "接続あり"},
    {"line": "回線1", "device": "RTX1210", "port": "LAN2", "deviceName": "保守用PC",
     "ipAddress": "192.168.10.250", "portNumber": 3389, "protocol": "RDP", "connectionStatus": "接続あり"},
    {"line": "回線2", "device": "FortiGate 40F", "port": "port1", "deviceName": "PACSサーバ",
     "ipAddress": "192.168.20.5", "portNumber": 104, "protocol": "DICOM", "connectionStatus": "接続あり"},
    {"line": "回線3", "device": "UNIVERGE IX2215", "port": "GE0.0", "deviceName": "検査システムサーバ",
     "ipAddress": "192.168.30.12", "portNumber": 22, "protocol": "SSH", "connectionStatus": "接続なし"},
]
pkeys = ["line", "device", "port", "deviceName", "ipAddress", "portNumber", "protocol", "connectionStatus"]
for i, p in enumerate(ports):
    for k, key in enumerate(pkeys):
        wl.cell(row=19 + i, column=1 + k, value=p[key])
box(wl, "A19:H24")
wl.freeze_panes = "B6"

# ---------------------------------------------------------------- 調査端末情報記入シート
wt = wb.create_sheet("調査端末情報記入シート")
wt["A1"] = "調査端末情報"
wt["A1"].font = Font(bold=True, size=13)
wt["A2"] = "電子カルテシステムと接続がある端末を5台選定してください（電子カルテ端末1台、主要な部門システムから1台ずつを推奨）。"
wt["A2"].font = Font(size=9)
wt.merge_cells("A4:A5"); wt["A4"] = ""
wt.merge_cells("B4:B5"); wt["B4"] = "システム種別 (*)"
wt.merge_cells("C4:C5"); wt["C4"] = "シングル利用 (*)"
wt.merge_cells("D4:F4"); wt["D4"] = "シンクル端末/FAT端末"
wt["D5"] = "端末ホスト名 (*)"; wt["E5"] = "IPアドレス (*)"; wt["F5"] = "設置場所 (*)"
wt.merge_cells("G4:H4"); wt["G4"] = "仮想デスクトップ"
wt["G5"] = "端末ホスト名"; wt["H5"] = "IPアドレス"
wt.merge_cells("I4:I5"); wt["I4"] = "セキュリティ対策製品"
wt.merge_cells("J4:J5"); wt["J4"] = "備考"
box(wt, "A4:J5", HEAD, CENTER, True)
for k, v in {"A": 8, "B": 14, "C": 16, "D": 16, "E": 18, "F": 30, "G": 16, "H": 18, "I": 24, "J": 32}.items():
    wt.column_dimensions[k].width = v
tkeys = ["systemType", "usage", "hostName", "ipAddress", "location", "vdiHostName", "vdiIpAddress",
         "securityProduct", "remarks"]
tex = ["電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F 〇〇〇室", "", "", "Microsoft Defender",
       "端末操作可能時間：12:00-13:00"]
terminals = [
    {"systemType": "電子カルテ", "usage": "単体", "hostName": "EMR-NS2-01", "ipAddress": "192.168.10.101/24",
     "location": "本館2F 2階病棟ナースステーション", "securityProduct": "Trend Micro Apex One",
     "remarks": "端末操作可能時間：13:00-15:00"},
    {"systemType": "医事会計", "usage": "単体", "hostName": "IJI-01", "ipAddress": "192.168.10.121/24",
     "location": "本館1F 医事課受付", "securityProduct": "Microsoft Defender"},
    {"systemType": "PACS", "usage": "単体", "hostName": "PACS-VW01", "ipAddress": "192.168.20.31/24",
     "location": "本館2F 放射線科 読影室", "securityProduct": "Trend Micro Apex One"},
    {"systemType": "検査システム", "usage": "単体", "hostName": "LAB-PC02", "ipAddress": "192.168.30.41/24",
     "location": "本館1F 検査室", "securityProduct": "ESET Endpoint Security"},
    {"systemType": "電子カルテ", "usage": "仮想デスクトップ", "hostName": "TC-OPD-05",
     "ipAddress": "192.168.10.155/24", "location": "本館1F 外来 第5診察室", "vdiHostName": "VDI-EMR-005",
     "vdiIpAddress": "172.16.1.55/24", "securityProduct": "Trend Micro Apex One",
     "remarks": "外来診療中（9:00-12:00）は操作不可"},
]
wt.cell(row=6, column=1, value="記入例")
for k, v in enumerate(tex):
    wt.cell(row=6, column=2 + k, value=v if v else None)
box(wt, "A6:J6", EX)
for i, t in enumerate(terminals):
    wt.cell(row=7 + i, column=1, value=f"No.{i + 1}")
    for k, key in enumerate(tkeys):
        if key in t:
            wt.cell(row=7 + i, column=2 + k, value=t[key])
box(wt, "A7:J11")
dv(wt, "=リスト!$G$1:$G$2", "C7:C11")

# ---------------------------------------------------------------- 設置場所記入シート
wf = wb.create_sheet("設置場所記入シート")
wf["A1"] = "設置場所記入シート　（平面図またはフロア図を貼り付け、吹き出しを設置場所に配置してください）"
wf["A1"].font = Font(bold=True)
img = Image.new("RGB", (900, 560), "white")
d = ImageDraw.Draw(img)
font = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 18)
small = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 14)
d.text((10, 5), "さぬき東病院 本館 1F / 2F 平面図（抜粋）", fill="black", font=font)
d.rectangle([10, 40, 440, 540], outline="black", width=3)
d.rectangle([460, 40, 890, 540], outline="black", width=3)
d.text((20, 45), "1F", fill="black", font=font)
d.text((470, 45), "2F", fill="black", font=font)
rooms1 = [((20, 80, 160, 200), "サーバ室"), ((170, 80, 300, 200), "医事課"), ((310, 80, 430, 200), "受付"),
          ((20, 210, 200, 380), "検査室"), ((210, 210, 430, 380), "外来 診察室1〜5"),
          ((20, 390, 430, 530), "待合・玄関")]
rooms2 = [((470, 80, 640, 230), "放射線科 読影室"), ((650, 80, 880, 230), "医局"),
          ((470, 240, 880, 400), "2階病棟"), ((470, 410, 660, 530), "ナースステーション"),
          ((670, 410, 880, 530), "病室")]
for (x1, y1, x2, y2), name in rooms1 + rooms2:
    d.rectangle([x1, y1, x2, y2], outline="gray", width=2)
    d.text((x1 + 6, y1 + 6), name, fill="black", font=small)
for (x, y) in [(90, 170), (520, 200), (60, 350)]:
    d.ellipse([x - 8, y - 8, x + 8, y + 8], fill="red")
img_path = os.path.join(OUT, NAME + "-floorplan.png")
img.save(img_path)
xi = XLImage(img_path)
xi.anchor = "A3"
wf.add_image(xi)
# callouts beside the picture (linked to the line and terminal sheets)
wf["O3"] = "吹き出し（自動表示）"
wf["O3"].font = Font(bold=True)
L = "'回線・機器情報記入シート'"
T = "'調査端末情報記入シート'"
for i in range(3):
    wf[f"O{4 + i}"] = f"={L}!A{7 + i}&\"：\"&{L}!T{7 + i}&\" / \"&{L}!V{7 + i}"
for i in range(5):
    wf[f"O{8 + i}"] = f"={T}!A{7 + i}&\"：\"&{T}!D{7 + i}&\" / \"&{T}!F{7 + i}"
wf.column_dimensions["O"].width = 60

# ---------------------------------------------------------------- アカウント・パスワードリスト (提出不要, left blank)
wp = wb.create_sheet("アカウント(ログインID)・パスワードリスト")
wp["A1"] = "アカウント(ログインID)・パスワードリスト　【提出不要】"
wp["A1"].font = Font(bold=True, color="C00000")
wp["A2"] = "※本シートは弊社への提出は不要です。作業当日までに情報を整理してください。"
wp["A4"] = "■調査① インターネット回線/ONUに紐づく装置(ルータ/UTM/FW)"
for k, h in enumerate(["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"]):
    wp.cell(row=5, column=1 + k, value=h)
box(wp, "A5:F5", HEAD, CENTER, True)
for i in range(3):
    wp.cell(row=6 + i, column=1, value=f"回線{i + 1}")
    wp.cell(row=6 + i, column=2, value=f"={L}!U{7 + i}")
    wp.cell(row=6 + i, column=3, value=f"={L}!V{7 + i}")
box(wp, "A6:F8")
wp["A10"] = "■調査端末(シンクル端末/FAT端末)"
for k, h in enumerate(["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"]):
    wp.cell(row=11, column=1 + k, value=h)
box(wp, "A11:E11", HEAD, CENTER, True)
for i in range(5):
    wp.cell(row=12 + i, column=1, value=f"端末{i + 1}")
    wp.cell(row=12 + i, column=2, value=f"={T}!D{7 + i}")
    wp.cell(row=12 + i, column=3, value=f"={T}!E{7 + i}")
box(wp, "A12:E16")
for k, v in {"A": 8, "B": 16, "C": 18, "D": 22, "E": 18, "F": 26}.items():
    wp.column_dimensions[k].width = v

wb.active = 0
xlsx = os.path.join(OUT, NAME + ".xlsx")
wb.save(xlsx)
os.remove(img_path)

expected = {
    "form": "line-device-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "basicInfo": {
            "consent": "同意する",
            "facilityName": "社会医療法人 讃岐会 さぬき東病院",
            "facilityNameKana": "しゃかいいりょうほうじん さぬきかい さぬきひがしびょういん",
            "postalCode": "769-2601",
            "address": "香川県東かがわ市三本松1234番地5",
            "addressKana": "かがわけんひがしかがわしさんぼんまつ1234ばんち5",
            "beds": 199,
            "confirmerName": "香西 健太",
        },
        "contacts": contacts,
        "lines": lines,
        "ports": ports,
        "terminals": terminals,
        "floorPlan": {"image": True},
    },
    "planted": [],
    "notes": ("記入例 rows (回線・機器情報記入シート row 6, 調査端末情報記入シート row 6) are labelled 記入例 and are not data. "
              "回線2 is 動的IP: グローバルIPアドレス (*) left blank as in the briefing's example; the diagnosis-day columns "
              "are filled (確認済み + address). 固定IP lines have 入力不要 in the 当日 check column and the 当日 address blank. "
              "ビル名 left blank (no building). Password-list sheet present but every account/password cell is empty; its "
              "maker/model/host columns and the 設置場所 callouts are formulas saved without cached values. Hidden sheet "
              "'リスト' holds dropdown choices only."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("wrote", xlsx)
