# Generator: clh-w31-b-sheet-per-section-marks.xlsx
# Prefecture health-centre style: a cover sheet (医療機関名 label above value, notes) and one sheet per section;
# section 2: block 2-(1)..(3), then device-class blocks (■サーバ / ■端末PC / ■ネットワーク機器) with no numbers on the
# device rows; ● in はい / いいえ columns; dates typed as text in 和暦 (R6.7.3, 令和6年9月30日).
# Re-saved by LibreOffice. Two planted mistakes.
import sys, json, os, subprocess, shutil, tempfile
sys.path.insert(0, "/tmp/clmh-py")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "clh-w31-b-sheet-per-section-marks"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
hdrfill = PatternFill("solid", fgColor="FCE4D6")
blkfill = PatternFill("solid", fgColor="EDEDED")

wb = Workbook()
cv = wb.active
cv.title = "表紙"
cv.column_dimensions["A"].width = 3
cv.column_dimensions["B"].width = 80
cv["B2"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度版）"
cv["B2"].font = Font(bold=True, size=14)
cv["B3"] = "【医療機関確認用】"
cv["B3"].font = Font(bold=True)
cv["B5"] = "医療機関名"
cv["B5"].font = Font(bold=True)
cv["B6"] = "特定医療法人芳和会 みなみ野記念病院"
cv["B6"].border = box
cv["B6"].font = Font(size=12)
notes = [
    "〈記入上の注意〉",
    "・各項目について、1回目の確認結果（はい／いいえ）の欄に●を付け、確認日を記入してください。",
    "・「前提」が「いいえ」（医療情報システムを導入していない）の場合は、以降のシートの記入は不要です。",
    "・1回目が「いいえ」の項目は、対応完了の目標日（令和6年度中）を記入してください。",
    "・目標日以降に再確認を行い、2回目の結果と確認日を記入してください。",
    "・シート「1 体制構築」「2 管理・運用」「3 インシデント対応」に分かれています。",
    "・立入検査時にこのチェックリストを確認します。",
]
for i, t in enumerate(notes, 8):
    cv.cell(i, 2, t)

SV, PC, NW = "サーバ", "端末PC", "ネットワーク機器"
SEC1, SEC2, SEC3 = "体制構築", "医療情報システムの管理・運用", "インシデント発生に備えた対応"
T_ACC = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
T_DEL = "退職者や使用していないアカウント等、不要なアカウントを削除している"
T_LOG = "アクセスログを管理している"
T_PAT = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
T_BG = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
T_SRC = "接続元制限を実施している"

# row tuple: (no, item, section, first, firstDateText, firstDateISO, tgtText, tgtISO, second, sdText, sdISO, remarks)
def R(no, item, sec, first, fdt, fdi, tt=None, ti=None, second=None, st=None, si=None, rem=None):
    return dict(no=no, item=item, sec=sec, first=first, fdt=fdt, fdi=fdi, tt=tt, ti=ti, second=second, st=st, si=si, rem=rem)

sheets = [
    ("1 体制構築", [
        ("■前提", [R("", "医療情報システムを導入、運用している", "前提", "はい", "R6.7.3", "2024-07-03")]),
        ("■1　" + SEC1, [R("1-(1)", "医療情報システム安全管理責任者を設置している", SEC1, "はい", "R6.7.3", "2024-07-03",
                          rem="事務長が兼任")]),
    ]),
    ("2 管理・運用", [
        ("■2　" + SEC2, [
            R("2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", SEC2, "いいえ", "R6.7.3", "2024-07-03",
              "令和6年10月31日", "2024-10-31", "はい", "R6.10.28", "2024-10-28", "台帳はあるがネットワーク機器が未記載\n→追記済み"),
            R("2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", SEC2, "はい", "R6.7.3", "2024-07-03"),
            R("2-(3)", "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう", SEC2,
              "いいえ", "R6.7.3", "2024-07-03", "令和6年12月27日", "2024-12-27", rem="電子カルテベンダーへ依頼済、回答待ち"),
        ]),
        ("■" + SV, [
            R("", T_ACC, SV, "はい", "R6.7.4", "2024-07-04"),
            R("", T_DEL, SV, "はい", "R6.7.4", "2024-07-04"),
            R("", T_LOG, SV, "はい", "R6.7.4", "2024-07-04", rem="ログは1年保存"),
            R("", T_PAT, SV, "はい", "R6.7.4", "2024-07-04"),
            R("", T_BG, SV, "はい", "R6.7.4", "2024-07-04"),
        ]),
        ("■" + PC, [
            R("", T_ACC, PC, "はい", "R6.7.4", "2024-07-04"),
            R("", T_DEL, PC, "はい", "", None),   # PLANT: 1回目 確認日 missing
            R("", T_PAT, PC, "いいえ", "R6.7.4", "2024-07-04", "令和6年8月30日", "2024-08-30", "はい", "R6.8.22", "2024-08-22",
              "Windows Update未適用の端末 12台"),
            R("", T_BG, PC, "はい", "R6.7.4", "2024-07-04"),
        ]),
        ("■" + NW, [
            R("", T_PAT, NW, "はい", "R6.7.4", "2024-07-04", rem="UTM・ルータ（保守業者確認）"),
            R("", T_SRC, NW, "はい", "R6.7.4", "2024-07-04"),
        ]),
    ]),
    ("3 インシデント対応", [
        ("■3　" + SEC3, [
            R("3-(1)", "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある", SEC3,
              "はい", "R6.7.3", "2024-07-03"),
            R("3-(2)", "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
              SEC3, "はい", "R6.7.3", "2024-07-03", rem="バックアップ：日次（オフライン保管は週1回）"),
            R("3-(3)", "サイバー攻撃を想定した事業継続計画（BCP）を策定している", SEC3, "いいえ", "R6.7.3", "2024-07-03",
              "令和7年6月30日", "2025-06-30", rem="法人本部と調整中 "),   # PLANT: 目標日 outside FY R6
        ]),
    ]),
]

COLS = ["No.", "チェック項目", "はい", "いいえ", "確認日", "目標日", "はい", "いいえ", "確認日", "備考"]
entries = []
cellref = {}
for sname, blocks in sheets:
    ws = wb.create_sheet(sname)
    for k, v in zip("ABCDEFGHIJ", [7, 52, 6, 6, 11, 16, 6, 6, 11, 30]):
        ws.column_dimensions[k].width = v
    ws["A1"] = f"サイバーセキュリティ対策チェックリスト（医療機関確認用）　{sname}"
    ws["A1"].font = Font(bold=True, size=12)
    for rng, t in [("A3:A4", "No."), ("B3:B4", "チェック項目"), ("C3:E3", "1回目"), ("F3:F4", "目標日"),
                   ("G3:I3", "2回目"), ("J3:J4", "備考")]:
        ws.merge_cells(rng)
        ws[rng.split(":")[0]] = t
    for col, t in zip("CDEGHI", ["はい", "いいえ", "確認日", "はい", "いいえ", "確認日"]):
        ws[f"{col}4"] = t
    for rr in (3, 4):
        for cc in range(1, 11):
            c = ws.cell(rr, cc)
            c.border = box
            c.fill = hdrfill
            c.alignment = center
            c.font = Font(bold=True)
    r = 5
    for btitle, rows in blocks:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        ws.cell(r, 1, btitle).font = Font(bold=True)
        for cc in range(1, 11):
            ws.cell(r, cc).fill = blkfill
            ws.cell(r, cc).border = box
        r += 1
        for x in rows:
            ws.cell(r, 1, x["no"] or ("－" if x["sec"] == "前提" else "・"))
            ws.cell(r, 2, x["item"])
            ws.cell(r, 3 if x["first"] == "はい" else 4, "●")
            if x["fdt"]:
                ws.cell(r, 5, x["fdt"])
            if x["tt"]:
                ws.cell(r, 6, x["tt"])
            if x["second"]:
                ws.cell(r, 7 if x["second"] == "はい" else 8, "●")
                ws.cell(r, 9, x["st"])
            if x["rem"]:
                ws.cell(r, 10, x["rem"])
            for cc in range(1, 11):
                c = ws.cell(r, cc)
                c.border = box
                c.alignment = wrap if cc in (2, 10) else center
            ws.row_dimensions[r].height = 34
            e = {"section": x["sec"], "item": x["item"]}
            if x["no"]:
                e["itemNo"] = x["no"]
            e["firstAnswer"] = x["first"]
            if x["fdi"]: e["firstDate"] = x["fdi"]
            if x["ti"]: e["targetDate"] = x["ti"]
            if x["second"]:
                e["secondAnswer"] = x["second"]
                e["secondDate"] = x["si"]
            if x["rem"]: e["remarks"] = x["rem"]
            cellref[len(entries)] = (sname, r)
            entries.append(e)
            r += 1
    ws.freeze_panes = "C5"
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 0

tmpd = tempfile.mkdtemp()
raw = os.path.join(tmpd, NAME + ".xlsx")
wb.save(raw)
outd = os.path.join(tmpd, "lo")
os.makedirs(outd)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outd, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outd, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
shutil.rmtree(tmpd)

i_nodate = next(i for i, e in enumerate(entries) if e["section"] == PC and e["item"] == T_DEL)
i_bcp = next(i for i, e in enumerate(entries) if e.get("itemNo") == "3-(3)")
s1, r1 = cellref[i_nodate]
s2, r2 = cellref[i_bcp]
exp = {
    "form": "checklist-hospital",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": "特定医療法人芳和会 みなみ野記念病院", "entries": entries},
    "planted": [
        {"cells": [f"{s1}!E{r1}"], "paths": [f"entries[{i_nodate}].firstDate"],
         "why": "1回目の回答（はい）はあるが確認日が未記入（全項目に1回目の回答と確認日が必要）"},
        {"cells": [f"{s2}!F{r2}"], "paths": [f"entries[{i_bcp}].targetDate"],
         "why": "目標日 令和7年6月30日 (2025-06-30) が令和6年度（2025-03-31まで）を超えている"},
    ],
    "notes": ("Cover sheet 表紙 holds 医療機関名 (label above, B6). One sheet per section; section 2 is split into blocks "
              "■2　医療情報システムの管理・運用 / ■サーバ / ■端末PC / ■ネットワーク機器 (class-major order); device rows show no number "
              "('・'), so itemNo is omitted for them; the 前提 row shows '－'. Answers are ● in separate はい / いいえ "
              "columns. Dates are typed as text in 和暦 (R6.7.3, 令和6年10月31日). section for non-device items = the block "
              "heading text without number (体制構築 / 医療情報システムの管理・運用 / インシデント発生に備えた対応). Device-class items follow the R6 list in "
              "seed 004 (no password item). One remark has a trailing space (kept). Re-saved by LibreOffice."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
