#!/usr/bin/python3
"""lds-w24-b: a small hospital's own one-page redraw of 別紙2-1: basic info as 「項目：値」 cells, the lines as a
vertical (transposed) table (items down, 回線1..3 across), terminals as a normal table on the same sheet;
floor plan on its own sheet; a hidden 選択肢 sheet; the ID/PW list kept in the file WITH passwords (planted).
Planted: 回線2 固定IP with a private address; 回線3 閉域網 without global IP but 脆弱性診断 requested;
password list filled in."""
import io
import os
from PIL import Image as PILImage, ImageDraw, ImageFont
from openpyxl import Workbook
from openpyxl.drawing.image import Image as XLImage
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w24-b-one-sheet-vertical-lines"
OUT = os.path.join(HERE, NAME + ".xlsx")

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GRAY = PatternFill("solid", fgColor="EDEDED")
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
ws.title = "調査票"
for col, w in zip("ABCDEFGHIJ", (30, 24, 24, 24, 18, 22, 14, 14, 20, 26)):
    ws.column_dimensions[col].width = w

ws["A1"] = "医療機関記入依頼書（回線・機器情報等記入）　別紙2-1"
ws["A1"].font = Font(bold=True, size=13)
ws.merge_cells("A2:F2")
ws["A2"] = ("※事務局様式の内容を当院で1枚にまとめ直したものです。※印は必須項目。"
            "平面図は「平面図」シートに添付しています。")

ws["A3"] = "【基本情報】"
ws["A3"].font = Font(bold=True)
info = [
    "本施策の同意確認：同意する",
    "医療機関名：医療法人社団 清風会 さぬき東病院",
    "医療機関名（かな）：いりょうほうじんしゃだん せいふうかい さぬきひがしびょういん",
    "住所：〒769-2601 香川県東かがわ市三本松1234番地5",
    "住所（かな）：かがわけんひがしかがわしさんぼんまつ1234ばんち5",
    "ビル名：",
    "病床数：60床",
]
for i, t in enumerate(info):
    r = 4 + i
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    ws.cell(r, 1, t).border = BOX

ws["A12"] = "【担当者】"
ws["A12"].font = Font(bold=True)
for i, h in enumerate(["", "所属・役職", "氏名", "電話番号", "メールアドレス"]):
    ws.cell(13, 1 + i, h)
box(ws, "A13:E13", fill=GRAY, bold=True)
contacts = [
    ("担当者1", "事務長", "大西 和也 ", "0879-25-3141", "onishi@sanuki-higashi-hp.jp"),
    ("担当者2", "総務課 係長（システム担当）", "六車 さとみ", "0879-25-3141", "mugurumas@sanuki-higashi-hp.jp"),
    ("担当者3", None, None, None, None),
    ("担当者4", None, None, None, None),
]
for r, c in enumerate(contacts, start=14):
    for i, v in enumerate(c):
        ws.cell(r, 1 + i, v)
box(ws, "A14:E17")
ws.merge_cells("A18:D18")
ws["A18"] = "申込内容の確認　確認者名（フルネーム）：大西 和也"
ws["A18"].border = BOX

# --- lines, transposed: one column per line
ws["A20"] = "【回線・機器情報】（電子カルテNWにつながる回線をすべて記入。1列＝1回線）"
ws["A20"].font = Font(bold=True)
items = [
    ("項目", "回線1", "回線2", "回線3"),
    ("調査希望：技術バージョン確認 ※", "希望あり", "希望あり", "希望なし"),
    ("調査希望：脆弱性診断 ※", "希望あり", "希望あり", "希望あり"),
    ("電子カルテシステムと接続するNWとの接続 ※", "有", "有", "有"),
    ("用途・システム名 ※", "電子カルテ保守", "医事会計・レセプト（保守）", "地域医療連携ネットワーク"),
    ("通信形態 ※", "インターネットVPN", "インターネットVPN", "閉域網"),
    ("グローバルIP利用 ※", "有", "有", "無"),
    ("固定IP/動的IP ※", "固定", "固定", None),
    ("グローバルIPアドレス ※", "61.205.114.37", "192.168.100.1", None),
    ("【診断当日】グローバルIP確認", "入力不要", "入力不要", None),
    ("【診断当日】グローバルIPアドレス", None, None, None),
    ("FQDN", None, None, None),
    ("プロバイダ名", "So-net", "OCN", None),
    ("プロバイダ品目", "So-net 光 with フレッツ 固定IP", "OCN 光 IPoE 固定IP1", None),
    ("回線事業者", "NTT西日本", "NTT西日本", "NTT西日本"),
    ("回線サービス名", "フレッツ 光クロス", "フレッツ 光ネクスト ビジネスタイプ", "フレッツ・VPN プライオ"),
    ("回線ID", "CAF3120458876", "CAF3120459012", "COP8140022317"),
    ("回線終端装置設置場所 ※", "1F 事務室奥 サーバ室 ラック上段", "1F 事務室奥 サーバ室 ラック上段",
     "2F 地域連携室 キャビネット内"),
    ("機器メーカー（ルータ/UTM/FW）", "Fortinet", "YAMAHA", "NEC"),
    ("機種名", "FortiGate 60F", "RTX830", "UNIVERGE IX2106"),
    ("ファームウェアバージョン", "v7.2.8", "Rev.15.02.30", "Ver.10.7.18"),
]
LINE0 = 21
for k, row in enumerate(items):
    for i, v in enumerate(row):
        ws.cell(LINE0 + k, 1 + i, v)
box(ws, f"A{LINE0}:D{LINE0 + len(items) - 1}")
box(ws, f"A{LINE0}:D{LINE0}", fill=GRAY, bold=True)
for k in range(1, len(items)):
    ws.cell(LINE0 + k, 1).fill = GRAY

# --- terminals
T0 = LINE0 + len(items) + 2  # 44
ws.cell(T0 - 1, 1, "【調査端末情報】（Windows端末5台）").font = Font(bold=True)
th = ["No.", "システム種別 ※", "利用形態（単体/仮想デスクトップ）※", "端末ホスト名 ※", "IPアドレス ※",
      "設置場所 ※", "VDI ホスト名", "VDI IPアドレス", "セキュリティ対策製品", "備考"]
for i, h in enumerate(th):
    ws.cell(T0, 1 + i, h)
box(ws, f"A{T0}:J{T0}", fill=GRAY, bold=True)
terms = [
    ("No.1", "電子カルテ", "単体", "SHH-EMR01", "192.168.1.21/24", "1F 外来診察室1", None, None,
     "Microsoft Defender", "昼休み(12:00～13:00)のみ操作可"),
    ("No.2", "電子カルテ", "単体", "SHH-EMR07", "192.168.1.27/24", "2F ナースステーション", None, None,
     "Microsoft Defender", None),
    ("No.3", "医事会計", "単体", "SHH-IJI02", "192.168.1.52/24", "1F 医事課", None, None,
     "ウイルスバスター ビジネスセキュリティ", None),
    ("No.4", "画像参照（PACS）", "単体", "SHH-PACS01", "192.168.2.11/24", "1F 放射線室", None, None,
     "Microsoft Defender", "撮影中は不可"),
    ("No.5", "リハビリ部門", "単体", "SHH-RH01", "192.168.1.81/24", "2F リハビリ室", None, None,
     "Microsoft Defender", None),
]
for r, t in enumerate(terms, start=T0 + 1):
    for i, v in enumerate(t):
        ws.cell(r, 1 + i, v)
box(ws, f"A{T0 + 1}:J{T0 + 5}")

# hidden option sheet + validations
opt = wb.create_sheet("選択肢")
for i, (h, vals) in enumerate([("調査希望", ["希望あり", "希望なし"]), ("有無", ["有", "無"]),
                               ("IP", ["固定", "動的"]), ("当日", ["確認済み", "入力不要"]),
                               ("利用", ["単体", "仮想デスクトップ"])]):
    opt.cell(1, 1 + i, h)
    for k, v in enumerate(vals):
        opt.cell(2 + k, 1 + i, v)
opt.sheet_state = "hidden"
for f, rng in [("選択肢!$A$2:$A$3", f"B{LINE0 + 1}:D{LINE0 + 2}"), ("選択肢!$B$2:$B$3", f"B{LINE0 + 3}:D{LINE0 + 3}"),
               ("選択肢!$B$2:$B$3", f"B{LINE0 + 6}:D{LINE0 + 6}"), ("選択肢!$C$2:$C$3", f"B{LINE0 + 7}:D{LINE0 + 7}"),
               ("選択肢!$D$2:$D$3", f"B{LINE0 + 9}:D{LINE0 + 9}"), ("選択肢!$E$2:$E$3", f"C{T0 + 1}:C{T0 + 5}")]:
    d = DataValidation(type="list", formula1=f, allow_blank=True)
    ws.add_data_validation(d)
    d.add(rng)

# --- floor plan sheet
img = PILImage.new("RGB", (760, 480), (250, 250, 245))
dr = ImageDraw.Draw(img)
try:
    font = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 16)
except OSError:
    font = ImageFont.load_default()
dr.text((10, 6), "さぬき東病院 フロア図（1F/2F）", fill="black", font=font)
for (x1, y1, x2, y2), t in [((10, 40, 250, 220), "1F 事務室・サーバ室"), ((250, 40, 500, 220), "1F 医事課/外来診察室1"),
                            ((500, 40, 750, 220), "1F 放射線室"), ((10, 260, 380, 470), "2F ナースステーション/地域連携室"),
                            ((380, 260, 750, 470), "2F リハビリ室")]:
    dr.rectangle((x1, y1, x2, y2), outline=(40, 40, 40), width=2)
    dr.text((x1 + 6, y1 + 6), t, fill="black", font=font)
for x, y in [(120, 160), (350, 170), (620, 170), (150, 400), (560, 400)]:
    dr.rectangle((x - 6, y - 6, x + 6, y + 6), fill="blue")
bio = io.BytesIO()
img.save(bio, format="PNG")
bio.seek(0)
fp = wb.create_sheet("平面図")
fp["A1"] = "設置場所（平面図）　※調査対象の回線終端装置・端末の位置"
fp["A1"].font = Font(bold=True)
pic = XLImage(bio)
pic.anchor = "A3"
fp.add_image(pic)
fp.column_dimensions["M"].width = 44
for i, t in enumerate(["回線1・回線2 ONU：1F 事務室奥 サーバ室 ラック上段",
                       "回線3 ONU：2F 地域連携室 キャビネット内",
                       "端末No.1 SHH-EMR01：1F 外来診察室1",
                       "端末No.2 SHH-EMR07：2F ナースステーション",
                       "端末No.3 SHH-IJI02：1F 医事課",
                       "端末No.4 SHH-PACS01：1F 放射線室",
                       "端末No.5 SHH-RH01：2F リハビリ室"]):
    c = fp.cell(3 + 2 * i, 13, t)
    c.border = BOX

# --- ID/PW list, filled in (should not have been sent)
pw = wb.create_sheet("ID・PW一覧(提出不要)")
pw["A1"] = "アカウント(ログインID)・パスワードリスト（提出不要）"
pw["A1"].font = Font(bold=True)
for i, h in enumerate(["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"]):
    pw.cell(3, 1 + i, h)
box(pw, "A3:F3", fill=GRAY, bold=True)
rows = [("回線1", "Fortinet", "FortiGate 60F", "admin", "Sh#Fg60f-2024", None),
        ("回線2", "YAMAHA", "RTX830", "sanukiadm", "rtx830Sanuki!", "rtx830Sanuki!"),
        ("回線3", "NEC", "UNIVERGE IX2106", "（ベンダ管理）", None, None)]
for r, row in enumerate(rows, start=4):
    for i, v in enumerate(row):
        pw.cell(r, 1 + i, v)
box(pw, "A4:F6")
for i, h in enumerate(["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"]):
    pw.cell(8, 1 + i, h)
box(pw, "A8:E8", fill=GRAY, bold=True)
for r, t in enumerate(terms, start=9):
    pw.cell(r, 1, f"端末{r - 8}")
    pw.cell(r, 2, t[3])
    pw.cell(r, 3, t[4])
    pw.cell(r, 4, "survey01")
    pw.cell(r, 5, "Sanuki0601")
box(pw, "A9:E13")
for col, w in zip("ABCDEF", (8, 14, 20, 22, 18, 26)):
    pw.column_dimensions[col].width = w

wb.active = 0
wb.save(OUT)
print("saved", OUT, "line table starts row", LINE0, "terminals header row", T0)
