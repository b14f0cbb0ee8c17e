#!/usr/bin/python3
# Generator for clv-w8-b-classsheets.xlsx (+ expected.json)
# Role: a (fictional) medical-accounting (レセコン) vendor in Miyagi; R7 (令和7年度版) 事業者確認用 checklist
# laid out as one sheet per device class (サーバ / 端末PC / ネットワーク機器) after a 共通項目 sheet,
# items without numbers, ○ marks in はい / いいえ columns, dates as Excel date cells shown in 和暦 (R7.7.4),
# 2回目確認日 typed as text, a labelled 記入例 row on every sheet, an instructions sheet,
# header block "label above value" on a 表紙 sheet; finally re-saved by LibreOffice.
import json, os, subprocess, shutil, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = "/work/blind/wave8/checklist-vendor"
NAME = "clv-w8-b-classsheets"
TMP = "/tmp/w8me/clvb"

VENDOR = "東北ヘルスケアネット株式会社"
SYSTEM = "医事会計システム（レセプトコンピュータ）MediCalc NX"
HOSPITAL = "社会医療法人杜の丘会 杜の丘総合病院"
CHECKED = dt.date(2025, 7, 4)

D = lambda m, d, y=2025: dt.datetime(y, m, d)

# rows: (section, canonical item, shown text, first(はい/いいえ), firstDate, targetDate, second, secondText, secondDateISO, remarks)
COMMON = [
    ("体制構築", "事業者内に医療情報システム等の提供に係る管理責任者を設置している",
     "事業者内に医療情報システム等の提供に係る管理責任者を設置している", "はい", D(7, 1), None, None, None, None, None),
    ("医療情報システムの管理・運用", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
     "サーバ・端末PC・ネットワーク機器の台帳管理を行っている", "はい", D(7, 1), None, None, None, None, None),
    ("医療情報システムの管理・運用", "リモートメンテナンス（保守）を利用している機器の有無を確認した",
     "リモートメンテナンス（保守）を利用している機器の有無を確認した", "はい", D(7, 1), None, None, None, None,
     "保守回線：院内サーバ室ルータ経由"),
    ("医療情報システムの管理・運用", "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した",
     "医療機関にMDS/SDS（製造業者/サービス事業者による医療情報セキュリティ開示書）を提出した", "はい", D(7, 2), None, None, None, None,
     "2025年6月改訂版を提出"),
    ("医療情報システムの管理・運用", "医療情報システムの運用管理規程を整備している",
     "医療情報システムの運用管理規程を整備している", "いいえ", D(7, 2), D(10, 31), "はい", "R7.10.15", "2025-10-15",
     "保守運用規程を改訂"),
    ("インシデント発生に備えた対応", "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
     "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある", "はい", D(7, 2), None, None, None, None, None),
    ("インシデント発生に備えた対応", "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
     "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
     "はい", D(7, 2), None, None, None, None, None),
    ("インシデント発生に備えた対応", "サイバー攻撃を想定した事業継続計画（BCP）を策定している",
     "サイバー攻撃を想定した事業継続計画（BCP）を策定している", "はい", D(7, 2), None, None, None, None, None),
]

ACL = ("利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している")
ACCT = ("退職者や使用していないアカウント等、不要なアカウントを削除している", "退職者や使用していないアカウント等、不要なアカウントを削除している")
LOG = ("アクセスログを管理している", "アクセスログを管理している")
PW = ("パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している", "パスワードは英数字・記号混在の8文字以上とし、定期的に変更している")
REUSE = ("パスワードの使い回しをしていない", "パスワードの使い回しをしていない")
PATCH = ("セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している")
SVC = ("バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している")
SRC = ("接続元制限を実施している", "接続元制限を実施している")
USB = ("USBストレージ等の外部記録媒体や外部機器の接続を制限している", "USBストレージ等の外部記録媒体や外部機器の接続を制限している")
MFA = ("二要素認証を導入している（令和9年度までに対応）", "二要素認証を導入している（令和9年度までに対応）")

def dev(sec, it, first="はい", fd=D(7, 3), td=None, second=None, stext=None, siso=None, rm=None):
    return (sec, it[0], it[1], first, fd, td, second, stext, siso, rm)

SERVER = [dev("サーバ", ACL), dev("サーバ", ACCT), dev("サーバ", LOG), dev("サーバ", PW), dev("サーバ", REUSE),
          dev("サーバ", PATCH), dev("サーバ", SVC),
          dev("サーバ", USB, "いいえ", D(7, 3), D(9, 30), "はい", "R7.9.12", "2025-09-12", "USBポート無効化設定を実施"),
          dev("サーバ", MFA, "いいえ", D(7, 3), D(3, 31, 2026), rm="次期バージョン（R8.3リリース）で対応予定")]
PC = [dev("端末PC", ACL), dev("端末PC", ACCT), dev("端末PC", PW), dev("端末PC", REUSE), dev("端末PC", PATCH),
      dev("端末PC", SVC), dev("端末PC", USB),
      dev("端末PC", MFA, "いいえ", D(7, 3), D(3, 31, 2026), rm="ICカード認証を検討中")]
NW = [dev("ネットワーク機器", PW, fd=D(7, 4)), dev("ネットワーク機器", REUSE, fd=D(7, 4)),
      dev("ネットワーク機器", PATCH, "いいえ", D(7, 4), D(8, 29), "はい", "R7.8.22", "2025-08-22", "ルータFW 更新"),
      dev("ネットワーク機器", SRC, fd=D(7, 4))]

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)
HDRFILL = PatternFill("solid", fgColor="E2EFDA")
EXFILL = PatternFill("solid", fgColor="FFF2CC")
WAREKI = '[$-411]ge.m.d'

wb = Workbook()
ins = wb.active
ins.title = "記入要領"
lines = [
    "令和7年度版 医療機関におけるサイバーセキュリティ対策チェックリスト（事業者確認用）　記入要領",
    "",
    "1. 「表紙」シートに事業者名、対象システム、提出先医療機関名、確認日を記入してください。",
    "2. 「共通項目」「サーバ」「端末PC」「ネットワーク機器」の各シートについて、1回目の確認結果を",
    "　 「はい」「いいえ」欄のいずれかに○を付け、確認日を記入してください。",
    "3. 1回目で「いいえ」の項目は、対応の目標日（令和7年度内）を記入し、対応後に2回目欄を記入してください。",
    "4. 各シートの黄色の行は記入例です。記入例の行は集計対象外です（削除不要）。",
    "5. 令和7年度版で追加された項目（パスワードの使い回し、外部記録媒体の接続制限、二要素認証、運用管理規程）も",
    "　 忘れずに確認してください。",
]
for i, t in enumerate(lines, 1):
    ins.cell(i, 1, t)
ins["A1"].font = Font(bold=True, size=12)
ins.column_dimensions["A"].width = 110

cov = wb.create_sheet("表紙")
cov.column_dimensions["A"].width = 60
cov["A1"] = "令和7年度版　医療機関におけるサイバーセキュリティ対策チェックリスト"
cov["A1"].font = Font(bold=True, size=14)
cov["A2"] = "（事業者確認用）"
hdr = [("事業者名", VENDOR), ("対象システム", SYSTEM), ("提出先医療機関名", HOSPITAL), ("確認日", CHECKED)]
r = 4
for lab, val in hdr:
    cov.cell(r, 1, lab).font = Font(bold=True)
    cov.cell(r, 1).fill = HDRFILL
    cov.cell(r, 1).border = B
    c = cov.cell(r + 1, 1, val)
    c.border = B
    if isinstance(val, dt.date):
        c.value = dt.datetime(val.year, val.month, val.day)
        c.number_format = '[$-411]ggge"年"m"月"d"日"'
        c.alignment = Alignment(horizontal="left")
    r += 3

entries = []
def table(title, rows, with_section_col):
    ws = wb.create_sheet(title)
    cols = ["区分"] if with_section_col else []
    cols += ["チェック項目", "はい", "いいえ", "確認日", "目標日", "はい", "いいえ", "確認日", "備考"]
    off = 1 if with_section_col else 0
    ws["A1"] = f"【{title}】" + ("" if with_section_col else "　※対象機器：" + title)
    ws["A1"].font = Font(bold=True, size=12)
    # header rows 3-4
    h1, h2 = 3, 4
    c0 = 1
    if with_section_col:
        ws.merge_cells(start_row=h1, start_column=1, end_row=h2, end_column=1); ws.cell(h1, 1, "区分")
    ws.merge_cells(start_row=h1, start_column=1 + off, end_row=h2, end_column=1 + off); ws.cell(h1, 1 + off, "チェック項目")
    ws.merge_cells(start_row=h1, start_column=2 + off, end_row=h1, end_column=4 + off); ws.cell(h1, 2 + off, "1回目")
    ws.merge_cells(start_row=h1, start_column=5 + off, end_row=h2, end_column=5 + off); ws.cell(h1, 5 + off, "目標日")
    ws.merge_cells(start_row=h1, start_column=6 + off, end_row=h1, end_column=8 + off); ws.cell(h1, 6 + off, "2回目")
    ws.merge_cells(start_row=h1, start_column=9 + off, end_row=h2, end_column=9 + off); ws.cell(h1, 9 + off, "備考")
    for j, t in enumerate(["はい", "いいえ", "確認日"]):
        ws.cell(h2, 2 + off + j, t); ws.cell(h2, 6 + off + j, t)
    ncol = 9 + off
    for rr in (h1, h2):
        for c in range(1, ncol + 1):
            ws.cell(rr, c).border = B; ws.cell(rr, c).alignment = CEN
            ws.cell(rr, c).fill = HDRFILL; ws.cell(rr, c).font = Font(bold=True)
    widths = ([16] if with_section_col else []) + [58, 6, 6, 10, 10, 6, 6, 10, 28]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + i)].width = w
    # 記入例 row (must be ignored)
    r = h2 + 1
    ex = (["記入例"] if with_section_col else []) + ["（記入例）○○○を実施している", "○", None, D(6, 2), None, None, None, None, "記入例です"]
    if not with_section_col:
        ex[0] = "記入例：○○○を実施している"
    for j, v in enumerate(ex, 1):
        c = ws.cell(r, j, v)
        c.fill = EXFILL; c.border = B; c.font = Font(italic=True, color="7F7F7F")
        c.alignment = CEN if j > 1 + off else WRAP
        if isinstance(v, dt.datetime):
            c.number_format = WAREKI
    r += 1
    start = r
    mark_i = 0
    for (sec, canon, shown, first, fd, td, second, stext, siso, rm) in rows:
        if with_section_col:
            ws.cell(r, 1, sec)
        ws.cell(r, 1 + off, shown)
        mark = "○" if mark_i % 3 else "〇"   # the filler mixes ○ (U+25CB) and 〇 (U+3007)
        mark_i += 1
        ws.cell(r, 2 + off if first == "はい" else 3 + off, mark)
        c = ws.cell(r, 4 + off, fd); c.number_format = WAREKI
        if td:
            c = ws.cell(r, 5 + off, td); c.number_format = WAREKI
        if second:
            ws.cell(r, 6 + off if second == "はい" else 7 + off, "○")
            ws.cell(r, 8 + off, stext)
        if rm:
            ws.cell(r, 9 + off, rm)
        for c in range(1, ncol + 1):
            ws.cell(r, c).border = B
            ws.cell(r, c).alignment = WRAP if c in (1 + off, ncol) or (with_section_col and c == 1) else CEN
        ws.row_dimensions[r].height = 32
        ent = {"section": sec, "item": canon, "firstAnswer": first, "firstDate": fd.strftime("%Y-%m-%d")}
        if td: ent["targetDate"] = td.strftime("%Y-%m-%d")
        if second:
            ent["secondAnswer"] = second; ent["secondDate"] = siso
        if rm: ent["remarks"] = rm
        entries.append(ent)
        r += 1
    if with_section_col:
        # merge the 区分 column over runs of equal section
        i = start
        while i < r:
            j = i
            while j + 1 < r and ws.cell(j + 1, 1).value == ws.cell(i, 1).value:
                j += 1
            if j > i:
                for k in range(i + 1, j + 1):
                    ws.cell(k, 1).value = None
                ws.merge_cells(start_row=i, start_column=1, end_row=j, end_column=1)
            i = j + 1
    ws.freeze_panes = ws.cell(h2 + 1, 2 + off)
    ws.page_setup.orientation = "landscape"

table("共通項目", COMMON, True)
table("サーバ", SERVER, False)
table("端末PC", PC, False)
table("ネットワーク機器", NW, False)

os.makedirs(TMP, exist_ok=True)
src = os.path.join(TMP, NAME + ".xlsx")
wb.save(src)
# re-save with LibreOffice, own temporary profile
prof = f"/tmp/lo-{os.getpid()}"
subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "xlsx",
                "--outdir", OUT, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.rmtree(prof, ignore_errors=True)

exp = {
    "form": "checklist-vendor",
    "version": "R7",
    "file": NAME + ".xlsx",
    "values": {"vendorName": VENDOR, "targetSystem": SYSTEM, "hospitalName": HOSPITAL,
               "checkedOn": CHECKED.isoformat(), "entries": entries},
    "planted": [],
    "notes": ("問題なし（クリーン）。シート順：記入要領・表紙・共通項目・サーバ・端末PC・ネットワーク機器；entries はこの順。"
              "各表の黄色の『記入例』行は記入例として明示されており読まない。項目番号なし（itemNo省略）。"
              "1回目・目標日は日付セル（和暦表示 R7.7.4 形式）、2回目確認日は文字列 'R7.9.12' 等。"
              "○は U+25CB と U+3007（〇）が混在。section は共通項目シートでは区分列（縦結合）、機器シートではシート名の機器区分。"
              "令和7年度追加項目（パスワード使い回し、USB等外部記録媒体、二要素認証、運用管理規程）の文言はカタログに原文がないため"
              "シート上の文言をそのまま item とした（再構成・未確認）。二要素認証は『いいえ』で目標日 2026-03-31（年度内）、2回目未実施。"
              "LibreOffice で再保存。")
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", len(entries))
