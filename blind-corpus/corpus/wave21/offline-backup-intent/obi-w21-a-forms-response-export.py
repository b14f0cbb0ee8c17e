#!/usr/bin/python3
"""obi-w21-a: Microsoft Forms response export of the オフラインバックアップ支援意向に関するアンケート,
as the secretariat downloads it (one sheet, one row per hospital), with one column the secretariat
added at the right (支援方針, an IF formula), then re-saved by LibreOffice so the formula has a cached value.
"""
import os
import shutil
import subprocess
import tempfile
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

OUT_DIR = "/work/blind/wave21/offline-backup-intent"
NAME = "obi-w21-a-forms-response-export.xlsx"

Q_NAME = "病院名を入力してください。"
Q_COUNT = ("患者数を入力してください。\n"
           "Microsoft Teamsの「00_医療機関データ」に表示されている患者情報数を記入ください。")
Q_STATE = ("現在の電子カルテのオフラインバックアップの状況について、最も近いものを選択してください。\n"
           "（「別紙5_各媒体におけるオフライン状態の定義」をご確認の上ご回答ください）")
Q_INTENT = ("本事業におけるオフラインバックアップ支援の意向を選択してください。\n"
            "（支援可能な物品は「別紙6_オフラインバックアップ支援可能物品一覧」をご参照ください）")
Q_STORAGE = "オフラインバックアップの保存先（運用中・検討中の保存先、または希望する保存先）を選択してください。"
Q_REMARKS = "その他、ご意見・ご質問等がございましたらご記入ください。"

S_OP = "既に電子カルテのオフラインバックアップを運用している"
S_PLAN = "電子カルテベンダ等とオフラインバックアップの方針を検討中である"
S_NONE = "オフラインバックアップは実施していない"

I_A = "本事業で支援可能なサーバ・物品を新設する（年度内に調達可能）"
I_B = "本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）"
I_C = "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する"
I_NO = "本事業での支援は不要"

ST_MEDIA = "院内の物理媒体"
ST_CLOUD = "外部クラウド環境"

HEAD = ["ID", "開始時刻", "完了時刻", "メール", "名前",
        Q_NAME, Q_COUNT, Q_STATE, Q_INTENT, Q_STORAGE, Q_REMARKS, "支援方針（事務局判定）"]

# (start, end, mail, name, hospital, count, state, intent, storage, remarks)
ROWS = [
    (datetime(2024, 7, 8, 9, 12, 41), datetime(2024, 7, 8, 9, 20, 3), "anonymous", "",
     "医療法人社団 瀬戸会 瀬戸内中央病院", 1284, S_NONE, I_A, ST_MEDIA,
     "物品一覧のNASで見積依頼中です。\n年内に発注予定。"),
    (datetime(2024, 7, 10, 14, 2, 9), datetime(2024, 7, 10, 14, 6, 55), "anonymous", "",
     "高松南記念病院", 356, S_OP, I_NO, ST_MEDIA,
     "LTOテープで週1回取得し、院外倉庫にて保管しています。"),
    (datetime(2024, 7, 16, 10, 31, 0), datetime(2024, 7, 16, 10, 44, 18), "anonymous", "",
     "丸亀さくら病院 ", 97, S_PLAN, I_NO, ST_CLOUD,
     "電子カルテ更新（令和7年度予定）に合わせてベンダと検討中のため支援は不要です。"),
    (datetime(2024, 7, 22, 16, 48, 27), datetime(2024, 7, 22, 16, 55, 2), "anonymous", "",
     "社会医療法人 琴平会 ことひら病院", 2410, S_NONE, I_B, ST_MEDIA, None),
    (datetime(2024, 8, 5, 8, 59, 14), datetime(2024, 8, 5, 9, 7, 40), "anonymous", "",
     "坂出いずみ病院", 41, S_PLAN, I_C, ST_MEDIA,
     "既存のバックアップサーバにUSB接続のRDXを追加する方向で考えています。"),
    (datetime(2024, 8, 27, 13, 20, 5), datetime(2024, 8, 27, 13, 33, 51), "anonymous", "",
     "観音寺みなと総合病院", 1875, S_NONE, I_A, ST_CLOUD,
     "クラウドの場合の通信量について打合せで相談したいです。"),
]

CODE = {S_OP: "OFFLINE_IN_OPERATION", S_PLAN: "PLANNING_WITH_VENDOR", S_NONE: "NOT_IMPLEMENTED",
        I_A: "PROCURE_THIS_YEAR", I_B: "PROCURE_NEXT_YEAR", I_C: "CONNECT_EXISTING", I_NO: "NO_SUPPORT_NEEDED",
        ST_MEDIA: "ON_PREMISES_MEDIA", ST_CLOUD: "EXTERNAL_CLOUD"}
POLICY = {"対象外": "NOT_ELIGIBLE", "報告のみ": "REPORT_ONLY", "支援A": "SUPPORT_A",
          "支援B": "SUPPORT_B", "支援C": "SUPPORT_C"}


def policy(state, intent):
    if state == S_OP:
        return "対象外"
    if intent == I_NO:
        return "報告のみ"
    return {I_A: "支援A", I_B: "支援B", I_C: "支援C"}[intent]


def build(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(HEAD)
    for i, r in enumerate(ROWS, start=1):
        start, end, mail, name, hosp, count, state, intent, storage, remarks = r
        row = i + 1
        ws.append([i, start, end, mail, name, hosp, count, state, intent, storage, remarks])
        ws.cell(row=row, column=2).number_format = "yyyy/m/d h:mm:ss"
        ws.cell(row=row, column=3).number_format = "yyyy/m/d h:mm:ss"
        ws.cell(row=row, column=12).value = (
            f'=IF(H{row}="{S_OP}","対象外",IF(I{row}="{I_NO}","報告のみ",'
            f'IF(I{row}="{I_A}","支援A",IF(I{row}="{I_B}","支援B",IF(I{row}="{I_C}","支援C","要確認")))))')
    for c in ws[1]:
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True, vertical="top")
    ws.cell(row=1, column=12).fill = PatternFill("solid", fgColor="FFF2CC")
    widths = [5, 18, 18, 11, 8, 34, 14, 40, 44, 18, 44, 16]
    for idx, w in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + idx)].width = w
    for row in ws.iter_rows(min_row=2):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"
    wb.save(path)


def main():
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, NAME)
    build(src)
    outd = os.path.join(tmp, "lo")
    os.makedirs(outd)
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outd, src],
                   check=True, capture_output=True)
    shutil.copy(os.path.join(outd, NAME), os.path.join(OUT_DIR, NAME))
    shutil.rmtree(tmp)

    subs = []
    for i, r in enumerate(ROWS, start=2):
        start, end, mail, name, hosp, count, state, intent, storage, remarks = r
        v = {"hospitalName": hosp.strip(), "patientCount": count, "currentState": CODE[state],
             "intent": CODE[intent], "storage": CODE[storage]}
        if remarks:
            v["remarks"] = remarks
        v["supportPolicy"] = POLICY[policy(state, intent)]
        subs.append({"row": i, "values": v})
    return subs


if __name__ == "__main__":
    import json
    subs = main()
    exp = {
        "form": "offline-backup-intent",
        "version": "R6",
        "file": NAME,
        "submissions": subs,
        "planted": [],
        "notes": ("Microsoft Forms export (Sheet1, row 1 = question texts, rows 2-7 = six hospitals; "
                  "columns A-E are the tool's own ID/開始時刻/完了時刻/メール/名前). Column L "
                  "'支援方針（事務局判定）' was added by the secretariat as an IF formula; the file was re-saved by "
                  "LibreOffice so the formula results are cached. Row 4 hospital name has a trailing space in "
                  "the cell (canonical value trimmed). All hospitals answered every choice question; remarks "
                  "left blank in row 5."),
    }
    with open(os.path.join(OUT_DIR, NAME.replace(".xlsx", ".expected.json")), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")
