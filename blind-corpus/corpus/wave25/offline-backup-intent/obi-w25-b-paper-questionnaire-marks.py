# Generator: paper (FAX) version of the offline-backup intent survey, drawn by a prefecture office
# for hospitals that cannot use the Web (Microsoft Forms) questionnaire. Q&A layout, ○ marks beside
# options, print borders, spacer column A, a reference table of 支援方針 below, and a 記入要領 sheet.
# Saved by openpyxl, then re-saved by LibreOffice (headless).
import json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = "/work/blind/wave25/offline-backup-intent/"
NAME = "obi-w25-b-paper-questionnaire-marks"
SH = "回答票"

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
grey = PatternFill("solid", fgColor="D9D9D9")
wrap = Alignment(wrap_text=True, vertical="center")
ctr = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = SH
ws.column_dimensions["A"].width = 2
ws.column_dimensions["B"].width = 6
ws.column_dimensions["C"].width = 34
ws.column_dimensions["D"].width = 8
ws.column_dimensions["E"].width = 58
ws.column_dimensions["F"].width = 2

def box(r1, c1, r2, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(r, c).border = B

ws.merge_cells("B1:E1")
ws["B1"] = "オフラインバックアップ支援意向に関するアンケート（回答票）"
ws["B1"].font = Font(size=14, bold=True)
ws["B1"].alignment = Alignment(horizontal="center")
notes = [
    "※原則、ポータルシステムから配布するWebアンケート（Microsoft Forms）にてご回答ください。"
    "Webでの回答が困難な場合に限り、本票に記入の上、事務局あてFAX又はメールでご提出ください。",
    "※回答にあたっては「別紙5_各媒体におけるオフライン状態の定義」及び"
    "「別紙6_オフラインバックアップ支援可能物品一覧」をご確認ください。",
    "※選択式の設問は、該当する選択肢の「回答欄」に○を1つ記入してください。",
    "回答期限：令和6年8月30日（金）",
]
for i, t in enumerate(notes, start=2):
    ws.merge_cells(start_row=i, start_column=2, end_row=i, end_column=5)
    ws.cell(i, 2, t).alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[i].height = 30 if len(t) > 40 else 16

r = 7
for c, t in zip(range(2, 6), ["No.", "設問", "回答欄", "選択肢"]):
    ws.cell(r, c, t).font = Font(bold=True)
    ws.cell(r, c).fill = grey
    ws.cell(r, c).alignment = ctr
box(7, 2, 7, 5)

cells = {}
def free(no, q, val, h=30):
    global r
    r += 1
    ws.cell(r, 2, no).alignment = ctr
    ws.cell(r, 3, q).alignment = wrap
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
    ws.cell(r, 4, val).alignment = wrap
    ws.row_dimensions[r].height = h
    box(r, 2, r, 5)
    return f"D{r}"

def choice(no, q, opts, mark_at=None, mark="○"):
    global r
    first = r + 1
    refs = []
    for k, o in enumerate(opts):
        r += 1
        ws.cell(r, 5, f"{k+1}. {o}").alignment = wrap
        ws.cell(r, 4).alignment = ctr
        if mark_at == k:
            ws.cell(r, 4, mark)
        refs.append(f"D{r}")
        ws.row_dimensions[r].height = 30
    ws.merge_cells(start_row=first, start_column=2, end_row=r, end_column=2)
    ws.merge_cells(start_row=first, start_column=3, end_row=r, end_column=3)
    ws.cell(first, 2, no).alignment = ctr
    ws.cell(first, 3, q).alignment = wrap
    box(first, 2, r, 5)
    return refs

HOSP = "医療法人 栗林会　栗林記念病院"
COUNT_TXT = "12,500"
REM = "現在は電子カルテサーバ内のバックアップのみ（外付けHDDへの世代管理なし）。\n媒体の選定について打合せで相談したいです。"

cells["name"] = free("Q1", "病院名（正式名称）", HOSP)
cells["count"] = free("Q2", "患者数\n（Microsoft Teamsの「00_医療機関データ」に表示されている患者情報数。1～3000の数値）",
                      COUNT_TXT, 45)
cells["state"] = choice("Q3", "現在の電子カルテのバックアップの状況", [
    "既に電子カルテのオフラインバックアップを運用している（→以降の設問は回答不要です）",
    "電子カルテベンダ等とオフラインバックアップの方針を検討中",
    "オフラインバックアップは実施していない"], mark_at=2, mark="○")
cells["intent"] = choice("Q4", "本事業による支援の意向\n（Q3で1.を選択した場合は回答不要）", [
    "本事業で支援可能なサーバ・物品を新設したい（年度内に調達可能）",
    "本事業で支援可能なサーバ・物品を新設したい（調達は次年度以降）",
    "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続したい",
    "電子カルテベンダ等と方針を検討中のため、本事業での支援は不要"], mark_at=None)
cells["storage"] = choice("Q5", "バックアップの保存先\n（Q4で1.～3.を選択した場合）\n※外部クラウドの場合、サーバの新設は不要です", [
    "院内の物理媒体", "外部クラウド環境"], mark_at=0, mark="●")
cells["rem"] = free("Q6", "備考（ご意見・ご質問等）", REM, 48)

r += 2
ws.cell(r, 2, "【記入者】").font = Font(bold=True)
for lab, val in [("所属・職名", "事務部 医事課 主任"), ("氏名", "三木 智子"),
                 ("電話番号", "087-831-2468"), ("メールアドレス", "iji@ritsurin-kinen.example.jp")]:
    r += 1
    ws.cell(r, 3, lab)
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
    ws.cell(r, 4, val)
    box(r, 3, r, 5)

r += 2
ws.cell(r, 2, "（参考）回答内容に応じた支援方針（事務局にて決定します）").font = Font(bold=True)
r += 1
for c, t in zip(range(2, 6), ["", "支援方針", "", "概要"]):
    ws.cell(r, c, t).fill = grey
ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
box(r, 2, r, 5)
for pol, desc in [("支援A", "サーバ・物品を新設する意向あり、調達が年度内に可能（現地構築・設置を支援）"),
                  ("支援B", "サーバ・物品を新設する意向あり、調達は次年度以降（構築手順を提供）"),
                  ("支援C", "サーバ新設の意向なし、既存設備に支援可能な媒体を接続（計画策定を支援）"),
                  ("報告のみ", "電子カルテベンダ等と方針検討中で支援不要（アンケート回答のみで完了）"),
                  ("対象外", "既に電子カルテのオフラインバックアップを運用中（アンケート回答のみで完了）")]:
    r += 1
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
    ws.cell(r, 3, pol).alignment = ctr
    ws.cell(r, 5, desc).alignment = wrap
    ws.row_dimensions[r].height = 30
    box(r, 2, r, 5)
ws.print_area = f"A1:F{r}"
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True

w2 = wb.create_sheet("記入要領")
w2.column_dimensions["A"].width = 100
for i, t in enumerate([
    "記入要領",
    "1. 本票は、Webアンケートでの回答が困難な医療機関向けの様式です。",
    "2. Q2の患者数は、Microsoft Teamsの「00_医療機関データ」に表示されている患者情報数（1～3000）を記入してください。",
    "3. Q3で「既に運用している」を選択した場合、Q4・Q5は回答不要です（本事業での支援対象外となります）。",
    "4. Q3で2.又は3.を選択した場合は、Q4を必ず回答してください。",
    "5. Q4で4.（支援不要）を選択した場合、Q5は回答不要です。",
    "6. 支援方針（支援A・B・C、報告のみ、対象外）は回答内容をもとに事務局にて決定します。",
], start=1):
    w2.cell(i, 1, t)
w2["A1"].font = Font(bold=True, size=12)

tmp = tempfile.mkdtemp()
src = os.path.join(tmp, NAME + ".xlsx")
wb.save(src)
# re-save with LibreOffice
outdir = os.path.join(tmp, "lo")
os.makedirs(outdir)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, src],
               check=True, capture_output=True)
shutil.copy(os.path.join(outdir, NAME + ".xlsx"), OUT + NAME + ".xlsx")
shutil.rmtree(tmp)

exp = {
    "form": "offline-backup-intent", "version": "R6", "file": NAME + ".xlsx",
    "values": {"hospitalName": HOSP, "patientCount": 12500, "currentState": "NOT_IMPLEMENTED",
               "storage": "ON_PREMISES_MEDIA", "remarks": REM},
    "planted": [
        {"cells": [f"{SH}!{cells['count']}"], "paths": ["patientCount"],
         "why": "患者数 written as '12,500' (the hospital's own patient count); the survey bounds this value to 1–3000"},
        {"cells": [f"{SH}!{c}" for c in cells["intent"]], "paths": ["intent"],
         "why": "Q4 (支援の意向) left without a mark although Q3 is 3.（実施していない）, so it is required; "
                "支援方針 cannot be derived"},
    ],
    "notes": ("Paper/FAX questionnaire (回答票), LibreOffice re-save. Choices are marked in the 回答欄 column D "
              "beside each option (Q3 with ○, Q5 with ●). Q2 is a text cell '12,500' with a thousands comma. "
              "The 記入者 block (所属・職名, 氏名, 電話, メール) has no key. The （参考）支援方針 table under the "
              "form is a static reference list, not an answer; no supportPolicy is shown for this hospital. "
              "Hospital name has a full-width space between 法人名 and 病院名."),
}
with open(OUT + NAME + ".expected.json", "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print(cells)
