#!/usr/bin/python3
# lds-w6-b-onesheet-transposed: a hospital's own one-sheet rewrite of 別紙2-1 (label：value cells,
# lines as columns, terminals as rows, floor plan pasted on the same sheet), plus a forgotten ID/PW sheet.
# Saved by openpyxl into a temp folder, then re-saved by LibreOffice under the final name.
import os
import shutil
import subprocess
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w6-b-onesheet-transposed"
TMP = os.path.join(OUT, "_tmp_" + NAME)
os.makedirs(TMP, exist_ok=True)

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
YEL = PatternFill("solid", fgColor="FFFF99")
GRY = PatternFill("solid", fgColor="E7E6E6")
WRAP = Alignment(wrap_text=True, vertical="top")


def box(ws, rng, fill=None, bold=False):
    for row in ws[rng]:
        for c in row:
            c.border = BOX
            c.alignment = WRAP
            if fill:
                c.fill = fill
            if bold:
                c.font = Font(bold=True)


wb = Workbook()
ws = wb.active
ws.title = "回線・機器情報調査票"
for k, v in dict(A=34, B=24, C=30, D=30, E=30, F=20, G=18, H=18, I=22, J=30).items():
    ws.column_dimensions[k].width = v

ws["A1"] = "別紙2-1　医療機関記入依頼書（回線・機器情報等記入）　【さぬき湊病院 回答】"
ws["A1"].font = Font(size=14, bold=True)
ws["A2"] = "※事務局様式の各シートを1枚にまとめて記入しています（情報システム係作成）。(*)は必須項目。"

# Ⅰ 基本情報 — label and value in one cell
ws["A4"] = "Ⅰ．基本情報"
ws["A4"].font = Font(bold=True, size=12)
basic = [
    "本施策の同意確認：同意する",
    "医療機関名：医療法人 青松会 さぬき湊病院",
    "医療機関名（かな）：いりょうほうじん せいしょうかい さぬきみなとびょういん",
    "〒：７６３－００８２",
    "住所：香川県丸亀市土器町東四丁目11番地",
    "住所（かな）：かがわけんまるがめしどきちょうひがしよんちょうめ11ばんち",
    "ビル名：丸亀メディカルスクエア 3～6階",
    "ビル名（かな）：まるがめめでぃかるすくえあ",
    "病床数：120床",
]
for i, t in enumerate(basic):
    ws.cell(row=5 + i, column=1, value=t)
    ws.merge_cells(start_row=5 + i, start_column=1, end_row=5 + i, end_column=3)
box(ws, "A5:C13")

ws["A15"] = "担当者（最大4名）"
ws["A15"].font = Font(bold=True)
for j, h in enumerate(["No.", "所属・役職", "氏名", "電話番号", "メールアドレス"]):
    ws.cell(row=16, column=1 + j, value=h)
box(ws, "A16:E16", fill=GRY, bold=True)
contacts = [
    ("①", "事務局 情報システム係 係長", "高橋 直樹", "0877-22-5170", "n-takahashi@sanuki-minato.jp"),
    ("②", "放射線科 主任技師", "三好 亮", "0877-22-5171（内線245）", "r-miyoshi@sanuki-minato.jp"),
    ("③", "臨床検査科 技師長", "真鍋 由紀子", "0877-22-5172", "y-manabe@sanuki-minato.jp"),
    ("④", "", "", "", ""),
]
for i, c in enumerate(contacts):
    for j, v in enumerate(c):
        if v:
            ws.cell(row=17 + i, column=1 + j, value=v)
box(ws, "A17:E20")
ws["A21"] = "申込内容の確認　確認者名（フルネーム）：高橋 直樹"
ws.merge_cells("A21:C21")
box(ws, "A21:C21")

# Ⅱ 回線 — transposed: items down, lines across
ws["A23"] = "Ⅱ．回線・機器情報（縦：項目／横：回線）"
ws["A23"].font = Font(bold=True, size=12)
hdr = ["項目", "記入例", "回線１", "回線２", "回線３"]
for j, h in enumerate(hdr):
    ws.cell(row=24, column=1 + j, value=h)
box(ws, "A24:E24", fill=GRY, bold=True)
items = [
    ("調査希望：技術バージョン確認(*)", "調査希望あり", "希望あり", "希望なし", "希望あり"),
    ("調査希望：脆弱性診断(*)", "調査希望あり", "希望あり", "希望あり", "希望あり"),
    ("電子カルテNWとの接続(*)", "あり", "有", "有", "有"),
    ("用途・システム名(*)", "電子カルテ", "電子カルテ", "放射線（RIS/PACS）", "臨床検査（外注検査結果受信）"),
    ("回線の種類", "光回線", "光回線", "光回線", "モバイル回線（LTE）"),
    ("回線名", "電子カルテ保守", "電子カルテ保守", "放射線部門保守", "検査結果受信用"),
    ("回線事業者", "NTT東日本", "NTT西日本", "NTT西日本", "NTTドコモ"),
    ("回線サービス名", "フレッツ 光ネクスト", "フレッツ 光ネクスト", "フレッツ 光クロス", "docomo business モバイル"),
    ("回線ID", "CAF0000000000", "CAF3318047266", "CAF3318099120", ""),
    ("通信形態(*)", "インターネットVPN", "インターネットVPN", "インターネットVPN", "インターネット"),
    ("グローバルIP利用(*)", "あり", "有", "有", "有"),
    ("固定IP/動的IP(*)", "固定IP", "固定", "固定", "動的"),
    ("グローバルIPアドレス(*)", "121.119.249.222", "192.168.1.254", "118.238.205.67", "1.66.240.83"),
    ("【診断当日記入】グローバルIP確認", "入力不要", "入力不要", "入力不要", ""),
    ("【診断当日記入】グローバルIPアドレス", "", "", "", ""),
    ("FQDN", "example.xxx", "", "", ""),
    ("プロバイダ名", "NTT東日本", "BIGLOBE", "IIJ", ""),
    ("プロバイダ品目", "Bフレッツサービス", "BIGLOBE光 固定IPアドレスオプション", "IIJ固定IPサービス", ""),
    ("回線終端装置設置場所(*)", "本部棟 3F サーバー室 -1番ラック 3U", "4F サーバー室\nラック1", "4F サーバー室\nラック2",
     "3F 検査科 検体受付カウンター下"),
    ("装置メーカー（ルータ/UTM/FW）", "Cisco", "YAMAHA", "NEC", "NEC"),
    ("装置機種名", "C1111-4P", "RTX830", "UNIVERGE IX2215", "Aterm MR10LN"),
    ("ファームウェアバージョン", "17.9.4", "Rev.15.02.29", "Ver.10.7.16", ""),
]
for i, row in enumerate(items):
    for j, v in enumerate(row):
        if v:
            ws.cell(row=25 + i, column=1 + j, value=v)
last = 25 + len(items) - 1
box(ws, f"A25:E{last}")
for r in range(25, last + 1):
    ws.cell(row=r, column=2).fill = GRY
    ws.cell(row=r, column=2).font = Font(color="808080")
GIP_ROW = 25 + [i for i, r in enumerate(items) if r[0].startswith("グローバルIPアドレス")][0]

# Ⅲ 調査端末 — normal rows
t0 = last + 2
ws.cell(row=t0, column=1, value="Ⅲ．調査端末情報（5台）").font = Font(bold=True, size=12)
th = ["No.", "システム種別(*)", "シングル利用(*)", "端末ホスト名(*)", "IPアドレス(*)", "設置場所(*)",
      "VDI 端末ホスト名", "VDI IPアドレス", "セキュリティ対策製品", "備考"]
for j, h in enumerate(th):
    ws.cell(row=t0 + 1, column=1 + j, value=h)
box(ws, f"A{t0 + 1}:J{t0 + 1}", fill=GRY, bold=True)
terms = [
    ("1", "電子カルテ", "単体", "SMH-EMR-4W07", "192.168.20.31/24", "4F 西病棟 スタッフステーション", "", "",
     "Microsoft Defender for Endpoint", "操作可能時間 14:00～16:00"),
    ("2", "電子カルテ", "仮想デスクトップ（VDI）", "SMH-TC-3F01", "192.168.20.45（255.255.255.0）", "3F 外来受付",
     "SMH-VDI-3F01", "10.10.5.21/24", "Microsoft Defender for Endpoint", ""),
    ("3", "放射線（RIS/PACS）", "単体", "SMH-RIS-01", "192.168.60.11/24", "3F 放射線科 操作室", "", "",
     "Trend Micro Apex One", "撮影の合間のみ操作可\n（要 三好 立会い）"),
    ("4", "臨床検査", "単体", "SMH-LIS-01", "192.168.70.21/24", "3F 検査科", "", "",
     "Trend Micro Apex One", ""),
    ("5", "医事会計", "単体", "SMH-IJI-02", "192.168.30.52/24", "3F 医事課", "", "",
     "ESET PROTECT Entry", "月初10日間は不可"),
]
for i, t in enumerate(terms):
    for j, v in enumerate(t):
        if v:
            ws.cell(row=t0 + 2 + i, column=1 + j, value=v)
box(ws, f"A{t0 + 2}:J{t0 + 6}")

# Ⅳ 設置場所 — floor plan on the same sheet
f0 = t0 + 8
ws.cell(row=f0, column=1, value="Ⅳ．設置場所（平面図）　※回線終端装置・調査端末の位置を赤字で記入").font = Font(bold=True, size=12)
png = os.path.join(TMP, "floor4f.png")
img = Image.new("RGB", (820, 470), "white")
d = ImageDraw.Draw(img)
f = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 17)
d.text((16, 8), "丸亀メディカルスクエア 3F・4F 平面図（抜粋）", fill="black", font=f)
d.rectangle((10, 40, 400, 460), outline="black", width=3)
d.text((20, 46), "3F", fill="black", font=f)
for (x0, y0, x1, y1), n in [((20, 80, 200, 230), "外来受付"), ((200, 80, 390, 230), "放射線科"),
                            ((20, 240, 200, 450), "検査科"), ((200, 240, 390, 450), "医事課")]:
    d.rectangle((x0, y0, x1, y1), outline="black", width=2)
    d.text((x0 + 8, y0 + 6), n, fill="black", font=f)
d.rectangle((420, 40, 810, 460), outline="black", width=3)
d.text((430, 46), "4F", fill="black", font=f)
for (x0, y0, x1, y1), n in [((430, 80, 600, 230), "サーバー室"), ((600, 80, 800, 450), "西病棟"),
                            ((430, 240, 600, 450), "会議室")]:
    d.rectangle((x0, y0, x1, y1), outline="black", width=2)
    d.text((x0 + 8, y0 + 6), n, fill="black", font=f)
for (x, y), n in [((450, 130), "回線１ ONU"), ((450, 180), "回線２ ONU"), ((30, 370), "回線３ LTEルータ"),
                  ((30, 130), "端末2"), ((210, 130), "端末3"), ((30, 300), "端末4"), ((210, 300), "端末5"),
                  ((610, 130), "端末1")]:
    d.text((x, y), n, fill="red", font=f)
img.save(png)
xi = XLImage(png)
ws.add_image(xi, f"A{f0 + 1}")

# forgotten password sheet (提出不要) — filled in by the hospital for its own use
wp = wb.create_sheet("ID・PWリスト（提出不要）")
wp["A1"] = "アカウント(ログインID)・パスワードリスト　※提出不要"
wp["A1"].font = Font(bold=True)
for j, h in enumerate(["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"]):
    wp.cell(row=3, column=1 + j, value=h)
pw = [("回線１", "YAMAHA", "RTX830", "admin", "Sanuki#830rt", "Sanuki#830en"),
      ("回線２", "NEC", "UNIVERGE IX2215", "ixadmin", "Minato2215!", ""),
      ("回線３", "NEC", "Aterm MR10LN", "admin", "mr10ln-7741", "")]
for i, r in enumerate(pw):
    for j, v in enumerate(r):
        if v:
            wp.cell(row=4 + i, column=1 + j, value=v)
box(wp, "A3:F6")
for k, v in dict(A=8, B=12, C=18, D=20, E=18, F=26).items():
    wp.column_dimensions[k].width = v

raw = os.path.join(TMP, NAME + ".xlsx")
wb.save(raw)
conv = os.path.join(TMP, "lo")
os.makedirs(conv, exist_ok=True)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", conv, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(conv, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
shutil.rmtree(TMP)
print("saved; global IP row", GIP_ROW, "terminal header row", t0 + 1)
