# Generator for hs-w36-b-transposed-quota-band-blocks.xlsx
# Run: PYTHONPATH=/tmp/sr_hs_py /usr/bin/python3 hs-w36-b-transposed-quota-band-blocks.py
# Writes a draft with openpyxl into /tmp, then re-saves it with LibreOffice (formula results cached).
import os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "hs-w36-b-transposed-quota-band-blocks.xlsx"
tmpdir = tempfile.mkdtemp(prefix="hs_w36_b_")
DRAFT = os.path.join(tmpdir, NAME)

wb = Workbook()
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr = PatternFill("solid", fgColor="E2EFDA")
c_al = Alignment(horizontal="center", vertical="center", wrap_text=True)
w_al = Alignment(vertical="center", wrap_text=True)

# --- 記入上の注意 ---
ins = wb.active
ins.title = "記入上の注意"
ins.column_dimensions["A"].width = 110
for i, t in enumerate([
    "記入上の注意",
    "・支援対象は電子カルテシステムを導入している病院です。",
    "・各都道府県別病床規模別に示す数（支援枠）の病院を過不足なく選定してください。",
    "・支援枠の調整が必要な場合は、3月1日（金）までに照会先へご相談ください。",
    "・選定理由は任意です（例：地域における救急等の主要な診療機能を担っている、立入検査等においてセキュリティ対策が不十分と思われる 等）。",
    "・提出期限：令和6年3月15日（金）",
], 1):
    ins.cell(row=i, column=1, value=t)
ins["A1"].font = Font(bold=True)

# --- 支援枠 (transposed: bands across) ---
q = wb.create_sheet("支援枠")
q["A1"] = "（別紙様式）"
q["B2"] = "都道府県名"
q["C2"] = "岡山県"
q["B2"].fill = hdr
for c in ("B2", "C2"):
    q[c].border = box
    q[c].alignment = c_al
q["C2"].font = Font(bold=True, size=12)
bands = ["20床以上100床未満", "100床以上300床未満", "300床以上"]
quota = [4, 3, 2]
q["B4"] = "病床規模区分"
q["B5"] = "支援枠"
q["B6"] = "選定数"
blocks = ["D5:D9", "D10:D12", "D13:D14"]  # rows of each band block on 選定病院
for i, (b, n) in enumerate(zip(bands, quota)):
    col = chr(ord("C") + i)
    q[f"{col}4"] = b
    q[f"{col}5"] = n
    q[f"{col}6"] = f"=COUNTA(選定病院!{blocks[i]})"
q["F4"] = "計"
q["F5"] = "=SUM(C5:E5)"
q["F6"] = "=SUM(C6:E6)"
for row in q["B4:F6"]:
    for c in row:
        c.border = box
        c.alignment = c_al
for c in ("B4", "B5", "B6", "C4", "D4", "E4", "F4"):
    q[c].fill = hdr
q.column_dimensions["A"].width = 3
q.column_dimensions["B"].width = 14
for col in "CDE":
    q.column_dimensions[col].width = 20
q.column_dimensions["F"].width = 8
q["B8"] = "※ 選定数は「選定病院」シートから自動計算"
q["B8"].font = Font(size=9, color="595959")

# --- 選定病院 (band blocks, merged band cells) ---
s = wb.create_sheet("選定病院")
s["A1"] = "支援対象病院一覧（医療機関におけるサイバーセキュリティ確保事業・令和6年度）"
s["A1"].font = Font(bold=True, size=12)
s["A2"] = "岡山県保健医療部医療推進課 作成"
heads = ["病床規模区分", "No.", "医療機関コード\n（7桁）", "医療機関名", "許可病床数", "電子カルテ", "選定理由（任意）"]
for i, h in enumerate(heads, 1):
    c = s.cell(row=4, column=i, value=h)
    c.fill = hdr
    c.border = box
    c.alignment = c_al
s.row_dimensions[4].height = 30
data = [
    (bands[0], "0102888", "医療法人 吉備会 吉備高原病院", 48, "導入済", None),
    (bands[0], "0205137", "医療法人 旭川会 旭東中央病院", 86, "導入済", "立入検査（R5）で対策不十分"),
    (bands[0], "0307610", "医療法人 備中会 高梁やまびこ病院", 60, "導入済", None),
    (bands[0], "0500941", "医療法人 牛窓会 瀬戸内みなと病院", 39, "導入済", None),
    (bands[0], "0603372", "医療法人 美作会 津山西病院", 77, "導入済", "・立入検査で対策不十分\n・VPN装置の更新未実施"),
    (bands[1], "0804210", "倉敷南総合病院", 199, "導入済", "・二次救急医療機関\n・地域医療支援病院"),
    (bands[1], "1106193", "医療法人 真庭会 真庭中央病院", 140, "未導入", "県北の救急を担う"),
    (bands[1], "0110444", "社会医療法人 岡山東部病院", 262, "導入済", None),
    (bands[2], "1402261", "岡山西部医療センター", 420, "導入済", "救命救急センター・災害拠点病院"),
    (bands[2], "0701853", "井笠総合病院", 318, "導入済", "地域の救急・周産期医療の中核"),
]
r = 5
for n, (b, code, name, beds, ehr, reason) in enumerate(data, 1):
    vals = [b, n, code, name, beds, ehr, reason]
    for i, v in enumerate(vals, 1):
        c = s.cell(row=r, column=i, value=v)
        c.border = box
        c.alignment = c_al if i in (1, 2, 3, 5, 6) else w_al
    s.cell(row=r, column=3).number_format = "@"
    if reason and "\n" in reason:
        s.row_dimensions[r].height = 30
    r += 1
# band cells merged per block (each row still carries its band in the top-left cell's block)
s.merge_cells("A5:A9")
s.merge_cells("A10:A12")
s.merge_cells("A13:A14")
widths = {"A": 20, "B": 5, "C": 12, "D": 34, "E": 10, "F": 11, "G": 36}
for k, v in widths.items():
    s.column_dimensions[k].width = v
wb.active = 1
wb.save(DRAFT)

subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", HERE, DRAFT], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.rmtree(tmpdir, ignore_errors=True)
print("saved", os.path.join(HERE, NAME))
