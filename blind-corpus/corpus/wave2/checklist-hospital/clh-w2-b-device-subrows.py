#!/usr/bin/python3
# clh-w2-b-device-subrows: a municipal hospital's own layout, no 項番 at all. Each per-device item is written
# once (merged cell) with one sub-row per device class it applies to (対象機器 column). The 1回目 / 2回目 cells
# hold answer and year-less date together, 「はい（7/2）」; 目標日 is 和暦 text 'R6.10.31'. Wording of the
# per-device items is slightly shortened. Saved by openpyxl, then re-saved by LibreOffice.
# No planted problem.
import json, os, subprocess, shutil, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

NAME = "clh-w2-b-device-subrows"
OUT = os.path.dirname(os.path.abspath(__file__))
SHEET = "医療機関確認用"
FACILITY = "市立みなと川総合病院"

# (canonical, shown)
A = ("利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", "職種・担当業務別の情報区分毎にアクセス利用権限を設定している")
B = ("退職者や使用していないアカウント等、不要なアカウントを削除している", "退職者・未使用アカウント等、不要なアカウントを削除している")
C = ("アクセスログを管理している", "アクセスログを管理している")
D = ("パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している", "パスワードは英数字・記号混在の8文字以上とし、定期的に変更している")
E = ("セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "セキュリティパッチ（最新ファームウェア・更新プログラム）を適用している")
F = ("バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", "バックグラウンドで動作する不要なソフトウェア・サービスを停止している")
G = ("接続元制限を実施している", "接続元制限を実施している")

Y = ("はい", "2024-07-03", None, None, None, None)
# blocks: ("H", heading) | ("I", section, (canon, shown), answers) | ("D", (canon, shown), [(device, answers), ...])
BLOCKS = [
    ("H", "【前提】"),
    ("I", "前提", ("医療情報システムを導入、運用している",) * 2, ("はい", "2024-07-02", None, None, None, None)),
    ("H", "【体制構築】"),
    ("I", "体制構築", ("医療情報システム安全管理責任者を設置している",) * 2, ("はい", "2024-07-02", None, None, None, "副院長（医療情報担当）")),
    ("H", "【医療情報システムの管理・運用】"),
    ("I", "医療情報システムの管理・運用", ("サーバ、端末PC、ネットワーク機器の台帳管理を行っている",) * 2,
     ("いいえ", "2024-07-02", "2024-10-31", "はい", "2024-10-29", "機器台帳をExcelで新規作成")),
    ("I", "医療情報システムの管理・運用", ("リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した",) * 2, ("はい", "2024-07-02", None, None, None, None)),
    ("I", "医療情報システムの管理・運用", ("事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",) * 2,
     ("はい", "2024-07-02", None, None, None, None)),
    ("D", A, [("サーバ", Y), ("端末PC", Y)]),
    ("D", B, [("サーバ", Y), ("端末PC", Y)]),
    ("D", C, [("サーバ", ("いいえ", "2024-07-03", "2024-12-27", "はい", "2024-12-24", "ログ保管期間を1年に設定"))]),
    ("D", D, [("サーバ", Y), ("端末PC", ("いいえ", "2024-07-03", "2025-02-28", "はい", "2025-02-21", "パスワードポリシーをADで強制")),
              ("ネットワーク機器", Y)]),
    ("D", E, [("サーバ", Y), ("端末PC", Y), ("ネットワーク機器", ("いいえ", "2024-07-03", "2024-11-29", "はい", "2024-11-22", "UTMファーム更新"))]),
    ("D", F, [("サーバ", Y), ("端末PC", Y)]),
    ("D", G, [("ネットワーク機器", Y)]),
    ("H", "【インシデント発生に備えた対応】"),
    ("I", "インシデント発生に備えた対応", ("インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",) * 2,
     ("はい", "2024-07-04", None, None, None, None)),
    ("I", "インシデント発生に備えた対応", ("インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",) * 2,
     ("はい", "2024-07-04", None, None, None, None)),
    ("I", "インシデント発生に備えた対応", ("サイバー攻撃を想定した事業継続計画（BCP）を策定している",) * 2,
     ("はい", "2024-07-04", None, None, None, "令和6年3月策定済")),
]


def md(iso):
    y, m, d = iso.split("-")
    return f"{int(m)}/{int(d)}"


def rw(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    return f"R{y - 2018}.{m}.{d}"


def main():
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(wrap_text=True, vertical="center")
    for col, w in zip("ABCDEF", (56, 16, 14, 12, 14, 30)):
        ws.column_dimensions[col].width = w

    ws.merge_cells("A1:F1")
    ws["A1"] = "サイバーセキュリティ対策チェックリスト（医療機関確認用）令和6年度"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws["A3"] = "医療機関名"
    ws.merge_cells("B3:D3")
    ws["B3"] = FACILITY
    ws["A3"].border = box
    for c in range(2, 5):
        ws.cell(3, c).border = box
    ws["A4"] = "記入方法：「はい・いいえ」のどちらかを残し、（　）内に確認日を記入。目標日は和暦（R6.○.○）で記入。"
    ws["A4"].font = Font(size=9)

    hdr = ["チェック項目", "対象機器", "1回目", "目標日", "2回目", "備考"]
    for c, t in enumerate(hdr, 1):
        cell = ws.cell(6, c, t)
        cell.border = box
        cell.alignment = center
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E2EFDA")

    entries = []

    def put(r, device, ans):
        a1, d1, tg, a2, d2, rem = ans
        ws.cell(r, 2, device)
        ws.cell(r, 3, f"{a1}（{md(d1)}）")
        if tg:
            ws.cell(r, 4, rw(tg))
        if a2:
            ws.cell(r, 5, f"{a2}（{md(d2)}）")
        if rem:
            ws.cell(r, 6, rem)
        for c in range(1, 7):
            ws.cell(r, c).border = box
            ws.cell(r, c).alignment = wrap if c in (1, 6) else center

    def entry(sec, canon, ans):
        a1, d1, tg, a2, d2, rem = ans
        e = {"section": sec, "item": canon, "firstAnswer": a1, "firstDate": d1}
        if tg:
            e["targetDate"] = tg
        if a2:
            e["secondAnswer"] = a2
            e["secondDate"] = d2
        if rem:
            e["remarks"] = rem
        return e

    r = 7
    for blk in BLOCKS:
        if blk[0] == "H":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ws.cell(r, 1, blk[1]).font = Font(bold=True)
            for c in range(1, 7):
                ws.cell(r, c).border = box
                ws.cell(r, c).fill = PatternFill("solid", fgColor="F2F2F2")
            r += 1
        elif blk[0] == "I":
            _, sec, (canon, shown), ans = blk
            ws.cell(r, 1, shown)
            put(r, None, ans)
            ws.row_dimensions[r].height = 32
            entries.append(entry(sec, canon, ans))
            r += 1
        else:
            _, (canon, shown), devs = blk
            ws.cell(r, 1, shown)
            if len(devs) > 1:
                ws.merge_cells(start_row=r, start_column=1, end_row=r + len(devs) - 1, end_column=1)
            for dev, ans in devs:
                put(r, dev, ans)
                ws.row_dimensions[r].height = 20
                entries.append(entry(dev, canon, ans))
                r += 1

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
        "form": "checklist-hospital",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "entries": entries},
        "planted": [],
        "notes": "Per-device applicability is my reading of the catalogue and seed 004 (サーバ: 6 items, 端末PC: 5 items without アクセスログ, ネットワーク機器: パスワード / セキュリティパッチ / 接続元制限 only). "
                 "No 項番 anywhere, so no itemNo. Per-device items: the item text is a vertically merged cell in column A, "
                 "one sub-row per device class in column B (対象機器); each sub-row is one entry with section = that "
                 "device class, in row order (item by item). Devices not applicable to an item have no sub-row. "
                 "Answer and date share one cell: 'はい（7/3）' = はい, 2024-07-03 (year-less; Apr-Dec = 2024, "
                 "Jan-Mar = 2025). 目標日 is 和暦 text 'R6.10.31'. Per-device item wording is shortened in the sheet; "
                 "'item' gives the catalogue wording. Section headings are written in 【】 (brackets dropped in "
                 "'section'). Re-saved by LibreOffice.",
    }
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
