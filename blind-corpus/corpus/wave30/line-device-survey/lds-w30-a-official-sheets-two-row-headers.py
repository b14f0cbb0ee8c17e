#!/usr/bin/python3
"""Generator for lds-w30-a-official-sheets-two-row-headers.xlsx (blind wave 30, form line-device-survey).

Secretariat-style workbook: one sheet per official section (基本情報記入シート, 回線・機器情報記入シート,
調査端末情報記入シート, 設置場所記入シート, blank アカウント・パスワードリスト template), two-row headers with (*),
記入例 rows, drop-down lists. Filled completely and correctly (no planted problem).
"""
import io
import os
import sys

sys.path.insert(0, "/tmp/bvlds_py")
from openpyxl import Workbook  # noqa: E402
from openpyxl.drawing.image import Image as XLImage  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # noqa: E402
from openpyxl.worksheet.datavalidation import DataValidation  # noqa: E402
from PIL import Image, ImageDraw, ImageFont  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w30-a-official-sheets-two-row-headers"
FONT_PATH = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
REQ_FILL = PatternFill("solid", fgColor="FCE4D6")
EX_FILL = PatternFill("solid", fgColor="D9D9D9")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def head(ws, ref, text, fill=HEAD_FILL):
    c = ws[ref]
    c.value = text
    c.fill = fill
    c.font = Font(bold=True, size=9)
    c.alignment = CENTER
    return c


def floor_plan_png():
    img = Image.new("RGB", (900, 560), "white")
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT_PATH, 18)
    fs = ImageFont.truetype(FONT_PATH, 14)
    d.text((20, 10), "みなと中央病院 本館 フロア図（1F / 2F / B1F 抜粋）", fill="black", font=f)
    # 2F
    d.rectangle([20, 50, 880, 200], outline="black", width=3)
    d.text((30, 55), "本館 2F", fill="black", font=f)
    rooms2 = [(40, 90, 200, 190, "サーバー室"), (210, 90, 420, 190, "2階東病棟\nナースステーション"),
              (430, 90, 600, 190, "病室 201-205"), (610, 90, 860, 190, "医局")]
    for x1, y1, x2, y2, t in rooms2:
        d.rectangle([x1, y1, x2, y2], outline="black", width=1)
        d.multiline_text((x1 + 8, y1 + 8), t, fill="black", font=fs)
    # 1F
    d.rectangle([20, 220, 880, 370], outline="black", width=3)
    d.text((30, 225), "本館 1F", fill="black", font=f)
    rooms1 = [(40, 260, 230, 360, "医事課"), (240, 260, 430, 360, "外来 内科診察室3"),
              (440, 260, 620, 360, "臨床検査室"), (630, 260, 860, 360, "総合受付・待合")]
    for x1, y1, x2, y2, t in rooms1:
        d.rectangle([x1, y1, x2, y2], outline="black", width=1)
        d.text((x1 + 8, y1 + 8), t, fill="black", font=fs)
    # B1F
    d.rectangle([20, 390, 880, 540], outline="black", width=3)
    d.text((30, 395), "本館 B1F", fill="black", font=f)
    roomsb = [(40, 430, 300, 530, "放射線科 読影室"), (310, 430, 560, 530, "CT室"), (570, 430, 860, 530, "MRI室")]
    for x1, y1, x2, y2, t in roomsb:
        d.rectangle([x1, y1, x2, y2], outline="black", width=1)
        d.text((x1 + 8, y1 + 8), t, fill="black", font=fs)
    marks = [(120, 150, "①"), (160, 150, "②"), (100, 170, "③"), (300, 160, "④"), (330, 320, "⑤"),
             (120, 320, "⑥"), (150, 490, "⑦"), (520, 320, "⑧")]
    for x, y, t in marks:
        d.ellipse([x - 14, y - 14, x + 14, y + 14], fill="#FFE699", outline="red", width=2)
        d.text((x - 8, y - 11), t, fill="red", font=fs)
    bio = io.BytesIO()
    img.save(bio, format="PNG")
    bio.seek(0)
    return bio


def main():
    wb = Workbook()

    # ------------------------------------------------------------------ 基本情報記入シート
    ws = wb.active
    ws.title = "基本情報記入シート"
    ws["A1"] = "別紙2-1_医療機関記入依頼書（回線・機器情報等記入）"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "基本情報記入シート　※黄色セルにご記入ください。"
    for col, w in zip("ABCDEFGH", [24, 8, 16, 12, 30, 14, 10, 40]):
        ws.column_dimensions[col].width = w

    ws.merge_cells("A4:B4")
    head(ws, "A4", "本施策の同意確認")
    ws.merge_cells("C4:F4")
    ws["C4"] = "(別紙)規約に記載の内容をご確認のうえ、本施策実施に同意いただける場合は「同意する」を選択してください"
    ws["C4"].alignment = WRAP
    ws.row_dimensions[4].height = 34
    ws["G4"] = "同意する"
    ws["G4"].fill = PatternFill("solid", fgColor="FFF2CC")
    ws.merge_cells("G4:H4")
    box(ws, "A4:H4")
    dv = DataValidation(type="list", formula1='"同意する"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("G4")

    ws["A6"] = "■お客様情報(医療機関情報)"
    ws["A6"].font = Font(bold=True)
    head(ws, "A7", "医療機関名")
    ws.merge_cells("B7:E7")
    ws["B7"] = "医療法人社団青葉会 みなと中央病院"
    head(ws, "F7", "(かな)")
    ws.merge_cells("G7:H7")
    ws["G7"] = "いりょうほうじんしゃだんあおばかい みなとちゅうおうびょういん"
    ws.merge_cells("A8:A9")
    head(ws, "A8", "住所")
    head(ws, "B8", "〒")
    ws["C8"] = "760-0017"
    head(ws, "D8", "住所")
    ws["E8"] = "香川県高松市番町二丁目4番15号"
    head(ws, "F8", "(かな)")
    ws.merge_cells("G8:H8")
    ws["G8"] = "かがわけんたかまつしばんちょうにちょうめ4ばん15ごう"
    head(ws, "D9", "ビル名")
    head(ws, "F9", "(かな)")
    ws.merge_cells("G9:H9")
    head(ws, "A10", "病床数")
    ws["B10"] = 186
    ws["C10"] = "床"
    box(ws, "A7:H10")

    ws["A12"] = "■担当者情報（4名まで）"
    ws["A12"].font = Font(bold=True)
    for ref, t in zip(["A13", "B13", "D13", "F13", "G13"],
                      ["", "所属・役職", "氏名", "電話番号", "メールアドレス"]):
        head(ws, ref, t)
    ws.merge_cells("B13:C13")
    ws.merge_cells("D13:E13")
    ws.merge_cells("G13:H13")
    contacts = [
        ("情報システム課 課長", "松本 健太", "087-831-2251", "k-matsumoto@minatochuo-hp.or.jp"),
        ("情報システム課 主任", "大西 彩", "080-2981-4472", "a-onishi@minatochuo-hp.or.jp"),
    ]
    for i in range(4):
        r = 14 + i
        ws.cell(r, 1, f"担当者{i + 1}").fill = HEAD_FILL
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
        ws.merge_cells(start_row=r, start_column=7, end_row=r, end_column=8)
        if i < len(contacts):
            dep, nm, tel, mail = contacts[i]
            ws.cell(r, 2, dep)
            ws.cell(r, 4, nm)
            ws.cell(r, 6, tel)
            ws.cell(r, 7, mail)
    box(ws, "A13:H17")

    ws["A19"] = "■申込内容の確認"
    ws["A19"].font = Font(bold=True)
    ws.merge_cells("A20:C20")
    head(ws, "A20", "確認者名(医療機関のご担当者名)")
    ws.merge_cells("D20:F20")
    ws["D20"] = "松本 健太"
    box(ws, "A20:F20")
    ws["A21"] = "※記入内容に不備がないかご確認のうえ、フルネームでご記入ください。"
    ws["A21"].font = Font(size=9, color="666666")

    # ------------------------------------------------------------------ 回線・機器情報記入シート
    wl = wb.create_sheet("回線・機器情報記入シート")
    wl["A1"] = "回線・機器情報記入シート"
    wl["A1"].font = Font(bold=True, size=14)
    wl["A2"] = ("(*)は必須項目です。電子カルテシステムと接続する全ての回線（ベンダ保守用回線を含む）を1行1回線でご記入ください。"
                "記入例の行は参考のため残してあります。")
    wl["A2"].font = Font(size=9)
    top = [  # (col span start, end, group label or None)
        (2, 3, "調査希望"), (12, 13, "脆弱性診断当日記入欄"), (15, 16, "プロバイダ情報"),
        (17, 19, "回線情報"), (20, 20, "回線終端装置(ONU/モデム)情報"), (21, 23, "機器情報(ルータ/UTM/FW)"),
    ]
    second = {
        2: "技術バージョン確認 (*)", 3: "脆弱性診断 (*)", 12: "グローバルIP確認", 13: "グローバルIPアドレス",
        15: "プロバイダ名", 16: "プロバイダ品目", 17: "回線事業者", 18: "回線サービス名", 19: "回線ID",
        20: "回線終端装置設置場所 (*)", 21: "メーカー", 22: "機種名", 23: "ファームウェアバージョン",
    }
    single = {
        4: "電子カルテシステムと接続するネットワークとの接続 (*)", 5: "用途・システム名 (*)", 6: "回線名",
        7: "回線の種類", 8: "通信形態 (*)", 9: "グローバルIP利用 (*)", 10: "固定IP/動的IP (*)",
        11: "グローバルIPアドレス (*)", 14: "FQDN",
    }
    for c1, c2, label in top:
        cell = wl.cell(4, c1, label)
        if c2 > c1:
            wl.merge_cells(start_row=4, start_column=c1, end_row=4, end_column=c2)
    for c, t in second.items():
        wl.cell(5, c, t)
    for c, t in single.items():
        wl.cell(4, c, t)
        wl.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    wl.merge_cells("A4:A5")
    for row in wl["A4:W5"]:
        for c in row:
            c.fill = HEAD_FILL
            c.font = Font(bold=True, size=9)
            c.alignment = CENTER
            c.border = BOX
    wl.row_dimensions[4].height = 30
    wl.row_dimensions[5].height = 42
    widths = [8, 13, 13, 16, 20, 16, 10, 16, 11, 11, 17, 12, 17, 24, 13, 24, 12, 26, 14, 28, 12, 15, 15]
    for i, w in enumerate(widths, start=1):
        wl.column_dimensions[wl.cell(1, i).column_letter].width = w

    example = ["記入例", "調査希望あり", "調査希望あり", "あり", "電子カルテ", "〇〇回線", "光回線", "インターネットVPN",
               "あり", "固定IP", "121.119.249.222", "入力不要", "入力不要", "example.xxx", "NTT東日本",
               "Bフレッツサービス", "NTT東日本", "フレッツ光ネクスト", "CAFXXXXXXXX", "本部棟 3F サーバー室 -1番ラック 3U",
               "〇〇社", "XX-1000", "Ver.X.XX"]
    lines = [
        ["回線1", "調査希望あり", "調査希望あり", "あり", "電子カルテ（リモート保守）", "電カル保守回線", "光回線",
         "インターネットVPN", "あり", "固定IP", "153.142.27.86", "入力不要", None, None, "OCN",
         "OCN光 IPv4固定IP1", "NTT西日本", "フレッツ 光ネクスト ビジネスタイプ", "CAF5520183",
         "本館 2F サーバー室 ラックB 1U", "ヤマハ", "RTX1220", "Rev.15.04.04"],
        ["回線2", "調査希望あり", "調査希望あり", "あり", "インターネット（Web閲覧・メール）", "院内インターネット回線",
         "光回線", "インターネット", "あり", "動的IP", "14.8.122.57", "確認済み", "14.8.122.57", None,
         "BIGLOBE", "ビッグローブ光", "NTT西日本", "フレッツ 光クロス", "CAF7781520",
         "本館 2F サーバー室 ラックA 下段", "フォーティネット", "FortiGate 60F", "v7.2.8"],
        ["回線3", "調査希望あり", "調査希望なし", "あり", "地域医療連携（かがわ医療情報ネットワーク）", "地域連携回線",
         "光回線（閉域）", "閉域網", "なし", "－", "－", "入力不要", None, None, None, None, "NTT西日本",
         "フレッツ・VPN ワイド", "CAF6604471", "本館 2F サーバー室 ラックB 3U", "ヤマハ", "RTX830",
         "Rev.15.02.30"],
    ]
    for j, v in enumerate(example, start=1):
        c = wl.cell(6, j, v)
        c.fill = EX_FILL
        c.font = Font(italic=True, size=9, color="555555")
    for i, line in enumerate(lines):
        for j, v in enumerate(line, start=1):
            if v is not None:
                wl.cell(7 + i, j, v)
    wl.cell(10, 1, "回線4")
    wl.cell(11, 1, "回線5")
    for row in wl["A6:W11"]:
        for c in row:
            c.border = BOX
            if c.column > 1:
                c.alignment = WRAP
    dv1 = DataValidation(type="list", formula1='"調査希望あり,調査希望なし"', allow_blank=True)
    dv2 = DataValidation(type="list", formula1='"あり,なし"', allow_blank=True)
    dv3 = DataValidation(type="list", formula1='"固定IP,動的IP"', allow_blank=True)
    dv4 = DataValidation(type="list", formula1='"インターネット,インターネットVPN,閉域網,モバイル回線,その他"',
                         allow_blank=True)
    dv5 = DataValidation(type="list", formula1='"確認済み,入力不要"', allow_blank=True)
    for d in (dv1, dv2, dv3, dv4, dv5):
        wl.add_data_validation(d)
    dv1.add("B7:C11")
    dv2.add("D7:D11")
    dv2.add("I7:I11")
    dv3.add("J7:J11")
    dv4.add("H7:H11")
    dv5.add("L7:L11")

    # ports table (second table on the same sheet)
    wl["A14"] = "■機器のポート情報（装置と接続する回線と機器の詳細・別紙2-2参照）"
    wl["A14"].font = Font(bold=True)
    phead = ["回線", "機器", "ポート (*)", "機器名 (*)", "IPアドレス (*)", "ポート番号 (*)", "プロトコル (*)", "接続状況"]
    for j, t in enumerate(phead, start=1):
        head(wl, wl.cell(15, j).coordinate, t)
    pex = ["記入例", "XX-1000", "LAN1", "端末1", "192.168.1.10", 23, "Telnet", "接続なし"]
    for j, v in enumerate(pex, start=1):
        c = wl.cell(16, j, v)
        c.fill = EX_FILL
        c.font = Font(italic=True, size=9, color="555555")
    ports = [
        ["回線1", "RTX1220", "LAN1", "電子カルテサーバ（保守GW）", "192.168.10.20", 22, "SSH", "接続あり"],
        ["回線1", "RTX1220", "LAN2", "電子カルテ系コアスイッチ", "192.168.10.1", 443, "HTTPS", "接続あり"],
        ["回線2", "FortiGate 60F", "internal1", "院内LAN コアスイッチ", "192.168.1.1", 443, "HTTPS", "接続あり"],
    ]
    for i, p in enumerate(ports):
        for j, v in enumerate(p, start=1):
            wl.cell(17 + i, j, v)
    box(wl, "A15:H19")

    # ------------------------------------------------------------------ 調査端末情報記入シート
    wt = wb.create_sheet("調査端末情報記入シート")
    wt["A1"] = "調査端末情報記入シート"
    wt["A1"].font = Font(bold=True, size=14)
    wt["A2"] = ("電子カルテシステムと接続のある端末（WindowsOS）を5台ご選定ください。"
                "電子カルテ端末から1台、その他主要な部門システムから1台ずつを推奨します。")
    wt["A2"].font = Font(size=9)
    wt.merge_cells("A4:A5")
    wt["A4"] = ""
    for c, t in {2: "システム種別 (*)", 3: "シングル利用 (*)", 9: "セキュリティ対策製品", 10: "備考"}.items():
        wt.cell(4, c, t)
        wt.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    wt.cell(4, 4, "シンクル端末/FAT端末")
    wt.merge_cells("D4:F4")
    wt.cell(4, 7, "仮想デスクトップ")
    wt.merge_cells("G4:H4")
    for c, t in {4: "端末ホスト名 (*)", 5: "IPアドレス (*)", 6: "設置場所 (*)", 7: "端末ホスト名", 8: "IPアドレス"}.items():
        wt.cell(5, c, t)
    for row in wt["A4:J5"]:
        for c in row:
            c.fill = HEAD_FILL
            c.font = Font(bold=True, size=9)
            c.alignment = CENTER
            c.border = BOX
    for col, w in zip("ABCDEFGHIJ", [8, 16, 16, 18, 18, 30, 16, 18, 24, 30]):
        wt.column_dimensions[col].width = w
    tex = ["記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F 〇〇〇室", "PCXXXX", "192.168.1.25/24",
           "Microsoft Defender", "端末操作可能時間：12:00-13:00"]
    for j, v in enumerate(tex, start=1):
        c = wt.cell(6, j, v)
        c.fill = EX_FILL
        c.font = Font(italic=True, size=9, color="555555")
    terms = [
        ["No.1", "電子カルテ", "単体", "MC-EHR-N2F01", "192.168.1.131/24", "本館 2F 2階東病棟 ナースステーション", None, None,
         "Trend Micro Apex One", "端末操作可能時間：13:00-15:00"],
        ["No.2", "電子カルテ", "仮想デスクトップ", "MC-TC-OP03", "192.168.1.152/24", "本館 1F 外来 内科診察室3",
         "VDI-EHR-021", "172.16.20.21/24", "Microsoft Defender", None],
        ["No.3", "医事会計", "単体", "MC-IJI-01", "192.168.2.41/24", "本館 1F 医事課", None, None,
         "ESET Endpoint Security", None],
        ["No.4", "PACS（画像参照）", "単体", "MC-PACS-VW02", "192.168.30.12/24", "本館 B1F 放射線科 読影室", None, None,
         "Trend Micro Apex One", "読影業務中は操作不可\n17:00以降を希望"],
        ["No.5", "臨床検査システム", "単体", "MC-LAB-03", "192.168.40.23/24", "本館 1F 臨床検査室", None, None,
         "Microsoft Defender", None],
    ]
    for i, t in enumerate(terms):
        for j, v in enumerate(t, start=1):
            if v is not None:
                wt.cell(7 + i, j, v)
    for row in wt["A6:J11"]:
        for c in row:
            c.border = BOX
            c.alignment = WRAP
    dvt = DataValidation(type="list", formula1='"単体,仮想デスクトップ"', allow_blank=True)
    wt.add_data_validation(dvt)
    dvt.add("C7:C11")

    # ------------------------------------------------------------------ 設置場所記入シート
    wp = wb.create_sheet("設置場所記入シート")
    wp["A1"] = "設置場所記入シート"
    wp["A1"].font = Font(bold=True, size=14)
    wp["A2"] = "平面図またはフロア図を貼り付け、調査対象の回線終端装置・調査端末の位置に吹き出しを配置してください。"
    wp["A2"].font = Font(size=9)
    img = XLImage(floor_plan_png())
    img.width, img.height = 720, 448
    wp.add_image(img, "A4")
    wp.column_dimensions["M"].width = 60
    callouts = [
        "① 回線1 回線終端装置：本館 2F サーバー室 ラックB 1U（RTX1220）",
        "② 回線2 回線終端装置：本館 2F サーバー室 ラックA 下段（FortiGate 60F）",
        "③ 回線3 回線終端装置：本館 2F サーバー室 ラックB 3U（RTX830）",
        "④ No.1 MC-EHR-N2F01：本館 2F 2階東病棟 ナースステーション",
        "⑤ No.2 MC-TC-OP03：本館 1F 外来 内科診察室3",
        "⑥ No.3 MC-IJI-01：本館 1F 医事課",
        "⑦ No.4 MC-PACS-VW02：本館 B1F 放射線科 読影室",
        "⑧ No.5 MC-LAB-03：本館 1F 臨床検査室",
    ]
    wp["M4"] = "吹き出し（図中の番号）"
    wp["M4"].font = Font(bold=True)
    for i, t in enumerate(callouts):
        c = wp.cell(5 + i, 13, t)
        c.fill = PatternFill("solid", fgColor="FFE699")
        c.border = BOX

    # ------------------------------------------------------------------ password list template (left blank)
    wa = wb.create_sheet("アカウント(ログインID)・パスワードリスト")
    wa["A1"] = "アカウント(ログインID)・パスワードリスト　【提出不要】"
    wa["A1"].font = Font(bold=True, size=12, color="C00000")
    wa["A2"] = "※当日までの情報整理用です。事務局への提出は不要です（本ファイル提出時は空欄のまま）。"
    wa["A4"] = "■調査① インターネット回線/ONUに紐づく装置(ルータ/UTM/FW)"
    for j, t in enumerate(["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"],
                          start=1):
        head(wa, wa.cell(5, j).coordinate, t)
    for i in range(5):
        wa.cell(6 + i, 1, f"回線{i + 1}")
    box(wa, "A5:F10")
    wa["A12"] = "■調査端末(シンクル端末/FAT端末)"
    for j, t in enumerate(["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"], start=1):
        head(wa, wa.cell(13, j).coordinate, t)
    for i in range(5):
        wa.cell(14 + i, 1, f"端末{i + 1}")
    box(wa, "A13:E18")
    for col, w in zip("ABCDEF", [8, 16, 16, 22, 16, 26]):
        wa.column_dimensions[col].width = w

    out = os.path.join(HERE, NAME + ".xlsx")
    wb.save(out)
    print("saved", out)


if __name__ == "__main__":
    main()
