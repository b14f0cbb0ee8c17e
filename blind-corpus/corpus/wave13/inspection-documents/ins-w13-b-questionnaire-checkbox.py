# Generator for ins-w13-b-questionnaire-checkbox.xlsx (no planted problem)
# A 保健所-style 回答票: questionnaire rows (No. | 設問 | 回答 | 添付ファイル名 | 備考), answers as ■/□ checkbox
# text in one cell, label and value in one cell for the header, 提出日 as "R6.12.3", a Q2 heading row with
# sub-rows per vendor, a 記入要領 sheet and a correctly labelled 記入例 sheet placed BEFORE the real one,
# re-saved by LibreOffice.
import json, os, subprocess, shutil, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = "/work/blind/wave13/inspection-documents"
NAME = "ins-w13-b-questionnaire-checkbox"
SHEET = "回答票"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
OPTS = [("提出する", "SUBMITTED"), ("未作成", "NOT_CREATED"), ("作成済（提出しない）", "NOT_SUBMITTED")]

def answer(code):
    return "　".join(("■" if c == code else "□") + lab for lab, c in OPTS)

QUESTIONS = {
    "1": "「チェックリスト（医療機関確認用）」（令和6年度版）を提出しますか。",
    "2": "「チェックリスト（事業者確認用）」を提出しますか。\n※委託事業者ごと又はシステムごとに回答（行が足りない場合は追加してください）",
    "3": "「チェックリスト（最低限の措置編）」を提出しますか。",
    "4": "「機器管理台帳」を提出しますか。",
    "5": "「インシデント発生時の連絡体制図」を提出しますか。",
    "6": "「ネットワーク構成図及びシステム全体構成図」を作成している場合、提出しますか。",
    "7": "「サイバー攻撃を想定した事業継続計画（BCP）」を作成している場合、提出しますか。",
}

def draw(ws, fac, date_text, rows):
    for col, w in {"A": 7, "B": 52, "C": 40, "D": 32, "E": 30}.items():
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:E1")
    ws["A1"] = "令和6年度 医療機関立入検査（サイバーセキュリティ対策関係）提出書類 回答票"
    ws["A1"].font = Font(size=13, bold=True)
    ws.merge_cells("A3:C3"); ws["A3"] = f"医療機関名：{fac}"
    ws.merge_cells("A4:C4"); ws["A4"] = f"提出日：{date_text}"
    hdr = ["No.", "設問", "回答（該当するものを■）", "添付ファイル名", "備考"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(6, c, h)
        cell.border = box; cell.alignment = center
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
    r = 7
    out = []
    for row in rows:
        if row[0] == "H":
            _, no, text = row
            ws.cell(r, 1, no).alignment = center
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
            ws.cell(r, 2, text).alignment = wrap
            for c in range(1, 6):
                ws.cell(r, c).border = box
                ws.cell(r, c).fill = PatternFill("solid", fgColor="F2F2F2")
            ws.row_dimensions[r].height = 32
            r += 1
            continue
        no, kind, q, code, fn, rem = row
        ws.cell(r, 1, no).alignment = center
        ws.cell(r, 2, q).alignment = wrap
        ws.cell(r, 3, answer(code)).alignment = wrap
        if fn: ws.cell(r, 4, fn).alignment = wrap
        if rem: ws.cell(r, 5, rem).alignment = wrap
        for c in range(1, 6):
            ws.cell(r, c).border = box
        ws.row_dimensions[r].height = 32
        d = {"kind": kind, "submission": code}
        if fn: d["fileName"] = fn
        if rem: d["remarks"] = rem
        out.append((r, d))
        r += 1
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    return out

wb = Workbook()
g = wb.active
g.title = "記入要領"
g.column_dimensions["A"].width = 100
for i, t in enumerate([
    "【記入要領】",
    "1. 「回答票」シートに医療機関名と提出日を記入してください（「記入例」シートは参考です。提出不要）。",
    "2. 各設問の回答欄は、該当するものの□を■に置き換えてください。",
    "3. 提出する書類は添付ファイル名を記入し、本回答票と併せて保健所へ提出してください。",
    "4. 6・7は作成している場合のみ提出してください。作成していない場合は「未作成」を選択してください。",
    "5. 問い合わせ先：岡山県保健医療部医療推進課医事班 TEL 086-226-7403",
], start=1):
    g.cell(i, 1, t)

ex = wb.create_sheet("記入例")
draw(ex, "○○病院（記入例）", "令和6年10月1日", [
    ("1", "1", QUESTIONS["1"], "SUBMITTED", "1_医療機関確認用.pdf", None),
    ("H", "2", QUESTIONS["2"]),
    ("2-1", "2", "事業者①", "SUBMITTED", "2-1_事業者確認用_電子カルテ.pdf", "電子カルテ：○○株式会社"),
    ("3", "3", QUESTIONS["3"], "SUBMITTED", "3_最低限の措置編.pdf", None),
    ("4", "4", QUESTIONS["4"], "SUBMITTED", "4_機器管理台帳.xlsx", None),
    ("5", "5", QUESTIONS["5"], "SUBMITTED", "5_連絡体制図.pdf", None),
    ("6", "6", QUESTIONS["6"], "NOT_CREATED", None, "（例）次年度作成予定"),
    ("7", "7", QUESTIONS["7"], "NOT_CREATED", None, None),
])
ex.sheet_properties.tabColor = "FF0000"

ws = wb.create_sheet(SHEET)
FAC = "医療法人清流会 清流記念病院"
rows = [
    ("1", "1", QUESTIONS["1"], "SUBMITTED", "1_医療機関確認用チェックリスト.pdf", None),
    ("H", "2", QUESTIONS["2"]),
    ("2-1", "2", "事業者①", "SUBMITTED", "2-1_事業者確認用_電子カルテ.pdf", "電子カルテ：株式会社吉備メディカルソフト"),
    ("2-2", "2", "事業者②", "SUBMITTED", "2-2_事業者確認用_PACS.xlsx", "PACS：山陽画像システム株式会社"),
    ("2-3", "2", "事業者③", "SUBMITTED", "2-3_事業者確認用_臨床検査.pdf", "臨床検査システム：ラボネット中国株式会社"),
    ("3", "3", QUESTIONS["3"], "SUBMITTED", "3_最低限の措置編.pdf", None),
    ("4", "4", QUESTIONS["4"], "SUBMITTED", "4_機器管理台帳（令和6年12月版）.xlsx", None),
    ("5", "5", QUESTIONS["5"], "SUBMITTED", "5_連絡体制図.pdf", None),
    ("6", "6", QUESTIONS["6"], "NOT_CREATED", None, "令和7年度に事業者と作成予定"),
    ("7", "7", QUESTIONS["7"], "SUBMITTED", "7_BCP（サイバー攻撃編）.pdf", "確認表に基づき令和6年10月策定"),
]
out = draw(ws, FAC, "R6.12.3", rows)
wb.active = 2

tmp = tempfile.mkdtemp()
src = os.path.join(tmp, NAME + ".xlsx")
wb.save(src)
outdir = os.path.join(tmp, "lo"); os.makedirs(outdir)
subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                "--convert-to", "xlsx", "--outdir", outdir, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
shutil.rmtree(tmp)

expected = {
    "form": "inspection-documents",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FAC, "submittedOn": "2024-12-03", "documents": [d for _, d in out]},
    "planted": [],
    "notes": ("No planted problem. The real answers are on sheet '回答票' (third sheet); sheet '記入例' (before it, red tab) is a correctly "
              "labelled example for a fictitious ○○病院 and must be ignored; '記入要領' is instructions. Answers are checkbox text in one "
              "cell: the option after ■ is chosen (e.g. '□提出する　■未作成　□作成済（提出しない）' -> NOT_CREATED). Row 8 (No. 2) is a "
              "question heading without an answer; the vendor sub-rows 2-1..2-3 are the three kind-'2' documents. Header label and value "
              "share one cell ('医療機関名：...'); 提出日 'R6.12.3' = 2024-12-03. kind is given as a string. Re-saved by LibreOffice. "
              "Document 6 not created is allowed (作成していれば提出)."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok", [r for r, _ in out])
