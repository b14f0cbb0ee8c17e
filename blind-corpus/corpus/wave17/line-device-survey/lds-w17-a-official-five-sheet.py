#!/usr/bin/python3
"""lds-w17-a: multi-sheet layout modelled on the secretariat's 別紙2-1 description (label-left basic info,
two-row headers, 記入例 rows, floor plan with formula callouts, hidden list sheet, blank password list)."""
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w17-a-official-five-sheet"
thin = Side(style="thin", color="000000")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
HDR = PatternFill("solid", fgColor="DDEBF7")
EX = PatternFill("solid", fgColor="EDEDED")
REQ = PatternFill("solid", fgColor="FFF2CC")
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)


def box(ws, rng, fill=None, align=WRAP, bold=False):
    for row in ws[rng]:
        for c in row:
            c.border = B
            if fill:
                c.fill = fill
            c.alignment = align
            if bold:
                c.font = Font(bold=True)


wb = Workbook()

# ---------------- 基本情報記入シート ----------------
ws = wb.active
ws.title = "基本情報記入シート"
ws["A1"] = "別紙2-1 医療機関記入依頼書（回線・機器情報等記入）"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "基本情報記入シート　※黄色のセルは記入必須です。"
for col, w in zip("ABCDEFG", [26, 22, 22, 20, 30, 16, 4]):
    ws.column_dimensions[col].width = w

ws["A4"] = "■本施策の同意確認"
ws["A4"].font = Font(bold=True)
ws["A5"] = "本施策の同意確認"
ws.merge_cells("B5:E5")
ws["B5"] = "(別紙)規約に記載の内容をご確認のうえ、本施策実施に同意いただける場合は「同意する」を選択してください"
ws["F5"] = "同意する"
box(ws, "A5:F5")
ws["A5"].fill = HDR
ws["F5"].fill = REQ
ws.row_dimensions[5].height = 42

ws["A7"] = "■お客様情報(医療機関情報)"
ws["A7"].font = Font(bold=True)
rows = [
    (8, "医療機関名", "医療法人社団 讃陽会 みなと台病院", "(かな)", "いりょうほうじんしゃだん さんようかい みなとだいびょういん"),
    (10, "住所", "香川県高松市伏石町2150番地1", "(かな)", "かがわけん たかまつし ふせいしちょう 2150ばんち1"),
    (11, "ビル名", "本館", "(かな)", "ほんかん"),
]
for r, lab, val, klab, kval in rows:
    ws.cell(r, 1, lab)
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    ws.cell(r, 2, val)
    ws.cell(r, 4, klab)
    ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=6)
    ws.cell(r, 5, kval)
    box(ws, f"A{r}:F{r}")
    ws.cell(r, 1).fill = HDR
    ws.cell(r, 4).fill = HDR
ws["A9"] = "〒"
ws["B9"] = "761-8071"
box(ws, "A9:B9")
ws["A9"].fill = HDR
ws["A12"] = "病床数"
ws["B12"] = 199
ws["C12"] = "床"
box(ws, "A12:B12")
ws["A12"].fill = HDR

ws["A14"] = "■担当者情報（4名まで）"
ws["A14"].font = Font(bold=True)
hdr = ["", "所属・役職", "氏名", "電話番号", "メールアドレス"]
for i, h in enumerate(hdr):
    ws.cell(15, 1 + i, h)
box(ws, "A15:E15", HDR, CEN, True)
contacts = [
    ("事務部 情報システム課 主任", "香川 健一", "087-868-1234", "k-kagawa@minatodai-hp.jp"),
    ("事務部 情報システム課 課長", "三木 由美", "087-868-1234", "y-miki@minatodai-hp.jp"),
    ("診療情報管理室 室長", "大西 誠", "087-868-1235", "m-onishi@minatodai-hp.jp"),
]
for i in range(4):
    r = 16 + i
    ws.cell(r, 1, f"担当者{i + 1}")
    if i < len(contacts):
        for j, v in enumerate(contacts[i]):
            ws.cell(r, 2 + j, v)
    box(ws, f"A{r}:E{r}")
    ws.cell(r, 1).fill = HDR

ws["A21"] = "■申込内容の確認"
ws["A21"].font = Font(bold=True)
ws["A22"] = "確認者名(医療機関のご担当者名)"
ws.merge_cells("B22:C22")
ws["B22"] = "三木 由美"
box(ws, "A22:C22")
ws["A22"].fill = HDR
ws["A23"] = "※記入内容に不備がないかご確認いただき、フルネームでご記入ください。"

# ---------------- hidden list sheet ----------------
ls = wb.create_sheet("リスト")
lists = {
    "A": ["同意する"],
    "B": ["調査希望あり", "調査希望なし"],
    "C": ["あり", "なし"],
    "D": ["インターネット", "インターネットVPN", "閉域網", "モバイル回線", "その他"],
    "E": ["固定IP", "動的IP"],
    "F": ["確認済み", "入力不要"],
    "G": ["単体", "仮想デスクトップ"],
    "H": ["電子カルテ", "医事", "PACS", "検体検査", "部門システム", "その他"],
}
for col, vals in lists.items():
    for i, v in enumerate(vals):
        ls[f"{col}{i + 1}"] = v
ls.sheet_state = "hidden"


def dv(ws, formula, rng):
    d = DataValidation(type="list", formula1=formula, allow_blank=True)
    d.showErrorMessage = False
    ws.add_data_validation(d)
    for part in rng.split():
        d.add(part)


dv(ws, "リスト!$A$1:$A$1", "F5")

# ---------------- 回線・機器情報記入シート ----------------
wl = wb.create_sheet("回線・機器情報記入シート")
wl["A1"] = "回線・機器情報記入シート"
wl["A1"].font = Font(bold=True, size=14)
wl["A2"] = "※電子カルテシステムに接続するすべての回線（保守用回線を含む）を1行ずつ記入してください。(*)は必須項目です。"
groups = [
    ("B4:C4", "調査希望"),
    ("J4:K4", "脆弱性診断当日記入欄"),
    ("M4:N4", "プロバイダ情報"),
    ("O4:S4", "回線情報"),
    ("T4:T4", "回線終端装置(ONU/モデム)情報"),
    ("U4:W4", "接続機器情報（ルータ/UTM/FW）"),
]
heads = {
    "A": "回線No", "B": "技術バージョン確認 (*)", "C": "脆弱性診断 (*)",
    "D": "電子カルテシステムと接続するネットワークとの接続 (*)", "E": "用途・システム名 (*)",
    "F": "通信形態 (*)", "G": "グローバルIP利用 (*)", "H": "固定IP/動的IP (*)",
    "I": "グローバルIPアドレス (*)", "J": "グローバルIP確認", "K": "グローバルIPアドレス",
    "L": "FQDN", "M": "プロバイダ名", "N": "プロバイダ品目", "O": "回線事業者", "P": "回線サービス名",
    "Q": "回線ID", "R": "回線名", "S": "回線の種類", "T": "回線終端装置設置場所 (*)",
    "U": "メーカー", "V": "機種名", "W": "ファームウェアバージョン",
}
for col, h in heads.items():
    wl[f"{col}5"] = h
for rng, title in groups:
    a, b = rng.split(":")
    if a != b:
        wl.merge_cells(rng)
    wl[a] = title
for col in "ADEFGHIL":
    wl.merge_cells(f"{col}4:{col}5")
    wl[f"{col}4"] = heads[col]
box(wl, "A4:W5", HDR, CEN, True)
wl.row_dimensions[5].height = 48
widths = dict(A=9, B=14, C=14, D=18, E=24, F=17, G=11, H=11, I=17, J=12, K=16, L=24, M=18, N=26, O=14,
              P=26, Q=16, R=20, S=14, T=28, U=12, V=16, W=16)
for c, w in widths.items():
    wl.column_dimensions[c].width = w

example = ["記入例", "調査希望あり", "調査希望あり", "あり", "電子カルテ", "インターネットVPN", "あり", "固定IP",
           "121.119.249.222", "入力不要", "入力不要", "example.xxx", "NTT東日本", "Bフレッツサービス", "NTT東日本",
           "フレッツ光ネクスト", "CAF0000000000", "○○回線", "光回線", "本部棟 3F サーバー室 -1番ラック 3U",
           "○○社", "XX-1000", "Ver.1.0"]
for i, v in enumerate(example):
    wl.cell(6, 1 + i, v)
box(wl, "A6:W6", EX)

lines = [
    ["回線1", "調査希望あり", "調査希望あり", "あり", "電子カルテ（ベンダリモート保守）", "インターネットVPN", "あり",
     "固定IP", "125.206.211.34", "入力不要", None, "vpn1.minatodai-hp.jp", "NTTコミュニケーションズ",
     "OCN 光 IPoE 固定IP1", "NTT西日本", "フレッツ 光ネクスト ビジネスタイプ", "CAF2205318847", "電カル保守VPN回線",
     "光回線", "本館2F サーバー室 ラックA 5U", "Fortinet", "FortiGate 60F", "v7.2.8"],
    ["回線2", "調査希望あり", "調査希望あり", "あり", "PACS（画像システム保守）", "インターネットVPN", "あり",
     "動的IP", "118.8.35.107", "確認済み", "118.8.35.107", None, "BIGLOBE", "BIGLOBE光 ビジネス",
     "NTT西日本", "フレッツ 光クロス", "CAF2205402216", "PACS保守回線", "光回線", "本館1F 放射線科 操作室",
     "YAMAHA", "RTX1220", "Rev.15.04.24"],
    ["回線3", "調査希望あり", "調査希望なし", "あり", "検体検査システム（保守）", "閉域網", "なし",
     None, None, "入力不要", None, None, None, None, "NTTコミュニケーションズ", "Arcstar Universal One",
     "N10288431", "検査保守閉域網", "閉域網(IP-VPN)", "本館2F サーバー室 ラックB 2U", "NEC",
     "UNIVERGE IX2215", "Ver.10.2.16"],
    ["回線4", "調査希望なし", "調査希望あり", "あり", "インターネット接続（メール・Web閲覧）", "インターネット",
     "あり", "固定IP", "60.37.142.88", "入力不要", None, "mail.minatodai-hp.jp", "NTTコミュニケーションズ",
     "OCN 光 IPoE 固定IP8", "NTT西日本", "フレッツ 光ネクスト ビジネスタイプ", "CAF2205318912",
     "院内インターネット回線", "光回線", "本館2F サーバー室 ラックA 3U", "Fortinet", "FortiGate 100F",
     "v7.2.8"],
]
for k, ln in enumerate(lines):
    for i, v in enumerate(ln):
        if v is not None:
            wl.cell(7 + k, 1 + i, v)
for k in range(4, 8):
    wl.cell(7 + k, 1, f"回線{k + 1}")
box(wl, "A7:W14")
for r in range(7, 15):
    for col in "BCDEFGHIT":
        wl[f"{col}{r}"].fill = REQ
dv(wl, "リスト!$B$1:$B$2", "B7:C14")
dv(wl, "リスト!$C$1:$C$2", "D7:D14 G7:G14")
dv(wl, "リスト!$D$1:$D$5", "F7:F14")
dv(wl, "リスト!$E$1:$E$2", "H7:H14")
dv(wl, "リスト!$F$1:$F$2", "J7:J14")

# second table: device ports
wl["A17"] = "■機器のポート情報（装置と接続する回線と機器の詳細）"
wl["A17"].font = Font(bold=True)
ph = ["回線", "機器", "ポート (*)", "機器名 (*)", "IPアドレス (*)", "ポート番号 (*)", "プロトコル (*)", "接続状況"]
for i, h in enumerate(ph):
    wl.cell(18, 1 + i, h)
box(wl, "A18:H18", HDR, CEN, True)
ports = [
    ["回線1", "FortiGate 60F", "wan1", "ONU（回線1）", "125.206.211.34", 4500, "UDP", "接続あり"],
    ["回線1", "FortiGate 60F", "internal1", "電子カルテサーバ", "192.168.10.11", 443, "TCP", "接続あり"],
    ["回線2", "RTX1220", "LAN1", "PACSサーバ", "192.168.20.5", 22, "TCP", "接続あり"],
    ["回線3", "UNIVERGE IX2215", "GE1", "検体検査システムサーバ", "192.168.30.8", 3389, "TCP", "接続あり"],
    ["回線4", "FortiGate 100F", "port2", "院内LANコアスイッチ", "192.168.1.1", 443, "TCP", "接続なし"],
]
for k, p in enumerate(ports):
    for i, v in enumerate(p):
        wl.cell(19 + k, 1 + i, v)
box(wl, "A19:H23")
wl.freeze_panes = "B7"

# ---------------- 調査端末情報記入シート ----------------
wt = wb.create_sheet("調査端末情報記入シート")
wt["A1"] = "調査端末情報記入シート"
wt["A1"].font = Font(bold=True, size=14)
wt["A2"] = "※電子カルテシステムと接続のある端末を5台選定してください（電子カルテ端末1台、主要な部門システム端末から1台ずつ推奨）。"
th = {"A": "No", "B": "システム種別 (*)", "C": "シングル利用 (*)", "D": "端末ホスト名 (*)", "E": "IPアドレス (*)",
      "F": "設置場所 (*)", "G": "端末ホスト名", "H": "IPアドレス", "I": "セキュリティ対策製品", "J": "備考"}
for c, h in th.items():
    wt[f"{c}5"] = h
for c in "ABCIJ":
    wt.merge_cells(f"{c}4:{c}5")
    wt[f"{c}4"] = th[c]
wt.merge_cells("D4:F4")
wt["D4"] = "シンクル端末/FAT端末"
wt.merge_cells("G4:H4")
wt["G4"] = "仮想デスクトップ"
box(wt, "A4:J5", HDR, CEN, True)
for c, w in dict(A=8, B=14, C=16, D=16, E=19, F=26, G=16, H=18, I=24, J=30).items():
    wt.column_dimensions[c].width = w
ex = ["記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F ○○室", "PCXXXX", "192.168.1.25/24",
      "Microsoft Defender", "端末操作可能時間：12:00-13:00"]
for i, v in enumerate(ex):
    wt.cell(6, 1 + i, v)
box(wt, "A6:J6", EX)
terms = [
    ["No.1", "電子カルテ", "単体", "EMR-PC-0101", "192.168.10.131/24", "本館1F 外来診察室1", None, None,
     "Trend Micro Apex One", "端末操作可能時間：12:00-13:00"],
    ["No.2", "電子カルテ", "仮想デスクトップ", "EMR-TC-0205", "192.168.10.145/24", "本館2F ナースステーション",
     "VDI-EMR-0205", "172.16.10.45/24", "Trend Micro Apex One", None],
    ["No.3", "医事", "単体", "IJI-PC-01", "192.168.40.21/24", "本館1F 医事課", None, None,
     "Microsoft Defender", "平日 9:00-17:00 操作可"],
    ["No.4", "PACS", "単体", "PACS-VW-03", "192.168.20.53/24", "本館1F 放射線科 読影室", None, None,
     "ESET Endpoint Security", None],
    ["No.5", "検体検査", "単体", "LAB-PC-02", "192.168.30.22/24", "本館2F 検査科", None, None,
     "Trend Micro Apex One", "検査科立会い必須"],
]
for k, t in enumerate(terms):
    for i, v in enumerate(t):
        if v is not None:
            wt.cell(7 + k, 1 + i, v)
box(wt, "A7:J11")
dv(wt, "リスト!$G$1:$G$2", "C7:C11")
dv(wt, "リスト!$H$1:$H$6", "B7:B11")

# ---------------- 設置場所記入シート ----------------
wf = wb.create_sheet("設置場所記入シート")
wf["A1"] = "設置場所記入シート"
wf["A1"].font = Font(bold=True, size=14)
wf["A2"] = "平面図（フロア図）を貼り付け、調査対象の回線終端装置・端末の位置が分かるように吹き出しを配置してください。"
font = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 16)
img = Image.new("RGB", (900, 560), "white")
d = ImageDraw.Draw(img)
d.text((10, 8), "みなと台病院 本館 平面図（1F / 2F）", fill="black", font=font)
# 1F
d.rectangle((10, 40, 440, 540), outline="black", width=3)
d.text((20, 45), "1F", fill="black", font=font)
for (x1, y1, x2, y2, t) in [(20, 80, 200, 200, "外来診察室1"), (210, 80, 430, 200, "医事課"),
                            (20, 210, 200, 380, "放射線科 操作室"), (210, 210, 430, 380, "放射線科 読影室"),
                            (20, 390, 430, 530, "待合・受付")]:
    d.rectangle((x1, y1, x2, y2), outline="black", width=2)
    d.text((x1 + 8, y1 + 8), t, fill="black", font=font)
# 2F
d.rectangle((460, 40, 890, 540), outline="black", width=3)
d.text((470, 45), "2F", fill="black", font=font)
for (x1, y1, x2, y2, t) in [(470, 80, 670, 260, "サーバー室"), (680, 80, 880, 260, "検査科"),
                            (470, 270, 880, 530, "病棟 / ナースステーション")]:
    d.rectangle((x1, y1, x2, y2), outline="black", width=2)
    d.text((x1 + 8, y1 + 8), t, fill="black", font=font)
for (x, y, t) in [(490, 130, "ONU 回線1/4"), (490, 190, "回線3 IX"), (40, 260, "ONU 回線2"),
                  (40, 130, "端末No.1"), (230, 130, "端末No.3"), (230, 260, "端末No.4"),
                  (700, 130, "端末No.5"), (490, 320, "端末No.2")]:
    d.ellipse((x - 12, y - 4, x - 2, y + 6), fill="red")
    d.text((x, y - 10), t, fill="red", font=font)
os.makedirs("/tmp/p17", exist_ok=True)
png = "/tmp/p17/lds_a_floor.png"
img.save(png)
pic = XLImage(png)
wf.add_image(pic, "A4")
wf["M4"] = "吹き出し表示内容（自動）"
wf["M4"].font = Font(bold=True)
for k in range(4):
    r = 7 + k
    wf[f"M{5 + k}"] = (f"='回線・機器情報記入シート'!A{r}&\" \"&'回線・機器情報記入シート'!E{r}"
                       f"&\" / \"&'回線・機器情報記入シート'!T{r}")
for k in range(5):
    r = 7 + k
    wf[f"M{10 + k}"] = (f"=\"端末\"&'調査端末情報記入シート'!A{r}&\" \"&'調査端末情報記入シート'!D{r}"
                        f"&\" / \"&'調査端末情報記入シート'!F{r}")
wf.column_dimensions["M"].width = 60

# ---------------- パスワードリスト (提出不要, left blank) ----------------
wp = wb.create_sheet("アカウント(ログインID)・パスワードリスト")
wp["A1"] = "アカウント(ログインID)・パスワードリスト　【提出不要】"
wp["A1"].font = Font(bold=True, size=14, color="C00000")
wp["A2"] = "※現地調査当日までに院内で情報を整理するためのシートです。事務局への提出は不要です。"
wp["A4"] = "■調査① インターネット回線/ONUに紐づく装置(ルータ/UTM/FW)"
for i, h in enumerate(["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"]):
    wp.cell(5, 1 + i, h)
box(wp, "A5:F5", HDR, CEN, True)
for k in range(5):
    wp.cell(6 + k, 1, f"回線{k + 1}")
box(wp, "A6:F10")
wp["A12"] = "■調査端末(シンクル端末/FAT端末)"
for i, h in enumerate(["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"]):
    wp.cell(13, 1 + i, h)
box(wp, "A13:E13", HDR, CEN, True)
for k in range(5):
    wp.cell(14 + k, 1, f"端末{k + 1}")
box(wp, "A14:E18")
for c, w in dict(A=10, B=18, C=18, D=22, E=18, F=26).items():
    wp.column_dimensions[c].width = w

wb.move_sheet("リスト", offset=len(wb.sheetnames) - 1 - wb.sheetnames.index("リスト"))
wb.save(os.path.join(OUT, NAME + ".xlsx"))
print("saved", NAME)
