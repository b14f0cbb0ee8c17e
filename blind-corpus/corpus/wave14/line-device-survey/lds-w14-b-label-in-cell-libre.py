#!/usr/bin/python3
# Generator for lds-w14-b-label-in-cell-libre.xlsx (line-device-survey, 3 planted problems)
# Role: 事務部 情報管理課 at a 120-bed hospital; basic info typed as 「項目：値」 in one cell, consent by a ○ mark,
# terminal sheet placed before the line sheet, ports as a second table under the lines, password list kept and
# filled in, 記入要領 sheet added at the front; finally opened and re-saved with LibreOffice.
import io, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

OUTDIR = "/work/blind/wave14/line-device-survey"
NAME = "lds-w14-b-label-in-cell-libre.xlsx"

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="E2EFDA")
EX = PatternFill("solid", fgColor="D9D9D9")
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)


def boxed(ws, r1, c1, r2, c2, fill=None, align=WRAP):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            x = ws.cell(r, c)
            x.border = BOX
            x.alignment = align
            if fill:
                x.fill = fill


wb = Workbook()

# ------------------------------------------------------------ 記入要領
wi = wb.active
wi.title = "記入要領"
wi.column_dimensions["A"].width = 110
notes = [
    "別紙2-1　医療機関記入依頼書（回線・機器情報等記入）　記入要領（院内用メモ）",
    "",
    "1. 基本情報記入シート：同意確認は規約（別紙7・別紙8）を確認のうえ「同意する」に○。",
    "2. 調査端末情報記入シート：WindowsOS端末を5台。電子カルテ端末1台＋主要部門システム1台ずつ。",
    "3. 回線・機器情報記入シート：電子カルテ系につながる回線をすべて（保守回線含む）。記入例の行は消さない。",
    "   閉域網に接続された回線は脆弱性診断の対象外。動的IPの回線は診断当日にIPを確認して記入。",
    "4. 設置場所記入シート：平面図を貼り付け、回線終端装置・端末の位置を示す。",
    "5. アカウント・パスワードリスト：事務局への提出は不要（当日までの準備用）。",
]
for i, t in enumerate(notes):
    wi.cell(1 + i, 1, t)
wi["A1"].font = Font(bold=True, size=13)

# ------------------------------------------------------------ 基本情報記入シート (label and value in one cell)
ws = wb.create_sheet("基本情報記入シート")
for col, w in zip("ABCDEF", [20, 28, 16, 22, 34, 4]):
    ws.column_dimensions[col].width = w
ws["A1"] = "基本情報記入シート"
ws["A1"].font = Font(bold=True, size=14)
ws["A3"] = "１．本施策の同意確認（(別紙)規約をご確認のうえ、同意いただける場合は「同意する」に○）"
ws["B4"] = "○"
ws["C4"] = "同意する"
ws["D4"] = None
ws["E4"] = "同意しない"
ws["B4"].alignment = CEN
ws["B4"].font = Font(bold=True, size=14)
ws["A6"] = "２．医療機関情報"
ws.merge_cells("A7:E7")
ws["A7"] = "医療機関名：医療法人 潮風会 ことひら浜病院"
ws.merge_cells("A8:E8")
ws["A8"] = "（かな）：いりょうほうじん しおかぜかい ことひらはまびょういん"
ws.merge_cells("A9:E9")
ws["A9"] = "〒７６３－００９８"
ws.merge_cells("A10:E10")
ws["A10"] = "住所：香川県丸亀市浜ノ町99番地9"
ws.merge_cells("A11:E11")
ws["A11"] = "住所（かな）：かがわけんまるがめしはまのちょう99ばんち9"
ws.merge_cells("A12:C12")
ws["A12"] = "ビル名："
ws.merge_cells("D12:E12")
ws["D12"] = "（かな）："
ws.merge_cells("A13:E13")
ws["A13"] = "病床数：120床"
for r in range(7, 14):
    for c in range(1, 6):
        ws.cell(r, c).border = BOX
ws["A15"] = "３．担当者情報（複数名の場合は4名まで）"
for i, h in enumerate(["", "所属・役職", "氏名", "電話番号", "メールアドレス"]):
    ws.cell(16, 1 + i, h)
boxed(ws, 16, 1, 16, 5, HEAD, CEN)
contacts = [
    ("担当者1", "事務部 情報管理課 係長", "香川 真一", "0877-22-9999", "s-kagawa@kotohirahama.or.jp"),
    ("担当者2", "診療情報管理室 室長", "綾田 恵子", "0877-22-9999", "k-ayata@kotohirahama.or.jp"),
    ("担当者3", "看護部 副看護部長（電子カルテ運用担当）", "白川 直美", "0877-22-9999（内線302）", "n-shirakawa@kotohirahama.or.jp"),
    ("担当者4", None, None, None, None),
]
for i, row in enumerate(contacts):
    for j, v in enumerate(row):
        ws.cell(17 + i, 1 + j, v)
boxed(ws, 17, 1, 20, 5)
ws["A22"] = "４．申込内容の確認"
ws.merge_cells("A23:E23")
ws["A23"] = "確認者名（医療機関のご担当者名）：香川 真一"
boxed(ws, 23, 1, 23, 5)
for a in ("A3", "A6", "A15", "A22"):
    ws[a].font = Font(bold=True)

# ------------------------------------------------------------ 調査端末情報記入シート (placed before the line sheet)
wt = wb.create_sheet("調査端末情報記入シート")
for col, w in zip("ABCDEFGHIJ", [8, 14, 16, 15, 19, 26, 15, 17, 26, 34]):
    wt.column_dimensions[col].width = w
wt["A1"] = "調査端末情報記入シート"
wt["A1"].font = Font(bold=True, size=14)
for rng in ("A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:H3", "I3:I4", "J3:J4"):
    wt.merge_cells(rng)
wt["A3"], wt["B3"], wt["C3"], wt["D3"], wt["G3"], wt["I3"], wt["J3"] = (
    "No.", "システム種別(*)", "シングル利用(*)", "シンクル端末/FAT端末", "仮想デスクトップ", "セキュリティ対策製品", "備考")
wt["D4"], wt["E4"], wt["F4"], wt["G4"], wt["H4"] = ("端末ホスト名(*)", "IPアドレス(*)", "設置場所(*)", "端末ホスト名", "IPアドレス")
boxed(wt, 3, 1, 4, 10, HEAD, CEN)
terms = [
    ("記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F ○○○室", "PCXXXX", "192.168.1.25/24", "Microsoft Defender", None),
    ("No.1", "電子カルテ", "単体", "KH-EMR-01", "192.168.1.101/24", "本館 1F 外来受付横", None, None, "Trend Micro Apex One", "外来診療中（9:00-12:30）は操作不可"),
    ("No.2", "電子カルテ", "仮想デスクトップ", "KH-TC-12", "192.168.1.152/24", "本館 2F 病棟ナースステーション", "VDI-KH-012", "10.10.1.12/24", "Trend Micro Apex One", None),
    ("No.3", "医事", "単体", "KH-IJI-01", "192.168.3.21/24", "本館 1F 医事課", None, None, "ESET Endpoint Security", None),
    ("No.4", "検査", "単体", "KH-LAB-01", "192.168.5.31/24", "本館 1F 検査室", None, None, "Microsoft Defender", "端末操作可能時間：13:00-15:00"),
    ("No.5", "PACS", "単体", "KH-PACS-01", "192.168.7.11/24", "本館 1F 放射線科", None, None, "Microsoft Defender", None),
]
for i, t in enumerate(terms):
    for j, v in enumerate(t):
        wt.cell(5 + i, 1 + j, v)
boxed(wt, 5, 1, 5, 10, EX)
boxed(wt, 6, 1, 10, 10)

# ------------------------------------------------------------ 回線・機器情報記入シート
wl = wb.create_sheet("回線・機器情報記入シート")
wl["A1"] = "回線・機器情報記入シート"
wl["A1"].font = Font(bold=True, size=14)
wl["A2"] = "(*)は必須。プルダウンにない用語はそのまま入力してください。"
top = [  # (first col, last col, group label)
    (2, 3, "調査希望"), (4, 4, "電子カルテシステムと接続するネットワークとの接続(*)"), (5, 5, "用途・システム名(*)"),
    (6, 7, "回線情報"), (8, 11, "回線と紐付くグローバルIPアドレス"), (12, 13, "脆弱性診断当日記入欄"), (14, 14, "FQDN"),
    (15, 16, "プロバイダ情報"), (17, 19, "回線情報（回線事業者）"), (20, 20, "回線終端装置(ONU/モデム)情報"),
    (21, 23, "接続機器（ルータ/UTM/FW）"),
]
sub = {2: "技術バージョン確認(*)", 3: "脆弱性診断(*)", 6: "回線名", 7: "回線の種類", 8: "通信形態(*)",
       9: "グローバルIP利用(*)", 10: "固定IP/動的IP(*)", 11: "グローバルIPアドレス(*)", 12: "グローバルIP確認",
       13: "グローバルIPアドレス", 15: "プロバイダ名", 16: "プロバイダ品目", 17: "回線事業者", 18: "回線サービス名",
       19: "回線ID", 20: "回線終端装置設置場所(*)", 21: "メーカー", 22: "機種名", 23: "ファームウェアバージョン"}
wl.merge_cells("A3:A4")
for a, b, lab in top:
    if a == b and a not in sub:
        wl.merge_cells(start_row=3, start_column=a, end_row=4, end_column=a)
    elif a != b:
        wl.merge_cells(start_row=3, start_column=a, end_row=3, end_column=b)
    wl.cell(3, a, lab)
for c, lab in sub.items():
    wl.cell(4, c, lab)
boxed(wl, 3, 1, 4, 23, HEAD, CEN)
wl.row_dimensions[4].height = 45
widths = [8, 14, 14, 14, 22, 18, 10, 16, 11, 11, 16, 11, 16, 20, 12, 22, 12, 24, 16, 26, 12, 14, 14]
for i, w in enumerate(widths):
    wl.column_dimensions[chr(65 + i)].width = w
lines = [
    ("記入例", "調査希望あり", "調査希望あり", "あり", "電子カルテ", "電子カルテ保守回線", "光回線", "インターネットVPN", "あり", "固定IP",
     "121.119.249.222", "入力不要", "入力不要", "example.xxx", "NTT東日本", "Bフレッツサービス", "NTT東日本", "フレッツ 光ネクスト",
     "CAF0000000000", "本部棟 3F サーバー室 -1番ラック 3U", "○○社", "Router-01", "Ver.X.X.X"),
    ("回線1", "調査希望あり", "調査希望あり", "あり", "電子カルテ", "電カル保守回線", "光回線", "インターネットVPN", "あり", "固定IP",
     "118.22.140.9", "入力不要", None, None, "OCN", "OCN光 固定IP1", "NTT西日本", "フレッツ 光ネクスト ビジネスタイプ",
     "CAF2200012345", "本館 3F サーバー室 19インチラック2", "ヤマハ", "RTX1210", "Rev.14.01.42"),
    ("回線2", "調査希望あり", "調査希望あり", "あり", "検体検査システム（外注検査結果取込）", "検査保守回線", "光回線", "インターネットVPN", "あり", "固定IP",
     "192.168.100.1", "入力不要", None, None, "So-net", "So-net 光 プラス 固定IP", "NTT西日本", "フレッツ 光ネクスト ファミリー・ハイスピードタイプ",
     "CAF2200056789", "本館 1F 検査室 壁面棚", "Fortinet", "FortiGate-40F", "v7.0.15"),
    ("回線3", "調査希望あり", "調査希望あり", "あり", "医事（オンライン請求）", "オンライン請求回線", "光回線", "閉域網", "なし", None,
     None, "入力不要", None, None, None, None, "NTT西日本", "フレッツ・VPN ワイド",
     "CAF2200077777", "本館 1F 医事課 カウンター下", "NEC", "UNIVERGE IX2106", "Ver.10.2.16"),
    ("回線4", "調査希望なし", "調査希望なし", "あり", "PACS（画像保守）", "PACS保守回線", "光回線", "インターネットVPN", "あり", "動的IP",
     "153.231.77.18", "入力不要", None, None, "OCN", "OCN光", "NTT西日本", "フレッツ 光ネクスト ビジネスタイプ",
     "CAF2200099001", "本館 1F 放射線科 機械室", "ヤマハ", "RTX830", "Rev.15.02.30"),
]
for i, ln in enumerate(lines):
    for j, v in enumerate(ln):
        wl.cell(5 + i, 1 + j, v)
boxed(wl, 5, 1, 5, 23, EX)
boxed(wl, 6, 1, 9, 23)
wl.freeze_panes = "B5"
wl.sheet_properties.pageSetUpPr.fitToPage = True
wl.page_setup.orientation = "landscape"

# second table under the lines: ports
wl["A12"] = "■装置と接続する回線と機器の詳細（機器のポート情報）"
wl["A12"].font = Font(bold=True)
for i, h in enumerate(["回線", "機器", "ポート(*)", "機器名(*)", "IPアドレス(*)", "ポート番号(*)", "プロトコル(*)", "接続状況"]):
    wl.cell(13, 1 + i, h)
boxed(wl, 13, 1, 13, 8, HEAD, CEN)
ports = [  # port numbers typed as text (cell format 文字列)
    ("回線1", "RTX1210", "LAN1", "電子カルテサーバ", "192.168.1.10", "443", "HTTPS", "接続あり"),
    ("回線2", "FortiGate-40F", "port1", "検体検査システム連携サーバ", "192.168.5.20", "22", "SSH", "接続あり"),
    ("回線3", "UNIVERGE IX2106", "GE0", "レセプトコンピュータ", "192.168.3.15", "443", "HTTPS", "接続あり"),
]
for i, p in enumerate(ports):
    for j, v in enumerate(p):
        c = wl.cell(14 + i, 1 + j, v)
        if j == 5:
            c.number_format = "@"
boxed(wl, 14, 1, 16, 8)

# dropdown list sheet (hidden)
wlst = wb.create_sheet("リスト")
for i, v in enumerate(["調査希望あり", "調査希望なし"]):
    wlst.cell(1 + i, 1, v)
for i, v in enumerate(["あり", "なし"]):
    wlst.cell(1 + i, 2, v)
for i, v in enumerate(["インターネット", "インターネットVPN", "閉域網"]):
    wlst.cell(1 + i, 3, v)
for i, v in enumerate(["固定IP", "動的IP"]):
    wlst.cell(1 + i, 4, v)
for i, v in enumerate(["確認済み", "入力不要"]):
    wlst.cell(1 + i, 5, v)
wlst.sheet_state = "hidden"
for rng, ref in [("B6:C9", "$A$1:$A$2"), ("D6:D9", "$B$1:$B$2"), ("H6:H9", "$C$1:$C$3"), ("I6:I9", "$B$1:$B$2"),
                 ("J6:J9", "$D$1:$D$2"), ("L6:L9", "$E$1:$E$2")]:
    d = DataValidation(type="list", formula1=f"リスト!{ref}", allow_blank=True)
    wl.add_data_validation(d)
    d.add(rng)

# ------------------------------------------------------------ 設置場所記入シート
wp = wb.create_sheet("設置場所記入シート")
wp["A1"] = "設置場所記入シート"
wp["A1"].font = Font(bold=True, size=14)
fp = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
img = Image.new("RGB", (760, 480), "white")
dr = ImageDraw.Draw(img)
f = ImageFont.truetype(fp, 16)
dr.rectangle([5, 5, 755, 475], outline="black", width=2)
dr.text((15, 10), "ことひら浜病院 本館 1F 平面図", fill="black", font=f)
rooms = [([20, 40, 260, 200], "外来受付"), ([270, 40, 500, 200], "医事課"), ([510, 40, 740, 200], "検査室"),
         ([20, 210, 260, 460], "放射線科 / 機械室"), ([270, 210, 740, 460], "外来診察室・処置室")]
for rect, name in rooms:
    dr.rectangle(rect, outline="black", width=2)
    dr.text((rect[0] + 6, rect[1] + 4), name, fill="black", font=f)
dr.text((520, 420), "※2F病棟・3Fサーバー室は別図", fill="gray", font=f)
buf = io.BytesIO()
img.save(buf, format="PNG")
buf.seek(0)
xi = XLImage(buf)
xi.anchor = "A3"
wp.add_image(xi)
wp.column_dimensions["N"].width = 52
wp["N3"] = "吹き出し（位置は図中の番号）"
callouts = ["①回線1 ONU：本館3F サーバー室（別図）", "②回線2 ONU：本館1F 検査室 壁面棚", "③回線3 ONU：本館1F 医事課 カウンター下",
            "④回線4 ONU：本館1F 放射線科 機械室", "端末No.1：外来受付横 / No.3：医事課 / No.4：検査室 / No.5：放射線科",
            "端末No.2：2F 病棟ナースステーション（別図）"]
for i, t in enumerate(callouts):
    wp.cell(4 + i, 14, t)

# ------------------------------------------------------------ アカウント(ログインID)・パスワードリスト (提出不要, but kept and filled)
wa = wb.create_sheet("アカウント(ログインID)・パスワードリスト")
wa["A1"] = "アカウント(ログインID)・パスワードリスト　【提出不要】"
wa["A1"].font = Font(bold=True, size=14)
wa["A3"] = "■調査① インターネット回線/ONUに紐づく装置(ルータ/UTM/FW)"
for i, h in enumerate(["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"]):
    wa.cell(4, 1 + i, h)
boxed(wa, 4, 1, 4, 6, HEAD, CEN)
acc = [("回線1", "ヤマハ", "RTX1210", "admin", "Kh#rtx1210-2024", "Kh#en-1210"),
       ("回線2", "Fortinet", "FortiGate-40F", "hoshu_admin", "Fg40F!shio88", None),
       ("回線3", "NEC", "UNIVERGE IX2106", "admin", "ix2106Seikyu", None),
       ("回線4", "ヤマハ", "RTX830", "admin", "Pacs830#hama", "Pacs830#en")]
for i, a in enumerate(acc):
    for j, v in enumerate(a):
        wa.cell(5 + i, 1 + j, v)
boxed(wa, 5, 1, 8, 6)
wa["A10"] = "■調査端末(シンクラ端末/FAT端末)"
for i, h in enumerate(["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"]):
    wa.cell(11, 1 + i, h)
boxed(wa, 11, 1, 11, 5, HEAD, CEN)
tacc = [("端末1", "KH-EMR-01", "192.168.1.101/24", "emr-maint", "Emr@Kotohira01"),
        ("端末2", "KH-TC-12", "192.168.1.152/24", "vdi-maint", "Vdi@Kotohira12"),
        ("端末3", "KH-IJI-01", "192.168.3.21/24", "iji-admin", "Iji@Kotohira21"),
        ("端末4", "KH-LAB-01", "192.168.5.31/24", "lab-admin", "Lab@Kotohira31"),
        ("端末5", "KH-PACS-01", "192.168.7.11/24", "pacs-admin", "Pacs@Kotohira11")]
for i, a in enumerate(tacc):
    for j, v in enumerate(a):
        wa.cell(12 + i, 1 + j, v)
boxed(wa, 12, 1, 16, 5)
for col, w in zip("ABCDEF", [8, 14, 18, 20, 20, 24]):
    wa.column_dimensions[col].width = w
wa["A18"] = "備考(接続先情報など)：回線2はベンダ（検査センター）管理。当日はベンダ立会い。"

# keep hidden list sheet at the end
wb._sheets.append(wb._sheets.pop(wb._sheets.index(wlst)))
wb.active = 1

# save via openpyxl, then re-save with LibreOffice (as the hospital did)
tmp = tempfile.mkdtemp(prefix="lds_b_")
src = os.path.join(tmp, NAME)
wb.save(src)
outd = os.path.join(tmp, "lo")
os.makedirs(outd)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outd, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copyfile(os.path.join(outd, NAME), os.path.join(OUTDIR, NAME))
shutil.rmtree(tmp)
print("saved", os.path.join(OUTDIR, NAME))
