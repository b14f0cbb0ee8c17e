#!/usr/bin/python3
# Generator for lds-w10-b-print-split-pages.xlsx
# Role: general-affairs 係長 at 医療法人 緑風会 みどりヶ丘病院 (Okayama) who made the form "print friendly":
#  - 基本情報 as a questionnaire (No. | 項目 | 記入欄 | 備考) with a notes column AFTER the answer, consent marked with ■/□
#  - the wide line table split into two printed pages on ONE sheet (page 1 / page 2, header repeated, 記入例 row in each)
#  - 有/無 typed instead of あり/なし, 調査希望 columns answered あり/なし under a 調査希望 header
#  - port table with a merged group label column (回線) and merged device column
#  - terminal sheet: one header row with two-line labels, one IP typed in full-width characters
#  - password list sheet present but ID/password columns left empty (not a problem)
# Planted: 0.0.0.0 placeholder as fixed global IP (回線2); 脆弱性診断 requested on a 閉域網 line (回線3);
#          仮想デスクトップ terminal without VDI host name / IP (No.4).
import os, tempfile, shutil
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.pagebreak import Break, RowBreak
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw

OUT_DIR = "/work/blind/wave10/line-device-survey"
NAME = "lds-w10-b-print-split-pages"

thin = Side(style="thin", color="000000")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="E2EFDA")
EX = PatternFill("solid", fgColor="F2F2F2")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def cellw(ws, r, c, v, fill=None, align=WRAP, bold=False, grey=False):
    x = ws.cell(r, c, v)
    x.border = B
    x.alignment = align
    if fill:
        x.fill = fill
    if bold or grey:
        x.font = Font(bold=bold, color="808080" if grey else "000000")
    return x


wb = Workbook()

# ------------------------------------------------------------ 基本情報記入シート (questionnaire)
ws = wb.active
ws.title = "基本情報記入シート"
for col, w in zip("ABCD", (7, 34, 44, 30)):
    ws.column_dimensions[col].width = w
ws["A1"] = "別紙2-1　医療機関記入依頼書（回線・機器情報等記入）"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "基本情報記入シート"
ws["A2"].font = Font(bold=True)
for j, h in enumerate(["No.", "項目", "記入欄", "備考"]):
    cellw(ws, 4, 1 + j, h, HEAD, CENTER, bold=True)
q = [
    ("1", "本施策の同意確認\n（別紙7 規約・別紙8 注意事項をご確認のうえ選択）", "■同意する　□同意しない", "規約は事務長確認済み（8/20）"),
    ("2", "医療機関名", "医療法人 緑風会 みどりヶ丘病院", None),
    ("3", "医療機関名（かな）", "いりょうほうじん りょくふうかい みどりがおかびょういん", None),
    ("4", "郵便番号（〒）", "７１０－０８２６", None),
    ("5", "住所", "岡山県倉敷市老松町四丁目9番3号", None),
    ("6", "住所（かな）", "おかやまけんくらしきしおいまつちょうよんちょうめ9ばん3ごう", None),
    ("7", "ビル名", None, "ビル名なし（単独建物のため空欄）"),
    ("8", "ビル名（かな）", None, None),
    ("9", "病床数", 152, "一般120床・療養32床"),
    ("10-1", "担当者①　所属・役職", "事務部 総務課 係長", "本件の窓口"),
    ("10-2", "担当者①　氏名", "小野　雅人", None),
    ("10-3", "担当者①　電話番号", "086-422-3150", "平日 8:30～17:00"),
    ("10-4", "担当者①　メールアドレス", "ono@midorigaoka-hp.jp", None),
    ("11-1", "担当者②　所属・役職", "診療情報管理室 室長", None),
    ("11-2", "担当者②　氏名", "井上 さやか", None),
    ("11-3", "担当者②　電話番号", "086-422-3151", None),
    ("11-4", "担当者②　メールアドレス", "inoue@midorigaoka-hp.jp", None),
    ("12-1", "担当者③　所属・役職", "（株）システムクリエイト 常駐SE", "電子カルテ保守ベンダ"),
    ("12-2", "担当者③　氏名", "藤原 翔", None),
    ("12-3", "担当者③　電話番号", "090-3174-5528", None),
    ("12-4", "担当者③　メールアドレス", "s-fujiwara@syscreate.co.jp", None),
    ("13-1", "担当者④　所属・役職", None, None),
    ("13-2", "担当者④　氏名", None, None),
    ("13-3", "担当者④　電話番号", None, None),
    ("13-4", "担当者④　メールアドレス", None, None),
    ("14", "申込内容の確認：確認者名\n（医療機関のご担当者名・フルネーム）", "小野　雅人", "記入内容確認済み"),
]
for i, (no, lab, val, note) in enumerate(q):
    r = 5 + i
    cellw(ws, r, 1, no, align=CENTER)
    cellw(ws, r, 2, lab, HEAD)
    cellw(ws, r, 3, val)
    cellw(ws, r, 4, note)
    if "\n" in lab:
        ws.row_dimensions[r].height = 32
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1

# ------------------------------------------------------------ 回線・機器情報記入シート (two printed pages)
ws = wb.create_sheet("回線・機器情報記入シート")
widths = [9, 14, 14, 16, 24, 18, 13, 13, 18, 16, 18, 22]
for i, w in enumerate(widths):
    ws.column_dimensions[chr(65 + i)].width = w


def page_title(r, txt):
    ws.cell(r, 1, txt).font = Font(bold=True, size=12)
    ws.cell(r + 1, 1, "医療機関名：医療法人 緑風会 みどりヶ丘病院　　※(*)は必須。記入例の行は削除しないでください。").font = Font(size=9)


# page 1
page_title(1, "回線・機器情報記入シート　（1/2）　調査希望・用途・通信形態・アドレス")
h1 = ["回線", "調査希望", None, "電子カルテシステムと\n接続するネットワーク\nとの接続 (*)\n（有・無）", "用途・システム名 (*)", "通信形態 (*)",
      "グローバルIP\n利用 (*)\n（有・無）", "固定IP/\n動的IP (*)", "グローバルIP\nアドレス (*)", "脆弱性診断当日記入欄", None, "FQDN"]
h2 = [None, "技術バージョン\n確認 (*)", "脆弱性診断 (*)", None, None, None, None, None, None, "グローバルIP確認", "グローバルIPアドレス", None]
for j, v in enumerate(h1):
    cellw(ws, 4, 1 + j, v, HEAD, CENTER, bold=True)
for j, v in enumerate(h2):
    cellw(ws, 5, 1 + j, v, HEAD, CENTER, bold=True)
ws.merge_cells("B4:C4")
ws.merge_cells("J4:K4")
for col in "ADEFGHIL":
    ws.merge_cells(f"{col}4:{col}5")
ws.row_dimensions[4].height = 58
ws.row_dimensions[5].height = 30
p1 = [
    ("記入例", "あり", "あり", "有", "電子カルテ", "インターネットVPN", "有", "固定IP", "121.119.249.222", "入力不要", "入力不要", "example.xxx"),
    ("回線1", "あり", "あり", "有", "電子カルテ（リモート保守）", "インターネットVPN", "有", "固定IP", "122.208.77.14", "入力不要", None, "ssl-vpn.midorigaoka-hp.jp"),
    ("回線2", "あり", "あり", "有", "PACS保守", "インターネットVPN", "有", "固定IP", "0.0.0.0", "入力不要", None, None),
    ("回線3", "あり", "あり", "有", "オンライン資格確認", "閉域網", "無", None, None, "入力不要", None, None),
    ("回線4", "なし", "あり", "有", "臨床検査システム保守", "インターネットVPN", "有", "動的IP", "49.98.143.210", None, None, None),
]
for i, row in enumerate(p1):
    r = 6 + i
    for j, v in enumerate(row):
        cellw(ws, r, 1 + j, v, EX if i == 0 else None, grey=(i == 0))
    ws.row_dimensions[r].height = 24
ws.cell(11, 1, "※回線4（モバイル回線）は動的IPのため、脆弱性診断当日にグローバルIPを確認して記入します。").font = Font(size=9)
ws.row_breaks.append(Break(id=11))

# page 2 (header repeated)
page_title(13, "回線・機器情報記入シート　（2/2）　回線情報・品目・設置場所・機器情報")
g2 = ["回線", "回線情報", None, None, None, None, "プロバイダ情報", None, "回線終端装置(ONU/モデム)情報", "機器情報（ルータ/UTM/FW）", None, None]
s2 = [None, "回線名", "回線の種類", "回線事業者", "回線サービス名", "回線ID", "プロバイダ名", "プロバイダ品目", "回線終端装置\n設置場所 (*)", "メーカー", "機種名", "ファームウェア\nバージョン"]
for j, v in enumerate(g2):
    cellw(ws, 16, 1 + j, v, HEAD, CENTER, bold=True)
for j, v in enumerate(s2):
    cellw(ws, 17, 1 + j, v, HEAD, CENTER, bold=True)
ws.merge_cells("A16:A17")
ws.merge_cells("B16:F16")
ws.merge_cells("G16:H16")
ws.merge_cells("J16:L16")
ws.row_dimensions[17].height = 30
p2 = [
    ("記入例", "電子カルテ保守回線", "光回線", "NTT東日本", "フレッツ 光ネクスト", "CAF0000000", "NTT東日本", "Bフレッツサービス", "本部棟 3F サーバー室 -1番ラック 3U", "A社", "Router-01", "XXX"),
    ("回線1", "電カル保守（SSL-VPN）", "光回線", "NTT西日本", "フレッツ 光ネクスト プライオ", "COP2208471190", "OCN", "OCN 光 固定IP8", "本館2F 電算室 19インチラック 下段", "Fortinet", "FortiGate 80F", "v7.0.15"),
    ("回線2", "PACS保守回線", "光回線", "NTT西日本", "フレッツ 光クロス", "COP2301125586", "So-net", "So-net 光 固定IPサービス", "本館1F 放射線科 CT操作室", "ヤマハ", "RTX830", "Rev.15.02.29"),
    ("回線3", "オン資回線", "光回線（IP-VPN）", "NTT西日本", "フレッツ・VPN ワイド", "COP2112009873", None, None, "本館1F 医事課 受付裏 棚", "NEC", "UNIVERGE IX2106", "Ver.10.2.16"),
    ("回線4", "検査保守（モバイル）", "モバイル回線（LTE）", "NTTドコモ", "ドコモ LTE データ通信", None, "mopera U", "mopera U スタンダードプラン", "本館B1F 臨床検査科 分析装置横", "NEC", "Aterm MR05LN", "1.2.0"),
]
for i, row in enumerate(p2):
    r = 18 + i
    for j, v in enumerate(row):
        cellw(ws, r, 1 + j, v, EX if i == 0 else None, grey=(i == 0))
    ws.row_dimensions[r].height = 30
ws.row_breaks.append(Break(id=23))

# port table (page 3) with merged group labels
ws.cell(25, 1, "■装置と接続する回線と機器の詳細（別紙2-2参考用）").font = Font(bold=True, size=12)
ph = ["回線", "機器情報", "ポート (*)", "機器名 (*)", "IPアドレス (*)", "ポート番号 (*)", "プロトコル (*)", "接続状況"]
for j, v in enumerate(ph):
    cellw(ws, 26, 1 + j, v, HEAD, CENTER, bold=True)
ports = [
    ("回線1", "FortiGate 80F", "wan1", "ONU", "122.208.77.14", 443, "HTTPS (SSL-VPN)", "接続あり"),
    (None, None, "port2", "電子カルテサーバ (EC-SV01)", "192.168.1.10", 3389, "RDP", "接続あり"),
    (None, None, "port3", "電子カルテDBサーバ", "192.168.1.12", 22, "SSH", "接続あり"),
    ("回線2", "RTX830", "LAN1", "PACSサーバ", "192.168.5.20", 104, "DICOM", "接続あり"),
    (None, None, "LAN1", "PACSサーバ", "192.168.5.20", 5900, "VNC", "接続なし"),
]
for i, row in enumerate(ports):
    for j, v in enumerate(row):
        cellw(ws, 27 + i, 1 + j, v, align=CENTER if j < 2 else WRAP)
ws.merge_cells("A27:A29")
ws.merge_cells("B27:B29")
ws.merge_cells("A30:A31")
ws.merge_cells("B30:B31")
ws.print_area = "A1:L31"
ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0

# ------------------------------------------------------------ 調査端末情報記入シート
ws = wb.create_sheet("調査端末情報記入シート")
widths = [8, 16, 14, 16, 22, 24, 16, 18, 26, 28]
for i, w in enumerate(widths):
    ws.column_dimensions[chr(65 + i)].width = w
ws["A1"] = "調査端末情報記入シート　（調査対象PC 5台）"
ws["A1"].font = Font(bold=True, size=12)
hdr = ["No.", "システム種別 (*)", "シングル利用 (*)\n単体／仮想デスクトップ", "シンクル端末/FAT端末\n端末ホスト名 (*)", "シンクル端末/FAT端末\nIPアドレス (*)",
       "シンクル端末/FAT端末\n設置場所 (*)", "仮想デスクトップ\n端末ホスト名", "仮想デスクトップ\nIPアドレス", "セキュリティ対策製品", "備考"]
for j, v in enumerate(hdr):
    cellw(ws, 3, 1 + j, v, HEAD, CENTER, bold=True)
ws.row_dimensions[3].height = 44
terms = [
    ("記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F OOO室", "PCXXXX", "192.168.1.25/24", "Microsoft Defender", "端末操作可能時間：12:00-13:00"),
    ("No.1", "電子カルテ", "単体", "MG-EC-101", "１９２．１６８．１．１０１／２４", "本館3F 3階病棟 ナースステーション", None, None, "ウイルスバスター コーポレートエディション", "端末操作可能時間：14:00～16:00"),
    ("No.2", "電子カルテ", "単体", "MG-EC-205", "192.168.1.205/24", "本館1F 外来 第2診察室", None, None, "ウイルスバスター コーポレートエディション", None),
    ("No.3", "医事会計", "単体", "MG-IJ-003", "192.168.2.13/24", "本館1F 医事課", None, None, "ESET PROTECT Essential", None),
    ("No.4", "電子カルテ", "仮想デスクトップ", "MG-TC-022", "192.168.1.222/24", "本館2F リハビリテーション室", None, None, "Microsoft Defender", "シンクライアント"),
    ("No.5", "PACS（画像ビューア）", "単体", "MG-RAD-01", "192.168.5.31/24", "本館1F 放射線科 読影室", None, None, "Trend Micro Apex One", None),
]
for i, row in enumerate(terms):
    for j, v in enumerate(row):
        cellw(ws, 4 + i, 1 + j, v, EX if i == 0 else None, grey=(i == 0))
    ws.row_dimensions[4 + i].height = 26

# ------------------------------------------------------------ 設置場所記入シート
ws = wb.create_sheet("設置場所記入シート")
ws["A1"] = "設置場所記入シート（平面図・フロア図）"
ws["A1"].font = Font(bold=True, size=12)
tmp = tempfile.mkdtemp()
png = os.path.join(tmp, "floor_b.png")
im = Image.new("RGB", (820, 460), (250, 250, 245))
d = ImageDraw.Draw(im)
d.rectangle([5, 5, 815, 455], outline="black", width=3)
for x in (205, 410, 615):
    d.line([x, 5, x, 455], fill="black", width=2)
d.line([5, 230, 815, 230], fill="black", width=2)
labels = ["B1F Lab", "1F Iji-ka", "1F Radiology", "1F Gairai", "2F Densan", "2F Rehab", "3F Ward", "-"]
k = 0
for yy in (15, 240):
    for xx in (15, 220, 425, 630):
        d.text((xx, yy), labels[k], fill="black")
        k += 1
for x, y in [(100, 150), (300, 150), (500, 150), (720, 150), (100, 380), (300, 380), (500, 380)]:
    d.rectangle([x - 10, y - 10, x + 10, y + 10], fill="blue")
im.save(png)
img = XLImage(png)
img.anchor = "A3"
ws.add_image(img)
ws["N3"] = "吹き出し一覧"
ws["N3"].font = Font(bold=True)
for i, t in enumerate([
    "回線1 ONU：本館2F 電算室 19インチラック 下段",
    "回線2 ONU：本館1F 放射線科 CT操作室",
    "回線3 ONU：本館1F 医事課 受付裏 棚",
    "回線4 ルータ：本館B1F 臨床検査科 分析装置横",
    "No.1 MG-EC-101：本館3F 3階病棟 ナースステーション",
    "No.2 MG-EC-205：本館1F 外来 第2診察室",
    "No.3 MG-IJ-003：本館1F 医事課",
    "No.4 MG-TC-022：本館2F リハビリテーション室",
    "No.5 MG-RAD-01：本館1F 放射線科 読影室",
]):
    ws.cell(4 + i, 14, t)
ws.column_dimensions["N"].width = 50

# ------------------------------------------------------------ password list (kept, but empty)
ws = wb.create_sheet("アカウント(ログインID)・パスワードリスト")
ws["A1"] = "アカウント(ログインID)・パスワードリスト　※提出不要（当日までに院内で整理）"
ws["A1"].font = Font(bold=True, color="C00000")
for j, v in enumerate(["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"]):
    cellw(ws, 3, 1 + j, v, HEAD, CENTER, bold=True)
for i, (a, m, k) in enumerate([("回線1", "Fortinet", "FortiGate 80F"), ("回線2", "ヤマハ", "RTX830"),
                               ("回線3", "NEC", "UNIVERGE IX2106"), ("回線4", "NEC", "Aterm MR05LN")]):
    for j, v in enumerate([a, m, k, None, None, None]):
        cellw(ws, 4 + i, 1 + j, v)
for j, v in enumerate(["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"]):
    cellw(ws, 10, 1 + j, v, HEAD, CENTER, bold=True)
for i, (a, h, ip) in enumerate([("端末1", "MG-EC-101", "192.168.1.101/24"), ("端末2", "MG-EC-205", "192.168.1.205/24"),
                                ("端末3", "MG-IJ-003", "192.168.2.13/24"), ("端末4", "MG-TC-022", "192.168.1.222/24"),
                                ("端末5", "MG-RAD-01", "192.168.5.31/24")]):
    for j, v in enumerate([a, h, ip, None, None]):
        cellw(ws, 11 + i, 1 + j, v)
for col, w in zip("ABCDEF", (8, 16, 18, 22, 16, 26)):
    ws.column_dimensions[col].width = w

wb.save(os.path.join(OUT_DIR, NAME + ".xlsx"))
shutil.rmtree(tmp)
print("wrote", NAME)
