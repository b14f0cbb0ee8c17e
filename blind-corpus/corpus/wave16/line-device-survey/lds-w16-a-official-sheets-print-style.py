#!/usr/bin/python3
"""Generator for lds-w16-a-official-sheets-print-style.xlsx

Secretariat-style 別紙2-1 workbook: one sheet per official section, two-row headers,
記入例 rows, a hidden choice-list sheet with drop-downs, a port table as a second table
on the line sheet, a floor-plan picture with formula callouts, and the (blank) password list.
Filled completely and correctly; nothing planted.
"""
import io
import json
import os

from openpyxl import Workbook
from openpyxl.drawing.image import Image as XLImage
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w16-a-official-sheets-print-style"

thin = Side(style="thin")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="DDEBF7")
EXAMPLE = PatternFill("solid", fgColor="EDEDED")
INPUT = PatternFill("solid", fgColor="FFF2CC")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def box(ws, rng, fill=None, align=WRAP, bold=False):
    for row in ws[rng]:
        for c in row:
            c.border = BORDER
            c.alignment = align
            if fill is not None:
                c.fill = fill
            if bold:
                c.font = Font(bold=True)


def floor_plan_png():
    font_path = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
    try:
        f = ImageFont.truetype(font_path, 18)
        fs = ImageFont.truetype(font_path, 14)
    except Exception:
        f = fs = ImageFont.load_default()
    img = Image.new("RGB", (960, 600), "white")
    d = ImageDraw.Draw(img)
    d.rectangle([20, 20, 940, 580], outline="black", width=4)
    d.text((30, 26), "みどり台病院 本館 1F・2F 平面図（抜粋）", fill="black", font=f)
    rooms = [
        ((40, 70, 300, 280), "1F サーバー室"),
        ((300, 70, 560, 280), "1F 医事課"),
        ((560, 70, 920, 280), "1F 外来診察室1～4"),
        ((40, 320, 300, 560), "2F 放射線科 操作室・読影室"),
        ((300, 320, 560, 560), "2F 病棟 ナースステーション"),
        ((560, 320, 920, 560), "1F 検査科"),
    ]
    for (x1, y1, x2, y2), label in rooms:
        d.rectangle([x1, y1, x2, y2], outline="black", width=2)
        d.text((x1 + 10, y1 + 10), label, fill="black", font=fs)
    d.line([20, 300, 940, 300], fill="gray", width=2)
    bio = io.BytesIO()
    img.save(bio, format="PNG")
    bio.seek(0)
    return bio


wb = Workbook()

# ---------------------------------------------------------------- 記入要領
ws0 = wb.active
ws0.title = "記入要領"
notes = [
    "別紙2-1_医療機関記入依頼書（回線・機器情報等記入）　記入要領",
    "",
    "1. 「基本情報記入シート」「回線・機器情報記入シート」「調査端末情報記入シート」「設置場所記入シート」は記入必須です。",
    "2. (*) の付いた項目は必須項目です。黄色のセルに入力してください。",
    "3. 各シートの「記入例」の行は記入方法の例です。削除・上書きしないでください。",
    "4. 閉域網に接続された回線は脆弱性診断の対象外となります。",
    "5. グローバルIPアドレスが動的の場合は、脆弱性診断当日にアドレスを改めて確認し、当日記入欄に記入のうえ再度アップロードしてください。",
    "6. 「アカウント(ログインID)・パスワードリスト」は提出不要です。現地調査当日までの情報整理にご利用ください。",
]
for i, t in enumerate(notes, start=1):
    ws0.cell(row=i, column=1, value=t)
ws0["A1"].font = Font(bold=True, size=13)
ws0.column_dimensions["A"].width = 120

# ---------------------------------------------------------------- hidden choice lists
wl = wb.create_sheet("選択肢")
lists = {
    "A": ["同意する"],
    "B": ["調査希望あり", "調査希望なし"],
    "C": ["あり", "なし"],
    "D": ["インターネット", "インターネットVPN", "閉域網", "モバイル回線", "その他"],
    "E": ["固定IP", "動的IP"],
    "F": ["確認済み", "入力不要"],
    "G": ["単体", "仮想デスクトップ"],
    "H": ["電子カルテ", "医事", "PACS", "検査", "オンライン資格確認", "その他"],
}
for col, vals in lists.items():
    for i, v in enumerate(vals, start=1):
        wl[f"{col}{i}"] = v
wl.sheet_state = "hidden"

# ---------------------------------------------------------------- 基本情報記入シート
ws = wb.create_sheet("基本情報記入シート")
for col, w in zip("ABCDEFGH", [2, 20, 18, 22, 10, 34, 8, 40]):
    ws.column_dimensions[col].width = w
ws["B2"] = "別紙2-1 医療機関記入依頼書（回線・機器情報等記入）　基本情報記入シート"
ws["B2"].font = Font(bold=True, size=14)

ws["B4"] = "1. 本施策についての同意確認"
ws["B4"].font = Font(bold=True)
ws["B5"] = "本施策の同意確認"
ws.merge_cells("C5:F5")
ws["C5"] = "(別紙)規約に記載の内容をご確認のうえ、本施策実施に同意いただける場合は「同意する」を選択してください"
ws.merge_cells("G5:H5")
ws["G5"] = "同意する"
box(ws, "B5:H5")
ws["B5"].fill = HEAD
ws["G5"].fill = INPUT
ws.row_dimensions[5].height = 36

ws["B7"] = "2. ■お客様情報(医療機関情報)"
ws["B7"].font = Font(bold=True)
ws["B8"] = "医療機関名"
ws.merge_cells("C8:E8")
ws["C8"] = "医療法人社団 青葉会 みどり台病院"
ws["F8"] = "(かな)"
ws.merge_cells("G8:H8")
ws["G8"] = "いりょうほうじんしゃだん あおばかい みどりだいびょういん"
ws.merge_cells("B9:B10")
ws["B9"] = "住所"
ws["C9"] = "〒"
ws["D9"] = "761-8076"
ws["E9"] = "住所"
ws["F9"] = "香川県高松市多肥上町1185番地2"
ws["G9"] = "(かな)"
ws["H9"] = "かがわけんたかまつしたひかみまち1185ばんち2"
ws["E10"] = "ビル名"
ws["F10"] = "みどり台病院 本館"
ws["G10"] = "(かな)"
ws["H10"] = "みどりだいびょういん ほんかん"
ws["B11"] = "病床数"
ws["C11"] = 150
ws["D11"] = "床"
box(ws, "B8:H11")
for c in ["B8", "F8", "B9", "C9", "E9", "G9", "E10", "G10", "B11"]:
    ws[c].fill = HEAD

ws["B13"] = "3. 担当者情報（4名まで）"
ws["B13"].font = Font(bold=True)
hdr = ["担当者", "所属・役職", "氏名", "電話番号", "メールアドレス"]
for i, h in enumerate(hdr):
    ws.cell(row=14, column=2 + i, value=h)
contacts = [
    ("事務部 情報システム課 主任", "山本 健一", "087-868-2211", "k-yamamoto@midoridai-hp.jp"),
    ("事務部 総務課 課長", "大西 由美", "087-868-2200", "y-onishi@midoridai-hp.jp"),
]
for i in range(4):
    r = 15 + i
    ws.cell(row=r, column=2, value=f"担当者{i + 1}")
    if i < len(contacts):
        for j, v in enumerate(contacts[i]):
            ws.cell(row=r, column=3 + j, value=v)
box(ws, "B14:F18")
box(ws, "B14:F14", fill=HEAD, align=CENTER)

ws["B20"] = "4. ■申込内容の確認"
ws["B20"].font = Font(bold=True)
ws.merge_cells("B21:C21")
ws["B21"] = "確認者名(医療機関のご担当者名)"
ws.merge_cells("D21:E21")
ws["D21"] = "山本 健一"
box(ws, "B21:E21")
ws["B21"].fill = HEAD

dv = DataValidation(type="list", formula1="'選択肢'!$A$1:$A$1", allow_blank=True)
ws.add_data_validation(dv)
dv.add("G5")

# ---------------------------------------------------------------- 回線・機器情報記入シート
wsl = wb.create_sheet("回線・機器情報記入シート")
wsl["A1"] = "回線・機器情報記入シート"
wsl["A1"].font = Font(bold=True, size=14)
wsl["A2"] = "※(*)は必須項目です。閉域網に接続された回線は脆弱性診断の対象外です。"

groups = [  # (first col, last col, group label)
    ("B", "C", "調査希望"),
    ("F", "L", "回線と紐付くグローバルIPアドレス"),
    ("M", "N", "プロバイダ情報"),
    ("O", "Q", "回線情報"),
    ("R", "R", "回線終端装置(ONU/モデム)情報"),
    ("S", "U", "装置情報（ルータ/UTM/FW）"),
]
sub = {
    "B": "技術バージョン確認 (*)",
    "C": "脆弱性診断 (*)",
    "D": "電子カルテシステムと接続するネットワークとの接続 (*)",
    "E": "用途・システム名 (*)",
    "F": "通信形態 (*)",
    "G": "グローバルIP利用 (*)",
    "H": "固定IP/動的IP (*)",
    "I": "グローバルIPアドレス (*)",
    "J": "脆弱性診断当日記入欄\nグローバルIP確認",
    "K": "脆弱性診断当日記入欄\nグローバルIPアドレス",
    "L": "FQDN",
    "M": "プロバイダ名",
    "N": "プロバイダ品目",
    "O": "回線事業者",
    "P": "回線サービス名",
    "Q": "回線ID",
    "R": "回線終端装置設置場所 (*)",
    "S": "メーカー",
    "T": "機種名",
    "U": "ファームウェアバージョン",
}
for a, b, label in groups:
    if a != b:
        wsl.merge_cells(f"{a}4:{b}4")
    wsl[f"{a}4"] = label
wsl.merge_cells("A4:A5")
wsl["A4"] = "回線"
wsl.merge_cells("D4:D5")
wsl.merge_cells("E4:E5")
wsl["D4"] = sub["D"]
wsl["E4"] = sub["E"]
for col, label in sub.items():
    if col in ("D", "E"):
        continue
    wsl[f"{col}5"] = label
box(wsl, "A4:U5", fill=HEAD, align=CENTER, bold=True)
wsl.row_dimensions[4].height = 30
wsl.row_dimensions[5].height = 48
widths = dict(A=8, B=14, C=14, D=18, E=24, F=16, G=10, H=10, I=17, J=12, K=17, L=22,
              M=12, N=22, O=12, P=26, Q=14, R=30, S=12, T=16, U=16)
for col, w in widths.items():
    wsl.column_dimensions[col].width = w

cols = list("BCDEFGHIJKLMNOPQRSTU")
example = ["調査希望あり", "調査希望あり", "あり", "電子カルテ", "インターネットVPN", "あり", "固定IP",
           "121.119.249.222", "入力不要", "", "example.xxx", "NTT東日本", "Bフレッツサービス",
           "NTT東日本", "フレッツ 光ネクスト", "CAF1234567890", "本部棟 3F サーバー室 -1番ラック 3U",
           "YAMAHA", "RTX1210", "Rev.14.01.38"]
lines = [
    ["調査希望あり", "調査希望あり", "あり", "電子カルテ（リモート保守）", "インターネットVPN", "あり",
     "固定IP", "118.243.72.15", "入力不要", "", "vpn01.midoridai-hp.jp", "OCN",
     "OCN 光 IPoE 固定IP1", "NTT西日本", "フレッツ 光クロス", "COP12345678",
     "本館1F サーバー室 ラック2 上段", "ヤマハ", "RTX1300", "Rev.23.00.09"],
    ["調査希望あり", "調査希望なし", "あり", "オンライン資格確認・レセプトオンライン請求", "閉域網", "なし",
     "", "", "入力不要", "", "", "", "", "NTT西日本", "フレッツ 光ネクスト", "COP23456789",
     "本館1F サーバー室 ラック1 下段", "NEC", "UNIVERGE IX2215", "10.8.21"],
    ["調査希望なし", "調査希望あり", "あり", "PACS（画像診断装置リモート保守）", "インターネットVPN", "あり",
     "動的IP", "180.12.34.56", "確認済み", "180.12.40.7", "", "So-net",
     "So-net 光 プラス", "NTT西日本", "フレッツ 光ネクスト ファミリー・ハイスピードタイプ", "COP34567890",
     "本館2F 放射線科 操作室 壁面", "フォーティネット", "FortiGate 40F", "v7.2.8"],
]
wsl["A6"] = "記入例"
for col, v in zip(cols, example):
    wsl[f"{col}6"] = v if v != "" else None
box(wsl, "A6:U6", fill=EXAMPLE)
for i in range(5):
    r = 7 + i
    wsl[f"A{r}"] = f"回線{i + 1}"
    if i < len(lines):
        for col, v in zip(cols, lines[i]):
            wsl[f"{col}{r}"] = v if v != "" else None
box(wsl, "A7:U11")
for r in range(7, 12):
    for col in cols:
        wsl[f"{col}{r}"].fill = INPUT

for rng, lst in [("B7:C11", "B"), ("D7:D11", "C"), ("F7:F11", "D"), ("G7:G11", "C"),
                 ("H7:H11", "E"), ("J7:J11", "F")]:
    n = len(lists[lst])
    dvl = DataValidation(type="list", formula1=f"'選択肢'!${lst}$1:${lst}${n}", allow_blank=True)
    wsl.add_data_validation(dvl)
    dvl.add(rng)

# second table: device ports
wsl["A14"] = "■装置と接続する回線と機器の詳細（機器のポート情報）"
wsl["A14"].font = Font(bold=True)
phdr = ["回線", "機器情報", "ポート (*)", "機器名 (*)", "IPアドレス (*)", "ポート番号 (*)", "プロトコル (*)", "接続状況"]
for i, h in enumerate(phdr):
    wsl.cell(row=15, column=1 + i, value=h)
box(wsl, "A15:H15", fill=HEAD, align=CENTER, bold=True)
ports = [
    ("回線1", "ヤマハ RTX1300", "LAN1", "電子カルテ系コアスイッチ", "192.168.10.1", 443, "TCP(HTTPS)", "接続あり"),
    ("回線1", "ヤマハ RTX1300", "LAN2", "ONU（回線1）", "118.243.72.15", 500, "UDP(IKE)", "接続あり"),
    ("回線2", "NEC UNIVERGE IX2215", "GE0", "医事会計サーバ", "192.168.20.5", 443, "TCP(HTTPS)", "接続あり"),
    ("回線3", "フォーティネット FortiGate 40F", "internal1", "PACSサーバ", "192.168.30.10", 104, "TCP(DICOM)", "接続あり"),
]
for i, p in enumerate(ports):
    for j, v in enumerate(p):
        wsl.cell(row=16 + i, column=1 + j, value=v)
box(wsl, f"A16:H{15 + len(ports)}")

# ---------------------------------------------------------------- 調査端末情報記入シート
wst = wb.create_sheet("調査端末情報記入シート")
wst["A1"] = "調査端末情報記入シート（調査端末情報）"
wst["A1"].font = Font(bold=True, size=14)
wst["A2"] = "※調査対象端末は5台です。電子カルテ端末から1台、その他主要な部門システムから1台ずつの選定を推奨します。"
wst.merge_cells("A4:A5")
wst["A4"] = "No."
wst.merge_cells("B4:B5")
wst["B4"] = "システム種別 (*)"
wst.merge_cells("C4:C5")
wst["C4"] = "シングル利用 (*)"
wst.merge_cells("D4:F4")
wst["D4"] = "シンクル端末/FAT端末"
wst["D5"] = "端末ホスト名 (*)"
wst["E5"] = "IPアドレス (*)"
wst["F5"] = "設置場所 (*)"
wst.merge_cells("G4:H4")
wst["G4"] = "仮想デスクトップ"
wst["G5"] = "端末ホスト名"
wst["H5"] = "IPアドレス"
wst.merge_cells("I4:I5")
wst["I4"] = "セキュリティ対策製品"
wst.merge_cells("J4:J5")
wst["J4"] = "備考"
box(wst, "A4:J5", fill=HEAD, align=CENTER, bold=True)
for col, w in zip("ABCDEFGHIJ", [8, 14, 16, 16, 18, 30, 16, 18, 26, 40]):
    wst.column_dimensions[col].width = w
tex = ["記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F ○○○室", "PCXXXX",
       "192.168.1.25/24", "Microsoft Defender", "端末操作可能時間：12:00-13:00"]
for j, v in enumerate(tex):
    wst.cell(row=6, column=1 + j, value=v)
box(wst, "A6:J6", fill=EXAMPLE)
terms = [
    ["電子カルテ", "単体", "MDH-EMR-001", "192.168.10.101/24", "本館2F 病棟 ナースステーション", "", "",
     "Trend Micro Apex One", "端末操作可能時間：13:00-15:00"],
    ["電子カルテ", "仮想デスクトップ", "MDH-TC-015", "192.168.10.115/24", "本館1F 外来診察室3", "VDI-EMR-015",
     "172.16.20.15/24", "Microsoft Defender", ""],
    ["医事", "単体", "MDH-IJI-003", "192.168.20.31/24", "本館1F 医事課", "", "", "Trend Micro Apex One",
     "月初（1日～10日）はレセプト業務のため午前中は操作不可"],
    ["PACS", "単体", "MDH-PACS-V01", "192.168.30.21/24", "本館2F 放射線科 読影室", "", "",
     "ESET Endpoint Security", ""],
    ["検査", "単体", "MDH-LAB-002", "192.168.40.12/24", "本館1F 検査科", "", "", "Microsoft Defender",
     "立会い必須（検査科 技師長）"],
]
for i, t in enumerate(terms):
    r = 7 + i
    wst.cell(row=r, column=1, value=f"No.{i + 1}")
    for j, v in enumerate(t):
        wst.cell(row=r, column=2 + j, value=v if v != "" else None)
box(wst, "A7:J11")
dvt = DataValidation(type="list", formula1="'選択肢'!$G$1:$G$2", allow_blank=True)
wst.add_data_validation(dvt)
dvt.add("C7:C11")

# ---------------------------------------------------------------- 設置場所記入シート
wsp = wb.create_sheet("設置場所記入シート")
wsp["A1"] = "設置場所記入シート　平面図またはフロア図を貼り付け、調査対象機器の位置に吹き出しを配置してください。"
wsp["A1"].font = Font(bold=True)
pic = XLImage(floor_plan_png())
pic.anchor = "B3"
wsp.add_image(pic)
wsp["N3"] = "吹き出し（自動表示）"
wsp["N3"].font = Font(bold=True)
L = "'回線・機器情報記入シート'"
T = "'調査端末情報記入シート'"
r = 4
for i in range(3):
    lr = 7 + i
    wsp[f"N{r}"] = f'="回線{i + 1}："&{L}!E{lr}&" ／ "&{L}!R{lr}'
    r += 1
for i in range(5):
    tr = 7 + i
    wsp[f"N{r}"] = f'="端末No.{i + 1}："&{T}!D{tr}&" ／ "&{T}!F{tr}'
    r += 1
wsp.column_dimensions["N"].width = 70

# ---------------------------------------------------------------- password list (blank, 提出不要)
wsa = wb.create_sheet("アカウント(ログインID)・パスワードリスト")
wsa["A1"] = "アカウント(ログインID)・パスワードリスト　【提出不要】"
wsa["A1"].font = Font(bold=True, size=13, color="C00000")
wsa["A3"] = "■調査① インターネット回線/ONUに紐づく装置(ルータ/UTM/FW)"
for j, h in enumerate(["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"]):
    wsa.cell(row=4, column=1 + j, value=h or None)
for i in range(3):
    wsa.cell(row=5 + i, column=1, value=f"回線{i + 1}")
    wsa.cell(row=5 + i, column=2, value=lines[i][17])
    wsa.cell(row=5 + i, column=3, value=lines[i][18])
box(wsa, "A4:F7")
wsa["A10"] = "■調査端末(シンクル端末/FAT端末)"
for j, h in enumerate(["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"]):
    wsa.cell(row=11, column=1 + j, value=h or None)
for i in range(5):
    wsa.cell(row=12 + i, column=1, value=f"端末{i + 1}")
    wsa.cell(row=12 + i, column=2, value=terms[i][2])
    wsa.cell(row=12 + i, column=3, value=terms[i][3])
box(wsa, "A11:E16")
wsa["A18"] = "備考(接続先情報など)"
wsa["A19"] = "※本シートは提出不要です。現地調査当日までにログイン情報を整理してください。"
for col, w in zip("ABCDEF", [8, 16, 20, 22, 16, 24]):
    wsa.column_dimensions[col].width = w

wb.active = 2  # open on 基本情報記入シート
out = os.path.join(HERE, NAME + ".xlsx")
wb.save(out)

# ---------------------------------------------------------------- expected.json
keys = ["versionCheck", "vulnerabilityScan", "ehrConnection", "purpose", "communicationType", "globalIpUse",
        "ipAssignment", "globalIpAddress", "diagnosisDayCheck", "diagnosisDayAddress", "fqdn", "provider",
        "providerService", "carrier", "carrierService", "lineId", "terminationLocation", "deviceMaker",
        "deviceModel", "firmwareVersion"]
tkeys = ["systemType", "usage", "hostName", "ipAddress", "location", "vdiHostName", "vdiIpAddress",
         "securityProduct", "remarks"]
pkeys = ["line", "device", "port", "deviceName", "ipAddress", "portNumber", "protocol", "connectionStatus"]
values = {
    "basicInfo": {
        "consent": "同意する",
        "facilityName": "医療法人社団 青葉会 みどり台病院",
        "facilityNameKana": "いりょうほうじんしゃだん あおばかい みどりだいびょういん",
        "postalCode": "761-8076",
        "address": "香川県高松市多肥上町1185番地2",
        "addressKana": "かがわけんたかまつしたひかみまち1185ばんち2",
        "building": "みどり台病院 本館",
        "buildingKana": "みどりだいびょういん ほんかん",
        "beds": 150,
        "confirmerName": "山本 健一",
    },
    "contacts": [dict(zip(["department", "name", "phoneNumber", "email"], c)) for c in contacts],
    "lines": [{k: v for k, v in zip(keys, ln) if v != ""} for ln in lines],
    "ports": [dict(zip(pkeys, p)) for p in ports],
    "terminals": [{k: v for k, v in zip(tkeys, t) if v != ""} for t in terms],
    "floorPlan": {"image": True},
}
expected = {
    "form": "line-device-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": values,
    "planted": [],
    "notes": ("Official sheet names; two-row headers; 記入例 rows (回線 sheet row 6, 端末 sheet row 6) are examples "
              "and must be ignored; 回線4/回線5 rows are labelled but empty. 回線2 is 閉域網 without a global IP, so "
              "固定IP/動的IP and グローバルIPアドレス are left blank on purpose (not applicable). 回線3 is 動的IP: the "
              "address at the time of writing is in グローバルIPアドレス and the diagnosis-day columns are already "
              "filled (確認済み, new address), as re-uploaded after diagnosis day. Port table is a second table on "
              "the line sheet (A15:H19). Floor-plan callouts on 設置場所記入シート are formulas without cached "
              "values (saved by openpyxl). The password list sheet is present but every ID/password cell is empty. "
              "Hidden sheet 選択肢 holds drop-down lists only."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(expected, fh, ensure_ascii=False, indent=2)
print("wrote", out)
