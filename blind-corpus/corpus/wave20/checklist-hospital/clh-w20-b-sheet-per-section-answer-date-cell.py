# Generator: clh-w20-b-sheet-per-section-answer-date-cell.xlsx
# A hospital IT person's own workbook for the 令和6年度版 チェックリスト（医療機関確認用）: a 表紙 sheet
# (医療機関名, label above value), one sheet per section, section 2 holding a second, third and fourth table
# (サーバ / 端末PC / ネットワーク機器) below the first, abbreviated item labels, answer and year-less date in
# one cell (「はい（7/22）」), 目標日 as 和暦 text, a hidden list sheet. Planted: 2-(2) has no 1回目 answer
# (only a remark), and 3-(3) いいえ with a 目標日 outside 令和6年度.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "clh-w20-b-sheet-per-section-answer-date-cell"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(wrap_text=True, vertical="center", horizontal="center")
head = PatternFill("solid", fgColor="E2EFDA")

wb = Workbook()
cover = wb.active
cover.title = "表紙"
cover.column_dimensions["B"].width = 50
cover["B2"] = "サイバーセキュリティ対策チェックリスト（医療機関確認用）令和6年度版"
cover["B2"].font = Font(bold=True, size=13)
cover["B4"] = "医療機関名"
cover["B4"].fill = head; cover["B4"].border = box
cover["B5"] = "医療法人 潮風会 みさき台病院"
cover["B5"].border = box
cover["B7"] = "記入方法：確認結果は「はい（月/日）」の形で1つのセルに記入。目標日は和暦で記入。"
cover["B8"] = "シート：「前提・1」「2 管理・運用」「3 インシデント対応」"

lists = wb.create_sheet("list")
lists["A1"] = "はい"; lists["A2"] = "いいえ"
lists.sheet_state = "hidden"

HDR = ["番号", "チェック項目", "1回目（結果・確認日）", "目標日", "2回目（結果・確認日）", "備考"]
WID = {"A": 9, "B": 46, "C": 18, "D": 17, "E": 18, "F": 34}

def new_sheet(title, heading):
    s = wb.create_sheet(title)
    for k, v in WID.items():
        s.column_dimensions[k].width = v
    s["A1"] = heading
    s["A1"].font = Font(bold=True, size=12)
    return s

def table(s, r, caption, rows):
    """caption row (optional), header row, then item rows. Returns next free row and item cell rows."""
    if caption:
        s.cell(r, 1, caption).font = Font(bold=True)
        r += 1
    for j, t in enumerate(HDR, 1):
        c = s.cell(r, j, t); c.border = box; c.fill = head; c.alignment = center
    r += 1
    placed = []
    for row in rows:
        for j, v in enumerate(row, 1):
            c = s.cell(r, j, v)
            c.border = box
            c.alignment = wrap if j in (2, 6) else center
        s.row_dimensions[r].height = 30
        placed.append(r)
        r += 1
    return r + 1, placed

# ---- sheet 前提・1
s1 = new_sheet("前提・1", "前提 及び 1 体制構築")
r, p1 = table(s1, 3, "■前提", [
    ("前提", "医療情報システムを導入、運用している", "はい（7/22）", None, None, None),
])
r, p2 = table(s1, r, "■1 体制構築", [
    ("1-(1)", "医療情報システム安全管理責任者の設置", "はい（7/22）", None, None, "事務部長（兼 システム管理室長）"),
])

# ---- sheet 2 管理・運用
s2 = new_sheet("2 管理・運用", "2 医療情報システムの管理・運用")
r, p3 = table(s2, 3, None, [
    ("2-(1)", "サーバ・端末PC・NW機器の台帳管理", "はい（7/22）", None, None, "機器管理台帳 R6.7更新"),
    ("2-(2)", "リモートメンテナンス利用機器の有無を事業者に確認", None, None, None, "保守業者へ照会中"),   # PLANTED
    ("2-(3)", "MDS/SDSの提出を受ける", "いいえ（7/22）", "令和6年11月29日", "はい（11/20）", "電子カルテ・医事会計分 受領"),
])
r, p4 = table(s2, r, "■サーバ", [
    (None, "アクセス権限の設定（職種・業務別）", "はい（7/29）", None, None, None),
    (None, "不要アカウントの削除（退職者等）", "いいえ（7/29）", "令和6年9月30日", "はい（9/24）", "退職者アカウント12件削除"),
    (None, "アクセスログの管理", "はい（7/29）", None, None, None),
    (None, "セキュリティパッチの適用", "はい（7/29）", None, None, None),
    (None, "不要なソフト・サービスの停止", "はい（7/29）", None, None, None),
])
r, p5 = table(s2, r, "■端末PC", [
    (None, "アクセス権限の設定（職種・業務別）", "はい（7/29）", None, None, None),
    (None, "不要アカウントの削除（退職者等）", "はい（7/29）", None, None, None),
    (None, "セキュリティパッチの適用", "いいえ（7/29）", "令和7年1月31日", "はい（1/15）", "オフライン端末は手動適用"),
    (None, "不要なソフト・サービスの停止", "はい（7/29）", None, None, None),
])
r, p6 = table(s2, r, "■ネットワーク機器", [
    (None, "セキュリティパッチの適用", "はい（7/29）", None, None, "UTMファームウェア更新済"),
    (None, "接続元制限", "はい（7/29）", None, None, None),
])

# ---- sheet 3 インシデント対応
s3 = new_sheet("3 インシデント対応", "3 インシデント発生に備えた対応")
r, p7 = table(s3, 3, None, [
    ("3-(1)", "連絡体制図（組織内・外部関係機関）", "はい（8/5）", None, None, None),
    ("3-(2)", "診療継続に必要な情報の検討、バックアップ実施と復旧手順の確認", "はい（8/5）", None, None, "復旧手順書 R6.6版"),
    ("3-(3)", "サイバー攻撃を想定したBCPの策定", "いいえ（8/5）", "令和7年9月30日", None, "法人本部と調整中"),   # PLANTED
])

wb.save(os.path.join(OUT, NAME + ".xlsx"))

# ---- expected
ACC = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
DEL = "退職者や使用していないアカウント等、不要なアカウントを削除している"
LOG = "アクセスログを管理している"
PAT = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
SVC = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
SRC = "接続元制限を実施している"
MG = "医療情報システムの管理・運用"
IN = "インシデント発生に備えた対応"

def e(section, item, no=None, a1=None, d1=None, tg=None, a2=None, d2=None, rem=None):
    o = {"section": section, "item": item}
    if no: o["itemNo"] = no
    for k, v in (("firstAnswer", a1), ("firstDate", d1), ("targetDate", tg), ("secondAnswer", a2),
                 ("secondDate", d2), ("remarks", rem)):
        if v is not None:
            o[k] = v
    return o

entries = [
    e("前提", "医療情報システムを導入、運用している", None, "はい", "2024-07-22"),
    e("体制構築", "医療情報システム安全管理責任者を設置している", "1-(1)", "はい", "2024-07-22",
      rem="事務部長（兼 システム管理室長）"),
    e(MG, "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", "2-(1)", "はい", "2024-07-22",
      rem="機器管理台帳 R6.7更新"),
    e(MG, "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", "2-(2)", rem="保守業者へ照会中"),
    e(MG, "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう", "2-(3)",
      "いいえ", "2024-07-22", "2024-11-29", "はい", "2024-11-20", "電子カルテ・医事会計分 受領"),
    e("サーバ", ACC, None, "はい", "2024-07-29"),
    e("サーバ", DEL, None, "いいえ", "2024-07-29", "2024-09-30", "はい", "2024-09-24", "退職者アカウント12件削除"),
    e("サーバ", LOG, None, "はい", "2024-07-29"),
    e("サーバ", PAT, None, "はい", "2024-07-29"),
    e("サーバ", SVC, None, "はい", "2024-07-29"),
    e("端末PC", ACC, None, "はい", "2024-07-29"),
    e("端末PC", DEL, None, "はい", "2024-07-29"),
    e("端末PC", PAT, None, "いいえ", "2024-07-29", "2025-01-31", "はい", "2025-01-15", "オフライン端末は手動適用"),
    e("端末PC", SVC, None, "はい", "2024-07-29"),
    e("ネットワーク機器", PAT, None, "はい", "2024-07-29", rem="UTMファームウェア更新済"),
    e("ネットワーク機器", SRC, None, "はい", "2024-07-29"),
    e(IN, "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある", "3-(1)",
      "はい", "2024-08-05"),
    e(IN, "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
      "3-(2)", "はい", "2024-08-05", rem="復旧手順書 R6.6版"),
    e(IN, "サイバー攻撃を想定した事業継続計画（BCP）を策定している", "3-(3)", "いいえ", "2024-08-05", "2025-09-30",
      rem="法人本部と調整中"),
]
assert p3[1] and p7[2]
exp = {
    "form": "checklist-hospital",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": "医療法人 潮風会 みさき台病院", "entries": entries},
    "planted": [
        {"cells": [f"2 管理・運用!C{p3[1]}"], "paths": ["entries[3].firstAnswer", "entries[3].firstDate"],
         "why": "2-(2) has no 1回目 answer or 確認日 (only a remark 「保守業者へ照会中」); every item needs a 1回目 answer and date"},
        {"cells": [f"3 インシデント対応!D{p7[2]}"], "paths": ["entries[18].targetDate"],
         "why": "3-(3) いいえ with 目標日 令和7年9月30日 (2025-09-30), outside the form's fiscal year 令和6年度 (ends 2025-03-31)"},
    ],
    "notes": ("表紙 sheet holds 医療機関名 (label B4 above value B5). Hidden sheet 'list' holds only はい/いいえ. "
              "Sheets in order 前提・1, 2 管理・運用 (four tables: 2-(1)~(3), then ■サーバ, ■端末PC, ■ネットワーク機器), "
              "3 インシデント対応. Item labels are abbreviated; item values give the full catalogue wording. "
              "1回目/2回目 cells hold answer and year-less date together, e.g. 「はい（7/22）」 (Apr-Dec = 2024, Jan-Mar = 2025); "
              "目標日 is 和暦 text. section for 1-(1) = 体制構築, for 2-(n) = 医療情報システムの管理・運用, for 3-(n) = "
              "インシデント発生に備えた対応 (heading texts without numbers); device items have no number (no itemNo). "
              "entries[3] (2-(2)) is an entry only because of its remark."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
