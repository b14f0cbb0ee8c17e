# Generator: clv-w31-a-print-grid-circle-marks.xlsx (checklist-vendor, R6, no planted problem)
# Role: EHR vendor's SE filling the MHLW R6 事業者確認用 checklist for one hospital.
# Layout: print-style grid with a spacer column, merged header labels, ○ marks in はい/いいえ columns,
# Excel date cells; an extra 記入要領 sheet.
import json, os, sys, datetime as dt
try:
    import openpyxl
except ImportError:
    sys.path.insert(0, "/tmp/clvins_py")
    import openpyxl
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clv-w31-a-print-grid-circle-marks"
D = dt.date

VENDOR = "株式会社せとうちメディカルシステムズ"
SYSTEM = "電子カルテシステム「MediNote EX」"
HOSPITAL = "医療法人社団 緑風会 みどり総合病院"

FIRST = D(2024, 8, 21)
SECOND = D(2024, 12, 10)

# (heading shown, section key, itemNo shown or None, item text as written, catalogue wording,
#  first answer, target date, remarks)
ROWS = [
    ("1 体制構築", None, None, None, None, None, None, None),
    (None, "体制構築", "1-(1)", "事業者内に、医療情報システム等の提供に係る管理責任者を設置している",
     "事業者内に、医療情報システム等の提供に係る管理責任者を設置している", "はい", None, "管理責任者：システム部 部長"),
    ("2 医療情報システムの管理・運用", None, None, None, None, None, None, None),
    (None, "医療情報システムの管理・運用", "2-(1)", "医療機関に提供しているサーバ、端末PC、ネットワーク機器の台帳管理を行っている",
     "医療機関に提供しているサーバ、端末PC、ネットワーク機器の台帳管理を行っている", "はい", None, None),
    (None, "医療情報システムの管理・運用", "2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した",
     "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した", "はい", None, "保守用VPNルータ1台あり（報告済）"),
    (None, "医療情報システムの管理・運用", "2-(3)", "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した",
     "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した", "はい", None, "8/21 メールにて送付"),
    ("サーバ", None, None, None, None, None, None, None),
    (None, "サーバ", None, "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
     "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", "はい", None, None),
    (None, "サーバ", None, "退職者や使用していないアカウント等、不要なアカウントを削除している",
     "退職者や使用していないアカウント等、不要なアカウントを削除している", "はい", None, None),
    (None, "サーバ", None, "アクセスログを管理している", "アクセスログを管理している", "いいえ", D(2024, 10, 31),
     "ログ保存期間を1年に設定変更（10月実施）"),
    (None, "サーバ", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
     "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "はい", None, None),
    (None, "サーバ", None, "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
     "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", "はい", None, None),
    ("端末PC", None, None, None, None, None, None, None),
    (None, "端末PC", None, "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
     "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", "はい", None, None),
    (None, "端末PC", None, "退職者や使用していないアカウント等、不要なアカウントを削除している",
     "退職者や使用していないアカウント等、不要なアカウントを削除している", "はい", None, None),
    (None, "端末PC", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
     "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "はい", None, None),
    (None, "端末PC", None, "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
     "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", "いいえ", D(2024, 11, 29),
     "常駐アプリ棚卸し後に停止"),
    ("ネットワーク機器", None, None, None, None, None, None, None),
    (None, "ネットワーク機器", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
     "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "はい", None, None),
    (None, "ネットワーク機器", None, "接続元制限を実施している", "接続元制限を実施している", "いいえ", D(2024, 11, 29),
     "保守VPNの接続元IPを当社拠点に限定"),
    ("3 インシデント発生に備えた対応", None, None, None, None, None, None, None),
    (None, "インシデント発生に備えた対応", "3-(1)", "インシデント発生時における医療機関と事業者の連絡体制を整備し、医療機関に連絡先を提示している",
     "インシデント発生時における医療機関と事業者の連絡体制を整備し、医療機関に連絡先を提示している", "はい", None, None),
    (None, "インシデント発生に備えた対応", "3-(2)", "インシデント発生時に診療を継続するために必要なデータやシステムのバックアップの実施と復旧手順を医療機関に提示している",
     "インシデント発生時に診療を継続するために必要なデータやシステムのバックアップの実施と復旧手順を医療機関に提示している", "はい", None, None),
]

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
SEC_FILL = PatternFill("solid", fgColor="F2F2F2")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP = Alignment(vertical="center", wrap_text=True)


def build():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "事業者確認用"
    widths = {"A": 2, "B": 8, "C": 14, "D": 52, "E": 6, "F": 6, "G": 11, "H": 11, "I": 6, "J": 6, "K": 11, "L": 30}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v

    ws.merge_cells("B1:L1")
    ws["B1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度版）"
    ws["B1"].font = Font(size=14, bold=True)
    ws["B1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("B2:L2")
    ws["B2"] = "事業者確認用"
    ws["B2"].font = Font(size=12, bold=True)
    ws["B2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("B3:L3")
    ws["B3"] = ("※該当する欄に「○」を記入してください。1回目の確認で「いいえ」の場合は目標日を記入し、"
                "対応後に2回目の確認を行ってください。")
    ws["B3"].font = Font(size=9)

    header = [("提出先医療機関名", HOSPITAL), ("事業者名", VENDOR), ("対象システム", SYSTEM)]
    cells = {}
    r = 5
    for label, value in header:
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
        ws.cell(r, 2, label).alignment = CENTER
        ws.cell(r, 2).fill = HEAD_FILL
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=8)
        ws.cell(r, 4, value).alignment = WRAP
        for c in range(2, 9):
            ws.cell(r, c).border = BOX
        cells[label] = f"D{r}"
        r += 1

    # table header rows 9-10
    h1, h2 = 9, 10
    ws.merge_cells(start_row=h1, start_column=2, end_row=h2, end_column=2)
    ws.cell(h1, 2, "No.")
    ws.merge_cells(start_row=h1, start_column=3, end_row=h2, end_column=3)
    ws.cell(h1, 3, "区分")
    ws.merge_cells(start_row=h1, start_column=4, end_row=h2, end_column=4)
    ws.cell(h1, 4, "チェック項目")
    ws.merge_cells(start_row=h1, start_column=5, end_row=h1, end_column=7)
    ws.cell(h1, 5, "1回目")
    ws.merge_cells(start_row=h1, start_column=8, end_row=h2, end_column=8)
    ws.cell(h1, 8, "目標日")
    ws.merge_cells(start_row=h1, start_column=9, end_row=h1, end_column=11)
    ws.cell(h1, 9, "2回目")
    ws.merge_cells(start_row=h1, start_column=12, end_row=h2, end_column=12)
    ws.cell(h1, 12, "備考")
    for c, t in ((5, "はい"), (6, "いいえ"), (7, "確認日"), (9, "はい"), (10, "いいえ"), (11, "確認日")):
        ws.cell(h2, c, t)
    for rr in (h1, h2):
        for c in range(2, 13):
            ws.cell(rr, c).border = BOX
            ws.cell(rr, c).alignment = CENTER
            ws.cell(rr, c).fill = HEAD_FILL
            ws.cell(rr, c).font = Font(bold=True)

    entries = []
    row = h2 + 1
    for heading, section, no, text, canon, ans, target, rem in ROWS:
        if heading:
            ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=12)
            ws.cell(row, 2, heading).font = Font(bold=True)
            for c in range(2, 13):
                ws.cell(row, c).fill = SEC_FILL
                ws.cell(row, c).border = BOX
            row += 1
            continue
        if no:
            ws.cell(row, 2, no)
        ws.cell(row, 3, section if section in ("サーバ", "端末PC", "ネットワーク機器") else "")
        ws.cell(row, 4, text)
        ws.cell(row, 5 if ans == "はい" else 6, "○")
        ws.cell(row, 7, FIRST).number_format = "yyyy/m/d"
        if target:
            ws.cell(row, 8, target).number_format = "yyyy/m/d"
        ws.cell(row, 9, "○")
        ws.cell(row, 11, SECOND).number_format = "yyyy/m/d"
        if rem:
            ws.cell(row, 12, rem)
        for c in range(2, 13):
            ws.cell(row, c).border = BOX
            ws.cell(row, c).alignment = WRAP if c in (4, 12) else CENTER
        ws.row_dimensions[row].height = 30
        e = {"section": section, "item": canon}
        if no:
            e["itemNo"] = no
        e["firstAnswer"] = ans
        e["firstDate"] = FIRST.isoformat()
        if target:
            e["targetDate"] = target.isoformat()
        e["secondAnswer"] = "はい"
        e["secondDate"] = SECOND.isoformat()
        if rem:
            e["remarks"] = rem
        e["_row"] = row
        entries.append(e)
        row += 1

    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.print_title_rows = "9:10"

    g = wb.create_sheet("記入要領")
    notes = [
        "記入要領",
        "1. 医療機関ごと・システムごとに本シートを1枚作成してください。",
        "2. 1回目の確認結果は「はい」「いいえ」のいずれかの欄に○を記入し、確認日を記入してください。",
        "3. 「いいえ」の場合は、対応が完了する目標日を記入してください（令和7年3月31日まで）。",
        "4. 目標日までに対応した後、2回目の確認結果と確認日を記入してください。",
        "5. 各項目の詳細は「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル～医療機関・事業者向け～」を参照してください。",
    ]
    for i, t in enumerate(notes, 1):
        g.cell(i, 1, t)
    g["A1"].font = Font(bold=True, size=12)
    g.column_dimensions["A"].width = 110

    out = os.path.join(HERE, NAME + ".xlsx")
    wb.save(out)

    for e in entries:
        e.pop("_row")
    exp = {
        "form": "checklist-vendor",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"vendorName": VENDOR, "targetSystem": SYSTEM, "hospitalName": HOSPITAL, "entries": entries},
        "planted": [],
        "notes": ("Answers are ○ marks in the はい/いいえ columns (E/F for 1回目, I/J for 2回目); dates are Excel date cells. "
                  "Section heading rows (1 体制構築 etc.) are not entries. Device-class items (サーバ/端末PC/ネットワーク機器) "
                  "carry no item number in the workbook, so itemNo is omitted for them. Wording of vendor items 2-(1), 2-(2), "
                  "3-(1), 3-(2) is my reconstruction of the vendor-side parallel items (not given verbatim in the seeds). "
                  "2回目 was done for every item on 2024-12-10."),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    build()
