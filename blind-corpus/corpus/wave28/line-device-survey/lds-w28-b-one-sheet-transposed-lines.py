#!/usr/bin/python3
"""lds-w28-b: a small hospital's redrawn 別紙2-1 on ONE main sheet (basic info as 「項目：値」 cells,
the line table transposed: items down, 記入例/回線1..3 across, terminals as a normal table below),
a floor-plan sheet with hand-typed callouts, and the ID/PW list left in with passwords filled.
Re-saved by LibreOffice.  Planted: 回線2 固定IP with a private address; password list filled."""
import os
import shutil
import subprocess
import tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w28-b-one-sheet-transposed-lines"
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="E2EFDA")
EX = PatternFill("solid", fgColor="F2F2F2")
WRAP = Alignment(wrap_text=True, vertical="top")

wb = Workbook()
ws = wb.active
ws.title = "別紙2-1 調査票"
ws.column_dimensions["A"].width = 2
ws.column_dimensions["B"].width = 34
for col in "CDEF":
    ws.column_dimensions[col].width = 26
ws.column_dimensions["G"].width = 2
ws.column_dimensions["H"].width = 20
ws.column_dimensions["I"].width = 22
ws.column_dimensions["J"].width = 20

ws["B1"] = "別紙2-1　医療機関記入依頼書（回線・機器情報等記入）"
ws["B1"].font = Font(bold=True, size=14)
ws["B2"] = "※当院様式に転記して作成（事務局様式の各シートを1枚にまとめています）"

# ---- 1. 基本情報 : label and value in one cell
ws["B4"] = "１．基本情報"
ws["B4"].font = Font(bold=True)
basic = [
    "本施策の同意確認（別紙7・別紙8の規約を確認のうえ）：同意する",
    "医療機関名：医療法人社団 白鳥会 ひがし讃岐病院",
    "（かな）：いりょうほうじんしゃだん しろとりかい ひがしさぬきびょういん",
    "〒：769-2702",
    "住所：香川県東かがわ市湊1820番地1",
    "（かな）：かがわけんひがしかがわしみなと1820ばんち1",
    "ビル名：",
    "病床数：60床",
]
for i, t in enumerate(basic):
    ws.merge_cells(start_row=5 + i, start_column=2, end_row=5 + i, end_column=5)
    ws.cell(row=5 + i, column=2, value=t)
ws["B14"] = "担当者"
ws["B14"].font = Font(bold=True)
for i, h in enumerate(["", "所属・役職", "氏名", "電話番号", "メールアドレス"]):
    c = ws.cell(row=15, column=2 + i, value=h)
    c.fill = HEAD
    c.border = B
contacts = [
    ("担当者1", "事務長", "大西 隆", "0879-25-1111", "t-onishi@higashisanuki-hp.jp"),
    ("担当者2", "医事課 主任（システム担当）", "中條 愛", "０８７９－２５－１１１１", "a-nakajo@higashisanuki-hp.jp "),
    ("担当者3", None, None, None, None),
    ("担当者4", None, None, None, None),
]
for i, row in enumerate(contacts):
    for j, v in enumerate(row):
        c = ws.cell(row=16 + i, column=2 + j, value=v)
        c.border = B
ws.merge_cells("B20:E20")
ws["B20"] = "申込内容の確認　確認者名（フルネーム）：大西 隆"

# ---- 2. 回線・機器情報 : transposed
ws["B22"] = "２．回線・機器情報（(*)は必須）"
ws["B22"].font = Font(bold=True)
items = [
    "項目",
    "回線名",
    "回線の種類",
    "調査希望：技術バージョン確認 (*)　○/×",
    "調査希望：脆弱性診断 (*)　○/×",
    "電子カルテシステムと接続するネットワークとの接続 (*)",
    "用途・システム名 (*)",
    "通信形態 (*)",
    "グローバルIP利用 (*)",
    "固定IP/動的IP (*)",
    "グローバルIPアドレス (*)",
    "【脆弱性診断当日記入欄】グローバルIP確認",
    "【脆弱性診断当日記入欄】グローバルIPアドレス",
    "FQDN",
    "プロバイダ名",
    "プロバイダ品目",
    "回線事業者",
    "回線サービス名",
    "回線ID",
    "回線終端装置設置場所 (*)",
    "ルータ/UTM/FW メーカー",
    "ルータ/UTM/FW 機種名",
    "ファームウェアバージョン",
]
cols = [
    ["記入例", "インターネット回線", "光回線", "○", "○", "有", "電子カルテ", "インターネットVPN", "有", "固定IP",
     "121.119.249.222", "入力不要", "入力不要", "example.xxx", "NTT東日本", "Bフレッツサービス", "NTT東日本",
     "フレッツ光ネクスト", "CAF0000000000", "本部棟 3F サーバー室", "不明", "XG-1000B", None],
    ["回線1", "電子カルテ保守回線", "光回線", "○", "○", "有", "電子カルテ", "インターネットVPN", "有", "固定IP",
     "219.117.52.203", "入力不要", None, None, "So-net", "So-net 光 ビジネス 固定IP", "NTT西日本",
     "フレッツ 光ネクスト", "COP8765432109", "本館1F\n電算室 ラックA", "YAMAHA", "RTX830", "Rev.15.02.30"],
    ["回線2", "レセコン保守回線", "光回線", "○", "○", "有", "医事（レセコン）", "インターネットVPN", "有",
     "固定IP", "192.168.1.1", "入力不要", None, None, "OCN", "OCN光 固定IP1", "NTT西日本", "フレッツ 光ネクスト",
     "COP5566778899", "本館1F 医事課 事務室内 棚上 ", "NEC", "UNIVERGE IX2215", "10.7.18"],
    ["回線3", "オンライン資格確認回線", "光回線", "○", "×", "有", "オンライン資格確認", "閉域網", "無", None,
     None, "入力不要", None, None, None, None, "NTT西日本", "フレッツ・VPN ワイド", "COP1122334455",
     "本館1F 電算室 ラックB", "NEC", "UNIVERGE IX2105", None],
]
R0 = 23
for i, t in enumerate(items):
    c = ws.cell(row=R0 + i, column=2, value=t)
    c.fill = HEAD
    c.border = B
    c.alignment = WRAP
for j, colvals in enumerate(cols):
    for i, v in enumerate(colvals):
        c = ws.cell(row=R0 + i, column=3 + j, value=v)
        c.border = B
        c.alignment = WRAP
        if j == 0:
            c.fill = EX
            c.font = Font(color="7F7F7F", italic=True)
        if i == 0:
            c.font = Font(bold=True, color="7F7F7F" if j == 0 else "000000")
            c.fill = HEAD if j else EX
ws.row_dimensions[R0 + 19].height = 32

# ---- 3. 調査端末情報 : normal table below (second table on the sheet)
T0 = R0 + len(items) + 2  # 48
ws.cell(row=T0, column=2, value="３．調査端末情報（5台）").font = Font(bold=True)
thdr = ["No.", "システム種別 (*)", "シングル利用 (*)（単体/仮想デスクトップ）", "端末ホスト名 (*)",
        "IPアドレス (*)（/マスク）", "設置場所 (*)", "", "VDI 端末ホスト名", "VDI IPアドレス", "セキュリティ対策製品"]
for i, h in enumerate(thdr):
    if h == "":
        continue
    c = ws.cell(row=T0 + 1, column=2 + i, value=h)
    c.fill = HEAD
    c.border = B
    c.alignment = WRAP
ws.cell(row=T0 + 1, column=12, value="備考").fill = HEAD
ws.cell(row=T0 + 1, column=12).border = B
ws.column_dimensions["K"].width = 26
ws.column_dimensions["L"].width = 30
# columns: B No, C 種別, D 利用, E host, F IP, G(spacer, blank), H 設置場所? -> keep simple mapping below
terms = [
    ["No.1", "電子カルテ", "単体", "HS-EMR-01", "10.10.1.101/24", "本館2F ナースステーション", None, None,
     "Microsoft Defender", "平日14時～16時 操作可"],
    ["No.2", "電子カルテ", "単体", "HS-EMR-07", "10.10.1.107/24", "本館1F 外来診察室2", None, None,
     "Microsoft Defender", None],
    ["No.3", "医事（レセコン）", "単体", "HS-IJI-01", "10.10.2.11/24", "本館1F 医事課", None, None,
     "ウイルスバスター コーポレートエディション", None],
    ["No.4", "検査", "単体", "HS-LAB-01", "10.10.3.21/24", "本館1F 検査室", None, None,
     "Microsoft Defender", "検査業務終了後（15時以降）"],
    ["No.5", "電子カルテ", "仮想デスクトップ", "HS-TC-03", "10.10.1.203/24", "本館2F 医局", "HS-VDI-03",
     "10.20.0.33/24", "Microsoft Defender", None],
]
# place: B No | C 種別 | D 利用 | E host | F IP | H 設置場所 | I VDI host | J VDI IP | K 製品 | L 備考
# (header above was written for B..K; rewrite header to match this exact placement)
for c in range(2, 13):
    ws.cell(row=T0 + 1, column=c).value = None
hdr_map = {2: "No.", 3: "システム種別 (*)", 4: "シングル利用 (*)\n（単体/仮想デスクトップ）", 5: "端末ホスト名 (*)",
           6: "IPアドレス (*)（/マスク）", 8: "設置場所 (*)", 9: "仮想デスクトップ\n端末ホスト名",
           10: "仮想デスクトップ\nIPアドレス", 11: "セキュリティ対策製品", 12: "備考"}
for c, h in hdr_map.items():
    cell = ws.cell(row=T0 + 1, column=c, value=h)
    cell.fill = HEAD
    cell.border = B
    cell.alignment = WRAP
for k, t in enumerate(terms):
    r = T0 + 2 + k
    place = [2, 3, 4, 5, 6, 8, 9, 10, 11, 12]
    for c, v in zip(place, t):
        cell = ws.cell(row=r, column=c, value=v)
        cell.border = B
        cell.alignment = WRAP
ws.row_dimensions[T0 + 1].height = 32

# ---- 設置場所 sheet (floor plan)
ws2 = wb.create_sheet("設置場所")
ws2["A1"] = "設置場所記入シート　平面図（本館1F・2F）"
ws2["A1"].font = Font(bold=True, size=12)
font_path = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
img = Image.new("RGB", (820, 480), "white")
dr = ImageDraw.Draw(img)
try:
    f = ImageFont.truetype(font_path, 16)
except OSError:
    f = ImageFont.load_default()
dr.rectangle([10, 10, 400, 470], outline="black", width=3)
dr.text((20, 15), "1F", fill="black", font=f)
for (x1, y1, x2, y2, t) in [(20, 50, 200, 200, "電算室"), (210, 50, 390, 200, "医事課"),
                            (20, 210, 200, 460, "外来診察室"), (210, 210, 390, 460, "検査室")]:
    dr.rectangle([x1, y1, x2, y2], outline="black")
    dr.text((x1 + 6, y1 + 6), t, fill="black", font=f)
dr.rectangle([420, 10, 810, 470], outline="black", width=3)
dr.text((430, 15), "2F", fill="black", font=f)
for (x1, y1, x2, y2, t) in [(430, 50, 800, 250, "ナースステーション"), (430, 260, 800, 460, "医局")]:
    dr.rectangle([x1, y1, x2, y2], outline="black")
    dr.text((x1 + 6, y1 + 6), t, fill="black", font=f)
tmpdir = tempfile.mkdtemp(prefix="lds_w28_b_")
png = os.path.join(tmpdir, "floor.png")
img.save(png)
ws2.add_image(XLImage(png), "A3")
ws2["M3"] = "吹き出し"
ws2["M3"].font = Font(bold=True)
for i, t in enumerate([
    "回線1 ONU：本館1F 電算室 ラックA",
    "回線2 ONU：本館1F 医事課 棚上",
    "回線3 ONU：本館1F 電算室 ラックB",
    "端末No.1 HS-EMR-01：2F ナースステーション",
    "端末No.2 HS-EMR-07：1F 外来診察室2",
    "端末No.3 HS-IJI-01：1F 医事課",
    "端末No.4 HS-LAB-01：1F 検査室",
    "端末No.5 HS-TC-03：2F 医局",
]):
    ws2.cell(row=4 + i, column=13, value=t)
ws2.column_dimensions["M"].width = 44

# ---- ID・PW sheet left in, filled (planted: 提出不要 list travelling with passwords)
ws3 = wb.create_sheet("ID・PWリスト")
ws3["A1"] = "アカウント(ログインID)・パスワードリスト（当日用）"
ws3["A1"].font = Font(bold=True)
for i, h in enumerate(["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"], 1):
    ws3.cell(row=3, column=i, value=h).fill = HEAD
pw_rows = [
    ("回線1", "YAMAHA", "RTX830", "admin", "Hs#Rtx830-2024", "Hs#En830!"),
    ("回線2", "NEC", "UNIVERGE IX2215", "maint", "IxMaint7741", None),
    ("回線3", "NEC", "UNIVERGE IX2105", "admin", "Oq-Shikaku05", None),
]
for r, row in enumerate(pw_rows, 4):
    for c, v in enumerate(row, 1):
        ws3.cell(row=r, column=c, value=v)
for i, h in enumerate(["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"], 1):
    ws3.cell(row=9, column=i, value=h).fill = HEAD
for k, t in enumerate(terms):
    ws3.cell(row=10 + k, column=1, value=f"端末{k + 1}")
    ws3.cell(row=10 + k, column=2, value=t[3])
    ws3.cell(row=10 + k, column=3, value=t[4])
    ws3.cell(row=10 + k, column=4, value="chosa")
    ws3.cell(row=10 + k, column=5, value=f"Survey#{k + 1}2024")
for col, w in zip("ABCDEF", [8, 14, 18, 22, 18, 24]):
    ws3.column_dimensions[col].width = w

raw = os.path.join(tmpdir, NAME + ".xlsx")
wb.save(raw)
prof = tempfile.mkdtemp(prefix="lo_prof_lds_w28_b_")
subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "xlsx",
                "--outdir", OUT, raw], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.rmtree(tmpdir, ignore_errors=True)
shutil.rmtree(prof, ignore_errors=True)
print("saved", NAME)
