# Generator for obi-w47-b-questionnaire-marks-policy.xlsx
# The Excel answer sheet the secretariat sends to a hospital that cannot use the web form: questionnaire layout
# (No. | 設問 | 回答欄 | 選択肢), a ○ in the 回答欄 beside the chosen option, a 事務局使用欄 whose 支援方針 is a formula
# (re-saved by LibreOffice so the result is cached), and a 記入要領 sheet.
# Planted: 患者数 3500, outside the survey's bound 1–3000.
import os, shutil, subprocess, sys, tempfile
sys.path.insert(0, "/tmp/sr-hs-obi-py")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "obi-w47-b-questionnaire-marks-policy.xlsx"

wb = Workbook()
ws = wb.active
ws.title = "回答票"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
f = Font(name="メイリオ", size=10)
hdr = PatternFill("solid", fgColor="E2EFDA")
sec = PatternFill("solid", fgColor="D9D9D9")
for col, w in zip("ABCD", (7, 46, 8, 52)):
    ws.column_dimensions[col].width = w

ws.merge_cells("A1:D1")
ws["A1"] = "オフラインバックアップ支援意向に関するアンケート（回答票）"
ws["A1"].font = Font(name="メイリオ", size=13, bold=True)
ws.merge_cells("A2:D2")
ws["A2"] = "「別紙5_各媒体におけるオフライン状態の定義」「別紙6_オフラインバックアップ支援可能物品一覧」をご確認のうえ、回答欄に○を記入してください。"
ws["A2"].font = Font(name="メイリオ", size=9)
ws["A2"].alignment = Alignment(wrap_text=True)
ws.row_dimensions[2].height = 28

for c, h in enumerate(["No.", "設問", "回答欄", "選択肢"], start=1):
    ws.cell(4, c, h).fill = hdr
    ws.cell(4, c).font = Font(name="メイリオ", size=10, bold=True)
    ws.cell(4, c).border = box
    ws.cell(4, c).alignment = Alignment(horizontal="center")


def q_free(row, no, text, val):
    ws.cell(row, 1, no)
    ws.cell(row, 2, text)
    ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=4)
    ws.cell(row, 3, val)
    for c in range(1, 5):
        ws.cell(row, c).border = box
        ws.cell(row, c).font = f
        ws.cell(row, c).alignment = Alignment(wrap_text=True, vertical="center")


def q_choice(row, no, text, options, chosen):
    n = len(options)
    ws.merge_cells(start_row=row, start_column=1, end_row=row + n - 1, end_column=1)
    ws.merge_cells(start_row=row, start_column=2, end_row=row + n - 1, end_column=2)
    ws.cell(row, 1, no)
    ws.cell(row, 2, text)
    for i, opt in enumerate(options):
        ws.cell(row + i, 3, "○" if i == chosen else None)
        ws.cell(row + i, 4, f"{i + 1}. {opt}")
        ws.cell(row + i, 3).alignment = Alignment(horizontal="center", vertical="center")
    for r in range(row, row + n):
        for c in range(1, 5):
            ws.cell(r, c).border = box
            ws.cell(r, c).font = f
        ws.cell(r, 4).alignment = Alignment(wrap_text=True, vertical="center")
    ws.cell(row, 1).alignment = Alignment(horizontal="center", vertical="center")
    ws.cell(row, 2).alignment = Alignment(wrap_text=True, vertical="center")


q_free(5, "問1", "病院名を入力してください。", "医療法人 緑水会 みどり台病院")
q_free(6, "問2", "患者数を入力してください。（1から3000の間の数値）\n※「00_医療機関データ」に表示されている患者情報数", 3500)
ws.row_dimensions[6].height = 44
ws.cell(5, 1).alignment = Alignment(horizontal="center", vertical="center")
ws.cell(6, 1).alignment = Alignment(horizontal="center", vertical="center")
q_choice(7, "問3", "現在の電子カルテのバックアップの状況",
         ["既存環境で電子カルテのオフラインバックアップの運用を開始している",
          "電子カルテベンダ等とオフラインバックアップの方針を検討中",
          "オフラインバックアップは実施していない"], 2)
q_choice(10, "問4", "本事業による支援の意向\n（問3で1を選択した場合は回答不要）",
         ["本事業で支援可能なサーバ・物品を新設する（年度内に調達可能）",
          "本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）",
          "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する",
          "本事業での支援は不要（電子カルテベンダ等と検討中）"], 0)
q_choice(14, "問5", "バックアップの保存先\n（問4で4を選択した場合は回答不要）",
         ["院内の物理媒体", "外部クラウド"], 0)
q_free(16, "問6", "備考（ご質問・ご意見等）", "新設サーバの設置場所（サーバ室のラック空き）を確認中です。\n打合せには電子カルテベンダも同席予定。")
ws.row_dimensions[16].height = 40
ws.cell(16, 1).alignment = Alignment(horizontal="center", vertical="center")

ws.cell(18, 1, "事務局使用欄").fill = sec
ws.merge_cells("A18:B18")
ws.cell(19, 1, "支援方針")
ws.merge_cells("A19:B19")
ws.cell(19, 3, '=IF(C7<>"","対象外",IF(C13<>"","報告のみ",IF(C10<>"","支援A",IF(C11<>"","支援B",IF(C12<>"","支援C","")))))')
ws.merge_cells("C19:D19")
for r in (18, 19):
    for c in range(1, 5):
        ws.cell(r, c).border = box
        ws.cell(r, c).font = f

g = wb.create_sheet("記入要領")
g.column_dimensions["A"].width = 100
guide = [
    "【記入要領】",
    "1. 問1・問2は必須です。問2は1から3000の間の数値を入力してください。",
    "2. 問3～問5は該当する選択肢の回答欄に「○」を1つ記入してください。",
    "3. 既にオフラインバックアップを運用している場合は、問3で1を選択し、問4・問5は回答不要です（本事業の支援対象外）。",
    "4. ベンダ等と方針を検討中で本事業での支援が不要な場合は、問4で4を選択してください（報告のみ）。",
    "5. 外部クラウドに保存する場合、サーバの新設は不要です。",
    "6. 事務局使用欄は記入しないでください（回答から支援方針が自動表示されます）。",
]
for i, t in enumerate(guide, start=1):
    g.cell(i, 1, t)

tmpd = tempfile.mkdtemp()
src = os.path.join(tmpd, NAME)
wb.save(src)
outd = os.path.join(tmpd, "lo")
os.makedirs(outd)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outd, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outd, NAME), os.path.join(OUT, NAME))
shutil.rmtree(tmpd)
print("saved", NAME)
