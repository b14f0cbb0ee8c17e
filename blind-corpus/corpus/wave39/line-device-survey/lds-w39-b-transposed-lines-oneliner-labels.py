# Generator for lds-w39-b-transposed-lines-oneliner-labels.xlsx
# Role: IT/総務 person of a 120-bed hospital who rebuilt 別紙2-1 from the briefing slides in the hospital's own
# print style: 記入要領 sheet, label:value cells, contacts and lines as vertical (transposed) tables, ○/× and 有/無.
import os
import sys

sys.path.insert(0, "/tmp/w39pkgs")
from openpyxl import Workbook
from openpyxl.drawing.image import Image as XLImage
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from PIL import Image, ImageDraw

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w39-b-transposed-lines-oneliner-labels"

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GRAY = PatternFill("solid", fgColor="D9D9D9")
EXF = PatternFill("solid", fgColor="EDEDED")
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

# ------------------------------------------------------------------ 記入要領
ws = wb.active
ws.title = "記入要領"
ws.column_dimensions["A"].width = 2
ws.column_dimensions["B"].width = 110
notes = [
    "別紙2-1 医療機関記入依頼書（回線・機器情報等記入）　記入要領（院内用に作成）",
    "",
    "・「基本情報」「回線・機器情報」「調査端末情報」「設置場所」の4シートを記入し、ポータルシステムへアップロードする。",
    "・(*)は必須。回線・機器情報は縦方向に回線1、回線2…と記入する（C列の記入例は消さない）。",
    "・調査希望欄は、希望する場合は○、希望しない場合は×。有無の欄は 有／無 で記入。",
    "・閉域網に接続された回線は脆弱性診断の対象外。動的IPの回線は診断当日にグローバルIPを再確認して記入する。",
    "・調査端末は5台（電子カルテ端末1台＋主要部門システム）。",
    "・設置場所シートには平面図（またはフロア図）を貼り付け、吹き出しを設置位置に合わせる。",
    "・ID・PWリストは提出不要（当日用の院内メモ）。",
]
for i, t in enumerate(notes):
    ws.cell(2 + i, 2, t)
ws["B2"].font = Font(bold=True, size=13)

# ------------------------------------------------------------------ 基本情報
ws = wb.create_sheet("基本情報")
ws.column_dimensions["A"].width = 2
ws.column_dimensions["B"].width = 26
for col in "CDEF":
    ws.column_dimensions[col].width = 30
ws["B2"] = "基本情報記入シート"
ws["B2"].font = Font(bold=True, size=14)

ws["B4"] = "１．本施策の同意確認（規約を確認のうえ、「同意する・同意しない」のどちらかを残してください）"
ws["B4"].font = Font(bold=True)
ws["B5"] = "同意する　"
box(ws, "B5:B5")

ws["B7"] = "２．医療機関情報"
ws["B7"].font = Font(bold=True)
rows = [
    "医療機関名：医療法人 健和会 丸亀さくら病院",
    "（かな）：いりょうほうじん けんわかい まるがめさくらびょういん",
    "〒763-0034",
    "住所：香川県丸亀市大手町二丁目4番21号",
    "（かな）：かがわけんまるがめしおおてまちにちょうめ4ばん21ごう",
    "ビル名：さくらメディカルビル",
    "（かな）：さくらめでぃかるびる",
    "病床数：120床",
]
for i, t in enumerate(rows):
    ws.merge_cells(start_row=8 + i, start_column=2, end_row=8 + i, end_column=5)
    ws.cell(8 + i, 2, t)
box(ws, "B8:E15")

ws["B17"] = "３．担当者（4名まで）"
ws["B17"].font = Font(bold=True)
ws["B18"] = ""
for j in range(4):
    ws.cell(18, 3 + j, f"担当者{j + 1}")
labels = ["所属・役職", "氏名", "電話番号", "メールアドレス"]
contacts = [
    ("事務部 総務課 係長（システム担当）", "松本 由紀子", "0877-22-3151", "y-matsumoto@marugame-sakura.jp"),
    ("診療放射線科 技師長", "香川 修", "０８７７－２２－３１５１", "o-kagawa@marugame-sakura.jp"),
]
for i, lab in enumerate(labels):
    ws.cell(19 + i, 2, lab)
    for j, ct in enumerate(contacts):
        ws.cell(19 + i, 3 + j, ct[i])
box(ws, "B18:F22")
box(ws, "B18:F18", fill=GRAY, bold=True)

ws["B24"] = "４．申込内容の確認"
ws["B24"].font = Font(bold=True)
ws.merge_cells("B25:E25")
ws["B25"] = "確認者名（フルネーム）：松本 由紀子"
box(ws, "B25:E25")

# ------------------------------------------------------------------ 回線・機器情報 (transposed)
ws = wb.create_sheet("回線・機器情報")
ws.column_dimensions["A"].width = 2
ws.column_dimensions["B"].width = 46
for col in "CDEFGH":
    ws.column_dimensions[col].width = 26
ws["B1"] = "回線・機器情報記入シート（縦書き版）"
ws["B1"].font = Font(bold=True, size=14)
ws["B2"] = "※C列は記入例です。回線ごとに1列ずつ記入してください。"
items = [
    "調査希望：技術バージョン確認(*)　※希望＝○／希望なし＝×",
    "調査希望：脆弱性診断(*)　※希望＝○／希望なし＝×",
    "電子カルテシステムと接続するネットワークとの接続(*)（有・無）",
    "用途・システム名(*)",
    "通信形態(*)",
    "グローバルIP利用(*)（有・無）",
    "固定IP/動的IP(*)",
    "グローバルIPアドレス(*)",
    "【脆弱性診断当日記入欄】グローバルIP確認",
    "【脆弱性診断当日記入欄】グローバルIPアドレス",
    "FQDN",
    "回線の種類",
    "回線事業者",
    "回線サービス名",
    "回線ID",
    "回線名",
    "プロバイダ名",
    "プロバイダ品目",
    "回線終端装置設置場所(*)",
    "機器（ルータ/UTM/FW）メーカー",
    "機器 機種名",
    "ファームウェアバージョン",
]
ws["B3"] = "項目"
for j, h in enumerate(["記入例", "回線1", "回線2", "回線3", "回線4", "回線5"]):
    ws.cell(3, 3 + j, h)
example = ["○", "○", "有", "電子カルテ", "インターネットVPN", "有", "固定IP", "121.119.249.222", "入力不要", None,
           "example.xxx", "光回線", "NTT東日本", "フレッツ光ネクスト", "CAF1234567890", "保守回線", "NTT東日本",
           "Bフレッツサービス", "本部棟 3F サーバー室 1番ラック", "YAMAHA", "RTX1210", "Rev.14.01.42"]
lines = [
    ["○", "○", "有", "電子カルテ", "インターネットVPN", "有", "固定IP", "192.168.1.1", "入力不要", None, None,
     "光回線", "NTT西日本", "フレッツ 光クロス", "COP3310458821", "電子カルテ保守回線", "BIGLOBE",
     "BIGLOBE 光クロス 固定IP", "3F サーバー室 ラックA 最下段", "YAMAHA", "RTX830", "Rev.15.02.30"],
    ["○", "○", "有", "地域医療連携ネットワーク", "インターネットVPN", "有", "固定IP", "118.238.14.201", "入力不要",
     None, "renkei-gw.marugame-sakura.jp", "光回線", "NTT西日本", "フレッツ 光ネクスト", "COP3310460175",
     "地域連携回線", "OCN", "OCN 光 固定IP1", "3F サーバー室 ラックA 最下段", "Fortinet", "FortiGate-60F",
     "v7.0.15"],
    ["○", "×", "有", "オンライン資格確認", "閉域網", "無", None, None, "入力不要", None, None, "光回線",
     "NTT西日本", "フレッツ 光ネクスト", "COP3310462290", "オン資回線", None, None, "1F 医事課 受付カウンター裏",
     "NEC", "UNIVERGE IX2106", "Ver.10.2.16"],
    ["×", "○", "有", "医療機器保守（CT装置）", "インターネットVPN", "有", "動的IP", "220.144.87.53", None, None,
     None, "光回線", "NTT西日本", "フレッツ 光ネクスト", "COP3310470033", "CT保守回線", "ASAHIネット",
     "ASAHIネット 光 with フレッツ", "1F 放射線科 CT操作室", "YAMAHA", "RTX1220", "Rev.15.04.06"],
]
for i, lab in enumerate(items):
    r = 4 + i
    ws.cell(r, 2, lab)
    ws.cell(r, 3, example[i])
    for k, ln in enumerate(lines):
        ws.cell(r, 4 + k, ln[i])
last = 4 + len(items) - 1
box(ws, f"B3:H{last}")
box(ws, "B3:H3", fill=GRAY, bold=True)
box(ws, f"C4:C{last}", fill=EXF)

pr = last + 3
ws.cell(pr - 1, 2, "■機器のポート情報").font = Font(bold=True)
ph = ["回線", "機器", "ポート(*)", "機器名(*)", "IPアドレス(*)", "ポート番号(*)", "プロトコル(*)", "接続状況"]
# this small table starts in column B; extra columns I..
for j, h in enumerate(ph):
    ws.cell(pr, 2 + j, h)
ports = [
    ["回線1", "RTX830", "LAN1", "電子カルテサーバ", "192.168.1.10", "443", "TCP", "接続あり"],
    ["回線2", "FortiGate-60F", "port1", "地域連携サーバ", "192.168.1.20", "443", "TCP", "接続あり"],
    ["回線4", "RTX1220", "LAN1", "CTコンソール", "192.168.5.10", "22", "TCP", "接続あり"],
]
for i, row in enumerate(ports):
    for j, v in enumerate(row):
        ws.cell(pr + 1 + i, 2 + j, v)
box(ws, f"B{pr}:I{pr + len(ports)}")
box(ws, f"B{pr}:I{pr}", fill=GRAY, bold=True)
ws.column_dimensions["I"].width = 12

# ------------------------------------------------------------------ 調査端末情報
ws = wb.create_sheet("調査端末情報")
ws.column_dimensions["A"].width = 2
heads = ["No.", "システム種別(*)", "シングル利用(*)\n（単体／仮想デスクトップ）", "端末ホスト名(*)",
         "IPアドレス(*)\n（例 192.168.1.25/24）", "設置場所(*)", "仮想デスクトップ\n端末ホスト名",
         "仮想デスクトップ\nIPアドレス", "セキュリティ対策製品", "備考（端末操作可能時間など）"]
widths = [8, 18, 18, 16, 20, 26, 16, 18, 24, 34]
ws["B2"] = "調査端末情報記入シート（シンクル端末/FAT端末・仮想デスクトップ）"
ws["B2"].font = Font(bold=True, size=14)
for j, (h, w) in enumerate(zip(heads, widths)):
    ws.cell(4, 2 + j, h)
    ws.column_dimensions[chr(ord("B") + j)].width = w
ex = ["（記入例）", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F ○○○室", None, None, "Microsoft Defender",
      "端末操作可能時間：12:00-13:00"]
terms = [
    ["1", "電子カルテ", "単体", "SKR-EMR-01", "192.168.1.101/24", "2F 病棟ナースステーション", None, None,
     "ESET Endpoint Security", None],
    ["2", "電子カルテ", "単体", "SKR-EMR-07", "192.168.1.107/24", "1F 外来 診察室2", None, None,
     "ESET Endpoint Security", "端末操作可能時間：12:30-13:30\n※要立会い（外来看護師長）"],
    ["3", "医事会計（レセコン）", "単体", "SKR-IJI-01", "192.168.1.121/24", "1F 医事課", None, None,
     "Microsoft Defender", None],
    ["4", "放射線情報システム（RIS）", "単体", "SKR-RIS-01", "192.168.5.21/24", "1F 放射線科 受付", None, None,
     "Microsoft Defender", None],
    ["5", "リハビリ記録", "仮想デスクトップ", "SKR-TC-03", "192.168.1.143/24", "3F リハビリ室", "SKR-VDI-03",
     "192.168.8.3/24", "Microsoft Defender", "午後（14時以降）のみ操作可"],
]
for j, v in enumerate(ex):
    ws.cell(5, 2 + j, v)
for i, row in enumerate(terms):
    for j, v in enumerate(row):
        ws.cell(6 + i, 2 + j, v)
box(ws, "B4:K10")
box(ws, "B4:K4", fill=GRAY, bold=True)
box(ws, "B5:K5", fill=EXF)

# ------------------------------------------------------------------ 設置場所
ws = wb.create_sheet("設置場所")
ws["B2"] = "設置場所記入シート（平面図）"
ws["B2"].font = Font(bold=True, size=14)
img_path = os.path.join(OUT, NAME + "-floorplan.png")
im = Image.new("RGB", (1000, 620), "white")
d = ImageDraw.Draw(im)
d.text((20, 10), "Marugame Sakura Hospital - floor map (1F / 2F / 3F)", fill="black")
for k, (fl, rooms) in enumerate([
    ("1F", ["Medical affairs", "Outpatient 2", "Radiology / CT"]),
    ("2F", ["Ward NS", "Rooms 201-210", "Staff"]),
    ("3F", ["Server room", "Rehab room", "Office"]),
]):
    y0 = 40 + k * 190
    d.rectangle([20, y0, 980, y0 + 170], outline="black", width=3)
    d.text((28, y0 + 6), fl, fill="black")
    for m, rn in enumerate(rooms):
        x0 = 70 + m * 300
        d.rectangle([x0, y0 + 20, x0 + 280, y0 + 160], outline="black", width=2)
        d.text((x0 + 8, y0 + 28), rn, fill="black")
im.save(img_path)
ws.add_image(XLImage(img_path), "B4")
callouts = [
    "回線1・回線2　ONU：3F サーバー室 ラックA 最下段",
    "回線3　ONU：1F 医事課 受付カウンター裏",
    "回線4　ONU：1F 放射線科 CT操作室",
    "端末1 SKR-EMR-01：2F 病棟ナースステーション",
    "端末2 SKR-EMR-07：1F 外来 診察室2",
    "端末3 SKR-IJI-01：1F 医事課",
    "端末4 SKR-RIS-01：1F 放射線科 受付",
    "端末5 SKR-TC-03：3F リハビリ室",
]
ws["P4"] = "吹き出し"
for i, t in enumerate(callouts):
    ws.cell(5 + i, 16, t)
ws.column_dimensions["P"].width = 48

# ------------------------------------------------------------------ ID・PWリスト（提出不要） — filled in (planted)
ws = wb.create_sheet("ID・PWリスト（提出不要）")
ws["B2"] = "アカウント(ログインID)・パスワードリスト　※提出不要"
ws["B2"].font = Font(bold=True)
for j, h in enumerate(["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"]):
    ws.cell(4, 2 + j, h)
pw_rows = [
    ("回線1", "YAMAHA", "RTX830", "admin", "Skr#Rtx830!", "Skr#En830"),
    ("回線2", "Fortinet", "FortiGate-60F", "admin", "Fg60f-Sakura24", None),
    ("回線3", "NEC", "UNIVERGE IX2106", "(ベンダ管理)", None, None),
    ("回線4", "YAMAHA", "RTX1220", "maint", "Ct-Hoshu2024", None),
]
for i, row in enumerate(pw_rows):
    for j, v in enumerate(row):
        ws.cell(5 + i, 2 + j, v)
box(ws, "B4:G8")
ws["B10"] = "■調査端末"
for j, h in enumerate(["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"]):
    ws.cell(11, 2 + j, h)
tpw = [("端末1", "SKR-EMR-01", "192.168.1.101/24", "emruser01", "Emr-0101"),
       ("端末2", "SKR-EMR-07", "192.168.1.107/24", "emruser07", "Emr-0107"),
       ("端末3", "SKR-IJI-01", "192.168.1.121/24", "iji01", None),
       ("端末4", "SKR-RIS-01", "192.168.5.21/24", "ris01", None),
       ("端末5", "SKR-TC-03", "192.168.1.143/24", "reha03", None)]
for i, row in enumerate(tpw):
    for j, v in enumerate(row):
        ws.cell(12 + i, 2 + j, v)
box(ws, "B11:F16")
for col, w in zip("BCDEFG", [8, 12, 18, 20, 18, 24]):
    ws.column_dimensions[col].width = w

wb.save(os.path.join(OUT, NAME + ".xlsx"))
os.remove(img_path)
print("saved", NAME)
