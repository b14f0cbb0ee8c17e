#!/usr/bin/python3
"""Generator for lds-w41-a-sheet-per-section-two-row-headers.xlsx

Role: hospital information-systems staff filling the secretariat's 別紙2-1 workbook
(one sheet per section, two-row headers, 記入例 rows kept, dropdowns), saved by openpyxl.
Run with /usr/bin/python3 (openpyxl + Pillow; a private copy may live in /tmp/w41pylib).
"""
import os
import sys

sys.path.insert(0, "/tmp/w41pylib")

from openpyxl import Workbook
from openpyxl.drawing.image import Image as XLImage
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w41-a-sheet-per-section-two-row-headers"

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="DDEBF7")
EXAMPLE = PatternFill("solid", fgColor="EDEDED")
REQ = PatternFill("solid", fgColor="FFF2CC")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def floor_plan_png(path):
    img = Image.new("RGB", (900, 560), "white")
    d = ImageDraw.Draw(img)
    font = None
    for idx in (0, 1, 2, 3, 4):
        try:
            f = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 18, index=idx)
            if "JP" in " ".join(f.getname()):
                font = f
                break
        except Exception:
            pass
    if font is None:
        font = ImageFont.load_default()
    d.rectangle([20, 40, 880, 540], outline="black", width=4)
    d.text((30, 8), "みどり台病院 本館1F 平面図（地下1F 一部）", fill="black", font=font)
    rooms = [
        ((30, 50, 250, 220), "サーバー室"),
        ((250, 50, 470, 220), "放射線科 読影室"),
        ((470, 50, 690, 220), "検査科"),
        ((690, 50, 870, 220), "医事課"),
        ((30, 330, 300, 530), "地下1F 放射線治療室（操作室）"),
        ((300, 330, 600, 530), "外来待合"),
        ((600, 330, 870, 530), "医事課受付"),
    ]
    for (x0, y0, x1, y1), label in rooms:
        d.rectangle([x0, y0, x1, y1], outline="black", width=2)
        d.text((x0 + 8, y0 + 8), label, fill="black", font=font)
    d.rectangle([30, 225, 870, 325], outline="gray", width=1)
    d.text((380, 265), "廊下", fill="gray", font=font)
    d.rectangle([60, 150, 110, 200], fill="#9BC2E6", outline="black")
    d.text((115, 165), "ラック1/2", fill="black", font=font)
    img.save(path)


def main():
    wb = Workbook()

    # ------------------------------------------------------------------ 基本情報記入シート
    ws = wb.active
    ws.title = "基本情報記入シート"
    ws.column_dimensions["A"].width = 2
    ws.column_dimensions["B"].width = 22
    ws.column_dimensions["C"].width = 12
    ws.column_dimensions["D"].width = 40
    ws.column_dimensions["E"].width = 10
    ws.column_dimensions["F"].width = 48
    ws["B1"] = "別紙2-1_医療機関記入依頼書（回線・機器情報等記入）"
    ws["B1"].font = Font(bold=True, size=14)
    ws["B2"] = "基本情報記入シート　　※黄色の欄は記入必須です。"

    ws["B4"] = "本施策の同意確認"
    ws.merge_cells("C4:E4")
    ws["C4"] = "(別紙)規約に記載の内容をご確認のうえ、本施策実施に同意いただける場合は「同意する」を選択してください"
    ws["C4"].alignment = WRAP
    ws.row_dimensions[4].height = 45
    ws["F4"] = "同意する"
    ws["F4"].fill = REQ
    dv = DataValidation(type="list", formula1='"同意する,同意しない"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("F4")
    box(ws, "B4:F4")

    ws["B6"] = "■お客様情報(医療機関情報)"
    ws["B6"].font = Font(bold=True)
    ws["B7"] = "医療機関名"
    ws.merge_cells("C7:D7")
    ws["C7"] = "医療法人社団 青葉会 みどり台病院"
    ws["E7"] = "(かな)"
    ws["F7"] = "いりょうほうじんしゃだん あおばかい みどりだいびょういん"
    ws.merge_cells("B8:B10")
    ws["B8"] = "住所"
    ws["B8"].alignment = CENTER
    ws["C8"] = "〒"
    ws["D8"] = "350-1175"
    ws["C9"] = "住所"
    ws["D9"] = "埼玉県川越市みどり台二丁目14番3号"
    ws["E9"] = "(かな)"
    ws["F9"] = "さいたまけんかわごえしみどりだいにちょうめ14ばん3ごう"
    ws["C10"] = "ビル名"
    ws["D10"] = "本館"
    ws["E10"] = "(かな)"
    ws["F10"] = "ほんかん"
    ws["B11"] = "病床数"
    ws["D11"] = 199
    for c in ("C7", "D8", "D9", "D11"):
        ws[c].fill = REQ
    box(ws, "B7:F11")

    ws["B13"] = "■ご担当者情報（複数名の場合は4名まで記入できます）"
    ws["B13"].font = Font(bold=True)
    hdr = ["", "所属・役職", "氏名", "電話番号", "メールアドレス"]
    for i, h in enumerate(hdr):
        c = ws.cell(row=14, column=2 + i, value=h or "担当者")
        c.fill = HEAD
        c.alignment = CENTER
    contacts = [
        ("情報システム室 室長", "高橋 健一", "049-241-7700", "k.takahashi@midoridai-hp.or.jp"),
        ("情報システム室 主任", "小川 美穂", "049-241-7715", "m.ogawa@midoridai-hp.or.jp"),
    ]
    for i in range(4):
        r = 15 + i
        ws.cell(row=r, column=2, value=f"担当者{i + 1}")
        if i < len(contacts):
            for j, v in enumerate(contacts[i]):
                ws.cell(row=r, column=3 + j, value=v)
    box(ws, "B14:F18")

    ws["B20"] = "■申込内容の確認"
    ws["B20"].font = Font(bold=True)
    ws.merge_cells("B21:C21")
    ws["B21"] = "確認者名(医療機関のご担当者名)"
    ws["D21"] = "高橋 健一"
    ws["D21"].fill = REQ
    box(ws, "B21:D21")
    ws["B23"] = "※記入内容に不備がないかご確認のうえ、確認者名をフルネームでご記入ください。"

    # ------------------------------------------------------------------ 回線・機器情報記入シート
    wl = wb.create_sheet("回線・機器情報記入シート")
    wl["A1"] = "回線・機器情報記入シート"
    wl["A1"].font = Font(bold=True, size=13)
    wl["A2"] = "※(*)は記入必須。用途・システム名、通信形態はリストから選択し、当てはまらない場合は直接ご記入ください。電子カルテシステムと接続のないネットワークは対象外です。"
    # (group, header, width)
    cols = [
        ("", "", 8),
        ("調査希望", "技術バージョン確認 (*)", 14),
        ("調査希望", "脆弱性診断 (*)", 14),
        ("", "電子カルテシステムと接続するネットワークとの接続 (*)", 18),
        ("", "用途・システム名 (*)", 24),
        ("回線情報", "回線の種類", 12),
        ("回線情報", "回線名", 20),
        ("回線情報", "回線事業者", 14),
        ("回線情報", "回線サービス名", 30),
        ("回線情報", "回線ID", 18),
        ("回線と紐付くグローバルIPアドレス", "通信形態 (*)", 16),
        ("回線と紐付くグローバルIPアドレス", "グローバルIP利用 (*)", 12),
        ("回線と紐付くグローバルIPアドレス", "固定IP/動的IP (*)", 12),
        ("回線と紐付くグローバルIPアドレス", "グローバルIPアドレス (*)", 17),
        ("脆弱性診断当日記入欄", "グローバルIP確認", 12),
        ("脆弱性診断当日記入欄", "グローバルIPアドレス", 17),
        ("", "FQDN", 16),
        ("プロバイダ情報", "プロバイダ名", 14),
        ("プロバイダ情報", "プロバイダ品目", 22),
        ("回線終端装置(ONU/モデム)情報", "回線終端装置設置場所 (*)", 30),
        ("装置情報（ルータ/UTM/FW）", "メーカー", 12),
        ("装置情報（ルータ/UTM/FW）", "機種名", 18),
        ("装置情報（ルータ/UTM/FW）", "ファームウェアバージョン", 16),
    ]
    from openpyxl.utils import get_column_letter as L
    for i, (g, h, w) in enumerate(cols, start=1):
        wl.column_dimensions[L(i)].width = w
        wl.cell(row=4, column=i, value=g or None)
        wl.cell(row=5, column=i, value=h or None)
        for r in (4, 5):
            wl.cell(row=r, column=i).fill = HEAD
            wl.cell(row=r, column=i).alignment = CENTER
    # merge the group headings across row 4, single headings down rows 4-5
    i = 1
    while i <= len(cols):
        g = cols[i - 1][0]
        j = i
        while j + 1 <= len(cols) and cols[j][0] == g and g:
            j += 1
        if not g:
            if cols[i - 1][1]:
                wl.cell(row=4, column=i, value=cols[i - 1][1])
                wl.cell(row=5, column=i, value=None)
            wl.merge_cells(start_row=4, start_column=i, end_row=5, end_column=i)
        elif j > i:
            wl.merge_cells(start_row=4, start_column=i, end_row=4, end_column=j)
        i = j + 1
    wl.row_dimensions[5].height = 48

    example = ["記入例", "調査希望あり", "調査希望あり", "あり", "電子カルテ", "光回線", "電子カルテ保守回線",
               "NTT東日本", "フレッツ 光ネクスト", "CAF0000000000", "インターネットVPN", "あり", "固定IP",
               "121.119.249.222", "入力不要", None, "example.xxx", "NTT東日本", "Bフレッツサービス",
               "本部棟 3F サーバー室 -1番ラック 3U", "A社", "Router-01", "Ver.X.X"]
    lines = [
        ["回線1", "調査希望あり", "調査希望あり", "あり", "電子カルテ（リモート保守）", "光回線", "電子カルテ保守用回線",
         "NTT東日本", "フレッツ 光ネクスト ビジネスタイプ", "CAF2110345678", "インターネットVPN", "あり", "固定IP",
         "118.103.44.210", "入力不要", None, None, "OCN", "OCN 光 IPoE 固定IP1",
         "本館1F サーバー室 ラック2 5U", "Fortinet", "FortiGate 60F", "v7.2.8"],
        ["回線2", "調査希望あり", "調査希望なし", "あり", "PACS（画像管理）保守", "光回線", "PACS保守用VPN",
         "NTT東日本", "フレッツ・VPN ワイド", "CAF2110349012", "閉域網", "なし", None,
         None, None, None, None, None, None,
         "本館1F サーバー室 ラック1 2U", "YAMAHA", "RTX1210", "Rev.14.01.42"],
        ["回線3", "調査希望あり", "調査希望あり", "あり", "放射線治療装置 リモート保守", "モバイル回線(LTE)",
         "放治装置保守用LTE", "NTTドコモ", "データプラン（法人）", "070-3345-8812", "インターネットVPN", "あり",
         "動的IP", "153.246.18.77", "確認済み", "153.246.20.103", None, "NTTドコモ", "mopera U",
         "地下1F 放射線治療室 操作室内 壁面棚", "NEC", "UNIVERGE IX2106", "Ver.10.7.20"],
    ]
    r = 6
    for v, cell in zip(example, range(1, len(cols) + 1)):
        c = wl.cell(row=r, column=cell, value=v)
        c.fill = EXAMPLE
        c.font = Font(color="808080", italic=True)
    for k, line in enumerate(lines):
        for ci, v in enumerate(line, start=1):
            wl.cell(row=7 + k, column=ci, value=v)
    for k in range(len(lines), 5):
        wl.cell(row=7 + k, column=1, value=f"回線{k + 1}")
    box(wl, f"A4:{L(len(cols))}11")
    for row in wl.iter_rows(min_row=6, max_row=11):
        for c in row:
            c.alignment = WRAP

    def dvlist(formula, rng):
        d = DataValidation(type="list", formula1=formula, allow_blank=True)
        wl.add_data_validation(d)
        d.add(rng)

    dvlist('"調査希望あり,調査希望なし"', "B7:C11")
    dvlist('"あり,なし"', "D7:D11")
    dvlist('"あり,なし"', "L7:L11")
    dvlist('"固定IP,動的IP"', "M7:M11")
    dvlist('"確認済み,入力不要"', "O7:O11")
    d = DataValidation(type="list", formula1='"インターネット,インターネットVPN,閉域網"', allow_blank=True,
                       showErrorMessage=False)
    wl.add_data_validation(d)
    d.add("K7:K11")

    # device port table (second table on the same sheet)
    wl["A14"] = "■装置と接続する回線と機器の詳細（機器のポート情報）"
    wl["A14"].font = Font(bold=True)
    phead = ["回線", "装置", "ポート (*)", "機器名 (*)", "IPアドレス (*)", "ポート番号 (*)", "プロトコル (*)", "接続状況"]
    for i, h in enumerate(phead, start=1):
        c = wl.cell(row=15, column=i, value=h)
        c.fill = HEAD
        c.alignment = CENTER
    ports = [
        ("回線1", "FortiGate 60F", "wan1", "ONU（光回線終端装置）", "118.103.44.210", 4500, "IPsec (NAT-T)", "接続あり"),
        ("回線1", "FortiGate 60F", "internal1", "院内コアスイッチ", "192.168.10.1", 443, "HTTPS", "接続あり"),
        ("回線2", "RTX1210", "LAN1", "院内コアスイッチ", "192.168.10.2", 23, "Telnet", "接続なし"),
        ("回線2", "RTX1210", "LAN2", "PACSサーバ", "192.168.30.10", 22, "SSH", "接続あり"),
        ("回線3", "UNIVERGE IX2106", "GE0.0", "放射線治療装置 制御PC", "192.168.60.5", 443, "HTTPS", "接続あり"),
    ]
    for k, p in enumerate(ports):
        for ci, v in enumerate(p, start=1):
            wl.cell(row=16 + k, column=ci, value=v)
    box(wl, f"A15:H{15 + len(ports)}")
    wl.freeze_panes = "B6"

    # ------------------------------------------------------------------ 調査端末情報記入シート
    wt = wb.create_sheet("調査端末情報記入シート")
    wt["A1"] = "調査端末情報記入シート"
    wt["A1"].font = Font(bold=True, size=13)
    wt["A2"] = "※調査対象の端末(PC)を5台ご記入ください（電子カルテ端末から1台、その他主要な部門システムから1台ずつを推奨）。"
    tcols = [
        ("", "", 8), ("", "システム種別 (*)", 18), ("", "シングル利用 (*)", 14),
        ("シンクル端末/FAT端末", "端末ホスト名 (*)", 16), ("シンクル端末/FAT端末", "IPアドレス (*)", 18),
        ("シンクル端末/FAT端末", "設置場所 (*)", 26),
        ("仮想デスクトップ", "端末ホスト名", 16), ("仮想デスクトップ", "IPアドレス", 18),
        ("", "セキュリティ対策製品", 24), ("", "備考", 30),
    ]
    for i, (g, h, w) in enumerate(tcols, start=1):
        wt.column_dimensions[L(i)].width = w
        for rr in (4, 5):
            wt.cell(row=rr, column=i).fill = HEAD
            wt.cell(row=rr, column=i).alignment = CENTER
        if g:
            wt.cell(row=4, column=i, value=g)
            wt.cell(row=5, column=i, value=h)
        else:
            wt.cell(row=4, column=i, value=h or None)
            wt.merge_cells(start_row=4, start_column=i, end_row=5, end_column=i)
    wt.merge_cells("D4:F4")
    wt.merge_cells("G4:H4")
    texample = ["記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F ○○○室", "PCXXXX",
                "192.168.1.25/24", "Microsoft Defender", "端末操作可能時間：12:00-13:00"]
    for ci, v in enumerate(texample, start=1):
        c = wt.cell(row=6, column=ci, value=v)
        c.fill = EXAMPLE
        c.font = Font(color="808080", italic=True)
    terms = [
        ["No.1", "電子カルテ", "単体", "MD-EMR-0112", "192.168.20.112/24", "本館1F 医事課受付", None, None,
         "Trend Micro Apex One", "端末操作可能時間：12:00-13:00"],
        ["No.2", "電子カルテ", "仮想デスクトップ", "MD-TC-0305", "192.168.20.205/24", "本館3F 西病棟ナースステーション",
         "VDI-EMR-0305", "172.16.5.105/24", "Microsoft Defender", None],
        ["No.3", "PACS（画像管理）", "単体", "RAD-VIEW-02", "192.168.30.52/24", "本館1F 放射線科 読影室", None, None,
         "Trend Micro Apex One", None],
        ["No.4", "検査システム", "単体", "LAB-PC-01", "192.168.40.21/24", "本館1F 検査科", None, None,
         "ESET Endpoint Security", "検体受付中は操作不可\n（14:00以降可）"],
        ["No.5", "医事会計システム", "単体", "IJI-PC-03", "192.168.50.33/24", "本館1F 医事課", None, None,
         "Microsoft Defender", None],
    ]
    for k, t in enumerate(terms):
        for ci, v in enumerate(t, start=1):
            c = wt.cell(row=7 + k, column=ci, value=v)
            c.alignment = WRAP
    box(wt, "A4:J11")
    d = DataValidation(type="list", formula1='"単体,仮想デスクトップ"', allow_blank=True)
    wt.add_data_validation(d)
    d.add("C7:C11")

    # ------------------------------------------------------------------ 設置場所記入シート
    wp = wb.create_sheet("設置場所記入シート")
    wp["A1"] = "設置場所記入シート（平面図またはフロア図を貼り付け、吹き出しを設置場所に配置してください）"
    wp["A1"].font = Font(bold=True)
    png = os.path.join("/tmp", NAME + "-floor.png")
    floor_plan_png(png)
    img = XLImage(png)
    wp.add_image(img, "B3")
    # callouts (text generated from the other sheets; formulas, no cached values)
    wp["P4"] = "吹き出し（自動表示）"
    wp["P4"].font = Font(bold=True)
    callouts = [
        ("P5", "=\"回線1 終端装置：\"&'回線・機器情報記入シート'!T7"),
        ("P6", "=\"回線2 終端装置：\"&'回線・機器情報記入シート'!T8"),
        ("P7", "=\"回線3 終端装置：\"&'回線・機器情報記入シート'!T9"),
        ("P8", "=\"端末No.1：\"&'調査端末情報記入シート'!D7&\" \"&'調査端末情報記入シート'!F7"),
        ("P9", "=\"端末No.2：\"&'調査端末情報記入シート'!D8&\" \"&'調査端末情報記入シート'!F8"),
        ("P10", "=\"端末No.3：\"&'調査端末情報記入シート'!D9&\" \"&'調査端末情報記入シート'!F9"),
        ("P11", "=\"端末No.4：\"&'調査端末情報記入シート'!D10&\" \"&'調査端末情報記入シート'!F10"),
        ("P12", "=\"端末No.5：\"&'調査端末情報記入シート'!D11&\" \"&'調査端末情報記入シート'!F11"),
    ]
    for ref, f in callouts:
        wp[ref] = f
    wp.column_dimensions["P"].width = 50

    # ------------------------------------------------------------------ アカウント・パスワードリスト (提出不要, left empty)
    wa = wb.create_sheet("アカウント(ログインID)・パスワードリスト")
    wa["A1"] = "アカウント(ログインID)・パスワードリスト　【提出不要】当日までの情報整理用です。"
    wa["A1"].font = Font(bold=True, color="C00000")
    wa["A3"] = "■調査① インターネット回線/ONUに紐づく装置(ルータ/UTM/FW)"
    for i, h in enumerate(["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"],
                          start=1):
        c = wa.cell(row=4, column=i, value=h or None)
        c.fill = HEAD
    for k in range(3):
        wa.cell(row=5 + k, column=1, value=f"回線{k + 1}")
        wa.cell(row=5 + k, column=2, value=f"='回線・機器情報記入シート'!U{7 + k}")
        wa.cell(row=5 + k, column=3, value=f"='回線・機器情報記入シート'!V{7 + k}")
    box(wa, "A4:F7")
    wa["A10"] = "■調査端末(シンクル端末/FAT端末)"
    for i, h in enumerate(["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"], start=1):
        c = wa.cell(row=11, column=i, value=h or None)
        c.fill = HEAD
    for k in range(5):
        wa.cell(row=12 + k, column=1, value=f"端末{k + 1}")
        wa.cell(row=12 + k, column=2, value=f"='調査端末情報記入シート'!D{7 + k}")
        wa.cell(row=12 + k, column=3, value=f"='調査端末情報記入シート'!E{7 + k}")
    box(wa, "A11:E16")
    for col, w in zip("ABCDEF", (8, 16, 20, 22, 16, 26)):
        wa.column_dimensions[col].width = w

    out = os.path.join(HERE, NAME + ".xlsx")
    wb.save(out)
    print("saved", out)


if __name__ == "__main__":
    main()
