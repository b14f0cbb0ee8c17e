#!/usr/bin/python3
# Generator for lds-w1-b-single-sheet.xlsx
# Role: hospital IT (丸亀みなと病院) who rebuilt the request as ONE sheet for printing, blocks in the order
# 回線 -> ポート -> 端末 -> 基本情報 -> 平面図. Planted: a private address as a fixed global IP (回線2),
# duplicate terminal host names (No.2 / No.3).
import json
import os
import tempfile

from openpyxl import Workbook
from openpyxl.drawing.image import Image as XLImage
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w1-b-single-sheet"
SHEET = "別紙2-1 記入シート"

thin = Side(style="thin")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
GREY = PatternFill("solid", fgColor="D9D9D9")
EXF = PatternFill("solid", fgColor="F2F2F2")
WRAP = Alignment(wrap_text=True, vertical="top")


def floor_plan_png(path):
    img = Image.new("RGB", (820, 500), "white")
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 15)
    fb = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 20)
    d.text((10, 8), "MARUGAME MINATO HP  1F / 2F  (not to scale)", fill="black", font=fb)
    # 1F left, 2F right
    for ox, fl in ((10, "1F"), (420, "2F")):
        d.rectangle([ox, 40, ox + 390, 490], outline="black", width=3)
        d.text((ox + 170, 465), fl, fill="blue", font=fb)
    rooms = [
        (20, 50, 200, 200, "LAB", "T2"), (210, 50, 390, 200, "DIALYSIS", "L3 T3"),
        (20, 250, 200, 450, "MEDICAL AFFAIRS", "T4"), (210, 250, 390, 450, "ENTRANCE", None),
        (430, 50, 610, 200, "SERVER ROOM", "L1 L2 L4"), (620, 50, 800, 200, "OUTPATIENT 3", "T1"),
        (430, 250, 800, 450, "WARD", None),
    ]
    for x0, y0, x1, y1, lab, mk in rooms:
        d.rectangle([x0, y0, x1, y1], outline="black", width=2)
        d.text((x0 + 6, y0 + 6), lab, fill="black", font=f)
        if mk:
            d.rectangle([x0 + 30, y0 + 70, x0 + 150, y0 + 100], outline="red", width=3)
            d.text((x0 + 38, y0 + 76), mk, fill="red", font=f)
    img.save(path)


def put_row(ws, r, vals, fill=None, font=None, wrap=True):
    for k, v in enumerate(vals):
        c = ws.cell(r, k + 1, v)
        c.border = BORDER
        if fill:
            c.fill = fill
        if font:
            c.font = font
        if wrap:
            c.alignment = WRAP


wb = Workbook()
ws = wb.active
ws.title = SHEET
ws["A1"] = "別紙2-1 医療機関記入依頼書（回線・機器情報等記入）　社会医療法人 讃岐会 丸亀みなと病院"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "記入日：令和6年8月26日　（院内様式に転記して作成。1枚で印刷できるようにしています）"
ws["A3"] = "※(*)は必須。記入例の行は参考です。グローバルIPアドレスは保守ベンダに確認済み。"

# 1. lines -------------------------------------------------------------------------------------------------
ws["A5"] = "１．回線・機器情報"
ws["A5"].font = Font(bold=True, size=12)
head = ["回線", "用途・システム名(*)", "電子カルテ系NWとの接続(*)", "調査希望\n技術バージョン確認(*)",
        "調査希望\n脆弱性診断(*)", "通信形態(*)", "グローバルIP利用(*)", "固定/動的(*)", "グローバルIPアドレス(*)",
        "【診断当日】\nグローバルIP確認", "【診断当日】\nグローバルIPアドレス", "FQDN", "回線事業者", "回線サービス名",
        "回線ID", "回線名", "回線の種類", "プロバイダ名", "プロバイダ品目", "回線終端装置(ONU等)設置場所(*)",
        "ルータ/UTM/FW\nメーカー", "ルータ/UTM/FW\n機種名", "ルータ/UTM/FW\nファームウェア"]
put_row(ws, 6, head, GREY, Font(bold=True, size=9))
ws.row_dimensions[6].height = 45
ex = ["記入例", "電子カルテ", "有", "希望あり", "希望あり", "インターネットVPN", "有", "固定IP", "121.119.249.222",
      "入力不要", "", "example.xxx", "NTT西日本", "フレッツ光ネクスト", "CAF0000000000", "〇〇保守回線", "光回線",
      "OCN", "OCN光", "2F サーバー室", "YAMAHA", "RTX1210", "Rev.14.01.xx"]
put_row(ws, 7, ex, EXF, Font(italic=True, color="7F7F7F"))
lines = [
    ["回線1", "電子カルテ", "有", "希望あり", "希望あり", "インターネットVPN", "有", "固定IP", "60.36.182.45",
     "入力不要", None, None, "NTT西日本", "フレッツ 光ネクスト プライオ1", "CAF3319402281", "電カル保守（リモート）",
     "光回線", "OCN", "OCN光 固定IP1", "2F サーバー室 ラックA 上段", "ヤマハ", "RTX1300", "Rev.23.00.08"],
    ["回線2", "地域医療連携", "有", "希望あり", "希望あり", "インターネットVPN", "有", "固定IP", "192.168.100.1",
     "入力不要", None, None, "NTT西日本", "フレッツ 光クロス", "CAF3319577034", "地域連携回線", "光回線",
     "So-net", "So-net 光 ビジネス 固定IP", "2F サーバー室 ラックB", "Cisco", "ISR1111-4P", "IOS XE 17.9.4a"],
    ["回線3", "医療機器保守（透析）", "有", "希望なし", "希望なし", "閉域網", "無", None, None,
     None, None, None, "NTTドコモ", "ビジネスmoperaアクセスプレミアム", None, "透析保守LTE", "モバイル回線",
     None, None, "1F 透析室 機器棚", "NECプラットフォームズ", "Aterm MR05LN", None],
    ["回線4", "電子カルテ（クラウドバックアップ）", "有", "希望あり", "希望あり", "インターネット", "有", "動的IP",
     "219.110.43.196", None, None, None, "NTT西日本", "フレッツ 光ネクスト ギガファミリー・スマートタイプ",
     "CAF3320014458", "バックアップ回線", "光回線", "ASAHIネット", "AsahiNet 光 with フレッツ",
     "2F サーバー室 ラックA 中段", "Fortinet", "FortiGate 40F", "v7.0.15"],
]
for n, ln in enumerate(lines):
    put_row(ws, 8 + n, ln)
widths = [7, 18, 10, 12, 12, 14, 9, 9, 16, 11, 15, 12, 12, 22, 15, 16, 11, 12, 20, 20, 13, 14, 14]
for k, w in enumerate(widths):
    ws.column_dimensions[ws.cell(1, k + 1).column_letter].width = w

# 2. ports -------------------------------------------------------------------------------------------------
ws["A13"] = "２．機器のポート情報（ルータ/UTM/FW）"
ws["A13"].font = Font(bold=True, size=12)
put_row(ws, 14, ["回線", "機器", "ポート(*)", "機器名(*)", "IPアドレス(*)", "ポート番号(*)", "プロトコル(*)",
                 "接続状況"], GREY, Font(bold=True, size=9))
ports = [
    ["回線1", "ヤマハ RTX1300", "LAN1", "L3SW-01", "192.168.1.254", 443, "HTTPS", "接続あり"],
    ["回線2", "Cisco ISR1111-4P", "Gi0/1/0", "RENKEI-SV01", "192.168.1.20", 443, "HTTPS", "接続あり"],
    ["回線4", "Fortinet FortiGate 40F", "lan1", "BK-SV01", "192.168.1.30", 22, "SSH", "接続あり"],
    ["回線4", "Fortinet FortiGate 40F", "lan2", None, None, None, None, "接続なし"],
]
for n, p in enumerate(ports):
    put_row(ws, 15 + n, p)

# 3. terminals ---------------------------------------------------------------------------------------------
ws["A20"] = "３．調査端末（5台まで）"
ws["A20"].font = Font(bold=True, size=12)
put_row(ws, 21, ["No.", "システム種別(*)", "シングル利用(*)\n単体/仮想デスクトップ", "端末ホスト名(*)",
                 "IPアドレス(*)\n(CIDR)", "設置場所(*)", "VDI\n端末ホスト名", "VDI\nIPアドレス",
                 "セキュリティ対策製品", "備考"], GREY, Font(bold=True, size=9))
ws.row_dimensions[21].height = 40
put_row(ws, 22, ["記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F 〇〇室", "", "",
                 "Microsoft Defender", "端末操作可能時間：12:00-13:00"], EXF, Font(italic=True, color="7F7F7F"))
terminals = [
    ["No.1", "電子カルテ", "単体", "MMC-EMR-01", "192.168.1.111/24", "2F 外来 診察室3", None, None,
     "Microsoft Defender", "午前診療中（9:00-12:30）は不可"],
    ["No.2", "検査", "単体", "KENSA-PC01", "192.168.1.131/24", "1F 検査室", None, None,
     "Trend Micro Apex One", None],
    ["No.3", "透析", "単体", "KENSA-PC01", "192.168.1.132/24", "1F 透析室 スタッフステーション", None, None,
     "Trend Micro Apex One", "透析中は操作不可\n（13:00～14:00のみ可）"],
    ["No.4", "医事", "単体", "IJI-01", "192.168.1.141/24", "1F 医事課", None, None,
     "ESET Endpoint Security", None],
]
for n, t in enumerate(terminals):
    put_row(ws, 23 + n, t)
put_row(ws, 27, ["No.5"] + [None] * 9)

# 4. basic info --------------------------------------------------------------------------------------------
ws["A29"] = "４．基本情報"
ws["A29"].font = Font(bold=True, size=12)
basic = [
    ("本施策の同意確認", "☑ 同意する　□ 同意しない"),
    ("医療機関名", "社会医療法人 讃岐会 丸亀みなと病院"),
    ("(かな)", "しゃかいいりょうほうじん さぬきかい まるがめみなとびょういん"),
    ("〒", "763-0034"),
    ("住所", "香川県丸亀市大手町三丁目1番5号"),
    ("(かな)", "かがわけんまるがめしおおてまちさんちょうめ1ばん5ごう"),
    ("ビル名", None),
    ("(かな)", None),
    ("病床数", "148床"),
]
r = 30
for lab, v in basic:
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.cell(r, 1, lab).fill = GREY
    ws.cell(r, 1).border = BORDER
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=9)
    ws.cell(r, 3, v).border = BORDER
    r += 1
put_row(ws, 40, ["担当者", None, "所属・役職", None, None, "氏名", None, "電話番号", "メールアドレス"], GREY,
        Font(bold=True, size=9))
contacts = [
    ("担当者①", "事務部 情報管理室 係長", "綾田 浩二", "0877-23-5120", "ayata@marugame-minato.or.jp"),
    ("担当者②", "看護部 副部長", "西山 さおり", "0877-23-5111", "nishiyama@marugame-minato.or.jp"),
    ("担当者③", "株式会社サヌキシステムサービス（保守ベンダ） SE", "宮武 亮", "090-3187-4426",
     "r-miyatake@sanuki-ss.co.jp"),
    ("担当者④", None, None, None, None),
]
for n, (a, dep, nm, tel, mail) in enumerate(contacts):
    rr = 41 + n
    ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=2)
    ws.merge_cells(start_row=rr, start_column=3, end_row=rr, end_column=5)
    ws.merge_cells(start_row=rr, start_column=6, end_row=rr, end_column=7)
    ws.cell(rr, 1, a)
    ws.cell(rr, 3, dep)
    ws.cell(rr, 6, nm)
    ws.cell(rr, 8, tel)
    ws.cell(rr, 9, mail)
    for cc in range(1, 10):
        ws.cell(rr, cc).border = BORDER
ws.merge_cells("A46:B46")
ws["A46"] = "申込内容の確認\n確認者名（フルネーム）"
ws["A46"].alignment = WRAP
ws["A46"].fill = GREY
ws.row_dimensions[46].height = 30
ws.merge_cells("C46:F46")
ws["C46"] = "綾田 浩二"

# 5. floor plan --------------------------------------------------------------------------------------------
ws["A48"] = "５．設置場所（平面図）"
ws["A48"].font = Font(bold=True, size=12)
ws["A49"] = ("吹き出し：L1/L2/L4＝2F サーバー室（回線1・2・4のONU、ルータ）、L3＝1F 透析室 機器棚（LTEルータ）、"
             "T1～T4＝調査端末No.1～No.4")
tmp = tempfile.mkdtemp()
png = os.path.join(tmp, "plan_b.png")
floor_plan_png(png)
im = XLImage(png)
im.width, im.height = 656, 400
ws.add_image(im, "A50")

ws.print_area = "A1:W75"
ws.page_setup.orientation = "landscape"
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
out = os.path.join(HERE, NAME + ".xlsx")
wb.save(out)
print("wrote", out)

# ---------------------------------------------------------------- expected
YN = {"有": "あり", "無": "なし"}
HOPE = {"希望あり": "調査希望あり", "希望なし": "調査希望なし"}
order = ["purpose", "ehrConnection", "versionCheck", "vulnerabilityScan", "communicationType", "globalIpUse",
         "ipAssignment", "globalIpAddress", "diagnosisDayCheck", "diagnosisDayAddress", "fqdn", "carrier",
         "carrierService", "lineId", "lineName", "lineKind", "provider", "providerService", "terminationLocation",
         "deviceMaker", "deviceModel", "firmwareVersion"]
exp_lines = []
for ln in lines:
    o = {}
    for k, v in zip(order, ln[1:]):
        if v is None:
            continue
        if k in ("ehrConnection", "globalIpUse"):
            v = YN[v]
        if k in ("versionCheck", "vulnerabilityScan"):
            v = HOPE[v]
        o[k] = v
    exp_lines.append(o)
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
            "facilityName": "社会医療法人 讃岐会 丸亀みなと病院",
            "facilityNameKana": "しゃかいいりょうほうじん さぬきかい まるがめみなとびょういん",
            "postalCode": "763-0034",
            "address": "香川県丸亀市大手町三丁目1番5号",
            "addressKana": "かがわけんまるがめしおおてまちさんちょうめ1ばん5ごう",
            "beds": 148,
            "confirmerName": "綾田 浩二",
        },
        "contacts": [
            {"department": d, "name": n, "phoneNumber": t, "email": m} for (_, d, n, t, m) in contacts[:3]
        ],
        "lines": exp_lines,
        "ports": [{k: v for k, v in zip(PK, p) if v is not None} for p in ports],
        "terminals": [{k: v for k, v in zip(TK, t[1:]) if v is not None} for t in terminals],
        "floorPlan": {"image": True},
    },
    "planted": [
        {"cells": [f"{SHEET}!I9"], "paths": ["lines[1].globalIpAddress"],
         "why": "回線2 is 固定IP with 脆弱性診断 requested, but the グローバルIPアドレス is the private address "
                "192.168.100.1 (the router's LAN address), not a public IPv4 address"},
        {"cells": [f"{SHEET}!D24", f"{SHEET}!D25"], "paths": ["terminals[1].hostName", "terminals[2].hostName"],
         "why": "duplicate terminal host name KENSA-PC01 on No.2 and No.3 (copy-paste; host names must be unique)"},
    ],
    "notes": (
        "Everything on one sheet '" + SHEET + "', blocks in the order lines, ports, terminals, basic info, floor "
        "plan. Single-row headers; the line table's column order differs from the official one (用途 and 電子カルテ "
        "接続 first, 回線情報 before プロバイダ情報). Choices written as 有/無 (→あり/なし) and 希望あり/希望なし "
        "(→調査希望あり/調査希望なし). 同意 written as '☑ 同意する　□ 同意しない' (→同意する). 病床数 is the text "
        "'148床'. Postal code in its own cell (half-width). ビル名 blank. 記入例 rows (row 7 lines, row 22 terminals) "
        "must be ignored; row 27 'No.5' is an empty spare row; contact ④ empty. 回線3 is a 閉域網 mobile line without "
        "global IP, 調査希望なし both: ipAssignment/globalIpAddress left blank as not applicable; no firmware written "
        "(version check not requested). 回線4 is 動的IP, pre-diagnosis submission, so 当日 cells are blank. "
        "記入日 '令和6年8月26日' in A2 is not a form key. Global IPs are invented addresses in public ranges."
        " Only 4 terminals are listed (fewer than 5 is a catalogue warning, not a planted mistake)."
    ),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(expected, fh, ensure_ascii=False, indent=2)
print("wrote expected")
