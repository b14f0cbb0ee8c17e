#!/usr/bin/python3
"""lds-w37-a: 別紙2-1 laid out as the secretariat's five-sheet workbook (official sheet names,
two-row headers with (*) marks, 記入例 rows), filled completely by a hospital IT person.
Run: /usr/bin/python3 lds-w37-a-official-sheets-two-row-headers.py  (writes the .xlsx beside it)"""
import os
import sys

sys.path.insert(0, "/tmp/bv_lds_py")
from openpyxl import Workbook
from openpyxl.drawing.image import Image as XLImage
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w37-a-official-sheets-two-row-headers"

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="DDEBF7")
REQ = PatternFill("solid", fgColor="FCE4D6")
EX = PatternFill("solid", fgColor="D9D9D9")
INPUT = PatternFill("solid", fgColor="FFF2CC")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
BOLD = Font(bold=True)


def put(ws, ref, value, fill=None, bold=False, align=WRAP, border=True):
    c = ws[ref]
    c.value = value
    if fill:
        c.fill = fill
    if bold:
        c.font = BOLD
    c.alignment = align
    if border:
        c.border = BOX
    return c


def merge_put(ws, rng, value, **kw):
    first = rng.split(":")[0]
    ws.merge_cells(rng)
    put(ws, first, value, **kw)
    for row in ws[rng]:
        for c in row:
            c.border = BOX


wb = Workbook()

# ---------------------------------------------------------------- 基本情報記入シート
ws = wb.active
ws.title = "基本情報記入シート"
for col, w in zip("ABCDEFG", [22, 10, 34, 8, 40, 4, 4]):
    ws.column_dimensions[col].width = w
ws["A1"] = "別紙2-1_医療機関記入依頼書（回線・機器情報等記入）　基本情報記入シート"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "※黄色のセルにご記入ください。(*)は記入必須項目です。"

merge_put(ws, "A4:A4", "本施策の同意確認", fill=HEAD, bold=True)
merge_put(ws, "B4:D4", "(別紙)規約に記載の内容をご確認のうえ、本施策実施に同意いただける場合は「同意する」を選択してください")
ws.row_dimensions[4].height = 45
put(ws, "E4", "同意する", fill=INPUT)
dv = DataValidation(type="list", formula1='"同意する,同意しない"', allow_blank=True)
ws.add_data_validation(dv)
dv.add("E4")

ws["A6"] = "■お客様情報(医療機関情報)"
ws["A6"].font = BOLD
put(ws, "A7", "医療機関名 (*)", fill=HEAD, bold=True)
merge_put(ws, "B7:C7", "医療法人 瀬戸内会 高松みなと病院", fill=INPUT)
put(ws, "D7", "(かな)", fill=HEAD)
put(ws, "E7", "いりょうほうじん せとうちかい たかまつみなとびょういん", fill=INPUT)

ws.merge_cells("A8:A10")
put(ws, "A8", "住所 (*)", fill=HEAD, bold=True)
for r in (9, 10):
    ws[f"A{r}"].border = BOX
put(ws, "B8", "〒", fill=HEAD, align=CENTER)
put(ws, "C8", "760-0011", fill=INPUT)
put(ws, "D8", "", border=True)
put(ws, "E8", "", border=True)
put(ws, "B9", "住所", fill=HEAD, align=CENTER)
put(ws, "C9", "香川県高松市浜ノ町12番3号", fill=INPUT)
put(ws, "D9", "(かな)", fill=HEAD)
put(ws, "E9", "かがわけんたかまつしはまのちょう12ばん3ごう", fill=INPUT)
put(ws, "B10", "ビル名", fill=HEAD, align=CENTER)
put(ws, "C10", "みなとメディカルプラザ", fill=INPUT)
put(ws, "D10", "(かな)", fill=HEAD)
put(ws, "E10", "みなとめでぃかるぷらざ", fill=INPUT)
put(ws, "A11", "病床数 (*)", fill=HEAD, bold=True)
put(ws, "B11", 199, fill=INPUT, align=CENTER)
put(ws, "C11", "床", border=False)

ws["A13"] = "■担当者情報（4名まで）"
ws["A13"].font = BOLD
put(ws, "A14", "", fill=HEAD)
merge_put(ws, "B14:C14", "所属・役職 / 氏名", fill=HEAD, bold=True, align=CENTER)
merge_put(ws, "D14:E14", "連絡先（電話番号 / メールアドレス）", fill=HEAD, bold=True, align=CENTER)
contacts = [
    ("事務部 情報システム課 主任", "香西 健太", "087-811-4520", "k-kozai@takamatsu-minato.or.jp"),
    ("事務部 情報システム課 課長", "大西 美穂", "087-811-4521", "m-onishi@takamatsu-minato.or.jp"),
    ("医療技術部 放射線科 技師長", "三好 拓也", "087-811-4630", "t-miyoshi@takamatsu-minato.or.jp"),
]
row = 15
for i in range(4):
    ws.merge_cells(f"A{row}:A{row + 1}")
    put(ws, f"A{row}", f"担当者{i + 1}" + (" (*)" if i == 0 else ""), fill=HEAD, bold=True)
    ws[f"A{row + 1}"].border = BOX
    put(ws, f"B{row}", "所属・役職", fill=HEAD)
    put(ws, f"B{row + 1}", "氏名", fill=HEAD)
    put(ws, f"D{row}", "電話番号", fill=HEAD)
    put(ws, f"D{row + 1}", "メール", fill=HEAD)
    if i < len(contacts):
        dept, name, tel, mail = contacts[i]
    else:
        dept = name = tel = mail = None
    put(ws, f"C{row}", dept, fill=INPUT)
    put(ws, f"C{row + 1}", name, fill=INPUT)
    put(ws, f"E{row}", tel, fill=INPUT)
    put(ws, f"E{row + 1}", mail, fill=INPUT)
    row += 2
# rows 15..22
ws["A24"] = "■申込内容の確認"
ws["A24"].font = BOLD
ws["A25"] = "最後に記入内容に不備がないかご確認いただき、担当者の署名をフルネームでご記入ください。"
merge_put(ws, "A26:B26", "確認者名(医療機関のご担当者名) (*)", fill=HEAD, bold=True)
merge_put(ws, "C26:E26", "大西 美穂", fill=INPUT)
ws.row_dimensions[26].height = 30

# ---------------------------------------------------------------- 回線・機器情報記入シート
wl = wb.create_sheet("回線・機器情報記入シート")
wl["A1"] = "回線・機器情報記入シート"
wl["A1"].font = Font(bold=True, size=14)
wl["A2"] = ("※電子カルテシステムに接続するネットワークにつながる全ての回線（ベンダ設置の保守用回線を含む）を1行ずつご記入ください。"
            "用途・システム名、通信形態はリストにない場合は直接入力してください。")
groups = [  # (first col, last col, group label or None, [(sub label, width)])
    ("B", "C", "調査希望", [("技術バージョン確認 (*)", 14), ("脆弱性診断 (*)", 14)]),
    ("D", "D", None, [("電子カルテシステムと接続するネットワークとの接続 (*)", 18)]),
    ("E", "E", None, [("用途・システム名 (*)", 20)]),
    ("F", "I", "回線と紐付くグローバルIPアドレス",
     [("通信形態 (*)", 16), ("グローバルIP利用 (*)", 11), ("固定IP/動的IP (*)", 11), ("グローバルIPアドレス (*)", 17)]),
    ("J", "K", "脆弱性診断当日記入欄", [("グローバルIP確認", 12), ("グローバルIPアドレス", 17)]),
    ("L", "L", None, [("FQDN", 28)]),
    ("M", "N", "プロバイダ情報", [("プロバイダ名", 14), ("プロバイダ品目", 24)]),
    ("O", "S", "回線情報", [("回線の種類", 10), ("回線事業者", 12), ("回線サービス名", 30), ("回線ID", 16), ("回線名", 16)]),
    ("T", "T", "回線終端装置(ONU/モデム)情報", [("回線終端装置設置場所 (*)", 28)]),
    ("U", "W", "機器情報（ルータ/UTM/FW）", [("メーカー", 12), ("機種名", 16), ("ファームウェアバージョン", 16)]),
]
wl.column_dimensions["A"].width = 9
put(wl, "A4", "", fill=HEAD)
put(wl, "A5", "", fill=HEAD)
wl.merge_cells("A4:A5")
from openpyxl.utils import column_index_from_string, get_column_letter

for first, last, glabel, subs in groups:
    fi = column_index_from_string(first)
    for k, (lab, w) in enumerate(subs):
        col = get_column_letter(fi + k)
        wl.column_dimensions[col].width = w
        fill = REQ if "(*)" in lab else HEAD
        if glabel is None:
            wl.merge_cells(f"{col}4:{col}5")
            put(wl, f"{col}4", lab, fill=fill, bold=True, align=CENTER)
            wl[f"{col}5"].border = BOX
        else:
            put(wl, f"{col}5", lab, fill=fill, bold=True, align=CENTER)
    if glabel is not None:
        if first != last:
            merge_put(wl, f"{first}4:{last}4", glabel, fill=HEAD, bold=True, align=CENTER)
        else:
            put(wl, f"{first}4", glabel, fill=HEAD, bold=True, align=CENTER)
wl.row_dimensions[4].height = 24
wl.row_dimensions[5].height = 48

COLS = "BCDEFGHIJKLMNOPQRSTUVW"
example = ["調査希望あり", "調査希望あり", "あり", "電子カルテ", "インターネットVPN", "あり", "固定IP", "121.119.249.222",
           "入力不要", "入力不要", "example.xxx", "NTT東日本", "Bフレッツサービス", "光回線", "NTT東日本", "フレッツ 光ネクスト",
           "CAF0000000000", "本部棟回線", "本部棟 3F サーバー室 -1番ラック 3U", "ヤマハ", "RTX1220", "Rev.15.04.xx"]
lines = [
    ["調査希望あり", "調査希望あり", "あり", "電子カルテ（ベンダリモート保守）", "インターネットVPN", "あり", "固定IP",
     "118.243.71.14", "入力不要", None, None, "OCN", "OCN 光 with フレッツ 固定IP1", "光回線", "NTT西日本",
     "フレッツ 光ネクスト ビジネスタイプ", "CAF2051837466", "電カル保守回線", "本館 3F サーバー室 ラック2 上段",
     "ヤマハ", "RTX1220", "Rev.15.04.06"],
    ["調査希望あり", "調査希望なし", "あり", "地域医療連携ネットワーク", "閉域網", "なし", None, None, "入力不要", None,
     None, None, None, "光回線", "NTT西日本", "フレッツ・VPN ワイド", "CAF2051902318", "地域連携VPN",
     "本館 3F サーバー室 ラック1 中段", "NEC", "UNIVERGE IX2215", "Ver.10.8.21"],
    ["調査希望あり", "調査希望あり", "あり", "PACS（画像）保守", "インターネットVPN", "あり", "動的IP", "153.181.42.97",
     None, None, "minatohp-pacs.aa0.netvolante.jp", "So-net", "So-net 光 with フレッツ 西日本", "光回線", "NTT西日本",
     "フレッツ 光ネクスト ギガファミリー・スマートタイプ", "CAF2052277104", "放射線保守回線",
     "本館 1F 放射線科 操作室 壁面ラック", "ヤマハ", "RTX830", "Rev.15.02.30"],
]
put(wl, "A6", "記入例", fill=EX, bold=True, align=CENTER)
for col, v in zip(COLS, example):
    put(wl, f"{col}6", v, fill=EX)
for i in range(5):
    r = 7 + i
    put(wl, f"A{r}", f"回線{i + 1}", fill=HEAD, bold=True, align=CENTER)
    vals = lines[i] if i < len(lines) else [None] * len(COLS)
    for col, v in zip(COLS, vals):
        put(wl, f"{col}{r}", v, fill=INPUT)
    wl.row_dimensions[r].height = 32
for rng, opts in [("B7:C11", "調査希望あり,調査希望なし"), ("D7:D11", "あり,なし"), ("G7:G11", "あり,なし"),
                  ("H7:H11", "固定IP,動的IP"), ("J7:J11", "確認済み,入力不要"),
                  ("F7:F11", "インターネット,インターネットVPN,閉域網,モバイル回線")]:
    d = DataValidation(type="list", formula1=f'"{opts}"', allow_blank=True)
    wl.add_data_validation(d)
    d.add(rng)

# second table on the same sheet: device ports
wl["A14"] = "■装置と接続する回線と機器の詳細（ポート情報）"
wl["A14"].font = BOLD
port_heads = ["回線", "機器", "ポート (*)", "機器名 (*)", "IPアドレス (*)", "ポート番号 (*)", "プロトコル (*)", "接続状況"]
for col, h in zip("ABCDEFGH", port_heads):
    put(wl, f"{col}15", h, fill=REQ if "(*)" in h else HEAD, bold=True, align=CENTER)
ports = [
    ("回線1", "RTX1220", "LAN1", "電子カルテサーバ", "192.168.10.11", 443, "HTTPS", "接続あり"),
    ("回線1", "RTX1220", "LAN1", "電子カルテ保守用端末", "192.168.10.50", 3389, "RDP", "接続あり"),
    ("回線2", "IX2215", "GE0", "地域連携ゲートウェイサーバ", "192.168.10.25", 443, "HTTPS", "接続あり"),
    ("回線3", "RTX830", "LAN1", "PACSサーバ", "192.168.30.21", 22, "SSH", "接続あり"),
]
for i, p in enumerate(ports):
    for col, v in zip("ABCDEFGH", p):
        put(wl, f"{col}{16 + i}", v, fill=INPUT)
wl.freeze_panes = "B6"

# ---------------------------------------------------------------- 調査端末情報記入シート
wt = wb.create_sheet("調査端末情報記入シート")
wt["A1"] = "調査端末情報記入シート"
wt["A1"].font = Font(bold=True, size=14)
wt["A2"] = "※電子カルテシステムと接続のある端末を5台選定してください（電子カルテ端末から1台、主要な部門システムから1台ずつを推奨）。"
widths = [9, 16, 14, 18, 19, 30, 16, 19, 24, 34]
for i, w in enumerate(widths):
    wt.column_dimensions[get_column_letter(i + 1)].width = w
wt.merge_cells("A4:A5")
put(wt, "A4", "調査端末情報", fill=HEAD, bold=True, align=CENTER)
wt["A5"].border = BOX
for col, lab in [("B", "システム種別 (*)"), ("C", "シングル利用 (*)"), ("I", "セキュリティ対策製品"), ("J", "備考")]:
    wt.merge_cells(f"{col}4:{col}5")
    put(wt, f"{col}4", lab, fill=REQ if "(*)" in lab else HEAD, bold=True, align=CENTER)
    wt[f"{col}5"].border = BOX
merge_put(wt, "D4:F4", "シンクル端末/FAT端末", fill=HEAD, bold=True, align=CENTER)
merge_put(wt, "G4:H4", "仮想デスクトップ", fill=HEAD, bold=True, align=CENTER)
for col, lab in [("D", "端末ホスト名 (*)"), ("E", "IPアドレス (*)"), ("F", "設置場所 (*)"), ("G", "端末ホスト名"),
                 ("H", "IPアドレス")]:
    put(wt, f"{col}5", lab, fill=REQ if "(*)" in lab else HEAD, bold=True, align=CENTER)
ex_t = ["電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F ○○○室", "PCXXXX", "192.168.1.25/24",
        "Microsoft Defender", "端末操作可能時間：12:00-13:00"]
terms = [
    ["電子カルテ", "単体", "MNT-EC-N201", "192.168.10.131/24", "本館 2F 東病棟ナースステーション", None, None,
     "Trend Micro Apex One", "端末操作可能時間：13:00-15:00"],
    ["電子カルテ", "仮想デスクトップ", "MNT-TC-G105", "192.168.10.165/24", "本館 1F 外来受付", "VDI-EC-0105",
     "172.16.20.105/24", "Microsoft Defender", None],
    ["医事会計", "単体", "MNT-IJ-01", "192.168.10.201/24", "本館 1F 医事課", None, None,
     "ESET Endpoint Security", "月初（1日～10日）はレセプト業務のため午後のみ可"],
    ["放射線画像（PACS）", "単体", "MNT-PACS-V2", "192.168.30.52/24", "本館 1F 放射線科 読影室", None, None,
     "Trend Micro Apex One", "読影中は操作不可（17時以降可）"],
    ["臨床検査", "単体", "MNT-LAB-03", "192.168.40.33/24", "本館 2F 検査室", None, None,
     "Microsoft Defender", None],
]
put(wt, "A6", "記入例", fill=EX, bold=True, align=CENTER)
for col, v in zip("BCDEFGHIJ", ex_t):
    put(wt, f"{col}6", v, fill=EX)
for i, t in enumerate(terms):
    r = 7 + i
    put(wt, f"A{r}", f"No.{i + 1}", fill=HEAD, bold=True, align=CENTER)
    for col, v in zip("BCDEFGHIJ", t):
        put(wt, f"{col}{r}", v, fill=INPUT)
    wt.row_dimensions[r].height = 30
d = DataValidation(type="list", formula1='"単体,仮想デスクトップ"', allow_blank=True)
wt.add_data_validation(d)
d.add("C7:C11")

# ---------------------------------------------------------------- 設置場所記入シート (floor plan image)
wf = wb.create_sheet("設置場所記入シート")
wf["A1"] = "設置場所記入シート（平面図・フロア図を貼り付け、吹き出しを設置場所に配置してください）"
wf["A1"].font = Font(bold=True, size=12)


def font(size):
    for p in ["/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
              "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"]:
        if os.path.exists(p):
            return ImageFont.truetype(p, size)
    return ImageFont.load_default()


img = Image.new("RGB", (900, 560), "white")
dr = ImageDraw.Draw(img)
f14, f18 = font(14), font(18)
dr.text((20, 10), "高松みなと病院 本館 平面図（1F / 2F / 3F 抜粋）", fill="black", font=f18)
floors = [("3F", 40, [("サーバー室", 0, 0, 220, 120), ("会議室", 220, 0, 420, 120), ("医局", 420, 0, 820, 120)]),
          ("2F", 200, [("東病棟NS", 0, 0, 220, 120), ("検査室", 220, 0, 420, 120), ("病室", 420, 0, 820, 120)]),
          ("1F", 360, [("外来受付", 0, 0, 220, 120), ("医事課", 220, 0, 420, 120), ("放射線科 操作室/読影室", 420, 0, 820, 120)])]
for fl, y, rooms in floors:
    dr.text((20, y + 50), fl, fill="black", font=f18)
    for label, x0, y0, x1, y1 in rooms:
        dr.rectangle([70 + x0, y + y0, 70 + x1, y + y1], outline="black", width=2)
        dr.text((80 + x0, y + 8), label, fill="black", font=f14)
marks = [("①回線1", 110, 95), ("②回線2", 190, 95), ("T1", 110, 255), ("T5", 330, 255), ("T2", 110, 415),
         ("T3", 330, 415), ("③回線3", 520, 415), ("T4", 700, 415)]
for lab, x, y in marks:
    dr.ellipse([x - 6, y - 6, x + 6, y + 6], fill="red")
    dr.text((x + 10, y - 10), lab, fill="red", font=f14)
png = os.path.join("/tmp", NAME + "-floorplan.png")  # temp file; only the embedded copy matters
img.save(png)
xl_img = XLImage(png)
wf.add_image(xl_img, "A3")
# callouts: generated from the other sheets (formulas, no cached value as saved by openpyxl)
wf["N3"] = "吹き出し（自動表示）"
wf["N3"].font = BOLD
L = "'回線・機器情報記入シート'"
T = "'調査端末情報記入シート'"
for i in range(3):
    wf[f"N{4 + i}"] = f'="回線{i + 1}："&{L}!E{7 + i}&" / "&{L}!T{7 + i}'
for i in range(5):
    wf[f"N{8 + i}"] = f'="T{i + 1}："&{T}!D{7 + i}&" / "&{T}!F{7 + i}'
wf.column_dimensions["N"].width = 60

# ---------------------------------------------------------------- password list (提出不要) — left empty
wp = wb.create_sheet("アカウント(ログインID)・パスワードリスト")
wp["A1"] = "アカウント(ログインID)・パスワードリスト　【提出不要】院内での事前整理用です。提出時は記入しないでください。"
wp["A1"].font = Font(bold=True, color="C00000")
wp["A3"] = "■調査① インターネット回線/ONUに紐づく装置(ルータ/UTM/FW)"
for col, h in zip("ABCDEF", ["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"]):
    put(wp, f"{col}4", h, fill=HEAD, bold=True, align=CENTER)
for i in range(5):
    put(wp, f"A{5 + i}", f"回線{i + 1}", fill=HEAD)
    for col in "BCDEF":
        put(wp, f"{col}{5 + i}", None)
wp["A11"] = "■調査端末(シンクル端末/FAT端末)"
for col, h in zip("ABCDE", ["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"]):
    put(wp, f"{col}12", h, fill=HEAD, bold=True, align=CENTER)
for i in range(5):
    put(wp, f"A{13 + i}", f"端末{i + 1}", fill=HEAD)
    for col in "BCDE":
        put(wp, f"{col}{13 + i}", None)
for col, w in zip("ABCDEF", [10, 14, 18, 22, 16, 26]):
    wp.column_dimensions[col].width = w

out = os.path.join(HERE, NAME + ".xlsx")
wb.save(out)
print("wrote", out)
