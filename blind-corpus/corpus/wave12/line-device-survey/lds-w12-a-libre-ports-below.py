#!/usr/bin/python3
# Generator for lds-w12-a-libre-ports-below.xlsx (line-device-survey, no planted problem).
# Layout: the five official sheets, two-row group headers, 記入例 rows, the port table drawn
# BELOW the line table on the same sheet, an empty (提出不要) password list, a floor-plan PNG,
# then re-saved by LibreOffice (soffice --convert-to xlsx).
import io
import os
import shutil
import subprocess

from openpyxl import Workbook
from openpyxl.drawing.image import Image as XLImage
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from PIL import Image, ImageDraw, ImageFont

OUT_DIR = "/work/blind/wave12/line-device-survey"
NAME = "lds-w12-a-libre-ports-below"
TMP_DIR = os.path.join(OUT_DIR, "_tmp_" + NAME)

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="DDEBF7")
GROUP = PatternFill("solid", fgColor="BDD7EE")
EXAMPLE = PatternFill("solid", fgColor="F2F2F2")
INPUT = PatternFill("solid", fgColor="FFF2CC")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
FONT = "ＭＳ Ｐゴシック"


def box(ws, rng, fill=None, bold=False, align=WRAP):
    for row in ws[rng]:
        for c in row:
            c.border = BOX
            c.alignment = align
            c.font = Font(name=FONT, size=10, bold=bold)
            if fill is not None:
                c.fill = fill


wb = Workbook()

# ---------------------------------------------------------------- 基本情報記入シート
ws = wb.active
ws.title = "基本情報記入シート"
ws["A1"] = "別紙2-1_医療機関記入依頼書（回線・機器情報等記入）"
ws["A1"].font = Font(name=FONT, size=14, bold=True)
ws["A2"] = "基本情報記入シート　　※黄色のセルにご記入ください"
ws.column_dimensions["A"].width = 3
ws.column_dimensions["B"].width = 22
ws.column_dimensions["C"].width = 10
ws.column_dimensions["D"].width = 38
ws.column_dimensions["E"].width = 10
ws.column_dimensions["F"].width = 52

ws["B4"] = "■本施策の同意確認"
ws["B5"] = "本施策の同意確認"
ws.merge_cells("C5:E5")
ws["C5"] = "(別紙)規約に記載の内容をご確認のうえ、本施策実施に同意いただける場合は「同意する」を選択してください"
ws["F5"] = "同意する"
box(ws, "B5:F5")
ws["F5"].fill = INPUT
ws.row_dimensions[5].height = 42

ws["B7"] = "■ご客様情報(医療機関情報)"
ws["B8"] = "医療機関名"
ws.merge_cells("C8:D8")
ws["C8"] = "社会医療法人 瀬戸内会 さぬき中央病院"
ws["E8"] = "(かな)"
ws["F8"] = "しゃかいいりょうほうじん せとうちかい さぬきちゅうおうびょういん"
ws.merge_cells("B9:B11")
ws["B9"] = "住所"
ws["C9"] = "〒"
ws["D9"] = "760-0066"
ws["C10"] = "住所"
ws["D10"] = "香川県高松市福岡町3丁目12番5号"
ws["E10"] = "(かな)"
ws["F10"] = "かがわけんたかまつしふくおかちょう3ちょうめ12ばん5ごう"
ws["C11"] = "ビル名"
ws["D11"] = "本館"
ws["E11"] = "(かな)"
ws["F11"] = "ほんかん"
ws["B12"] = "病床数"
ws.merge_cells("C12:D12")
ws["C12"] = 199
box(ws, "B8:F12")
for ref in ("C8", "F8", "D9", "D10", "F10", "D11", "F11", "C12"):
    ws[ref].fill = INPUT
ws["C12"].number_format = '0"床"'

ws["B14"] = "■ご担当者様情報（4名まで）"
for col, text in zip("BCDEF", ["No.", "所属・役職", "担当者名", "電話番号", "メールアドレス"]):
    ws[f"{col}15"] = text
contacts = [
    ("担当者1", "情報システム課 課長", "真鍋 俊介", "087-831-2207", "manabe@sanuki-chuo.or.jp"),
    ("担当者2", "情報システム課 主任", "十河 あかり", "087-831-2208", "sogo@sanuki-chuo.or.jp"),
    ("担当者3", None, None, None, None),
    ("担当者4", None, None, None, None),
]
for i, row in enumerate(contacts):
    for col, v in zip("BCDEF", row):
        ws[f"{col}{16 + i}"] = v
box(ws, "B15:F15", HEAD, True, CENTER)
box(ws, "B16:F19")
for r in range(16, 20):
    for col in "CDEF":
        ws[f"{col}{r}"].fill = INPUT

ws["B21"] = "■申込内容の確認"
ws.merge_cells("B22:C22")
ws["B22"] = "確認者名(医療機関のご担当者名)"
ws["D22"] = "真鍋 俊介"
box(ws, "B22:D22")
ws["D22"].fill = INPUT
ws["B24"] = "※記入内容に不備がないかご確認のうえ、担当者の署名をフルネームでご記入ください。"

dv = DataValidation(type="list", formula1='"同意する"', allow_blank=True)
ws.add_data_validation(dv)
dv.add("F5")

# ---------------------------------------------------------------- 回線・機器情報記入シート
wl = wb.create_sheet("回線・機器情報記入シート")
wl["A1"] = "回線・機器情報記入シート"
wl["A1"].font = Font(name=FONT, size=14, bold=True)
wl["A2"] = "(*)は記入必須項目です。記入例の行は削除・変更しないでください。"

# column layout (A = row label)
cols = [
    # key, sub header, group
    ("lineName", "回線名", "回線情報"),
    ("lineKind", "回線の種類", "回線情報"),
    ("versionCheck", "技術バージョン確認\n(*)", "調査希望"),
    ("vulnerabilityScan", "脆弱性診断\n(*)", "調査希望"),
    ("ehrConnection", "電子カルテシステムと接続するネットワークとの接続(*)", None),
    ("purpose", "用途・システム名\n(*)", None),
    ("communicationType", "通信形態\n(*)", "回線と紐付くグローバルIPアドレス"),
    ("globalIpUse", "グローバルIP利用\n(*)", "回線と紐付くグローバルIPアドレス"),
    ("ipAssignment", "固定IP/動的IP\n(*)", "回線と紐付くグローバルIPアドレス"),
    ("globalIpAddress", "グローバルIPアドレス\n(*)", "回線と紐付くグローバルIPアドレス"),
    ("diagnosisDayCheck", "グローバルIP確認", "脆弱性診断当日記入欄"),
    ("diagnosisDayAddress", "グローバルIPアドレス", "脆弱性診断当日記入欄"),
    ("fqdn", "FQDN", None),
    ("provider", "プロバイダ名", "プロバイダ情報"),
    ("providerService", "プロバイダ品目", "プロバイダ情報"),
    ("carrier", "回線事業者", "回線事業者情報"),
    ("carrierService", "回線サービス名", "回線事業者情報"),
    ("lineId", "回線ID", "回線事業者情報"),
    ("terminationLocation", "回線終端装置設置場所\n(*)", "回線終端装置(ONU/モデム)情報"),
    ("deviceMaker", "メーカー", "装置(ルータ/UTM/FW)情報"),
    ("deviceModel", "機種名", "装置(ルータ/UTM/FW)情報"),
    ("firmwareVersion", "ファームウェアバージョン", "装置(ルータ/UTM/FW)情報"),
]
example = {
    "lineName": "電子カルテ保守回線", "lineKind": "光回線",
    "versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり",
    "purpose": "電子カルテ", "communicationType": "インターネットVPN", "globalIpUse": "あり",
    "ipAssignment": "固定IP", "globalIpAddress": "121.119.249.222", "diagnosisDayCheck": "入力不要",
    "diagnosisDayAddress": "入力不要", "fqdn": "example.xxx", "provider": "NTT東日本",
    "providerService": "Bフレッツサービス", "carrier": "NTT東日本", "carrierService": "フレッツ光ネクスト",
    "lineId": "CAF0000000000", "terminationLocation": "本部棟 3F サーバー室 -1番ラック 3U",
    "deviceMaker": "XXXX", "deviceModel": "XG-1000B", "firmwareVersion": "Ver.X.X.X",
}
lines = [
    {
        "lineName": "電子カルテ リモート保守回線", "lineKind": "光回線",
        "versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり",
        "purpose": "電子カルテ", "communicationType": "インターネットVPN", "globalIpUse": "あり",
        "ipAssignment": "固定IP", "globalIpAddress": "153.142.87.21", "diagnosisDayCheck": "入力不要",
        "fqdn": "vpn01.sanuki-chuo.or.jp", "provider": "OCN", "providerService": "OCN光 IPoE 固定IP1",
        "carrier": "NTT西日本", "carrierService": "フレッツ 光ネクスト ビジネスタイプ",
        "lineId": "COP0012345678", "terminationLocation": "本館2F サーバー室 1番ラック 3U",
        "deviceMaker": "ヤマハ", "deviceModel": "RTX1300", "firmwareVersion": "Rev.23.00.05",
    },
    {
        "lineName": "地域医療連携ネットワーク回線", "lineKind": "光回線",
        "versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり",
        "purpose": "地域医療連携システム", "communicationType": "インターネット", "globalIpUse": "あり",
        "ipAssignment": "動的IP", "globalIpAddress": "122.31.44.190", "diagnosisDayCheck": "確認済み",
        "diagnosisDayAddress": "122.31.44.190", "provider": "BIGLOBE", "providerService": "BIGLOBE光 ビジネス",
        "carrier": "NTT西日本", "carrierService": "フレッツ 光クロス", "lineId": "COP0087654321",
        "terminationLocation": "本館1F 医事課 事務室 壁面ラック",
        "deviceMaker": "フォーティネット", "deviceModel": "FortiGate-60F", "firmwareVersion": "FortiOS v7.2.8",
    },
    {
        "lineName": "PACS保守回線（閉域）", "lineKind": "閉域網サービス",
        "versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望なし", "ehrConnection": "あり",
        "purpose": "画像システム（PACS）", "communicationType": "閉域網", "globalIpUse": "なし",
        "diagnosisDayCheck": "入力不要",
        "carrier": "NTTコミュニケーションズ", "carrierService": "Arcstar Universal One",
        "lineId": "UNO-0456789", "terminationLocation": "本館1F 放射線科 機械室",
        "deviceMaker": "シスコシステムズ", "deviceModel": "ISR1111-4P", "firmwareVersion": "IOS XE 17.9.4a",
    },
]

HR1, HR2 = 4, 5          # two header rows
EX_ROW = 6               # 記入例
FIRST = 7                # 回線1
wl.merge_cells(start_row=HR1, start_column=1, end_row=HR2, end_column=1)
wl.cell(HR1, 1).value = "No."
# group headers
i = 0
while i < len(cols):
    grp = cols[i][2]
    j = i
    while j + 1 < len(cols) and grp is not None and cols[j + 1][2] == grp:
        j += 1
    if grp is None:
        wl.merge_cells(start_row=HR1, start_column=2 + i, end_row=HR2, end_column=2 + i)
        wl.cell(HR1, 2 + i).value = cols[i][1]
    else:
        if j > i:
            wl.merge_cells(start_row=HR1, start_column=2 + i, end_row=HR1, end_column=2 + j)
        wl.cell(HR1, 2 + i).value = grp
        for k in range(i, j + 1):
            wl.cell(HR2, 2 + k).value = cols[k][1]
    i = j + 1
last_col = 1 + len(cols)
for r in (HR1, HR2):
    for cc in range(1, last_col + 1):
        cell = wl.cell(r, cc)
        cell.border = BOX
        cell.alignment = CENTER
        cell.font = Font(name=FONT, size=9, bold=True)
        cell.fill = GROUP if r == HR1 else HEAD
wl.row_dimensions[HR1].height = 30
wl.row_dimensions[HR2].height = 54

rows = [("記入例", example)] + [(f"回線{n + 1}", ln) for n, ln in enumerate(lines)] + [("回線4", {}), ("回線5", {})]
for n, (label, data) in enumerate(rows):
    r = EX_ROW + n
    wl.cell(r, 1, label)
    for k, (key, _, _) in enumerate(cols):
        v = data.get(key)
        if v is not None:
            wl.cell(r, 2 + k, v)
    for cc in range(1, last_col + 1):
        cell = wl.cell(r, cc)
        cell.border = BOX
        cell.alignment = WRAP
        cell.font = Font(name=FONT, size=9)
        if label == "記入例":
            cell.fill = EXAMPLE
            cell.font = Font(name=FONT, size=9, color="808080")
widths = [8, 20, 12, 12, 12, 16, 16, 14, 11, 11, 16, 12, 16, 22, 12, 20, 14, 22, 14, 26, 14, 14, 16]
from openpyxl.utils import get_column_letter as L
for k, w in enumerate(widths):
    wl.column_dimensions[L(k + 1)].width = w
wl.freeze_panes = "B6"

# drop-down lists as the secretariat would add them
lists = {
    "versionCheck": '"調査希望あり,調査希望なし"',
    "vulnerabilityScan": '"調査希望あり,調査希望なし"',
    "ehrConnection": '"あり,なし"',
    "communicationType": '"インターネット,インターネットVPN,閉域網,その他"',
    "globalIpUse": '"あり,なし"',
    "ipAssignment": '"固定IP,動的IP"',
    "diagnosisDayCheck": '"確認済み,入力不要"',
}
for k, (key, _, _) in enumerate(cols):
    if key in lists:
        d = DataValidation(type="list", formula1=lists[key], allow_blank=True)
        wl.add_data_validation(d)
        d.add(f"{L(2 + k)}{FIRST}:{L(2 + k)}{FIRST + 4}")

# second table BELOW: device ports
PT = EX_ROW + len(rows) + 2          # title row
wl.cell(PT, 1, "■装置と接続する回線と機器の詳細（機器のポート情報）　※別紙2-2参照")
wl.cell(PT, 1).font = Font(name=FONT, size=11, bold=True)
port_head = ["No.", "回線", "装置", "ポート(*)", "機器名(*)", "IPアドレス(*)", "ポート番号(*)", "プロトコル(*)", "接続状況"]
for k, t in enumerate(port_head):
    wl.cell(PT + 1, 1 + k, t)
box(wl, f"A{PT + 1}:I{PT + 1}", HEAD, True, CENTER)
port_example = ["記入例", "回線1", "端末1", "Com1", "192.168.1.10", "192.168.1.10", 4500, "Telnet", "接続なし"]
ports = [
    {"line": "回線1", "device": "ヤマハ RTX1300", "port": "LAN1", "deviceName": "L3SW-CORE01",
     "ipAddress": "192.168.10.254", "portNumber": 443, "protocol": "TCP", "connectionStatus": "接続あり"},
    {"line": "回線1", "device": "ヤマハ RTX1300", "port": "LAN2", "deviceName": "保守用端末 MNT-PC01",
     "ipAddress": "192.168.10.250", "portNumber": 3389, "protocol": "TCP", "connectionStatus": "接続あり"},
    {"line": "回線2", "device": "FortiGate-60F", "port": "internal1", "deviceName": "地域連携サーバ RENKEI-SV01",
     "ipAddress": "192.168.20.10", "portNumber": 443, "protocol": "TCP", "connectionStatus": "接続あり"},
    {"line": "回線3", "device": "ISR1111-4P", "port": "GE0/1/0", "deviceName": "PACS-SV01",
     "ipAddress": "192.168.30.5", "portNumber": 104, "protocol": "TCP", "connectionStatus": "接続あり"},
]
pkeys = ["line", "device", "port", "deviceName", "ipAddress", "portNumber", "protocol", "connectionStatus"]
for k, v in enumerate(port_example):
    wl.cell(PT + 2, 1 + k, v)
box(wl, f"A{PT + 2}:I{PT + 2}", EXAMPLE)
for n, p in enumerate(ports):
    r = PT + 3 + n
    wl.cell(r, 1, n + 1)
    for k, key in enumerate(pkeys):
        wl.cell(r, 2 + k, p[key])
box(wl, f"A{PT + 3}:I{PT + 3 + len(ports) - 1}")
PORT_FIRST = PT + 3

# ---------------------------------------------------------------- 調査端末情報記入シート
wt = wb.create_sheet("調査端末情報記入シート")
wt["A1"] = "調査端末情報記入シート"
wt["A1"].font = Font(name=FONT, size=14, bold=True)
wt["A2"] = "調査対象の端末(PC)を5台ご記入ください。(*)は記入必須項目です。"
tcols = [
    ("systemType", "システム種別\n(*)", None),
    ("usage", "シングル利用\n(*)", None),
    ("hostName", "端末ホスト名\n(*)", "シンクル端末/FAT端末"),
    ("ipAddress", "IPアドレス\n(*)", "シンクル端末/FAT端末"),
    ("location", "設置場所\n(*)", "シンクル端末/FAT端末"),
    ("vdiHostName", "端末ホスト名", "仮想デスクトップ"),
    ("vdiIpAddress", "IPアドレス", "仮想デスクトップ"),
    ("securityProduct", "セキュリティ対策製品", None),
    ("remarks", "備考", None),
]
wt.merge_cells("A4:A5")
wt["A4"] = "No."
wt.merge_cells("B4:B5"); wt["B4"] = tcols[0][1]
wt.merge_cells("C4:C5"); wt["C4"] = tcols[1][1]
wt.merge_cells("D4:F4"); wt["D4"] = "シンクル端末/FAT端末"
wt["D5"], wt["E5"], wt["F5"] = tcols[2][1], tcols[3][1], tcols[4][1]
wt.merge_cells("G4:H4"); wt["G4"] = "仮想デスクトップ"
wt["G5"], wt["H5"] = tcols[5][1], tcols[6][1]
wt.merge_cells("I4:I5"); wt["I4"] = tcols[7][1]
wt.merge_cells("J4:J5"); wt["J4"] = tcols[8][1]
box(wt, "A4:J5", HEAD, True, CENTER)
t_example = {"systemType": "電子カルテ", "usage": "単体", "hostName": "PCXXXX", "ipAddress": "192.168.1.25/24",
             "location": "2F OOO室", "vdiHostName": "PCXXXX", "vdiIpAddress": "192.168.1.25/24",
             "securityProduct": "Microsoft Defender", "remarks": "端末操作可能時間：12:00-13:00"}
terminals = [
    {"systemType": "電子カルテ", "usage": "単体", "hostName": "EMR-PC011", "ipAddress": "192.168.10.111/24",
     "location": "本館1F 外来 第3診察室", "securityProduct": "Trend Micro Apex One",
     "remarks": "端末操作可能時間：12:00-13:00"},
    {"systemType": "電子カルテ", "usage": "仮想デスクトップ", "hostName": "TC-2F-NS02",
     "ipAddress": "192.168.10.152/24", "location": "本館2F 東病棟ナースステーション",
     "vdiHostName": "VDI-EMR-021", "vdiIpAddress": "172.16.20.21/24", "securityProduct": "Trend Micro Apex One",
     "remarks": "病棟業務のため14:00-16:00で調整希望"},
    {"systemType": "医事会計", "usage": "単体", "hostName": "IJI-PC03", "ipAddress": "192.168.10.63/24",
     "location": "本館1F 医事課", "securityProduct": "Trend Micro Apex One"},
    {"systemType": "画像システム（PACS）", "usage": "単体", "hostName": "PACS-VW01", "ipAddress": "192.168.30.21/24",
     "location": "本館1F 放射線科 読影室", "securityProduct": "Microsoft Defender"},
    {"systemType": "検査システム", "usage": "単体", "hostName": "LAB-PC02", "ipAddress": "192.168.40.12/24",
     "location": "本館B1F 臨床検査科", "securityProduct": "Microsoft Defender",
     "remarks": "操作時は検査科技師の立会い必須"},
]
for n, (label, data) in enumerate([("記入例", t_example)] + [(f"No.{k + 1}", t) for k, t in enumerate(terminals)]):
    r = 6 + n
    wt.cell(r, 1, label)
    for k, (key, _, _) in enumerate(tcols):
        if data.get(key) is not None:
            wt.cell(r, 2 + k, data[key])
    box(wt, f"A{r}:J{r}", EXAMPLE if label == "記入例" else None)
for col, w in zip("ABCDEFGHIJ", [8, 18, 16, 16, 18, 28, 16, 18, 22, 34]):
    wt.column_dimensions[col].width = w
d = DataValidation(type="list", formula1='"単体,仮想デスクトップ"', allow_blank=True)
wt.add_data_validation(d)
d.add("C7:C11")

# ---------------------------------------------------------------- 設置場所記入シート
wf = wb.create_sheet("設置場所記入シート")
wf["A1"] = "設置場所記入シート"
wf["A1"].font = Font(name=FONT, size=14, bold=True)
wf["A2"] = "平面図またはフロア図を貼り付け、調査対象の回線終端装置・端末の位置に吹き出しを配置してください。"

font = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 15, index=0)
big = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 20, index=0)
img = Image.new("RGB", (900, 560), "white")
g = ImageDraw.Draw(img)
g.text((20, 10), "さぬき中央病院 本館 1F・2F 平面図（抜粋）", fill="black", font=big)
rooms = [((20, 60, 300, 260), "1F 医事課 事務室"), ((300, 60, 560, 260), "1F 外来 第3診察室"),
         ((560, 60, 880, 260), "1F 放射線科 読影室 / 機械室"), ((20, 300, 440, 540), "2F サーバー室"),
         ((440, 300, 880, 540), "2F 東病棟ナースステーション")]
for (x0, y0, x1, y1), name in rooms:
    g.rectangle((x0, y0, x1, y1), outline="black", width=3)
    g.text((x0 + 10, y0 + 8), name, fill="black", font=font)
callouts = [((60, 150), "回線2 ONU\nFortiGate-60F"), ((330, 150), "No.1 EMR-PC011"),
            ((590, 120), "回線3 ONU / ISR1111\nNo.4 PACS-VW01"), ((60, 400), "回線1 ONU / RTX1300\n1番ラック 3U"),
            ((470, 400), "No.2 TC-2F-NS02")]
for (x, y), text in callouts:
    g.rounded_rectangle((x, y, x + 230, y + 56), radius=10, outline="red", width=2, fill="#FFF4F4")
    g.multiline_text((x + 8, y + 6), text, fill="red", font=font, spacing=2)
buf = io.BytesIO()
img.save(buf, format="PNG")
buf.seek(0)
pic = XLImage(buf)
pic.anchor = "B4"
wf.add_image(pic)
wf["L4"] = "※No.3 医事会計端末(IJI-PC03)は1F医事課、No.5 検査端末(LAB-PC02)は地下1F臨床検査科（別図なし）"

# ---------------------------------------------------------------- password list (提出不要, left empty)
wp = wb.create_sheet("アカウント(ログインID)・パスワードリスト")
wp["A1"] = "アカウント(ログインID)・パスワードリスト　【提出不要】"
wp["A1"].font = Font(name=FONT, size=14, bold=True, color="C00000")
wp["A2"] = "当日までに院内で情報整理してください。事務局への提出は不要です。（当院では別途紙で管理）"
wp["A4"] = "■調査① インターネット回線/ONUに紐づく装置(ルータ/UTM/FW)"
for k, t in enumerate(["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"]):
    wp.cell(5, 1 + k, t)
for n, ln in enumerate(lines):
    wp.cell(6 + n, 1, f"回線{n + 1}")
    wp.cell(6 + n, 2, ln["deviceMaker"])
    wp.cell(6 + n, 3, ln["deviceModel"])
box(wp, "A5:F8")
wp["A11"] = "■調査端末(シンクル端末/FAT端末)"
for k, t in enumerate(["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"]):
    wp.cell(12, 1 + k, t)
for n, t in enumerate(terminals):
    wp.cell(13 + n, 1, f"端末{n + 1}")
    wp.cell(13 + n, 2, t["hostName"])
    wp.cell(13 + n, 3, t["ipAddress"])
box(wp, "A12:E17")
wp["A19"] = "備考(接続先情報など)"
for col, w in zip("ABCDEF", [8, 18, 18, 22, 18, 26]):
    wp.column_dimensions[col].width = w

# ---------------------------------------------------------------- save, then re-save with LibreOffice
os.makedirs(TMP_DIR, exist_ok=True)
tmp = os.path.join(TMP_DIR, NAME + ".xlsx")
wb.save(tmp)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT_DIR, tmp],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.rmtree(TMP_DIR)

# rows used by the checker / expected.json
print("lines first row", FIRST, "ports first row", PORT_FIRST)

# ---------------------------------------------------------------- expected.json
import json

expected = {
    "form": "line-device-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "basicInfo": {
            "consent": "同意する",
            "facilityName": "社会医療法人 瀬戸内会 さぬき中央病院",
            "facilityNameKana": "しゃかいいりょうほうじん せとうちかい さぬきちゅうおうびょういん",
            "postalCode": "760-0066",
            "address": "香川県高松市福岡町3丁目12番5号",
            "addressKana": "かがわけんたかまつしふくおかちょう3ちょうめ12ばん5ごう",
            "building": "本館",
            "buildingKana": "ほんかん",
            "beds": 199,
            "confirmerName": "真鍋 俊介",
        },
        "contacts": [
            {"department": c[1], "name": c[2], "phoneNumber": c[3], "email": c[4]} for c in contacts if c[2]
        ],
        "lines": lines,
        "ports": ports,
        "terminals": terminals,
        "floorPlan": {"image": True},
    },
    "planted": [],
    "notes": (
        "No planted problem. Re-saved by LibreOffice. 記入例 rows (回線・機器情報記入シート row 6, port table row 16, "
        "調査端末情報記入シート row 6) must be ignored; empty template rows 回線4/回線5 hold no data. "
        "The port table (row 15 header, rows 17-20) sits below the line table on the same sheet. "
        "回線3 is a 閉域網 line without global IP: 固定IP/動的IP and グローバルIPアドレス are left blank on purpose "
        "(not applicable), 脆弱性診断 is 調査希望なし. 回線1 is 固定IP so the 当日 address is blank (check = 入力不要); "
        "回線2 is 動的IP and the 当日 columns are already filled (確認済み, same address). "
        "The password list sheet is present (the template's) but every account/password cell is empty. "
        "The floor plan is a PNG with the callouts drawn inside the picture. 病床数 is a number cell shown as '199床'."
    ),
}
with open(os.path.join(OUT_DIR, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
