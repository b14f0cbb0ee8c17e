#!/usr/bin/python3
"""lds-w40-b: a hospital's own redraw of 別紙2-1: 記入要領 sheet first, basic info written as
「項目：値」 in one cell, contacts transposed (担当者1..4 as columns), the line table transposed
(items as rows, 回線1..4 as columns, a 記入例 column), 有/無 answers, ports on their own sheet,
terminals with one-row header, floor plan, a hidden choices sheet, and the ID/password list left in.
Re-saved by LibreOffice.

Planted: (1) 回線2 固定IP with a private address 192.168.100.1 as the global IP;
         (2) the ID・パスワード list (提出不要) travels with the file, passwords filled in.

Run: PYTHONPATH=/tmp/bvlds_py /usr/bin/python3 THIS.py
"""
import json
import os
import shutil
import subprocess

from openpyxl import Workbook
from openpyxl.drawing.image import Image as XLImage
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w40-b-transposed-lines-inline-labels"
TMPDIR = "/tmp/bvlds_lds_b"
PNG = "/tmp/bvlds_floor_b.png"

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GRAY = PatternFill("solid", fgColor="E7E6E6")
GREEN = PatternFill("solid", fgColor="E2EFDA")
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def box(ws, rng, fill=None, align=WRAP, bold=False):
    for row in ws[rng]:
        for c in row:
            c.border = BOX
            c.alignment = align
            if fill:
                c.fill = fill
            if bold:
                c.font = Font(bold=True)


def floor_plan(path):
    img = Image.new("RGB", (800, 600), "white")
    d = ImageDraw.Draw(img)
    fp = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
    f = ImageFont.truetype(fp, 18) if os.path.exists(fp) else ImageFont.load_default()
    d.text((20, 5), "あおばメディカルビル フロア図（1F / 2F）", fill="black", font=f)
    # 1F
    d.rectangle([20, 40, 390, 580], outline="black", width=3)
    d.text((30, 45), "1F", fill="black", font=f)
    for (x1, y1, x2, y2), lab in (((20, 80, 200, 250), "医事課・受付"), ((200, 80, 390, 250), "検査室"),
                                  ((20, 250, 390, 580), "外来待合")):
        d.rectangle([x1, y1, x2, y2], outline="black", width=2)
        d.text((x1 + 8, y1 + 8), lab, fill="black", font=f)
    # 2F
    d.rectangle([410, 40, 780, 580], outline="black", width=3)
    d.text((420, 45), "2F", fill="black", font=f)
    for (x1, y1, x2, y2), lab in (((410, 80, 590, 250), "サーバー室"), ((590, 80, 780, 250), "外来診察室3"),
                                  ((410, 250, 780, 580), "リハビリ室")):
        d.rectangle([x1, y1, x2, y2], outline="black", width=2)
        d.text((x1 + 8, y1 + 8), lab, fill="black", font=f)
    for x, y in ((450, 150), (490, 150), (80, 170), (260, 170)):
        d.rectangle([x, y, x + 20, y + 20], fill="red")
    for x, y in ((680, 170), (100, 130), (300, 130), (600, 400)):
        d.ellipse([x, y, x + 18, y + 18], fill="blue")
    img.save(path)


FAC = dict(name="医療法人 青葉会 丸亀あおば病院", kana="いりょうほうじん あおばかい まるがめあおばびょういん",
           zip="763-0034", addr="香川県丸亀市大手町三丁目5番12号",
           addr_kana="かがわけん まるがめし おおてまち さんちょうめ5ばん12ごう",
           building="あおばメディカルビル", building_kana="あおばめでぃかるびる", beds=60)
# (department, name, phone as written, phone canonical, email)
CONTACTS = [
    ("事務長", "大西 健一", "０８７７-２２-５３１０", "0877-22-5310", "k-onishi@aoba-hp.jp"),
    ("医事課 システム担当", "香川 智子", "0877-22-5311", "0877-22-5311", "t-kagawa@aoba-hp.jp"),
    ("（株）四国メディカルシステムズ 保守担当", "森田 翔", "090-4781-2269", "090-4781-2269",
     "s-morita@shikoku-medsys.co.jp"),
]
CONFIRMER = "大西 健一"

# rows of the transposed sheet: (group, label, key, example, {canon->written})
YN = {"調査希望あり": "有", "調査希望なし": "無", "あり": "有", "なし": "無"}
ROWS = [
    ("調査希望", "技術バージョン確認 (*)", "versionCheck", "有"),
    ("調査希望", "脆弱性診断 (*)", "vulnerabilityScan", "有"),
    ("用途", "電子カルテNWとの接続 (*)", "ehrConnection", "有"),
    ("用途", "用途・システム名 (*)", "purpose", "電子カルテ"),
    ("回線情報", "回線事業者", "carrier", "NTT西日本"),
    ("回線情報", "回線サービス名", "carrierService", "フレッツ光ネクスト"),
    ("回線情報", "回線ID", "lineId", "CAF0000000000"),
    ("回線情報", "回線名", "lineName", "電子カルテ保守回線"),
    ("回線情報", "回線の種類", "lineKind", "光"),
    ("プロバイダ", "プロバイダ名", "provider", "○○ネット"),
    ("プロバイダ", "プロバイダ品目", "providerService", "固定IP1"),
    ("通信形態・アドレス", "通信形態 (*)", "communicationType", "インターネットVPN"),
    ("通信形態・アドレス", "グローバルIP利用 (*)", "globalIpUse", "有"),
    ("通信形態・アドレス", "固定IP/動的IP (*)", "ipAssignment", "固定IP"),
    ("通信形態・アドレス", "グローバルIPアドレス (*)", "globalIpAddress", "121.119.249.222"),
    ("通信形態・アドレス", "【診断当日】グローバルIP確認", "diagnosisDayCheck", "入力不要"),
    ("通信形態・アドレス", "【診断当日】グローバルIPアドレス", "diagnosisDayAddress", ""),
    ("通信形態・アドレス", "FQDN", "fqdn", "example.xxx"),
    ("設置場所", "回線終端装置(ONU/モデム)設置場所 (*)", "terminationLocation", "2F サーバー室 ラック1"),
    ("ルータ/UTM/FW", "メーカー", "deviceMaker", "YAMAHA"),
    ("ルータ/UTM/FW", "機種名", "deviceModel", "RTX1210"),
    ("ルータ/UTM/FW", "ファームウェアバージョン", "firmwareVersion", "Rev.14.01.xx"),
]
YN_KEYS = {"versionCheck", "vulnerabilityScan", "ehrConnection", "globalIpUse"}

LINES = [
    dict(versionCheck="調査希望あり", vulnerabilityScan="調査希望あり", ehrConnection="あり", purpose="電子カルテ",
         carrier="NTT西日本", carrierService="フレッツ 光ネクスト ファミリー・ハイスピードタイプ", lineId="CAF5830021476",
         lineName="電カル保守", lineKind="光", provider="So-net", providerService="So-net 光 with フレッツ 固定IP",
         communicationType="インターネットVPN", globalIpUse="あり", ipAssignment="固定IP",
         globalIpAddress="118.22.145.67", diagnosisDayCheck="入力不要",
         terminationLocation="2F サーバー室 ラック1", deviceMaker="Cisco", deviceModel="ISR 1111-4P",
         firmwareVersion="IOS XE 17.9.4a"),
    dict(versionCheck="調査希望あり", vulnerabilityScan="調査希望あり", ehrConnection="あり",
         purpose="インターネット（院内LAN・UTM経由）", carrier="NTT西日本", carrierService="フレッツ 光クロス",
         lineId="CAF5830033891", lineName="院内インターネット", lineKind="光", provider="OCN",
         providerService="OCN 光 固定IP1", communicationType="インターネット", globalIpUse="あり",
         ipAssignment="固定IP", globalIpAddress="192.168.100.1", diagnosisDayCheck="入力不要",
         terminationLocation="2F サーバー室 ラック1", deviceMaker="Fortinet", deviceModel="FortiGate 60F",
         firmwareVersion="v7.4.3"),
    dict(versionCheck="調査希望あり", vulnerabilityScan="調査希望なし", ehrConnection="あり", purpose="オンライン資格確認",
         carrier="NTT西日本", carrierService="フレッツ 光ネクスト（オン資 IP-VPN）", lineId="CAF5830040112",
         lineName="オン資", lineKind="光", communicationType="閉域網", globalIpUse="なし",
         diagnosisDayCheck="入力不要", terminationLocation="1F 医事課 受付カウンター下",
         deviceMaker="NEC", deviceModel="UNIVERGE IX2106", firmwareVersion="10.8.21"),
    dict(versionCheck="調査希望なし", vulnerabilityScan="調査希望あり", ehrConnection="あり",
         purpose="検査機器リモート保守（モバイル）", carrier="NTTドコモ", carrierService="docomo ビジネスモバイル（LTE）",
         lineName="検査保守LTE", lineKind="モバイル回線", communicationType="インターネットVPN", globalIpUse="あり",
         ipAssignment="動的IP", terminationLocation="1F 検査室 分析装置横", deviceMaker="YAMAHA",
         deviceModel="NVR700W", firmwareVersion="Rev.15.00.23"),
]
GIP_WRITTEN = {0: "118.22.145.67 "}  # trailing space as typed

PORTS = [
    dict(line="回線1", device="ISR 1111-4P", port="GE0/1/0", deviceName="電子カルテサーバ", ipAddress="10.1.1.20",
         portNumber=443, protocol="TCP", connectionStatus="接続あり"),
    dict(line="回線2", device="FortiGate 60F", port="internal1", deviceName="院内L3スイッチ", ipAddress="10.1.0.1",
         portNumber=443, protocol="TCP", connectionStatus="接続あり"),
    dict(line="回線4", device="NVR700W", port="LAN1", deviceName="生化学分析装置", ipAddress="10.1.40.15",
         portNumber=5900, protocol="TCP", connectionStatus="接続あり"),
]

TERMS = [
    dict(systemType="電子カルテ", usage="単体", hostName="AOBA-EMR01", ipAddress="10.1.10.21/24",
         location="2F\n外来診察室3", securityProduct="Trend Micro Apex One", remarks="操作可能時間 12:00-13:30"),
    dict(systemType="電子カルテ", usage="単体", hostName="AOBA-EMR07", ipAddress="10.1.10.27/24",
         location="3F 病棟ナースステーション", securityProduct="Trend Micro Apex One"),
    dict(systemType="医事会計", usage="単体", hostName="AOBA-IJI02", ipAddress="10.1.20.12/24", location="1F 医事課",
         securityProduct="Microsoft Defender for Endpoint", remarks="月初（1日～10日）はレセプト作業のため不可"),
    dict(systemType="検査システム", usage="単体", hostName="AOBA-LAB01", ipAddress="10.1.40.11/24", location="1F 検査室",
         securityProduct="ESET Endpoint Security"),
    dict(systemType="リハビリ部門システム", usage="仮想デスクトップ", hostName="TC-RH01", ipAddress="10.1.50.31/24",
         location="2F リハビリ室", vdiHostName="VDI-RH01", vdiIpAddress="10.1.60.31/24",
         securityProduct="Microsoft Defender for Endpoint", remarks="土日不可\n立会い：リハビリ科 主任"),
]
TERM_KEYS = ["systemType", "usage", "hostName", "ipAddress", "location", "vdiHostName", "vdiIpAddress",
             "securityProduct", "remarks"]


def build(path):
    wb = Workbook()
    # ---------------------------------------------------------------- 記入要領
    wi = wb.active
    wi.title = "記入要領"
    notes = [
        "別紙2-1 医療機関記入依頼書（回線・機器情報等記入）　記入要領",
        "",
        "1. 「基本情報」シート：同意確認は「同意する」に○を付けてください。医療機関名・住所等は「：」の後に記入。",
        "2. 「回線・機器情報」シート：電子カルテ系につながる回線（ベンダの保守回線を含む）を1列に1回線ずつ記入。",
        "   記入例の列（灰色）は消さずにそのままにしてください。調査希望・接続・グローバルIP利用は 有／無 で記入。",
        "   閉域網に接続された回線は脆弱性診断の対象外です。動的IPの回線は診断当日にIPアドレスを確認し記入します。",
        "3. 「機器ポート情報」シート：回線ごとの装置と接続機器のポートを記入。",
        "4. 「調査端末」シート：調査対象PCを5台（電子カルテ端末1台＋主要部門システム）記入。IPは /24 などまで。",
        "5. 「設置場所」シート：フロア図を貼り付け、回線終端装置・調査端末の位置を記入。",
        "6. ID・パスワード一覧は当日準備用です（事務局への提出は不要）。",
    ]
    for i, t in enumerate(notes):
        wi.cell(1 + i, 1, t)
    wi["A1"].font = Font(bold=True, size=13)
    wi.column_dimensions["A"].width = 110

    # ---------------------------------------------------------------- 基本情報
    ws = wb.create_sheet("基本情報")
    ws.column_dimensions["A"].width = 22
    for col in "BCDE":
        ws.column_dimensions[col].width = 26
    ws["A1"] = "別紙2-1 医療機関記入依頼書（回線・機器情報等記入）　基本情報"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A3"] = "１．本施策の同意確認（別紙7・別紙8の規約をご確認のうえ、同意する場合は○）"
    ws["A3"].font = Font(bold=True)
    ws["B4"] = "○"
    ws["C4"] = "同意する"
    ws["D4"] = None
    ws["E4"] = "同意しない"
    box(ws, "B4:E4", align=CENTER)
    ws["A6"] = "２．医療機関情報"
    ws["A6"].font = Font(bold=True)
    info = [
        "医療機関名：" + FAC["name"],
        "（かな）：" + FAC["kana"],
        "郵便番号：〒" + FAC["zip"],
        "住所：" + FAC["addr"],
        "住所（かな）：" + FAC["addr_kana"],
        "ビル名：" + FAC["building"],
        "ビル名（かな）：" + FAC["building_kana"],
        "病床数：%d床" % FAC["beds"],
    ]
    for i, t in enumerate(info):
        r = 7 + i
        ws.cell(r, 1, t)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        box(ws, f"A{r}:E{r}")
    ws["A16"] = "３．担当者情報（4名まで）"
    ws["A16"].font = Font(bold=True)
    ws["A17"] = "項目"
    for j in range(4):
        ws.cell(17, 2 + j, f"担当者{j + 1}")
    box(ws, "A17:E17", GREEN, CENTER, bold=True)
    for i, lab in enumerate(["所属・役職", "氏名", "電話番号", "メールアドレス"]):
        r = 18 + i
        ws.cell(r, 1, lab).fill = GREEN
        for j, c in enumerate(CONTACTS):
            v = {0: c[0], 1: c[1], 2: c[2], 3: c[4]}[i]
            ws.cell(r, 2 + j, v)
        box(ws, f"A{r}:E{r}")
    ws["A23"] = "４．申込内容の確認"
    ws["A23"].font = Font(bold=True)
    ws["A24"] = "確認者名（フルネーム）：" + CONFIRMER
    ws.merge_cells("A24:E24")
    box(ws, "A24:E24")

    # ---------------------------------------------------------------- 回線・機器情報 (transposed)
    wl = wb.create_sheet("回線・機器情報")
    wl["A1"] = "回線・機器情報（1列＝1回線）　(*)必須　有／無で記入"
    wl["A1"].font = Font(bold=True, size=13)
    hdr = ["区分", "項目", "記入例", "回線1", "回線2", "回線3", "回線4"]
    for j, h in enumerate(hdr):
        wl.cell(3, 1 + j, h)
    box(wl, "A3:G3", GREEN, CENTER, bold=True)
    wl.column_dimensions["A"].width = 16
    wl.column_dimensions["B"].width = 34
    wl.column_dimensions["C"].width = 20
    for col in "DEFG":
        wl.column_dimensions[col].width = 30
    row_of = {}
    start = {}
    for i, (grp, lab, key, ex) in enumerate(ROWS):
        r = 4 + i
        row_of[key] = r
        if grp not in start:
            start[grp] = r
            wl.cell(r, 1, grp)
        wl.cell(r, 2, lab)
        wl.cell(r, 3, ex if ex else None)
        for j, L in enumerate(LINES):
            v = L.get(key, "")
            if key in YN_KEYS and v:
                v = YN[v]
            if key == "globalIpAddress" and j in GIP_WRITTEN:
                v = GIP_WRITTEN[j]
            if v != "":
                wl.cell(r, 4 + j, v)
        box(wl, f"A{r}:G{r}")
        wl.cell(r, 3).fill = GRAY
    # merge group labels
    grps = list(start.items())
    last = 4 + len(ROWS) - 1
    for k, (grp, r0) in enumerate(grps):
        r1 = (grps[k + 1][1] - 1) if k + 1 < len(grps) else last
        if r1 > r0:
            wl.merge_cells(start_row=r0, start_column=1, end_row=r1, end_column=1)
        wl.cell(r0, 1).alignment = CENTER
    for key in YN_KEYS:
        dv = DataValidation(type="list", formula1="=選択肢!$A$1:$A$2", allow_blank=True)
        wl.add_data_validation(dv)
        dv.add(f"D{row_of[key]}:G{row_of[key]}")
    wl.freeze_panes = "D4"
    globals()["ROW_OF"] = row_of

    # ---------------------------------------------------------------- 機器ポート情報
    wp = wb.create_sheet("機器ポート情報")
    wp["A1"] = "装置と接続する回線と機器の詳細"
    wp["A1"].font = Font(bold=True, size=13)
    ph = ["回線", "装置（ルータ/UTM）", "ポート", "接続機器名", "IPアドレス", "ポート番号", "プロトコル", "接続状況"]
    for j, h in enumerate(ph):
        wp.cell(3, 1 + j, h)
    box(wp, "A3:H3", GREEN, CENTER, bold=True)
    pk = ["line", "device", "port", "deviceName", "ipAddress", "portNumber", "protocol", "connectionStatus"]
    for i, P in enumerate(PORTS):
        for j, k in enumerate(pk):
            v = P[k]
            if k == "portNumber" and i == 1:
                v = str(v)  # typed as text
            wp.cell(4 + i, 1 + j, v)
        box(wp, f"A{4 + i}:H{4 + i}")
    for j, w in enumerate([10, 20, 12, 22, 16, 12, 12, 12]):
        wp.column_dimensions[chr(65 + j)].width = w

    # ---------------------------------------------------------------- 調査端末
    wt = wb.create_sheet("調査端末")
    wt["A1"] = "調査端末情報（5台）"
    wt["A1"].font = Font(bold=True, size=13)
    th = ["No.", "システム種別", "利用形態（単体／仮想デスクトップ）", "端末ホスト名", "IPアドレス（/マスク長）", "設置場所",
          "VDI ホスト名", "VDI IPアドレス", "セキュリティ対策製品", "備考"]
    for j, h in enumerate(th):
        wt.cell(3, 1 + j, h)
    box(wt, "A3:J3", GREEN, CENTER, bold=True)
    ex = ["（記入例）", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F OOO室", "", "", "Microsoft Defender",
          "端末操作可能時間：12:00-13:00"]
    for j, v in enumerate(ex):
        wt.cell(4, 1 + j, v if v else None)
    box(wt, "A4:J4", GRAY)
    for i, T in enumerate(TERMS):
        r = 5 + i
        wt.cell(r, 1, i + 1)
        for j, k in enumerate(TERM_KEYS):
            if T.get(k):
                wt.cell(r, 2 + j, T[k])
        box(wt, f"A{r}:J{r}")
    for j, w in enumerate([10, 18, 18, 14, 18, 24, 12, 16, 28, 30]):
        wt.column_dimensions[chr(65 + j)].width = w

    # ---------------------------------------------------------------- 設置場所
    wf = wb.create_sheet("設置場所")
    wf["A1"] = "設置場所（フロア図）　■回線終端装置　●調査端末"
    wf["A1"].font = Font(bold=True)
    floor_plan(PNG)
    img = XLImage(PNG)
    img.width, img.height = 640, 480
    wf.add_image(img, "A3")
    callouts = [
        "■回線1 ONU：2F サーバー室 ラック1（電カル保守）",
        "■回線2 ONU：2F サーバー室 ラック1（院内インターネット）",
        "■回線3 ONU：1F 医事課 受付カウンター下（オン資）",
        "■回線4 NVR700W：1F 検査室 分析装置横（LTE）",
        "●No.1 AOBA-EMR01：2F 外来診察室3",
        "●No.2 AOBA-EMR07：3F 病棟ナースステーション（図外）",
        "●No.3 AOBA-IJI02：1F 医事課",
        "●No.4 AOBA-LAB01：1F 検査室",
        "●No.5 TC-RH01：2F リハビリ室",
    ]
    for i, t in enumerate(callouts):
        wf.cell(3 + i, 12, t)
    wf.column_dimensions["L"].width = 50

    # ---------------------------------------------------------------- ID・PW (提出不要) — left in by mistake
    wc = wb.create_sheet("ID・パスワード一覧（提出不要）")
    wc["A1"] = "アカウント(ログインID)・パスワードリスト　※提出不要（当日準備用）"
    wc["A1"].font = Font(bold=True)
    ch = ["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"]
    for j, h in enumerate(ch):
        wc.cell(3, 1 + j, h)
    box(wc, "A3:F3", GREEN, CENTER, bold=True)
    creds = [("回線1", "Cisco", "ISR 1111-4P", "aobaadmin", "Aoba#Rtr2024", "Aoba#En2024"),
             ("回線2", "Fortinet", "FortiGate 60F", "admin", "Fg60F!aoba", ""),
             ("回線3", "NEC", "UNIVERGE IX2106", "(ベンダ管理)", "", ""),
             ("回線4", "YAMAHA", "NVR700W", "labmaint", "Nvr700w-lab", "")]
    for i, c in enumerate(creds):
        for j, v in enumerate(c):
            wc.cell(4 + i, 1 + j, v if v else None)
        box(wc, f"A{4 + i}:F{4 + i}")
    wc["A10"] = "調査端末"
    for j, h in enumerate(["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"]):
        wc.cell(11, 1 + j, h)
    box(wc, "A11:E11", GREEN, CENTER, bold=True)
    tcreds = [("端末1", "AOBA-EMR01", "10.1.10.21/24", "survey01", "Emr01-Chk!"),
              ("端末2", "AOBA-EMR07", "10.1.10.27/24", "survey01", "Emr01-Chk!")]
    for i, c in enumerate(tcreds):
        for j, v in enumerate(c):
            wc.cell(12 + i, 1 + j, v)
        box(wc, f"A{12 + i}:E{12 + i}")
    for j, w in enumerate([8, 16, 20, 22, 18, 26]):
        wc.column_dimensions[chr(65 + j)].width = w

    # ---------------------------------------------------------------- hidden choices
    wh = wb.create_sheet("選択肢")
    wh["A1"] = "有"
    wh["A2"] = "無"
    for i, t in enumerate(["インターネット", "インターネットVPN", "閉域網", "モバイル回線"]):
        wh.cell(1 + i, 2, t)
    wh.sheet_state = "hidden"

    wb.active = 1
    wb.save(path)


def expected():
    lines = [dict(L) for L in LINES]
    terms = [{k: v for k, v in T.items() if v} for T in TERMS]
    values = {
        "basicInfo.consent": "同意する",
        "basicInfo.facilityName": FAC["name"],
        "basicInfo.facilityNameKana": FAC["kana"],
        "basicInfo.postalCode": FAC["zip"],
        "basicInfo.address": FAC["addr"],
        "basicInfo.addressKana": FAC["addr_kana"],
        "basicInfo.building": FAC["building"],
        "basicInfo.buildingKana": FAC["building_kana"],
        "basicInfo.beds": FAC["beds"],
        "basicInfo.confirmerName": CONFIRMER,
        "contacts": [dict(department=c[0], name=c[1], phoneNumber=c[3], email=c[4]) for c in CONTACTS],
        "lines": lines,
        "ports": PORTS,
        "terminals": terms,
        "floorPlan.image": True,
    }
    gip_cell = "回線・機器情報!E%d" % ROW_OF["globalIpAddress"]
    return {
        "form": "line-device-survey",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": values,
        "planted": [
            {"cells": [gip_cell], "paths": ["lines[1].globalIpAddress"],
             "why": "回線2 is 固定IP but its グローバルIPアドレス is the private address 192.168.100.1 (the UTM's LAN "
                    "side), not a public IPv4 address"},
            {"cells": ["ID・パスワード一覧（提出不要）!E4", "ID・パスワード一覧（提出不要）!F4",
                       "ID・パスワード一覧（提出不要）!E5", "ID・パスワード一覧（提出不要）!E7",
                       "ID・パスワード一覧（提出不要）!E12", "ID・パスワード一覧（提出不要）!E13"],
             "paths": ["credentials"],
             "why": "the アカウント(ログインID)・パスワードリスト is 提出不要 but was left in the workbook with passwords "
                    "filled in"},
        ],
        "notes": ("Basic info is written as 「項目：値」 in one merged cell per item (label before the full-width colon); "
                  "postal code cell reads 〒763-0034; 病床数 cell reads '60床'. Consent: ○ in B4 beside 同意する (C4). "
                  "Contacts are columns B..D (担当者1..3) of rows 18-21; 担当者1's phone is typed with full-width digits. "
                  "The line table is transposed: column C is the 記入例 column (ignore), D..G are 回線1..回線4; "
                  "有/無 stand for 調査希望あり/なし and あり/なし. 回線1's global IP has a trailing space. 回線3 is "
                  "閉域網 (グローバルIP なし: 固定/動的 and address blank). 回線4 is 動的IP: address and 当日 fields "
                  "blank at submission. ports[1].portNumber is typed as text '443'. Terminals: row 4 is （記入例）. "
                  "Hidden sheet 選択肢 holds dropdown choices. Re-saved by LibreOffice. No password value is listed here."),
    }


if __name__ == "__main__":
    os.makedirs(TMPDIR, exist_ok=True)
    tmp = os.path.join(TMPDIR, NAME + ".xlsx")
    build(tmp)
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", HERE, tmp], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=2)
    print("wrote", os.path.join(HERE, NAME + ".xlsx"))
