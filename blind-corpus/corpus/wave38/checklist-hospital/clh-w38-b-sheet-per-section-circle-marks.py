# Generator for clh-w38-b-sheet-per-section-circle-marks.xlsx
# Drawn by a small hospital's 事務部: one sheet per section, はい／いいえ as two columns where ○ marks the
# answer, dates typed as 和暦 text (R6.7.3 / 令和7年1月31日), device-class sub-headings 【サーバ】 etc.,
# 医療機関名 label and value in one cell. Re-saved by LibreOffice.
import sys, os, subprocess, shutil
sys.path.insert(0, "/tmp/clpy")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
# Item list (R6 医療機関確認用) as this drawer reconstructed it from the catalogue and seed 004.
PRE = "医療情報システムを導入、運用している"
I11 = "医療情報システム安全管理責任者を設置している"
I21 = "サーバ、端末PC、ネットワーク機器の台帳管理を行っている"
I22 = "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した"
I23 = "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう"
ACL = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
ACC = "退職者や使用していないアカウント等、不要なアカウントを削除している"
LOG = "アクセスログを管理している"
PWD = "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している"
PAT = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
SVC = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
SRC = "接続元制限を実施している"
I31 = "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある"
I32 = "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している"
I33 = "サイバー攻撃を想定した事業継続計画（BCP）を策定している"
SERVER = [ACL, ACC, LOG, PWD, PAT, SVC]
PC = [ACL, ACC, PWD, PAT, SVC]
NW = [PAT, SRC]

OUT = "/work/blind/wave38/checklist-hospital"
NAME = "clh-w38-b-sheet-per-section-circle-marks"
# sheet -> list of rows; ("H", heading) or (no, label_as_written, a1, d1, target, a2, d2, remarks, canonical_item, section)
S = {
 "前提・1 体制": [
  ("H", "前提"),
  ("", "医療情報システムを導入、運用している。\n※「いいえ」の場合は以降の確認は不要です。", "はい", "R6.7.3", None, None, None, None, PRE, "前提"),
  ("H", "1．体制構築"),
  ("1-(1)", "医療情報システム安全管理責任者を設置している。", "はい", "R6.7.3", None, None, None, "事務長が兼務", I11, "体制構築"),
 ],
 "2 システム管理": [
  ("H", "2．医療情報システムの管理・運用"),
  ("2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている。", "はい", "R6.7.3", None, None, None, "機器台帳はExcelで管理", I21, "医療情報システムの管理・運用"),
  ("2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した。", "はい", None, None, None, None, "電子カルテ・レセコン業者に確認", I22, "医療情報システムの管理・運用"),
  ("2-(3)", "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう。", "はい", "R6.7.10", None, None, None, None, I23, "医療情報システムの管理・運用"),
  ("H", "【サーバ】"),
  ("", "職種・担当業務別の情報区分毎のアクセス利用権限の設定", "はい", "R6.7.10", None, None, None, None, ACL, "サーバ"),
  ("", "不要なアカウント（退職者・未使用等）の削除", "はい", "R6.7.10", None, None, None, None, ACC, "サーバ"),
  ("", "アクセスログの管理", "いいえ", "R6.7.10", "R6.10.31", "はい", "R6.10.28", "ログ保存期間を1年に設定", LOG, "サーバ"),
  ("", "パスワード（英数字・記号混在8文字以上、定期変更）", "はい", "R6.7.10", None, None, None, None, PWD, "サーバ"),
  ("", "セキュリティパッチ（最新ファームウェアや更新プログラム）の適用", "はい", "R6.7.10", None, None, None, None, PAT, "サーバ"),
  ("", "バックグラウンドで動作している不要なソフトウェア及びサービスの停止", "はい", "R6.7.10", None, None, None, None, SVC, "サーバ"),
  ("H", "【端末PC】"),
  ("", "職種・担当業務別の情報区分毎のアクセス利用権限の設定", "はい", "R6.7.10", None, None, None, None, ACL, "端末PC"),
  ("", "不要なアカウント（退職者・未使用等）の削除", "はい", "R6.7.10", None, None, None, None, ACC, "端末PC"),
  ("", "パスワード（英数字・記号混在8文字以上、定期変更）", "いいえ", "R6.7.10", "R6.12.27", "はい", "R6.12.24", "90日ごとの変更を設定", PWD, "端末PC"),
  ("", "セキュリティパッチ（最新ファームウェアや更新プログラム）の適用", "はい", "R6.7.10", None, None, None, None, PAT, "端末PC"),
  ("", "バックグラウンドで動作している不要なソフトウェア及びサービスの停止", "はい", "R6.7.10", None, None, None, None, SVC, "端末PC"),
  ("H", "【ネットワーク機器】"),
  ("", "セキュリティパッチ（最新ファームウェアや更新プログラム）の適用", "はい", "R6.7.10", None, None, None, None, PAT, "ネットワーク機器"),
  ("", "接続元制限の実施", "はい", "R6.7.10", None, None, None, "VPN装置は保守業者IPのみ許可", SRC, "ネットワーク機器"),
 ],
 "3 インシデント対応": [
  ("H", "3．インシデント発生に備えた対応"),
  ("3-(1)", "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある。", "はい", "令和6年7月17日", None, None, None, None, I31, "インシデント発生に備えた対応"),
  ("3-(2)", "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している。", "いいえ", "令和6年7月17日", "令和7年1月31日", "はい", "令和7年1月29日", "復旧手順書を業者と作成", I32, "インシデント発生に備えた対応"),
  ("3-(3)", "サイバー攻撃を想定した事業継続計画（BCP）を策定している。", "いいえ", "令和6年7月17日", "令和7年6月30日", None, None, "院内BCP改定に合わせて作成予定", I33, "インシデント発生に備えた対応"),
 ],
}

thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(wrap_text=True, vertical="center", horizontal="center")
hfill = PatternFill("solid", fgColor="FFF2CC"); secfill = PatternFill("solid", fgColor="F2F2F2")
positions = []   # (sheet, row, rowtuple) for the expected.json writer

def build():
    wb = Workbook(); first_ws = True
    for sname, rows in S.items():
        ws = wb.active if first_ws else wb.create_sheet(sname)
        ws.title = sname
        for k, v in dict(A=7, B=52, C=6, D=6, E=15, F=15, G=6, H=6, I=15, J=26).items():
            ws.column_dimensions[k].width = v
        if first_ws:
            ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（医療機関確認用）"
            ws["A1"].font = Font(bold=True, size=13)
            ws["A2"] = "医療機関名：医療法人 双葉会 みどり川病院"
            ws["A2"].font = Font(bold=True)
            ws["A3"] = "※ 該当する欄に○を記入。1回目で「いいえ」の場合は目標日を記入し、対応後に2回目の確認を行うこと。"
        else:
            ws["A1"] = f"チェックリスト（医療機関確認用）　{sname}"
            ws["A1"].font = Font(bold=True, size=12)
        h1, h2 = 5, 6
        ws.merge_cells(start_row=h1, start_column=1, end_row=h2, end_column=1); ws.cell(h1, 1, "No.")
        ws.merge_cells(start_row=h1, start_column=2, end_row=h2, end_column=2); ws.cell(h1, 2, "チェック項目")
        ws.merge_cells(start_row=h1, start_column=3, end_row=h1, end_column=5); ws.cell(h1, 3, "1回目")
        ws.merge_cells(start_row=h1, start_column=6, end_row=h2, end_column=6); ws.cell(h1, 6, "目標日")
        ws.merge_cells(start_row=h1, start_column=7, end_row=h1, end_column=9); ws.cell(h1, 7, "2回目")
        ws.merge_cells(start_row=h1, start_column=10, end_row=h2, end_column=10); ws.cell(h1, 10, "備考")
        for c, t in zip((3, 4, 5, 7, 8, 9), ("はい", "いいえ", "確認日", "はい", "いいえ", "確認日")):
            ws.cell(h2, c, t)
        for r in (h1, h2):
            for c in range(1, 11):
                x = ws.cell(r, c); x.border = box; x.alignment = center; x.fill = hfill; x.font = Font(bold=True)
        r = 7
        for row in rows:
            if row[0] == "H":
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
                x = ws.cell(r, 1, row[1]); x.font = Font(bold=True); x.fill = secfill
                for c in range(1, 11):
                    ws.cell(r, c).border = box
            else:
                no, label, a1, d1, tg, a2, d2, rem = row[:8]
                ws.cell(r, 1, no or None)
                ws.cell(r, 2, label)
                ws.cell(r, 3 if a1 == "はい" else 4, "○")
                ws.cell(r, 5, d1)
                ws.cell(r, 6, tg)
                if a2:
                    ws.cell(r, 7 if a2 == "はい" else 8, "○")
                ws.cell(r, 9, d2)
                ws.cell(r, 10, rem)
                for c in range(1, 11):
                    x = ws.cell(r, c); x.border = box
                    x.alignment = wrap if c in (2, 10) else center
                ws.row_dimensions[r].height = 34
                positions.append((sname, r, row))
            r += 1
        first_ws = False
    return wb

if __name__ == "__main__":
    wb = build()
    tmp = "/tmp/clwork/" + NAME + ".xlsx"
    wb.save(tmp)
    outdir = "/tmp/clwork/lo_clh_b"; os.makedirs(outdir, exist_ok=True)
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, tmp], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(outdir, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
    for p in positions:
        print(p[0], p[1], p[2][0], p[2][9])
