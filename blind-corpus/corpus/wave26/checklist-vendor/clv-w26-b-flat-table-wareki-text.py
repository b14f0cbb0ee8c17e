#!/usr/bin/python3
"""checklist-vendor, workbook b: the vendor's own flat table (区分 column instead of heading rows),
header as `項目：値` cells, answers by deleting one option from 「はい・いいえ」, dates typed as text
(R6.10.15 / year-less 12/10), a labelled 記入例 row, re-saved by LibreOffice. Two planted problems."""
import datetime as dt
import json
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clv-w26-b-flat-table-wareki-text"
SHEET = "チェックリスト"

VENDOR = "日本画像システム株式会社 中国支店"
SYSTEM = "PACS（医用画像管理システム）"
HOSPITAL = "社会医療法人 清和会 清和中央病院"

FULL_SEC = {
    "1 体制構築": "体制構築",
    "2 管理・運用": "医療情報システムの管理・運用",
    "2 サーバ": "サーバ",
    "2 端末PC": "端末PC",
    "2 NW機器": "ネットワーク機器",
    "3 インシデント対応": "インシデント発生に備えた対応",
}
ACC = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
ACCT = "退職者や使用していないアカウント等、不要なアカウントを削除している"
LOG = "アクセスログを管理している"
PATCH = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
SVC = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"

TPL = "はい・いいえ"
# (区分 as written, item as written, canonical item, a1, d1 text, target text, a2, d2 text, remarks)
ROWS = [
    ("1 体制構築", "事業者内に管理責任者（医療情報システム等の提供に係る）を設置している",
     "事業者内に、医療情報システム等の提供に係る管理責任者を設置している",
     "はい", "R6.10.15", None, None, None, None),
    ("2 管理・運用", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
     "サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
     "はい", "R6.10.15", None, None, None, None),
    ("2 管理・運用", "リモートメンテナンス（保守）を利用している機器の有無を確認した",
     "リモートメンテナンス（保守）を利用している機器の有無を確認した",
     "はい", "R6.10.15", None, None, None, "保守用VPN装置あり\n（リモート保守 月1回）"),
    ("2 管理・運用", "医療機関にMDS/SDSを提出した",
     "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した",
     "いいえ", "R6.10.15", "R6.11.30", "はい", "10/8", "MDS提出済"),   # planted: 2回目 before 1回目
    ("2 サーバ", ACC, ACC, "はい", "R6.10.15", None, None, None, None),
    ("2 サーバ", "不要なアカウント（退職者・未使用等）を削除している", ACCT,
     "はい", "R6.10.15", None, None, None, None),
    ("2 サーバ", LOG, LOG, "はい", "R6.10.15", None, None, None, None),
    ("2 サーバ", PATCH, PATCH, "いいえ", "R6.10.15", None, None, None, "次回定期保守時に対応"),  # planted: no 目標日
    ("2 サーバ", SVC, SVC, "はい", "R6.10.15", None, None, None, None),
    ("2 端末PC", ACC, ACC, "はい", "R6.10.16", None, None, None, None),
    ("2 端末PC", "不要なアカウント（退職者・未使用等）を削除している", ACCT,
     "いいえ", "R6.10.16", "R6.12.20", "はい", "12/10", "読影端末の共用IDを廃止"),
    ("2 端末PC", PATCH, PATCH, "はい", "R6.10.16", None, None, None, None),
    ("2 端末PC", SVC, SVC, "はい", "R6.10.16", None, None, None, None),
    ("2 NW機器", PATCH, PATCH, "はい", "R6.10.16", None, None, None, None),
    ("2 NW機器", "接続元制限を実施している", "接続元制限を実施している",
     "はい", "R6.10.16", None, None, None, "保守VPNは当社IPのみ許可"),
    ("3 インシデント対応", "インシデント発生時の組織内と外部関係機関（医療機関、厚労省、警察等）への連絡体制図がある",
     "インシデント発生時における組織内と外部関係機関（医療機関、厚生労働省、警察等）への連絡体制図がある",
     "はい", "R6.10.16", None, None, None, None),
    ("3 インシデント対応", "診療継続に必要な情報を医療機関と検討し、バックアップの実施と復旧手順を確認している",
     "インシデント発生時に診療を継続するために必要な情報を医療機関と検討し、データやシステムのバックアップの実施と復旧手順を確認している",
     "はい", "R6.10.16", None, None, None, None),
]


def wareki(s):
    """R6.10.15 -> 2024-10-15; year-less m/d -> R6 fiscal year."""
    if s.startswith("R"):
        y, m, d = s[1:].split(".")
        return dt.date(2018 + int(y), int(m), int(d)).isoformat()
    m, d = (int(x) for x in s.split("/"))
    return dt.date(2024 if m >= 4 else 2025, m, d).isoformat()


thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

wb = Workbook()
ws = wb.active
ws.title = SHEET
for col, w in {"A": 16, "B": 52, "C": 12, "D": 11, "E": 11, "F": 12, "G": 11, "H": 28}.items():
    ws.column_dimensions[col].width = w

ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト【事業者確認用】　令和6年度版"
ws["A1"].font = Font(size=13, bold=True)
ws["A3"] = "事業者名：" + VENDOR
ws["A4"] = "対象システム：" + SYSTEM
ws["A5"] = "提出先医療機関名：" + HOSPITAL
ws["A6"] = "記入者：営業技術課　山本"
ws["E3"] = "※「はい・いいえ」は該当しない方を消してください。"
ws["E4"] = "※確認日・目標日は（R6.10.1）のように記入。"

HR = 8
heads = ["区分", "確認項目", "1回目\n(はい・いいえ)", "1回目\n確認日", "目標日", "2回目\n(はい・いいえ)", "2回目\n確認日", "備考"]
for c, h in enumerate(heads, start=1):
    cell = ws.cell(HR, c, h)
    cell.font = Font(bold=True)
    cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    cell.fill = PatternFill("solid", fgColor="FFF2CC")
    cell.border = BOX
ws.row_dimensions[HR].height = 32

# labelled example row
ex = ["記入例", "（記入例）アクセスログを管理している", "いいえ", "R6.10.1", "R6.11.30", "はい", "R6.11.20",
      "ログ保存期間を1年に変更"]
for c, v in enumerate(ex, start=1):
    cell = ws.cell(HR + 1, c, v)
    cell.font = Font(italic=True, color="808080")
    cell.fill = PatternFill("solid", fgColor="EDEDED")
    cell.border = BOX

entries = []
planted = []
r = HR + 2
for i, (sec, item_w, item, a1, d1, tgt, a2, d2, rem) in enumerate(ROWS):
    vals = [sec, item_w, a1, d1, tgt, a2 if a2 else TPL, d2, rem]
    for c, v in enumerate(vals, start=1):
        cell = ws.cell(r, c, v)
        cell.border = BOX
        cell.alignment = Alignment(vertical="center", wrap_text=True,
                                   horizontal="center" if 3 <= c <= 7 else None)
    e = {"section": FULL_SEC[sec], "item": item, "firstAnswer": a1, "firstDate": wareki(d1)}
    if tgt:
        e["targetDate"] = wareki(tgt)
    if a2:
        e["secondAnswer"] = a2
    if d2:
        e["secondDate"] = wareki(d2)
    if rem:
        e["remarks"] = rem
    entries.append(e)
    if item.startswith("医療機関に製造業者"):
        planted.append({"cells": [f"{SHEET}!D{r}", f"{SHEET}!G{r}"],
                        "paths": [f"entries[{i}].firstDate", f"entries[{i}].secondDate"],
                        "why": "2回目の確認日 10/8 (2024-10-08) が1回目の確認日 R6.10.15 より前（2回目は1回目以降でなければならない）"})
    if sec == "2 サーバ" and item == PATCH:
        planted.append({"cells": [f"{SHEET}!E{r}"],
                        "paths": [f"entries[{i}].targetDate"],
                        "why": "1回目が「いいえ」なのに目標日が空欄（いいえの場合は目標日が必須）"})
    r += 1

ws.freeze_panes = f"C{HR + 1}"
ws.page_setup.orientation = "landscape"

tmpdir = tempfile.mkdtemp()
tmp = os.path.join(tmpdir, NAME + ".xlsx")
wb.save(tmp)
# re-save with LibreOffice as the vendor's office would
lo_out = os.path.join(tmpdir, "lo")
os.makedirs(lo_out)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", lo_out, tmp],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(lo_out, NAME + ".xlsx"), os.path.join(HERE, NAME + ".xlsx"))
shutil.rmtree(tmpdir)

expected = {
    "form": "checklist-vendor",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "vendorName": VENDOR,
        "targetSystem": SYSTEM,
        "hospitalName": HOSPITAL,
        "entries": entries,
    },
    "planted": planted,
    "notes": ("Single sheet, re-saved by LibreOffice. Header is `項目：値` in one cell (A3:A5); 記入者 (A6) is not a key. "
              "Row 9 is a labelled 記入例 row and must be ignored. Sections are a 区分 column with abbreviations "
              "(2 管理・運用 = 医療情報システムの管理・運用, 2 NW機器 = ネットワーク機器, 3 インシデント対応 = "
              "インシデント発生に備えた対応); no item numbers shown, so itemNo omitted. Some item texts are abbreviated "
              "in the sheet; entries give the full wording. Answers: the filler deleted one option of 「はい・いいえ"
              "」; 2回目 cells still reading 「はい・いいえ」 are unanswered. Dates are text: R6.m.d (令和6年) and year-less m/d "
              "(R6 fiscal year). The 2回目 date '10/8' on the MDS/SDS row was probably meant as 11/8 but is read as written."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("wrote", NAME)
