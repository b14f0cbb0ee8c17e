# obi-w6-a: Microsoft Forms response export of the オフラインバックアップ支援意向に関するアンケート
# (one sheet, one row per hospital, question texts as headers, Forms' own columns), downloaded by the
# secretariat, who appended a formula column 支援方針（事務局判定）. Re-saved by LibreOffice so the formula
# results are cached.
import os, subprocess, shutil, tempfile
from datetime import datetime
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.table import Table, TableStyleInfo

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "obi-w6-a-forms-export.xlsx"

S_OP = "既に電子カルテのオフラインバックアップを運用している"
S_PL = "電子カルテベンダ等とオフラインバックアップの方針を検討中"
S_NO = "オフラインバックアップは実施していない"
I_A = "本事業で支援可能なサーバ・物品を新設する（年度内に調達可能）"
I_B = "本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）"
I_C = "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する"
I_N = "本事業での支援は不要"
ST_M = "院内の物理媒体"
ST_C = "外部クラウド環境"

headers = [
    "ID", "開始時刻", "完了時刻", "メール", "名前",
    "病院名を入力してください。",
    "患者数を入力してください。\nMicrosoft Teamsの「00_医療機関データ」に表示されている患者情報数を記入ください。",
    "現在の電子カルテのバックアップの状況について、該当するものを選択してください。\n（「別紙5_各媒体におけるオフライン状態の定義」をご確認ください）",
    "本事業でのオフラインバックアップ支援の意向について、該当するものを選択してください。",
    "オフラインバックアップの保存先として希望するものを選択してください。",
    "ご意見・備考等がありましたらご記入ください。",
    "支援方針（事務局判定）",
]
rows = [
    (1, datetime(2024, 8, 5, 10, 2, 41), datetime(2024, 8, 5, 10, 9, 13), "johosys@aobadai-hp.jp", "青葉台総合病院 情報システム室",
     "医療法人社団 青葉会 青葉台総合病院", 1250, S_NO, I_A, ST_M, None),
    (2, datetime(2024, 8, 7, 14, 31, 5), datetime(2024, 8, 7, 14, 40, 58), "iryojoho@minato-mc.jp", "みなと医療センター 医療情報課",
     "市立みなと医療センター", 2860, S_NO, I_B, ST_C, "次年度の予算要求で対応予定です。"),
    (3, datetime(2024, 8, 19, 9, 15, 22), datetime(2024, 8, 19, 9, 18, 47), "jimu@higashiyama-hp.or.jp", "東山病院 事務部",
     "社会医療法人 恵和会 東山病院", 480, S_OP, None, None, "LTOテープによる世代管理を実施済み（令和5年度導入）"),
    (4, datetime(2024, 8, 26, 16, 48, 9), datetime(2024, 8, 26, 16, 52, 30), "soumu@kitahama-kinen.jp", "北浜記念病院 総務課",
     "北浜記念病院", 97, S_PL, I_N, None, "電子カルテベンダと外付けHDDの切り離し運用を検討中です。"),
    (5, datetime(2024, 8, 29, 11, 20, 14), datetime(2024, 8, 29, 11, 33, 2), "system@midorino-hp.jp", "みどり野病院 システム管理室",
     "医療法人 緑風会 みどり野病院", 1500, S_NO, I_C, ST_M, "既設のバックアップサーバにRDXを接続する構成を希望します。\n打合せには電子カルテベンダも参加予定です。"),
]

wb = Workbook()
ws = wb.active
ws.title = "Sheet1"
for j, h in enumerate(headers, start=1):
    c = ws.cell(row=1, column=j, value=h)
    c.alignment = Alignment(wrap_text=True, vertical="top")
for i, r in enumerate(rows, start=2):
    for j, v in enumerate(r, start=1):
        c = ws.cell(row=i, column=j, value=v)
        if j in (2, 3):
            c.number_format = "yyyy/m/d h:mm:ss"
        if j in (11,):
            c.alignment = Alignment(wrap_text=True, vertical="top")
    ws.cell(row=i, column=12, value=(
        f'=IF(H{i}="{S_OP}","対象外",IF(I{i}="{I_N}","報告のみ",IF(I{i}="{I_A}","支援A",'
        f'IF(I{i}="{I_B}","支援B",IF(I{i}="{I_C}","支援C","要確認")))))'))
widths = [6, 18, 18, 26, 28, 34, 22, 40, 44, 22, 44, 16]
for j, w in enumerate(widths, start=1):
    ws.column_dimensions[ws.cell(row=1, column=j).column_letter].width = w
ws.row_dimensions[1].height = 60
tab = Table(displayName="Table1", ref=f"A1:L{len(rows)+1}")
tab.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
ws.add_table(tab)

tmpdir = tempfile.mkdtemp()
raw = os.path.join(tmpdir, NAME)
wb.save(raw)
outdir = os.path.join(tmpdir, "lo")
os.makedirs(outdir)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, raw], check=True)
shutil.copy(os.path.join(outdir, NAME), os.path.join(HERE, NAME))
shutil.rmtree(tmpdir)
print(os.path.join(HERE, NAME))
