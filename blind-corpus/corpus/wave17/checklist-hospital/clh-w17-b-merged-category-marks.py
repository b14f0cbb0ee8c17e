# Generator for clh-w17-b-merged-category-marks.xlsx
# Role: prefecture 医療政策課 official redrew the R6 checklist as a compact table
# (区分 / 対象 merged vertically, abbreviated item wording, ○/× marks, 和暦 text dates,
# 2回目 result and date in one cell) with a 記入要領 sheet; a busy hospital 事務長 filled it.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = "/work/blind/wave17/checklist-hospital"
NAME = "clh-w17-b-merged-category-marks"
FAC = "医療法人 朋友会 みなと北病院"
SHEET = "チェックリスト"

ACC = ("利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", "職種・業務別のアクセス権限設定")
ACT = ("退職者や使用していないアカウント等、不要なアカウントを削除している", "不要アカウント（退職者等）の削除")
LOG = ("アクセスログを管理している", "アクセスログの管理")
PAT = ("セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "セキュリティパッチ（最新FW・更新プログラム）の適用")
BGS = ("バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", "不要なソフトウェア・サービスの停止")
SRC = ("接続元制限を実施している", "接続元制限の実施")

# (区分, 対象, (full item, shown item), 1回目 mark, 確認日 text, 目標日 text, 2回目 text, 備考, canonical)
def C(a1, d1, tg=None, a2=None, d2=None):
    c = dict(firstAnswer=a1, firstDate=d1)
    if tg: c["targetDate"] = tg
    if a2: c["secondAnswer"] = a2
    if d2: c["secondDate"] = d2
    return c
K1, K2, K3 = "体制構築", "医療情報システムの管理・運用", "インシデント発生に備えた対応"
ROWS = [
 ("前提", "－", ("医療情報システムを導入、運用している", "医療情報システムを導入・運用している"), "○", "R6.9.2", None, None, None, C("はい", "2024-09-02")),
 (K1, "全般", ("医療情報システム安全管理責任者を設置している", "医療情報システム安全管理責任者の設置"), "○", "R6.9.2", None, None, "事務長が兼務", C("はい", "2024-09-02")),
 (K2, "全般", ("サーバ、端末PC、ネットワーク機器の台帳管理を行っている", "サーバ・端末PC・NW機器の台帳管理"), "○", "R6.9.2", None, None, None, C("はい", "2024-09-02")),
 (K2, "全般", ("リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", "リモートメンテナンス利用機器の有無を事業者に確認"), "×", "R6.9.2", "R6.10.31", "○ (R6.10.8)", "電カル業者より回答あり", C("いいえ", "2024-09-02", "2024-10-31", "はい", "2024-10-08")),
 (K2, "全般", ("事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう", "事業者からMDS/SDSの提出"), "○", "R6.9.2", None, None, None, C("はい", "2024-09-02")),
 (K2, "サーバ", ACC, "○", "R6.9.3", None, None, None, C("はい", "2024-09-03")),
 (K2, "サーバ", ACT, "○", "R6.9.3", None, None, None, C("はい", "2024-09-03")),
 (K2, "サーバ", LOG, "○", "R6.9.3", None, None, None, C("はい", "2024-09-03")),
 (K2, "サーバ", PAT, "○", "R6.9.3", None, None, None, C("はい", "2024-09-03")),
 (K2, "サーバ", BGS, "○", "R6.9.3", None, None, None, C("はい", "2024-09-03")),
 (K2, "端末PC", ACC, "○", "R6.9.3", None, None, None, C("はい", "2024-09-03")),
 (K2, "端末PC", ACT, "○", "R6.9.3", None, None, None, C("はい", "2024-09-03")),
 (K2, "端末PC", PAT, "×", "R6.9.3", None, None, "Windows更新 未適用の端末あり", C("いいえ", "2024-09-03")),   # PLANTED: no 目標日
 (K2, "端末PC", BGS, "○", "R6.9.3", None, None, None, C("はい", "2024-09-03")),
 (K2, "ネットワーク機器", PAT, "○", "R6.9.3", None, None, None, C("はい", "2024-09-03")),
 (K2, "ネットワーク機器", SRC, "○", "R6.9.3", None, None, "保守用VPNは業者IPのみ許可", C("はい", "2024-09-03")),
 (K3, "全般", ("インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある", "インシデント時の連絡体制図（院内・事業者・厚労省・警察等）"), "○", "R6.9.2", None, None, None, C("はい", "2024-09-02")),
 (K3, "全般", ("インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している", "診療継続に必要な情報の検討、バックアップ実施と復旧手順の確認"), "×", "R6.9.17", "R6.10.31", "○ (R6.9.10)", "復旧手順書を事業者と作成", C("いいえ", "2024-09-17", "2024-10-31", "はい", "2024-09-10")),  # PLANTED: 2nd before 1st
 (K3, "全般", ("サイバー攻撃を想定した事業継続計画（BCP）を策定している", "サイバー攻撃を想定したBCPの策定"), "×", "R6.9.2", "令和7年3月31日", None, "確認表で作成中", C("いいえ", "2024-09-02", "2025-03-31")),
]

wb = Workbook()
wi = wb.active; wi.title = "記入要領"
for i, t in enumerate([
    "記入要領",
    "・1回目欄には、確認の結果「はい」の場合は○、「いいえ」の場合は×を記入し、確認日を記入してください（例：R6.9.1）。",
    "・×（いいえ）の項目は、対応の目標日を必ず記入してください。目標日は本年度内（令和7年3月31日まで）としてください。",
    "・目標日までに対応した項目は、2回目欄に結果と確認日を記入してください（例：○ (R6.12.1)）。",
    "・前提が×の場合は、以降の項目の記入は不要です。",
    "・チェック項目の詳細は「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル」を参照してください。",
], 1):
    wi.cell(row=i, column=1, value=t)
wi["A1"].font = Font(bold=True, size=12)
wi.column_dimensions["A"].width = 100

ws = wb.create_sheet(SHEET)
thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(wrap_text=True, vertical="center", horizontal="center")
for k, v in dict(A=16, B=12, C=46, D=9, E=11, F=15, G=15, H=28).items():
    ws.column_dimensions[k].width = v
ws.merge_cells("A1:H1"); ws["A1"] = "サイバーセキュリティ対策チェックリスト（医療機関確認用）　令和６年度"
ws["A1"].font = Font(size=13, bold=True)
ws["A3"] = "医療機関名"; ws["A3"].font = Font(bold=True)
ws.merge_cells("A4:D4"); ws["A4"] = FAC
for col in "ABCD":
    ws[f"{col}4"].border = box
hdr = ["区分", "対象", "チェック項目", "1回目\n(○:はい\n×:いいえ)", "確認日", "目標日\n(×の場合)", "2回目\n(結果・確認日)", "備考"]
for col, t in zip("ABCDEFGH", hdr):
    c = ws[f"{col}6"]; c.value = t; c.border = box; c.alignment = center
    c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="FCE4D6")
ws.row_dimensions[6].height = 48
r0 = 7
entries, planted = [], []
for i, (k, tgt, (full, shown), m, d1, tg, s2, rem, canon) in enumerate(ROWS):
    r = r0 + i
    for col, v in zip("ABCDEFGH", [k, tgt, shown, m, d1, tg, s2, rem]):
        c = ws[f"{col}{r}"]
        if v is not None:
            c.value = v
        c.border = box
        c.alignment = wrap if col in "CH" else center
    ws.row_dimensions[r].height = 30
    sec = k if tgt in ("－", "全般") else tgt
    e = dict(section=sec, item=full); e.update(canon)
    if rem: e["remarks"] = rem
    entries.append(e)
    if full == PAT[0] and tgt == "端末PC":
        planted.append({"cells": [f"{SHEET}!F{r}"], "paths": [f"entries[{i}].targetDate"],
                        "why": "1回目が×（いいえ）なのに目標日が未記入（いいえ ⇒ 目標日必須）"})
    if canon.get("secondDate") == "2024-09-10":
        planted.append({"cells": [f"{SHEET}!G{r}", f"{SHEET}!E{r}"], "paths": [f"entries[{i}].secondDate"],
                        "why": "2回目の確認日 R6.9.10 が1回目の確認日 R6.9.17 より前（2回目は1回目以降であること）"})

# merge 区分 (A) and 対象 (B) runs vertically
def merge_runs(col, keyf):
    start = 0
    for i in range(1, len(ROWS) + 1):
        if i == len(ROWS) or keyf(ROWS[i]) != keyf(ROWS[start]):
            if i - start > 1:
                ws.merge_cells(f"{col}{r0+start}:{col}{r0+i-1}")
            start = i
merge_runs("A", lambda x: x[0])
merge_runs("B", lambda x: (x[0], x[1]))
ws.freeze_panes = "D7"
wb.active = 1
wb.save(os.path.join(OUT, NAME + ".xlsx"))

exp = {
 "form": "checklist-hospital", "version": "R6", "file": NAME + ".xlsx",
 "values": {"facilityName": FAC, "entries": entries},
 "planted": planted,
 "notes": ("Sheet チェックリスト (記入要領 sheet first). 区分 (A) and 対象 (B) are merged vertically; section = 対象 when it is a "
           "device class (サーバ / 端末PC / ネットワーク機器), else the 区分 text (前提 / 体制構築 / 医療情報システムの管理・運用 / "
           "インシデント発生に備えた対応). Item wording is abbreviated in the sheet; item gives the full wording. No item numbers. "
           "1回目 as ○ (はい) / × (いいえ); dates as 和暦 text (R6.9.2, 令和7年3月31日); 2回目 result and date share one "
           "cell ('○ (R6.10.8)')."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok")
