# Generator for clh-w3-b-sheetPerSection-R7-wareki.xlsx
# Role: a hospital's IT person who made the MHLW 令和7年度版 医療機関確認用 checklist into an in-house workbook:
# 記入要領 sheet, 基本情報 sheet (labels above values), one sheet per section, no item numbers,
# answer and confirmation date typed into one cell in 和暦 (はい（R7.6.16）), some item text shortened,
# ■-prefixed section / device-class rows, a hidden helper sheet.
# Filled completely and correctly: NO planted problem.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clh-w3-b-sheetPerSection-R7-wareki"
FACILITY = "医療法人 北条会 北条記念病院"
CHECKED_ON_TEXT = "令和7年10月24日"
CHECKED_ON = "2025-10-24"

# full wording (catalogue; R7 additions are this hospital's own full wording) and the text shown in the workbook
FULL = dict(
    pre="医療情報システムを導入、運用している",
    s11="医療情報システム安全管理責任者を設置している",
    reg="医療情報システムの安全管理に関する運用管理規程を定めている",
    s21="サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
    s22="リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した",
    s23="事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
    mfa="医療情報システムへのログインに二要素認証を導入している（令和9年度までに対応）",
    acl="利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
    acc="退職者や使用していないアカウント等、不要なアカウントを削除している",
    log="アクセスログを管理している",
    pw="パスワードは英数字、記号が混在した8文字以上とし、使い回しをしていない",
    pat="セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
    svc="バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
    usb="USBストレージ等の外部記録媒体や外部機器の接続を制限している",
    src="接続元制限を実施している",
    s31="インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
    s32="インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
    s33="サイバー攻撃を想定した事業継続計画（BCP）を策定している",
)
SHOWN = dict(FULL)
SHOWN.update(
    s23="MDS/SDS（製造業者/サービス事業者による医療情報セキュリティ開示書）を事業者から提出してもらう",
    acc="不要なアカウント（退職者・未使用アカウント等）を削除している",
    svc="バックグラウンドで動作している不要なソフト・サービスを停止している",
    s32="インシデント時に診療継続に必要な情報を検討し、バックアップの実施と復旧手順を確認している",
)

# written text -> canonical date
DT = {
    "R7.6.16": "2025-06-16", "6/17": "2025-06-17", "R7.10.31": "2025-10-31", "R7.10.24": "2025-10-24",
    "R8.3.31": "2026-03-31", "9/30": "2025-09-30", "R7.9.26": "2025-09-26", "R7.12.26": "2025-12-26",
    "令和７年６月１６日": "2025-06-16",
}


def cell1(ans, d, br=False):
    return f"{ans}{chr(10) if br else ''}（{d}）"


# sheets: list of (sheet name, title, rows); rows: ("H", heading-text-without-■) or
# ("I", key, first(ans, date, br), target-text, second(ans, date) or None, remarks)
SHEETS = [
    ("前提・体制構築", "前提／1 体制構築", [
        ("H", "前提"),
        ("I", "pre", ("はい", "R7.6.16", False), None, None, None),
        ("H", "体制構築"),
        ("I", "s11", ("はい", "R7.6.16", False), None, None, "情報システム室長"),
        ("I", "reg", ("いいえ", "R7.6.16", False), "R7.10.31", ("はい", "R7.10.24"), "運用管理規程を10月の委員会で制定"),
    ]),
    ("管理・運用", "2 医療情報システムの管理・運用", [
        ("H", "医療情報システムの管理・運用"),
        ("I", "s21", ("はい", "R7.6.16", False), None, None, None),
        ("I", "s22", ("はい", "R7.6.16", False), None, None, "VPN保守：電子カルテ、PACS"),
        ("I", "s23", ("はい", "R7.6.16", True), None, None, None),
        ("I", "mfa", ("いいえ", "R7.6.16", False), "R8.3.31", None, "電子カルテ更新（R8.2予定）に合わせ導入"),
        ("H", "サーバ"),
        ("I", "acl", ("はい", "R7.6.16", False), None, None, None),
        ("I", "acc", ("はい", "R7.6.16", False), None, None, None),
        ("I", "log", ("はい", "R7.6.16", False), None, None, None),
        ("I", "pw", ("はい", "R7.6.16", False), None, None, None),
        ("I", "pat", ("はい", "R7.6.16", False), None, None, None),
        ("I", "svc", ("はい", "R7.6.16", False), None, None, None),
        ("H", "端末PC"),
        ("I", "acl", ("はい", "6/17", False), None, None, None),
        ("I", "acc", ("はい", "6/17", False), None, None, None),
        ("I", "pw", ("いいえ", "6/17", True), "9/30", ("はい", "R7.9.26"), "共通パスワードの病棟端末を個別化"),
        ("I", "pat", ("はい", "6/17", False), None, None, None),
        ("I", "svc", ("はい", "6/17", False), None, None, None),
        ("I", "usb", ("いいえ", "6/17", False), "R7.12.26", ("はい", "R7.10.24"),
         "資産管理ソフトでUSBメモリを書込禁止に設定\n（診療放射線科の2台を除く→申請制）"),
        ("H", "ネットワーク機器"),
        ("I", "pat", ("はい", "6/17", False), None, None, None),
        ("I", "src", ("はい", "6/17", False), None, None, None),
    ]),
    ("インシデント対応", "3 インシデント発生に備えた対応", [
        ("H", "インシデント発生に備えた対応"),
        ("I", "s31", ("はい", "令和７年６月１６日", False), None, None, None),
        ("I", "s32", ("はい", "R7.6.16", False), None, None, "年1回 復旧訓練（11月）"),
        ("I", "s33", ("はい", "R7.6.16", False), None, None, "R7.3 策定、R7.5 改訂"),
    ]),
]

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(wrap_text=True, vertical="center")


def main():
    wb = Workbook()
    ins = wb.active
    ins.title = "記入要領"
    txt = [
        "医療機関におけるサイバーセキュリティ対策チェックリスト（令和7年度版）　記入要領",
        "",
        "・「基本情報」シートに医療機関名と確認日（最終確認日）を記入してください。",
        "・各項目の1回目欄には「はい」または「いいえ」と確認日を記入してください。",
        "　　記入例：はい（R7.6.1）",
        "・1回目が「いいえ」の場合は、目標日を記入し、対応後に2回目欄へ結果と確認日を記入してください。",
        "・前提が「いいえ」の場合、他の項目の記入は不要です。",
        "・立入検査の際に本チェックリストを確認します。",
    ]
    for k, t in enumerate(txt, start=1):
        ins[f"A{k}"] = t
    ins["A1"].font = Font(bold=True, size=12)
    ins.column_dimensions["A"].width = 100

    bi = wb.create_sheet("基本情報")
    bi["B2"] = "医療機関名"
    bi["B3"] = FACILITY
    bi["B5"] = "確認日"
    bi["B6"] = CHECKED_ON_TEXT
    bi["B8"] = "チェックリスト版"
    bi["B9"] = "令和7年度版（医療機関確認用）"
    for c in ("B2", "B5", "B8"):
        bi[c].font = Font(bold=True)
        bi[c].fill = PatternFill("solid", fgColor="FCE4D6")
    for c in ("B3", "B6", "B9"):
        bi[c].border = box
    bi.column_dimensions["B"].width = 44

    entries = []
    for sname, title, rows in SHEETS:
        ws = wb.create_sheet(sname)
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=12)
        hdr = ["確認項目", "1回目\n（回答・確認日）", "目標日", "2回目\n（回答・確認日）", "備考"]
        for k, h in enumerate(hdr):
            c = ws.cell(row=3, column=k + 1, value=h)
            c.border = box
            c.alignment = center
            c.fill = PatternFill("solid", fgColor="D9E1F2")
        for k, v in enumerate([58, 20, 12, 20, 36]):
            ws.column_dimensions["ABCDE"[k]].width = v
        r = 4
        sec = None
        for row in rows:
            if row[0] == "H":
                sec = row[1]
                ws.cell(row=r, column=1, value="■" + sec).font = Font(bold=True)
                for k in range(5):
                    ws.cell(row=r, column=k + 1).border = box
            else:
                _, key, first, tgt, second, rem = row
                ws.cell(row=r, column=1, value=SHOWN[key])
                ws.cell(row=r, column=2, value=cell1(*first))
                if tgt:
                    ws.cell(row=r, column=3, value=tgt)
                if second:
                    ws.cell(row=r, column=4, value=cell1(*second))
                if rem:
                    ws.cell(row=r, column=5, value=rem)
                for k in range(5):
                    ws.cell(row=r, column=k + 1).border = box
                    ws.cell(row=r, column=k + 1).alignment = wrap if k in (0, 4) else center
                e = {"section": sec, "item": FULL[key], "firstAnswer": first[0], "firstDate": DT[first[1]]}
                if tgt:
                    e["targetDate"] = DT[tgt]
                if second:
                    e["secondAnswer"] = second[0]
                    e["secondDate"] = DT[second[1]]
                if rem:
                    e["remarks"] = rem
                entries.append(e)
            r += 1

    hid = wb.create_sheet("list")
    hid["A1"] = "はい"
    hid["A2"] = "いいえ"
    hid["B1"] = "R7"
    hid.sheet_state = "hidden"
    wb.active = 1
    wb.save(os.path.join(HERE, NAME + ".xlsx"))

    expected = {
        "form": "checklist-hospital",
        "version": "R7",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "checkedOn": CHECKED_ON, "entries": entries},
        "planted": [],
        "notes": (
            "令和7年度版. The R7 additions (運用管理規程, 二要素認証, password length/no reuse, USB/external devices) are worded by "
            "this hospital (catalogue marks R7 wording unverified); item = the full wording used here. Some R6 items are shown "
            "shortened on the sheet (MDS/SDS, 不要なアカウント, 不要なソフト, 3-(2)); item = catalogue wording. No item numbers. "
            "Answer and date share one cell: 'はい（R7.6.16）', a few with a line break before the bracket, one 'はい（令和７年６月１６日）' "
            "with full-width digits, and on the 端末PC/ネットワーク機器 rows a year-less '（6/17）' (R7 form: 2025). 目標日 as R-era "
            "text or year-less (9/30). section = the ■ row text without ■. 確認日 (checkedOn) on sheet 基本情報 is the latest "
            "check date (令和7年10月24日, text). Sheet 'list' is hidden (helper values, not data). No planted problem."
        ),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
