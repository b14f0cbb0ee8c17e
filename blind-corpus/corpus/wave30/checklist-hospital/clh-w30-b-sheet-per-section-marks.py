# Generator for clh-w30-b-sheet-per-section-marks.xlsx
# Role: hospital IT person (医事課 システム担当) who rebuilt the MHLW 令和6年度版 チェックリスト（医療機関確認用）
# as a workbook with a cover sheet and one sheet per section; answers are ○ marks in はい / いいえ columns,
# 1回目 dates typed as 和暦 text (R6.8.2 / 令和6年8月2日), 目標日 as Excel dates, 2回目 dates year-less (9/27);
# a correctly labelled 記入例 row on the first section sheet; item wording shortened; re-saved by LibreOffice.
# Run: PYTHONPATH=/tmp/clmclh-py /usr/bin/python3 THIS.py
import json, os, shutil, subprocess, tempfile, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clh-w30-b-sheet-per-section-marks"
FAC = "特定医療法人 白樺会 しらかば台病院"
D = dt.date

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
MARK = "○"

T_PERM = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
T_ACCT = "退職者や使用していないアカウント等、不要なアカウントを削除している"
T_LOG = "アクセスログを管理している"
T_PW = "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している"
T_PATCH = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
T_SVC = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
T_SRC = "接続元制限を実施している"
S_PERM = "アクセス利用権限の設定（職種・担当業務別の情報区分毎）"
S_ACCT = "不要なアカウント（退職者・未使用等）の削除"
S_LOG = "アクセスログの管理"
S_PW = "パスワード（英数字・記号混在8文字以上、定期変更）"
S_PATCH = "セキュリティパッチ（最新FW・更新プログラム）の適用"
S_SVC = "バックグラウンドで動作している不要なソフト・サービスの停止"
S_SRC = "接続元制限の実施"


def A(ans, text, iso):
    """answer, how the date is written in the cell, ISO date"""
    return (ans, text, iso)


# Each sheet: list of rows. ("H", text) sub-heading row; ("I", section, itemNo, canonical, shown, first, target, second, remarks)
# first/second = A(...) or None; target = date or None
SHEETS = [
    ("前提・1体制構築", "前提 ／ 1 体制構築", [
        ("I", "前提", None, "医療情報システムを導入、運用している", "【前提】医療情報システムを導入、運用している（「いいえ」の場合は以降の記入不要）",
         A("はい", "R6.8.2", "2024-08-02"), None, None, None),
        ("H", "1　体制構築"),
        ("I", "体制構築", "1-(1)", "医療情報システム安全管理責任者を設置している", "医療情報システム安全管理責任者を設置している",
         A("はい", "R6.8.2", "2024-08-02"), None, None, "院長補佐（情報担当）を指名"),
    ]),
    ("2管理・運用", "2 医療情報システムの管理・運用", [
        ("I", "医療情報システムの管理・運用", "2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
         "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", A("はい", "R6.8.2", "2024-08-02"), None, None, None),
        ("I", "医療情報システムの管理・運用", "2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した",
         "リモートメンテナンス（保守）利用機器の有無を事業者に確認した", A("いいえ", "R6.8.2", "2024-08-02"),
         D(2024, 9, 30), A("はい", "9/27", "2024-09-27"), "電カル・PACS・透析システム業者に照会"),
        ("I", "医療情報システムの管理・運用", "2-(3)", "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
         "事業者からMDS/SDS（医療情報セキュリティ開示書）を提出してもらう", A("はい", "R6.8.2", "2024-08-02"), None, None, None),
        ("H", "【サーバ】"),
        ("I", "サーバ", None, T_PERM, S_PERM, A("はい", "R6.8.5", "2024-08-05"), None, None, None),
        ("I", "サーバ", None, T_ACCT, S_ACCT, A("はい", "R6.8.5", "2024-08-05"), None, None, None),
        ("I", "サーバ", None, T_LOG, S_LOG, A("いいえ", "R6.8.5", "2024-08-05"), D(2024, 11, 30),
         A("はい", "11/22", "2024-11-22"), "ログ保存期間を1年に設定"),
        ("I", "サーバ", None, T_PW, S_PW, A("はい", "R6.8.5", "2024-08-05"), None, None, None),
        ("I", "サーバ", None, T_PATCH, S_PATCH, A("はい", "R6.8.5", "2024-08-05"), None, None, None),
        ("I", "サーバ", None, T_SVC, S_SVC, A("はい", "R6.8.5", "2024-08-05"), None, None, None),
        ("H", "【端末PC】"),
        ("I", "端末PC", None, T_PERM, S_PERM, A("はい", "R6.8.5", "2024-08-05"), None, None, None),
        ("I", "端末PC", None, T_ACCT, S_ACCT, A("いいえ", "R6.8.5", "2024-08-05"), D(2024, 9, 30),
         A("はい", "9/30", "2024-09-30"), "共用IDを廃止し個人IDへ"),
        ("I", "端末PC", None, T_PW, S_PW, A("はい", "R6.8.5", "2024-08-05"), None, None, None),
        # PLANTED: 目標日 7/31 is before the 1回目 date R6.8.5 (meant 10/31)
        ("I", "端末PC", None, T_PATCH, S_PATCH, A("いいえ", "R6.8.5", "2024-08-05"), D(2024, 7, 31),
         A("はい", "10/18", "2024-10-18"), "Windows Update 配信をWSUSで一元化"),
        ("I", "端末PC", None, T_SVC, S_SVC, A("はい", "R6.8.5", "2024-08-05"), None, None, None),
        ("H", "【ネットワーク機器】"),
        ("I", "ネットワーク機器", None, T_PW, S_PW, A("はい", "R6.8.5", "2024-08-05"), None, None, None),
        ("I", "ネットワーク機器", None, T_PATCH, S_PATCH, A("はい", "R6.8.5", "2024-08-05"), None, None, None),
        # PLANTED: 1回目 not answered (no mark, no date) - only a remark
        ("I", "ネットワーク機器", None, T_SRC, S_SRC, None, None, None, "保守業者に確認中"),
    ]),
    ("3インシデント対応", "3 インシデント発生に備えた対応", [
        ("I", "インシデント発生に備えた対応", "3-(1)",
         "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
         "インシデント発生時の組織内と外部関係機関（事業者、厚労省、警察等）への連絡体制図がある",
         A("はい", "令和6年8月2日", "2024-08-02"), None, None, None),
        ("I", "インシデント発生に備えた対応", "3-(2)",
         "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
         "診療継続に必要な情報を検討し、データ・システムのバックアップの実施と復旧手順を確認している",
         A("はい", "令和6年8月2日", "2024-08-02"), None, None, None),
        ("I", "インシデント発生に備えた対応", "3-(3)", "サイバー攻撃を想定した事業継続計画（BCP）を策定している",
         "サイバー攻撃を想定したBCPを策定している", A("いいえ", "令和6年8月2日", "2024-08-02"), D(2025, 2, 28),
         A("はい", "2/21", "2025-02-21"), "2/21 院内BCP委員会で承認"),
    ]),
]


def header(ws, h):
    for col, t in (("A", "No."), ("B", "チェック項目"), ("C", "1回目"), ("F", "目標日"), ("G", "2回目"), ("J", "備考")):
        ws[f"{col}{h}"] = t
    for col in "ABFJ":
        ws.merge_cells(f"{col}{h}:{col}{h+1}")
    ws.merge_cells(f"C{h}:E{h}")
    ws.merge_cells(f"G{h}:I{h}")
    for col, t in zip("CDEGHI", ("はい", "いいえ", "確認日", "はい", "いいえ", "確認日")):
        ws[f"{col}{h+1}"] = t
    for rr in (h, h + 1):
        for col in "ABCDEFGHIJ":
            ws[f"{col}{rr}"].border = box
            ws[f"{col}{rr}"].alignment = center
            ws[f"{col}{rr}"].fill = PatternFill("solid", fgColor="FCE4D6")
    for k, v in {"A": 7, "B": 50, "C": 5, "D": 6, "E": 14, "F": 11, "G": 5, "H": 6, "I": 9, "J": 30}.items():
        ws.column_dimensions[k].width = v


def put_answer(ws, r, cols, ans):
    yes, no, date = cols
    if ans is None:
        return
    ws[f"{yes if ans[0] == 'はい' else no}{r}"] = MARK
    ws[f"{date}{r}"] = ans[1]


def build():
    wb = Workbook()
    cov = wb.active
    cov.title = "表紙"
    cov.column_dimensions["A"].width = 90
    cov["A1"] = "令和6年度版　医療機関におけるサイバーセキュリティ対策チェックリスト（医療機関確認用）"
    cov["A1"].font = Font(bold=True, size=13)
    cov["A3"] = "医療機関名：" + FAC
    cov["A3"].font = Font(size=12)
    cov["A4"] = "記入者：医事課 システム担当　佐々木"
    cov["A6"] = "記入方法"
    cov["A6"].font = Font(bold=True)
    cov["A7"] = "・該当する欄（はい／いいえ）に「○」を付け、確認日を記入してください。"
    cov["A8"] = "・1回目で「いいえ」の項目は目標日を記入し、対応後に2回目の確認結果を記入してください。"
    cov["A9"] = "・シート「前提・1体制構築」「2管理・運用」「3インシデント対応」の順に記入してください。"

    entries = []
    where = {}
    for si, (sname, title, rows) in enumerate(SHEETS):
        ws = wb.create_sheet(sname)
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=12)
        h = 3
        header(ws, h)
        r = h + 2
        if si == 0:
            # correctly labelled example row - must be ignored
            ex = ["記入例", "（例）○○を実施している", None, MARK, "R6.8.1", "R6.9.30", MARK, None, "9/20",
                  "対応後は2回目も記入"]
            for col, v in zip("ABCDEFGHIJ", ex):
                ws[f"{col}{r}"] = v
                ws[f"{col}{r}"].font = Font(italic=True, color="808080")
                ws[f"{col}{r}"].border = box
                ws[f"{col}{r}"].alignment = center if col not in "BJ" else wrap
            r += 1
        for row in rows:
            if row[0] == "H":
                ws.merge_cells(f"A{r}:J{r}")
                ws[f"A{r}"] = row[1]
                ws[f"A{r}"].font = Font(bold=True)
                for col in "ABCDEFGHIJ":
                    ws[f"{col}{r}"].border = box
                r += 1
                continue
            _, sec, no, canon, shown, first, target, second, rem = row
            if no:
                ws[f"A{r}"] = no
            ws[f"B{r}"] = shown
            put_answer(ws, r, ("C", "D", "E"), first)
            if target:
                ws[f"F{r}"] = target
                ws[f"F{r}"].number_format = "m/d"
            put_answer(ws, r, ("G", "H", "I"), second)
            if rem:
                ws[f"J{r}"] = rem
            for col in "ABCDEFGHIJ":
                ws[f"{col}{r}"].border = box
                ws[f"{col}{r}"].alignment = wrap if col in "BJ" else center
            ws.row_dimensions[r].height = 30
            e = {"section": sec, "item": canon}
            if no:
                e["itemNo"] = no
            if first:
                e["firstAnswer"] = first[0]
                e["firstDate"] = first[2]
            if target:
                e["targetDate"] = target.isoformat()
            if second:
                e["secondAnswer"] = second[0]
                e["secondDate"] = second[2]
            if rem:
                e["remarks"] = rem
            where[(sec, canon)] = (sname, r, len(entries))
            entries.append(e)
            r += 1

    tmpd = tempfile.mkdtemp(prefix="clhb-")
    raw = os.path.join(tmpd, NAME + ".xlsx")
    wb.save(raw)
    outd = os.path.join(tmpd, "lo")
    os.makedirs(outd)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmpd}/profile", "--headless",
                    "--convert-to", "xlsx", "--outdir", outd, raw], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out = os.path.join(HERE, NAME + ".xlsx")
    shutil.copy(os.path.join(outd, NAME + ".xlsx"), out)
    shutil.rmtree(tmpd, ignore_errors=True)

    s1, r1, i1 = where[("端末PC", T_PATCH)]
    s2, r2, i2 = where[("ネットワーク機器", T_SRC)]
    exp = {
        "form": "checklist-hospital",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FAC, "entries": entries},
        "planted": [
            {"cells": [f"{s1}!F{r1}", f"{s1}!E{r1}"], "paths": [f"entries[{i1}].targetDate"],
             "why": "目標日 2024/7/31 が1回目の確認日 R6.8.5 より前（目標日は1回目確認日より後であること; 10/31 のつもり）"},
            {"cells": [f"{s2}!C{r2}", f"{s2}!D{r2}", f"{s2}!E{r2}"],
             "paths": [f"entries[{i2}].firstAnswer", f"entries[{i2}].firstDate"],
             "why": "ネットワーク機器「接続元制限を実施している」の1回目の回答（はい/いいえ）と確認日が未記入（備考に「保守業者に確認中」のみ）"},
        ],
        "notes": ("Cover sheet 表紙 holds 医療機関名 in one cell with its label ('医療機関名：…'); items are on three "
                  "section sheets in the order 前提・1体制構築 → 2管理・運用 → 3インシデント対応. Row 5 of the first "
                  "section sheet is a correctly labelled 記入例 row (not in values). Answers are ○ marks in the はい / "
                  "いいえ columns. 1回目 dates are 和暦 text (R6.8.2, 令和6年8月2日); 目標日 are Excel dates shown m/d; "
                  "2回目 dates are year-less text (9/27 = 2024-09-27, 2/21 = 2025-02-21). Item wording is shortened; "
                  "'item' gives the catalogue wording. Device-class sub-heading rows 【サーバ】【端末PC】【ネットワーク機器】 "
                  "give the section of the rows under them; they have no 項番. The 接続元制限 row has only a remark, so "
                  "it is an entry without answers. Re-saved by LibreOffice."),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
    return out


if __name__ == "__main__":
    print(build())
