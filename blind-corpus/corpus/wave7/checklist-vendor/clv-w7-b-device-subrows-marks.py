# Generator for clv-w7-b-device-subrows-marks (checklist-vendor, R7) -- clean, no planted problem.
# Role: IT staff of a Shizuoka hospital who drew the R7 事業者確認用 sheet and sent it to the PACS vendor; the vendor
# filled it with ○ marks. Items are rows with the device classes as merged sub-rows (対象 column), はい/いいえ as mark
# columns, dates as 和暦 text and Excel dates, a correctly labelled 記入例 row, a hidden 選択肢 sheet; re-saved by LibreOffice.
import json, os, subprocess, shutil, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

NAME = "clv-w7-b-device-subrows-marks"
OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/w7clv"; os.makedirs(TMP, exist_ok=True)

thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="E2EFDA"); SEC = PatternFill("solid", fgColor="F2F2F2"); EX = PatternFill("solid", fgColor="FFF2CC")
C = Alignment(horizontal="center", vertical="center", wrap_text=True); WRAP = Alignment(vertical="center", wrap_text=True)

F = {
 "1-1": "事業者内に医療情報システム等の提供に係る管理責任者を設置している",
 "1-2": "医療情報システム等の運用管理規程を整備している",
 "2-1": "医療機関に提供したサーバ、端末PC、ネットワーク機器の台帳管理を行っている",
 "2-2": "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した",
 "2-3": "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した",
 "2-4": "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
 "2-5": "退職者や使用していないアカウント等、不要なアカウントを削除している",
 "2-6": "アクセスログを管理している",
 "2-7": "パスワードは英数字、記号が混在した13文字以上の推定困難な文字列とし、他の機器やサービスと使い回しをしていない",
 "2-8": "二要素認証を実装している（令和9年度までに実装）",
 "2-9": "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
 "2-10": "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
 "2-11": "USBストレージ等の外部記録媒体や外部機器の接続を制限している",
 "2-12": "接続元制限を実施している",
 "3-1": "インシデント発生時における事業者内と医療機関への連絡体制図がある",
 "3-2": "インシデント発生時に医療機関が診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を医療機関と確認している",
}
W = dict(F)
W["2-7"] = "パスワードは英数字・記号混在の13文字以上とし、使い回しをしていない"
W["2-11"] = "USBストレージ等の外部記録媒体・外部機器の接続を制限している"

SECS = {"1": "体制構築", "2": "医療情報システムの管理・運用", "3": "インシデント発生に備えた対応"}

def wareki_short(d): return f"R{d.year-2018}.{d.month}.{d.day}"
def wareki_long(d): return f"令和{d.year-2018}年{d.month}月{d.day}日"
D = dt.date

# (key, device or None, a1, d1, target, a2, d2, remarks)
Y, N = "はい", "いいえ"
data = [
 ("1-1", None, Y, D(2025,7,8), None, None, None, "管理責任者：技術本部長（情報セキュリティ責任者兼務）"),
 ("1-2", None, N, D(2025,7,8), D(2025,12,26), Y, D(2025,11,28), "運用管理規程を11月に制定"),
 ("2-1", None, Y, D(2025,7,8), None, None, None, None),
 ("2-2", None, Y, D(2025,7,8), None, None, None, "リモート保守用VPN装置 1台"),
 ("2-3", None, Y, D(2025,7,8), None, None, None, "SDS（2025年版）提出済"),
 ("2-4", "サーバ", Y, D(2025,7,9), None, None, None, None),
 ("2-4", "端末PC", Y, D(2025,7,9), None, None, None, None),
 ("2-5", "サーバ", Y, D(2025,7,9), None, None, None, None),
 ("2-5", "端末PC", Y, D(2025,7,9), None, None, None, None),
 ("2-6", "サーバ", Y, D(2025,7,9), None, None, None, "ログ1年保存"),
 ("2-7", "サーバ", Y, D(2025,7,10), None, None, None, None),
 ("2-7", "端末PC", N, D(2025,7,10), D(2025,10,31), Y, D(2025,10,24), "読影端末のログインPWを\n13文字以上に変更"),
 ("2-7", "ネットワーク機器", Y, D(2025,7,10), None, None, None, None),
 ("2-8", "サーバ", N, D(2025,7,10), D(2026,2,27), None, None, "次期バージョン（2026年2月）で実装予定"),
 ("2-8", "端末PC", N, D(2025,7,10), D(2026,2,27), None, None, None),
 ("2-9", "サーバ", Y, D(2025,7,10), None, None, None, None),
 ("2-9", "端末PC", Y, D(2025,7,10), None, None, None, None),
 ("2-9", "ネットワーク機器", Y, D(2025,7,10), None, None, None, "UTMファームウェア 7月更新"),
 ("2-10", "サーバ", Y, D(2025,7,11), None, None, None, None),
 ("2-10", "端末PC", Y, D(2025,7,11), None, None, None, None),
 ("2-11", "サーバ", Y, D(2025,7,11), None, None, None, None),
 ("2-11", "端末PC", N, D(2025,7,11), D(2025,9,30), Y, D(2025,9,19), "デバイス制御ソフト導入"),
 ("2-12", "ネットワーク機器", Y, D(2025,7,11), None, None, None, "保守拠点の固定IPのみ許可"),
 ("3-1", None, Y, D(2025,7,11), None, None, None, None),
 ("3-2", None, Y, D(2025,7,11), None, None, None, None),
]
CHECKED_ON = D(2025, 12, 1)

wb = Workbook(); ws = wb.active; ws.title = "事業者確認用"
widths = {"A": 7, "B": 44, "C": 13, "D": 5, "E": 5, "F": 11, "G": 12, "H": 5, "I": 5, "J": 15, "K": 30}
for k, v in widths.items(): ws.column_dimensions[k].width = v
ws["A1"] = "令和7年度版　医療機関におけるサイバーセキュリティ対策チェックリスト（事業者確認用）"; ws["A1"].font = Font(bold=True, size=13)
hdrs = [("事業者名", "株式会社駿河画像ソリューションズ"), ("対象システム", "放射線画像管理システム（PACS）"),
        ("提出先医療機関名", "社会医療法人 富岳会 富士山麓総合病院"), ("確認日", wareki_long(CHECKED_ON))]
for i, (lab, val) in enumerate(hdrs):
    r = 3 + i
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=7)
    ws.cell(row=r, column=1, value=lab).font = Font(bold=True); ws.cell(row=r, column=1).fill = HEAD
    ws.cell(row=r, column=3, value=val)
    for c in range(1, 8): ws.cell(row=r, column=c).border = B
ws["I3"] = "※はい・いいえは該当欄に○"; ws["I4"] = "※いいえの場合は目標日を記入"

# two-row header
H1, H2 = 8, 9
for col, lab in [(1, "No"), (2, "チェック項目"), (3, "対象"), (7, "目標日"), (11, "備考")]:
    ws.merge_cells(start_row=H1, start_column=col, end_row=H2, end_column=col); ws.cell(row=H1, column=col, value=lab)
ws.merge_cells(start_row=H1, start_column=4, end_row=H1, end_column=6); ws.cell(row=H1, column=4, value="1回目")
ws.merge_cells(start_row=H1, start_column=8, end_row=H1, end_column=10); ws.cell(row=H1, column=8, value="2回目")
for col, lab in [(4, "はい"), (5, "いいえ"), (6, "確認日"), (8, "はい"), (9, "いいえ"), (10, "確認日")]:
    ws.cell(row=H2, column=col, value=lab)
for r in (H1, H2):
    for c in range(1, 12):
        cell = ws.cell(row=r, column=c); cell.border = B; cell.fill = HEAD; cell.font = Font(bold=True); cell.alignment = C

# 記入例 (correctly labelled; must be ignored)
r = 10
ex = ["記入例", "（例）〇〇〇〇を実施している", "サーバ", None, "○", "R7.6.2", dt.datetime(2025, 9, 30), "○", None, "R7.9.1", "（例）9月に対応完了"]
for c, v in enumerate(ex, 1):
    cell = ws.cell(row=r, column=c, value=v); cell.fill = EX; cell.border = B; cell.alignment = C if c != 2 and c != 11 else WRAP
ws.cell(row=r, column=7).number_format = "yyyy/m/d"

entries = []
r = 11
cur_sec = None
i = 0
while i < len(data):
    key = data[i][0]
    sec = key.split("-")[0]
    if sec != cur_sec:
        cur_sec = sec
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        ws.cell(row=r, column=1, value=f"{sec}　{SECS[sec]}").font = Font(bold=True)
        for c in range(1, 12): ws.cell(row=r, column=c).fill = SEC; ws.cell(row=r, column=c).border = B
        r += 1
    group = [d for d in data if d[0] == key]
    start = r
    no = f"{key.split('-')[0]}-({key.split('-')[1]})"
    for (k, dev, a1, d1, tg, a2, d2, rem) in group:
        ws.cell(row=r, column=3, value=dev if dev else "－")
        ws.cell(row=r, column=4 if a1 == Y else 5, value="○")
        ws.cell(row=r, column=6, value=wareki_short(d1))
        if tg:
            ws.cell(row=r, column=7, value=dt.datetime(tg.year, tg.month, tg.day)); ws.cell(row=r, column=7).number_format = "yyyy/m/d"
        if a2:
            ws.cell(row=r, column=8 if a2 == Y else 9, value="○"); ws.cell(row=r, column=10, value=wareki_long(d2))
        if rem: ws.cell(row=r, column=11, value=rem)
        for c in range(1, 12):
            ws.cell(row=r, column=c).border = B; ws.cell(row=r, column=c).alignment = WRAP if c in (2, 11) else C
        e = {"section": dev if dev else SECS[sec], "item": F[key], "itemNo": no, "firstAnswer": a1, "firstDate": d1.isoformat()}
        if tg: e["targetDate"] = tg.isoformat()
        if a2: e["secondAnswer"] = a2; e["secondDate"] = d2.isoformat()
        if rem: e["remarks"] = rem
        entries.append(e)
        r += 1
    ws.cell(row=start, column=1, value=no); ws.cell(row=start, column=2, value=W[key])
    if len(group) > 1:
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    i += len(group)

ws.cell(row=r + 1, column=1, value="※本チェックリストは医療機関へ提出し、医療機関は立入検査時に提示してください。")

# hidden choice sheet + validation on mark columns
ch = wb.create_sheet("選択肢"); ch["A1"] = "○"; ch.sheet_state = "hidden"
dv = DataValidation(type="list", formula1="選択肢!$A$1:$A$1", allow_blank=True)
ws.add_data_validation(dv); dv.add(f"D11:E{r-1}"); dv.add(f"H11:I{r-1}")
ws.freeze_panes = "A10"
ws.page_setup.orientation = "landscape"; ws.page_setup.fitToWidth = 1

tmp = os.path.join(TMP, NAME + ".xlsx")
wb.save(tmp)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, tmp], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

exp = {
 "form": "checklist-vendor", "version": "R7", "file": NAME + ".xlsx",
 "values": {
   "vendorName": "株式会社駿河画像ソリューションズ",
   "targetSystem": "放射線画像管理システム（PACS）",
   "hospitalName": "社会医療法人 富岳会 富士山麓総合病院",
   "checkedOn": CHECKED_ON.isoformat(),
   "entries": entries,
 },
 "planted": [],
 "notes": ("Clean file. Row 10 is a correctly labelled 記入例 row (ignore). Items with several device classes have the No and "
           "item cells merged over their sub-rows; 対象 column gives the device class (section), '－' = not device-specific "
           "(section then = the section heading). はい/いいえ given as ○ in mark columns; 1回目 dates as 和暦 text R7.m.d, "
           "目標日 as Excel dates, 2回目 dates as 令和7年m月d日 text. Header 確認日 (checkedOn) = the date the vendor finished "
           "the sheet, after all item dates. R7 additions (1-(2) 運用管理規程, 2-(7) password 13文字/使い回し, 2-(8) 二要素認証, "
           "2-(11) USB) and all numbers beyond 1-(1),2-(1)..2-(3),3-(x) are my own numbering/wording; vendor wording other than "
           "1-(1) and MDS/SDS is my own parallel of the hospital items. Re-saved by LibreOffice."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", len(entries))
