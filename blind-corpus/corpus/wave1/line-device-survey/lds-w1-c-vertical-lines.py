#!/usr/bin/python3
# Generator for lds-w1-c-vertical-lines.xlsx
# Role: hospital 総務課 (みとよ西病院) on a workbook where the line table is transposed (one column per line,
# items as rows, a 記入例 column first); basic info label-above; full-width digits; instructions sheet first.
# This copy is the one re-uploaded on diagnosis day: 回線2 (動的IP) has its 当日 columns filled.  No planted problem.
import json
import os
import tempfile

from openpyxl import Workbook
from openpyxl.drawing.image import Image as XLImage
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w1-c-vertical-lines"

thin = Side(style="thin")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
LAB = PatternFill("solid", fgColor="E2EFDA")
GRP = PatternFill("solid", fgColor="A9D08E")
EXF = PatternFill("solid", fgColor="F2F2F2")
WRAP = Alignment(wrap_text=True, vertical="center")


def floor_plan_png(path):
    img = Image.new("RGB", (860, 520), "white")
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 15)
    fb = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 20)
    d.text((12, 8), "MITOYO NISHI HOSPITAL - FLOOR MAP", fill="black", font=fb)
    blocks = [
        (12, 40, 420, 270, "MAIN BLDG 1F", [("MED. AFFAIRS", "L2/T3"), ("LAB", "T4"), ("RECEPTION", None)]),
        (440, 40, 848, 270, "MAIN BLDG 2F", [("IT ROOM", "L1"), ("DOCTORS", "T1"), ("WC", None)]),
        (12, 285, 420, 510, "MAIN BLDG 3F", [("NURSE ST.", "T2"), ("WARD A", None), ("WARD B", None)]),
        (440, 285, 848, 510, "ANNEX 1F", [("REHAB", "T5"), ("GYM", None), ("STORE", None)]),
    ]
    for x0, y0, x1, y1, lab, rooms in blocks:
        d.rectangle([x0, y0, x1, y1], outline="black", width=3)
        d.text((x0 + 6, y0 + 4), lab, fill="blue", font=fb)
        w = (x1 - x0 - 20) // 3
        for i, (rn, mk) in enumerate(rooms):
            rx0 = x0 + 10 + i * w
            d.rectangle([rx0, y0 + 40, rx0 + w - 6, y1 - 10], outline="black", width=1)
            d.text((rx0 + 4, y0 + 46), rn, fill="black", font=f)
            if mk:
                d.polygon([(rx0 + 40, y0 + 120), (rx0 + 60, y0 + 90), (rx0 + 20, y0 + 90)], outline="red")
                d.text((rx0 + 20, y0 + 125), mk, fill="red", font=fb)
    img.save(path)


def bx(c):
    c.border = BORDER
    c.alignment = WRAP


wb = Workbook()

# ---------------------------------------------------------------- 記入要領
wi = wb.active
wi.title = "記入要領"
notes = [
    "別紙2-1 医療機関記入依頼書（回線・機器情報等記入）　記入要領",
    "",
    "１．基本情報記入シート：同意確認欄で「同意する」を記入してください。医療機関名・住所・ビル名には（かな）も記入。",
    "２．回線・機器情報記入シート：回線ごとに1列。電子カルテシステムに接続する回線（保守用・閉域網・無線を含む）をすべて記入。",
    "　　「記入例」列は記入不要です（削除しないでください）。(*)は必須項目。",
    "３．脆弱性診断はグローバルIPアドレスを持つインターネット接続回線が対象です。閉域網の回線は対象外です。",
    "４．動的IPの回線は、脆弱性診断当日にグローバルIPアドレスを再確認し「脆弱性診断当日記入欄」に記入して再アップロードしてください。",
    "５．調査端末情報記入シート：調査を希望する端末を5台まで（電子カルテ端末1台＋主要部門システム端末を推奨）。",
    "６．設置場所記入シート：平面図またはフロア図を貼り付け、回線終端装置・調査端末の位置を示してください。",
    "７．アカウント・パスワードは本ファイルに記入しないでください（提出不要）。",
]
for i, t in enumerate(notes):
    wi.cell(i + 1, 1, t)
wi["A1"].font = Font(bold=True, size=13)
wi.column_dimensions["A"].width = 120

# ---------------------------------------------------------------- 基本情報 (label above value)
ws = wb.create_sheet("基本情報記入シート")
ws.column_dimensions["A"].width = 3
for col in "BCDE":
    ws.column_dimensions[col].width = 28
ws["B1"] = "基本情報記入シート"
ws["B1"].font = Font(bold=True, size=13)
items = [
    ("B3", "本施策の同意確認（規約をご確認のうえ「同意する」を記入）", "B4", "同意する"),
    ("B6", "医療機関名", "B7", "医療法人 仁和会 みとよ西病院"),
    ("D6", "医療機関名（かな）", "D7", "いりょうほうじん じんわかい みとよにしびょういん"),
    ("B9", "〒", "B10", "７６７－００１１"),
    ("C9", "住所", "C10", "香川県三豊市高瀬町下勝間２２８８番地１"),
    ("D9", "住所（かな）", "D10", "かがわけんみとよしたかせちょうしもかつま２２８８ばんち１"),
    ("B12", "ビル名", "B13", None),
    ("D12", "ビル名（かな）", "D13", None),
    ("B15", "病床数", "B16", "６０床"),
]
for lc, lt, vc, vt in items:
    ws[lc] = lt
    ws[lc].fill = LAB
    bx(ws[lc])
    ws[vc] = vt
    bx(ws[vc])
ws.merge_cells("B3:E3")
ws.merge_cells("B4:C4")
ws.merge_cells("B6:C6")
ws.merge_cells("B7:C7")
ws.merge_cells("D6:E6")
ws.merge_cells("D7:E7")
ws.merge_cells("D9:E9")
ws.merge_cells("D10:E10")
ws.merge_cells("B12:C12")
ws.merge_cells("B13:C13")
ws.merge_cells("D12:E12")
ws.merge_cells("D13:E13")
ws["B18"] = "担当者（4名まで）"
ws["B18"].font = Font(bold=True)
contacts = [
    ("事務長", "大西 隆", "０８７５－７２－３３１０", "onishi@mitoyo-nishi.jp"),
    ("総務課 システム担当", "真鍋 優子", "０８７５－７２－３３１０", "manabe@mitoyo-nishi.jp"),
]
r = 19
for n in range(4):
    ws.cell(r, 2, f"担当者{n + 1}　所属・役職").fill = LAB
    ws.cell(r, 3, "氏名").fill = LAB
    ws.cell(r, 4, "電話番号").fill = LAB
    ws.cell(r, 5, "メールアドレス").fill = LAB
    vals = contacts[n] if n < len(contacts) else (None,) * 4
    for k, v in enumerate(vals):
        ws.cell(r + 1, 2 + k, v)
    for rr in (r, r + 1):
        for cc in range(2, 6):
            bx(ws.cell(rr, cc))
    r += 2
ws.cell(r + 1, 2, "申込内容の確認　確認者名（フルネーム）").fill = LAB
bx(ws.cell(r + 1, 2))
ws.cell(r + 2, 2, "大西 隆")
bx(ws.cell(r + 2, 2))
CONF_ROW = r + 2

# ---------------------------------------------------------------- 回線 (vertical)
wl = wb.create_sheet("回線・機器情報記入シート")
wl["A1"] = "回線・機器情報記入シート（回線ごとに1列）"
wl["A1"].font = Font(bold=True, size=13)
wl["A2"] = "(*)必須　※記入例の列は記入不要"
rows = [
    ("調査希望", "技術バージョン確認 (*)", "versionCheck"),
    ("調査希望", "脆弱性診断 (*)", "vulnerabilityScan"),
    ("", "電子カルテシステムと接続するネットワークとの接続 (*)", "ehrConnection"),
    ("", "用途・システム名 (*)", "purpose"),
    ("回線と紐付くグローバルIPアドレス", "通信形態 (*)", "communicationType"),
    ("回線と紐付くグローバルIPアドレス", "グローバルIP利用 (*)", "globalIpUse"),
    ("回線と紐付くグローバルIPアドレス", "固定IP/動的IP (*)", "ipAssignment"),
    ("回線と紐付くグローバルIPアドレス", "グローバルIPアドレス (*)", "globalIpAddress"),
    ("脆弱性診断当日記入欄", "グローバルIP確認", "diagnosisDayCheck"),
    ("脆弱性診断当日記入欄", "グローバルIPアドレス", "diagnosisDayAddress"),
    ("", "FQDN", "fqdn"),
    ("プロバイダ情報", "プロバイダ名", "provider"),
    ("プロバイダ情報", "プロバイダ品目", "providerService"),
    ("回線情報", "回線事業者", "carrier"),
    ("回線情報", "回線サービス名", "carrierService"),
    ("回線情報", "回線ID", "lineId"),
    ("回線情報", "回線名", "lineName"),
    ("回線情報", "回線の種類", "lineKind"),
    ("回線終端装置(ONU/モデム)情報", "回線終端装置設置場所 (*)", "terminationLocation"),
    ("機器情報(ルータ/UTM/FW)", "メーカー", "deviceMaker"),
    ("機器情報(ルータ/UTM/FW)", "機種名", "deviceModel"),
    ("機器情報(ルータ/UTM/FW)", "ファームウェアバージョン", "firmwareVersion"),
]
example = ["調査希望あり", "調査希望あり", "あり", "電子カルテ", "インターネットVPN", "あり", "固定IP", "121.119.249.222",
           "入力不要", None, "example.xxx", "NTT東日本", "Bフレッツサービス", "NTT東日本", "フレッツ光ネクスト",
           "CAF0000000000", "〇〇回線", "光回線", "本部棟 3F サーバー室 1番ラック 3U", "YAMAHA", "RTX1210",
           "Rev.14.01.xx"]
line1 = ["調査希望あり", "調査希望あり", "あり", "電子カルテ", "インターネットVPN", "あり", "固定IP", "153.231.88.140",
         "入力不要", None, None, "OCN", "OCN光 IPoE ビジネス 固定IP1", "NTT西日本", "フレッツ 光クロス",
         "CAF4470015592", "電子カルテ・リモート保守", "光回線", "本館2F 電算室\n19インチラック 5U", "ヤマハ", "RTX830",
         "Rev.15.02.30"]
line2 = ["調査希望あり", "調査希望あり", "あり", "医事", "インターネットVPN", "あり", "動的IP", "180.44.211.9",
         "確認済み", "180.44.214.63", None, "BIGLOBE", "BIGLOBE光", "NTT西日本", "フレッツ 光ネクスト 隼",
         "CAF4470193308", "医事会計保守回線", "光回線", "本館1F 医事課 受付カウンター下", "NEC", "UNIVERGE IX2105",
         "Ver.10.2.16"]
cols_data = [("記入例", example), ("回線1", line1), ("回線2", line2), ("回線3", [None] * len(rows))]
HR = 4
wl.cell(HR, 1, "区分").fill = GRP
wl.cell(HR, 2, "項目").fill = GRP
for k, (h, _) in enumerate(cols_data):
    wl.cell(HR, 3 + k, h).fill = GRP
    wl.cell(HR, 3 + k).font = Font(bold=True)
for i, (g, it, _) in enumerate(rows):
    r = HR + 1 + i
    wl.cell(r, 1, g or None).fill = LAB
    wl.cell(r, 2, it).fill = LAB
    for k, (h, data) in enumerate(cols_data):
        c = wl.cell(r, 3 + k, data[i])
        if h == "記入例":
            c.fill = EXF
            c.font = Font(color="808080", italic=True)
# merge the group cells vertically
i = 0
while i < len(rows):
    g = rows[i][0]
    j = i
    while j + 1 < len(rows) and rows[j + 1][0] == g:
        j += 1
    if g and j > i:
        wl.merge_cells(start_row=HR + 1 + i, start_column=1, end_row=HR + 1 + j, end_column=1)
    i = j + 1
for rr in range(HR, HR + 1 + len(rows)):
    for cc in range(1, 7):
        bx(wl.cell(rr, cc))
wl.column_dimensions["A"].width = 20
wl.column_dimensions["B"].width = 34
for col in "CDEF":
    wl.column_dimensions[col].width = 30

PR = HR + len(rows) + 3
wl.cell(PR, 1, "■機器のポート情報（装置と接続する回線と機器の詳細）").font = Font(bold=True)
ph = ["回線", "機器", "ポート (*)", "機器名 (*)", "IPアドレス (*)", "ポート番号 (*)", "プロトコル (*)", "接続状況"]
for k, t in enumerate(ph):
    c = wl.cell(PR + 1, 1 + k, t)
    c.fill = GRP
    bx(c)
ports = [
    ["回線1", "RTX830", "LAN1", "EMR-L2SW", "192.168.0.250", 443, "HTTPS", "接続あり"],
    ["回線1", "RTX830", "LAN2", "EMR-SV01", "192.168.0.10", 22, "SSH", "接続あり"],
    ["回線2", "IX2105", "GE1", "IJI-SV01", "192.168.0.20", 3389, "RDP", "接続あり"],
]
for n, p in enumerate(ports):
    for k, v in enumerate(p):
        bx(wl.cell(PR + 2 + n, 1 + k, v))
for col in "GH":
    wl.column_dimensions[col].width = 12

# ---------------------------------------------------------------- 調査端末
wt = wb.create_sheet("調査端末情報記入シート")
wt["A1"] = "調査端末情報記入シート（5台）"
wt["A1"].font = Font(bold=True, size=13)
h1 = ["", "システム種別 (*)", "シングル利用 (*)", "シンクル端末/FAT端末", None, None, "仮想デスクトップ", None,
      "セキュリティ対策製品", "備考"]
h2 = [None, None, None, "端末ホスト名 (*)", "IPアドレス (*)", "設置場所 (*)", "端末ホスト名", "IPアドレス", None, None]
for k, v in enumerate(h1):
    wt.cell(3, k + 1, v).fill = GRP
for k, v in enumerate(h2):
    wt.cell(4, k + 1, v).fill = GRP
for c in (1, 2, 3, 9, 10):
    wt.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
wt.merge_cells("D3:F3")
wt.merge_cells("G3:H3")
tex = ["記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F 〇〇室", None, None, "Microsoft Defender",
       "端末操作可能時間：12:00-13:00"]
terminals = [
    ["No.1", "電子カルテ", "単体", "MNW-EMR01", "192.168.0.101/24", "本館2F 医局", None, None, "Microsoft Defender",
     "平日12:00-13:00のみ"],
    ["No.2", "電子カルテ", "仮想デスクトップ", "MNW-TC05", "192.168.0.155/24", "本館3F 病棟ナースステーション",
     "MNW-VDI05", "10.10.5.105/24", "Trend Micro Apex One", None],
    ["No.3", "医事", "単体", "MNW-IJI01", "192.168.0.121/24", "本館1F 医事課", None, None, "ESET Endpoint Security",
     "月初10日間（レセプト期間）は不可"],
    ["No.4", "検査", "単体", "MNW-LAB01", "192.168.0.131/24", "本館1F 検査室", None, None, "Microsoft Defender", None],
    ["No.5", "リハビリ", "単体", "MNW-RH01", "192.168.0.141/24", "別館1F リハビリ室", None, None,
     "Microsoft Defender", "端末操作可能時間：\n16:30-17:30"],
]
for k, v in enumerate(tex):
    c = wt.cell(5, k + 1, v)
    c.fill = EXF
    c.font = Font(color="808080", italic=True)
for n, t in enumerate(terminals):
    for k, v in enumerate(t):
        wt.cell(6 + n, k + 1, v)
for rr in range(3, 11):
    for cc in range(1, 11):
        bx(wt.cell(rr, cc))
for k, w in enumerate([8, 13, 16, 14, 17, 28, 13, 16, 22, 30]):
    wt.column_dimensions[wt.cell(1, k + 1).column_letter].width = w

# ---------------------------------------------------------------- 設置場所
wp = wb.create_sheet("設置場所記入シート")
wp["A1"] = "設置場所記入シート（フロア図）"
wp["A1"].font = Font(bold=True, size=13)
tmp = tempfile.mkdtemp()
png = os.path.join(tmp, "plan_c.png")
floor_plan_png(png)
im = XLImage(png)
im.width, im.height = 688, 416
wp.add_image(im, "A3")
call = [
    "L1：回線1 電子カルテ・リモート保守／本館2F 電算室 19インチラック 5U（RTX830）",
    "L2：回線2 医事会計保守回線／本館1F 医事課 受付カウンター下（IX2105）",
    "T1：No.1 MNW-EMR01 本館2F 医局",
    "T2：No.2 MNW-TC05 本館3F 病棟ナースステーション",
    "T3：No.3 MNW-IJI01 本館1F 医事課",
    "T4：No.4 MNW-LAB01 本館1F 検査室",
    "T5：No.5 MNW-RH01 別館1F リハビリ室",
]
for i, t in enumerate(call):
    wp.cell(3 + i, 13, t)
wp.column_dimensions["M"].width = 70

wb.active = 1
out = os.path.join(HERE, NAME + ".xlsx")
wb.save(out)
print("wrote", out)

# ---------------------------------------------------------------- expected
keys = [k for (_, _, k) in rows]
exp_lines = [{k: v for k, v in zip(keys, ln) if v is not None} for ln in (line1, line2)]
PK = ["line", "device", "port", "deviceName", "ipAddress", "portNumber", "protocol", "connectionStatus"]
TK = ["systemType", "usage", "hostName", "ipAddress", "location", "vdiHostName", "vdiIpAddress", "securityProduct",
      "remarks"]
expected = {
    "form": "line-device-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "basicInfo": {
            "consent": "同意する",
            "facilityName": "医療法人 仁和会 みとよ西病院",
            "facilityNameKana": "いりょうほうじん じんわかい みとよにしびょういん",
            "postalCode": "767-0011",
            "address": "香川県三豊市高瀬町下勝間２２８８番地１",
            "addressKana": "かがわけんみとよしたかせちょうしもかつま２２８８ばんち１",
            "beds": 60,
            "confirmerName": "大西 隆",
        },
        "contacts": [
            {"department": "事務長", "name": "大西 隆", "phoneNumber": "0875-72-3310",
             "email": "onishi@mitoyo-nishi.jp"},
            {"department": "総務課 システム担当", "name": "真鍋 優子", "phoneNumber": "0875-72-3310",
             "email": "manabe@mitoyo-nishi.jp"},
        ],
        "lines": exp_lines,
        "ports": [{k: v for k, v in zip(PK, p) if v is not None} for p in ports],
        "terminals": [{k: v for k, v in zip(TK, t[1:]) if v is not None} for t in terminals],
        "floorPlan": {"image": True},
    },
    "planted": [],
    "notes": (
        "Clean file. Line table is vertical on '回線・機器情報記入シート': column C is the 記入例 column (ignore), "
        "D = 回線1, E = 回線2, F = 回線3 (empty spare column); group labels in column A are merged vertically. "
        "Basic info is label-above-value. Postal code written full-width '７６７－００１１' in its own cell; address "
        "and kana keep their full-width digits as written; 病床数 written as text '６０床' (→60); phone numbers "
        "written full-width '０８７５－７２－３３１０' (→0875-72-3310). ビル名 blank. This is the copy re-uploaded "
        "on diagnosis day: 回線2 is 動的IP with グローバルIPアドレス 180.44.211.9 (at submission) and 当日 "
        "確認済み / 180.44.214.63 (the address changed - expected for a dynamic IP, not a problem). 回線1 固定IP "
        "has 当日確認 入力不要 and the 当日 address blank. Ports: the 機器 column holds only the model name. "
        "A 記入要領 sheet comes first; callouts are plain text beside the floor-plan image. Global IPs are invented "
        "addresses in public ranges."
    ),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(expected, fh, ensure_ascii=False, indent=2)
print("wrote expected")
