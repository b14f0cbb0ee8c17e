# Generator: offline-backup-intent, workbook a (hospital's internal answer sheet before entering the Web survey:
# No. | 設問 | mark | 選択肢, ■ before the chosen option, derived 支援方針 by formula, re-saved by LibreOffice).
# No planted problem.
import json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "obi-w45-a-questionnaire-marks"

wb = Workbook()
ws = wb.active
ws.title = "回答控え"
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr = PatternFill("solid", fgColor="D9E1F2")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(wrap_text=True, vertical="center")
for col, w in zip("ABCD", [6, 44, 6, 58]):
    ws.column_dimensions[col].width = w

ws.merge_cells("A1:D1")
ws["A1"] = "オフラインバックアップ支援意向に関するアンケート（回答控え）"
ws["A1"].font = Font(bold=True, size=14); ws["A1"].alignment = center
ws.merge_cells("A2:D2")
ws["A2"] = "※ポータルシステムのWebアンケート（Microsoft Forms）へ入力する前の院内確認用。選択した項目の□を■にしてください。"
ws["A2"].font = Font(size=9)
ws.merge_cells("A3:D3")
ws["A3"] = "参照資料：別紙5_各媒体におけるオフライン状態の定義／別紙6_オフラインバックアップ支援可能物品一覧"
ws["A3"].font = Font(size=9)

for j, h in enumerate(["No.", "設問", "回答", ""], 1):
    c = ws.cell(5, j, h); c.fill = hdr; c.border = B; c.alignment = center
ws.merge_cells("C5:D5")

def q_single(r, no, text, value, fmt=None):
    ws.cell(r, 1, no); ws.cell(r, 2, text)
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
    c = ws.cell(r, 3, value)
    if fmt:
        c.number_format = fmt
    for k in range(1, 5):
        ws.cell(r, k).border = B
    ws.cell(r, 1).alignment = center; ws.cell(r, 2).alignment = wrap; c.alignment = wrap

def q_choice(r, no, text, options, chosen):
    n = len(options)
    ws.merge_cells(start_row=r, start_column=1, end_row=r + n - 1, end_column=1)
    ws.merge_cells(start_row=r, start_column=2, end_row=r + n - 1, end_column=2)
    ws.cell(r, 1, no).alignment = center
    ws.cell(r, 2, text).alignment = wrap
    for i, opt in enumerate(options):
        ws.cell(r + i, 3, "■" if i == chosen else "□").alignment = center
        ws.cell(r + i, 4, opt).alignment = wrap
        for k in range(1, 5):
            ws.cell(r + i, k).border = B
    return r + n

q_single(6, 1, "患者数を入力してください。\nMicrosoft Teamsの「00_医療機関データ」に表示されている患者情報数を記入ください。（1～3000）",
         1240, '#,##0"人"')
ws.row_dimensions[6].height = 48
q_single(7, 2, "病院名を入力してください。", "医療法人 緑風会 みどり台病院")
r = q_choice(8, 3, "現在の電子カルテのバックアップの状況を選択してください。", [
    "既に電子カルテのオフラインバックアップを運用している",
    "電子カルテベンダ等とオフラインバックアップの方針を検討中である",
    "オフラインバックアップは実施していない",
], 2)
r = q_choice(r, 4, "本事業によるオフラインバックアップ支援の意向を選択してください。", [
    "本事業で支援可能なサーバ・物品を新設する（年度内に調達可能）",
    "本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）",
    "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する",
    "本事業での支援は不要（電子カルテベンダ等と検討中）",
], 2)
r = q_choice(r, 5, "オフラインバックアップの保存先を選択してください。", [
    "院内の物理媒体",
    "外部クラウド",
], 0)
remarks = "既存のバックアップサーバにRDX媒体を接続する方向で電子カルテベンダと相談中。\n媒体の調達・保守は当院で手配します。"
q_single(r, 6, "ご意見・ご質問等（任意）", remarks)
ws.row_dimensions[r].height = 40
r += 2
ws.cell(r, 2, "支援方針（見込み）※自動判定").font = Font(bold=True)
ws.cell(r, 2).border = B; ws.cell(r, 2).fill = hdr
ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
ws.cell(r, 3, '=IF(C8="■","対象外",IF(C14="■","報告のみ",IF(C11="■","支援A",IF(C12="■","支援B",IF(C13="■","支援C","")))))')
ws.cell(r, 3).border = B; ws.cell(r, 4).border = B; ws.cell(r, 3).alignment = center
policy_row = r
ws.cell(r + 1, 2, "支援A/B：サーバ・物品を新設（A：年度内調達、B：次年度以降）　支援C：既存設備に媒体を接続　"
                  "報告のみ：ベンダ等と検討中で支援不要　対象外：運用中").font = Font(size=8)
ws.page_setup.orientation = "portrait"
ws.sheet_properties.pageSetUpPr.fitToPage = True

tmpd = tempfile.mkdtemp(prefix="obi_a_")
src = os.path.join(tmpd, NAME + ".xlsx")
wb.save(src)
outd = os.path.join(tmpd, "out"); os.makedirs(outd)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outd, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outd, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
shutil.rmtree(tmpd)

expected = {
    "form": "offline-backup-intent",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "hospitalName": "医療法人 緑風会 みどり台病院",
        "patientCount": 1240,
        "currentState": "NOT_IMPLEMENTED",
        "intent": "CONNECT_EXISTING",
        "storage": "ON_PREMISES_MEDIA",
        "remarks": remarks,
        "supportPolicy": "SUPPORT_C",
    },
    "planted": [],
    "notes": ("Questionnaire layout: choices marked ■ (chosen) / □ in column C before the option text in D. 患者数 is a "
              "number cell shown as '1,240人' by its number format. 支援方針 (C%d) is an IF formula over the marks; the "
              "workbook was re-saved by LibreOffice so its cached result '支援C' is present." % policy_row),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(expected, fh, ensure_ascii=False, indent=2)
