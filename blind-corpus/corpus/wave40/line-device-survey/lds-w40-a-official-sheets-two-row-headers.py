#!/usr/bin/python3
"""lds-w40-a: 別紙2-1 drawn on the secretariat's sheet names, two-row merged headers,
記入例 rows, a port table below the line table, floor plan picture with callout formulas.
Filled completely and correctly (no planted problem). Saved by openpyxl (formulas uncached).

Run: PYTHONPATH=/tmp/bvlds_py /usr/bin/python3 THIS.py
"""
import json
import os

from openpyxl import Workbook
from openpyxl.drawing.image import Image as XLImage
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w40-a-official-sheets-two-row-headers"
XLSX = os.path.join(HERE, NAME + ".xlsx")
PNG = "/tmp/bvlds_floor_a.png"

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="DDEBF7")
REQ = PatternFill("solid", fgColor="FCE4D6")
EX = PatternFill("solid", fgColor="D9D9D9")
INPUT = PatternFill("solid", fgColor="FFF2CC")
WRAP = Alignment(wrap_text=True, vertical="center")
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


def font_path():
    for p in ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
              "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf",
              "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"):
        if os.path.exists(p):
            return p
    return None


def floor_plan(path):
    img = Image.new("RGB", (900, 560), "white")
    d = ImageDraw.Draw(img)
    fp = font_path()
    f = ImageFont.truetype(fp, 16) if fp else ImageFont.load_default()
    d.rectangle([20, 20, 880, 540], outline="black", width=4)
    rooms = [((20, 20, 300, 200), "本館1F サーバー室"), ((300, 20, 560, 200), "本館1F 医事課"),
             ((560, 20, 880, 200), "本館1F 放射線科"), ((20, 200, 300, 380), "本館2F 外来NS"),
             ((300, 200, 560, 380), "本館3F 病棟NS"), ((560, 200, 880, 380), "本館1F 検査科"),
             ((20, 380, 880, 540), "廊下・正面玄関")]
    for (x1, y1, x2, y2), label in rooms:
        d.rectangle([x1, y1, x2, y2], outline="black", width=2)
        d.text((x1 + 10, y1 + 10), label, fill="black", font=f)
    for x, y in ((120, 120), (160, 120), (700, 120)):
        d.rectangle([x, y, x + 22, y + 22], fill="red")
    for x, y in ((120, 300), (380, 300), (420, 120), (700, 300), (650, 120)):
        d.ellipse([x, y, x + 20, y + 20], fill="blue")
    img.save(path)


# ----------------------------------------------------------------- data
FAC = {
    "name": "医療法人社団 瀬戸内会 高松みなと病院",
    "kana": "いりょうほうじんしゃだん せとうちかい たかまつみなとびょういん",
    "zip": "761-8031",
    "addr": "香川県高松市郷東町792番地8",
    "addr_kana": "かがわけん たかまつし ごうとうちょう792ばんち8",
    "beds": 199,
}
CONTACTS = [
    ("事務部 情報システム課 主任", "山田 太郎", "087-881-4512", "t-yamada@minato-hp.or.jp"),
    ("事務部 総務課 係長", "三木 由美", "087-881-4500", "y-miki@minato-hp.or.jp"),
]
CONFIRMER = "山田 太郎"

EXAMPLE_LINE = ["記入例", "調査希望あり", "調査希望あり", "あり", "電子カルテ", "インターネットVPN", "あり",
                "固定IP", "121.119.249.222", "入力不要", "", "example.xxx", "NTT東日本", "Bフレッツサービス",
                "光回線", "NTT東日本", "フレッツ光ネクスト", "CAF0000000000", "電子カルテ保守回線",
                "本部棟 3F サーバー室 -1番ラック 3U", "YAMAHA", "RTX1210", "Rev.14.01.xx"]
LINES = [
    dict(versionCheck="調査希望あり", vulnerabilityScan="調査希望あり", ehrConnection="あり",
         purpose="電子カルテ（リモート保守）", communicationType="インターネットVPN", globalIpUse="あり",
         ipAssignment="固定IP", globalIpAddress="61.115.72.18", diagnosisDayCheck="入力不要",
         fqdn="", provider="OCN", providerService="OCN 光 IPoE 固定IP1",
         lineKind="光回線", carrier="NTT西日本", carrierService="フレッツ 光ネクスト ビジネスタイプ",
         lineId="CAF2471058836", lineName="電子カルテ保守回線",
         terminationLocation="本館1F サーバー室 ラック2 上段", deviceMaker="YAMAHA", deviceModel="RTX1300",
         firmwareVersion="Rev.23.00.08"),
    dict(versionCheck="調査希望あり", vulnerabilityScan="調査希望あり", ehrConnection="あり",
         purpose="PACS（画像）リモート保守", communicationType="インターネットVPN", globalIpUse="あり",
         ipAssignment="動的IP", globalIpAddress="", diagnosisDayCheck="",
         fqdn="", provider="BIGLOBE", providerService="ビッグローブ光 ビジネス",
         lineKind="光回線", carrier="NTT西日本", carrierService="フレッツ 光クロス",
         lineId="CAF2471092215", lineName="放射線科PACS保守回線",
         terminationLocation="本館1F 放射線科 操作室 壁面棚", deviceMaker="Fortinet", deviceModel="FortiGate 40F",
         firmwareVersion="FortiOS 7.2.8"),
    dict(versionCheck="調査希望あり", vulnerabilityScan="調査希望なし", ehrConnection="あり",
         purpose="オンライン資格確認", communicationType="閉域網", globalIpUse="なし",
         ipAssignment="", globalIpAddress="", diagnosisDayCheck="入力不要",
         fqdn="", provider="", providerService="",
         lineKind="光回線", carrier="NTT西日本", carrierService="フレッツ 光ネクスト ＋ IP-VPN（オン資用）",
         lineId="CAF2471099304", lineName="オン資回線",
         terminationLocation="本館1F 医事課 受付裏 ラック", deviceMaker="NEC", deviceModel="UNIVERGE IX2106",
         firmwareVersion="10.7.18"),
]
LINE_KEYS = ["versionCheck", "vulnerabilityScan", "ehrConnection", "purpose", "communicationType",
             "globalIpUse", "ipAssignment", "globalIpAddress", "diagnosisDayCheck", "diagnosisDayAddress",
             "fqdn", "provider", "providerService", "lineKind", "carrier", "carrierService", "lineId",
             "lineName", "terminationLocation", "deviceMaker", "deviceModel", "firmwareVersion"]

PORTS = [
    dict(line="回線1", device="RTX1300", port="LAN1", deviceName="電子カルテサーバ", ipAddress="192.168.10.10",
         portNumber=443, protocol="TCP", connectionStatus="接続あり"),
    dict(line="回線1", device="RTX1300", port="LAN1", deviceName="電子カルテ DBサーバ", ipAddress="192.168.10.11",
         portNumber=3389, protocol="TCP", connectionStatus="接続あり"),
    dict(line="回線2", device="FortiGate 40F", port="lan1", deviceName="PACSサーバ", ipAddress="192.168.30.20",
         portNumber=22, protocol="TCP", connectionStatus="接続あり"),
    dict(line="回線3", device="UNIVERGE IX2106", port="GE1", deviceName="オン資端末", ipAddress="192.168.50.5",
         portNumber=443, protocol="TCP", connectionStatus="接続あり"),
]

EXAMPLE_TERM = ["記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F OOO室", "PCXXXX",
                "192.168.1.25/24", "Microsoft Defender", "端末操作可能時間：12:00-13:00"]
TERMS = [
    dict(systemType="電子カルテ", usage="単体", hostName="EMR-PC011", ipAddress="192.168.10.111/24",
         location="本館2F 外来ナースステーション", securityProduct="Trend Micro Apex One",
         remarks="端末操作可能時間：12:00-13:00"),
    dict(systemType="電子カルテ", usage="仮想デスクトップ", hostName="TC-3F-02", ipAddress="192.168.10.162/24",
         location="本館3F 病棟ナースステーション", vdiHostName="VDI-EMR-042", vdiIpAddress="192.168.12.42/24",
         securityProduct="Trend Micro Apex One", remarks="夜勤帯以外は常時使用"),
    dict(systemType="医事会計", usage="単体", hostName="IJI-PC03", ipAddress="192.168.10.143/24",
         location="本館1F 医事課", securityProduct="Trend Micro Apex One",
         remarks="端末操作可能時間：13:00-15:00"),
    dict(systemType="PACS（画像）", usage="単体", hostName="RAD-VIEW01", ipAddress="192.168.30.101/24",
         location="本館1F 放射線科 読影室", securityProduct="Microsoft Defender"),
    dict(systemType="検査システム", usage="単体", hostName="LAB-PC02", ipAddress="192.168.40.52/24",
         location="本館1F 検査科", securityProduct="ESET Endpoint Security",
         remarks="検査科 技師長の立会い必須"),
]
TERM_KEYS = ["systemType", "usage", "hostName", "ipAddress", "location", "vdiHostName", "vdiIpAddress",
             "securityProduct", "remarks"]


def build():
    wb = Workbook()
    # ------------------------------------------------------------- 基本情報記入シート
    ws = wb.active
    ws.title = "基本情報記入シート"
    ws.column_dimensions["A"].width = 2
    ws.column_dimensions["B"].width = 26
    ws.column_dimensions["C"].width = 40
    ws.column_dimensions["D"].width = 12
    ws.column_dimensions["E"].width = 50
    ws.column_dimensions["F"].width = 30
    ws["B1"] = "別紙2-1_医療機関記入依頼書（回線・機器情報等記入）"
    ws["B1"].font = Font(bold=True, size=14)
    ws["B2"] = "基本情報記入シート　※黄色セルにご記入ください。(*)は必須項目です。"

    ws["B4"] = "■本施策についての同意確認"
    ws["B4"].font = Font(bold=True)
    ws["B5"] = "本施策の同意確認 (*)"
    ws["C5"] = "(別紙)規約に記載の内容をご確認のうえ、本施策実施に同意いただける場合は「同意する」を選択してください"
    ws.merge_cells("C5:D5")
    ws["E5"] = "同意する"
    box(ws, "B5:E5")
    ws["B5"].fill = HEAD
    ws["E5"].fill = INPUT
    dv = DataValidation(type="list", formula1='"同意する,同意しない"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("E5")
    ws.row_dimensions[5].height = 45

    ws["B7"] = "■お客様情報（医療機関情報）"
    ws["B7"].font = Font(bold=True)
    rows = [
        ("医療機関名 (*)", FAC["name"], "(かな)", FAC["kana"]),
        ("〒 (*)", FAC["zip"], None, None),
        ("住所 (*)", FAC["addr"], "(かな)", FAC["addr_kana"]),
        ("ビル名", "", "(かな)", ""),
        ("病床数 (*)", FAC["beds"], None, None),
    ]
    r = 8
    for lab, val, klab, kval in rows:
        ws.cell(r, 2, lab)
        ws.cell(r, 3, val if val != "" else None)
        if klab:
            ws.cell(r, 4, klab)
            ws.cell(r, 5, kval if kval else None)
        box(ws, f"B{r}:E{r}")
        ws.cell(r, 2).fill = HEAD
        ws.cell(r, 3).fill = INPUT
        if klab:
            ws.cell(r, 4).fill = HEAD
            ws.cell(r, 5).fill = INPUT
        r += 1
    ws["C12"].number_format = '0"床"'

    ws["B14"] = "■担当者情報（4名まで）※1名以上は必ずご記入ください"
    ws["B14"].font = Font(bold=True)
    hdr = ["担当者", "所属・役職", "氏名", "電話番号", "メールアドレス"]
    ws.cell(15, 1, None)
    for i, h in enumerate(hdr):
        ws.cell(15, 2 + i, h)
    box(ws, "B15:F15", HEAD, CENTER, bold=True)
    for i in range(4):
        rr = 16 + i
        ws.cell(rr, 2, f"担当者{i + 1}")
        if i < len(CONTACTS):
            for j, v in enumerate(CONTACTS[i]):
                ws.cell(rr, 3 + j, v)
        box(ws, f"B{rr}:F{rr}")
        for cc in range(3, 7):
            ws.cell(rr, cc).fill = INPUT

    ws["B21"] = "■申込内容の確認"
    ws["B21"].font = Font(bold=True)
    ws["B22"] = "確認者名(医療機関のご担当者名) (*)"
    ws["C22"] = CONFIRMER
    box(ws, "B22:C22")
    ws["B22"].fill = HEAD
    ws["C22"].fill = INPUT
    ws["B23"] = "※記入内容に不備がないかご確認のうえ、フルネームでご記入ください。"

    # ------------------------------------------------------------- 回線・機器情報記入シート
    wl = wb.create_sheet("回線・機器情報記入シート")
    wl["A1"] = "回線・機器情報記入シート"
    wl["A1"].font = Font(bold=True, size=14)
    wl["A2"] = ("電子カルテシステムと接続するネットワークに接続されている回線（ベンダが院内に設置している保守用回線を含む）を"
                "1行に1回線ずつご記入ください。(*)は必須項目です。閉域網に接続された回線は脆弱性診断の対象外です。")
    groups = [  # (first col, last col, group label) for row 4; row 5 = sub labels
        (1, 1, "回線No."),
        (2, 3, "調査希望"),
        (4, 4, "電子カルテシステムと接続するネットワークとの接続 (*)"),
        (5, 5, "用途・システム名 (*)"),
        (6, 6, "通信形態 (*)"),
        (7, 7, "グローバルIP利用 (*)"),
        (8, 8, "固定IP/動的IP (*)"),
        (9, 9, "グローバルIPアドレス (*)"),
        (10, 11, "脆弱性診断当日記入欄"),
        (12, 12, "FQDN"),
        (13, 14, "プロバイダ情報"),
        (15, 19, "回線情報"),
        (20, 20, "回線終端装置(ONU/モデム)情報"),
        (21, 23, "機器情報（ルータ/UTM/FW）"),
    ]
    subs = {2: "技術バージョン確認 (*)", 3: "脆弱性診断 (*)", 10: "グローバルIP確認", 11: "グローバルIPアドレス",
            13: "プロバイダ名", 14: "プロバイダ品目", 15: "回線の種類", 16: "回線事業者", 17: "回線サービス名",
            18: "回線ID", 19: "回線名", 20: "回線終端装置設置場所 (*)", 21: "メーカー", 22: "機種名",
            23: "ファームウェアバージョン"}
    for c1, c2, lab in groups:
        wl.cell(4, c1, lab)
        if c1 == c2 and c1 not in subs:
            wl.merge_cells(start_row=4, start_column=c1, end_row=5, end_column=c1)
        elif c1 != c2:
            wl.merge_cells(start_row=4, start_column=c1, end_row=4, end_column=c2)
    for c, lab in subs.items():
        wl.cell(5, c, lab)
    box(wl, "A4:W5", HEAD, CENTER, bold=True)
    wl.row_dimensions[4].height = 48
    wl.row_dimensions[5].height = 36
    widths = [9, 13, 13, 16, 22, 16, 10, 10, 16, 12, 16, 16, 12, 24, 10, 12, 30, 16, 20, 28, 12, 16, 18]
    for i, w in enumerate(widths):
        wl.column_dimensions[chr(65 + i)].width = w
    for j, v in enumerate(EXAMPLE_LINE):
        wl.cell(6, 1 + j, v if v != "" else None)
    box(wl, "A6:W6", EX)
    for i in range(5):
        rr = 7 + i
        wl.cell(rr, 1, f"回線{i + 1}")
        if i < len(LINES):
            L = LINES[i]
            for j, k in enumerate(LINE_KEYS):
                v = L.get(k, "")
                if v != "":
                    wl.cell(rr, 2 + j, v)
        box(wl, f"A{rr}:W{rr}")
        for cc in range(2, 24):
            wl.cell(rr, cc).fill = INPUT
    for col, opts in (("B", "調査希望あり,調査希望なし"), ("C", "調査希望あり,調査希望なし"), ("D", "あり,なし"),
                      ("F", "インターネット,インターネットVPN,閉域網,モバイル回線,その他"), ("G", "あり,なし"),
                      ("H", "固定IP,動的IP"), ("J", "確認済み,入力不要")):
        dv = DataValidation(type="list", formula1=f'"{opts}"', allow_blank=True)
        wl.add_data_validation(dv)
        dv.add(f"{col}7:{col}11")

    # second table: ports
    wl["A14"] = "■装置と接続する回線と機器の詳細（回線ごとに、関係する装置のポート情報をご記入ください）"
    wl["A14"].font = Font(bold=True)
    ph = ["回線", "機器情報", "ポート (*)", "機器名 (*)", "IPアドレス (*)", "ポート番号 (*)", "プロトコル (*)", "接続状況"]
    for j, h in enumerate(ph):
        wl.cell(15, 1 + j, h)
    box(wl, "A15:H15", HEAD, CENTER, bold=True)
    pk = ["line", "device", "port", "deviceName", "ipAddress", "portNumber", "protocol", "connectionStatus"]
    for i, P in enumerate(PORTS):
        for j, k in enumerate(pk):
            wl.cell(16 + i, 1 + j, P[k])
        box(wl, f"A{16 + i}:H{16 + i}")
    for i in range(len(PORTS), 8):
        box(wl, f"A{16 + i}:H{16 + i}")
    wl.freeze_panes = "B6"

    # ------------------------------------------------------------- 調査端末情報記入シート
    wt = wb.create_sheet("調査端末情報記入シート")
    wt["A1"] = "調査端末情報記入シート"
    wt["A1"].font = Font(bold=True, size=14)
    wt["A2"] = ("セキュリティ対策状況を確認したいPC端末を5台ご選定ください（電子カルテ端末から1台、その他主要な部門システムから"
                "1台ずつを推奨）。IPアドレスはサブネットマスク長まで（例 192.168.1.131/24）ご記入ください。")
    tg = [(1, 1, "No."), (2, 2, "システム種別 (*)"), (3, 3, "シングル利用 (*)"), (4, 6, "シンクル端末/FAT端末"),
          (7, 8, "仮想デスクトップ"), (9, 9, "セキュリティ対策製品"), (10, 10, "備考")]
    for c1, c2, lab in tg:
        wt.cell(4, c1, lab)
        if c1 == c2:
            wt.merge_cells(start_row=4, start_column=c1, end_row=5, end_column=c1)
        else:
            wt.merge_cells(start_row=4, start_column=c1, end_row=4, end_column=c2)
    for c, lab in {4: "端末ホスト名 (*)", 5: "IPアドレス (*)", 6: "設置場所 (*)", 7: "端末ホスト名", 8: "IPアドレス"}.items():
        wt.cell(5, c, lab)
    box(wt, "A4:J5", HEAD, CENTER, bold=True)
    for i, w in enumerate([9, 16, 16, 16, 20, 30, 16, 20, 26, 34]):
        wt.column_dimensions[chr(65 + i)].width = w
    for j, v in enumerate(EXAMPLE_TERM):
        wt.cell(6, 1 + j, v)
    box(wt, "A6:J6", EX)
    for i, T in enumerate(TERMS):
        rr = 7 + i
        wt.cell(rr, 1, f"No.{i + 1}")
        for j, k in enumerate(TERM_KEYS):
            if T.get(k):
                wt.cell(rr, 2 + j, T[k])
        box(wt, f"A{rr}:J{rr}")
    dv = DataValidation(type="list", formula1='"単体,仮想デスクトップ"', allow_blank=True)
    wt.add_data_validation(dv)
    dv.add("C7:C11")

    # ------------------------------------------------------------- 設置場所記入シート
    wf = wb.create_sheet("設置場所記入シート")
    wf["A1"] = "設置場所記入シート　※平面図またはフロア図を貼り付け、吹き出しを設置場所に配置してください。"
    wf["A1"].font = Font(bold=True)
    floor_plan(PNG)
    img = XLImage(PNG)
    img.width, img.height = 720, 448
    wf.add_image(img, "B3")
    wf["N3"] = "吹き出し（回線・端末シートから自動表示）"
    wf["N3"].font = Font(bold=True)
    L = "'回線・機器情報記入シート'"
    T = "'調査端末情報記入シート'"
    for i in range(3):
        wf.cell(4 + i, 14, f'={L}!A{7 + i}&"："&{L}!E{7 + i}&" / "&{L}!T{7 + i}')
    for i in range(5):
        wf.cell(8 + i, 14, f'={T}!A{7 + i}&"："&{T}!D{7 + i}&" / "&{T}!F{7 + i}')
    wf.column_dimensions["N"].width = 60

    wb.save(XLSX)


def expected():
    lines = []
    for L in LINES:
        lines.append({k: v for k, v in L.items() if v != ""})
    terms = [{k: v for k, v in T.items() if v != ""} for T in TERMS]
    values = {
        "basicInfo.consent": "同意する",
        "basicInfo.facilityName": FAC["name"],
        "basicInfo.facilityNameKana": FAC["kana"],
        "basicInfo.postalCode": FAC["zip"],
        "basicInfo.address": FAC["addr"],
        "basicInfo.addressKana": FAC["addr_kana"],
        "basicInfo.beds": FAC["beds"],
        "basicInfo.confirmerName": CONFIRMER,
        "contacts": [dict(department=c[0], name=c[1], phoneNumber=c[2], email=c[3]) for c in CONTACTS],
        "lines": lines,
        "ports": PORTS,
        "terminals": terms,
        "floorPlan.image": True,
    }
    return {
        "form": "line-device-survey",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": values,
        "planted": [],
        "notes": ("記入例 rows (回線・機器情報記入シート row 6, 調査端末情報記入シート row 6) are examples, not data. "
                  "回線2 is 動的IP: グローバルIPアドレス and the 当日記入欄 are left blank at submission (to be filled on "
                  "diagnosis day). 回線3 is 閉域網 with グローバルIP利用 なし, so 固定IP/動的IP and the address are blank "
                  "and 脆弱性診断 is 調査希望なし. 回線4/回線5 rows are labelled but empty. 病床数 C12 is a number "
                  "formatted 0\"床\". The callouts on 設置場所記入シート are formulas saved by openpyxl without cached "
                  "values. No password list sheet (the hospital removed the 提出不要 sheet)."),
    }


if __name__ == "__main__":
    build()
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=2)
    print("wrote", XLSX)
