#!/usr/bin/python3
# Generator for lds-w7-b-onesheet.xlsx (line-device-survey, 3 planted problems)
# Role: general-affairs clerk of a Kagoshima hospital who put 基本情報 / 回線 / 端末 on ONE sheet
# (print layout, blank spacer column A, "項目：値" in one cell for the basic info, two-row headers,
# 記入例 rows kept), a separate 設置場所記入シート with a floor-plan picture and the password list
# sheet filled in. The file is re-saved by LibreOffice (soffice --headless --convert-to xlsx).
import os
import shutil
import subprocess
import tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.drawing.image import Image
from PIL import Image as PImage, ImageDraw, ImageFont

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w7-b-onesheet"

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="FFF2CC")
EX = PatternFill("solid", fgColor="D9D9D9")
WRAP = Alignment(wrap_text=True, vertical="top")


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


wb = Workbook()
ws = wb.active
ws.title = "記入シート"
ws.column_dimensions["A"].width = 2  # spacer
widths = {"B": 10, "C": 14, "D": 14, "E": 12, "F": 22, "G": 16, "H": 12, "I": 10, "J": 16, "K": 12, "L": 14,
          "M": 22, "N": 10, "O": 16, "P": 18, "Q": 16, "R": 14, "S": 10, "T": 22, "U": 10, "V": 14, "W": 14}
for k, v in widths.items():
    ws.column_dimensions[k].width = v

ws["B1"] = "別紙2-1 医療機関記入依頼書（回線・機器情報等記入）"
ws["B1"].font = Font(bold=True, size=14)
ws["B2"] = "※当院では基本情報・回線・端末を1枚にまとめて記入しています。灰色の行は記入例です。"

# ---- 基本情報 ("項目：値" in one cell)
ws["B4"] = "１．基本情報"
ws["B4"].font = Font(bold=True)
basic = [
    "本施策の同意確認：☑ 同意する",
    "医療機関名：医療法人 南洋会 かのや桜ヶ丘病院",
    "（かな）：いりょうほうじん なんようかい かのやさくらがおかびょういん",
    "住所：〒893-0014　鹿児島県鹿屋市寿三丁目8番21号",
    "住所（かな）：かごしまけんかのやしことぶきさんちょうめ8ばん21ごう",
    "ビル名：桜ヶ丘メディカルビル",
    "ビル名（かな）：さくらがおかめでぃかるびる",
    "病床数：１２０床",
]
for i, t in enumerate(basic):
    ws.cell(row=5 + i, column=2, value=t)
    ws.merge_cells(start_row=5 + i, start_column=2, end_row=5 + i, end_column=8)
box(ws, "B5:H12")

ws["B14"] = "担当者"
ws["B14"].font = Font(bold=True)
for i, t in enumerate(["", "所属・役職", "氏名", "電話番号", "メールアドレス"]):
    c = ws.cell(row=15, column=2 + i, value=t or None)
    c.fill = HEAD
ws.merge_cells("F15:H15")
contacts = [
    ("担当者①", "事務部 総務課 係長", "中村 和也", "０９９４-４３-２２１０", "k-nakamura@kanoya-sakura.jp"),
    ("担当者②", "医事課 主任", "前田 由紀", "０９９４-４３-２２１１", "y-maeda@kanoya-sakura.jp"),
    ("担当者③", "（保守ベンダ）南九州システム㈱ SE", "有村 健", "099-255-7031", "arimura@minami9-sys.co.jp"),
]
for r, row in enumerate(contacts):
    for i, v in enumerate(row):
        ws.cell(row=16 + r, column=2 + i, value=v)
    ws.merge_cells(start_row=16 + r, start_column=6, end_row=16 + r, end_column=8)
ws["B19"] = "担当者④"
ws.merge_cells("F19:H19")
box(ws, "B15:H19")
ws["B21"] = "申込内容の確認　確認者名：中村 和也"
ws.merge_cells("B21:H21")
box(ws, "B21:H21")

# ---- 回線・機器情報 (rows, two-row header)
R = 24
ws.cell(row=R, column=2, value="２．回線・機器情報　(*)は必須").font = Font(bold=True)
groups = [("C", "D", "調査希望"), ("G", "J", "回線と紐付くグローバルIPアドレス"), ("K", "L", "脆弱性診断当日記入欄"),
          ("N", "O", "プロバイダ情報"), ("P", "T", "回線情報"), ("U", "W", "装置（ルータ/UTM/FW）")]
for a, b, t in groups:
    ws[f"{a}{R+1}"] = t
    ws[f"{a}{R+1}"].fill = HEAD
    ws.merge_cells(f"{a}{R+1}:{b}{R+1}")
order = ["", "技術バージョン確認 (*)", "脆弱性診断 (*)", "電子カルテシステムと接続するネットワークとの接続 (*)",
         "用途・システム名 (*)", "通信形態 (*)", "グローバルIP利用 (*)", "固定IP/動的IP (*)",
         "グローバルIPアドレス (*)", "グローバルIP確認", "グローバルIPアドレス", "FQDN", "プロバイダ名",
         "プロバイダ品目", "回線事業者", "回線サービス名", "回線ID", "回線名", "回線の種類",
         "メーカー", "機種名", "ファームウェア"]
# G..J = 通信形態..グローバルIPアドレス ; K,L = 当日 ; M = FQDN ; N,O provider ; P..T 回線情報 (P事業者 Q サービス R ID S 回線名 T 種類)
# U..W = device ; 回線終端装置設置場所 goes to column X
order = order[:19] + ["メーカー", "機種名", "ファームウェア", "回線終端装置設置場所 (*)"]
for i, t in enumerate(order):
    c = ws.cell(row=R + 2, column=2 + i, value=t or None)
    c.fill = HEAD
    c.alignment = Alignment(wrap_text=True, vertical="center")
ws.column_dimensions["X"].width = 22
ws[f"X{R+1}"] = "回線終端装置(ONU/モデム)情報"
ws[f"X{R+1}"].fill = HEAD
ws.row_dimensions[R + 2].height = 60

example = ["記入例", "調査希望あり", "調査希望あり", "あり", "電子カルテ", "インターネットVPN", "あり", "固定IP",
           "121.119.249.222", "入力不要", "入力不要", "example.xxx", "NTT西日本", "フレッツ光", "NTT西日本",
           "フレッツ 光ネクスト", "CAF0000000000", "○○回線", "光回線", "○○社", "XX-100", "Ver.1.0",
           "本部棟 3F サーバー室 -1番ラック 3U"]
lines = [
    ["回線1", "調査希望あり", "調査希望あり", "あり", "電子カルテ", "インターネットVPN", "あり", "固定IP",
     "192.168.1.1", "入力不要", None, None, "OCN", "OCN光 IPoE 固定IP", "NTT西日本", "フレッツ 光クロス",
     "CAF6629014873", "電子カルテ保守", "光回線", "Cisco", "ISR1100-4G", "17.9.4a", "本館1F 電算室 ラック1"],
    ["回線2", "調査希望なし", "調査希望あり", "あり", "地域医療連携ネットワーク", "閉域網", "なし", None,
     None, None, None, None, None, None, "NTT西日本", "フレッツ・VPN ワイド", "CAF4419207536",
     "かごしま医療連携回線", "光回線", "NEC", "UNIVERGE IX2215", "10.7.18", "本館1F 電算室 ラック1"],
    ["回線3", "調査希望あり", "調査希望あり", "あり", "医事会計システム（リモート保守）", "インターネットVPN", "あり",
     "動的IP", "219.104.38.77", None, None, "sakura-iji.aa0.netvolante.jp", "BIGLOBE", "BIGLOBE光",
     "NTT西日本", "フレッツ 光ネクスト 隼", "CAF3308815562", "医事保守回線", "光回線", "ヤマハ", "RTX830",
     "Rev.15.02.30", "本館2F 医事課 書庫"],
]
for i, v in enumerate(example):
    c = ws.cell(row=R + 3, column=2 + i, value=v)
    c.fill = EX
for r, line in enumerate(lines):
    for i, v in enumerate(line):
        ws.cell(row=R + 4 + r, column=2 + i, value=v)
for r in range(2):
    ws.cell(row=R + 7 + r, column=2, value=f"回線{4 + r}")
box(ws, f"B{R+1}:X{R+8}")

# ---- 調査端末情報
T = R + 11
ws.cell(row=T, column=2, value="３．調査端末情報（5台）").font = Font(bold=True)
ws[f"E{T+1}"] = "シングル端末/FAT端末"
ws.merge_cells(f"E{T+1}:G{T+1}")
ws[f"H{T+1}"] = "仮想デスクトップ"
ws.merge_cells(f"H{T+1}:I{T+1}")
for ref in (f"E{T+1}", f"H{T+1}"):
    ws[ref].fill = HEAD
th = ["", "システム種別 (*)", "シングル利用 (*)", "端末ホスト名 (*)", "IPアドレス (*)", "設置場所 (*)",
      "端末ホスト名", "IPアドレス", "セキュリティ対策製品", "備考"]
for i, t in enumerate(th):
    c = ws.cell(row=T + 2, column=2 + i, value=t or None)
    c.fill = HEAD
    c.alignment = Alignment(wrap_text=True)
tex = ["記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F ○○○室", "PCXXXX", "192.168.1.25/24",
       "Microsoft Defender", "端末操作可能時間：12:00-13:00"]
for i, v in enumerate(tex):
    ws.cell(row=T + 3, column=2 + i, value=v).fill = EX
terms = [
    ["No.1", "電子カルテ", "単体", "KSK-EMR-01", "10.1.10.21/24", "本館1F 外来 診察室2", None, None,
     "ウイルスバスター Corp.", None],
    ["No.2", "電子カルテ", "単体", "KSK-EMR-14", "10.1.10.34/24", "本館2F ナースステーション", None, None,
     "ウイルスバスター Corp.", None],
    ["No.3", "医事会計", "単体", "IJI-PC01", "10.1.20.11/24", "本館1F 医事課", None, None,
     "Microsoft Defender", None],
    ["No.4", "電子カルテ", "仮想デスクトップ", "KSK-TC-07", "10.1.30.57/24", "本館3F 病棟詰所",
     "VDI-EMR-07", "10.1.100.57/24", "Microsoft Defender", "操作は13:00-15:00\n（病棟師長の許可要）"],
    ["No.5", "リハビリ", "単体", "REHA-PC02", "10.1.40.12/24", "別館1F リハビリ室", None, None,
     "Microsoft Defender", None],
]
for r, t in enumerate(terms):
    for i, v in enumerate(t):
        ws.cell(row=T + 4 + r, column=2 + i, value=v).alignment = WRAP
box(ws, f"B{T+1}:K{T+8}")
ws.print_area = f"A1:X{T+8}"
ws.page_setup.orientation = "landscape"
ws.page_setup.fitToWidth = 1

# ---- 設置場所記入シート
wf = wb.create_sheet("設置場所記入シート")
wf["A1"] = "設置場所記入シート（フロア図）"
wf["A1"].font = Font(bold=True, size=12)
font = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 15)
img = PImage.new("RGB", (820, 520), (250, 250, 245))
d = ImageDraw.Draw(img)
d.text((12, 6), "かのや桜ヶ丘病院 フロア図（本館1F〜3F・別館1F）", fill="black", font=font)
rooms = [
    ((10, 35, 270, 190), "本館1F 電算室"), ((280, 35, 540, 190), "本館1F 外来 診察室2"),
    ((550, 35, 810, 190), "本館1F 医事課"), ((10, 200, 270, 350), "本館2F 医事課 書庫"),
    ((280, 200, 540, 350), "本館2F ナースステーション"), ((550, 200, 810, 350), "本館3F 病棟詰所"),
    ((10, 360, 810, 510), "別館1F リハビリ室"),
]
for rect, label in rooms:
    d.rectangle(rect, outline="black", width=2)
    d.text((rect[0] + 6, rect[1] + 6), label, fill="black", font=font)
marks = [((60, 120), "回線1・回線2 ONU"), ((330, 120), "端末No.1"), ((600, 120), "端末No.3"),
         ((60, 285), "回線3 ONU"), ((330, 285), "端末No.2"), ((600, 285), "端末No.4"), ((60, 440), "端末No.5")]
for (x, y), t in marks:
    d.rounded_rectangle([x - 6, y - 4, x + 170, y + 26], radius=8, outline="red", width=2, fill="white")
    d.text((x, y), t, fill="red", font=font)
png = os.path.join(tempfile.gettempdir(), NAME + "_floor.png")
img.save(png)
pic = Image(png)
pic.anchor = "B3"
wf.add_image(pic)
wf["P3"] = "吹き出し一覧"
wf["P3"].font = Font(bold=True)
callouts = ["回線1（電子カルテ保守）ONU：本館1F 電算室 ラック1",
            "回線2（かごしま医療連携回線）ONU：本館1F 電算室 ラック1",
            "回線3（医事保守回線）ONU：本館2F 医事課 書庫",
            "端末No.1 KSK-EMR-01：本館1F 外来 診察室2", "端末No.2 KSK-EMR-14：本館2F ナースステーション",
            "端末No.3 IJI-PC01：本館1F 医事課", "端末No.4 KSK-TC-07：本館3F 病棟詰所",
            "端末No.5 REHA-PC02：別館1F リハビリ室"]
for i, t in enumerate(callouts):
    wf.cell(row=4 + i, column=16, value=t)
wf.column_dimensions["P"].width = 56

# ---- password list, filled in (should not be submitted)
wp = wb.create_sheet("アカウント(ログインID)・パスワードリスト")
wp["A1"] = "■調査① インターネット回線/ONUに紐づく装置(ルータ/UTM/FW)"
wp["A1"].font = Font(bold=True)
for i, t in enumerate(["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"]):
    wp.cell(row=2, column=1 + i, value=t or None).fill = HEAD
devs = [("回線1", "Cisco", "ISR1100-4G", "admin", "Ksk#Isr2024!", "En@ble-7731"),
        ("回線2", "NEC", "UNIVERGE IX2215", "ixadmin", "Renkei_ix2215", None),
        ("回線3", "ヤマハ", "RTX830", "sakura", "Rtx830-Iji#55", "Rtx830-adm")]
for r, row in enumerate(devs):
    for i, v in enumerate(row):
        wp.cell(row=3 + r, column=1 + i, value=v)
box(wp, "A2:F5")
wp["A8"] = "■調査端末(シングル端末/FAT端末)"
wp["A8"].font = Font(bold=True)
for i, t in enumerate(["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"]):
    wp.cell(row=9, column=1 + i, value=t or None).fill = HEAD
tpw = [("端末1", "KSK-EMR-01", "10.1.10.21/24", "emruser", "Emr!0921a"),
       ("端末2", "KSK-EMR-14", "10.1.10.34/24", "emruser", "Emr!0921a"),
       ("端末3", "IJI-PC01", "10.1.20.11/24", "iji", "iji-Pc01"),
       ("端末4", "KSK-TC-07", "10.1.30.57/24", "tcadmin", "Tc07#vdi"),
       ("端末5", "REHA-PC02", "10.1.40.12/24", "reha", "reha2024")]
for r, row in enumerate(tpw):
    for i, v in enumerate(row):
        wp.cell(row=10 + r, column=1 + i, value=v)
box(wp, "A9:E14")
wp["A16"] = "備考(接続先情報など)：回線3は保守ベンダ南九州システムからのみ接続"
for c in "BCDEF":
    wp.column_dimensions[c].width = 20

wb.active = 0
tmpdir = tempfile.mkdtemp()
raw = os.path.join(tmpdir, NAME + ".xlsx")
wb.save(raw)
outdir = os.path.join(tmpdir, "lo")
os.makedirs(outdir)
subprocess.run(["soffice", "-env:UserInstallation=file://" + os.path.join(tmpdir, "profile"), "--headless", "--convert-to", "xlsx", "--outdir", outdir, raw], check=True)
shutil.copy(os.path.join(outdir, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
print("saved", NAME)
