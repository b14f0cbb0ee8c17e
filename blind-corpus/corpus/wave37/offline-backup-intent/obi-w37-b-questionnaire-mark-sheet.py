# Generator: paper-style answer sheet (回答票) of the offline-backup intent survey, drawn like a prefecture
# office's Excel version of the Forms questions (No. | 設問 | 回答 with ● marks), filled by a hospital.
# Saved by openpyxl, then re-saved by LibreOffice.
import sys, json, os, shutil, subprocess, tempfile
sys.path.insert(0, "/tmp/obi-pylib")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = "/work/blind/wave37/offline-backup-intent/"
NAME = "obi-w37-b-questionnaire-mark-sheet"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
grey = PatternFill("solid", fgColor="D9D9D9")
yellow = PatternFill("solid", fgColor="FFF2CC")

wb = Workbook()
# --- sheet 1: 記入要領 ---
g = wb.active
g.title = "記入要領"
g.column_dimensions["A"].width = 3
g.column_dimensions["B"].width = 100
lines = [
    "【記入要領】オフラインバックアップ支援意向に関するアンケート（回答票）",
    "",
    "１．本票は、ポータルシステムから配布されるWebアンケート（Microsoft Forms）と同じ設問を記載したものです。",
    "　　Formsでの回答が難しい場合、又は院内で回答内容を確認する場合にご利用ください。",
    "２．回答にあたっては「別紙5_各媒体におけるオフライン状態の定義」「別紙6_オフラインバックアップ支援可能物品一覧」を",
    "　　ご確認の上、現在の電子カルテのバックアップ方法等を電子カルテベンダ様にご確認ください。",
    "３．選択式の設問は、該当する選択肢の左の欄に「●」を１つだけ記入してください。",
    "４．２．患者数は、Microsoft Teamsの「00_医療機関データ」に表示されている患者情報数を、1～3000の数値で記入してください。",
    "５．３．で「既に運用を開始している」を選択した場合、４．５．は回答不要です（本事業での支援対象外となります）。",
    "　　４．で「本事業での支援は不要」を選択した場合、５．は回答不要です。",
    "６．支援方針欄は事務局が記入します。記入しないでください。",
    "７．回答期限：８月30日（金）（二次募集医療機関）",
]
for i, t in enumerate(lines, start=2):
    g.cell(row=i, column=2, value=t)
g["B2"].font = Font(bold=True, size=12)

# --- sheet 2: 回答票 ---
ws = wb.create_sheet("回答票")
for col, w in zip("ABCDEFG", [2, 6, 44, 5, 58, 8, 2]):
    ws.column_dimensions[col].width = w
ws["B1"] = "オフラインバックアップ支援意向に関するアンケート　回答票"
ws["B1"].font = Font(bold=True, size=14)
ws["B2"] = "医療機関におけるサイバーセキュリティ確保事業（令和６年度）"
ws["B3"] = "※選択式の設問は、該当する選択肢の左欄に「●」を記入してください。"
ws["B3"].font = Font(size=9, color="C00000")
ws["E4"] = "回答日：令和6年8月26日"
ws["E5"] = "記入者：医事課　情報システム係　香西 直樹（内線 215）"

def hdr(r):
    for c, t in (("B", "No."), ("C", "設問"), ("D", "回答"), ):
        ws[f"{c}{r}"] = t
    ws.merge_cells(f"D{r}:F{r}")
    for c in "BCDEF":
        ws[f"{c}{r}"].fill = grey
        ws[f"{c}{r}"].border = box
        ws[f"{c}{r}"].alignment = center
        ws[f"{c}{r}"].font = Font(bold=True)
hdr(7)

def bord(r1, r2):
    for r in range(r1, r2 + 1):
        for c in "BCDEF":
            ws[f"{c}{r}"].border = box

# 1. 病院名
ws["B8"] = "１．"; ws["C8"] = "病院名（正式名称）"
ws.merge_cells("D8:F8"); ws["D8"] = "医療法人 綾川会 綾川中央病院"
bord(8, 8)
# 2. 患者数  (PLANTED: over the 1-3000 bound)
ws["B9"] = "２．"; ws["C9"] = "患者数\n（Teams「00_医療機関データ」の患者情報数、1～3000）"
ws.merge_cells("D9:E9"); ws["D9"] = 4820; ws["D9"].number_format = "#,##0"
ws["F9"] = "件"
bord(9, 9)
ws.row_dimensions[9].height = 32

def choice(r, no, q, opts, mark=None):
    n = len(opts)
    ws[f"B{r}"] = no; ws[f"C{r}"] = q
    ws.merge_cells(f"B{r}:B{r+n-1}"); ws.merge_cells(f"C{r}:C{r+n-1}")
    for i, o in enumerate(opts):
        ws[f"E{r+i}"] = f"{i+1}　{o}"
        ws.merge_cells(f"E{r+i}:F{r+i}")
        ws[f"D{r+i}"].alignment = center
        ws[f"D{r+i}"].fill = yellow
        ws[f"E{r+i}"].alignment = wrap
        if mark == i:
            ws[f"D{r+i}"] = "●"
    bord(r, r + n - 1)

choice(10, "３．", "現在の電子カルテのバックアップの状況",
       ["既に電子カルテのオフラインバックアップの運用を開始している",
        "電子カルテベンダ等とオフラインバックアップの方針を検討中",
        "オフラインバックアップは実施していない"], mark=2)
# 4. intent  (PLANTED: left unanswered)
choice(13, "４．", "本事業による支援の意向\n（３．で1を選択した場合は回答不要）",
       ["本事業で支援可能なサーバ・物品を新設する【調達は年度内に可能】",
        "本事業で支援可能なサーバ・物品を新設する【調達は次年度以降】",
        "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する",
        "電子カルテベンダ等と方針を検討中のため、本事業での支援は不要"], mark=None)
choice(17, "５．", "バックアップの保存先（希望）\n（４．で4を選択した場合は回答不要）",
       ["院内の物理媒体", "外部クラウド環境（サーバの新設は不要）"], mark=0)
ws["B19"] = "６．"; ws["C19"] = "備考（ご意見・ご質問等）"
ws.merge_cells("D19:F19")
ws["D19"] = "電子カルテの更新が令和8年度に予定されています。\n更新時期との兼ね合いについて打合せでご相談したいです。"
ws["D19"].alignment = Alignment(wrap_text=True, vertical="top")
ws.row_dimensions[19].height = 48
bord(19, 19)
for r in range(8, 20):
    ws[f"B{r}"].alignment = center
    ws[f"C{r}"].alignment = wrap

# second table: secretariat box (left blank by the hospital)
ws["B22"] = "【事務局記入欄】"
ws["B22"].font = Font(bold=True)
ws["B23"] = "支援方針"; ws.merge_cells("B23:C23")
ws.merge_cells("D23:F23")
ws["B24"] = "（支援A／支援B／支援C／報告のみ／対象外）"
ws["B24"].font = Font(size=9)
for c in "BCDEF":
    ws[f"{c}23"].border = box
ws["B23"].fill = grey

ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.print_area = "A1:G24"

# hidden list sheet (prefecture leftovers)
h = wb.create_sheet("list")
for i, t in enumerate(["●", "○", ""], start=1):
    h.cell(row=i, column=1, value=t)
h.sheet_state = "hidden"
wb.active = 1

tmpd = tempfile.mkdtemp(prefix="obi-b-")
src = os.path.join(tmpd, NAME + ".xlsx")
wb.save(src)
outd = os.path.join(tmpd, "lo")
os.makedirs(outd)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outd, src],
               check=True, capture_output=True)
shutil.copy(os.path.join(outd, NAME + ".xlsx"), OUT + NAME + ".xlsx")

exp = {
    "form": "offline-backup-intent", "version": "R6", "file": NAME + ".xlsx",
    "values": {
        "hospitalName": "医療法人 綾川会 綾川中央病院",
        "patientCount": 4820,
        "currentState": "NOT_IMPLEMENTED",
        "storage": "ON_PREMISES_MEDIA",
        "remarks": "電子カルテの更新が令和8年度に予定されています。\n更新時期との兼ね合いについて打合せでご相談したいです。",
    },
    "planted": [
        {"cells": ["回答票!D9"], "paths": ["patientCount"],
         "why": "患者数 4,820 is outside the survey's bound of 1–3000"},
        {"cells": ["回答票!D13", "回答票!D14", "回答票!D15", "回答票!D16"], "paths": ["intent"],
         "why": "required answer missing: 支援の意向 (Q4) has no ● although Q3 is 未実施 (not 運用開始済み), so no 支援方針 can be derived"},
    ],
    "notes": ("Questionnaire layout, answers marked with ● in column D beside the option in column E. "
              "回答日 (令和6年8月26日) and 記入者 in E4/E5 are not survey keys. "
              "事務局記入欄 支援方針 (D23) left blank on purpose (no supportPolicy). "
              "記入要領 sheet is instructions only; hidden sheet 'list'. Re-saved by LibreOffice."),
}
with open(OUT + NAME + ".expected.json", "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
