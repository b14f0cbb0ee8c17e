#!/usr/bin/python3
# Generator for lds-w36-b-prefecture-condensed-transposed.xlsx
# Role: prefecture office's condensed (簡易版) redraw of 別紙2-1 on one print sheet (lines as a transposed table,
# terminals below), a 平面図 sheet, filled by a small hospital; the hospital left its own ID/PW memo sheet in.
# Saved by openpyxl, then re-saved by LibreOffice.
# Run: PYTHONPATH=/tmp/w36lib /usr/bin/python3 lds-w36-b-prefecture-condensed-transposed.py
import os, shutil, subprocess
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w36-b-prefecture-condensed-transposed.xlsx"
TMP = "/tmp/w36work/lds-b"
os.makedirs(TMP, exist_ok=True)
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
GREY = PatternFill("solid", fgColor="D9D9D9")
HEAD = PatternFill("solid", fgColor="E2EFDA")
WRAP = Alignment(wrap_text=True, vertical="top")


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = B


wb = Workbook()
ws = wb.active
ws.title = "調査票"
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.column_dimensions["A"].width = 2
ws.column_dimensions["B"].width = 30
for col in "CDEF":
    ws.column_dimensions[col].width = 24

ws["B1"] = "別紙2-1 医療機関記入依頼書（回線・機器情報等記入）【簡易版】"
ws["B1"].font = Font(bold=True, size=14)
ws["B2"] = "香川県健康福祉部医務国保課　※本様式は事務局様式の内容を1枚にまとめたものです。記入後、平面図シートとあわせて提出してください。"
ws["B2"].alignment = WRAP
ws.merge_cells("B2:F2")
ws.row_dimensions[2].height = 30

ws["B4"] = "１．本施策の同意確認"
ws["B4"].font = Font(bold=True)
ws["B5"] = "規約（別紙7・別紙8）を確認のうえ、同意する場合は○を記入"
ws["B5"].alignment = WRAP
ws["C5"] = "○"
ws["C5"].alignment = Alignment(horizontal="center")
ws["D5"] = "同意する"
box(ws, "B5:D5")

ws["B7"] = "２．医療機関情報"
ws["B7"].font = Font(bold=True)
info = [
    "医療機関名：医療法人社団 讃陽会 高松さんよう病院",
    "（ふりがな）：いりょうほうじんしゃだん さんようかい たかまつさんようびょういん",
    "郵便番号：〒761-8078",
    "住所：香川県高松市仏生山町甲1234番地5",
    "（ふりがな）：かがわけんたかまつしぶっしょうざんちょうこう1234ばんち5",
    "ビル名：",
    "（ふりがな）：",
    "病床数：120床",
]
for i, t in enumerate(info):
    r = 8 + i
    ws.merge_cells(f"B{r}:F{r}")
    ws[f"B{r}"] = t
    box(ws, f"B{r}:F{r}")

ws["B17"] = "担当者（4名まで）"
for col, h in zip("BCDEF", ["", "所属・役職", "氏名", "電話番号", "メールアドレス"]):
    ws[f"{col}17"] = h if h else "担当者（4名まで）"
    ws[f"{col}17"].fill = HEAD
contacts = [
    ("事務部 医事課 係長（システム担当兼務）", "香西 由美子", "087-889-4321", "kozai@takamatsu-sanyo.jp"),
    ("事務部長", "真鍋 修", "087-889-4321", "manabe@takamatsu-sanyo.jp"),
]
for i in range(4):
    r = 18 + i
    ws[f"B{r}"] = f"担当者{i+1}"
    if i < len(contacts):
        for col, v in zip("CDEF", contacts[i]):
            ws[f"{col}{r}"] = v
            ws[f"{col}{r}"].alignment = WRAP
box(ws, "B17:F21")
ws.merge_cells("B22:F22")
ws["B22"] = "申込内容の確認　確認者名（フルネーム）：香西 由美子"
box(ws, "B22:F22")

# ---- 3. lines, transposed: items down, 記入例 + 回線1..3 across
ws["B24"] = "３．回線・機器情報（電子カルテにつながる外部回線を1列に1回線ずつ記入。(*)は必須）"
ws["B24"].font = Font(bold=True)
ws.merge_cells("B24:F24")
items = [
    ("", ["記入例", "回線1", "回線2", "回線3"]),
    ("調査希望：技術バージョン確認 (*)", ["あり", "あり", "あり", "なし"]),
    ("調査希望：脆弱性診断 (*)", ["あり", "あり", "あり", "なし"]),
    ("電子カルテNWとの接続 (*)", ["有", "有", "有", "有"]),
    ("用途・システム名 (*)", ["電子カルテ", "電子カルテ（リモート保守）", "透析システム保守", "地域医療連携ネットワーク"]),
    ("回線の種類", ["光回線", "光回線", "光回線", "光回線"]),
    ("回線名", ["○○保守回線", "電カル保守", "透析保守", "かがわ医療連携"]),
    ("回線事業者", ["NTT西日本", "NTT西日本", "NTT西日本", "NTT西日本"]),
    ("回線サービス名", ["フレッツ 光ネクスト", "フレッツ 光ネクスト ファミリー・ハイスピードタイプ", "フレッツ 光クロス", "フレッツ・VPN ワイド"]),
    ("回線ID", ["CAF0000000000", "CAF4417820953", "CAF4490316728", "COP7710254381"]),
    ("通信形態 (*)", ["インターネットVPN", "インターネットVPN", "インターネットVPN", "閉域網"]),
    ("グローバルIP利用 (*)", ["有", "有", "有", "無"]),
    ("固定IP／動的IP (*)", ["固定", "固定", "固定", None]),
    ("グローバルIPアドレス (*)", ["121.119.249.222", "122.211.36.90", "192.168.1.1", None]),
    ("【診断当日】グローバルIP確認", ["入力不要", "入力不要", "入力不要", "入力不要"]),
    ("【診断当日】グローバルIPアドレス", [None, None, None, None]),
    ("FQDN", ["example.xxx", None, None, None]),
    ("プロバイダ名", ["BIGLOBE", "BIGLOBE", "OCN", None]),
    ("プロバイダ品目", ["BIGLOBE光 固定IP", "BIGLOBE 固定IPアドレスオプション", "OCN光 with フレッツ 固定IP1", None]),
    ("回線終端装置(ONU)設置場所 (*)", ["2F サーバー室 ラック", "本館1F 事務室奥\nサーバーラック内", "別館1F 透析室 機械庫", "本館1F 事務室奥\nサーバーラック内"]),
    ("ルータ/UTM/FW メーカー", ["ヤマハ", "Fortinet", "ヤマハ", "NEC"]),
    ("ルータ/UTM/FW 機種名", ["RTX1210", "FortiGate 60F", "RTX830", "UNIVERGE IX2106"]),
    ("ファームウェアバージョン", ["Rev.14.01.42", "v7.2.8", "Rev.15.02.30", "不明"]),
]
r = 25
for label, vals in items:
    ws[f"B{r}"] = label
    ws[f"B{r}"].fill = HEAD
    ws[f"B{r}"].alignment = WRAP
    for col, v in zip("CDEF", vals):
        c = ws[f"{col}{r}"]
        if v is not None:
            c.value = v
        c.alignment = WRAP
        if col == "C":
            c.fill = GREY
        if label == "":
            c.fill = HEAD if col != "C" else GREY
            c.font = Font(bold=True)
            c.alignment = Alignment(horizontal="center")
    r += 1
box(ws, f"B25:F{r-1}")
ws[f"B{r}"] = "※記入例の列（灰色）は消さずにそのまま提出してください。閉域網の回線は脆弱性診断の対象外です。"
lines_end = r

# ---- 4. terminals
r = lines_end + 2
ws[f"B{r}"] = "４．調査端末情報（電子カルテと接続のあるWindows端末5台）"
ws[f"B{r}"].font = Font(bold=True)
r += 1
th = r
# use columns B..F plus H..K for the wide table? keep on the same sheet, columns B..K
heads = ["No.", "システム種別 (*)", "利用形態 (*)\n単体／仮想デスクトップ", "端末ホスト名 (*)", "IPアドレス (*)\n(例 192.168.1.131/24)",
         "設置場所 (*)", "仮想デスクトップ\nホスト名", "仮想デスクトップ\nIPアドレス", "セキュリティ対策製品", "備考"]
tcols = ["B", "C", "D", "E", "F", "G", "H", "I", "J", "K"]
for col, h in zip(tcols, heads):
    ws[f"{col}{r}"] = h
    ws[f"{col}{r}"].fill = HEAD
    ws[f"{col}{r}"].alignment = WRAP
for col in "GHIJK":
    ws.column_dimensions[col].width = 22
terms = [
    ["No.１", "電子カルテ", "単体", "SANYO-EMR01", "10.10.1.101/24", "本館2F ナースステーション", None, None, "ウイルスバスター コーポレートエディション", "操作は昼休み(12:00-13:00)のみ"],
    ["No.２", "電子カルテ", "単体", "SANYO-EMR05", "10.10.1.105/24", "本館1F 外来診察室3", None, None, "ウイルスバスター コーポレートエディション", None],
    ["No.３", "医事会計", "単体", "IJI-01", "10.10.2.11/24", "本館1F 医事課", None, None, "Microsoft Defender", None],
    ["No.４", "透析", "単体", "HD-MON01", "10.10.5.21/24", "別館1F 透析室", None, None, "Microsoft Defender", "透析中は操作不可\n(14:00以降)"],
    ["No.５", "放射線(PACS)", "単体", "RAD-VIEW01", "10.10.3.31/24", "本館1F 放射線科", None, None, "ESET Endpoint Security", None],
]
for i, row in enumerate(terms):
    rr = r + 1 + i
    for col, v in zip(tcols, row):
        c = ws[f"{col}{rr}"]
        if v is not None:
            c.value = v
        c.alignment = WRAP
box(ws, f"B{th}:K{th+5}")
TERM_ROW0 = th + 1

# ---- 平面図 sheet
wp = wb.create_sheet("平面図")
wp["A1"] = "設置場所（平面図に回線終端装置・調査端末の位置を記入）"
wp["A1"].font = Font(bold=True)
img_path = os.path.join(TMP, "floor.png")
im = Image.new("RGB", (900, 520), "white")
d = ImageDraw.Draw(im)
f = ImageFont.truetype(FONT, 16)
d.text((10, 8), "高松さんよう病院 平面図（本館1F・2F／別館1F）", fill="black", font=f)
for (x0, y0, x1, y1, label) in [(20, 40, 560, 240, "本館1F"), (20, 270, 560, 500, "本館2F"), (600, 40, 880, 240, "別館1F")]:
    d.rectangle([x0, y0, x1, y1], outline="black", width=3)
    d.text((x0 + 6, y0 + 4), label, fill="black", font=f)
for (x0, y0, x1, y1, label) in [(30, 70, 170, 150, "外来診察室"), (180, 70, 300, 150, "医事課"), (310, 70, 440, 150, "事務室"),
                                (450, 70, 550, 150, "サーバー\nラック"), (30, 160, 200, 230, "放射線科"), (30, 300, 250, 400, "ナースステーション"),
                                (610, 70, 870, 200, "透析室"), (780, 205, 870, 235, "機械庫")]:
    d.rectangle([x0, y0, x1, y1], outline="gray", width=2)
    d.multiline_text((x0 + 6, y0 + 6), label, fill="black", font=f)
d.ellipse([480, 110, 500, 130], fill="red")
d.ellipse([820, 212, 836, 228], fill="red")
im.save(img_path)
xi = XLImage(img_path)
xi.anchor = "A3"
wp.add_image(xi)
notes = ["● 回線1・回線3 ONU：本館1F 事務室奥 サーバーラック内", "● 回線2 ONU：別館1F 透析室 機械庫",
         "端末No.1：本館2F ナースステーション", "端末No.2：本館1F 外来診察室3", "端末No.3：本館1F 医事課",
         "端末No.4：別館1F 透析室", "端末No.5：本館1F 放射線科"]
for i, t in enumerate(notes):
    wp[f"O{4+i}"] = t
wp.column_dimensions["O"].width = 48

# ---- hospital's own ID/PW memo, left in by mistake (planted)
wa = wb.create_sheet("ID・PW控え")
wa["A1"] = "アカウント(ログインID)・パスワードリスト（院内控え・提出不要）"
for col, h in zip("ABCDE", ["対象", "メーカー", "機種名／ホスト名", "ログインID", "パスワード"]):
    wa[f"{col}2"] = h
    wa[f"{col}2"].fill = HEAD
pw = [("回線1", "Fortinet", "FortiGate 60F", "admin", "Sanyo#Fg60f!"),
      ("回線2", "ヤマハ", "RTX830", "(なし)", "hd-rtx830"),
      ("端末No.1", "", "SANYO-EMR01", "emruser01", "Emr0101!"),
      ("端末No.3", "", "IJI-01", "iji", "iji2019")]
for i, row in enumerate(pw):
    for col, v in zip("ABCDE", row):
        if v:
            wa[f"{col}{3+i}"] = v
box(wa, "A2:E8")
for col, w in zip("ABCDE", [12, 12, 18, 14, 16]):
    wa.column_dimensions[col].width = w

raw = os.path.join(TMP, NAME)
wb.save(raw)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print("saved", NAME, "terminal header row", th)
