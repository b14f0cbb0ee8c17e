#!/usr/bin/python3
"""clh-w15-b: a hospital's own multi-sheet copy of the 令和6年度版 チェックリスト（医療機関確認用）.

Layout: a 表紙 sheet with "医療機関名：…" in one cell; one sheet per section in questionnaire form
(No. | 設問 | 1回目回答 | 確認日 | 目標日 | 2回目回答 | 確認日 | 備考) with full-width numbers (２－(１));
the section-2 sheet carries a second table below the first for the per-device items (対象機器 column repeated
on every row). Dates typed as 和暦 text (R6.8.5, 令和６年１０月２８日).
Planted: ネットワーク機器 接続元制限 has a date but no 1回目 answer; 3-(3) いいえ with 目標日 R6.3.31
(before the 1回目 date and outside the fiscal year; meant R7.3.31).
"""
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clh-w15-b-sheet-per-section-wareki"
OUT = os.path.join(HERE, NAME + ".xlsx")

ACCESS = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
ACCOUNT = "退職者や使用していないアカウント等、不要なアカウントを削除している"
LOG = "アクセスログを管理している"
PATCH = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
BG = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
SRC = "接続元制限を実施している"

COLS = ["No.", "設問", "1回目回答", "確認日", "目標日", "2回目回答", "確認日", "備考"]
DEV_COLS = ["対象機器", "設問", "1回目回答", "確認日", "目標日", "2回目回答", "確認日", "備考"]

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(wrap_text=True, vertical="center")
hdr = PatternFill("solid", fgColor="E2EFDA")


def setup(ws):
    for k, v in {"A": 12, "B": 54, "C": 10, "D": 16, "E": 12, "F": 10, "G": 18, "H": 28}.items():
        ws.column_dimensions[k].width = v


def header(ws, r, cols):
    for cc, label in enumerate(cols, 1):
        c = ws.cell(r, cc, label)
        c.border = box
        c.alignment = center
        c.fill = hdr
        c.font = Font(bold=True)


def rows(ws, r, data):
    for rec in data:
        for cc, v in enumerate(rec, 1):
            c = ws.cell(r, cc, v)
            c.border = box
            c.alignment = wrap if cc in (2, 8) else center
        ws.row_dimensions[r].height = 33
        r += 1
    return r


def build(path):
    wb = Workbook()
    cover = wb.active
    cover.title = "表紙"
    cover.column_dimensions["A"].width = 90
    cover["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（医療機関確認用）令和６年度版"
    cover["A1"].font = Font(bold=True, size=13)
    cover["A3"] = "医療機関名：医療法人 松涛会 みなと中央病院"
    cover["A4"] = "記入者：事務部 システム担当　高橋"
    cover["A6"] = "（シート構成）"
    cover["A7"] = "　前提・1体制 ／ 2管理・運用（システム全般・機器別） ／ 3インシデント対応"
    cover["A9"] = "※ 1回目で「いいえ」の項目は目標日を記入し、対応後に2回目の確認を行う。"
    cover["A10"] = "※ 立入検査時に提出（写し）。"

    s1 = wb.create_sheet("前提・1体制")
    setup(s1)
    s1["A1"] = "前提・１．体制構築"
    s1["A1"].font = Font(bold=True, size=12)
    header(s1, 3, COLS)
    rows(s1, 4, [
        ("前提", "医療情報システムを導入、運用している", "はい", "R6.8.5", None, None, None,
         None),
        ("１－(１)", "医療情報システム安全管理責任者を設置している", "はい", "R6.8.5", None, None, None,
         "院長補佐（医療情報部長）を任命"),
    ])

    s2 = wb.create_sheet("2管理・運用")
    setup(s2)
    s2["A1"] = "２．医療情報システムの管理・運用"
    s2["A1"].font = Font(bold=True, size=12)
    s2["A2"] = "（１）医療情報システム全般"
    header(s2, 3, COLS)
    r = rows(s2, 4, [
        ("２－(１)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", "いいえ", "R6.8.5", "R6.10.31",
         "はい", "令和６年１０月２８日", "機器台帳をExcelで整備"),
        ("２－(２)", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", "はい", "R6.8.5",
         None, None, None, None),
        ("２－(３)", "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
         "はい", "R6.8.5", None, None, None, None),
    ])
    r += 1
    s2.cell(r, 1, "（２）機器別の対策").font = Font(bold=True)
    r += 1
    header(s2, r, DEV_COLS)
    r = rows(s2, r + 1, [
        ("サーバ", ACCESS, "はい", "R6.8.6", None, None, None, None),
        ("サーバ", ACCOUNT, "いいえ", "R6.8.6", "R6.9.30", "はい", "R6.9.27", "退職者ID 12件削除"),
        ("サーバ", LOG, "はい", "R6.8.6", None, None, None, None),
        ("サーバ", PATCH, "はい", "R6.8.6", None, None, None, None),
        ("サーバ", BG, "はい", "R6.8.6", None, None, None, None),
        ("端末PC", ACCESS, "はい", "R6.8.6", None, None, None, None),
        ("端末PC", ACCOUNT, "はい", "R6.8.6", None, None, None, None),
        ("端末PC", PATCH, "はい", "R6.8.6", None, None, None, None),
        ("端末PC", BG, "はい", "R6.8.6", None, None, None, None),
        ("ネットワーク機器", PATCH, "はい", "R6.8.6", None, None, None, None),
        ("ネットワーク機器", SRC, None, "R6.8.6", None, None, None, "保守業者に確認中"),
    ])

    s3 = wb.create_sheet("3インシデント対応")
    setup(s3)
    s3["A1"] = "３．インシデント発生に備えた対応"
    s3["A1"].font = Font(bold=True, size=12)
    header(s3, 3, COLS)
    rows(s3, 4, [
        ("３－(１)", "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
         "はい", "R6.8.5", None, None, None, None),
        ("３－(２)", "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの"
                     "実施と復旧手順を確認している", "はい", "R6.8.5", None, None, None,
         "夜間差分・週次フル（オフライン保管）"),
        ("３－(３)", "サイバー攻撃を想定した事業継続計画（BCP）を策定している", "いいえ", "R6.8.5", "R6.3.31",
         None, None, "BCP（サイバー攻撃編）策定中"),
    ])
    wb.save(path)


if __name__ == "__main__":
    build(OUT)
    print(OUT)
