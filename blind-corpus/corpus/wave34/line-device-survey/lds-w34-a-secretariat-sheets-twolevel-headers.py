# Generator for lds-w34-a-secretariat-sheets-twolevel-headers.xlsx
# Role: hospital IT staff filling the secretariat-style 別紙2-1 workbook (one sheet per official section,
# two-row merged headers, 記入例 rows, dropdowns), then re-saved through LibreOffice.
import sys, os, subprocess, shutil
sys.path.insert(0, "/tmp/bv_lds_pylib")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, PatternFill, Font
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

OUT = "/work/blind/wave34/line-device-survey"
NAME = "lds-w34-a-secretariat-sheets-twolevel-headers"
TMP = "/tmp/lds_work/a"
os.makedirs(TMP, exist_ok=True)

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
HDR = PatternFill("solid", fgColor="DDEBF7")
EX = PatternFill("solid", fgColor="EDEDED")
REQ = PatternFill("solid", fgColor="FFF2CC")
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()

# ---------------- 記入要領 ----------------
ws = wb.active
ws.title = "記入要領"
notes = [
    "別紙2-1_医療機関記入依頼書（回線・機器情報等記入）",
    "",
    "【記入要領】",
    "1. 基本情報記入シート：本施策の同意確認欄で「同意する」を選択し、医療機関情報・担当者情報・確認者名を記入してください。",
    "2. 回線・機器情報記入シート：電子カルテシステムに接続する全ての回線を1行1回線で記入してください（音声回線は対象外）。",
    "   (*)は必須項目です。記入例の行は削除・変更しないでください。",
    "   閉域網に接続された回線は脆弱性診断の対象外です。動的IPの回線は脆弱性診断当日にグローバルIPアドレスを確認し記入してください。",
    "3. 調査端末情報記入シート：電子カルテシステムと接続のある端末を5台選定し記入してください（電子カルテ端末1台＋主要部門システム端末を推奨）。",
    "4. 設置場所記入シート：平面図またはフロア図を貼り付け、調査対象の回線終端装置・端末の位置が分かるようにしてください。",
    "5. アカウント(ログインID)・パスワードリストは提出不要です（当日までに院内で準備してください）。",
]
for i, t in enumerate(notes, 1):
    ws.cell(row=i, column=1, value=t)
ws["A1"].font = Font(bold=True, size=14)
ws.column_dimensions["A"].width = 120

# ---------------- 基本情報記入シート ----------------
ws = wb.create_sheet("基本情報記入シート")
ws["A1"] = "基本情報記入シート"
ws["A1"].font = Font(bold=True, size=14)
for col, w in zip("ABCDEFGH", [22, 8, 30, 10, 40, 10, 44, 4]):
    ws.column_dimensions[col].width = w

ws["A3"] = "本施策の同意確認"
ws.merge_cells("B3:F3")
ws["B3"] = "(別紙)規約に記載の内容をご確認のうえ、本施策実施に同意いただける場合は「同意する」を選択してください"
ws["G3"] = "同意する"
for c in ("A3", "B3", "G3"):
    ws[c].border = B; ws[c].alignment = wrap
ws["A3"].fill = HDR; ws["G3"].fill = REQ
ws.row_dimensions[3].height = 32
dv = DataValidation(type="list", formula1='"同意する"', allow_blank=True)
ws.add_data_validation(dv); dv.add("G3")

ws["A5"] = "■お客様情報(医療機関情報)"; ws["A5"].font = Font(bold=True)
ws["A6"] = "医療機関名"
ws.merge_cells("B6:C6")
ws["B6"] = "医療法人社団 桜台会 さくら台記念病院"
ws["D6"] = "(かな)"
ws.merge_cells("E6:G6")
ws["E6"] = "いりょうほうじんしゃだん さくらだいかい さくらだいきねんびょういん"
ws.merge_cells("A7:A8")
ws["A7"] = "住所"
ws["B7"] = "〒"
ws["C7"] = "337-0051"
ws["D7"] = "住所"
ws["E7"] = "埼玉県さいたま市見沼区東大宮五丁目27番3号"
ws["F7"] = "(かな)"
ws["G7"] = "さいたまけんさいたましみぬまくひがしおおみやごちょうめ27ばん3ごう"
ws["D8"] = "ビル名"
ws["F8"] = "(かな)"
ws["A9"] = "病床数"
ws["B9"] = 199
ws["C9"] = "床"
for r in range(6, 10):
    for c in "ABCDEFG":
        ws[f"{c}{r}"].border = B
        ws[f"{c}{r}"].alignment = wrap
for c in ("A6", "A7", "A9", "D6", "B7", "D7", "F7", "D8", "F8"):
    ws[c].fill = HDR

ws["A11"] = "■ご担当者様情報（4名まで）"; ws["A11"].font = Font(bold=True)
hdrs = ["", "所属・役職", "", "氏名", "電話番号", "", "メールアドレス"]
ws["A12"] = ""
ws.merge_cells("B12:C12"); ws["B12"] = "所属・役職"
ws["D12"] = "氏名"
ws.merge_cells("E12:F12"); ws["E12"] = "電話番号"
ws["G12"] = "メールアドレス"
contacts = [
    ("情報システム室 室長", "佐藤 健一", "048-686-1101", "k-sato@sakuradai-kinen.or.jp"),
    ("情報システム室 主任", "高橋 美咲", "048-686-1101（内線215）", "m-takahashi@sakuradai-kinen.or.jp"),
    ("事務部 医事課 課長", "伊藤 誠", "048-686-1100", "m-ito@sakuradai-kinen.or.jp"),
]
for i in range(4):
    r = 13 + i
    ws[f"A{r}"] = f"担当者{i+1}"
    ws.merge_cells(f"B{r}:C{r}")
    ws.merge_cells(f"E{r}:F{r}")
    if i < len(contacts):
        d, n, p, e = contacts[i]
        ws[f"B{r}"] = d; ws[f"D{r}"] = n; ws[f"E{r}"] = p; ws[f"G{r}"] = e
for r in range(12, 17):
    for c in "ABCDEFG":
        ws[f"{c}{r}"].border = B
        ws[f"{c}{r}"].alignment = wrap
    ws[f"A{r}"].fill = HDR
for c in "BDEG":
    ws[f"{c}12"].fill = HDR

ws["A18"] = "■申込内容の確認"; ws["A18"].font = Font(bold=True)
ws.merge_cells("A19:C19")
ws["A19"] = "確認者名(医療機関のご担当者名)"
ws.merge_cells("D19:E19")
ws["D19"] = "佐藤 健一"
for c in "ABCDE":
    ws[f"{c}19"].border = B
ws["A19"].fill = HDR
ws["A20"] = "※記入内容に不備がないかご確認のうえ、ご担当者様の署名をフルネームでご記入ください。"

# ---------------- 回線・機器情報記入シート ----------------
ws = wb.create_sheet("回線・機器情報記入シート")
ws["A1"] = "回線・機器情報記入シート"; ws["A1"].font = Font(bold=True, size=14)
ws["F1"] = "(*)は必須項目"
groups = [  # (first col, last col, group label)
    ("B", "C", "調査希望"),
    ("F", "J", "回線情報"),
    ("K", "Q", "回線と紐付くグローバルIPアドレス"),
    ("R", "S", "プロバイダ情報"),
    ("U", "W", "装置情報（ルータ/UTM/FW）"),
]
sub = {
    "A": "", "B": "技術バージョン確認 (*)", "C": "脆弱性診断 (*)",
    "D": "電子カルテシステムと接続するネットワークとの接続 (*)", "E": "用途・システム名 (*)",
    "F": "回線の種類", "G": "回線名", "H": "回線事業者", "I": "回線サービス名", "J": "回線ID",
    "K": "通信形態 (*)", "L": "グローバルIP利用 (*)", "M": "固定IP/動的IP (*)", "N": "グローバルIPアドレス (*)",
    "O": "脆弱性診断当日記入欄\nグローバルIP確認", "P": "脆弱性診断当日記入欄\nグローバルIPアドレス", "Q": "FQDN",
    "R": "プロバイダ名", "S": "プロバイダ品目",
    "T": "回線終端装置設置場所 (*)",
    "U": "メーカー", "V": "機種名", "W": "ファームウェアバージョン",
}
cols = list(sub.keys())
for a, b_, label in groups:
    ws.merge_cells(f"{a}3:{b_}3")
    ws[f"{a}3"] = label
for c in ("A", "D", "E", "T"):
    ws.merge_cells(f"{c}3:{c}4")
ws["T3"] = "回線終端装置(ONU/モデム)情報\n回線終端装置設置場所 (*)"
ws["D3"] = sub["D"]; ws["E3"] = sub["E"]
for c in cols:
    if c not in ("A", "D", "E", "T"):
        ws[f"{c}4"] = sub[c]
for r in (3, 4):
    for c in cols:
        ws[f"{c}{r}"].fill = HDR; ws[f"{c}{r}"].border = B; ws[f"{c}{r}"].alignment = center
ws.row_dimensions[3].height = 30; ws.row_dimensions[4].height = 48
widths = dict(A=8, B=14, C=14, D=18, E=22, F=10, G=18, H=12, I=26, J=16, K=16, L=10, M=10, N=17, O=13, P=17,
              Q=30, R=12, S=24, T=28, U=12, V=14, W=18)
for c, w in widths.items():
    ws.column_dimensions[c].width = w

example = ["記入例", "調査希望あり", "調査希望あり", "あり", "電子カルテ", "光回線", "○○病院VPN回線", "NTT東日本",
           "フレッツ 光ネクスト", "CAF0000000000", "インターネットVPN", "あり", "固定IP", "121.119.249.222", "入力不要",
           None, "example.xxx", "NTT東日本", "Bフレッツサービス", "本部棟 3F サーバー室 -1番ラック 3U", "YAMAHA",
           "RTX1210", "Rev.14.01.xx"]
lines = [
    ["回線1", "調査希望あり", "調査希望あり", "あり", "電子カルテ（リモート保守）", "光回線", "電子カルテ保守回線",
     "NTT東日本", "フレッツ 光ネクスト ビジネスタイプ", "CAF2053418276", "インターネットVPN", "あり", "固定IP",
     "153.156.82.41", "入力不要", None, None, "OCN", "OCN光 with フレッツ IP1",
     "本館2F サーバー室 ラックA 2U", "Fortinet", "FortiGate 60F", "v7.2.8"],
    ["回線2", "調査希望あり", "調査希望あり", "あり", "PACS（画像保守）", "光回線", "放射線PACS保守回線",
     "NTT東日本", "フレッツ 光クロス", "CAF3148862051", "インターネットVPN", "あり", "動的IP",
     "110.66.143.29", "確認済み", "110.66.151.7", "sakuradai-pacs.aa0.netvolante.jp", "BIGLOBE",
     "ビッグローブ光 with フレッツ", "本館1F 放射線科 機械室", "YAMAHA", "RTX1300", "Rev.23.00.09"],
    ["回線3", "調査希望あり", "調査希望なし", "あり", "地域医療連携ネットワーク", "光回線", "地域連携IP-VPN",
     "NTT東日本", "フレッツ・VPN ワイド", "CAF4471908235", "閉域網", "なし", None, None, None, None, None,
     None, None, "本館2F サーバー室 ラックB 1U", "Cisco", "C1111-4P", "IOS XE 17.9.4a"],
    ["回線4", "調査希望なし", "調査希望なし", "あり", "オンライン資格確認（医事）", "光回線", "オン資回線",
     "NTT東日本", "フレッツ 光ネクスト ギガラインタイプ", "CAF5820391764", "インターネットVPN", "あり", "動的IP",
     "114.150.26.93", "入力不要", None, None, "OCN", "OCN光 IPoE", "本館1F 医事課 事務室 壁面ラック",
     "NEC", "UNIVERGE IX2106", None],
    ["回線5"] + [None] * 22,
    ["回線6"] + [None] * 22,
]
for r, row in enumerate([example] + lines, start=5):
    for c, v in zip(cols, row):
        cell = ws[f"{c}{r}"]
        cell.value = v
        cell.border = B
        cell.alignment = wrap
        if r == 5:
            cell.fill = EX
dv1 = DataValidation(type="list", formula1='"調査希望あり,調査希望なし"', allow_blank=True)
dv2 = DataValidation(type="list", formula1='"あり,なし"', allow_blank=True)
dv3 = DataValidation(type="list", formula1='"固定IP,動的IP"', allow_blank=True)
dv4 = DataValidation(type="list", formula1='"確認済み,入力不要"', allow_blank=True)
dv5 = DataValidation(type="list", formula1='"インターネット,インターネットVPN,閉域網,モバイル回線,その他"', allow_blank=True)
for d in (dv1, dv2, dv3, dv4, dv5):
    ws.add_data_validation(d)
dv1.add("B6:C11"); dv2.add("D6:D11"); dv2.add("L6:L11"); dv3.add("M6:M11"); dv4.add("O6:O11"); dv5.add("K6:K11")
ws.freeze_panes = "B5"

# second table on the same sheet: device ports
ws["A14"] = "■装置と接続する回線と機器の詳細（機器のポート情報）"; ws["A14"].font = Font(bold=True)
ph = ["回線", "装置", "ポート (*)", "機器名 (*)", "IPアドレス (*)", "ポート番号 (*)", "プロトコル (*)", "接続状況"]
pcols = "ABCDEFGH"
for c, h in zip(pcols, ph):
    ws[f"{c}15"] = h; ws[f"{c}15"].fill = HDR; ws[f"{c}15"].border = B; ws[f"{c}15"].alignment = center
ports = [
    ("回線1", "FortiGate 60F", "internal1", "電子カルテサーバ", "192.168.10.10", 443, "TCP", "接続あり"),
    ("回線1", "FortiGate 60F", "internal2", "保守用踏み台PC", "192.168.10.250", 3389, "TCP", "接続あり"),
    ("回線2", "RTX1300", "LAN1", "PACSサーバ", "192.168.20.5", 104, "TCP", "接続あり"),
    ("回線3", "C1111-4P", "GE0/1/0", "地域連携ゲートウェイ", "192.168.30.2", 443, "TCP", "接続あり"),
]
for i, p in enumerate(ports):
    r = 16 + i
    for c, v in zip(pcols, p):
        ws[f"{c}{r}"] = v; ws[f"{c}{r}"].border = B

# ---------------- 調査端末情報記入シート ----------------
ws = wb.create_sheet("調査端末情報記入シート")
ws["A1"] = "調査端末情報記入シート"; ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "調査端末情報（5台）"
tcols = "ABCDEFGHIJ"
for c in ("A", "B", "C", "I", "J"):
    ws.merge_cells(f"{c}3:{c}4")
ws["A3"] = ""
ws["B3"] = "システム種別 (*)"; ws["C3"] = "シングル利用 (*)\n(単体/仮想デスクトップ)"
ws.merge_cells("D3:F3"); ws["D3"] = "シンクライアント端末/FAT端末"
ws.merge_cells("G3:H3"); ws["G3"] = "仮想デスクトップ"
ws["D4"] = "端末ホスト名 (*)"; ws["E4"] = "IPアドレス (*)"; ws["F4"] = "設置場所 (*)"
ws["G4"] = "端末ホスト名"; ws["H4"] = "IPアドレス"
ws["I3"] = "セキュリティ対策製品"; ws["J3"] = "備考"
for r in (3, 4):
    for c in tcols:
        ws[f"{c}{r}"].fill = HDR; ws[f"{c}{r}"].border = B; ws[f"{c}{r}"].alignment = center
for c, w in zip(tcols, [8, 16, 16, 16, 18, 28, 16, 18, 24, 30]):
    ws.column_dimensions[c].width = w
trows = [
    ["記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F 〇〇〇室", "PCXXXX", "192.168.1.25/24",
     "Microsoft Defender", "端末操作可能時間：12:00-13:00"],
    ["No.1", "電子カルテ", "単体", "EMR-PC001", "192.168.10.101/24", "本館2F 医局", None, None,
     "Trend Micro Apex One", "端末操作可能時間：12:00-13:00"],
    ["No.2", "電子カルテ", "仮想デスクトップ", "TC-NS3F-02", "192.168.11.52/24", "本館3F 3階病棟ナースステーション",
     "VDI-EMR-0152", "172.16.1.152/24", "Microsoft Defender", None],
    ["No.3", "PACS", "単体", "PACS-VW01", "192.168.20.31/24", "本館1F 放射線科 読影室", None, None,
     "ESET Endpoint Security", None],
    ["No.4", "医事会計", "単体", "IJI-PC03", "192.168.40.23/24", "本館1F 医事課", None, None,
     "Trend Micro Apex One", "平日17:00以降であれば操作可"],
    ["No.5", "臨床検査システム", "単体", "LAB-PC01", "192.168.50.11/24", "本館B1F 臨床検査科", None, None,
     "Microsoft Defender", None],
]
for r, row in enumerate(trows, start=5):
    for c, v in zip(tcols, row):
        ws[f"{c}{r}"] = v; ws[f"{c}{r}"].border = B; ws[f"{c}{r}"].alignment = wrap
        if r == 5:
            ws[f"{c}{r}"].fill = EX
dvu = DataValidation(type="list", formula1='"単体,仮想デスクトップ"', allow_blank=True)
ws.add_data_validation(dvu); dvu.add("C6:C10")

# ---------------- 設置場所記入シート ----------------
ws = wb.create_sheet("設置場所記入シート")
ws["A1"] = "設置場所記入シート（平面図・フロア図を貼り付け、調査対象機器の位置を示してください）"
ws["A1"].font = Font(bold=True, size=12)
font = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 18)
fontb = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 22)
img = Image.new("RGB", (900, 620), "white")
d = ImageDraw.Draw(img)
d.text((20, 10), "さくら台記念病院 本館 フロア図（B1F〜3F 抜粋）", fill="black", font=fontb)
floors = [("3F", 50, ["3階病棟ナースステーション", "病室", "病室"]),
          ("2F", 190, ["医局", "サーバー室", "会議室"]),
          ("1F", 330, ["医事課", "放射線科 読影室", "放射線科 機械室"]),
          ("B1F", 470, ["臨床検査科", "倉庫", "機械室"])]
marks = {"3階病棟ナースステーション": "T2", "医局": "T1", "サーバー室": "L1 L3", "医事課": "T4 L4",
         "放射線科 読影室": "T3", "放射線科 機械室": "L2", "臨床検査科": "T5"}
for fl, y, rooms in floors:
    d.text((20, y + 45), fl, fill="black", font=fontb)
    for i, rm in enumerate(rooms):
        x = 90 + i * 270
        d.rectangle([x, y + 10, x + 250, y + 120], outline="black", width=2)
        d.text((x + 10, y + 20), rm, fill="black", font=font)
        if rm in marks:
            d.ellipse([x + 150, y + 70, x + 240, y + 110], outline="red", width=3)
            d.text((x + 160, y + 78), marks[rm], fill="red", font=font)
img_path = os.path.join(TMP, "floor.png")
img.save(img_path)
xl = XLImage(img_path)
xl.width, xl.height = 675, 465
ws.add_image(xl, "A3")
ws["M3"] = "吹き出し（回線・機器情報記入シート／調査端末情報記入シートより自動表示）"
ws["M3"].font = Font(bold=True)
call = [
    ("L1", "回線・機器情報記入シート", 6, "T"), ("L2", "回線・機器情報記入シート", 7, "T"),
    ("L3", "回線・機器情報記入シート", 8, "T"), ("L4", "回線・機器情報記入シート", 9, "T"),
]
r = 4
for mk, sh, row, _ in call:
    ws[f"M{r}"] = mk
    ws[f"N{r}"] = f"='{sh}'!A{row}&\"：\"&'{sh}'!E{row}&\"／\"&'{sh}'!T{row}"
    r += 1
for i in range(5):
    ws[f"M{r}"] = f"T{i+1}"
    row = 6 + i
    ws[f"N{r}"] = (f"='調査端末情報記入シート'!A{row}&\"：\"&'調査端末情報記入シート'!D{row}&\"／\""
                   f"&'調査端末情報記入シート'!F{row}")
    r += 1
ws.column_dimensions["N"].width = 60

tmpx = os.path.join(TMP, NAME + ".xlsx")
wb.save(tmpx)
# re-save through LibreOffice (caches the callout formula results)
outdir = os.path.join(TMP, "lo")
os.makedirs(outdir, exist_ok=True)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, tmpx], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
print("written", os.path.join(OUT, NAME + ".xlsx"))
