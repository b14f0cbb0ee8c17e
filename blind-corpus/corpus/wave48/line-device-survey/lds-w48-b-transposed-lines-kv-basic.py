# Generator for lds-w48-b-transposed-lines-kv-basic.xlsx
# Role: a small hospital's 情報管理課 that re-typed 別紙2-1 into its own workbook: basic info as
# "項目：値" cells, lines as a vertical (transposed) table with a 記入例 column, terminals and the floor
# plan on their own sheets, and its own login list left in the book. Re-saved by LibreOffice.
import sys, os, io, subprocess, shutil, tempfile
sys.path.insert(0, "/tmp/pylib-w48-lds-bv")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w48-b-transposed-lines-kv-basic"
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
G = PatternFill("solid", fgColor="D9D9D9")
EX = PatternFill("solid", fgColor="F2F2F2")
W = Alignment(vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = "調査票"
ws.column_dimensions["A"].width = 34
for col in "BCDE":
    ws.column_dimensions[col].width = 30
ws["A1"] = "外部接続回線・機器 事前調査票（別紙2-1 記入内容）"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "提出日：令和6年9月20日"

ws["A4"] = "１．基本情報"
ws["A4"].font = Font(bold=True)
basic = [
    "本施策の同意確認：同意する",
    "医療機関名：医療法人 清流会 いたばし清流病院",
    "医療機関名（かな）：いりょうほうじん せいりゅうかい いたばしせいりゅうびょういん",
    "郵便番号：〒173-0004",
    "住所：東京都板橋区板橋1丁目48番12号",
    "住所（かな）：とうきょうとくいたばしくいたばし1ちょうめ48ばん12ごう",
    "ビル名：板橋メディカルスクエア",
    "ビル名（かな）：いたばしめでぃかるすくえあ",
    "病床数：60床",
]
for i, t in enumerate(basic):
    r = 5 + i
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    ws.cell(r, 1, t).border = B

ws["A15"] = "２．担当者（最大4名）"
ws["A15"].font = Font(bold=True)
hd = ["所属・役職", "氏名", "電話番号", "メールアドレス"]
for j, h in enumerate(hd, start=1):
    c = ws.cell(16, j, h)
    c.fill = G
    c.border = B
ppl = [
    ("情報管理課 課長", "渡辺 直樹", "03-3961-5520", "n.watanabe@itabashi-seiryu.jp"),
    ("事務長", "小林 由紀子", "03-3961-5521", "y.kobayashi@itabashi-seiryu.jp"),
]
for i, p in enumerate(ppl):
    for j, v in enumerate(p, start=1):
        ws.cell(17 + i, j, v).border = B

ws["A20"] = "３．回線・機器情報（回線ごとに縦に記入。記入例の列は消さずに残してください）"
ws["A20"].font = Font(bold=True)
items = [
    "調査希望（技術バージョン確認）※",
    "調査希望（脆弱性診断）※",
    "電子カルテ系ネットワークとの接続※",
    "用途・システム名※",
    "回線名",
    "回線の種類",
    "通信形態※",
    "グローバルIP利用※",
    "固定IP／動的IP※",
    "グローバルIPアドレス※",
    "【診断当日記入】グローバルIP確認",
    "【診断当日記入】グローバルIPアドレス",
    "FQDN",
    "プロバイダ名",
    "プロバイダ品目",
    "回線事業者",
    "回線サービス名",
    "回線ID",
    "回線終端装置（ONU/モデム）の設置場所※",
    "接続装置 メーカー",
    "接続装置 機種名",
    "接続装置 ファームウェア",
]
cols = {
    "記入例": ["調査希望あり", "調査希望あり", "あり", "電子カルテ", "○○回線", "光回線", "インターネットVPN", "あり",
            "固定IP", "121.119.249.222", "入力不要", "入力不要", "example.xxx", "NTT東日本", "Bフレッツサービス",
            "NTT東日本", "フレッツ光ネクスト", "CAFxxxxxxxxxx", "本部棟 3F サーバー室 1番ラック",
            "YAMAHA", "RTX1210", "Rev.14.01.38"],
    "回線1": ["希望あり", "希望あり", "有", "電子カルテ（ベンダ保守）", "電子カルテ保守回線", "光回線", "インターネットVPN", "有",
            "固定", "192.168.1.1", "入力不要", None, None, "So-net", "So-net 光 プラス 固定IP",
            "NTT東日本", "フレッツ 光ネクスト マンションタイプ", "CAF0612348790 ", "3F サーバー室 ラック下段",
            "YAMAHA", "RTX830", "Rev.15.02.30"],
    "回線2": ["希望なし", "希望あり", "有", "オンライン資格確認・オンライン請求", "オン資・レセプト回線", "光回線", "閉域網", "無",
            None, None, None, None, None, None, None,
            "NTT東日本", "フレッツ 光ネクスト", "CAF0612355102", "2F 医事課 受付裏",
            "NEC", "UNIVERGE IX2106", None],
    "回線3": ["希望あり", "希望あり", "有", "検体検査（外注検査結果受信）", "検査システム用回線", "光回線", "インターネット", "有",
            "動的", "60.130.77.142", None, None, None, "ぷらら", "ぷらら光",
            "NTT東日本", "フレッツ 光ネクスト ファミリー・ハイスピードタイプ", "CAF0612400417", "2F 検査室\n（採血室奥の棚上）",
            "BUFFALO", "VR-S1000", "1.53"],
}
R0 = 21
ws.cell(R0, 1, "項目").fill = G
for j, k in enumerate(cols, start=2):
    c = ws.cell(R0, j, k)
    c.fill = G
    c.alignment = Alignment(horizontal="center")
for i, it in enumerate(items):
    r = R0 + 1 + i
    ws.cell(r, 1, it).fill = G
    for j, k in enumerate(cols, start=2):
        v = cols[k][i]
        c = ws.cell(r, j, v)
        if k == "記入例":
            c.fill = EX
            c.font = Font(color="808080", italic=True)
for row in ws.iter_rows(min_row=R0, max_row=R0 + len(items), min_col=1, max_col=5):
    for c in row:
        c.border = B
        c.alignment = W
ROW_OF = {it: R0 + 1 + i for i, it in enumerate(items)}

rr = R0 + len(items) + 2
ws.cell(rr, 1, "４．記入内容の確認").font = Font(bold=True)
ws.merge_cells(start_row=rr + 1, start_column=1, end_row=rr + 1, end_column=3)
ws.cell(rr + 1, 1, "確認者名（フルネーム）：渡辺 直樹").border = B
ws.cell(rr + 2, 1, "※調査端末は「調査端末」シート、平面図は「平面図」シートに記入しています。")

# ---------------------------------------------------------------- terminals
t = wb.create_sheet("調査端末")
t["A1"] = "調査端末（5台）"
t["A1"].font = Font(bold=True, size=13)
th = ["番号", "システム種別", "利用形態（単体／仮想デスクトップ）", "ホスト名", "IPアドレス（CIDR）", "設置場所",
      "VDIホスト名", "VDIのIPアドレス", "ウイルス対策等", "備考"]
for j, h in enumerate(th, start=1):
    c = t.cell(3, j, h)
    c.fill = G
    c.border = B
    c.alignment = W
terms = [
    (1, "電子カルテ", "単体", "SEIRYU-KR01", "10.10.1.101/24", "2F 外来診察室1", None, None, "Microsoft Defender", "端末操作可能時間：12:30-13:30"),
    (2, "電子カルテ", "単体", "SEIRYU-KR07", "10.10.1.107/24", "4F 病棟ナースステーション", None, None, "Microsoft Defender", None),
    (3, "レセコン（医事）", "単体", "IJI-01", "10.10.2.11/24", "2F 医事課", None, None, "ウイルスバスター ビジネスセキュリティ", None),
    (4, "画像参照（PACS）", "仮想デスクトップ", "TC-RAD01", "10.10.3.21/24", "1F 放射線室", "VDI-RAD01", "10.20.3.21/24", "Trend Micro Apex One", None),
    (5, "検査システム", "単体", "KENSA-01", "10.10.4.31/24", "2F 検査室\n（採血室奥）", None, None, "Microsoft Defender", "午前中は検査業務のため操作不可"),
]
for i, tr in enumerate(terms):
    for j, v in enumerate(tr, start=1):
        c = t.cell(4 + i, j, v)
        c.border = B
        c.alignment = W
for col, w in zip("ABCDEFGHIJ", (6, 18, 18, 16, 18, 22, 14, 16, 28, 30)):
    t.column_dimensions[col].width = w

# ---------------------------------------------------------------- floor plan
p = wb.create_sheet("平面図")
p["A1"] = "設置場所（平面図）　※赤枠：回線終端装置、青枠：調査端末"
p["A1"].font = Font(bold=True)
img = Image.new("RGB", (800, 620), "white")
d = ImageDraw.Draw(img)
f = ImageFont.truetype(FONT, 15)
fb = ImageFont.truetype(FONT, 20)
d.text((20, 8), "いたばし清流病院 フロア図（1F〜4F）", font=fb, fill="black")
floors = [
    (50, "1F", [("放射線室", 40, "blue", "端末4 TC-RAD01")]),
    (190, "2F", [("医事課", 40, "red", "回線2 ONU（受付裏）"), ("医事課", 40, "blue", "端末3 IJI-01"),
                 ("検査室", 420, "red", "回線3 ONU（棚上）"), ("外来診察室1", 420, "blue", "端末1 SEIRYU-KR01"),
                 ("検査室", 420, "blue", "端末5 KENSA-01")]),
    (380, "3F", [("サーバー室", 40, "red", "回線1 ONU・RTX830")]),
    (480, "4F", [("病棟NS", 40, "blue", "端末2 SEIRYU-KR07")]),
]
for y, fl, marks in floors:
    h = 180 if fl == "2F" else 90
    d.rectangle((20, y, 780, y + h), outline="black", width=3)
    d.text((28, y + 4), fl, font=fb, fill="black")
    cnt = {}
    for room, x, colr, text in marks:
        k = cnt.get(x, 0)
        cnt[x] = k + 1
        yy = y + 34 + k * 44
        d.rectangle((x + 30, yy, x + 330, yy + 34), outline=colr, width=2)
        d.text((x + 36, yy + 6), f"{room}：{text}", font=f, fill=colr)
buf = io.BytesIO()
img.save(buf, "PNG")
buf.seek(0)
xi = XLImage(buf)
xi.anchor = "A3"
p.add_image(xi)

# ---------------------------------------------------------------- own login list (should not be here)
a = wb.create_sheet("ID・PW")
a["A1"] = "ログイン情報（当日用・提出不要）"
a["A1"].font = Font(bold=True)
a["A3"] = "■ルータ等"
for j, h in enumerate(["回線", "メーカー", "機種名", "ログインID", "パスワード", "enableパスワード"], start=1):
    a.cell(4, j, h).fill = G
rows = [("回線1", "YAMAHA", "RTX830", "admin", "Seiryu#830rt", "Seiryu#830en"),
        ("回線2", "NEC", "UNIVERGE IX2106", "ixadmin", "Ix2106!sei", None),
        ("回線3", "BUFFALO", "VR-S1000", "admin", "kensa0412", None)]
for i, rw in enumerate(rows):
    for j, v in enumerate(rw, start=1):
        a.cell(5 + i, j, v)
a["A10"] = "■調査端末"
for j, h in enumerate(["端末", "ホスト名", "IPアドレス", "アカウント", "パスワード"], start=1):
    a.cell(11, j, h).fill = G
for i, tr in enumerate(terms):
    a.cell(12 + i, 1, f"端末{tr[0]}")
    a.cell(12 + i, 2, tr[3])
    a.cell(12 + i, 3, tr[4])
    a.cell(12 + i, 4, "survey")
    a.cell(12 + i, 5, f"Chk{2024 + i}!pc")
for col, w in zip("ABCDEF", (8, 14, 18, 14, 16, 18)):
    a.column_dimensions[col].width = w

wb.active = 0
tmpd = tempfile.mkdtemp(prefix="w48-lds-b-")
src = os.path.join(tmpd, NAME + ".xlsx")
wb.save(src)
outd = os.path.join(tmpd, "lo")
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outd, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outd, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
print("saved", NAME, {k: ROW_OF[k] for k in ("調査希望（脆弱性診断）※", "グローバルIPアドレス※")}, "confirm row", rr + 1)
