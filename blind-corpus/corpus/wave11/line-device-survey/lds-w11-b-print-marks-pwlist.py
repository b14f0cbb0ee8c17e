#!/usr/bin/python3
# Generator for lds-w11-b-print-marks-pwlist.xlsx
# Role: 事務長 of a 120-bed hospital in Kagawa who redrew 別紙2-1 as a print form (borders, blank spacer
# columns, merged label cells) and answers choices by putting ○ in the option column (あり|なし) instead of
# typing. Official sheet names. Ports table below the line table on the same sheet. The password list sheet
# is kept in the workbook, filled in (planted). Saved by openpyxl.
# Planted: (1) 回線2 固定IP with a private address; (2) 回線3 閉域網 (no global IP) with 脆弱性診断 調査希望あり;
# (3) password list filled in and left in the submission.
import io

from openpyxl import Workbook
from openpyxl.drawing.image import Image as XLImage
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from PIL import Image, ImageDraw, ImageFont

OUT = "/work/blind/wave11/line-device-survey/lds-w11-b-print-marks-pwlist.xlsx"

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="FCE4D6")
EXFILL = PatternFill("solid", fgColor="EDEDED")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP = Alignment(wrap_text=True, vertical="center")


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def put(ws, ref, v, merge=None, fill=None, bold=False, align=WRAP):
    ws[ref] = v
    c = ws[ref]
    c.alignment = align
    if fill:
        c.fill = fill
    if bold:
        c.font = Font(bold=True)
    if merge:
        ws.merge_cells(merge)
        box(ws, merge)
    else:
        c.border = BOX


wb = Workbook()

# ================================================================ 基本情報記入シート
ws = wb.active
ws.title = "基本情報記入シート"
for col, w in {"A": 2, "B": 14, "C": 10, "D": 2, "E": 16, "F": 16, "G": 2, "H": 10, "I": 16, "J": 16, "K": 2}.items():
    ws.column_dimensions[col].width = w
ws.merge_cells("B1:J1")
ws["B1"] = "別紙2-1　医療機関記入依頼書（回線・機器情報等記入）　基本情報記入シート"
ws["B1"].font = Font(bold=True, size=14)
ws["B1"].alignment = Alignment(horizontal="center")

put(ws, "B3", "本施策の同意確認", "B3:C4", HEAD, True)
put(ws, "E3", "（別紙）規約に記載の内容をご確認のうえ、本施策実施に同意いただける場合は「同意する」に○をしてください",
    "E3:I4")
put(ws, "J3", "○", align=CENTER)
put(ws, "J4", "同意する", align=CENTER)

ws["B6"] = "■お客様情報（医療機関情報）"
ws["B6"].font = Font(bold=True)
put(ws, "B7", "医療機関名", "B7:C7", HEAD, True)
put(ws, "E7", "社会医療法人 瀬戸内会 さぬき中央病院", "E7:F7")
put(ws, "H7", "(かな)", fill=HEAD, align=CENTER)
put(ws, "I7", "しゃかいいりょうほうじん せとうちかい さぬきちゅうおうびょういん", "I7:J7")
put(ws, "B8", "住所", "B8:B9", HEAD, True)
put(ws, "C8", "〒", fill=HEAD, align=CENTER)
put(ws, "E8", "760-0068", "E8:F8")
put(ws, "C9", "住所", fill=HEAD, align=CENTER)
put(ws, "E9", "香川県高松市松島町2丁目14-8", "E9:F9")
put(ws, "H9", "(かな)", fill=HEAD, align=CENTER)
put(ws, "I9", "かがわけんたかまつしまつしまちょう2ちょうめ14-8", "I9:J9")
put(ws, "B10", "ビル名", "B10:C10", HEAD, True)
put(ws, "E10", "さぬき中央病院 本館", "E10:F10")
put(ws, "H10", "(かな)", fill=HEAD, align=CENTER)
put(ws, "I10", "さぬきちゅうおうびょういん ほんかん", "I10:J10")
put(ws, "B11", "病床数", "B11:C11", HEAD, True)
put(ws, "E11", 120)
put(ws, "F11", "床")

ws["B13"] = "■担当者情報（複数名の場合は4名まで）"
ws["B13"].font = Font(bold=True)
put(ws, "B14", "", "B14:C14", HEAD)
put(ws, "E14", "所属・役職", fill=HEAD, align=CENTER)
put(ws, "F14", "氏名", fill=HEAD, align=CENTER)
put(ws, "H14", "電話番号", "H14:I14", HEAD, align=CENTER)
put(ws, "J14", "メールアドレス", fill=HEAD, align=CENTER)
ws.column_dimensions["J"].width = 30
contacts = [
    ("担当者1", "事務部 事務長", "大西 隆", "087-831-2205", "t-onishi@sanuki-chuo.jp"),
    ("担当者2", "医療情報管理室 主任", "香川 美咲", "087-831-2290", "m-kagawa@sanuki-chuo.jp"),
    ("担当者3", None, None, None, None),
    ("担当者4", None, None, None, None),
]
for i, (lab, dep, nm, tel, mail) in enumerate(contacts):
    r = 15 + i
    put(ws, "B%d" % r, lab, "B%d:C%d" % (r, r), HEAD)
    put(ws, "E%d" % r, dep)
    put(ws, "F%d" % r, nm)
    put(ws, "H%d" % r, tel, "H%d:I%d" % (r, r))
    put(ws, "J%d" % r, mail)

ws["B20"] = "■申込内容の確認"
ws["B20"].font = Font(bold=True)
put(ws, "B21", "確認者名\n(医療機関のご担当者名)", "B21:C22", HEAD, True)
put(ws, "E21", "大西 隆", "E21:J22")

# ================================================================ 回線・機器情報記入シート
ws = wb.create_sheet("回線・機器情報記入シート")
ws["A1"] = "回線・機器情報記入シート　（該当する欄に○を記入してください）"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "(*)は必須。記入例の行は消さないでください。"
ws["A2"].font = Font(size=9, color="666666")

# columns: A spacer, B 回線, C..: groups
cols = [
    # (group, item, option)  option None => text column
    ("調査希望", "技術バージョン確認 (*)", "希望あり"),
    ("調査希望", "技術バージョン確認 (*)", "希望なし"),
    ("調査希望", "脆弱性診断 (*)", "希望あり"),
    ("調査希望", "脆弱性診断 (*)", "希望なし"),
    ("電子カルテシステムと接続するネットワークとの接続 (*)", None, "あり"),
    ("電子カルテシステムと接続するネットワークとの接続 (*)", None, "なし"),
    ("用途・システム名 (*)", None, None),
    ("回線と紐付くグローバルIPアドレス", "通信形態 (*)", None),
    ("回線と紐付くグローバルIPアドレス", "グローバルIP利用 (*)", "あり"),
    ("回線と紐付くグローバルIPアドレス", "グローバルIP利用 (*)", "なし"),
    ("回線と紐付くグローバルIPアドレス", "固定IP/動的IP (*)", "固定"),
    ("回線と紐付くグローバルIPアドレス", "固定IP/動的IP (*)", "動的"),
    ("回線と紐付くグローバルIPアドレス", "グローバルIPアドレス (*)", None),
    ("脆弱性診断当日記入欄", "グローバルIP確認", None),
    ("脆弱性診断当日記入欄", "グローバルIPアドレス", None),
    ("FQDN", None, None),
    ("プロバイダ情報", "プロバイダ名", None),
    ("プロバイダ情報", "プロバイダ品目", None),
    ("回線情報", "回線事業者", None),
    ("回線情報", "回線サービス名", None),
    ("回線情報", "回線ID", None),
    ("回線情報", "回線名", None),
    ("回線情報", "回線の種類", None),
    ("回線終端装置(ONU/モデム)情報", "回線終端装置設置場所 (*)", None),
    ("ルータ/UTM/FW", "メーカー", None),
    ("ルータ/UTM/FW", "機種名", None),
    ("ルータ/UTM/FW", "ファームウェアバージョン", None),
]
first = 3  # column C
ws.column_dimensions["A"].width = 2
ws.column_dimensions["B"].width = 8
for j, (g, it, op) in enumerate(cols):
    col = first + j
    L = get_column_letter(col)
    ws.column_dimensions[L].width = 6 if op else 20
    ws.cell(row=4, column=col, value=g)
    ws.cell(row=5, column=col, value=it)
    ws.cell(row=6, column=col, value=op)
# merge headers
def runs(keyf):
    out = []
    j = 0
    while j < len(cols):
        k = j
        while k + 1 < len(cols) and keyf(cols[k + 1]) == keyf(cols[j]):
            k += 1
        out.append((j, k))
        j = k + 1
    return out


for j, k in runs(lambda c: c[0]):
    c1, c2 = get_column_letter(first + j), get_column_letter(first + k)
    items = [cols[x][1] for x in range(j, k + 1)]
    opts = [cols[x][2] for x in range(j, k + 1)]
    if all(i is None for i in items):
        bottom = 6 if all(o is None for o in opts) else 5
    else:
        bottom = 4
    if c1 != c2 or bottom != 4:
        ws.merge_cells("%s4:%s%d" % (c1, c2, bottom))
for j, k in runs(lambda c: (c[0], c[1])):
    if cols[j][1] is None:
        continue
    c1, c2 = get_column_letter(first + j), get_column_letter(first + k)
    if cols[j][2] is None:
        ws.merge_cells("%s5:%s6" % (c1, c1))
    elif c1 != c2:
        ws.merge_cells("%s5:%s5" % (c1, c2))
last_col = first + len(cols) - 1
ws.cell(row=4, column=2, value="回線")
ws.merge_cells("B4:B6")
for r in range(4, 7):
    for c in range(2, last_col + 1):
        cell = ws.cell(row=r, column=c)
        cell.fill = HEAD
        cell.alignment = CENTER
        cell.border = BOX
        cell.font = Font(bold=True, size=9)
ws.row_dimensions[4].height = 42
ws.row_dimensions[5].height = 30

O = "○"
# each row: marks given as dict of option-column-index -> mark, plus text values
def line_row(ver, scan, ehr, purpose, ctype, gip, fixdyn, ip, dcheck, dip, fqdn, prov, provsvc, carrier,
             csvc, lid, lname, lkind, term, maker, model, fw):
    v = [None] * len(cols)
    v[0 if ver else 1] = O
    v[2 if scan else 3] = O
    v[4 if ehr else 5] = O
    v[6] = purpose
    v[7] = ctype
    if gip is not None:
        v[8 if gip else 9] = O
    if fixdyn is not None:
        v[10 if fixdyn == "固定" else 11] = O
    v[12] = ip
    v[13] = dcheck
    v[14] = dip
    v[15] = fqdn
    v[16:27] = [prov, provsvc, carrier, csvc, lid, lname, lkind, term, maker, model, fw]
    return v


rows = [
    ("記入例", line_row(True, True, True, "電子カルテ", "インターネットVPN", True, "固定", "121.119.249.222", "入力不要",
                      None, "example.xxx", "NTT東日本", "Bフレッツサービス", "NTT東日本", "フレッツ 光ネクスト",
                      "CAF1234567890", "電子カルテ保守回線", "光回線", "本部棟 3F サーバー室 -1番ラック 3U",
                      "YAMAHA", "RTX1210", "Rev.14.01.42")),
    ("回線1", line_row(True, True, True, "電子カルテ（ベンダ保守）", "インターネットVPN", True, "固定", "118.21.134.77",
                     "入力不要", None, None, "OCN", "OCN 光 IPoE 固定IP", "NTT西日本", "フレッツ 光クロス",
                     "COP98765432", "電カル保守用", "光回線", "本館2F サーバ室 ラックA 3U",
                     "NEC", "UNIVERGE IX2215", "Ver.10.8.21")),
    ("回線2", line_row(True, True, True, "検体検査システム（保守）", "インターネットVPN", True, "固定", "192.168.100.1",
                     "入力不要", None, None, "So-net", "So-net 光 固定IPサービス", "NTT西日本", "フレッツ 光ネクスト",
                     "COP98770015", "検査保守用", "光回線", "本館1F 検査室 壁面棚上",
                     "YAMAHA", "RTX830", "Rev.15.02.31")),
    ("回線3", line_row(True, True, True, "オンライン資格確認", "閉域網", False, None, None,
                     None, None, None, None, None, "NTT西日本", "フレッツ・VPN ワイド",
                     "COP98770208", "オン資用", "光回線", "本館1F 医事課 事務室 壁面",
                     "NEC", "UNIVERGE IX2106", "Ver.10.2.16")),
    ("回線4", line_row(False, False, True, "透析システム（リモート保守）", "インターネットVPN", True, "動的", "180.12.203.55",
                     None, None, None, "BIGLOBE", "ビッグローブ光", "NTT西日本", "フレッツ 光ネクスト",
                     "COP98771120", "透析保守用", "光回線", "別館1F 透析室 スタッフ控室",
                     "アライドテレシス", "AR3050S", None)),
]
for i, (lab, vals) in enumerate(rows):
    r = 7 + i
    c = ws.cell(row=r, column=2, value=lab)
    c.border = BOX
    c.alignment = CENTER
    for j, v in enumerate(vals):
        cell = ws.cell(row=r, column=first + j, value=v)
        cell.border = BOX
        cell.alignment = CENTER if cols[j][2] else WRAP
        if i == 0:
            cell.fill = EXFILL
            cell.font = Font(color="808080", size=9)
    ws.row_dimensions[r].height = 30
ws.freeze_panes = "C7"

# ports table under the line table
pr = 7 + len(rows) + 2
ws.cell(row=pr, column=2, value="■装置と接続する回線と機器の詳細（ポート情報）").font = Font(bold=True)
phdr = ["回線", "装置", "ポート (*)", "機器名 (*)", "IPアドレス (*)", "ポート番号 (*)", "プロトコル (*)", "接続状況"]
for j, h in enumerate(phdr):
    c = ws.cell(row=pr + 1, column=2 + j, value=h)
    c.fill = HEAD
    c.border = BOX
    c.alignment = CENTER
ports = [
    ["回線1", "IX2215", "GE1", "電子カルテサーバ EMR-SV01", "192.168.1.11", 443, "HTTPS", "接続あり"],
    ["回線1", "IX2215", "GE1", "保守用端末 MNT-01", "192.168.1.250", 3389, "RDP", "接続あり"],
    ["回線2", "RTX830", "LAN1", "検体検査サーバ LIS-SV01", "192.168.100.20", 22, "SSH", "接続あり"],
    ["回線4", "AR3050S", "port1.0.1", "透析管理サーバ HD-SV01", "192.168.50.10", 5900, "VNC", "接続なし"],
]
for i, r in enumerate(ports):
    for j, v in enumerate(r):
        c = ws.cell(row=pr + 2 + i, column=2 + j, value=v)
        c.border = BOX

# ================================================================ 調査端末情報記入シート
ws = wb.create_sheet("調査端末情報記入シート")
ws["B1"] = "調査端末情報記入シート（調査対象端末 5台）"
ws["B1"].font = Font(bold=True, size=13)
ws.column_dimensions["A"].width = 2
widths = {"B": 8, "C": 14, "D": 14, "E": 16, "F": 18, "G": 22, "H": 16, "I": 18, "J": 22, "K": 32}
for k, w in widths.items():
    ws.column_dimensions[k].width = w
h1 = {"B": "", "C": "システム種別 (*)", "D": "シングル利用 (*)", "E": "シンクライアント端末/FAT端末",
      "H": "仮想デスクトップ", "J": "セキュリティ対策製品", "K": "備考"}
h2 = {"E": "端末ホスト名 (*)", "F": "IPアドレス (*)", "G": "設置場所 (*)", "H": "端末ホスト名", "I": "IPアドレス"}
for k, v in h1.items():
    ws[k + "3"] = v
for k, v in h2.items():
    ws[k + "4"] = v
for rng in ("B3:B4", "C3:C4", "D3:D4", "E3:G3", "H3:I3", "J3:J4", "K3:K4"):
    ws.merge_cells(rng)
for r in (3, 4):
    for c in range(2, 12):
        cell = ws.cell(row=r, column=c)
        cell.fill = HEAD
        cell.border = BOX
        cell.alignment = CENTER
terms = [
    ["記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F ○○○室", "PCXXXX", "192.168.1.25/24",
     "Microsoft Defender", "端末操作可能時間：12:00-13:00"],
    ["No.1", "電子カルテ", "単体", "SCH-EMR-0112", "192.168.1.112/24", "本館1F 外来診察室3", None, None,
     "Trend Micro Apex One", "端末操作可能時間：12:00-13:00\n診察終了後であれば可"],
    ["No.2", "電子カルテ", "仮想デスクトップ", "SCH-TC-0405", "192.168.1.145/24", "本館4F 西病棟 ナースステーション",
     "SCH-VDI-0405", "172.16.4.5/24", "Trend Micro Apex One", "病棟師長の立会い必須"],
    ["No.3", "医事会計", "単体", "SCH-IJI-0103", "192.168.2.103/24", "本館1F 医事課", None, None,
     "Microsoft Defender", None],
    ["No.4", "検体検査", "単体", "SCH-LIS-0101", "192.168.100.31/24", "本館1F 検査室", None, None,
     "ESET Endpoint Security", None],
    ["No.5", "透析", "単体", "SCH-HD-0201", "192.168.50.21/24", "別館1F 透析室", None, None,
     "Microsoft Defender", "透析治療中（9:00-14:00）は操作不可"],
]
for i, t in enumerate(terms):
    for j, v in enumerate(t):
        c = ws.cell(row=5 + i, column=2 + j, value=v)
        c.border = BOX
        c.alignment = WRAP
        if i == 0:
            c.fill = EXFILL
            c.font = Font(color="808080", size=9)
    ws.row_dimensions[5 + i].height = 32

# ================================================================ 設置場所記入シート
ws = wb.create_sheet("設置場所記入シート")
ws["B1"] = "設置場所記入シート（平面図を貼り付け、吹き出しを配置）"
ws["B1"].font = Font(bold=True, size=13)
font = ImageFont.truetype("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf", 16)
img = Image.new("RGB", (820, 480), "white")
d = ImageDraw.Draw(img)
d.rectangle([5, 5, 815, 475], outline="black", width=3)
d.text((15, 10), "さぬき中央病院 本館1F・2F／別館1F フロア図", fill="black", font=font)
for (x0, y0, x1, y1), nm in [((15, 40, 260, 200), "本館1F 医事課"), ((270, 40, 520, 200), "本館1F 検査室"),
                             ((530, 40, 805, 200), "本館1F 外来診察室"), ((15, 210, 400, 465), "本館2F サーバ室"),
                             ((410, 210, 805, 465), "別館1F 透析室")]:
    d.rectangle([x0, y0, x1, y1], outline="black", width=2)
    d.text((x0 + 6, y0 + 6), nm, fill="black", font=font)
for (x, y, t) in [(60, 120, "③ONU"), (330, 120, "②ONU"), (80, 300, "①ONU ラックA"), (470, 300, "④ONU")]:
    d.ellipse([x - 6, y - 6, x + 6, y + 6], fill="red")
    d.text((x + 10, y - 10), t, fill="red", font=font)
buf = io.BytesIO()
img.save(buf, format="PNG")
buf.seek(0)
ws.add_image(XLImage(buf), "B3")
ws.column_dimensions["O"].width = 58
ws["O3"] = "吹き出し"
ws["O3"].font = Font(bold=True)
for i, t in enumerate([
    "① 回線1（電カル保守）：本館2F サーバ室 ラックA 3U",
    "② 回線2（検査保守）：本館1F 検査室 壁面棚上",
    "③ 回線3（オン資）：本館1F 医事課 事務室 壁面",
    "④ 回線4（透析保守）：別館1F 透析室 スタッフ控室",
    "端末No.1：本館1F 外来診察室3　／　No.3：本館1F 医事課　／　No.4：本館1F 検査室",
    "端末No.2：本館4F 西病棟 NS（別紙4F図）　／　No.5：別館1F 透析室",
]):
    ws.cell(row=4 + i, column=15, value=t)

# ================================================================ アカウント(ログインID)・パスワードリスト (提出不要, but filled and kept)
ws = wb.create_sheet("アカウント(ログインID)・パスワードリスト")
ws["B1"] = "アカウント(ログインID)・パスワードリスト　【提出不要】"
ws["B1"].font = Font(bold=True, size=13, color="C00000")
ws["B3"] = "■調査① インターネット回線/ONUに紐づく装置(ルータ/UTM/FW)"
ws["B3"].font = Font(bold=True)
for k, w in {"A": 2, "B": 8, "C": 14, "D": 18, "E": 20, "F": 18, "G": 24}.items():
    ws.column_dimensions[k].width = w
hdr = ["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"]
for j, h in enumerate(hdr):
    c = ws.cell(row=4, column=2 + j, value=h)
    c.fill = HEAD
    c.border = BOX
dev = [
    ("回線1", "NEC", "UNIVERGE IX2215", "admin", "Sanuki#Ix2215", "En@ble2215"),
    ("回線2", "YAMAHA", "RTX830", "maint", "Kensa-830pw", None),
    ("回線3", "NEC", "UNIVERGE IX2106", "onshi", "Onshi!2106x", "Onshi!En06"),
    ("回線4", "アライドテレシス", "AR3050S", "manager", "Friend2024!", None),
]
for i, r in enumerate(dev):
    for j, v in enumerate(r):
        c = ws.cell(row=5 + i, column=2 + j, value=v)
        c.border = BOX
ws["B11"] = "■調査端末(シンクライアント端末/FAT端末)"
ws["B11"].font = Font(bold=True)
hdr2 = ["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"]
for j, h in enumerate(hdr2):
    c = ws.cell(row=12, column=2 + j, value=h)
    c.fill = HEAD
    c.border = BOX
tl = [
    ("端末1", "SCH-EMR-0112", "192.168.1.112/24", "schadmin", "Emr0112!pc"),
    ("端末2", "SCH-TC-0405", "192.168.1.145/24", "schadmin", "Tc0405!pc"),
    ("端末3", "SCH-IJI-0103", "192.168.2.103/24", "iji01", "Iji0103#"),
    ("端末4", "SCH-LIS-0101", "192.168.100.31/24", "lisuser", "Lis0101$"),
    ("端末5", "SCH-HD-0201", "192.168.50.21/24", "hduser", "Hd0201%"),
]
for i, r in enumerate(tl):
    for j, v in enumerate(r):
        c = ws.cell(row=13 + i, column=2 + j, value=v)
        c.border = BOX
ws["B19"] = "備考(接続先情報など)"
ws["C19"] = "回線3はオン資ベンダ（四国システムサービス）管理"

wb.save(OUT)
print("wrote", OUT)
