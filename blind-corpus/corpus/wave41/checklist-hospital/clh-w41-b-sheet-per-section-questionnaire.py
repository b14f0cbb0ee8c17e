# Generator: clh-w41-b-sheet-per-section-questionnaire.xlsx
# Secretariat-style questionnaire split into one sheet per section (plus a 記入要領 sheet):
# No. | 確認項目 | 1回目 | 確認日 | 目標日 | 2回目 | 確認日 | 備考, a labelled 記入例 row on the first sheet,
# 【device class】 sub-heading rows, 「医療機関名：…」 in one cell. Filler deleted the unchosen option of
# 「はい・いいえ」 on sheets 1-2 and put ● before the chosen option on sheet 3; dates typed as R6.10.8 text on
# sheets 1-2, Excel date cells on sheet 3.
# Planted: 2-(2) answered はい without a 確認日; 3-(3) いいえ with 目標日 2025/6/30 (outside 令和6年度).
import sys, os, datetime as dt
sys.path.insert(0, "/tmp/clx_py")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = "/work/blind/wave41/checklist-hospital"
NAME = "clh-w41-b-sheet-per-section-questionnaire"
D = dt.datetime

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
cc = Alignment(horizontal="center", vertical="center", wrap_text=True)
cl = Alignment(horizontal="left", vertical="center", wrap_text=True)
hdr = PatternFill("solid", fgColor="FCE4D6")
subf = PatternFill("solid", fgColor="EDEDED")
exf = PatternFill("solid", fgColor="F2F2F2")
F = "ＭＳ 明朝"
HEAD = ("No.", "確認項目", "1回目", "確認日", "目標日", "2回目", "確認日", "備考")
WID = (8, 58, 11, 12, 12, 11, 12, 30)

wb = Workbook()
ins = wb.active
ins.title = "記入要領"
ins.column_dimensions["A"].width = 96
for i, t in enumerate([
    "医療機関におけるサイバーセキュリティ対策チェックリスト（医療機関確認用）　記入要領",
    "",
    "・令和6年度版チェックリストの項目を、区分ごとにシートを分けて掲載しています（3シート）。",
    "・「1回目」欄の「はい・いいえ」のうち、該当しない方を削除してください。確認日も必ず記入してください。",
    "・1回目で「いいえ」の場合は、対応の目標日（令和7年3月31日まで）を記入してください。",
    "・目標日までに対応した項目は、「2回目」欄に確認結果と確認日を記入してください。",
    "・「前提」が「いいえ」（医療情報システムを導入していない）の場合、以降の項目は記入不要です。",
    "・記入の詳細は「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル～医療機関・事業者向け～」を参照してください。",
    "・1枚目の記入例の行は消さずにそのままで結構です。",
], 1):
    ins.cell(i, 1, t).font = Font(name=F, bold=(i == 1), size=12 if i == 1 else 10.5)

def new_sheet(title, heading, first=False):
    ws = wb.create_sheet(title)
    for i, w in enumerate(WID):
        ws.column_dimensions["ABCDEFGH"[i]].width = w
    ws.merge_cells("A1:H1")
    c = ws.cell(1, 1, heading); c.font = Font(name=F, bold=True, size=13)
    r = 2
    if first:
        ws.merge_cells("A2:D2")
        c = ws.cell(2, 1, "医療機関名：医療法人 白樺会 北見ヶ丘記念病院 ")
        c.font = Font(name=F, bold=True, size=11)
        r = 3
    r += 1
    for i, h in enumerate(HEAD, 1):
        c = ws.cell(r, i, h); c.font = Font(name=F, bold=True); c.alignment = cc; c.border = box; c.fill = hdr
    ws.print_title_rows = f"{r}:{r}"
    ws.page_setup.orientation = "landscape"
    return ws, r + 1

def row(ws, r, vals, fill=None, fmt=None, italic=False):
    for i, v in enumerate(vals, 1):
        c = ws.cell(r, i, v)
        c.font = Font(name=F, size=10, italic=italic, color="7F7F7F" if italic else None)
        c.alignment = cl if i in (2, 8) else cc
        c.border = box
        if fill: c.fill = fill
        if fmt and isinstance(v, dt.datetime): c.number_format = fmt
    ws.row_dimensions[r].height = 30

def sub(ws, r, text):
    ws.merge_cells(f"A{r}:H{r}")
    c = ws.cell(r, 1, text); c.font = Font(name=F, bold=True); c.fill = subf
    for i in range(1, 9):
        ws.cell(r, i).border = box; ws.cell(r, i).fill = subf

# ---- sheet 1: 前提・体制構築
ws, r = new_sheet("1 前提・体制", "チェックリスト（医療機関確認用）　前提・１．体制構築", first=True)
row(ws, r, ("記入例", "（例）医療情報システム安全管理責任者を設置している", "いいえ", "R6.10.1", "R6.11.30", "はい", "R6.11.15",
            "（例）11月の理事会で任命予定"), fill=exf, italic=True); r += 1
sub(ws, r, "【前提】"); r += 1
row(ws, r, (None, "医療情報システムを導入、運用している", "はい", "R6.10.8", None, None, None, None)); r += 1
sub(ws, r, "【１　体制構築】"); r += 1
row(ws, r, ("1-(1)", "医療情報システム安全管理責任者を設置している", "はい", "R6.10.8", None, None, None,
            "情報システム課長（規程で明記）")); r += 1

# ---- sheet 2: 医療情報システムの管理・運用
ws, r = new_sheet("2 管理・運用", "チェックリスト（医療機関確認用）　２．医療情報システムの管理・運用")
sub(ws, r, "【医療情報システム全般】"); r += 1
row(ws, r, ("2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", "はい", "R6.10.8", None, None, None,
            "機器管理台帳（Excel）で管理")); r += 1
row(ws, r, ("2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", "はい", None, None, None, None,
            "電子カルテ、放射線、透析の各事業者")); r += 1   # planted: 確認日 missing (D)
row(ws, r, ("2-(3)", "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
            "はい", "R6.10.8", None, None, None, None)); r += 1
sub(ws, r, "【サーバ】"); r += 1
row(ws, r, (None, "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", "はい", "R6.10.10", None, None, None, None)); r += 1
row(ws, r, (None, "退職者や使用していないアカウント等、不要なアカウントを削除している", "はい", "R6.10.10", None, None, None, None)); r += 1
row(ws, r, (None, "アクセスログを管理している", "いいえ", "R6.10.10", "R6.12.20", "はい", "R6.12.18",
            "ログ保存期間を3か月→1年に\n設定変更")); r += 1
row(ws, r, (None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "はい", "R6.10.10", None, None, None, None)); r += 1
row(ws, r, (None, "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", "はい", "R6.10.10", None, None, None, None)); r += 1
sub(ws, r, "【端末PC】"); r += 1
row(ws, r, (None, "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", "はい", "R6.10.10", None, None, None, None)); r += 1
row(ws, r, (None, "退職者や使用していないアカウント等、不要なアカウントを削除している", "いいえ", "R6.10.10", "R7.1.31", None, None,
            "共用アカウントの棚卸し中")); r += 1
row(ws, r, (None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "はい", "R6.10.10", None, None, None, None)); r += 1
row(ws, r, (None, "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", "はい", "R6.10.10", None, None, None, None)); r += 1
sub(ws, r, "【ネットワーク機器】"); r += 1
row(ws, r, (None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "はい", "R6.10.10", None, None, None,
            "UTM・L3スイッチ 9月更新")); r += 1
row(ws, r, (None, "接続元制限を実施している", "はい", "R6.10.10", None, None, None, None)); r += 1

# ---- sheet 3: インシデント発生に備えた対応
ws, r = new_sheet("3 インシデント対応", "チェックリスト（医療機関確認用）　３．インシデント発生に備えた対応")
F3 = "yyyy/m/d"
row(ws, r, ("3-(1)", "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
            "●はい・いいえ", D(2024, 10, 10), None, None, None, None), fmt=F3); r += 1
row(ws, r, ("3-(2)", "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
            "●はい・いいえ", D(2024, 10, 10), None, None, None, "オフラインバックアップは週1回")
    , fmt=F3); r += 1
row(ws, r, ("3-(3)", "サイバー攻撃を想定した事業継続計画（BCP）を策定している",
            "はい・●いいえ", D(2024, 10, 10), D(2025, 6, 30), None, None, "確認表を用いて策定予定"),
    fmt=F3); r += 1   # planted: 目標日 outside 令和6年度

wb.active = 1
wb.save(os.path.join(OUT, NAME + ".xlsx"))
print("saved")
