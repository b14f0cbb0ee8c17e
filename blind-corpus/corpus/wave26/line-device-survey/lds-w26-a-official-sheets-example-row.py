#!/usr/bin/python3
"""lds-w26-a: 別紙2-1 drawn as the secretariat's multi-sheet workbook (official sheet names,
two-row headers, 記入例 row, dropdowns), filled completely and correctly, then re-saved by LibreOffice."""
import os, subprocess, shutil, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

OUT = "/work/blind/wave26/line-device-survey"
NAME = "lds-w26-a-official-sheets-example-row"
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="DDEBF7")
EX = PatternFill("solid", fgColor="EDEDED")
INP = PatternFill("solid", fgColor="FFF2CC")
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)


def box(ws, rng, fill=None):
    for row in ws[rng]:
        for c in row:
            c.border = B
            if fill:
                c.fill = fill


wb = Workbook()

# ---------------- 基本情報記入シート ----------------
ws = wb.active
ws.title = "基本情報記入シート"
ws["A1"] = "別紙2-1_医療機関記入依頼書（回線・機器情報等記入）"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "基本情報記入シート　※黄色のセルにご記入ください"
for col, w in zip("ABCDEFG", [30, 22, 22, 14, 26, 26, 4]):
    ws.column_dimensions[col].width = w

ws["A4"] = "本施策の同意確認"
ws.merge_cells("B4:E4")
ws["B4"] = "(別紙)規約に記載の内容をご確認のうえ、本施策実施に同意いただける場合は「同意する」を選択してください"
ws["B4"].alignment = wrap
ws.row_dimensions[4].height = 36
ws["F4"] = "同意する"
box(ws, "A4:F4")
ws["F4"].fill = INP
dv = DataValidation(type="list", formula1='"同意する,同意しない"', allow_blank=True)
ws.add_data_validation(dv)
dv.add("F4")

ws["A6"] = "■お客様情報(医療機関情報)"
ws["A6"].font = Font(bold=True)
ws["A7"] = "医療機関名"
ws.merge_cells("B7:C7")
ws["B7"] = "社会医療法人 若葉会 宇都宮わかば病院"
ws["D7"] = "(かな)"
ws.merge_cells("E7:F7")
ws["E7"] = "しゃかいいりょうほうじん わかばかい うつのみやわかばびょういん"
ws["A8"] = "〒"
ws["B8"] = "321-0974"
ws["A9"] = "住所"
ws.merge_cells("B9:C9")
ws["B9"] = "栃木県宇都宮市竹林町1234番地5"
ws["D9"] = "(かな)"
ws.merge_cells("E9:F9")
ws["E9"] = "とちぎけんうつのみやしたけばやしまち1234ばんち5"
ws["A10"] = "ビル名"
ws.merge_cells("B10:C10")
ws["D10"] = "(かな)"
ws.merge_cells("E10:F10")
ws["A11"] = "病床数"
ws["B11"] = 186
ws["C11"] = "床"
box(ws, "A7:F11")
for c in ["B7", "E7", "B8", "B9", "E9", "B10", "E10", "B11"]:
    ws[c].fill = INP

ws["A13"] = "■ご担当者情報（複数名の場合は4名まで）"
ws["A13"].font = Font(bold=True)
for col, h in zip("ABCDE", ["", "所属・役職", "担当者名", "連絡先（電話番号）", "連絡先（メールアドレス）"]):
    ws[f"{col}14"] = h
    ws[f"{col}14"].fill = HEAD
    ws[f"{col}14"].alignment = center
contacts = [
    ("担当者1", "事務部 情報システム課 主任", "佐藤 健一", "028-621-4410", "k-sato@wakaba-hosp.or.jp"),
    ("担当者2", "事務部 総務課 課長", "鈴木 美和", "028-621-4400", "m-suzuki@wakaba-hosp.or.jp"),
    ("担当者3", "", "", "", ""),
    ("担当者4", "", "", "", ""),
]
for i, row in enumerate(contacts):
    for col, v in zip("ABCDE", row):
        if v:
            ws[f"{col}{15 + i}"] = v
box(ws, "A14:E18")

ws["A20"] = "■申込内容の確認"
ws["A20"].font = Font(bold=True)
ws["A21"] = "確認者名(医療機関のご担当者名)"
ws.merge_cells("B21:C21")
ws["B21"] = "佐藤 健一"
ws["B21"].fill = INP
box(ws, "A21:C21")
ws["A22"] = "※記入内容に不備がないかご確認のうえ、フルネームでご記入ください。"

# ---------------- 回線・機器情報記入シート ----------------
wl = wb.create_sheet("回線・機器情報記入シート")
wl["A1"] = "回線・機器情報記入シート"
wl["A1"].font = Font(bold=True, size=13)
wl["A2"] = "※(*)は必須項目です。記入例の行は消さずにそのままご提出ください。"
groups = [  # (first col, last col, group title)
    ("B", "C", "調査希望"),
    ("D", "D", "電子カルテシステムと接続するネットワークとの接続 (*)"),
    ("E", "E", "用途・システム名 (*)"),
    ("F", "J", "回線情報"),
    ("K", "N", "回線と紐付くグローバルIPアドレス"),
    ("O", "P", "脆弱性診断当日記入欄"),
    ("Q", "Q", "FQDN"),
    ("R", "S", "プロバイダ情報"),
    ("T", "T", "回線終端装置(ONU/モデム)情報"),
    ("U", "W", "接続機器(ルータ/UTM/FW)"),
]
subs = {
    "B": "技術バージョン確認 (*)", "C": "脆弱性診断 (*)", "F": "回線の種類", "G": "回線事業者",
    "H": "回線サービス名", "I": "回線名", "J": "回線ID", "K": "通信形態 (*)", "L": "グローバルIP利用 (*)",
    "M": "固定IP/動的IP (*)", "N": "グローバルIPアドレス (*)", "O": "グローバルIP確認",
    "P": "グローバルIPアドレス", "R": "プロバイダ名", "S": "プロバイダ品目", "T": "回線終端装置設置場所 (*)",
    "U": "メーカー", "V": "機種名", "W": "ファームウェアバージョン",
}
for a, b, t in groups:
    if a == b and a not in subs:
        wl.merge_cells(f"{a}4:{a}5")
    else:
        wl.merge_cells(f"{a}4:{b}4")
    wl[f"{a}4"] = t
for col, t in subs.items():
    wl[f"{col}5"] = t
wl.merge_cells("A4:A5")
for row in wl["A4:W5"]:
    for c in row:
        c.fill = HEAD
        c.alignment = center
        c.border = B
wl.row_dimensions[4].height = 42
wl.row_dimensions[5].height = 42
widths = dict(A=9, B=15, C=15, D=16, E=22, F=12, G=12, H=24, I=18, J=16, K=17, L=11, M=11, N=17,
              O=12, P=16, Q=24, R=12, S=24, T=30, U=12, V=16, W=18)
for k, v in widths.items():
    wl.column_dimensions[k].width = v

cols = "ABCDEFGHIJKLMNOPQRSTUVW"
example = ["記入例", "調査希望あり", "調査希望あり", "あり", "電子カルテ", "光回線", "NTT東日本",
           "フレッツ光ネクスト", "電子カルテ保守回線", "CAF0000000000", "インターネットVPN", "あり", "固定IP",
           "121.119.249.222", "入力不要", "入力不要", "example.xxx", "NTT東日本", "Bフレッツサービス",
           "本部棟 3F サーバー室 -1番ラック 3U", "YAMAHA", "RTX1210", "Rev.14.01.42"]
lines = [
    ["回線1", "調査希望あり", "調査希望あり", "あり", "電子カルテ（リモート保守）", "光回線", "NTT東日本",
     "フレッツ 光ネクスト ビジネスタイプ", "電子カルテ保守回線", "CAF2215487360", "インターネットVPN", "あり",
     "固定IP", "153.142.60.21", "入力不要", None, None, "OCN", "OCN光 IPoE 固定IP1",
     "本館 2F サーバー室 ラックA 1U", "YAMAHA", "RTX1220", "Rev.15.04.05"],
    ["回線2", "調査希望あり", "調査希望あり", "あり", "PACS（画像システム保守）", "光回線", "NTT東日本",
     "フレッツ 光クロス", "PACS保守回線", "CAF2215501182", "インターネットVPN", "あり", "固定IP",
     "118.103.77.40", "入力不要", None, None, "BIGLOBE", "BIGLOBE光 固定IPオプション",
     "本館 1F 放射線科 操作室 壁面ラック", "Fortinet", "FortiGate-60F", "v7.2.8"],
    ["回線3", "調査希望なし", "調査希望あり", "あり", "検査システム（外注検査結果受信）", "光回線", "NTT東日本",
     "フレッツ 光ネクスト ビジネスタイプ", "検査結果受信回線", "CAF2215533094", "インターネット", "あり", "固定IP",
     "60.43.112.5", "入力不要", None, "lab-gw.wakaba-hosp.or.jp", "So-net", "So-net 光 プラス 固定IPサービス",
     "本館 B1F 検査科 機器室", "NEC", "UNIVERGE IX2215", "Ver.10.8.21"],
]
for j, v in enumerate(example):
    c = wl[f"{cols[j]}6"]
    c.value = v
    c.fill = EX
    c.font = Font(italic=True, color="595959")
for i, ln in enumerate(lines):
    for j, v in enumerate(ln):
        if v is not None:
            wl[f"{cols[j]}{7 + i}"] = v
for i in range(3, 5):  # empty 回線4, 回線5 rows
    wl[f"A{7 + i}"] = f"回線{i + 1}"
for row in wl["A6:W11"]:
    for c in row:
        c.border = B
        if c.alignment is None or not c.alignment.wrap_text:
            c.alignment = Alignment(vertical="center", wrap_text=True)
for r in range(6, 12):
    wl.row_dimensions[r].height = 30

dv_req = DataValidation(type="list", formula1='"調査希望あり,調査希望なし"', allow_blank=True)
dv_yn = DataValidation(type="list", formula1='"あり,なし"', allow_blank=True)
dv_ip = DataValidation(type="list", formula1='"固定IP,動的IP"', allow_blank=True)
dv_day = DataValidation(type="list", formula1='"確認済み,入力不要"', allow_blank=True)
dv_kind = DataValidation(type="list", formula1='"インターネット,インターネットVPN,閉域網,その他"', allow_blank=True)
for d, rng in [(dv_req, "B7:C11"), (dv_yn, "D7:D11"), (dv_yn, "L7:L11"), (dv_ip, "M7:M11"),
               (dv_day, "O7:O11"), (dv_kind, "K7:K11")]:
    if d not in wl.data_validations.dataValidation:
        wl.add_data_validation(d)
    d.add(rng)

# second table: ports of the devices
wl["A14"] = "■装置と接続する回線と機器の詳細（ポート情報）"
wl["A14"].font = Font(bold=True)
phead = ["回線", "機器", "ポート (*)", "機器名 (*)", "IPアドレス (*)", "ポート番号 (*)", "プロトコル (*)", "接続状況"]
for j, h in enumerate(phead):
    c = wl[f"{cols[j]}15"]
    c.value = h
    c.fill = HEAD
    c.alignment = center
    c.border = B
ports = [
    ["回線1", "RTX1220", "LAN1", "電子カルテサーバ", "192.168.10.10", 443, "HTTPS", "接続あり"],
    ["回線1", "RTX1220", "LAN2", "保守用中継PC", "192.168.10.50", 3389, "RDP", "接続あり"],
    ["回線2", "FortiGate-60F", "internal1", "PACSサーバ", "192.168.20.5", 104, "DICOM", "接続あり"],
    ["回線3", "UNIVERGE IX2215", "GE1", "検査システムサーバ", "192.168.30.8", 22, "SSH", "接続なし"],
]
for i, p in enumerate(ports):
    for j, v in enumerate(p):
        c = wl[f"{cols[j]}{16 + i}"]
        c.value = v
        c.border = B

# ---------------- 調査端末情報記入シート ----------------
wt = wb.create_sheet("調査端末情報記入シート")
wt["A1"] = "調査端末情報"
wt["A1"].font = Font(bold=True, size=13)
wt["A2"] = "※電子カルテ端末から1台、その他主要な部門システムから1台ずつ、計5台をご選定ください。(*)は必須"
wt.merge_cells("A3:A4")
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
for row in wt["A3:J4"]:
    for c in row:
        c.fill = HEAD
        c.alignment = center
        c.border = B
for k, v in dict(A=8, B=16, C=16, D=18, E=19, F=32, G=16, H=18, I=24, J=32).items():
    wt.column_dimensions[k].width = v
tex = ["記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F ○○○室", None, None,
       "Microsoft Defender", "端末操作可能時間：12:00-13:00"]
terms = [
    ["No.1", "電子カルテ", "単体", "WKB-EMR-N201", "192.168.10.121/24", "本館 2F 西病棟 ナースステーション",
     None, None, "Trend Micro Apex One", "端末操作可能時間：13:00-15:00"],
    ["No.2", "電子カルテ", "仮想デスクトップ", "WKB-TC-OP05", "192.168.10.185/24", "本館 1F 外来 内科第5診察室",
     "VDI-EMR-0105", "172.16.1.105/24", "Trend Micro Apex One", None],
    ["No.3", "医事会計", "単体", "WKB-IJI-02", "192.168.10.62/24", "本館 1F 医事課 受付カウンター内",
     None, None, "Microsoft Defender", None],
    ["No.4", "PACS（画像参照）", "単体", "WKB-PACS-V01", "192.168.20.31/24", "本館 1F 放射線科 読影室",
     None, None, "ESET Endpoint Security", None],
    ["No.5", "検査システム", "単体", "WKB-LAB-01", "192.168.30.21/24", "本館 B1F 検査科",
     None, None, "Microsoft Defender", "平日9:00-12:00のみ操作可"],
]
tc = "ABCDEFGHIJ"
for j, v in enumerate(tex):
    c = wt[f"{tc[j]}5"]
    c.value = v
    c.fill = EX
    c.font = Font(italic=True, color="595959")
for i, t in enumerate(terms):
    for j, v in enumerate(t):
        if v is not None:
            wt[f"{tc[j]}{6 + i}"] = v
for row in wt["A5:J10"]:
    for c in row:
        c.border = B
        c.alignment = Alignment(vertical="center", wrap_text=True)
dv_use = DataValidation(type="list", formula1='"単体,仮想デスクトップ"', allow_blank=True)
wt.add_data_validation(dv_use)
dv_use.add("C6:C10")

# ---------------- 設置場所記入シート ----------------
wp = wb.create_sheet("設置場所記入シート")
wp["A1"] = "設置場所記入シート（平面図またはフロア図を貼り付け、吹き出しを配置してください）"
wp["A1"].font = Font(bold=True)
img = Image.new("RGB", (900, 560), "white")
d = ImageDraw.Draw(img)
f = ImageFont.truetype(FONT, 18)
fs = ImageFont.truetype(FONT, 14)
d.text((20, 10), "宇都宮わかば病院 本館 1F・2F・B1F 平面図（抜粋）", fill="black", font=f)
rooms = [((20, 50, 300, 250), "1F 放射線科 操作室/読影室"), ((310, 50, 600, 250), "1F 医事課・外来"),
         ((610, 50, 880, 250), "1F 内科診察室"), ((20, 280, 440, 530), "2F サーバー室 / 西病棟NS"),
         ((450, 280, 880, 530), "B1F 検査科 機器室")]
for (x0, y0, x1, y1), name in rooms:
    d.rectangle((x0, y0, x1, y1), outline="black", width=3)
    d.text((x0 + 10, y0 + 10), name, fill="black", font=fs)
for (x, y, lbl) in [(120, 150, "回線2"), (200, 200, "端末4"), (400, 160, "端末3"), (720, 170, "端末2"),
                    (120, 400, "回線1"), (300, 420, "端末1"), (560, 380, "回線3"), (700, 450, "端末5")]:
    d.ellipse((x - 8, y - 8, x + 8, y + 8), fill="red")
    d.text((x + 12, y - 10), lbl, fill="red", font=fs)
tmp = tempfile.mkdtemp()
pth = os.path.join(tmp, "floor.png")
img.save(pth)
xi = XLImage(pth)
xi.anchor = "A3"
wp.add_image(xi)
wp["N3"] = "吹き出し（自動表示）"
wp["N3"].font = Font(bold=True)
callouts = []
for i in range(3):
    r = 7 + i
    callouts.append(f"=\"回線{i + 1}：\"&'回線・機器情報記入シート'!E{r}&\" / \"&'回線・機器情報記入シート'!T{r}")
for i in range(5):
    r = 6 + i
    callouts.append(f"=\"端末No.{i + 1}：\"&'調査端末情報記入シート'!D{r}&\" / \"&'調査端末情報記入シート'!F{r}")
for i, fml in enumerate(callouts):
    wp[f"N{4 + i}"] = fml
wp.column_dimensions["N"].width = 60

# ---------------- アカウント(ログインID)・パスワードリスト ----------------
wa = wb.create_sheet("アカウント(ログインID)・パスワードリスト")
wa["A1"] = "アカウント(ログインID)・パスワードリスト　【提出不要】現地調査当日までに院内で整理してください"
wa["A1"].font = Font(bold=True, color="C00000")
wa["A3"] = "■調査① インターネット回線/ONUに紐づく装置(ルータ/UTM/FW)"
for j, h in enumerate(["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"]):
    wa[f"{'ABCDEF'[j]}4"] = h
for i in range(5):
    r = 5 + i
    wa[f"A{r}"] = f"回線{i + 1}"
    if i < 3:
        wa[f"B{r}"] = f"='回線・機器情報記入シート'!U{7 + i}"
        wa[f"C{r}"] = f"='回線・機器情報記入シート'!V{7 + i}"
wa["A11"] = "■調査端末(シンクル端末/FAT端末)"
for j, h in enumerate(["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"]):
    wa[f"{'ABCDE'[j]}12"] = h
for i in range(5):
    r = 13 + i
    wa[f"A{r}"] = f"端末{i + 1}"
    wa[f"B{r}"] = f"='調査端末情報記入シート'!D{6 + i}"
    wa[f"C{r}"] = f"='調査端末情報記入シート'!E{6 + i}"
wa["A19"] = "備考(接続先情報など)"
for k, v in dict(A=10, B=20, C=20, D=22, E=16, F=26).items():
    wa.column_dimensions[k].width = v

raw = os.path.join(tmp, NAME + ".xlsx")
wb.save(raw)
# re-save with LibreOffice (caches formula results)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", tmp + "/lo", raw],
               check=True, capture_output=True)
shutil.copy(os.path.join(tmp, "lo", NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
print("saved", os.path.join(OUT, NAME + ".xlsx"))
