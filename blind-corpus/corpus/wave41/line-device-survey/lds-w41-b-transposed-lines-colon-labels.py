#!/usr/bin/python3
"""Generator for lds-w41-b-transposed-lines-colon-labels.xlsx

Role: a small hospital's general-affairs clerk who re-drew 別紙2-1 as an A4-portrait, print-style
workbook: 記入要領 sheet first, basic info as 「項目：値」 cells, consent by a ○ beside the option,
the line table transposed (items down, 回線 across, 記入例 column kept), terminals with the blocks
in another order, floor plan pasted on its own sheet, dropdown lists on a hidden sheet.
Password list removed before submission. Saved by openpyxl.
Planted: 固定IP with a private address (回線2), 脆弱性診断 requested on a 閉域網 line (回線3),
確認者名 left blank.
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
NAME = "lds-w41-b-transposed-lines-colon-labels"

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GRAY = PatternFill("solid", fgColor="D9D9D9")
EX = PatternFill("solid", fgColor="F2F2F2")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def jp_font(size):
    for idx in range(6):
        try:
            f = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", size, index=idx)
            if "JP" in " ".join(f.getname()):
                return f
        except Exception:
            pass
    return ImageFont.load_default()


def floor_png(path):
    img = Image.new("RGB", (760, 620), "#FFFFFF")
    d = ImageDraw.Draw(img)
    f = jp_font(17)
    d.text((10, 5), "東浜病院 フロア図（1F・2F）", fill="black", font=f)
    # 1F
    d.rectangle([10, 35, 370, 610], outline="black", width=3)
    d.text((20, 40), "1F", fill="black", font=f)
    for (x0, y0, x1, y1), t in [((20, 70, 360, 200), "事務室（奥：サーバーラック）"),
                               ((20, 200, 190, 330), "MRI操作室"),
                               ((190, 200, 360, 330), "放射線科操作室"),
                               ((20, 330, 190, 460), "医事課"),
                               ((190, 330, 360, 460), "検査室"),
                               ((20, 460, 360, 600), "外来待合")]:
        d.rectangle([x0, y0, x1, y1], outline="black", width=2)
        d.text((x0 + 6, y0 + 6), t, fill="black", font=f)
    # 2F/3F
    d.rectangle([390, 35, 750, 610], outline="black", width=3)
    d.text((400, 40), "2F / 3F", fill="black", font=f)
    for (x0, y0, x1, y1), t in [((400, 70, 740, 220), "2F 外来診察室1～4"),
                               ((400, 220, 740, 360), "2F 医事課 カウンター"),
                               ((400, 360, 740, 600), "3F 病棟ナースステーション")]:
        d.rectangle([x0, y0, x1, y1], outline="black", width=2)
        d.text((x0 + 6, y0 + 6), t, fill="black", font=f)
    # callout markers
    for (x, y, n) in [(300, 150, "①"), (120, 280, "④"), (620, 300, "②"), (100, 400, "③")]:
        d.ellipse([x - 14, y - 14, x + 14, y + 14], fill="#FFD966", outline="black")
        d.text((x - 9, y - 12), n, fill="black", font=f)
    img.save(path)


def main():
    wb = Workbook()

    # ------------------------------------------------------------ 記入要領
    wi = wb.active
    wi.title = "記入要領"
    wi.column_dimensions["A"].width = 100
    notes = [
        "別紙2-1 医療機関記入依頼書（回線・機器情報等記入）　記入要領",
        "",
        "１．「1.基本情報」：医療機関名・住所・病床数・担当者（4名まで）を記入し、最後に確認者名をフルネームで記入してください。",
        "２．「2.回線・機器情報」：電子カルテシステムに接続する回線を回線1から順に縦列へ記入してください（記入例の列は消さないでください）。",
        "　　・脆弱性診断はインターネット接続のある回線が対象です。閉域網に接続された回線は対象外です。",
        "　　・固定IPの場合はグローバルIPアドレスを記入してください。動的IPの場合は診断当日に確認のうえ当日記入欄に記入します。",
        "３．「3.調査端末」：調査を希望する端末（PC）を5台記入してください。",
        "４．「4.設置場所」：平面図またはフロア図を貼り付け、回線終端装置と調査端末の位置を示してください。",
        "※アカウント(ログインID)・パスワードリストは提出不要です（院内で保管してください）。",
    ]
    for i, t in enumerate(notes, start=1):
        wi.cell(row=i, column=1, value=t).alignment = WRAP
    wi["A1"].font = Font(bold=True, size=13)

    # ------------------------------------------------------------ hidden list sheet
    wlst = wb.create_sheet("list")
    for col, vals in enumerate([["希望あり", "希望なし"], ["有", "無"], ["固定", "動的"],
                                ["インターネット", "インターネットVPN", "閉域網"], ["確認済み", "入力不要"],
                                ["単体", "仮想デスクトップ"]], start=1):
        for r, v in enumerate(vals, start=1):
            wlst.cell(row=r, column=col, value=v)
    wlst.sheet_state = "hidden"

    # ------------------------------------------------------------ 1.基本情報
    ws = wb.create_sheet("1.基本情報")
    ws.column_dimensions["A"].width = 2
    for col, w in zip("BCDEFGH", (16, 6, 14, 6, 14, 22, 22)):
        ws.column_dimensions[col].width = w
    ws["B1"] = "別紙2-1　医療機関記入依頼書（回線・機器情報等記入）"
    ws["B1"].font = Font(bold=True, size=14)
    ws["B2"] = "【1】基本情報"
    ws["B2"].font = Font(bold=True)

    ws["B4"] = "本施策の同意確認"
    ws["C4"] = "○"
    ws["D4"] = "同意する"
    ws["E4"] = None
    ws["F4"] = "同意しない"
    ws.merge_cells("G4:H4")
    ws["G4"] = "※規約（別紙7・別紙8）確認のうえ、該当に○"
    for c in ("C4", "E4"):
        ws[c].alignment = CENTER
    box(ws, "B4:F4")

    info = [
        "医療機関名：医療法人 紀水会 東浜病院",
        "医療機関名（かな）：いりょうほうじん きすいかい ひがしはまびょういん",
        "郵便番号：〒770-0865",
        "住所：徳島県徳島市東浜町三丁目8番21号",
        "住所（かな）：とくしまけんとくしましひがしはまちょうさんちょうめ8ばん21ごう",
        "ビル名：",
        "ビル名（かな）：",
        "病床数：96床",
    ]
    for i, t in enumerate(info):
        r = 6 + i
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
        ws.cell(row=r, column=2, value=t)
    box(ws, "B6:H13")

    ws["B15"] = "担当者（4名まで）"
    ws["B15"].font = Font(bold=True)
    heads = ["", "所属・役職", "", "氏名", "", "電話番号", "メールアドレス"]
    ws.merge_cells("C16:D16")
    ws.merge_cells("E16:F16")
    ws["B16"] = "No."
    ws["C16"] = "所属・役職"
    ws["E16"] = "氏名"
    ws["G16"] = "電話番号"
    ws["H16"] = "メールアドレス"
    for c in ("B16", "C16", "E16", "G16", "H16"):
        ws[c].fill = GRAY
        ws[c].alignment = CENTER
    people = [
        ("事務部 総務課 課長", "岡田 守", "088-655-2210", "okada@higashihama-hp.jp"),
        ("事務部 総務課 システム担当", "藤井 沙織", "088-655-2210", "s.fujii@higashihama-hp.jp"),
        ("放射線科 技師長", "森本 勇", "088-655-2234", "morimoto@higashihama-hp.jp"),
    ]
    for i in range(4):
        r = 17 + i
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
        ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=6)
        ws.cell(row=r, column=2, value=i + 1)
        if i < len(people):
            dep, nm, tel, mail = people[i]
            ws.cell(row=r, column=3, value=dep)
            ws.cell(row=r, column=5, value=nm)
            ws.cell(row=r, column=7, value=tel)
            ws.cell(row=r, column=8, value=mail)
    box(ws, "B16:H20")

    ws.merge_cells("B22:H22")
    ws["B22"] = "確認者名（フルネーム）："
    box(ws, "B22:H22")
    ws["B23"] = "※記入内容を確認のうえ、確認者名を記入してください。"
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4

    # ------------------------------------------------------------ 2.回線・機器情報 (transposed)
    wl = wb.create_sheet("2.回線・機器情報")
    wl["A1"] = "【2】回線・機器情報（回線ごとに縦に記入）　(*)必須"
    wl["A1"].font = Font(bold=True, size=12)
    wl.column_dimensions["A"].width = 20
    wl.column_dimensions["B"].width = 26
    for col in "CDEFG":
        wl.column_dimensions[col].width = 24
    items = [
        ("調査希望", "技術バージョン確認(*)"),
        ("調査希望", "脆弱性診断(*)"),
        ("", "電子カルテシステムと接続するネットワークとの接続(*)"),
        ("", "用途・システム名(*)"),
        ("回線情報", "回線の種類"),
        ("回線情報", "回線名"),
        ("回線情報", "回線事業者"),
        ("回線情報", "回線サービス名"),
        ("回線情報", "回線ID"),
        ("グローバルIP", "通信形態(*)"),
        ("グローバルIP", "グローバルIP利用(*)"),
        ("グローバルIP", "固定IP/動的IP(*)"),
        ("グローバルIP", "グローバルIPアドレス(*)"),
        ("脆弱性診断当日記入欄", "グローバルIP確認"),
        ("脆弱性診断当日記入欄", "グローバルIPアドレス"),
        ("", "FQDN"),
        ("プロバイダ", "プロバイダ名"),
        ("プロバイダ", "プロバイダ品目"),
        ("回線終端装置", "回線終端装置設置場所(*)"),
        ("装置（ルータ/UTM/FW）", "メーカー"),
        ("装置（ルータ/UTM/FW）", "機種名"),
        ("装置（ルータ/UTM/FW）", "ファームウェアバージョン"),
    ]
    heads = ["記入例", "回線1", "回線2", "回線3", "回線4"]
    wl["A3"] = "項目"
    wl.merge_cells("A3:B3")
    for i, h in enumerate(heads):
        wl.cell(row=3, column=3 + i, value=h)
    for c in wl[3]:
        c.fill = GRAY
        c.alignment = CENTER
    data = {
        "記入例": ["希望あり", "希望あり", "有", "電子カルテ", "光回線", "○○保守回線", "NTT西日本", "フレッツ 光ネクスト",
                  "COP0000000000", "インターネットVPN", "有", "固定", "121.119.249.222", "入力不要", None,
                  "example.xxx", "○○プロバイダ", "固定IP 1個", "1F ○○室 ラック", "A社", "Router-01", "Ver.X.X"],
        "回線1": ["希望あり", "希望あり", "有", "電子カルテ", "光回線", "電カル保守回線", "NTT西日本", "フレッツ 光クロス",
                 "COP0087341256", "インターネットVPN", "有", "固定", "60.37.145.18", "入力不要", None,
                 None, "BIGLOBE", "BIGLOBE 光 固定IP 1個", "1F 事務室奥 サーバーラック", "YAMAHA", "RTX1300",
                 "Rev.23.00.08"],
        "回線2": ["希望あり", "希望あり", "有", "医事会計（リモート保守）", "光回線", "医事保守回線", "NTT西日本",
                 "フレッツ 光ネクスト", "COP0087349920", "インターネットVPN", "有", "固定", "192.168.1.1", "入力不要",
                 None, None, "OCN", "OCN光 固定IP", "2F 医事課 カウンター下", "Cisco", "ISR 1111-4P", "IOS XE 17.9.4a"],
        "回線3": ["希望あり", "希望あり", "有", "地域医療連携ネットワーク", "光回線", "地域連携VPN", "NTT西日本",
                 "フレッツ・VPN ワイド", "COP0087350144", "閉域網", "無", None, None, None, None, None, None, None,
                 "1F 事務室奥 サーバーラック", "YAMAHA", "RTX830", "Rev.15.02.29"],
        "回線4": ["希望あり", "希望なし", "有", "MRI リモート保守", "モバイル回線", "MRI保守用モバイル", "KDDI",
                 "au 法人データ通信", None, "インターネットVPN", "有", "動的", "106.133.52.19", "入力不要", None, None,
                 "KDDI", "au 法人データ通信", "1F MRI操作室 装置ラック内", "NEC", "Aterm MR05LN", "1.4.0"],
    }
    for k, (grp, lab) in enumerate(items):
        r = 4 + k
        wl.cell(row=r, column=1, value=grp or None)
        wl.cell(row=r, column=2, value=lab)
        for i, h in enumerate(heads):
            c = wl.cell(row=r, column=3 + i, value=data[h][k])
            c.alignment = WRAP
            if h == "記入例":
                c.fill = EX
                c.font = Font(color="7F7F7F")
    # merge group labels in column A
    k = 0
    while k < len(items):
        g = items[k][0]
        j = k
        while j + 1 < len(items) and items[j + 1][0] == g and g:
            j += 1
        if g and j > k:
            wl.merge_cells(start_row=4 + k, start_column=1, end_row=4 + j, end_column=1)
        k = j + 1
    for row in wl.iter_rows(min_row=4, max_row=3 + len(items), max_col=2):
        for c in row:
            c.alignment = WRAP
    box(wl, f"A3:G{3 + len(items)}")
    last = 3 + len(items)
    wl.cell(row=last + 2, column=1, value="※回線が5本以上ある場合は列を追加してください。")

    def dv(src, rng):
        d = DataValidation(type="list", formula1=src, allow_blank=True, showErrorMessage=False)
        wl.add_data_validation(d)
        d.add(rng)

    dv("=list!$A$1:$A$2", "D4:G5")
    dv("=list!$B$1:$B$2", "D6:G6")
    dv("=list!$D$1:$D$3", "D13:G13")
    dv("=list!$B$1:$B$2", "D14:G14")
    dv("=list!$C$1:$C$2", "D15:G15")
    dv("=list!$E$1:$E$2", "D17:G17")
    wl.freeze_panes = "C4"

    # ------------------------------------------------------------ 3.調査端末
    wt = wb.create_sheet("3.調査端末")
    wt["A1"] = "【3】調査端末情報（5台）"
    wt["A1"].font = Font(bold=True, size=12)
    th = [("No.", 5), ("設置場所(*)", 22), ("システム種別(*)", 16), ("シングル利用(*)\n単体/仮想デスクトップ", 16),
          ("端末ホスト名(*)", 16), ("IPアドレス(*)\n(例 192.168.1.25/24)", 20),
          ("仮想デスクトップ\n端末ホスト名", 16), ("仮想デスクトップ\nIPアドレス", 18),
          ("セキュリティ対策製品", 22), ("備考（操作可能時間など）", 28)]
    from openpyxl.utils import get_column_letter as L
    for i, (h, w) in enumerate(th, start=1):
        c = wt.cell(row=3, column=i, value=h)
        c.fill = GRAY
        c.alignment = CENTER
        wt.column_dimensions[L(i)].width = w
    wt.row_dimensions[3].height = 36
    terms = [
        (1, "2F 外来診察室3", "電子カルテ", "単体", "HM-EMR-021", "10.10.2.21/24", None, None, "Microsoft Defender", None),
        (2, "3F 病棟ナースステーション", "電子カルテ", "単体", "HM-EMR-035", "10.10.3.35/24", None, None,
         "ESET Endpoint Security", "夜勤帯（17:00～翌9:00）は操作不可"),
        (3, "1F 医事課", "医事会計", "単体", "HM-IJI-002", "10.10.1.102/24", None, None, "Microsoft Defender", None),
        (4, "1F 放射線科操作室", "PACS", "単体", "HM-PACS-V1", "10.10.5.11/24", None, None, "Trend Micro Apex One",
         "検査の合間のみ\n技師立会い必須"),
        (5, "1F 検査室", "検査システム", "仮想デスクトップ", "HM-TC-LAB1", "10.10.6.41/24", "HM-VDI-LAB01",
         "10.20.0.41/24", "Microsoft Defender", None),
    ]
    for k, t in enumerate(terms):
        for ci, v in enumerate(t, start=1):
            c = wt.cell(row=4 + k, column=ci, value=v)
            c.alignment = WRAP
    box(wt, "A3:J8")
    d = DataValidation(type="list", formula1="=list!$F$1:$F$2", allow_blank=True)
    wt.add_data_validation(d)
    d.add("D4:D8")

    # ------------------------------------------------------------ 4.設置場所
    wp = wb.create_sheet("4.設置場所")
    wp["A1"] = "【4】設置場所（フロア図に回線終端装置・調査端末の位置を記入）"
    wp["A1"].font = Font(bold=True, size=12)
    png = os.path.join("/tmp", NAME + "-floor.png")
    floor_png(png)
    wp.add_image(XLImage(png), "A3")
    legend = ["① 回線1・回線3 終端装置（1F 事務室奥 サーバーラック）",
              "② 回線2 終端装置（2F 医事課 カウンター下）",
              "③ 端末No.3 HM-IJI-002（1F 医事課）",
              "④ 回線4 モバイルルータ（1F MRI操作室 装置ラック内）",
              "端末No.1 2F 外来診察室3 / No.2 3F 病棟NS / No.4 1F 放射線科操作室 / No.5 1F 検査室"]
    for i, t in enumerate(legend):
        wp.cell(row=3 + i, column=14, value=t)
    wp.column_dimensions["N"].width = 60

    wb.move_sheet("list", offset=5)
    out = os.path.join(HERE, NAME + ".xlsx")
    wb.save(out)
    print("saved", out)


if __name__ == "__main__":
    main()
