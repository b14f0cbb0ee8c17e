# Generator: prefecture office's paper-style 回答票 for the オフラインバックアップ支援意向に関するアンケート
# (for hospitals that cannot answer the Web form), questionnaire layout No. | 設問 | ○ | 選択肢,
# with a 記入要領 sheet and a reference sheet of the 支援方針 table; filled by a hospital IT person.
# Re-saved by LibreOffice afterwards.
import sys, os, subprocess, shutil, tempfile
sys.path.insert(0, "/tmp/obi-w43-py")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, Border, Side, PatternFill

DIR = "/work/blind/wave43/offline-backup-intent"
NAME = "obi-w43-b-prefecture-qa-circle-marks.xlsx"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
grey = PatternFill("solid", fgColor="D9D9D9")
yellow = PatternFill("solid", fgColor="FFF2CC")
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = "回答票"
for col, w in zip("ABCDEFG", [2, 6, 34, 7, 52, 2, 2]):
    ws.column_dimensions[col].width = w

ws.merge_cells("B1:E1")
ws["B1"] = "オフラインバックアップ支援意向に関するアンケート　回答票"
ws["B1"].font = Font(size=14, bold=True)
ws["B1"].alignment = Alignment(horizontal="center")
ws.merge_cells("B2:E2")
ws["B2"] = ("※ポータルシステムのWebアンケート（Microsoft Forms）で回答できない場合は、本票に記入のうえ"
            "香川県健康福祉部医務国保課あてメールでご提出ください（提出期限：令和6年8月30日（金））。")
ws["B2"].alignment = wrap
ws.row_dimensions[2].height = 30
ws["E3"] = "記入日：令和6年8月27日"
ws["E3"].alignment = Alignment(horizontal="right")

# respondent block (not survey keys)
r = 5
for label, val in [("所属・役職", "事務部 情報システム係 主任"), ("担当者氏名", "大西 健太"),
                   ("電話番号", "0877-23-5541"), ("メールアドレス", "k-onishi@marugame-hikari.example.jp")]:
    ws.cell(r, 2, label).border = box
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    ws.cell(r, 2).fill = grey
    ws.cell(r, 4, val).border = box
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
    r += 1

# question table
hr = 10
for c, t in zip(range(2, 6), ["No.", "設問", "○印", "選択肢／回答"]):
    cell = ws.cell(hr, c, t)
    cell.fill = grey
    cell.border = box
    cell.alignment = center
    cell.font = Font(bold=True)

def question(row, no, text, options, marks=None, answer=None, height=None):
    """options: list of option texts (each gets a ○ cell); or answer: free answer in D:E."""
    n = len(options) if options else 1
    ws.cell(row, 2, no)
    ws.cell(row, 3, text)
    if n > 1:
        ws.merge_cells(start_row=row, start_column=2, end_row=row + n - 1, end_column=2)
        ws.merge_cells(start_row=row, start_column=3, end_row=row + n - 1, end_column=3)
    for i in range(n):
        for c in range(2, 6):
            ws.cell(row + i, c).border = box
        ws.cell(row + i, 2).alignment = center
        ws.cell(row + i, 3).alignment = wrap
        if options:
            ws.cell(row + i, 4).alignment = center
            ws.cell(row + i, 4).fill = yellow
            ws.cell(row + i, 5, "□ " + options[i]).alignment = wrap
            if marks and i in marks:
                ws.cell(row + i, 4, "○")
        if height:
            ws.row_dimensions[row + i].height = height
    if not options:
        ws.merge_cells(start_row=row, start_column=4, end_row=row, end_column=5)
        ws.cell(row, 4).fill = yellow
        ws.cell(row, 4).alignment = Alignment(wrap_text=True, vertical="center")
        if answer is not None:
            ws.cell(row, 4, answer)
    return row + n

row = hr + 1
row = question(row, "１", "病院名（正式名称）", None, answer="医療法人社団 光風会 丸亀ひかり病院", height=24)
row = question(row, "２", "患者数\n（Microsoft Teams「00_医療機関データ」に表示されている患者情報数。1～3000の数値）",
               None, answer="3,500", height=48)      # planted: over 3000
row = question(row, "３", "現在の電子カルテのバックアップの状況\n（「別紙5_各媒体におけるオフライン状態の定義」を参照）",
               ["既にオフラインバックアップを取得し、運用している",
                "電子カルテベンダ等とオフラインバックアップの方針を検討中である",
                "オフラインバックアップは実施していない"], marks={2}, height=22)
q4 = row
row = question(row, "４", "本事業での支援の意向\n（３で「既に運用している」を選んだ場合は記入不要）",
               ["本事業で支援可能なサーバ・物品を新設する（年度内に調達可能）",
                "本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）",
                "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する",
                "本事業での支援は不要（電子カルテベンダ等と方針を検討中）"], marks=set(), height=22)  # planted: none marked
row = question(row, "５", "オフラインバックアップの保存先の希望\n（４で支援を希望する場合）",
               ["院内の物理媒体", "外部クラウド（サーバの新設は不要）"], marks={0}, height=22)
row = question(row, "６", "備考（ご質問・ご要望等）", None,
               answer="現在は電子カルテサーバ内の別ディスクへの日次バックアップのみです。\n"
                      "予算は次回の理事会で相談予定。", height=48)

row += 1
ws.cell(row, 2, "【県・事務局記入欄】").font = Font(bold=True)
row += 1
for label in ["受付日", "支援方針（支援A／支援B／支援C／報告のみ／対象外）"]:
    ws.cell(row, 2, label).border = box
    ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=3)
    ws.cell(row, 2).fill = grey
    ws.cell(row, 4).border = box
    ws.merge_cells(start_row=row, start_column=4, end_row=row, end_column=5)
    row += 1

ws.print_area = f"A1:F{row}"
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True

# 記入要領
ins = wb.create_sheet("記入要領")
ins.column_dimensions["A"].width = 100
lines = [
    "記入要領",
    "１　黄色のセルにご記入ください。選択式の設問は、該当する選択肢の左の「○印」欄に○を１つ記入してください。",
    "２　設問２の患者数は、Microsoft Teamsの「00_医療機関データ」に表示されている患者情報数を、1から3000の間の数値で記入してください。",
    "３　設問３で「既にオフラインバックアップを取得し、運用している」を選んだ場合、本事業の支援対象外となります（設問４・５は記入不要）。",
    "４　電子カルテベンダ等と方針を検討中で、本事業での支援が不要な場合は、設問４で「本事業での支援は不要」を選んでください（報告のみ）。",
    "５　外部クラウドに保存する場合は、クラウド接続装置をクラウド事業者が調達・設置します（サーバの新設は不要）。",
    "６　支援方針は回答内容から事務局が決定します。「県・事務局記入欄」には記入しないでください。",
]
for i, t in enumerate(lines, 1):
    ins.cell(i, 1, t).alignment = Alignment(wrap_text=True)
ins["A1"].font = Font(size=12, bold=True)

# reference table (briefing's table, abbreviated)
ref = wb.create_sheet("支援方針（参考）")
for col, w in zip("ABCD", [12, 40, 44, 44]):
    ref.column_dimensions[col].width = w
ref["A1"] = "支援方針ごとの対応範囲（参考）"
ref["A1"].font = Font(bold=True)
tbl = [
    ("支援方針", "概要", "医療機関で必要な対応", "本事業での支援対応"),
    ("支援A", "支援可能なサーバ、物品を新設する意向あり（調達が年度内に可能）",
     "Webアンケート回答\n打ち合わせ対応（2～3回程度）\n新設サーバ、バックアップ媒体の調達・保守手配\n既存機器の設定変更対応（手配）\n現地作業における立ち合い対応",
     "要件の共有\n既存バックアップの状況、計画の意向を確認\n計画・運用手順の策定を支援\n新設サーバ、バックアップ媒体の現地構築、設置対応"),
    ("支援B", "支援可能なサーバ、物品を新設する意向あり（調達は次年度以降）",
     "Webアンケート回答\n打ち合わせ対応（2～3回程度）\n新設サーバ、バックアップ媒体の調達・保守手配\n既存機器の設定変更対応（手配）\n新設サーバの構築作業（次年度以降）",
     "要件の共有\n既存バックアップの状況、計画の意向を確認\n計画・運用手順の策定を支援\n現地構築手順を提供"),
    ("支援C", "支援可能なサーバを導入の意向なし。既存設備に支援可能な媒体を接続",
     "Webアンケート回答\n打ち合わせ対応（1回程度）\nバックアップ媒体の調達・保守手配\n既存機器の設定変更対応（手配）",
     "要件の共有\n既存バックアップの状況、計画の意向を確認\n計画の策定を支援"),
    ("報告のみ", "電子カルテベンダ等と方針検討中であり、支援不要",
     "なし（アンケート回答のみで完了）", "要件の共有\n検討中の方針（構成概要、導入予定期）をヒアリングし厚労省へ報告"),
    ("対象外", "既に電子カルテのオフラインバックアップの運用を開始している",
     "なし（アンケート回答のみで完了）", "要件の共有\n導入済の方針（構成概要）をヒアリングし厚労省へ報告"),
]
for i, rowv in enumerate(tbl, 3):
    for j, v in enumerate(rowv, 1):
        c = ref.cell(i, j, v)
        c.border = box
        c.alignment = Alignment(wrap_text=True, vertical="top")
        if i == 3:
            c.fill = grey
            c.font = Font(bold=True)

tmpd = tempfile.mkdtemp(prefix="obi-w43-b-")
tmp = os.path.join(tmpd, NAME)
wb.save(tmp)
# re-save with LibreOffice
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", os.path.join(tmpd, "lo"), tmp],
               check=True, capture_output=True)
shutil.copy(os.path.join(tmpd, "lo", NAME), os.path.join(DIR, NAME))
print("saved", os.path.join(DIR, NAME), "q4 rows start", q4)
