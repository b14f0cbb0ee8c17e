#!/usr/bin/python3
# Generator for lds-w12-b-transposed-one-sheet.xlsx (line-device-survey, 3 planted problems).
# Layout: a hospital's own print form on ONE sheet: basic info as "項目：値" cells, contacts table,
# the LINES TABLE TRANSPOSED (one column per line, a 記入例 column first, ○/× and 有/無 marks),
# the terminal table below, the 確認者 sign-off at the very bottom; floor plan (JPEG) on a second
# sheet; the password list kept on a HIDDEN sheet with passwords typed in (planted).
import io
import json
import os

from openpyxl import Workbook
from openpyxl.drawing.image import Image as XLImage
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter as L
from PIL import Image, ImageDraw, ImageFont

OUT_DIR = "/work/blind/wave12/line-device-survey"
NAME = "lds-w12-b-transposed-one-sheet"
SHEET = "回線・端末調査票"
PW_SHEET = "アカウント・パスワードリスト"

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="E2EFDA")
EXAMPLE = PatternFill("solid", fgColor="EDEDED")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
FONT = "游ゴシック"


def box(ws, rng, fill=None, bold=False, align=WRAP, color=None):
    for row in ws[rng]:
        for c in row:
            c.border = BOX
            c.alignment = align
            c.font = Font(name=FONT, size=10, bold=bold, color=color)
            if fill is not None:
                c.fill = fill


wb = Workbook()
ws = wb.active
ws.title = SHEET
ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True

for col, w in zip("ABCDEFGHIJ", [34, 26, 26, 26, 26, 22, 16, 16, 22, 30]):
    ws.column_dimensions[col].width = w

r = 1
ws.cell(r, 1, "別紙2-1 医療機関記入依頼書（回線・機器情報等記入）　※院内で1枚にまとめ直したもの（印刷用）")
ws.cell(r, 1).font = Font(name=FONT, size=13, bold=True)
r = 2
ws.cell(r, 1, "作成：医療法人 清流会 吉野川みなみ病院 事務部 情報管理係")

# ---------------- basic info, label and value in one cell
basic_cells = [
    ("A4", "本施策の同意確認：☑ 同意する（別紙7 規約・別紙8 注意事項 確認済み）"),
    ("A5", "医療機関名：医療法人 清流会 吉野川みなみ病院"),
    ("D5", "(かな)：いりょうほうじん せいりゅうかい よしのがわみなみびょういん"),
    ("A6", "住所：〒779-3233 徳島県名西郡石井町高川原字高川原123番地4"),
    ("D6", "(かな)：とくしまけんみょうざいぐんいしいちょうたかがわらあざたかがわら123ばんち4"),
    ("A7", "ビル名："),
    ("D7", "(かな)："),
    ("A8", "病床数：86床"),
]
for ref, text in basic_cells:
    ws[ref] = text
    ws[ref].font = Font(name=FONT, size=10)
ws.merge_cells("A4:F4")
for rr in range(4, 9):
    if rr > 4:
        ws.merge_cells(f"A{rr}:C{rr}")
        ws.merge_cells(f"D{rr}:F{rr}")
    for cc in range(1, 7):
        ws.cell(rr, cc).border = BOX

# ---------------- contacts (small second table)
ws["A10"] = "■担当者（4名まで）"
ws["A10"].font = Font(name=FONT, size=11, bold=True)
for k, t in enumerate(["担当者", "所属・役職", "氏名", "電話番号", "メールアドレス"]):
    ws.cell(11, 1 + k, t)
box(ws, "A11:E11", HEAD, True, CENTER)
contacts = [
    {"department": "事務部 情報管理係 係長", "name": "吉野 誠一郎", "phoneNumber": "088-674-0311",
     "email": "s-yoshino@yoshinogawa-minami.or.jp"},
    {"department": "診療情報管理室", "name": "阿部 真由美", "phoneNumber": "088-674-0312",
     "email": "m-abe@yoshinogawa-minami.or.jp"},
]
for n, c in enumerate(contacts):
    rr = 12 + n
    ws.cell(rr, 1, f"担当者{n + 1}")
    ws.cell(rr, 2, c["department"])
    ws.cell(rr, 3, c["name"])
    ws.cell(rr, 4, c["phoneNumber"])
    ws.cell(rr, 5, c["email"])
for n in range(2, 4):
    ws.cell(12 + n, 1, f"担当者{n + 1}")
box(ws, "A12:E15")

# ---------------- lines, transposed
ws["A17"] = "■回線・機器情報（回線ごとに縦1列で記入）"
ws["A17"].font = Font(name=FONT, size=11, bold=True)
ws["A18"] = "（記入方法）調査希望：○＝調査希望あり　×＝調査希望なし　／　接続・グローバルIP利用：有・無　／　(*)は必須"
ws["A18"].font = Font(name=FONT, size=9, color="595959")
items = [
    ("lineName", "回線名"),
    ("lineKind", "回線の種類"),
    ("versionCheck", "調査希望：技術バージョン確認 (*)"),
    ("vulnerabilityScan", "調査希望：脆弱性診断 (*)"),
    ("ehrConnection", "電子カルテシステムと接続するネットワークとの接続 (*)"),
    ("purpose", "用途・システム名 (*)"),
    ("communicationType", "通信形態 (*)"),
    ("globalIpUse", "グローバルIP利用 (*)"),
    ("ipAssignment", "固定IP／動的IP (*)"),
    ("globalIpAddress", "グローバルIPアドレス (*)"),
    ("diagnosisDayCheck", "【脆弱性診断当日】グローバルIP確認"),
    ("diagnosisDayAddress", "【脆弱性診断当日】グローバルIPアドレス"),
    ("fqdn", "FQDN"),
    ("provider", "プロバイダ名"),
    ("providerService", "プロバイダ品目"),
    ("carrier", "回線事業者"),
    ("carrierService", "回線サービス名"),
    ("lineId", "回線ID"),
    ("terminationLocation", "回線終端装置（ONU/モデム）設置場所 (*)"),
    ("deviceMaker", "ルータ/UTM/FW：メーカー"),
    ("deviceModel", "ルータ/UTM/FW：機種名"),
    ("firmwareVersion", "ルータ/UTM/FW：ファームウェアバージョン"),
]
MARK = {"調査希望あり": "○", "調査希望なし": "×", "あり": "有", "なし": "無"}
MARKED = {"versionCheck", "vulnerabilityScan", "ehrConnection", "globalIpUse"}
example = {
    "lineName": "電子カルテ保守回線", "lineKind": "光回線", "versionCheck": "調査希望あり",
    "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり", "purpose": "電子カルテ",
    "communicationType": "インターネットVPN", "globalIpUse": "あり", "ipAssignment": "固定IP",
    "globalIpAddress": "121.119.249.222", "diagnosisDayCheck": "入力不要", "diagnosisDayAddress": "入力不要",
    "fqdn": "example.xxx", "provider": "NTT東日本", "providerService": "Bフレッツサービス",
    "carrier": "NTT東日本", "carrierService": "フレッツ光ネクスト", "lineId": "CAF0000000000",
    "terminationLocation": "本部棟 3F サーバー室 -1番ラック 3U", "deviceMaker": "XXXX",
    "deviceModel": "XG-1000B", "firmwareVersion": "Ver.X.X.X",
}
lines = [
    {
        "lineName": "電カル保守回線", "lineKind": "光回線", "versionCheck": "調査希望あり",
        "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり", "purpose": "電子カルテ",
        "communicationType": "インターネットVPN", "globalIpUse": "あり", "ipAssignment": "固定IP",
        "globalIpAddress": "219.117.205.34", "diagnosisDayCheck": "入力不要", "provider": "OCN",
        "providerService": "OCN光 固定IP1", "carrier": "NTT西日本",
        "carrierService": "フレッツ 光ネクスト ファミリー・ハイスピードタイプ", "lineId": "COP0023456789",
        "terminationLocation": "本館2F サーバ室 ラックA 上段", "deviceMaker": "NEC",
        "deviceModel": "UNIVERGE IX2106", "firmwareVersion": "Ver.10.8.21",
    },
    {
        "lineName": "医事会計 保守回線", "lineKind": "光回線", "versionCheck": "調査希望あり",
        "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり", "purpose": "医事会計（レセコン）",
        "communicationType": "インターネットVPN", "globalIpUse": "あり", "ipAssignment": "固定IP",
        "globalIpAddress": "0.0.0.0",            # PLANTED: sample placeholder left in a 固定IP line
        "diagnosisDayCheck": "入力不要", "provider": "BIGLOBE", "providerService": "BIGLOBE光 固定IP",
        "carrier": "NTT西日本", "carrierService": "フレッツ 光クロス", "lineId": "COP0034567890",
        "terminationLocation": "本館1F 医事課 事務室", "deviceMaker": "ヤマハ", "deviceModel": "RTX1210",
        "firmwareVersion": "Rev.14.01.42",
    },
    {
        "lineName": "検査センター接続回線", "lineKind": "閉域網サービス", "versionCheck": "調査希望あり",
        "vulnerabilityScan": "調査希望あり",     # PLANTED: 脆弱性診断 requested on a 閉域網 line w/o global IP
        "ehrConnection": "あり", "purpose": "検査システム", "communicationType": "閉域網",
        "globalIpUse": "なし", "diagnosisDayCheck": "入力不要", "carrier": "NTT西日本",
        "carrierService": "フレッツ・VPN ワイド", "lineId": "COP0045678901",
        "terminationLocation": "本館1F 検査室", "deviceMaker": "アライドテレシス", "deviceModel": "AT-AR4050S",
        "firmwareVersion": "5.5.2-2.1",
    },
]
HDR = 19
ws.cell(HDR, 1, "項目")
ws.cell(HDR, 2, "記入例")
for n in range(len(lines)):
    ws.cell(HDR, 3 + n, f"回線{n + 1}")
box(ws, f"A{HDR}:E{HDR}", HEAD, True, CENTER)
row_of = {}
for k, (key, label) in enumerate(items):
    rr = HDR + 1 + k
    row_of[key] = rr
    ws.cell(rr, 1, label)
    for n, data in enumerate([example] + lines):
        v = data.get(key)
        if v is not None and key in MARKED:
            v = MARK[v]
        if v is not None:
            ws.cell(rr, 2 + n, v)
    box(ws, f"A{rr}:E{rr}")
    ws.cell(rr, 1).fill = HEAD
    ws.cell(rr, 2).fill = EXAMPLE
    ws.cell(rr, 2).font = Font(name=FONT, size=10, color="808080")
    for cc in range(3, 6):
        if key in MARKED:
            ws.cell(rr, cc).alignment = CENTER
LINES_END = HDR + len(items)

# ---------------- terminals (normal table)
T0 = LINES_END + 2
ws.cell(T0, 1, "■調査端末情報（5台）")
ws.cell(T0, 1).font = Font(name=FONT, size=11, bold=True)
theads = ["No.", "システム種別 (*)", "利用形態 (*)\n単体／仮想デスクトップ", "端末ホスト名 (*)", "IPアドレス (*)\n(例 192.168.1.131/24)",
          "設置場所 (*)", "VDI 端末ホスト名", "VDI IPアドレス", "セキュリティ対策製品", "備考"]
for k, t in enumerate(theads):
    ws.cell(T0 + 1, 1 + k, t)
box(ws, f"A{T0 + 1}:J{T0 + 1}", HEAD, True, CENTER)
tkeys = ["systemType", "usage", "hostName", "ipAddress", "location", "vdiHostName", "vdiIpAddress",
         "securityProduct", "remarks"]
t_example = ["記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F OOO室", "", "", "Microsoft Defender",
             "端末操作可能時間：12:00-13:00"]
terminals = [
    {"systemType": "電子カルテ", "usage": "単体", "hostName": "YMH-EMR01", "ipAddress": "192.168.1.101/24",
     "location": "本館1F 外来処置室", "securityProduct": "ESET Endpoint Security",
     "remarks": "平日13:00～14:00のみ操作可\n（外来診療中は不可）"},
    {"systemType": "電子カルテ", "usage": "仮想デスクトップ", "hostName": "YMH-TC05", "ipAddress": "192.168.1.155/24",
     "location": "本館2F ナースステーション", "vdiHostName": "YMH-VDI05", "vdiIpAddress": "10.10.5.55/24",
     "securityProduct": "ESET Endpoint Security"},
    {"systemType": "医事会計", "usage": "単体", "hostName": "YMH-IJI02", "ipAddress": "192.168.2.12/24",
     "location": "本館1F 医事課", "securityProduct": "ESET Endpoint Security"},
    {"systemType": "検査システム", "usage": "単体", "hostName": "YMH-LAB01", "ipAddress": "192.168.3.21/24",
     "location": "本館1F 検査室", "securityProduct": "Microsoft Defender"},
    {"systemType": "薬剤システム", "usage": "単体", "hostName": "YMH-PH01", "ipAddress": "192.168.4.11/24",
     "location": "本館1F 薬剤科", "securityProduct": "Microsoft Defender", "remarks": "R6.10.21以降は終日操作可"},
]
USAGE_WRITTEN = {"単体": "単体", "仮想デスクトップ": "仮想デスクトップ(VDI)"}
for k, v in enumerate(t_example):
    ws.cell(T0 + 2, 1 + k, v if v != "" else None)
box(ws, f"A{T0 + 2}:J{T0 + 2}", EXAMPLE, color="808080")
T_FIRST = T0 + 3
for n, t in enumerate(terminals):
    rr = T_FIRST + n
    ws.cell(rr, 1, f"No.{n + 1}")
    for k, key in enumerate(tkeys):
        v = t.get(key)
        if key == "usage":
            v = USAGE_WRITTEN[v]
        if v is not None:
            ws.cell(rr, 2 + k, v)
    box(ws, f"A{rr}:J{rr}")
    ws.row_dimensions[rr].height = 30

# ---------------- sign-off at the bottom
S = T_FIRST + len(terminals) + 1
ws.cell(S, 1, "■申込内容の確認　確認者名（フルネーム）：吉野 誠一郎")
ws.cell(S, 1).font = Font(name=FONT, size=11, bold=True)
ws.merge_cells(start_row=S, start_column=1, end_row=S, end_column=4)
ws.cell(S + 1, 1, "※上記内容に誤りがないことを確認しました。")
ws.print_area = f"A1:J{S + 1}"

# ---------------- floor plan sheet (JPEG)
wf = wb.create_sheet("設置場所（平面図）")
wf["A1"] = "設置場所記入シート（平面図）"
wf["A1"].font = Font(name=FONT, size=13, bold=True)
font = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 15, index=0)
big = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 20, index=0)
img = Image.new("RGB", (860, 520), "white")
g = ImageDraw.Draw(img)
g.text((20, 10), "吉野川みなみ病院 本館 フロア図（1F・2F）", fill="black", font=big)
for (x0, y0, x1, y1), name in [((20, 60, 290, 250), "1F 医事課"), ((290, 60, 560, 250), "1F 検査室 / 外来処置室"),
                               ((560, 60, 840, 250), "1F 薬剤科"), ((20, 290, 420, 500), "2F サーバ室"),
                               ((420, 290, 840, 500), "2F ナースステーション")]:
    g.rectangle((x0, y0, x1, y1), outline="black", width=3)
    g.text((x0 + 8, y0 + 6), name, fill="black", font=font)
for (x, y), text in [((40, 150), "回線2 ONU / RTX1210\nNo.3 YMH-IJI02"), ((305, 110), "回線3 ONU / AT-AR4050S\nNo.4 YMH-LAB01"),
                     ((305, 180), "No.1 YMH-EMR01"), ((580, 150), "No.5 YMH-PH01"),
                     ((40, 390), "回線1 ONU / IX2106\nラックA 上段"), ((440, 390), "No.2 YMH-TC05")]:
    g.rounded_rectangle((x, y, x + 235, y + 54), radius=10, outline="blue", width=2, fill="#F0F4FF")
    g.multiline_text((x + 8, y + 5), text, fill="blue", font=font, spacing=2)
buf = io.BytesIO()
img.save(buf, format="JPEG", quality=90)
buf.seek(0)
pic = XLImage(buf)
pic.anchor = "A3"
wf.add_image(pic)

# ---------------- hidden password list (PLANTED: passwords typed in)
wp = wb.create_sheet(PW_SHEET)
wp.sheet_state = "hidden"
wp["A1"] = "アカウント(ログインID)・パスワードリスト　※提出不要"
wp["A3"] = "■調査① インターネット回線/ONUに紐づく装置(ルータ/UTM/FW)"
for k, t in enumerate(["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"]):
    wp.cell(4, 1 + k, t)
# Made-up strings, for the planted problem only. Not listed in expected.json.
pw_rows = [("回線1", "NEC", "UNIVERGE IX2106", "admin", "Ymh#Ix2106!", "Ymh#En2106"),
           ("回線2", "ヤマハ", "RTX1210", "maint", "Rtx1210-ymh", None),
           ("回線3", "アライドテレシス", "AT-AR4050S", "manager", "friend-4050", None)]
for n, row in enumerate(pw_rows):
    for k, v in enumerate(row):
        if v is not None:
            wp.cell(5 + n, 1 + k, v)
wp["A10"] = "■調査端末"
for k, t in enumerate(["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"]):
    wp.cell(11, 1 + k, t)
for n, t in enumerate(terminals):
    wp.cell(12 + n, 1, f"端末{n + 1}")
    wp.cell(12 + n, 2, t["hostName"])
    wp.cell(12 + n, 3, t["ipAddress"])
    wp.cell(12 + n, 4, "localadmin")
    wp.cell(12 + n, 5, "Minami@%d" % (2024 + n))

wb.save(os.path.join(OUT_DIR, NAME + ".xlsx"))

# ---------------- expected.json
gip = f"{SHEET}!{L(3 + 1)}{row_of['globalIpAddress']}"
vs = f"{SHEET}!{L(3 + 2)}{row_of['vulnerabilityScan']}"
ct = f"{SHEET}!{L(3 + 2)}{row_of['communicationType']}"
gu = f"{SHEET}!{L(3 + 2)}{row_of['globalIpUse']}"
expected = {
    "form": "line-device-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "basicInfo": {
            "consent": "同意する",
            "facilityName": "医療法人 清流会 吉野川みなみ病院",
            "facilityNameKana": "いりょうほうじん せいりゅうかい よしのがわみなみびょういん",
            "postalCode": "779-3233",
            "address": "徳島県名西郡石井町高川原字高川原123番地4",
            "addressKana": "とくしまけんみょうざいぐんいしいちょうたかがわらあざたかがわら123ばんち4",
            "beds": 86,
            "confirmerName": "吉野 誠一郎",
        },
        "contacts": contacts,
        "lines": lines,
        "terminals": terminals,
        "floorPlan": {"image": True},
    },
    "planted": [
        {"cells": [gip], "paths": ["lines[1].globalIpAddress"],
         "why": "回線2 is 固定IP with グローバルIP利用 有 and 脆弱性診断 requested, but the address is the template's "
                "0.0.0.0 placeholder, not a public IPv4 address"},
        {"cells": [vs, ct, gu], "paths": ["lines[2].vulnerabilityScan", "lines[2].communicationType", "lines[2].globalIpUse"],
         "why": "回線3 requests 脆弱性診断 (○) although it is a 閉域網 line without global IP (グローバルIP利用 無); "
                "閉域網に接続された回線は対象外"},
        {"cells": [f"{PW_SHEET}!E5", f"{PW_SHEET}!F5", f"{PW_SHEET}!E6", f"{PW_SHEET}!E7",
                   f"{PW_SHEET}!E12", f"{PW_SHEET}!E13", f"{PW_SHEET}!E14", f"{PW_SHEET}!E15", f"{PW_SHEET}!E16"],
         "paths": ["credentials"],
         "why": "the workbook carries the (提出不要) account/password list on a hidden sheet with passwords filled in"},
    ],
    "notes": (
        "Single printable sheet '回線・端末調査票'. Basic info is written as '項目：値' in one cell "
        "(A4 consent with ☑ mark, A6 holds 〒 postal code AND address together, A8 '病床数：86床'); ビル名 and its かな are "
        "label-only cells (no building) and are omitted. The line table is TRANSPOSED: rows are items (A20:A41), "
        "column B is a correctly labelled 記入例 column (ignore), C/D/E are 回線1-3. 調査希望 is marked ○/× "
        "(○ = 調査希望あり), 電子カルテ接続 and グローバルIP利用 as 有/無. 回線3 (閉域網, no global IP) leaves "
        "固定IP/動的IP and the address blank. Terminal table below (記入例 row, then No.1-5); 利用形態 written "
        "'仮想デスクトップ(VDI)' = 仮想デスクトップ; No.1 remarks contain a line break. 確認者名 is at the bottom "
        "in a '項目：値' cell. No port table in this layout. The password sheet is hidden; password values are "
        "deliberately not reproduced here."
    ),
}
with open(os.path.join(OUT_DIR, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("rows", row_of, "terminals from", T_FIRST, "signoff", S)
