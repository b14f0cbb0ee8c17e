#!/usr/bin/python3
"""lds-w27-a: secretariat-style 別紙2-1 (five sheets, two-row headers, 記入例 rows), filled by a
hospital IT person, then re-saved by LibreOffice. No planted problems."""
import os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

OUT = "/work/blind/wave27/line-device-survey"
NAME = "lds-w27-a-secretariat-multisheet"
thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="1F4E78")
SUB = PatternFill("solid", fgColor="DDEBF7")
EX = PatternFill("solid", fgColor="E7E6E6")
INP = PatternFill("solid", fgColor="FFF2CC")
WH = Font(color="FFFFFF", bold=True)
B = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)


def box(ws, rng, fill=None, font=None, align=None):
    for row in ws[rng]:
        for c in row:
            c.border = BOX
            if fill: c.fill = fill
            if font: c.font = font
            if align: c.alignment = align


wb = Workbook()
# ---------------- 基本情報記入シート ----------------
ws = wb.active
ws.title = "基本情報記入シート"
ws["A1"] = "別紙2-1 医療機関記入依頼書（回線・機器情報等記入）　基本情報記入シート"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "※黄色のセルにご記入ください。(*)は必須項目です。"
for col, w in zip("ABCDEFGH", [22, 8, 14, 10, 40, 8, 44, 4]):
    ws.column_dimensions[col].width = w

ws["A4"] = "本施策の同意確認"
ws.merge_cells("B4:E4")
ws["B4"] = "(別紙)規約に記載の内容をご確認のうえ、本施策実施に同意いただける場合は「同意する」を選択してください"
ws["G4"] = "同意する"
box(ws, "A4:G4", align=WRAP)
ws["A4"].fill = SUB; ws["G4"].fill = INP
ws.row_dimensions[4].height = 36
dv = DataValidation(type="list", formula1='"同意する"', allow_blank=True)
ws.add_data_validation(dv); dv.add("G4")

ws["A6"] = "■ご客様情報(医療機関情報)"; ws["A6"].font = B
ws["A7"] = "医療機関名 (*)"
ws.merge_cells("B7:E7"); ws["B7"] = "医療法人社団 翠光会 神田須田町病院"
ws["F7"] = "(かな)"; ws["G7"] = "いりょうほうじんしゃだん すいこうかい かんだすだちょうびょういん"
ws["A8"] = "住所 (*)"; ws["B8"] = "〒"; ws["C8"] = "101-0041"
ws["D8"] = "住所"; ws["E8"] = "東京都千代田区神田須田町一丁目5番地"
ws["F8"] = "(かな)"; ws["G8"] = "とうきょうとちよだくかんだすだちょういっちょうめ5ばんち"
ws["A9"] = ""; ws["D9"] = "ビル名"; ws["E9"] = "神田メディカルスクエア"
ws["F9"] = "(かな)"; ws["G9"] = "かんだめでぃかるすくえあ"
ws["A10"] = "病床数 (*)"; ws["B10"] = 86; ws["C10"] = "床"
box(ws, "A7:G10", align=WRAP)
for a in ["A7", "A8", "A9", "A10", "B8", "D8", "D9", "F7", "F8", "F9"]:
    ws[a].fill = SUB
for a in ["B7", "G7", "C8", "E8", "G8", "E9", "G9", "B10"]:
    ws[a].fill = INP

ws["A12"] = "■担当者情報（4名まで）"; ws["A12"].font = B
hdr = ["", "所属・役職", "", "氏名", "", "電話番号", "メールアドレス"]
ws["A13"] = "担当者"; ws.merge_cells("B13:C13"); ws["B13"] = "所属・役職"
ws["D13"] = "氏名"; ws["E13"] = "電話番号"; ws.merge_cells("F13:G13"); ws["F13"] = "メールアドレス"
box(ws, "A13:G13", fill=HEAD, font=WH, align=CEN)
contacts = [
    ("事務部 情報システム課 主任", "佐藤 健一", "03-3251-4410", "k-sato@suikokai-kanda.or.jp"),
    ("事務部 情報システム課 課長", "中村 由美", "03-3251-4410", "y-nakamura@suikokai-kanda.or.jp"),
    ("医療安全管理室 副室長（看護師長）", "小林 真理子", "03-3251-4412", "m-kobayashi@suikokai-kanda.or.jp"),
]
for i in range(4):
    r = 14 + i
    ws.cell(r, 1, f"担当者{i + 1}")
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=7)
    if i < len(contacts):
        d, n, p, m = contacts[i]
        ws.cell(r, 2, d); ws.cell(r, 4, n); ws.cell(r, 5, p); ws.cell(r, 6, m)
    box(ws, f"A{r}:G{r}", align=WRAP)
    ws.cell(r, 1).fill = SUB

ws["A19"] = "■申込内容の確認"; ws["A19"].font = B
ws.merge_cells("A20:C20"); ws["A20"] = "確認者名(医療機関のご担当者名)"
ws.merge_cells("D20:E20"); ws["D20"] = "佐藤 健一"
box(ws, "A20:E20", align=WRAP); ws["A20"].fill = SUB; ws["D20"].fill = INP
ws["A21"] = "※記入内容に不備がないかご確認いただき、担当者の署名をフルネームでご記入ください。"

# ---------------- 回線・機器情報記入シート ----------------
wl = wb.create_sheet("回線・機器情報記入シート")
wl["A1"] = "回線・機器情報記入シート"; wl["A1"].font = Font(bold=True, size=14)
wl["A2"] = "※電子カルテシステムに接続する全ての回線（ベンダ保守回線を含む）を1行に1回線ずつご記入ください。(*)は必須です。"
groups = [("A4:A5", "回線"), ("B4:C4", "調査希望"), ("D4:D5", "電子カルテシステムと接続するネットワークとの接続 (*)"),
          ("E4:E5", "用途・システム名 (*)"), ("F4:I4", "回線と紐付くグローバルIPアドレス"),
          ("J4:K4", "脆弱性診断当日記入欄"), ("L4:L5", "FQDN"), ("M4:N4", "プロバイダ情報"),
          ("O4:Q4", "回線情報"), ("R4:R4", "回線終端装置(ONU/モデム)情報"),
          ("S4:U4", "装置(ルータ/UTM/FW)情報")]
subs = {"B5": "技術バージョン確認 (*)", "C5": "脆弱性診断 (*)", "F5": "通信形態 (*)", "G5": "グローバルIP利用 (*)",
        "H5": "固定IP/動的IP (*)", "I5": "グローバルIPアドレス (*)", "J5": "グローバルIP確認",
        "K5": "グローバルIPアドレス", "M5": "プロバイダ名", "N5": "プロバイダ品目", "O5": "回線事業者",
        "P5": "回線サービス名", "Q5": "回線ID", "R5": "回線終端装置設置場所 (*)", "S5": "メーカー",
        "T5": "機種名", "U5": "ファームウェアバージョン"}
for rng, text in groups:
    tl = rng.split(":")[0]
    if rng.split(":")[0] != rng.split(":")[1]:
        wl.merge_cells(rng)
    wl[tl] = text
for a, t in subs.items():
    wl[a] = t
box(wl, "A4:U5", fill=HEAD, font=WH, align=CEN)
wl.row_dimensions[4].height = 30; wl.row_dimensions[5].height = 42
widths = [8, 14, 14, 16, 22, 16, 12, 12, 17, 13, 17, 24, 14, 22, 14, 22, 16, 30, 12, 14, 16]
for i, w in enumerate(widths):
    wl.column_dimensions[chr(65 + i)].width = w

example = ["記入例", "調査希望あり", "調査希望あり", "あり", "電子カルテ", "インターネットVPN", "あり", "固定IP",
           "121.119.249.222", "入力不要", "", "example.xxx", "NTT東日本", "Bフレッツサービス", "NTT東日本",
           "フレッツ 光ネクスト", "CAF0000000000", "本部棟 3F サーバー室 -1番ラック 3U", "ヤマハ", "RTX1210",
           "Rev.14.01.xx"]
lines = [
    ["回線1", "調査希望あり", "調査希望あり", "あり", "電子カルテ（ベンダリモート保守）", "インターネットVPN", "あり",
     "固定IP", "153.156.84.21", "入力不要", "", "", "OCN", "OCN光 IPoE 固定IP1", "NTT東日本",
     "フレッツ 光クロス", "CAF2231457806", "本館3F サーバー室 ラック1 上段", "ヤマハ", "RTX1300", "Rev.23.00.08"],
    ["回線2", "調査希望あり", "調査希望なし", "あり", "PACS（画像）保守", "閉域網", "なし", "", "", "入力不要", "",
     "", "", "", "NTT東日本", "フレッツ・VPN ワイド", "CAF5530917244", "本館B1F 放射線科 機械室",
     "NEC", "UNIVERGE IX2215", "10.8.21"],
    ["回線3", "調査希望なし", "調査希望あり", "あり", "臨床検査システム", "インターネットVPN", "あり", "動的IP",
     "180.12.77.140", "確認済み", "180.12.77.140", "", "So-net", "So-net 光 S", "NTT東日本",
     "フレッツ 光ネクスト ギガファミリー・スマートタイプ", "COP8812034571", "本館2F 検査室 分析装置横",
     "Fortinet", "FortiGate 40F", "v7.2.8"],
]
for j, v in enumerate(example):
    wl.cell(6, j + 1, v).fill = EX
for i, ln in enumerate(lines):
    for j, v in enumerate(ln):
        wl.cell(7 + i, j + 1, v if v != "" else None)
for r in range(8 + len(lines) - 1, 12):
    wl.cell(r, 1, f"回線{r - 6}")
box(wl, "A6:U11", align=WRAP)
for r in range(7, 12):
    for c in range(2, 22):
        wl.cell(r, c).fill = INP
dvs = [('"調査希望あり,調査希望なし"', "B7:C11"), ('"あり,なし"', "D7:D11"), ('"あり,なし"', "G7:G11"),
       ('"固定IP,動的IP"', "H7:H11"), ('"確認済み,入力不要"', "J7:J11"),
       ('"インターネット,インターネットVPN,閉域網,モバイル回線"', "F7:F11")]
for f, rng in dvs:
    d = DataValidation(type="list", formula1=f, allow_blank=True)
    wl.add_data_validation(d); d.add(rng)

wl["A14"] = "■装置と接続する回線と機器の詳細（ポート情報）"; wl["A14"].font = B
ph = ["回線", "装置", "ポート (*)", "機器名 (*)", "IPアドレス (*)", "ポート番号 (*)", "プロトコル (*)", "接続状況"]
for j, t in enumerate(ph):
    wl.cell(15, j + 1, t)
box(wl, "A15:H15", fill=HEAD, font=WH, align=CEN)
ports = [
    ["回線1", "RTX1300", "LAN1", "RTX1300", "192.168.10.1", 22, "SSH", "接続可"],
    ["回線1", "RTX1300", "LAN1", "RTX1300", "192.168.10.1", 443, "HTTPS", "接続可"],
    ["回線1", "RTX1300", "LAN2", "RTX1300", "153.156.84.21", 500, "UDP", "接続可"],
    ["回線2", "UNIVERGE IX2215", "GE0", "UNIVERGE IX2215", "192.168.30.1", 23, "Telnet", "接続不可"],
    ["回線3", "FortiGate 40F", "internal1", "FortiGate 40F", "192.168.40.1", 443, "HTTPS", "接続可"],
]
for i, p in enumerate(ports):
    for j, v in enumerate(p):
        wl.cell(16 + i, j + 1, v)
box(wl, f"A16:H{15 + len(ports)}", align=WRAP)
wl.freeze_panes = "B6"

# ---------------- 調査端末情報記入シート ----------------
wt = wb.create_sheet("調査端末情報記入シート")
wt["A1"] = "調査端末情報記入シート"; wt["A1"].font = Font(bold=True, size=14)
wt["A2"] = "※電子カルテシステムと接続のある端末を5台ご選定ください（電子カルテ端末1台＋主要部門システム端末を推奨）。"
wt.merge_cells("A4:A5"); wt["A4"] = "調査端末"
wt.merge_cells("B4:B5"); wt["B4"] = "システム種別 (*)"
wt.merge_cells("C4:C5"); wt["C4"] = "シングル利用 (*)"
wt.merge_cells("D4:F4"); wt["D4"] = "シンクル端末/FAT端末"
wt.merge_cells("G4:H4"); wt["G4"] = "仮想デスクトップ"
wt.merge_cells("I4:I5"); wt["I4"] = "セキュリティ対策製品"
wt.merge_cells("J4:J5"); wt["J4"] = "備考"
wt["D5"] = "端末ホスト名 (*)"; wt["E5"] = "IPアドレス (*)"; wt["F5"] = "設置場所 (*)"
wt["G5"] = "端末ホスト名"; wt["H5"] = "IPアドレス"
box(wt, "A4:J5", fill=HEAD, font=WH, align=CEN)
for col, w in zip("ABCDEFGHIJ", [9, 16, 16, 16, 18, 26, 15, 18, 24, 30]):
    wt.column_dimensions[col].width = w
ex = ["記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F OOO室", "", "", "Microsoft Defender",
      "端末操作可能時間：12:00-13:00"]
terms = [
    ["No.1", "電子カルテ", "単体", "EMR-PC-N301", "192.168.10.131/24", "本館3F ナースステーション", "", "",
     "Trend Micro Apex One", "端末操作可能時間：13:00-15:00"],
    ["No.2", "電子カルテ", "仮想デスクトップ", "KSH-TC-0212", "192.168.10.152/24", "本館2F 外来診察室2",
     "VDI-EMR-012", "172.16.20.12/24", "Microsoft Defender", ""],
    ["No.3", "医事会計システム", "単体", "IJI-PC-01", "192.168.20.21/24", "本館1F 医事課", "", "",
     "ESET Endpoint Security", "窓口締め後（16:30以降）が望ましい"],
    ["No.4", "PACS（画像）", "単体", "PACS-VW-03", "192.168.30.43/24", "本館B1F 放射線科 読影室", "", "",
     "Trend Micro Apex One", ""],
    ["No.5", "臨床検査システム", "単体", "LAB-PC-02", "192.168.40.12/24", "本館2F 検査室", "", "",
     "Microsoft Defender", "午前中は検体検査のため操作不可"],
]
for j, v in enumerate(ex):
    wt.cell(6, j + 1, v or None).fill = EX
for i, t in enumerate(terms):
    for j, v in enumerate(t):
        wt.cell(7 + i, j + 1, v if v != "" else None)
box(wt, "A6:J11", align=WRAP)
d = DataValidation(type="list", formula1='"単体,仮想デスクトップ"', allow_blank=True)
wt.add_data_validation(d); d.add("C7:C11")

# ---------------- 設置場所記入シート ----------------
wp = wb.create_sheet("設置場所記入シート")
wp["A1"] = "設置場所記入シート（平面図／フロア図を貼り付け、吹き出しを設置場所に配置してください）"
wp["A1"].font = Font(bold=True, size=12)
img_path = os.path.join(tempfile.mkdtemp(), "floor.png")
font = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 18)
im = Image.new("RGB", (900, 560), "white")
dr = ImageDraw.Draw(im)
dr.text((20, 10), "神田須田町病院 本館 フロア図（抜粋）", fill="black", font=font)
rooms = [((20, 50, 430, 270), "本館3F サーバー室 / ナースステーション"),
         ((450, 50, 880, 270), "本館2F 外来診察室2 / 検査室"),
         ((20, 290, 430, 540), "本館1F 医事課"),
         ((450, 290, 880, 540), "本館B1F 放射線科 読影室・機械室")]
for (x0, y0, x1, y1), label in rooms:
    dr.rectangle((x0, y0, x1, y1), outline="black", width=3)
    dr.text((x0 + 10, y0 + 8), label, fill="black", font=font)
for (x, y, t) in [(120, 150, "①回線1 ONU"), (300, 200, "端末No.1"), (520, 150, "端末No.2"),
                  (700, 200, "③回線3 ONU/端末No.5"), (120, 400, "端末No.3"), (520, 380, "②回線2 ONU"),
                  (700, 460, "端末No.4")]:
    dr.ellipse((x - 8, y - 8, x + 8, y + 8), fill="red")
    dr.text((x + 12, y - 12), t, fill="red", font=font)
im.save(img_path)
xi = XLImage(img_path); xi.anchor = "A3"
wp.add_image(xi)
wp["P3"] = "吹き出し（自動表示）"; wp["P3"].font = B
for i in range(3):
    r = 7 + i
    wp.cell(4 + i, 16, f"=回線・機器情報記入シート!A{r}&\"：\"&回線・機器情報記入シート!R{r}")
for i in range(5):
    r = 7 + i
    wp.cell(7 + i, 16, f"=調査端末情報記入シート!A{r}&\" \"&調査端末情報記入シート!D{r}&\"：\"&調査端末情報記入シート!F{r}")
wp.column_dimensions["P"].width = 48

# ---------------- アカウント・パスワードリスト (提出不要) ----------------
wa = wb.create_sheet("アカウント(ログインID)・パスワードリスト")
wa["A1"] = "アカウント(ログインID)・パスワードリスト　【提出不要】現地調査当日までの情報整理用です。"
wa["A1"].font = Font(bold=True, color="C00000")
wa["A3"] = "■調査① インターネット回線/ONUに紐づく装置(ルータ/UTM/FW)"
for j, t in enumerate(["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"]):
    wa.cell(4, j + 1, t)
box(wa, "A4:F4", fill=SUB, font=B, align=CEN)
for i in range(3):
    r = 5 + i
    wa.cell(r, 1, f"回線{i + 1}")
    wa.cell(r, 2, f"=回線・機器情報記入シート!S{7 + i}")
    wa.cell(r, 3, f"=回線・機器情報記入シート!T{7 + i}")
box(wa, "A5:F7")
wa["A9"] = "■調査端末(シンクル端末/FAT端末)"
for j, t in enumerate(["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"]):
    wa.cell(10, j + 1, t)
box(wa, "A10:E10", fill=SUB, font=B, align=CEN)
for i in range(5):
    r = 11 + i
    wa.cell(r, 1, f"端末{i + 1}")
    wa.cell(r, 2, f"=調査端末情報記入シート!D{7 + i}")
    wa.cell(r, 3, f"=調査端末情報記入シート!E{7 + i}")
box(wa, "A11:E15")
for col, w in zip("ABCDEF", [8, 18, 20, 22, 16, 26]):
    wa.column_dimensions[col].width = w

tmp = tempfile.mkdtemp()
raw = os.path.join(tmp, NAME + ".xlsx")
wb.save(raw)
# re-save by LibreOffice (formula results cached, LibreOffice styles)
outdir = os.path.join(tmp, "lo")
os.makedirs(outdir)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
print("saved", os.path.join(OUT, NAME + ".xlsx"))
