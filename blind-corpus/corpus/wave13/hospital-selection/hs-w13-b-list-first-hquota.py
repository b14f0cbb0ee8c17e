#!/usr/bin/python3
# Generator for hs-w13-b-list-first-hquota.xlsx
# Role: Nagano prefecture official (医療政策課) who lists the selected hospitals by 二次医療圏 first and puts the
# ministry's quota as a horizontal (transposed) table under the list; 7-digit codes; 有/無; a hidden candidate
# sheet left in the file; re-saved by LibreOffice. Two planted problems (see expected.json).
import os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT_DIR = "/work/blind/wave13/hospital-selection"
NAME = "hs-w13-b-list-first-hquota"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr = PatternFill("solid", fgColor="D9E1F2")
FONT = "ＭＳ Ｐゴシック"


def luhn(nine):
    t = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        t += d // 10 + d % 10
    return (10 - t % 10) % 10


def code7(pref, gun, num):
    """7-digit code as the official writes it: GG-NNNN-C (check digit from the full 9 digits)."""
    nine = f"{pref:02d}1{gun:02d}{num:04d}"
    return f"{gun:02d}-{num:04d}-{luhn(nine)}", nine + str(luhn(nine))


PREF = 20
BANDS = [("20-99床", 3), ("100-199床", 3), ("200-399床", 2), ("400床以上", 1)]
HOSP = [
    # 医療圏, gun, num, name, beds (int or text), band, ehr, reason
    ("佐久", 12, 305, "佐久高原病院", "88", "20-99床", "有", None),
    ("上小", 4, 1127, "医療法人 上田城南病院", 160, "100-199床", "有", "二次救急（輪番制）"),
    ("上小", 19, 48, "東御ゆうあい病院", 45, "20-99床", "無", "立入検査で対策不十分"),
    ("諏訪", 6, 2210, "諏訪湖畔総合病院", 350, "200-399床", "有", "地域医療支援病院"),
    ("諏訪", 21, 93, "医療法人 茅野みどり病院", 120, "100-199床", "有", None),
    ("松本", 2, 4471, "松本平中央病院", 520, "400床以上", "有", "救命救急センター\n災害拠点病院"),
    ("松本", 25, 160, "安曇野北病院", "230", "200-399床", "有", None),
    ("長野", 1, 3358, "医療法人 善光寺前病院", 62, "20-99床", "有", None),
    ("長野", 1, 5902, "長野東部医療センター", 280, "200-399床", "有", "二次救急・透析"),
    ("北信", 30, 77, "飯山北信病院", 140, "100-199床", "有", "へき地医療拠点病院"),
]
OTHERS = [  # candidates not selected (hidden sheet only)
    ("佐久", "小諸みなみ病院", 99, "有", "良好"),
    ("上田", "上田東部リハビリテーション病院", 180, "有", "良好"),
    ("飯伊", "飯田りんご病院", 75, "無", "—"),
    ("木曽", "木曽福島病院", 40, "有", "一部不十分"),
    ("大北", "大町山麓病院", 210, "有", "良好"),
]

wb = Workbook()
ws = wb.active
ws.title = "支援対象病院"
for col, w in {"A": 5, "B": 9, "C": 14, "D": 30, "E": 9, "F": 12, "G": 12, "H": 34}.items():
    ws.column_dimensions[col].width = w

ws["H1"] = "令和６年３月１２日"
ws["H1"].alignment = Alignment(horizontal="right")
ws.merge_cells("A2:H2")
ws["A2"] = "医療機関におけるサイバーセキュリティ確保事業に係る支援対象病院の選定について（回答）"
ws["A2"].font = Font(name=FONT, size=13, bold=True)
ws["A2"].alignment = Alignment(horizontal="center")
ws["A4"] = "都道府県名：長野県"
ws["A4"].font = Font(name=FONT, size=12, bold=True)
ws["F4"] = "担当：健康福祉部医療政策課"

HR = 6
heads = ["No.", "二次医療圏", "医療機関コード\n（7桁）", "病院名", "病床数", "病床規模区分", "電子カルテ\n（有・無）", "選定理由"]
for i, h in enumerate(heads, start=1):
    c = ws.cell(row=HR, column=i, value=h)
    c.fill = hdr
    c.border = box
    c.font = Font(name=FONT, bold=True)
    c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
ws.row_dimensions[HR].height = 30

FIRST = HR + 1
for n, (area, gun, num, name, beds, band, ehr, reason) in enumerate(HOSP, start=1):
    r = FIRST + n - 1
    c7, _ = code7(PREF, gun, num)
    for i, v in enumerate([n, area, c7, name, beds, band, ehr, reason], start=1):
        c = ws.cell(row=r, column=i, value=v)
        c.border = box
        c.font = Font(name=FONT)
        c.alignment = Alignment(vertical="center", wrap_text=(i == 8),
                                horizontal=("center" if i in (1, 2, 3, 5, 6, 7) else None))
    if reason and "\n" in reason:
        ws.row_dimensions[r].height = 30
LAST = FIRST + len(HOSP) - 1

# horizontal quota table under the list
Q = LAST + 3
ws.cell(row=Q, column=1, value="【参考】厚生労働省から示された支援枠（病床規模別）").font = Font(name=FONT, bold=True)
ws.merge_cells(start_row=Q + 1, start_column=1, end_row=Q + 1, end_column=2)
ws.merge_cells(start_row=Q + 2, start_column=1, end_row=Q + 2, end_column=2)
ws.merge_cells(start_row=Q + 3, start_column=1, end_row=Q + 3, end_column=2)
ws.cell(row=Q + 1, column=1, value="病床規模")
ws.cell(row=Q + 2, column=1, value="支援枠")
ws.cell(row=Q + 3, column=1, value="選定数")
for j, (band, quota) in enumerate(BANDS):
    col = 3 + j
    L = ws.cell(row=Q + 1, column=col).column_letter
    ws.cell(row=Q + 1, column=col, value=band)
    ws.cell(row=Q + 2, column=col, value=quota)
    ws.cell(row=Q + 3, column=col, value=f"=COUNTIF($F${FIRST}:$F${LAST},{L}{Q + 1})")
tc = 3 + len(BANDS)
TL = ws.cell(row=Q + 1, column=tc).column_letter
ws.cell(row=Q + 1, column=tc, value="計")
ws.cell(row=Q + 2, column=tc, value=f"=SUM(C{Q + 2}:{ws.cell(row=Q + 2, column=tc - 1).column_letter}{Q + 2})")
ws.cell(row=Q + 3, column=tc, value=f"=SUM(C{Q + 3}:{ws.cell(row=Q + 3, column=tc - 1).column_letter}{Q + 3})")
for r in range(Q + 1, Q + 4):
    for col in range(1, tc + 1):
        c = ws.cell(row=r, column=col)
        c.border = box
        c.font = Font(name=FONT, bold=(r == Q + 1 or col <= 2))
        c.alignment = Alignment(horizontal="center")
        if r == Q + 1 or col <= 2:
            c.fill = hdr

ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0

# hidden working sheet: the candidate list the selection was made from
cand = wb.create_sheet("候補病院")
cand.append(["二次医療圏", "病院名", "病床数", "電子カルテ", "立入検査（セキュリティ）", "選定"])
rows = [(h[0], h[3], int(h[4]), h[6], "一部不十分" if h[7] and "不十分" in h[7] else "良好", "○") for h in HOSP]
rows += [(a, nm, b, e, k, None) for a, nm, b, e, k in OTHERS]
rows.sort(key=lambda x: x[0])
for row in rows:
    cand.append(list(row))
cand.sheet_state = "hidden"

tmp = tempfile.mkdtemp(dir=OUT_DIR, prefix="_tmp_")
src = os.path.join(tmp, NAME + ".xlsx")
wb.save(src)
conv = os.path.join(tmp, "conv")
os.makedirs(conv)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", conv, src],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.move(os.path.join(conv, NAME + ".xlsx"), os.path.join(OUT_DIR, NAME + ".xlsx"))
shutil.rmtree(tmp)
print("wrote", os.path.join(OUT_DIR, NAME + ".xlsx"))
