#!/usr/bin/python3
"""lds-w35-b: 別紙2-1 as a hospital's IT person re-drew it in a simpler own copy:
- 基本情報: `項目：値` in one cell, contacts in a small table below;
- 回線・機器情報: a vertical (transposed) table, items down column A, a 記入例 column, then 回線1..回線3 as columns;
  synonyms 有/無 and 希望あり/希望なし;
- 調査端末: one header row, its own column order, a correctly labelled 記入例 row, 'VDI' for 仮想デスクトップ;
- 設置場所(平面図): pasted floor plan with hand-typed callout list;
- ID・PWリスト: filled in with real-looking passwords (planted: 提出不要 list carried with passwords).
Planted: 回線1 固定IP given as a private address (192.168.100.1); password list with passwords filled in.
Saved by openpyxl, then re-saved by LibreOffice (headless).
"""
import json, os, shutil, subprocess, sys, tempfile
sys.path.insert(0, "/tmp/lds_bv_pylib")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w35-b-transposed-lines-colon-labels"
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GRAY = PatternFill("solid", fgColor="D9D9D9")
EXF = PatternFill("solid", fgColor="F2F2F2")
WRAP = Alignment(wrap_text=True, vertical="top")


def cell(ws, ref, v, fill=None, bold=False, border=True):
    c = ws[ref]
    c.value = v
    c.alignment = WRAP
    if fill:
        c.fill = fill
    if bold:
        c.font = Font(bold=True)
    if border:
        c.border = BOX
    return c


wb = Workbook()
# ------------------------------------------------------------------ 基本情報
ws = wb.active
ws.title = "基本情報"
ws.column_dimensions["A"].width = 14
for col in "BCDE":
    ws.column_dimensions[col].width = 26
ws["A1"].value = "医療機関記入依頼書（回線・機器情報等）　基本情報"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"].value = "（院内控え兼提出用　作成：情報管理室）"
basic_lines = [
    "本施策の同意確認（別紙7・別紙8の規約を確認のうえ）：同意する",
    "医療機関名：医療法人社団青葉会　青葉台病院",
    "医療機関名（かな）：いりょうほうじんしゃだんあおばかい　あおばだいびょういん",
    "郵便番号：〒227-0062",
    "住所：神奈川県横浜市青葉区青葉台二丁目5番8号",
    "住所（かな）：かながわけんよこはましあおばくあおばだいにちょうめ5ばん8ごう",
    "ビル名：青葉台メディカルビル　2～6階",
    "ビル名（かな）：あおばだいめでぃかるびる",
    "病床数：60床",
]
for i, t in enumerate(basic_lines):
    ws.merge_cells(f"A{4 + i}:E{4 + i}")
    cell(ws, f"A{4 + i}", t)
ws["A14"].value = "■担当者（最大4名）"
ws["A14"].font = Font(bold=True)
for col, h in zip("ABCDE", ["", "所属・役職", "氏名", "電話番号", "メールアドレス"]):
    cell(ws, f"{col}15", h or None, GRAY, True)
contacts_cells = [
    ("情報管理室 室長", "森田　健一", "０４５－９８１－２２３３", "morita@aobadai-hp.example.jp"),
    ("医事課 課長", "小川　由紀", "045-981-2233（内線12）", "ogawa@aobadai-hp.example.jp"),
    ("放射線科 主任技師", "高橋　亮", "045-981-2233", "r-takahashi@aobadai-hp.example.jp "),
]
for i in range(4):
    r = 16 + i
    cell(ws, f"A{r}", f"担当者{i + 1}", GRAY)
    for col in "BCDE":
        cell(ws, f"{col}{r}", None)
    if i < len(contacts_cells):
        for col, v in zip("BCDE", contacts_cells[i]):
            ws[f"{col}{r}"].value = v
ws.merge_cells("A21:E21")
cell(ws, "A21", "確認者名（フルネーム）：森田　健一")
contacts = [
    {"department": "情報管理室 室長", "name": "森田　健一", "phoneNumber": "045-981-2233", "email": "morita@aobadai-hp.example.jp"},
    {"department": "医事課 課長", "name": "小川　由紀", "phoneNumber": "045-981-2233（内線12）", "email": "ogawa@aobadai-hp.example.jp"},
    {"department": "放射線科 主任技師", "name": "高橋　亮", "phoneNumber": "045-981-2233", "email": "r-takahashi@aobadai-hp.example.jp"},
]

# ------------------------------------------------------------------ 回線・機器情報 (transposed)
wl = wb.create_sheet("回線・機器情報")
wl.column_dimensions["A"].width = 34
for col in "BCDE":
    wl.column_dimensions[col].width = 28
wl["A1"].value = "回線・機器情報（電子カルテ系ネットワークにつながる回線をすべて記入／(*)必須）"
wl["A1"].font = Font(bold=True)
rows = [
    ("調査希望：技術バージョン確認 (*)", "versionCheck"),
    ("調査希望：脆弱性診断 (*)", "vulnerabilityScan"),
    ("電子カルテシステムと接続するネットワークとの接続 (*)", "ehrConnection"),
    ("用途・システム名 (*)", "purpose"),
    ("通信形態 (*)", "communicationType"),
    ("グローバルIP利用 (*)", "globalIpUse"),
    ("固定IP/動的IP (*)", "ipAssignment"),
    ("グローバルIPアドレス (*)", "globalIpAddress"),
    ("【脆弱性診断当日記入欄】グローバルIP確認", "diagnosisDayCheck"),
    ("【脆弱性診断当日記入欄】グローバルIPアドレス", "diagnosisDayAddress"),
    ("FQDN", "fqdn"),
    ("プロバイダ名", "provider"),
    ("プロバイダ品目", "providerService"),
    ("回線事業者", "carrier"),
    ("回線サービス名", "carrierService"),
    ("回線ID", "lineId"),
    ("回線終端装置設置場所 (*)", "terminationLocation"),
    ("ルータ/UTM/FW　メーカー", "deviceMaker"),
    ("ルータ/UTM/FW　機種名", "deviceModel"),
    ("ルータ/UTM/FW　ファームウェアバージョン", "firmwareVersion"),
]
cell(wl, "A3", "項目", GRAY, True)
cell(wl, "B3", "記入例", GRAY, True)
for col, n in zip("CDE", [1, 2, 3]):
    cell(wl, f"{col}3", f"回線{n}", GRAY, True)
example_col = ["希望あり", "希望あり", "有", "電子カルテ", "インターネットVPN", "有", "固定IP", "121.119.249.222",
               "入力不要", "入力不要", "example.xxx", "NTT東日本", "Bフレッツサービス", "NTT東日本", "フレッツ光ネクスト",
               "CAF0000000000", "本部棟 3F サーバー室 -1番ラック 3U", "○○社", "XX-1000", "Ver.1.00"]
# as written in the cells
written = [
    {"versionCheck": "希望あり", "vulnerabilityScan": "希望あり", "ehrConnection": "有",
     "purpose": "電子カルテ（ベンダリモート保守）", "communicationType": "インターネットVPN", "globalIpUse": "有",
     "ipAssignment": "固定IP", "globalIpAddress": "192.168.100.1", "diagnosisDayCheck": "入力不要",
     "provider": "So-net", "providerService": "So-net 光 プラス 固定IPアドレスオプション",
     "carrier": "NTT東日本", "carrierService": "フレッツ 光ネクスト マンション・ハイスピードタイプ",
     "lineId": "CAF2345678901", "terminationLocation": "5F サーバ室 ラック下段（MDF横）",
     "deviceMaker": "YAMAHA", "deviceModel": "RTX830", "firmwareVersion": "Rev.15.02.31"},
    {"versionCheck": "希望あり", "vulnerabilityScan": "希望あり", "ehrConnection": "有",
     "purpose": "地域医療連携ネットワーク", "communicationType": "インターネットVPN", "globalIpUse": "有",
     "ipAssignment": "動的IP",
     "provider": "OCN", "providerService": "OCN 光 with フレッツ",
     "carrier": "NTT東日本", "carrierService": "フレッツ 光ネクスト マンション・ハイスピードタイプ",
     "lineId": "CAF3456789012", "terminationLocation": "5F サーバ室 ラック下段（MDF横）",
     "deviceMaker": "Fortinet", "deviceModel": "FortiGate-60F", "firmwareVersion": "v7.4.3"},
    {"versionCheck": "希望なし", "vulnerabilityScan": "希望なし", "ehrConnection": "有",
     "purpose": "オンライン資格確認", "communicationType": "閉域網", "globalIpUse": "無",
     "diagnosisDayCheck": "入力不要",
     "carrier": "NTT東日本", "carrierService": "フレッツ 光ネクスト + IP-VPN（オン資）",
     "lineId": "CAF4567890123", "terminationLocation": "2F 受付・医事カウンター内",
     "deviceMaker": "NEC", "deviceModel": "UNIVERGE IX2106", "firmwareVersion": "10.2.16"},
]
canon = {"希望あり": "調査希望あり", "希望なし": "調査希望なし", "有": "あり", "無": "なし"}
lines = [{k: canon.get(v, v) if k in ("versionCheck", "vulnerabilityScan", "ehrConnection", "globalIpUse") else v
          for k, v in ln.items()} for ln in written]
for i, (label, key) in enumerate(rows):
    r = 4 + i
    cell(wl, f"A{r}", label, GRAY)
    cell(wl, f"B{r}", example_col[i], EXF)
    for col, ln in zip("CDE", written):
        cell(wl, f"{col}{r}", ln.get(key))
cell(wl, f"A{4 + len(rows) + 1}", "※記入例の列は消さずにそのままで結構です。回線が4本以上の場合は列を追加してください。", border=False)

# ------------------------------------------------------------------ 調査端末
wt = wb.create_sheet("調査端末")
wt["A1"].value = "調査端末情報（5台・電子カルテ接続端末）"
wt["A1"].font = Font(bold=True)
heads = ["No.", "設置場所 (*)", "システム種別 (*)", "利用形態（単体/VDI）(*)", "端末ホスト名 (*)", "IPアドレス (*)",
         "VDI 端末ホスト名", "VDI IPアドレス", "セキュリティ対策製品", "備考"]
tcols = "ABCDEFGHIJ"
for col, h, w in zip(tcols, heads, [8, 24, 14, 14, 16, 18, 16, 18, 22, 28]):
    cell(wt, f"{col}3", h, GRAY, True)
    wt.column_dimensions[col].width = w
cell(wt, "A4", "記入例", EXF)
for col, v in zip(tcols[1:], ["2F ○○○室", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "", "", "Microsoft Defender",
                              "端末操作可能時間：12:00-13:00"]):
    cell(wt, f"{col}4", v or None, EXF)
terms_written = [
    {"location": "3F 外来 診察室2", "systemType": "電子カルテ", "usage": "単体", "hostName": "AOBA-EMR-C02",
     "ipAddress": "10.10.1.52/24", "securityProduct": "Trend Micro Apex One", "remarks": "平日 12:30-13:30 のみ操作可"},
    {"location": "4F 病棟 ナースステーション", "systemType": "電子カルテ", "usage": "VDI", "hostName": "AOBA-TC-N401",
     "ipAddress": "10.10.4.21/24", "vdiHostName": "AOBA-VDI-N401", "vdiIpAddress": "10.20.0.121/24",
     "securityProduct": "Microsoft Defender"},
    {"location": "2F 医事課", "systemType": "医事会計", "usage": "単体", "hostName": "AOBA-IJI-01",
     "ipAddress": "10.10.2.11/24", "securityProduct": "ESET Endpoint Security"},
    {"location": "2F 放射線科 操作室", "systemType": "PACS", "usage": "単体", "hostName": "AOBA-PACS-V1",
     "ipAddress": "10.10.3.31/24", "securityProduct": "Microsoft Defender", "remarks": "撮影中は操作不可\n要事前連絡（内線23）"},
    {"location": "3F 検査室", "systemType": "臨床検査", "usage": "単体", "hostName": "AOBA-LAB-01",
     "ipAddress": "10.10.3.61/24", "securityProduct": "Trend Micro Apex One"},
]
tkeys = ["location", "systemType", "usage", "hostName", "ipAddress", "vdiHostName", "vdiIpAddress", "securityProduct", "remarks"]
for i, t in enumerate(terms_written):
    r = 5 + i
    cell(wt, f"A{r}", i + 1)
    for col, k in zip(tcols[1:], tkeys):
        cell(wt, f"{col}{r}", t.get(k))
terminals = []
for t in terms_written:
    o = dict(t)
    if o["usage"] == "VDI":
        o["usage"] = "仮想デスクトップ"
    terminals.append({k: o[k] for k in ["systemType", "usage", "hostName", "ipAddress", "location", "vdiHostName",
                                        "vdiIpAddress", "securityProduct", "remarks"] if k in o})

# ------------------------------------------------------------------ 設置場所(平面図)
wf = wb.create_sheet("設置場所(平面図)")
wf["A1"].value = "設置場所（フロア図）※回線終端装置・調査端末の位置"
wf["A1"].font = Font(bold=True)
img = Image.new("RGB", (820, 700), "white")
d = ImageDraw.Draw(img)
f = ImageFont.truetype(FONT, 18)
fs = ImageFont.truetype(FONT, 14)
d.text((16, 8), "青葉台メディカルビル 2F～5F フロア図（病院使用部分）", fill="black", font=f)
for n, fl in enumerate(["5F", "4F", "3F", "2F"]):
    y = 45 + n * 160
    d.rectangle((16, y, 800, y + 145), outline="black", width=3)
    d.text((24, y + 4), fl, fill="black", font=f)
for (x0, y0, x1, y1, lab, mark) in [
    (80, 60, 260, 180, "サーバ室 (MDF)", "●回線1・回線2 ONU"), (300, 60, 520, 180, "情報管理室", ""),
    (80, 220, 420, 340, "4F病棟 NS", "★端末2"), (80, 380, 300, 500, "外来 診察室2", "★端末1"),
    (340, 380, 560, 500, "検査室", "★端末5"), (80, 540, 300, 660, "医事課 / 受付", "●回線3 ONU  ★端末3"),
    (340, 540, 560, 660, "放射線科 操作室", "★端末4")]:
    d.rectangle((x0, y0, x1, y1), outline="gray", width=2)
    d.text((x0 + 6, y0 + 6), lab, fill="black", font=fs)
    if mark:
        d.text((x0 + 6, y0 + 60), mark, fill="red", font=fs)
png = os.path.join(OUT, NAME + ".floor.png")
img.save(png)
pic = XLImage(png)
pic.anchor = "A3"
wf.add_image(pic)
wf.column_dimensions["M"].width = 50
wf["M3"].value = "凡例（吹き出し）"
wf["M3"].font = Font(bold=True)
for i, t in enumerate(["●回線1 ONU：5F サーバ室 ラック下段", "●回線2 ONU：5F サーバ室 ラック下段",
                       "●回線3 ONU：2F 受付・医事カウンター内", "★端末1 AOBA-EMR-C02：3F 外来 診察室2",
                       "★端末2 AOBA-TC-N401：4F 病棟NS", "★端末3 AOBA-IJI-01：2F 医事課",
                       "★端末4 AOBA-PACS-V1：2F 放射線科 操作室", "★端末5 AOBA-LAB-01：3F 検査室"]):
    wf[f"M{4 + i}"].value = t

# ------------------------------------------------------------------ ID・PWリスト (提出不要, but filled: planted)
wp = wb.create_sheet("ID・PWリスト")
wp["A1"].value = "アカウント(ログインID)・パスワードリスト（提出不要）"
wp["A1"].font = Font(bold=True)
for col, h, w in zip("ABCDEF", ["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"],
                     [10, 12, 18, 20, 18, 24]):
    cell(wp, f"{col}3", h or None, GRAY, True)
    wp.column_dimensions[col].width = w
pw_dev = [("回線1", "YAMAHA", "RTX830", "admin", "Aoba#Rtx830!", "Aoba#En830"),
          ("回線2", "Fortinet", "FortiGate-60F", "admin", "Fg60f-Aoba2024", ""),
          ("回線3", "NEC", "UNIVERGE IX2106", "(保守業者管理)", "", "")]
for i, row in enumerate(pw_dev):
    for col, v in zip("ABCDEF", row):
        cell(wp, f"{col}{4 + i}", v or None)
for col, h in zip("ABCDE", ["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"]):
    cell(wp, f"{col}9", h or None, GRAY, True)
pw_term = [("端末1", "AOBA-EMR-C02", "10.10.1.52/24", "emr-user01", "Emr@2024c02"),
           ("端末2", "AOBA-TC-N401", "10.10.4.21/24", "ns4-user", "Ns4@aoba"),
           ("端末3", "AOBA-IJI-01", "10.10.2.11/24", "iji01", "Iji!0101"),
           ("端末4", "AOBA-PACS-V1", "10.10.3.31/24", "pacsadmin", "Pacs#v1v1"),
           ("端末5", "AOBA-LAB-01", "10.10.3.61/24", "labuser", "Lab@0061")]
for i, row in enumerate(pw_term):
    for col, v in zip("ABCDE", row):
        cell(wp, f"{col}{10 + i}", v)

tmpdir = tempfile.mkdtemp(prefix="lds_b_")
raw = os.path.join(tmpdir, NAME + ".xlsx")
wb.save(raw)
os.remove(png)
conv = os.path.join(tmpdir, "conv")
os.makedirs(conv)
subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lds_bv_lo_profile", "--headless", "--convert-to", "xlsx", "--outdir", conv, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(conv, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
shutil.rmtree(tmpdir)

expected = {
    "form": "line-device-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "basicInfo": {
            "consent": "同意する",
            "facilityName": "医療法人社団青葉会　青葉台病院",
            "facilityNameKana": "いりょうほうじんしゃだんあおばかい　あおばだいびょういん",
            "postalCode": "227-0062",
            "address": "神奈川県横浜市青葉区青葉台二丁目5番8号",
            "addressKana": "かながわけんよこはましあおばくあおばだいにちょうめ5ばん8ごう",
            "building": "青葉台メディカルビル　2～6階",
            "buildingKana": "あおばだいめでぃかるびる",
            "beds": 60,
            "confirmerName": "森田　健一",
        },
        "contacts": contacts,
        "lines": lines,
        "terminals": terminals,
        "floorPlan": {"image": True},
    },
    "planted": [
        {"cells": ["回線・機器情報!C11"], "paths": ["lines[0].globalIpAddress"],
         "why": "回線1 is 固定IP (and 脆弱性診断 requested) but the グローバルIPアドレス given is a private address "
                "(192.168.100.1, the router's LAN side), not a public IPv4 address"},
        {"cells": ["ID・PWリスト!E4", "ID・PWリスト!F4", "ID・PWリスト!E5", "ID・PWリスト!E10", "ID・PWリスト!E11",
                   "ID・PWリスト!E12", "ID・PWリスト!E13", "ID・PWリスト!E14"], "paths": ["credentials"],
         "why": "the アカウント(ログインID)・パスワードリスト is 提出不要 but the workbook carries it with passwords filled in"},
    ],
    "notes": ("Own simplified copy, re-saved by LibreOffice. 基本情報 uses `項目：値` in one merged cell (values given without "
              "the label; 郵便番号 written 〒227-0062, 病床数 written 60床). 担当者1 phone written in full-width digits "
              "(０４５－９８１－２２３３ → 045-981-2233); 担当者2 phone carries （内線12） as written; 担当者3 e-mail has a trailing "
              "space (trimmed here). 回線・機器情報 is transposed: column B is a labelled 記入例 column (not data), 回線1..3 in "
              "C..E; 希望あり/希望なし → 調査希望あり/調査希望なし, 有/無 → あり/なし. 回線2 is 動的IP and the 当日 columns are "
              "still blank (submitted before 診断当日; グローバルIPアドレス not known in advance). 回線3 is 閉域網 without global IP "
              "(固定IP/動的IP and address not applicable, left blank). 調査端末 row 4 is a labelled 記入例 row (not data); "
              "'VDI' → 仮想デスクトップ. No port table in this layout. Password values are deliberately not listed here."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(expected, fh, ensure_ascii=False, indent=2)
print("wrote", NAME)
