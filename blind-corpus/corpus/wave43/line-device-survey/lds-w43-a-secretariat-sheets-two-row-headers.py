#!/usr/bin/python3
# Generator for lds-w43-a-secretariat-sheets-two-row-headers.xlsx
# Role: the programme secretariat's 別紙2-1 workbook (one sheet per section, two-row headers, 記入例 rows,
# hidden pull-down list sheet), filled by the IT person of a 199-bed hospital in Yokohama.
# Run: PYTHONPATH=/tmp/h43lib /usr/bin/python3 THIS.py   (needs openpyxl + Pillow)
import os
import sys

from openpyxl import Workbook
from openpyxl.drawing.image import Image as XLImage
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w43-a-secretariat-sheets-two-row-headers"
OUT = os.path.join(HERE, NAME + ".xlsx")
PNG = "/tmp/" + NAME + "-floor.png"
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="DDEBF7")
REQ = PatternFill("solid", fgColor="FCE4D6")
EXAMPLE = PatternFill("solid", fgColor="D9D9D9")
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


def floor_plan():
    img = Image.new("RGB", (760, 470), "white")
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT, 16, index=0)
    t = ImageFont.truetype(FONT, 20, index=0)
    d.text((10, 8), "本館 B1F～3F 平面図（抜粋）", font=t, fill="black")
    rooms = [
        ((10, 50, 370, 250), "2F"),
        ((390, 50, 750, 250), "1F"),
        ((10, 270, 370, 460), "3F"),
        ((390, 270, 750, 460), "B1F"),
    ]
    for (x1, y1, x2, y2), lab in rooms:
        d.rectangle((x1, y1, x2, y2), outline="black", width=3)
        d.text((x1 + 6, y1 + 4), lab, font=t, fill="black")
    parts = [
        ((30, 90, 170, 200), "サーバー室"),
        ((190, 90, 350, 200), "情報システム室"),
        ((410, 90, 540, 160), "医事課"),
        ((560, 90, 730, 160), "放射線科 操作室"),
        ((410, 170, 540, 240), "外来診察室5"),
        ((560, 170, 730, 240), "読影室"),
        ((30, 310, 200, 420), "西病棟NS"),
        ((410, 310, 600, 420), "臨床検査科"),
    ]
    for (x1, y1, x2, y2), lab in parts:
        d.rectangle((x1, y1, x2, y2), outline="#555555", width=2, fill="#F2F2F2")
        d.text((x1 + 6, y1 + 6), lab, font=f, fill="black")
    for (x, y) in [(60, 170), (110, 170), (600, 130)]:
        d.ellipse((x - 8, y - 8, x + 8, y + 8), fill="red")
    img.save(PNG)


def main():
    wb = Workbook()

    # ---- hidden pull-down list sheet ----
    lst = wb.active
    lst.title = "リスト"
    lists = {
        "A": ["同意する", "同意しない"],
        "B": ["調査希望あり", "調査希望なし"],
        "C": ["あり", "なし"],
        "D": ["インターネット", "インターネットVPN", "閉域網", "モバイル回線", "その他"],
        "E": ["固定IP", "動的IP"],
        "F": ["確認済み", "入力不要"],
        "G": ["単体", "仮想デスクトップ"],
        "H": ["電子カルテ", "医事", "PACS（画像）", "検査", "地域医療連携", "部門システム", "その他"],
    }
    for col, vals in lists.items():
        for i, v in enumerate(vals, start=1):
            lst[f"{col}{i}"] = v
    lst.sheet_state = "hidden"

    # ---- 基本情報記入シート ----
    ws = wb.create_sheet("基本情報記入シート", 0)
    for col, w in zip("ABCDEF", (26, 30, 24, 10, 30, 30)):
        ws.column_dimensions[col].width = w
    ws["A1"] = "別紙2-1　医療機関記入依頼書（回線・機器情報等記入）　基本情報記入シート"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "※（*）は記入必須です。規約（別紙7・別紙8）をご確認のうえご記入ください。"

    ws["A3"] = "■本施策の同意確認"
    ws["A3"].font = Font(bold=True)
    ws["A4"] = "本施策の同意確認(*)"
    ws.merge_cells("B4:E4")
    ws["B4"] = "(別紙)規約に記載の内容をご確認のうえ、本施策実施に同意いただける場合は「同意する」を選択してください"
    ws["F4"] = "同意する"
    box(ws, "A4:F4")
    ws["A4"].fill = HEAD
    ws["F4"].fill = REQ
    ws.row_dimensions[4].height = 45
    dv = DataValidation(type="list", formula1="=リスト!$A$1:$A$2", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("F4")

    ws["A6"] = "■お客様情報（医療機関情報）"
    ws["A6"].font = Font(bold=True)
    ws["A7"] = "医療機関名(*)"
    ws.merge_cells("B7:C7")
    ws["B7"] = "医療法人社団 青葉会 青葉台中央病院"
    ws["D7"] = "（かな）"
    ws.merge_cells("E7:F7")
    ws["E7"] = "いりょうほうじんしゃだん あおばかい あおばだいちゅうおうびょういん"
    ws["A8"] = "郵便番号(*)"
    ws["B8"] = "〒"
    ws["C8"] = "227-0062"
    ws["A9"] = "住所(*)"
    ws.merge_cells("B9:C9")
    ws["B9"] = "神奈川県横浜市青葉区青葉台二丁目8番3号"
    ws["D9"] = "（かな）"
    ws.merge_cells("E9:F9")
    ws["E9"] = "かながわけんよこはましあおばくあおばだいにちょうめ8ばん3ごう"
    ws["A10"] = "ビル名"
    ws.merge_cells("B10:C10")
    ws["D10"] = "（かな）"
    ws.merge_cells("E10:F10")
    ws["A11"] = "病床数(*)"
    ws["B11"] = 199
    ws["C11"] = "床"
    box(ws, "A7:F11")
    for r in range(7, 12):
        ws[f"A{r}"].fill = HEAD
    ws["D7"].fill = HEAD
    ws["D9"].fill = HEAD
    ws["D10"].fill = HEAD
    ws["B8"].alignment = Alignment(horizontal="right", vertical="center")

    ws["A13"] = "■担当者情報（4名まで）"
    ws["A13"].font = Font(bold=True)
    for c, h in zip("ABCDE", ("担当者", "所属・役職", "氏名", "電話番号", "メールアドレス")):
        ws[f"{c}14"] = h
    contacts = [
        ("担当者1(*)", "情報システム室 主任", "佐藤 健一", "045-981-2231", "k-sato@aobadai-chuo-hp.jp"),
        ("担当者2", "事務部 医事課 課長", "高橋 由美", "045-981-2231", "y-takahashi@aobadai-chuo-hp.jp"),
        ("担当者3", None, None, None, None),
        ("担当者4", None, None, None, None),
    ]
    for i, row in enumerate(contacts):
        r = 15 + i
        for c, v in zip("ABCDE", row):
            if v is not None:
                ws[f"{c}{r}"] = v
    ws.column_dimensions["D"].width = 16
    box(ws, "A14:E18")
    box(ws, "A14:E14", fill=HEAD, align=CENTER, bold=True)

    ws["A20"] = "■申込内容の確認"
    ws["A20"].font = Font(bold=True)
    ws["A21"] = "確認者名（医療機関のご担当者名）(*)"
    ws.merge_cells("B21:C21")
    ws["B21"] = "佐藤 健一"
    box(ws, "A21:C21")
    ws["A21"].fill = HEAD
    ws.row_dimensions[21].height = 30
    ws["A22"] = "※記入内容に不備がないかご確認のうえ、フルネームでご記入ください。"

    # ---- 回線・機器情報記入シート ----
    ln = wb.create_sheet("回線・機器情報記入シート", 1)
    ln["A1"] = "回線・機器情報記入シート"
    ln["A1"].font = Font(bold=True, size=13)
    ln["A2"] = ("※電子カルテシステムに接続する回線を1回線1行でご記入ください（保守用回線・医療機器ベンダの回線を含む。"
                "音声回線は対象外）。（*）は記入必須です。記入例の行は消さずにそのまま残してください。")
    top = [
        ("A4:A5", "回線No"),
        ("B4:C4", "調査希望"),
        ("D4:D5", "電子カルテシステムと接続するネットワークとの接続(*)"),
        ("E4:E5", "用途・システム名(*)"),
        ("F4:F5", "回線名"),
        ("G4:G5", "回線の種類"),
        ("H4:H5", "通信形態(*)"),
        ("I4:K4", "回線と紐付くグローバルIPアドレス"),
        ("L4:M4", "脆弱性診断当日記入欄"),
        ("N4:N5", "FQDN"),
        ("O4:P4", "プロバイダ情報"),
        ("Q4:S4", "回線情報"),
        ("T4:T4", "回線終端装置(ONU/モデム)情報"),
        ("U4:W4", "装置(ルータ/UTM/FW)情報"),
    ]
    for rng, text in top:
        if ":" in rng and rng.split(":")[0] != rng.split(":")[1]:
            ln.merge_cells(rng)
        ln[rng.split(":")[0]] = text
    sub = {
        "B5": "技術バージョン確認(*)", "C5": "脆弱性診断(*)",
        "I5": "グローバルIP利用(*)", "J5": "固定IP/動的IP(*)", "K5": "グローバルIPアドレス(*)",
        "L5": "グローバルIP確認", "M5": "グローバルIPアドレス",
        "O5": "プロバイダ名", "P5": "プロバイダ品目",
        "Q5": "回線事業者", "R5": "回線サービス名", "S5": "回線ID",
        "T5": "回線終端装置設置場所(*)",
        "U5": "メーカー", "V5": "機種名", "W5": "ファームウェアバージョン",
    }
    for k, v in sub.items():
        ln[k] = v
    widths = dict(A=9, B=14, C=14, D=20, E=16, F=20, G=11, H=17, I=11, J=11, K=17, L=12, M=17, N=24,
                  O=13, P=24, Q=12, R=30, S=15, T=28, U=11, V=17, W=17)
    for k, v in widths.items():
        ln.column_dimensions[k].width = v
    box(ln, "A4:W5", fill=HEAD, align=CENTER, bold=True)
    ln.row_dimensions[4].height = 30
    ln.row_dimensions[5].height = 45

    example = ["記入例", "調査希望あり", "調査希望あり", "あり", "電子カルテ", "電子カルテ保守回線", "光回線",
               "インターネットVPN", "あり", "固定IP", "121.119.249.222", "入力不要", None, "example.xxx",
               "NTT東日本", "Bフレッツサービス", "NTT東日本", "フレッツ 光ネクスト", "CAF0000000000",
               "本部棟 3F サーバー室 -1番ラック 3U", "ヤマハ", "RTX1210", "Rev.14.01.38"]
    lines = [
        ["回線1", "調査希望あり", "調査希望あり", "あり", "電子カルテ", "電子カルテ保守回線（ベンダ）", "光回線",
         "インターネットVPN", "あり", "固定IP", "153.142.77.201", "入力不要", None, None,
         "OCN", "OCN 光 IPv4固定IP（1個）", "NTT東日本", "フレッツ 光クロス", "CAF2481736059",
         "本館2F サーバー室 ラック1 3U", "ヤマハ", "RTX1220", "Rev.15.04.05"],
        ["回線2", "調査希望あり", "調査希望あり", "あり", "PACS（画像）", "PACS保守回線", "光回線",
         "インターネットVPN", "あり", "動的IP", "124.37.190.66", None, None, None,
         "So-net", "So-net 光 プラス", "NTT東日本", "フレッツ 光ネクスト ギガファミリー・スマートタイプ",
         "CAF3307159824", "本館1F 放射線科 操作室", "Fortinet", "FortiGate 60F", "FortiOS v7.2.8"],
        ["回線3", "調査希望なし", "調査希望あり", "あり", "地域医療連携", "地域医療連携ネットワーク回線", "光回線",
         "インターネットVPN", "あり", "固定IP", "210.138.205.19", "入力不要", None, "renkei-gw.aobadai-chuo-hp.jp",
         "IIJ", "IIJmio 光 固定IPオプション", "NTT東日本", "フレッツ 光クロス", "CAF2481742280",
         "本館2F サーバー室 ラック2 5U", "NEC", "UNIVERGE IX2215", "Ver.10.10.21"],
    ]
    cols = "ABCDEFGHIJKLMNOPQRSTUVW"
    for j, v in enumerate(example):
        if v is not None:
            ln[f"{cols[j]}6"] = v
    box(ln, "A6:W6", fill=EXAMPLE)
    for i, row in enumerate(lines):
        r = 7 + i
        for j, v in enumerate(row):
            if v is not None:
                ln[f"{cols[j]}{r}"] = v
    for i in range(3, 8):
        ln[f"A{7 + i}"] = f"回線{i + 1}"
    box(ln, "A7:W14")
    for name, rng, lref in [
        ("B", "B7:C14", "=リスト!$B$1:$B$2"), ("D", "D7:D14", "=リスト!$C$1:$C$2"),
        ("E", "E7:E14", "=リスト!$H$1:$H$7"), ("H", "H7:H14", "=リスト!$D$1:$D$5"),
        ("I", "I7:I14", "=リスト!$C$1:$C$2"), ("J", "J7:J14", "=リスト!$E$1:$E$2"),
        ("L", "L7:L14", "=リスト!$F$1:$F$2"),
    ]:
        dv = DataValidation(type="list", formula1=lref, allow_blank=True, showErrorMessage=False)
        ln.add_data_validation(dv)
        dv.add(rng)
    ln.freeze_panes = "B6"

    # second table on the same sheet: device ports
    ln["A17"] = "■装置と接続する回線と機器の詳細（機器のポート情報）"
    ln["A17"].font = Font(bold=True)
    ln["A18"] = "※回線ごとの装置（ルータ/UTM/FW）の各ポートに接続している機器をご記入ください。"
    ph = ["No", "回線", "装置", "ポート(*)", "機器名(*)", "IPアドレス(*)", "ポート番号(*)", "プロトコル(*)", "接続状況"]
    for j, h in enumerate(ph):
        ln.cell(row=19, column=1 + j, value=h)
    box(ln, "A19:I19", fill=HEAD, align=CENTER, bold=True)
    pex = ["記入例", "回線1", "RTX1210", "LAN1", "端末1", "192.168.1.10", 4500, "Telnet", "接続なし"]
    for j, v in enumerate(pex):
        ln.cell(row=20, column=1 + j, value=v)
    box(ln, "A20:I20", fill=EXAMPLE)
    ports = [
        ["1", "回線1", "RTX1220", "LAN1", "電子カルテサーバ", "192.168.10.10", 443, "HTTPS", "接続あり"],
        ["2", "回線1", "RTX1220", "LAN1", "保守用踏み台PC", "192.168.10.250", 3389, "RDP", "接続あり"],
        ["3", "回線2", "FortiGate 60F", "internal1", "PACSサーバ", "192.168.20.5", 22, "SSH", "接続あり"],
        ["4", "回線3", "UNIVERGE IX2215", "GE1", "地域連携ゲートウェイサーバ", "192.168.30.2", 443, "HTTPS",
         "接続あり"],
    ]
    for i, row in enumerate(ports):
        for j, v in enumerate(row):
            ln.cell(row=21 + i, column=1 + j, value=v)
    box(ln, "A21:I26")

    # ---- 調査端末情報記入シート ----
    tm = wb.create_sheet("調査端末情報記入シート", 2)
    tm["A1"] = "調査端末情報記入シート"
    tm["A1"].font = Font(bold=True, size=13)
    tm["A2"] = ("※調査対象のWindows端末を5台ご選定ください（電子カルテ端末から1台、その他主要な部門システムから1台ずつを推奨）。"
                "IPアドレスはサブネットマスクを含めてご記入ください（例：192.168.1.131/24）。")
    tt = [("A4:A5", "No."), ("B4:B5", "システム種別(*)"), ("C4:C5", "シングル利用(*)"),
          ("D4:F4", "シンクライアント端末/FAT端末"), ("G4:H4", "仮想デスクトップ"),
          ("I4:I5", "セキュリティ対策製品"), ("J4:J5", "備考")]
    for rng, text in tt:
        tm.merge_cells(rng)
        tm[rng.split(":")[0]] = text
    for k, v in {"D5": "端末ホスト名(*)", "E5": "IPアドレス(*)", "F5": "設置場所(*)",
                 "G5": "端末ホスト名", "H5": "IPアドレス"}.items():
        tm[k] = v
    for k, v in dict(A=8, B=15, C=16, D=16, E=19, F=26, G=15, H=17, I=24, J=34).items():
        tm.column_dimensions[k].width = v
    box(tm, "A4:J5", fill=HEAD, align=CENTER, bold=True)
    tex = ["記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F ○○○室", None, None,
           "Microsoft Defender", "端末操作可能時間：12:00-13:00"]
    terms = [
        ["No.1", "電子カルテ", "単体", "EMR-NS3W-01", "192.168.10.101/24", "本館3F 西病棟ナースステーション",
         None, None, "Trend Micro Apex One", "端末操作可能時間：13:00-15:00"],
        ["No.2", "電子カルテ", "仮想デスクトップ", "TC-OPD-05", "192.168.10.145/24", "本館1F 外来診察室5",
         "VDI-EMR-023", "172.16.1.23/24", "Trend Micro Apex One", "外来終了後（16:00以降）"],
        ["No.3", "PACS（画像）", "単体", "PACS-VW-02", "192.168.20.32/24", "本館1F 放射線科 読影室",
         None, None, "Microsoft Defender", None],
        ["No.4", "検査", "単体", "LAB-PC-01", "192.168.10.180/24", "本館B1F 臨床検査科",
         None, None, "ESET Endpoint Security", None],
        ["No.5", "医事", "単体", "IJI-PC-03", "192.168.10.61/24", "本館1F 医事課",
         None, None, "Trend Micro Apex One", "月末・月初（レセプト期間）は操作不可"],
    ]
    for j, v in enumerate(tex):
        if v is not None:
            tm.cell(row=6, column=1 + j, value=v)
    box(tm, "A6:J6", fill=EXAMPLE)
    for i, row in enumerate(terms):
        for j, v in enumerate(row):
            if v is not None:
                tm.cell(row=7 + i, column=1 + j, value=v)
    box(tm, "A7:J11")
    for rng, lref in [("C7:C11", "=リスト!$G$1:$G$2"), ("B7:B11", "=リスト!$H$1:$H$7")]:
        dv = DataValidation(type="list", formula1=lref, allow_blank=True, showErrorMessage=False)
        tm.add_data_validation(dv)
        dv.add(rng)

    # ---- 設置場所記入シート ----
    fp = wb.create_sheet("設置場所記入シート", 3)
    fp["A1"] = "設置場所記入シート"
    fp["A1"].font = Font(bold=True, size=13)
    fp["A2"] = ("※平面図またはフロア図の画像を貼り付け、調査対象回線の回線終端装置・調査対象端末の吹き出しを"
                "設置場所の上に配置してください。吹き出しの内容は各シートから自動で表示されます。")
    floor_plan()
    img = XLImage(PNG)
    fp.add_image(img, "B4")
    fp.column_dimensions["M"].width = 46
    fp["M4"] = "吹き出し（自動表示）"
    fp["M4"].font = Font(bold=True)
    callouts = [
        "=\"回線1 ONU：\"&'回線・機器情報記入シート'!T7",
        "=\"回線2 ONU：\"&'回線・機器情報記入シート'!T8",
        "=\"回線3 ONU：\"&'回線・機器情報記入シート'!T9",
        "=\"端末No.1：\"&'調査端末情報記入シート'!D7&\" / \"&'調査端末情報記入シート'!F7",
        "=\"端末No.2：\"&'調査端末情報記入シート'!D8&\" / \"&'調査端末情報記入シート'!F8",
        "=\"端末No.3：\"&'調査端末情報記入シート'!D9&\" / \"&'調査端末情報記入シート'!F9",
        "=\"端末No.4：\"&'調査端末情報記入シート'!D10&\" / \"&'調査端末情報記入シート'!F10",
        "=\"端末No.5：\"&'調査端末情報記入シート'!D11&\" / \"&'調査端末情報記入シート'!F11",
    ]
    for i, f in enumerate(callouts):
        fp[f"M{5 + i}"] = f
        fp[f"M{5 + i}"].border = BOX

    # ---- アカウント(ログインID)・パスワードリスト (提出不要, left blank) ----
    pw = wb.create_sheet("アカウント(ログインID)・パスワードリスト", 4)
    pw["A1"] = "アカウント(ログインID)・パスワードリスト"
    pw["A1"].font = Font(bold=True, size=13)
    pw["A2"] = "【提出不要】現地調査当日までにログイン情報を整理いただくためのシートです。事務局への提出は不要です。"
    pw["A2"].font = Font(bold=True, color="C00000")
    pw["A4"] = "■調査① インターネット回線/ONUに紐づく装置(ルータ/UTM/FW)"
    for j, h in enumerate(["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"]):
        pw.cell(row=5, column=1 + j, value=h)
    box(pw, "A5:F5", fill=HEAD, align=CENTER, bold=True)
    for i in range(3):
        r = 6 + i
        pw[f"A{r}"] = f"回線{i + 1}"
        pw[f"B{r}"] = f"='回線・機器情報記入シート'!U{7 + i}"
        pw[f"C{r}"] = f"='回線・機器情報記入シート'!V{7 + i}"
    box(pw, "A6:F8")
    pw["A10"] = "■調査端末（シンクライアント端末/FAT端末）"
    for j, h in enumerate(["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"]):
        pw.cell(row=11, column=1 + j, value=h)
    box(pw, "A11:E11", fill=HEAD, align=CENTER, bold=True)
    for i in range(5):
        r = 12 + i
        pw[f"A{r}"] = f"端末{i + 1}"
        pw[f"B{r}"] = f"='調査端末情報記入シート'!D{7 + i}"
        pw[f"C{r}"] = f"='調査端末情報記入シート'!E{7 + i}"
    box(pw, "A12:E16")
    pw["A18"] = "備考(接続先情報など)"
    for k, v in dict(A=10, B=22, C=20, D=22, E=18, F=26).items():
        pw.column_dimensions[k].width = v

    wb.active = 0
    wb.save(OUT)
    os.remove(PNG)
    print("wrote", OUT)


if __name__ == "__main__":
    sys.exit(main())
