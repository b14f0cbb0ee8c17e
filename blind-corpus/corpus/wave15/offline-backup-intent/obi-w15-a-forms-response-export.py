#!/usr/bin/python3
"""obi-w15-a: Microsoft Forms response export of the オフラインバックアップ支援意向に関するアンケート,
as the programme secretariat downloads it (one row per hospital), with one column the secretariat
added on the right (支援方針（事務局判定）). No planted problem."""
import datetime as dt
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.table import Table, TableStyleInfo

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "obi-w15-a-forms-response-export"

Q_NAME = "病院名を入力してください。"
Q_COUNT = "患者数を入力してください。"
Q_STATE = "現在の電子カルテのバックアップの状況について、該当するものを1つ選択してください。"
Q_INTENT = "本事業におけるオフラインバックアップ整備支援のご意向について、該当するものを1つ選択してください。"
Q_STORE = "オフラインバックアップの保存先として希望するものを選択してください。"
Q_REM = "その他、ご意見・ご質問等がございましたらご記入ください。"

S = {
    "OFFLINE_IN_OPERATION": "既に電子カルテのオフラインバックアップを運用している",
    "PLANNING_WITH_VENDOR": "電子カルテベンダ等とオフラインバックアップの方針を検討中である",
    "NOT_IMPLEMENTED": "オフラインバックアップは実施していない",
}
I = {
    "PROCURE_THIS_YEAR": "本事業で支援可能なサーバ・物品を新設する（調達は年度内に可能）",
    "PROCURE_NEXT_YEAR": "本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）",
    "CONNECT_EXISTING": "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する",
    "NO_SUPPORT_NEEDED": "本事業での支援は不要（電子カルテベンダ等と検討中の方針で進める）",
}
ST = {
    "ON_PREMISES_MEDIA": "院内の物理媒体に保存",
    "EXTERNAL_CLOUD": "外部クラウド環境に保存",
}
P = {
    "NOT_ELIGIBLE": "対象外",
    "REPORT_ONLY": "報告のみ",
    "SUPPORT_A": "支援A",
    "SUPPORT_B": "支援B",
    "SUPPORT_C": "支援C",
}

# (start, end, hospitalName as typed, canonical name, count text, state, intent, storage, remarks, policy)
ROWS = [
    (dt.datetime(2024, 7, 16, 9, 41, 7), dt.datetime(2024, 7, 16, 9, 47, 52),
     "医療法人社団　健生会　さぬき中央病院", None, "1250",
     "NOT_IMPLEMENTED", "PROCURE_THIS_YEAR", "ON_PREMISES_MEDIA",
     "電子カルテベンダ（株式会社メディネクスト）にも打合せへの参加を依頼済みです。", "SUPPORT_A"),
    (dt.datetime(2024, 7, 22, 14, 3, 31), dt.datetime(2024, 7, 22, 14, 10, 2),
     "高松みなと病院", None, "860",
     "PLANNING_WITH_VENDOR", "NO_SUPPORT_NEEDED", None,
     "ベンダーとLTOによる世代管理方式で検討中です。\n令和7年度中の導入を予定しています。", "REPORT_ONLY"),
    (dt.datetime(2024, 7, 30, 10, 15, 0), dt.datetime(2024, 7, 30, 10, 17, 44),
     "丸亀記念病院　", "丸亀記念病院", "2100",
     "OFFLINE_IN_OPERATION", None, None,
     None, "NOT_ELIGIBLE"),
    (dt.datetime(2024, 8, 5, 16, 52, 10), dt.datetime(2024, 8, 5, 17, 4, 26),
     "坂出協立病院", None, "420",
     "NOT_IMPLEMENTED", "PROCURE_NEXT_YEAR", "EXTERNAL_CLOUD",
     "予算措置が次年度となるため、調達は令和7年度を予定しています。", "SUPPORT_B"),
    (dt.datetime(2024, 8, 19, 11, 20, 45), dt.datetime(2024, 8, 19, 11, 29, 3),
     "観音寺東病院", None, "95",
     "NOT_IMPLEMENTED", "CONNECT_EXISTING", "ON_PREMISES_MEDIA",
     "既存のバックアップサーバにRDXを接続する想定です", "SUPPORT_C"),
    (dt.datetime(2024, 8, 28, 13, 5, 58), dt.datetime(2024, 8, 28, 13, 21, 37),
     "独立行政法人 善通寺きたはら医療センター", None, "1730",
     "PLANNING_WITH_VENDOR", "CONNECT_EXISTING", "EXTERNAL_CLOUD",
     None, "SUPPORT_C"),
]


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    head = ["ID", "開始時刻", "完了時刻", "メール", "名前", "最終変更時刻",
            Q_NAME, Q_COUNT, Q_STATE, Q_INTENT, Q_STORE, Q_REM]
    for c, h in enumerate(head, 1):
        ws.cell(row=1, column=c, value=h)
    subs = []
    for i, (t0, t1, name, cname, cnt, st, it, sto, rem, pol) in enumerate(ROWS, 1):
        r = i + 1
        ws.cell(row=r, column=1, value=i)
        for col, t in ((2, t0), (3, t1)):
            cell = ws.cell(row=r, column=col, value=t)
            cell.number_format = "yyyy/m/d h:mm:ss"
        ws.cell(row=r, column=4, value="anonymous")
        ws.cell(row=r, column=7, value=name)
        ws.cell(row=r, column=8, value=cnt)  # Forms exports the number answer as text
        ws.cell(row=r, column=9, value=S[st])
        if it:
            ws.cell(row=r, column=10, value=I[it])
        if sto:
            ws.cell(row=r, column=11, value=ST[sto])
        if rem:
            c = ws.cell(row=r, column=12, value=rem)
            c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(row=r, column=13, value=P[pol])
        v = {"hospitalName": cname or name, "patientCount": int(cnt), "currentState": st}
        if it:
            v["intent"] = it
        if sto:
            v["storage"] = sto
        if rem:
            v["remarks"] = rem
        v["supportPolicy"] = pol
        subs.append({"row": r, "values": v})

    last = len(ROWS) + 1
    tab = Table(displayName="Table1", ref=f"A1:L{last}")
    tab.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
    ws.add_table(tab)

    # column the secretariat added after downloading
    h = ws.cell(row=1, column=13, value="支援方針（事務局判定）")
    h.font = Font(bold=True)
    yellow = PatternFill("solid", fgColor="FFF2CC")
    for r in range(1, last + 1):
        ws.cell(row=r, column=13).fill = yellow

    widths = [5, 18, 18, 12, 10, 14, 36, 12, 44, 50, 24, 48, 20]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "B2"

    out = os.path.join(HERE, NAME + ".xlsx")
    wb.save(out)

    exp = {
        "form": "offline-backup-intent",
        "version": "R6",
        "file": NAME + ".xlsx",
        "submissions": subs,
        "planted": [],
        "notes": (
            "Microsoft Forms response export (Sheet1, table Table1 A1:L7), one hospital per row, rows 2-7. "
            "Columns ID/開始時刻/完了時刻/メール/名前/最終変更時刻 are the tool's own; メール is 'anonymous', "
            "名前 and 最終変更時刻 are empty. The 患者数 answers are stored as text (as Forms exports them). "
            "Skipped questions (branching: 既に運用 skips 意向 and 保存先; 支援不要 skips 保存先) are empty "
            "and omitted. Row 4 hospital name has a trailing full-width space (not part of the value). "
            "Column M '支援方針（事務局判定）' was added by the secretariat outside the Forms table; it is "
            "consistent with the answers (row 7: 検討中 + 既存設備に媒体接続 → 支援C)."
        ),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    build()
