# Generator for lds-w33-b-transposed-lines-one-sheet.xlsx
# Role: IT person of a small hospital who re-drew 別紙2-1 in their own way: basic info as
# "項目：値" cells, lines as a vertical (transposed) table with 回線1..回線4 as columns,
# ports as a second table on the same sheet; terminals on their own sheet in a different
# column order; floor plan on a separate sheet; ID/PW list kept in the file (planted).
# Re-saved by LibreOffice afterwards (see bottom).
import sys, os, subprocess, shutil
sys.path.insert(0, "/tmp/w33lib")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w33-b-transposed-lines-one-sheet"
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
G = PatternFill("solid", fgColor="E2EFDA")
WRAP = Alignment(wrap_text=True, vertical="top")

def box(ws, rng, fill=None):
    for row in ws[rng]:
        for c in row:
            c.border = B; c.alignment = WRAP
            if fill: c.fill = fill

wb = Workbook()
ws = wb.active
ws.title = "回答シート"
ws["A1"] = "医療機関記入依頼書（回線・機器情報等）　しおさい記念病院 回答"
ws["A1"].font = Font(bold=True, size=13)
ws.column_dimensions["A"].width = 4
ws.column_dimensions["B"].width = 30
for c in "CDEF":
    ws.column_dimensions[c].width = 30

ws["B3"] = "【基本情報】"; ws["B3"].font = Font(bold=True)
info = [
    "本施策の同意確認：同意する",
    "医療機関名：医療法人 潮見会 しおさい記念病院",
    "（かな）：いりょうほうじん しおみかい しおさいきねんびょういん",
    "郵便番号：〒769-2601",
    "住所：香川県東かがわ市三本松1234番地5",
    "住所（かな）：かがわけんひがしかがわしさんぼんまつ1234ばんち5",
    "病床数：96床",
]
for i, t in enumerate(info):
    ws.merge_cells(f"B{4+i}:E{4+i}")
    ws[f"B{4+i}"] = t
ws["B12"] = "担当者"; ws["C12"] = "所属・役職"; ws["D12"] = "氏名"; ws["E12"] = "電話番号"; ws["F12"] = "メールアドレス"
ws["B13"] = "担当者1"; ws["C13"] = "事務部 医療情報室 室長 "; ws["D13"] = "潮見 太一"
ws["E13"] = "０８７９－２５－１１８１"; ws["F13"] = "t-shiomi@shiosai-kinen.jp"
ws["B14"] = "担当者2"; ws["C14"] = "臨床工学科"; ws["D14"] = "安藤 真由"
ws["E14"] = "0879-25-1181（内線207）"; ws["F14"] = "m-ando@shiosai-kinen.jp"
box(ws, "B12:F14"); box(ws, "B12:F12", G)
ws.merge_cells("B15:E15")
ws["B15"] = "確認者名：潮見 太一"

# transposed lines table
ws["B17"] = "【回線・機器情報】（回線ごとに縦に記入）"; ws["B17"].font = Font(bold=True)
rows = [
    "回線No.",
    "調査希望（技術バージョン確認）",
    "調査希望（脆弱性診断）",
    "電子カルテNWとの接続",
    "用途・システム名",
    "回線名",
    "回線の種類",
    "通信形態",
    "グローバルIP利用",
    "固定IP/動的IP",
    "グローバルIPアドレス",
    "【診断当日】グローバルIP確認",
    "【診断当日】グローバルIPアドレス",
    "FQDN",
    "プロバイダ名",
    "プロバイダ品目",
    "回線事業者",
    "回線サービス名",
    "回線ID",
    "回線終端装置(ONU)設置場所",
    "ルータ/UTM メーカー",
    "ルータ/UTM 機種名",
    "ファームウェア",
]
cols = {
    "C": ["回線1", "希望あり", "希望あり", "有", "電子カルテ（ベンダーリモート保守）", "電カル保守", "光回線",
          "インターネットVPN", "有", "固定", "192.168.1.254", "入力不要", "", "",
          "OCN", "OCN光 with フレッツ 固定IP1", "NTT西日本", "フレッツ 光ネクスト ファミリー・ギガラインタイプ",
          "COP1907733105", "本館1F 電算室\n19インチラック上段", "YAMAHA", "RTX830", "Rev.15.02.30"],
    "D": ["回線2", "希望あり", "希望なし", "有", "オンライン資格確認／レセプト請求", "オン資", "光回線",
          "閉域網（IP-VPN）", "無", "", "", "入力不要", "", "",
          "", "", "NTT西日本", "フレッツ 光ネクスト", "COP1907738842", "本館1F 医事課 カウンター裏",
          "NEC", "IX2106", "Ver.10.2.42"],
    "E": ["回線3", "希望あり", "希望あり", "有", "地域医療連携ネットワーク", "地連NW", "光回線",
          "閉域網", "無", "", "", "入力不要", "", "",
          "", "", "NTT西日本", "フレッツ・VPN ワイド", "COP1907740017", "本館1F 電算室\n19インチラック中段",
          "Cisco", "ISR1111-4P", "IOS XE 17.9.4a"],
    "F": ["回線4", "希望あり", "希望なし", "有", "透析装置 保守", "透析保守（モバイル）", "モバイル回線(LTE)",
          "インターネットVPN", "有", "動的", "", "入力不要", "", "",
          "NTTドコモ", "mopera U", "NTTドコモ", "LTE データ通信", "", "本館2F 透析室 機械室",
          "Century Systems", "FutureNet MA-E350/LAN", "v2.6.2"],
}
for i, label in enumerate(rows):
    r = 18 + i
    ws[f"B{r}"] = label
    for c, vals in cols.items():
        if vals[i] != "":
            ws[f"{c}{r}"] = vals[i]
last = 18 + len(rows) - 1
box(ws, f"B18:F{last}")
box(ws, "B18:F18", G)
for r in range(18, last + 1):
    ws[f"B{r}"].fill = G

# second table: ports
pr = last + 3
ws[f"B{pr}"] = "【機器のポート情報】"; ws[f"B{pr}"].font = Font(bold=True)
ph = ["回線 / 装置", "ポート", "機器名", "IPアドレス", "ポート番号", "プロトコル", "接続状況"]
# B: 回線 / 装置 combined? keep separate: B 回線, C 装置 ...
ph = ["回線", "装置", "ポート", "機器名", "IPアドレス", "ポート番号", "プロトコル", "接続状況"]
for j, h in enumerate(ph):
    ws.cell(row=pr + 1, column=2 + j, value=h)
for c in "GHI":
    ws.column_dimensions[c].width = 12
ports = [
    ("回線1", "RTX830", "LAN1", "電子カルテサーバ", "192.168.1.10", "443", "HTTPS", "接続あり"),
    ("回線4", "MA-E350", "LAN", "透析管理サーバ", "192.168.50.20", "22", "SSH", "接続あり"),
]
for i, p in enumerate(ports):
    for j, v in enumerate(p):
        ws.cell(row=pr + 2 + i, column=2 + j, value=v)
box(ws, f"B{pr+1}:I{pr+3}")
box(ws, f"B{pr+1}:I{pr+1}", G)

# ---------------- terminals (different column order, no example row)
wt = wb.create_sheet("調査端末")
wt["A1"] = "調査端末（5台）"; wt["A1"].font = Font(bold=True)
th = ["No.", "設置場所", "端末ホスト名", "IPアドレス", "システム種別", "利用形態", "VDI ホスト名", "VDI IPアドレス",
      "ウイルス対策等", "備考"]
for j, h in enumerate(th):
    wt.cell(row=3, column=1 + j, value=h)
terms = [
    ["1", "本館2F 東病棟 ナースステーション", "SHIOSAI-EMR-012", "192.168.1.112/24", "電子カルテ", "単体", "", "",
     "Trend Micro Apex One", "端末操作可能時間：13:00-14:00"],
    ["2", "本館1F 外来 第2診察室", "SHIOSAI-TC-003", "192.168.1.203/24", "電子カルテ", "仮想デスクトップ",
     "SHIOSAI-VD-03", "10.10.20.103/24", "Microsoft Defender", ""],
    ["3", "本館1F 医事課", "SHIOSAI-IJI-01", "192.168.2.11/24", "医事会計", "単体", "", "",
     "Microsoft Defender", ""],
    ["4", "本館2F 透析室 スタッフステーション", "SHIOSAI-HD-01", "192.168.50.31/24", "透析管理", "単体", "", "",
     "ウイルスバスター コーポレートエディション", "透析中（8:30～13:00）は操作不可\n立会い：臨床工学科"],
    ["5", "本館1F 放射線科", "SHIOSAI-RAD-02", "192.168.3.22/24", "PACS", "単体", "", "",
     "Trend Micro Apex One", ""],
]
for i, t in enumerate(terms):
    for j, v in enumerate(t):
        if v != "":
            wt.cell(row=4 + i, column=1 + j, value=v)
box(wt, "A3:J8"); box(wt, "A3:J3", G)
for k, v in dict(A=5, B=30, C=18, D=18, E=12, F=16, G=16, H=18, I=28, J=30).items():
    wt.column_dimensions[k].width = v

# ---------------- floor plan
wp = wb.create_sheet("平面図")
wp["A1"] = "設置場所（平面図）　赤丸：回線終端装置　青丸：調査端末"
font = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 15)
img = Image.new("RGB", (820, 480), (250, 250, 245))
d = ImageDraw.Draw(img)
d.text((10, 6), "しおさい記念病院 本館フロア図", fill="black", font=font)
rooms = [((10, 40, 200, 220), "電算室"), ((200, 40, 400, 220), "医事課"), ((400, 40, 600, 220), "外来 第2診察室"),
         ((600, 40, 810, 220), "放射線科"), ((10, 260, 300, 460), "2F 透析室"), ((300, 260, 560, 460), "2F 透析 機械室"),
         ((560, 260, 810, 460), "2F 東病棟 NS")]
for (x1, y1, x2, y2), n in rooms:
    d.rectangle((x1, y1, x2, y2), outline="black", width=2)
    d.text((x1 + 6, y1 + 6), n, fill="black", font=font)
for x, y in [(100, 140), (300, 150), (430, 360)]:
    d.ellipse((x - 8, y - 8, x + 8, y + 8), fill="red")
for x, y in [(680, 380), (500, 150), (300, 110), (150, 380), (700, 150)]:
    d.ellipse((x - 8, y - 8, x + 8, y + 8), fill="blue")
png = "/tmp/w33lds/lds-b-floor.png"
os.makedirs("/tmp/w33lds", exist_ok=True)
img.save(png)
xi = XLImage(png); xi.anchor = "A3"
wp.add_image(xi)

# ---------------- ID/PW list left in the file (提出不要) -- planted
wk = wb.create_sheet("ID・PW（提出不要）")
wk["A1"] = "アカウント(ログインID)・パスワードリスト　※提出不要"
kh = ["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"]
for j, h in enumerate(kh):
    wk.cell(row=3, column=1 + j, value=h)
kr = [["回線1", "YAMAHA", "RTX830", "admin", "Shio#Rtx830!", ""],
      ["回線2", "NEC", "IX2106", "admin", "Ix2106-shiosai", "Ix2106-en"],
      ["回線3", "Cisco", "ISR1111-4P", "(地連NW事務局管理)", "", ""],
      ["回線4", "Century Systems", "MA-E350/LAN", "maint", "HD-maint2024", ""]]
for i, t in enumerate(kr):
    for j, v in enumerate(t):
        if v != "":
            wk.cell(row=4 + i, column=1 + j, value=v)
box(wk, "A3:F7")
for k, v in dict(A=8, B=16, C=16, D=22, E=18, F=26).items():
    wk.column_dimensions[k].width = v

tmp = f"/tmp/w33lds/{NAME}.xlsx"
wb.save(tmp)
# re-save through LibreOffice (as the hospital did when opening/saving in LibreOffice Calc)
outdir = "/tmp/w33lds/lo"
os.makedirs(outdir, exist_ok=True)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, tmp], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
print("saved")
