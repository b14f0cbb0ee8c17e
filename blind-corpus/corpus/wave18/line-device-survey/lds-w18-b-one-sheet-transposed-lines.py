#!/usr/bin/python3
"""lds-w18-b: a small hospital's own one-sheet redraw of 別紙2-1: basic info as 「項目：値」 cells,
lines as a vertical (transposed) table with a 記入例 column, terminals as a second table below;
floor plan and an (illegally included) ID/password list on two further sheets. Re-saved by LibreOffice.
Planted: private address for a 固定IP line; 脆弱性診断 requested on a 閉域網 line; password list filled."""
import os
import shutil
import subprocess
import tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w18-b-one-sheet-transposed-lines"
TMP = tempfile.mkdtemp()

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
SEC = PatternFill("solid", fgColor="FFF2CC")
HEAD = PatternFill("solid", fgColor="E2EFDA")
GREY = PatternFill("solid", fgColor="D9D9D9")
WRAP = Alignment(wrap_text=True, vertical="top")

wb = Workbook()
ws = wb.active
ws.title = "回線機器調査票"
for c, w in zip("ABCDEFGHIJK", (3, 30, 24, 26, 26, 26, 18, 16, 18, 22, 30)):
    ws.column_dimensions[c].width = w

ws["B1"] = "医療機関記入依頼書（回線・機器情報等記入）　※別紙2-1の内容を1枚にまとめています"
ws["B1"].font = Font(size=13, bold=True)
ws["B2"] = "丸亀みなと病院 情報システム担当作成　／　記入例の列は消さないでください"

# ---- 1. 基本情報 (label and value in one cell)
ws.merge_cells("B4:F4")
ws["B4"] = "１．基本情報"
ws["B4"].fill = SEC
ws["B4"].font = Font(bold=True)
basic = [
    "本施策の同意確認：同意する",
    "医療機関名：医療法人社団瀬戸内会 丸亀みなと病院",
    "医療機関名（かな）：いりょうほうじんしゃだんせとうちかい まるがめみなとびょういん",
    "郵便番号：〒７６３－００３４",
    "住所：香川県丸亀市大手町三丁目5番12号",
    "住所（かな）：かがわけんまるがめしおおてまちさんちょうめ5ばん12ごう",
    "ビル名：丸亀メディカルプラザ",
    "ビル名（かな）：まるがめめでぃかるぷらざ",
    "病床数：６０床",
    "申込内容の確認　確認者名：坂出 浩二",
]
for i, t in enumerate(basic):
    ws.merge_cells(start_row=5 + i, start_column=2, end_row=5 + i, end_column=6)
    ws.cell(5 + i, 2, t)

ws["B16"] = "担当者（4名まで）"
ws["B16"].font = Font(bold=True)
for c, h in enumerate(["", "所属・役職", "氏名", "電話番号", "メールアドレス"], 2):
    cell = ws.cell(17, c, h)
    cell.fill = HEAD
    cell.border = BOX
contacts = [
    ["担当者1", "事務長", "坂出 浩二", "0877-22-4100", "sakaide@marugame-minato.jp"],
    ["担当者2", "医事課 システム担当", "宇多津 さやか", "090-3187-5522", "utazu@marugame-minato.jp"],
    ["担当者3", None, None, None, None],
    ["担当者4", None, None, None, None],
]
for i, ct in enumerate(contacts):
    for c, v in enumerate(ct, 2):
        ws.cell(18 + i, c, v).border = BOX

# ---- 2. 回線・機器情報 (transposed: items down, lines across)
ws.merge_cells("B23:F23")
ws["B23"] = "２．回線・機器情報（1列に1回線）　(*)は必須"
ws["B23"].fill = SEC
ws["B23"].font = Font(bold=True)
items = [
    "調査希望：技術バージョン確認 (*)",
    "調査希望：脆弱性診断 (*)",
    "電子カルテシステムと接続するネットワークとの接続 (*)",
    "用途・システム名 (*)",
    "回線名",
    "回線の種類",
    "通信形態 (*)",
    "グローバルIP利用 (*)",
    "固定IP/動的IP (*)",
    "グローバルIPアドレス (*)",
    "【脆弱性診断当日記入】グローバルIP確認",
    "【脆弱性診断当日記入】グローバルIPアドレス",
    "FQDN",
    "プロバイダ名",
    "プロバイダ品目",
    "回線事業者",
    "回線サービス名",
    "回線ID",
    "回線終端装置設置場所 (*)",
    "接続機器 メーカー",
    "接続機器 機種名",
    "接続機器 ファームウェアバージョン",
]
cols = {
    "記入例": ["あり", "あり", "有", "電子カルテ", "電子カルテ保守回線", "光回線", "インターネットVPN", "有", "固定IP",
             "121.119.249.222", "入力不要", None, "example.xxx", "NTT西日本", "フレッツ光ネクスト", "NTT西日本",
             "フレッツ光ネクスト", "CAF0000000000", "1F サーバー室 ラック3U", "YAMAHA", "RTX1210", "Rev.14.01.xx"],
    "回線1": ["あり", "あり", "有", "電子カルテ（保守）", "電カル保守回線", "光回線", "インターネットVPN", "有", "固定IP",
             "192.168.1.1", "入力不要", None, None, "OCN", "OCN 光 固定IPアドレス", "NTT西日本",
             "フレッツ 光クロス", "CAF5920114837", "2F 医事課奥 ネットワークラック 上段", "YAMAHA", "RTX830",
             "Rev.15.02.30"],
    "回線2": ["あり", "あり", "有", "地域医療連携（K-MIX R）", "地域連携回線", "光回線", "閉域網", "無", None,
             None, "入力不要", None, None, None, None, "NTT西日本",
             "フレッツ・VPN ワイド", "CAF5920115502", "2F 医事課奥 ネットワークラック 下段", "NEC", "UNIVERGE IX2106",
             "Ver.10.2.16"],
    "回線3": ["なし", "あり", "有", "健診予約システム", "健診Web予約回線", "光回線", "インターネット", "有", "動的IP",
             "14.13.62.185", None, None, None, "So-net", "So-net 光 プラス", "NTT西日本",
             "フレッツ 光ネクスト", "CAF5920117730", "1F 健診センター事務室 書庫棚の上", "Fortinet", "FortiGate 40F",
             "v7.0.15"],
}
hr = 24
ws.cell(hr, 2, "項目").fill = HEAD
for j, name in enumerate(cols):
    cell = ws.cell(hr, 3 + j, name)
    cell.fill = GREY if name == "記入例" else HEAD
    cell.alignment = Alignment(horizontal="center")
for c in range(2, 7):
    ws.cell(hr, c).border = BOX
for i, it in enumerate(items):
    r = hr + 1 + i
    ws.cell(r, 2, it).border = BOX
    ws.cell(r, 2).alignment = WRAP
    for j, name in enumerate(cols):
        cell = ws.cell(r, 3 + j, cols[name][i])
        cell.border = BOX
        if name == "記入例":
            cell.fill = GREY
LINES_FIRST_ROW = hr + 1          # 25
# ---- 3. 調査端末 (normal table)
tr = hr + len(items) + 3          # 49
ws.merge_cells(start_row=tr, start_column=2, end_row=tr, end_column=6)
ws.cell(tr, 2, "３．調査端末情報（5台）").fill = SEC
ws.cell(tr, 2).font = Font(bold=True)
th = ["No.", "システム種別 (*)", "シングル利用 (*)\n単体/仮想デスクトップ", "端末ホスト名 (*)", "IPアドレス (*)",
      "設置場所 (*)", "仮想デスクトップ\n端末ホスト名", "仮想デスクトップ\nIPアドレス", "セキュリティ対策製品", "備考"]
for c, h in enumerate(th, 2):
    cell = ws.cell(tr + 1, c, h)
    cell.fill = HEAD
    cell.border = BOX
    cell.alignment = WRAP
terms = [
    ["No.1", "電子カルテ", "単体", "MMH-DR01", "192.168.1.101/24", "3F 病棟スタッフステーション", None, None,
     "ESET Endpoint Security", "操作可能時間：13:00-15:00\n事前に病棟師長へ連絡"],
    ["No.2", "電子カルテ", "仮想デスクトップ", "MMH-TC05", "192.168.1.125/24", "1F 外来診察室2", "VDI-MMH-05",
     "10.10.5.25/24", "Microsoft Defender", None],
    ["No.3", "医事会計（レセコン）", "単体", "MMH-IJI01", "192.168.1.150/24", "2F 医事課", None, None,
     "ESET Endpoint Security", None],
    ["No.4", "健診", "単体", "MMH-KEN01", "192.168.2.31/24", "1F 健診センター", None, None,
     "ESET Endpoint Security", None],
    ["No.5", "リハビリ", "単体", "MMH-RH01", "192.168.1.180/24", "4F リハビリ室", None, None,
     "Microsoft Defender", "平日午後のみ"],
]
for i, t in enumerate(terms):
    for c, v in enumerate(t, 2):
        cell = ws.cell(tr + 2 + i, c, v)
        cell.border = BOX
        cell.alignment = WRAP

# ---- floor plan sheet
fp = wb.create_sheet("設置場所（平面図）")
fp["A1"] = "設置場所記入シート　平面図（調査対象の回線終端装置・端末の位置）"
fp["A1"].font = Font(bold=True)
font = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 15, index=0)
big = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 20, index=0)
im = Image.new("RGB", (760, 620), "white")
dr = ImageDraw.Draw(im)
dr.text((14, 8), "丸亀みなと病院（丸亀メディカルプラザ 1F〜4F）フロア図", fill="black", font=big)
floors = ["4F", "3F", "2F", "1F"]
for k, f in enumerate(floors):
    y0 = 50 + k * 140
    dr.rectangle((14, y0, 746, y0 + 128), outline="black", width=3)
    dr.text((22, y0 + 4), f, fill="black", font=big)
rooms = {
    "4F": [("リハビリ室", 80, "T5")],
    "3F": [("病棟スタッフステーション", 80, "T1")],
    "2F": [("医事課", 80, "T3"), ("ネットワークラック", 360, "①②")],
    "1F": [("外来診察室2", 80, "T2"), ("健診センター", 300, "T4"), ("健診センター事務室", 520, "③")],
}
for k, f in enumerate(floors):
    y0 = 50 + k * 140
    for lab, x, mk in rooms[f]:
        dr.rectangle((x, y0 + 34, x + 200, y0 + 116), outline="gray", width=2)
        dr.text((x + 6, y0 + 40), lab, fill="black", font=font)
        dr.ellipse((x + 20, y0 + 80, x + 32, y0 + 92), fill="blue")
        dr.text((x + 38, y0 + 74), mk, fill="blue", font=font)
png = os.path.join(TMP, "floor.png")
im.save(png)
img = XLImage(png)
img.anchor = "A3"
fp.add_image(img)
fp["N3"] = "① 回線1 ONU / RTX830：2F 医事課奥 ネットワークラック 上段"
fp["N4"] = "② 回線2 ONU / IX2106：2F 医事課奥 ネットワークラック 下段"
fp["N5"] = "③ 回線3 ONU / FortiGate 40F：1F 健診センター事務室"
fp["N6"] = "T1〜T5：調査端末 No.1〜No.5"
fp.column_dimensions["N"].width = 56

# ---- ID/password list (should not have been included with passwords)
pw = wb.create_sheet("ID・パスワード一覧")
pw["A1"] = "アカウント(ログインID)・パスワードリスト（当日用）"
pw["A1"].font = Font(bold=True)
for c, h in enumerate(["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"], 1):
    pw.cell(3, c, h).fill = HEAD
pw.append(["回線1", "YAMAHA", "RTX830", "admin", "Mnt#2019rtx", "Mnt#2019en"])
pw.append(["回線2", "NEC", "UNIVERGE IX2106", "admin", "ix2106-kmix", None])
pw.append(["回線3", "Fortinet", "FortiGate 40F", "admin", "Kenshin!40F", None])
pw["A8"] = "■調査端末"
for c, h in enumerate(["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"], 1):
    pw.cell(9, c, h).fill = HEAD
pw.append(["端末1", "MMH-DR01", "192.168.1.101/24", "sysadmin", "Minato2024!"])
pw.append(["端末2", "MMH-TC05", "192.168.1.125/24", "sysadmin", "Minato2024!"])
pw.append(["端末3", "MMH-IJI01", "192.168.1.150/24", "iji-admin", "iji0877"])
pw.append(["端末4", "MMH-KEN01", "192.168.2.31/24", "kenshin", "ken-0031"])
pw.append(["端末5", "MMH-RH01", "192.168.1.180/24", "reha", "reha4F"])
for c, w in zip("ABCDEF", (8, 14, 18, 20, 16, 24)):
    pw.column_dimensions[c].width = w

raw = os.path.join(TMP, NAME + ".xlsx")
wb.save(raw)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.rmtree(TMP, ignore_errors=True)
print("saved", NAME, "(LibreOffice re-save)")
