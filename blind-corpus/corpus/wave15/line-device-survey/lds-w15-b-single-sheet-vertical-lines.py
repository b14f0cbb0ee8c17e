#!/usr/bin/python3
# lds-w15-b: a small hospital's own one-sheet version of 別紙2-1: basic info as 「項目：値」 cells, the lines as a
# vertical (transposed) table (one column per line), terminals as a normal table, floor plan on a 2nd sheet.
# Saved by openpyxl, then re-saved by LibreOffice. Two planted problems (see expected.json).
import json, os, shutil, subprocess, tempfile
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w15-b-single-sheet-vertical-lines"
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
S1 = "回線機器調査票"
S2 = "フロア図"

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GRAY = PatternFill("solid", fgColor="E7E6E6")
WRAP = Alignment(wrap_text=True, vertical="top")

wb = Workbook()
ws = wb.active
ws.title = S1
ws.column_dimensions["A"].width = 4
ws.column_dimensions["B"].width = 30
for c in "CDE":
    ws.column_dimensions[c].width = 30
for c in "FGHIJK":
    ws.column_dimensions[c].width = 18

ws["A1"] = "別紙2-1　医療機関記入依頼書（回線・機器情報等記入）"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "※事務局様式の内容を院内確認用に1枚にまとめたものです（アカウント・パスワードリストは提出不要のため削除）"
ws["A2"].font = Font(size=9)

ws["A4"] = "１．基本情報"
ws["A4"].font = Font(bold=True)
basic = [
    "本施策の同意確認：同意する",
    "医療機関名：医療法人緑風会　倉敷みどり病院",
    "医療機関名（かな）：いりょうほうじんりょくふうかい　くらしきみどりびょういん",
    "郵便番号：〒710-0826",
    "住所：岡山県倉敷市老松町3丁目9番21号",
    "住所（かな）：おかやまけんくらしきしおいまつちょう3ちょうめ9ばん21ごう",
    "ビル名：みどりメディカルビル",
    "ビル名（かな）：みどりめでぃかるびる",
    "病床数：60床",
]
for i, t in enumerate(basic):
    r = 5 + i
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
    ws.cell(r, 2, t)

ws["A15"] = "担当者"
ws["A15"].font = Font(bold=True)
for k, h in enumerate(["No.", "所属・役職", "氏名", "電話番号", "メールアドレス"], 1):
    c = ws.cell(16, k, h)
    c.fill = GRAY
contacts = [
    ("事務長", "藤原　誠", "086-422-5310", "fujiwara@kurashiki-midori.jp"),
    ("医事課 係長（システム担当）", "小野　さやか", "０８６－４２２－５３１１", "ono-s@kurashiki-midori.jp"),
    ("看護部 主任", "難波　亜希子", "086-422-5300", "nanba@kurashiki-midori.jp"),
]
for n in range(4):
    ws.cell(17 + n, 1, n + 1)
    if n < len(contacts):
        for k, v in enumerate(contacts[n], 2):
            ws.cell(17 + n, k, v)
for row in ws["A16:E20"]:
    for c in row:
        c.border = BOX
ws.merge_cells("B22:D22")
ws["B22"] = "確認者名（フルネーム）：藤原　誠"

# ---------------------------------------------------------------- lines, transposed
ws["A24"] = "２．回線・機器情報（回線ごとに列を使用。(*)は必須）"
ws["A24"].font = Font(bold=True)
items = [
    ("回線名", "lineName"),
    ("回線の種類", "lineKind"),
    ("用途・システム名 (*)", "purpose"),
    ("電子カルテ系ネットワークとの接続 (*)", "ehrConnection"),
    ("調査希望：技術バージョン確認 (*)", "versionCheck"),
    ("調査希望：脆弱性診断 (*)", "vulnerabilityScan"),
    ("通信形態 (*)", "communicationType"),
    ("グローバルIP利用 (*)", "globalIpUse"),
    ("固定IP／動的IP (*)", "ipAssignment"),
    ("グローバルIPアドレス (*)", "globalIpAddress"),
    ("【診断当日】グローバルIP確認", "diagnosisDayCheck"),
    ("【診断当日】グローバルIPアドレス", "diagnosisDayAddress"),
    ("FQDN", "fqdn"),
    ("プロバイダ名", "provider"),
    ("プロバイダ品目", "providerService"),
    ("回線事業者", "carrier"),
    ("回線サービス名", "carrierService"),
    ("回線ID", "lineId"),
    ("回線終端装置（ONU等）設置場所 (*)", "terminationLocation"),
    ("装置（ルータ/UTM/FW）メーカー", "deviceMaker"),
    ("装置 機種名", "deviceModel"),
    ("装置 ファームウェア", "firmwareVersion"),
]
# what is written in the cells (hospital's own wording) ...
written = [
    dict(lineName="電カル保守回線", lineKind="光回線", purpose="電子カルテ", ehrConnection="有",
         versionCheck="希望あり", vulnerabilityScan="希望あり", communicationType="インターネットVPN",
         globalIpUse="有", ipAssignment="固定", globalIpAddress="210.172.144.19", diagnosisDayCheck="入力不要",
         provider="So-net", providerService="So-net 光 プラス 固定IPアドレスオプション", carrier="NTT西日本",
         carrierService="フレッツ 光ネクスト ファミリー・ハイスピードタイプ", lineId="COP0087654321",
         terminationLocation="1F 事務室奥 サーバーラック下段", deviceMaker="YAMAHA", deviceModel="RTX1220",
         firmwareVersion="Rev.15.04.05"),
    dict(lineName="検査システム保守回線", lineKind="光回線", purpose="検査システム", ehrConnection="有",
         versionCheck="希望なし", vulnerabilityScan="希望あり", communicationType="インターネットVPN",
         globalIpUse="有", ipAssignment="固定", globalIpAddress="192.168.1.1", diagnosisDayCheck="入力不要",
         provider="OCN", providerService="OCN 光 IPv4固定IP1", carrier="NTT西日本", carrierService="フレッツ 光クロス",
         lineId="COP0076543210", terminationLocation="2F 検査室 分析装置横の壁面", deviceMaker="NEC",
         deviceModel="UNIVERGE IX2106", firmwareVersion="10.2.16"),
    dict(lineName="地域医療連携ネットワーク回線", lineKind="光回線（閉域）", purpose="地域医療連携（晴れやかネット）",
         ehrConnection="有", versionCheck="希望あり", vulnerabilityScan="希望あり", communicationType="閉域網",
         globalIpUse="無", diagnosisDayCheck="入力不要", carrier="NTT西日本", carrierService="フレッツ・VPN ワイド",
         lineId="COP0065432109", terminationLocation="1F 事務室奥 サーバーラック上段", deviceMaker="Cisco",
         deviceModel="ISR 1111-4P", firmwareVersion="17.9.4a"),
]
HR = 25
ws.cell(HR, 2, "項目").fill = GRAY
for n in range(3):
    ws.cell(HR, 3 + n, f"回線{n + 1}").fill = GRAY
for i, (lab, key) in enumerate(items):
    r = HR + 1 + i
    ws.cell(r, 2, lab)
    for n, ln in enumerate(written):
        v = ln.get(key)
        if v is not None:
            ws.cell(r, 3 + n, v)
for row in ws[f"B{HR}:E{HR + len(items)}"]:
    for c in row:
        c.border = BOX
        c.alignment = WRAP
LINE_ROW = {key: HR + 1 + i for i, (lab, key) in enumerate(items)}

# ---------------------------------------------------------------- terminals
T0 = HR + len(items) + 2
ws.cell(T0, 1, "３．調査端末情報（5台）").font = Font(bold=True)
th = ["No.", "システム種別 (*)", "利用形態（単体／仮想デスクトップ）(*)", "端末ホスト名 (*)", "IPアドレス (*)",
      "設置場所 (*)", "VDI 端末ホスト名", "VDI IPアドレス", "セキュリティ対策製品", "備考"]
for k, h in enumerate(th, 1):
    c = ws.cell(T0 + 1, k, h)
    c.fill = GRAY
    c.alignment = Alignment(wrap_text=True)
terminals_written = [
    ["電子カルテ", "単体", "MIDORI-EMR01 ", "192.168.1.21/24", "1F 外来 診察室1", None, None,
     "ウイルスバスター コーポレートエディション", None],
    ["電子カルテ", "単体", "MIDORI-EMR05", "192.168.1.25/24", "2F ナースステーション", None, None,
     "ウイルスバスター コーポレートエディション", "端末操作可能時間：14:00-16:00\n病棟看護師の立会いが必要"],
    ["医事会計", "単体", "IJI-01", "192.168.1.41/24", "1F 医事課 受付", None, None,
     "ウイルスバスター コーポレートエディション", None],
    ["リハビリ", "仮想デスクトップ", "REHA-TC01", "192.168.1.61/24", "1F リハビリ室", "VDI-REHA01",
     "192.168.100.61/24", "Microsoft Defender", None],
    ["検査", "単体", "LAB-01", "192.168.2.31/24", "2F 検査室", None, None, "Microsoft Defender", None],
]
for n, t in enumerate(terminals_written):
    r = T0 + 2 + n
    ws.cell(r, 1, f"No.{n + 1}")
    for k, v in enumerate(t, 2):
        if v is not None:
            ws.cell(r, k, v).alignment = WRAP
for row in ws[f"A{T0 + 1}:J{T0 + 6}"]:
    for c in row:
        c.border = BOX
ws.cell(T0 + 8, 1, "※設置場所は「フロア図」シートを参照してください。")

# ---------------------------------------------------------------- floor plan sheet
wf = wb.create_sheet(S2)
wf["A1"] = "設置場所（フロア図）　倉敷みどり病院　1F・2F"
wf["A1"].font = Font(bold=True, size=14)
img = Image.new("RGB", (900, 620), "white")
dr = ImageDraw.Draw(img)
f = ImageFont.truetype(FONT, 18)
fs = ImageFont.truetype(FONT, 14)
for nm, y in (("1F", 20), ("2F", 320)):
    dr.rectangle([20, y, 880, y + 280], outline="black", width=3)
    dr.text((28, y + 4), nm, fill="black", font=f)
for y, x0, x1, lab in [(20, 80, 300, "事務室（サーバーラック）"), (20, 300, 480, "医事課 受付"),
                       (20, 480, 680, "外来 診察室1"), (20, 680, 880, "リハビリ室"),
                       (320, 80, 360, "ナースステーション"), (320, 360, 620, "検査室")]:
    dr.rectangle([x0, y + 40, x1, y + 260], outline="gray", width=2)
    dr.text((x0 + 6, y + 44), lab, fill="black", font=fs)
for (x, y), t in [((90, 90), "回線1 ONU / RTX1220（ラック下段）"), ((90, 130), "回線3 ONU / ISR1111（ラック上段）"),
                  ((310, 170), "No.3 IJI-01"), ((490, 130), "No.1 MIDORI-EMR01"), ((690, 170), "No.4 REHA-TC01"),
                  ((100, 420), "No.2 MIDORI-EMR05"), ((380, 400), "回線2 ONU / IX2106（壁面）"),
                  ((380, 480), "No.5 LAB-01")]:
    w = dr.textlength(t, font=fs) + 12
    dr.rounded_rectangle([x, y, x + w, y + 24], radius=6, fill="#FFFFCC", outline="#0000C0", width=2)
    dr.text((x + 6, y + 3), t, fill="#0000C0", font=fs)
tmp = tempfile.mkdtemp()
png = os.path.join(tmp, "floor.png")
img.save(png)
xi = XLImage(png)
xi.width, xi.height = 810, 558
wf.add_image(xi, "A3")

raw = os.path.join(tmp, NAME + ".xlsx")
wb.save(raw)
# re-save with LibreOffice
outdir = os.path.join(tmp, "lo")
os.makedirs(outdir)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
shutil.rmtree(tmp)

# ---------------------------------------------------------------- expected
canon = {"有": "あり", "無": "なし", "希望あり": "調査希望あり", "希望なし": "調査希望なし", "固定": "固定IP", "動的": "動的IP"}
lines = [{k: canon.get(v, v) for k, v in ln.items()} for ln in written]
tkeys = ["systemType", "usage", "hostName", "ipAddress", "location", "vdiHostName", "vdiIpAddress",
         "securityProduct", "remarks"]
terminals = []
for t in terminals_written:
    d = {}
    for k, v in zip(tkeys, t):
        if v is not None:
            d[k] = v.strip() if k == "hostName" else v
    terminals.append(d)
expected = {
    "form": "line-device-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "basicInfo": {
            "consent": "同意する",
            "facilityName": "医療法人緑風会　倉敷みどり病院",
            "facilityNameKana": "いりょうほうじんりょくふうかい　くらしきみどりびょういん",
            "postalCode": "710-0826",
            "address": "岡山県倉敷市老松町3丁目9番21号",
            "addressKana": "おかやまけんくらしきしおいまつちょう3ちょうめ9ばん21ごう",
            "building": "みどりメディカルビル",
            "buildingKana": "みどりめでぃかるびる",
            "beds": 60,
            "confirmerName": "藤原　誠",
        },
        "contacts": [dict(department=d, name=n, phoneNumber=p.translate(str.maketrans("０１２３４５６７８９－", "0123456789-")),
                          email=e) for d, n, p, e in contacts],
        "lines": lines,
        "terminals": terminals,
        "floorPlan": {"image": True},
    },
    "planted": [
        {"cells": [f"{S1}!D{LINE_ROW['globalIpAddress']}"], "paths": ["lines[1].globalIpAddress"],
         "why": "回線2 is 固定IP but the グローバルIPアドレス given is the private address 192.168.1.1 (the router's LAN "
                "address), not a public IPv4 address"},
        {"cells": [f"{S1}!E{LINE_ROW['vulnerabilityScan']}", f"{S1}!E{LINE_ROW['communicationType']}"],
         "paths": ["lines[2].vulnerabilityScan"],
         "why": "回線3 is 閉域網 with グローバルIP利用 無, yet 脆弱性診断 is 希望あり; lines on a closed network are out of "
                "scope for the vulnerability scan (「閉域網に接続された回線は対象外」)"},
    ],
    "notes": ("One sheet holds basic info (「項目：値」 cells B5:B13, B22), contacts table, lines transposed (items in "
              "column B, 回線1-3 in columns C-E) and terminals; picture on sheet フロア図. Re-saved by LibreOffice. "
              "Hospital's wording: 有/無 = あり/なし, 希望あり/希望なし = 調査希望あり/なし, 固定 = 固定IP. 病床数 written "
              "'60床'. Contact 2 phone written with full-width digits/hyphens. Terminal No.1 host name has a "
              "trailing space ('MIDORI-EMR01 '), given trimmed. 回線3 has no 固定/動的 and no address (閉域網). No "
              "password sheet, no ports table."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(expected, fh, ensure_ascii=False, indent=2)
print("done")
