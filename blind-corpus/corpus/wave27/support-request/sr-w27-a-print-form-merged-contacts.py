#!/usr/bin/python3
"""sr-w27-a: Kagawa-style print form (FAX), label left with merged 担当者 blocks; re-saved by LibreOffice."""
import json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

OUT = "/work/blind/wave27/support-request"
NAME = "sr-w27-a-print-form-merged-contacts"

wb = Workbook()
ws = wb.active
ws.title = "回答様式"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
for col, w in zip("ABCDEFGH", [2, 16, 14, 14, 14, 14, 14, 2]):
    ws.column_dimensions[col].width = w
font = Font(name="ＭＳ 明朝", size=11)

def put(rng, value, bold=False, align="left", wrap=True, border=True, size=11):
    first = rng.split(":")[0]
    if ":" in rng:
        ws.merge_cells(rng)
    c = ws[first]
    c.value = value
    c.font = Font(name="ＭＳ 明朝", size=size, bold=bold)
    c.alignment = Alignment(horizontal=align, vertical="center", wrap_text=wrap)
    if border:
        from openpyxl.utils import range_boundaries
        c1, r1, c2, r2 = range_boundaries(rng if ":" in rng else rng + ":" + rng)
        for r in range(r1, r2 + 1):
            for cc in range(c1, c2 + 1):
                ws.cell(r, cc).border = box

put("B1:G1", "（送付先　香川県医務国保課医療企画Ｇ宛　ＦＡＸ　087-806-0248）", align="right", border=False, size=10)
put("B3:G4", "「医療機関におけるサイバーセキュリティ確保事業」における支援の\n希望調査に係る回答様式", bold=True, align="center", border=False, size=13)
ws.row_dimensions[3].height = 20
ws.row_dimensions[4].height = 20
put("B6:G6", "当病院は、当該事業の支援を希望します。", align="left", border=False)

rows = [
    (8, "医療機関コード", "0102348"),
    (9, "病院名（正式名称）", "医療法人社団 讃陽会 さぬき中央病院"),
    (10, "郵便番号", "760-0065"),
    (11, "住所", "香川県高松市朝日町三丁目4番12号"),
    (12, "電話番号", "087-823-4561"),
]
for r, label, val in rows:
    put(f"B{r}:C{r}", label)
    put(f"D{r}:G{r}", val)
    ws.row_dimensions[r].height = 22

contacts = [
    (13, "担当者①\n【必須】", ("情報システム課 課長", "山本 浩二", "h-yamamoto@sanuki-chuo.example.jp ")),
    (16, "担当者②\n【必須】", ("事務部 総務課 主任", "大西 真理子", "m-onishi@sanuki-chuo.example.jp")),
    (19, "担当者③", ("診療情報管理室 係長", "香西 翔太", "s-kozai@sanuki-chuo.example.jp")),
]
for r, label, vals in contacts:
    put(f"B{r}:B{r+2}", label, align="center")
    for i, (sub, v) in enumerate(zip(["所属・役職", "氏名", "Mail アドレス"], vals)):
        put(f"C{r+i}", sub)
        put(f"D{r+i}:G{r+i}", v)
        ws.row_dimensions[r + i].height = 22

put("B22:C22", "サイバーセキュリティ調査における回答データの活用の可否(※)", size=9)
put("D22:G22", "可", align="center")   # filler deleted "・ 不可" from the printed "可 ・ 不可"
ws.row_dimensions[22].height = 36
put("B23:C23", "備考")
put("D23:G23", "電子カルテの更新予定はありません（次回更新は令和9年度の予定）。\n現地調査は平日の午後を希望します。")
ws.row_dimensions[23].height = 48
put("B25:G28", "※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」"
    "により、病院におけるサイバーセキュリティ対策の実態調査を実施しており、当該調査で回答いただいた内容を当該事業でも活用させていただく"
    "可能性があり、ご了解いただける場合は、「可」と、ご了解いただけない場合は、「不可」と記載してください。", border=False, size=9)
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.print_area = "A1:H28"

tmp = tempfile.mkdtemp()
src = os.path.join(tmp, NAME + ".xlsx")
wb.save(src)
outdir = os.path.join(tmp, "lo")
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))

expected = {
    "form": "support-request",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "hospitalCode": "3710102348",
        "hospitalName": "医療法人社団 讃陽会 さぬき中央病院",
        "postalCode": "760-0065",
        "address": "香川県高松市朝日町三丁目4番12号",
        "phoneNumber": "087-823-4561",
        "contact1.department": "情報システム課 課長",
        "contact1.name": "山本 浩二",
        "contact1.email": "h-yamamoto@sanuki-chuo.example.jp",
        "contact2.department": "事務部 総務課 主任",
        "contact2.name": "大西 真理子",
        "contact2.email": "m-onishi@sanuki-chuo.example.jp",
        "contact3.department": "診療情報管理室 係長",
        "contact3.name": "香西 翔太",
        "contact3.email": "s-kozai@sanuki-chuo.example.jp",
        "dataUse": "可",
        "remarks": "電子カルテの更新予定はありません（次回更新は令和9年度の予定）。\n現地調査は平日の午後を希望します。",
    },
    "planted": [],
    "notes": ("医療機関コード written as the 7-digit form 0102348 (回答様式!D8); expanded with 香川県 (37) and 点数表番号 1 "
              "to 3710102348 (check digit valid). 活用の可否: the filler deleted '・不可' from the printed '可 ・ 不可', leaving '可'. "
              "担当者① Mail has a trailing space in the cell (canonical value trimmed). Version R6: the Kagawa notice was sent in "
              "FY R6 (deadline 令和7年2月28日) for support in 令和7年度. Workbook re-saved by LibreOffice."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
shutil.rmtree(tmp)
print("ok")
