#!/usr/bin/python3
# clv-w2-b-pacs-inline-dates: 事業者確認用 checklist filled by a PACS vendor in the vendor's own format.
# Header lines are 'label：value' in one cell; no 項番; heading rows 〔体制構築〕 … 〔サーバ〕〔端末PC〕
# 〔ネットワーク機器〕; the 1回目 / 2回目 cells hold 'はい (8/19)' (one option of はい・いいえ deleted, year-less
# date in half-width brackets); 目標日 '(11/29)'. Saved by openpyxl then re-saved by LibreOffice.
# No planted problem.
import json, os, subprocess, shutil, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

NAME = "clv-w2-b-pacs-inline-dates"
OUT = os.path.dirname(os.path.abspath(__file__))
SHEET = "チェックリスト(事業者)"
VENDOR = "株式会社ミドリ画像ソリューション"
SYSTEM = "医用画像管理システム（PACS）"
HOSPITAL = "市立みなと川総合病院"

# (canonical, shown)
A = ("利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", "利用者の職種・担当業務別の情報区分毎のアクセス権限を設定している")
B = ("退職者や使用していないアカウント等、不要なアカウントを削除している", "退職者や未使用アカウント等、不要なアカウントを削除している")
C = ("アクセスログを管理している", "アクセスログを管理している")
D = ("パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している", "パスワードは英数字・記号混在で8文字以上とし、定期的に変更している")
E = ("セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "セキュリティパッチ（最新ファームウェア・更新プログラム）を適用している")
F = ("バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", "不要なソフトウェア及びサービス（バックグラウンド動作）を停止している")
G = ("接続元制限を実施している", "接続元制限を実施している")

Y = ("はい", "2024-08-19", None, None, None, None)
Y2 = ("はい", "2024-08-20", None, None, None, None)
BLOCKS = [
    ("体制構築", [(("事業者内に医療情報システム等の提供に係る管理責任者を設置している",
                   "事業者内に医療情報システム等の提供に係る管理責任者を設置している"), Y)]),
    ("医療情報システムの管理・運用", [
        (("医療機関に提供したサーバ、端末PC、ネットワーク機器の台帳管理を行っている",
          "医療機関に提供したサーバ・端末PC・ネットワーク機器の台帳管理を行っている"), Y),
        (("リモートメンテナンス（保守）を実施している機器の有無を医療機関に報告した",
          "リモートメンテナンス（保守）実施機器の有無を医療機関に報告した"),
         ("はい", "2024-08-19", None, None, None, "PACSサーバ保守用ルータ（1台）")),
        (("医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した",
          "医療機関にMDS/SDS（医療情報セキュリティ開示書）を提出した"), Y),
    ]),
    ("サーバ", [(A, Y2), (B, Y2),
              (C, ("いいえ", "2024-08-20", "2024-11-29", "はい", "2024-11-27", "ログ保存設定を追加（保守作業時）")),
              (D, Y2), (E, Y2), (F, Y2)]),
    ("端末PC", [(A, Y2), (B, Y2), (D, Y2), (E, Y2), (F, Y2)]),
    ("ネットワーク機器", [(D, Y2),
                    (E, ("いいえ", "2024-08-20", "2025-01-31", "はい", "2025-01-22", "保守ルータのファームウェア更新")),
                    (G, Y2)]),
    ("インシデント発生に備えた対応", [
        (("インシデント発生時における組織内と外部関係機関（医療機関、厚生労働省、警察等）への連絡体制図がある",
          "インシデント発生時の連絡体制図（社内・医療機関・厚生労働省・警察等）がある"), Y2),
        (("インシデント発生時に診療を継続するために必要なデータやシステムのバックアップの実施と復旧手順を医療機関と確認している",
          "診療継続に必要なデータ・システムのバックアップ実施と復旧手順を医療機関と確認している"), Y2),
    ]),
]


def md(iso):
    y, m, d = iso.split("-")
    return f"{int(m)}/{int(d)}"


def main():
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    thin = Side(style="thin")
    hair = Side(style="hair")
    box = Border(left=thin, right=thin, top=hair, bottom=hair)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(wrap_text=True, vertical="center")
    ws.column_dimensions["A"].width = 2      # blank spacer column (print-style)
    for col, w in zip("BCDEF", (58, 15, 11, 15, 30)):
        ws.column_dimensions[col].width = w

    ws["B1"] = "サイバーセキュリティ対策チェックリスト【事業者確認用】（令和6年度版）"
    ws["B1"].font = Font(bold=True, size=13)
    ws["B3"] = "事業者名：" + VENDOR
    ws["B4"] = "対象システム：" + SYSTEM
    ws["B5"] = "提出先医療機関名：" + HOSPITAL
    ws["D3"] = "記入方法：はい・いいえの不要な方を消し、(　)に確認日を記入"
    ws["D3"].font = Font(size=8)

    hdr = ["チェック項目", "1回目", "目標日", "2回目", "備考"]
    for c, t in enumerate(hdr, 2):
        cell = ws.cell(7, c, t)
        cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        cell.alignment = center
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E2EFDA")

    entries = []
    r = 8
    for sec, items in BLOCKS:
        ws.cell(r, 2, f"〔{sec}〕").font = Font(bold=True)
        for c in range(2, 7):
            ws.cell(r, c).border = Border(left=thin, right=thin, top=thin, bottom=thin)
            ws.cell(r, c).fill = PatternFill("solid", fgColor="F2F2F2")
        r += 1
        for (canon, shown), (a1, d1, tg, a2, d2, rem) in items:
            ws.cell(r, 2, shown)
            ws.cell(r, 3, f"{a1} ({md(d1)})")
            ws.cell(r, 4, f"({md(tg)})" if tg else "(　/　)")
            ws.cell(r, 5, f"{a2} ({md(d2)})" if a2 else "はい・いいえ (　/　)")
            if rem:
                ws.cell(r, 6, rem)
            for c in range(2, 7):
                ws.cell(r, c).border = box
                ws.cell(r, c).alignment = wrap if c in (2, 6) else center
            ws.row_dimensions[r].height = 30
            e = {"section": sec, "item": canon, "firstAnswer": a1, "firstDate": d1}
            if tg:
                e["targetDate"] = tg
            if a2:
                e["secondAnswer"] = a2
                e["secondDate"] = d2
            if rem:
                e["remarks"] = rem
            entries.append(e)
            r += 1
    for c in range(2, 7):
        ws.cell(r - 1, c).border = Border(left=thin, right=thin, top=hair, bottom=thin)

    ws.page_setup.orientation = "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 0

    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, NAME + ".xlsx")
    wb.save(src)
    od = os.path.join(tmp, "lo")
    os.makedirs(od)
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", od, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(od, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
    shutil.rmtree(tmp)

    exp = {
        "form": "checklist-vendor",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"vendorName": VENDOR, "targetSystem": SYSTEM, "hospitalName": HOSPITAL, "entries": entries},
        "planted": [],
        "notes": "Per-device applicability is my reading of the catalogue and seed 004 (サーバ: 6 items, 端末PC: 5 items without アクセスログ, ネットワーク機器: パスワード / セキュリティパッチ / 接続元制限 only). "
                 "Header values share the cell with their label ('事業者名：…'). Column A is an empty spacer. No 項番 "
                 "anywhere, so no itemNo. Heading rows are written 〔…〕 (brackets dropped in 'section'); per-device "
                 "items sit under 〔サーバ〕〔端末PC〕〔ネットワーク機器〕. Answer + year-less date in one cell: "
                 "'はい (8/19)' = はい, 2024-08-19 (Jan-Mar would be 2025). Cells still showing the template "
                 "'(　/　)' or 'はい・いいえ (　/　)' are untouched = blank. Item wording is slightly shortened; "
                 "'item' gives the full wording (vendor items other than 1-(1)/2-(3) are my parallel reading of the "
                 "hospital items). Re-saved by LibreOffice.",
    }
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
