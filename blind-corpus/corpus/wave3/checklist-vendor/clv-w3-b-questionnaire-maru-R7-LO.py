# Generator for clv-w3-b-questionnaire-maru-R7-LO.xlsx
# Role: a PACS vendor's support engineer answering the MHLW 令和7年度版 事業者確認用 checklist for a hospital
# on a self-made questionnaire sheet: header as a vertical label|value table (hospital first), then
# 区分 | 設問 | 回答 columns with ○ (はい) / × (いいえ), device sections placed before the general ones,
# 1回目 dates year-less text (7/1), 目標日 as R-era text, 2回目 dates as Excel dates; re-saved by LibreOffice.
# Planted problems: 2 (see expected.json).
import json, os, subprocess, shutil, tempfile, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clv-w3-b-questionnaire-maru-R7-LO"
SHEET = "チェックリスト(事業者)"
HOSPITAL = "医療法人 北条会 北条記念病院"
VENDOR = "株式会社ケイ・メディテック"
SYSTEM = "PACS（医用画像管理システム）KM-View 7"
CHECKED_ON = dt.date(2025, 9, 12)
D = dt.date

IT = dict(
    v11="事業者内に、医療情報システム等の提供に係る管理責任者を設置している",
    v21="医療機関に提供しているサーバ、端末PC、ネットワーク機器の台帳管理を行っている",
    v22="リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した",
    v23="医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した",
    mfa="医療情報システムへのログインに二要素認証を実装している（令和9年度までに対応）",
    acl="利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
    acc="退職者や使用していないアカウント等、不要なアカウントを削除している",
    log="アクセスログを管理している",
    pw="パスワードは英数字、記号が混在した8文字以上とし、使い回しをしていない",
    pat="セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
    svc="バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
    usb="USBストレージ等の外部記録媒体や外部機器の接続を制限している",
    src="接続元制限を実施している",
    v31="インシデント発生時における医療機関との連絡体制を整備し、連絡体制図を医療機関と共有している",
    v32="インシデント発生時に医療機関が診療を継続するために必要なデータやシステムのバックアップの実施と復旧手順を医療機関と確認している",
)
# shown text (some abbreviated) -- item in expected is always IT[key]
SHOWN = dict(IT)
SHOWN.update(
    acl="職種・担当業務別の情報区分毎にアクセス権限を設定",
    acc="不要アカウント（退職者・未使用）の削除",
    log="アクセスログの管理",
    pat="セキュリティパッチ（最新FW・更新プログラム）の適用",
    svc="不要なソフトウェア・サービスの停止",
)
WRITTEN = {"R7.9.30": "2025-09-30", "R7.8.29": "2025-08-29", "R7.3.31": "2025-03-31", "R7.11.28": "2025-11-28"}
MARK = {"○": "はい", "×": "いいえ"}

# (section, key, mark1, date1-text, target-text, mark2, date2, remarks)
ROWS = [
    ("サーバ", "acl", "○", "7/1", None, None, None, None),
    ("サーバ", "acc", "○", "7/1", None, None, None, None),
    ("サーバ", "log", None, "7/1", None, None, None, "ログ保存期間を医療機関と協議中"),   # PLANTED: no 1回目 answer
    ("サーバ", "pw", "○", "7/1", None, None, None, None),
    ("サーバ", "pat", "○", "7/1", None, None, None, "四半期ごとに適用"),
    ("サーバ", "svc", "○", "7/1", None, None, None, None),
    ("端末PC", "acl", "○", "7/1", None, None, None, "読影端末・参照端末"),
    ("端末PC", "acc", "○", "7/1", None, None, None, None),
    ("端末PC", "pw", "×", "7/1", "R7.11.28", None, None, "参照端末の共通IDを個人IDへ移行予定"),
    ("端末PC", "pat", "○", "7/2", None, None, None, None),
    ("端末PC", "svc", "○", "7/2", None, None, None, None),
    ("端末PC", "usb", "×", "7/2", "R7.9.30", "○", D(2025, 9, 12), "CD/DVD書込みのみ許可に変更"),
    ("ネットワーク機器", "pat", "○", "7/2", None, None, None, None),
    ("ネットワーク機器", "src", "○", "7/2", None, None, None, "保守VPNは当社センターのIPのみ"),
    ("体制構築", "v11", "○", "7/1", None, None, None, None),
    ("医療情報システムの管理・運用", "v21", "○", "7/1", None, None, None, None),
    ("医療情報システムの管理・運用", "v22", "○", "7/1", None, None, None, "VPN（IPsec）によるリモート保守あり"),
    ("医療情報システムの管理・運用", "v23", "×", "7/1", "R7.8.29", "○", D(2025, 8, 22), "SDS最新版を8/22提出"),
    ("医療情報システムの管理・運用", "mfa", "×", "7/1", "R7.3.31", None, None,
     "次期バージョン（R8.1リリース）で対応"),                                               # PLANTED: 目標日 before 1回目 / outside R7
    ("インシデント発生に備えた対応", "v31", "○", "7/2", None, None, None, None),
    ("インシデント発生に備えた対応", "v32", "○", "7/2", None, None, None, None),
]


def r7(md):
    m, d = (int(x) for x in md.split("/"))
    return D(2025 if m >= 4 else 2026, m, d).isoformat()


def build(path):
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(wrap_text=True, vertical="center")
    for k, v in dict(A=16, B=50, C=8, D=10, E=12, F=8, G=12, H=32).items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "サイバーセキュリティ対策チェックリスト（令和7年度版）事業者確認用　回答票"
    ws["A1"].font = Font(bold=True, size=13)
    hdr = [("提出先医療機関名", HOSPITAL), ("事業者名", VENDOR), ("対象システム", SYSTEM), ("確認日", CHECKED_ON)]
    for k, (lab, val) in enumerate(hdr):
        r = 3 + k
        ws[f"A{r}"] = lab
        ws[f"A{r}"].fill = PatternFill("solid", fgColor="E2EFDA")
        ws.merge_cells(f"B{r}:D{r}")
        ws[f"B{r}"] = val
        for c in "ABCD":
            ws[f"{c}{r}"].border = box
    ws["B6"].number_format = "yyyy/m/d"
    ws["B6"].alignment = Alignment(horizontal="left")
    ws["A8"] = "回答欄：はい＝○、いいえ＝×　／　「×」の場合は目標日を記入"

    heads = ["区分", "設問", "1回目\n回答", "1回目\n確認日", "目標日", "2回目\n回答", "2回目\n確認日", "備考"]
    for k, h in enumerate(heads):
        c = ws.cell(row=10, column=k + 1, value=h)
        c.border = box
        c.alignment = center
        c.fill = PatternFill("solid", fgColor="C6E0B4")
    entries = []
    cellrow = {}
    r = 11
    for sec, key, m1, d1, tgt, m2, d2, rem in ROWS:
        ws[f"A{r}"] = sec
        ws[f"B{r}"] = SHOWN[key]
        if m1:
            ws[f"C{r}"] = m1
        ws[f"D{r}"] = d1
        if tgt:
            ws[f"E{r}"] = tgt
        if m2:
            ws[f"F{r}"] = m2
        if d2:
            ws[f"G{r}"] = d2
            ws[f"G{r}"].number_format = "yyyy/m/d"
        if rem:
            ws[f"H{r}"] = rem
        for c in "ABCDEFGH":
            ws[f"{c}{r}"].border = box
            ws[f"{c}{r}"].alignment = wrap if c in "ABH" else center
        e = {"section": sec, "item": IT[key]}
        if m1:
            e["firstAnswer"] = MARK[m1]
        e["firstDate"] = r7(d1)
        if tgt:
            e["targetDate"] = WRITTEN[tgt]
        if m2:
            e["secondAnswer"] = MARK[m2]
        if d2:
            e["secondDate"] = d2.isoformat()
        if rem:
            e["remarks"] = rem
        cellrow[key + "@" + sec] = (len(entries), r)
        entries.append(e)
        r += 1
    ws.freeze_panes = "C11"
    wb.save(path)
    return entries, cellrow


def main():
    tmpd = tempfile.mkdtemp()
    raw = os.path.join(tmpd, NAME + ".xlsx")
    entries, cellrow = build(raw)
    outd = os.path.join(tmpd, "out")
    os.makedirs(outd)
    subprocess.run(["soffice", "-env:UserInstallation=file://" + os.path.join(tmpd, "profile"), "--headless",
                    "--convert-to", "xlsx", "--outdir", outd, raw],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(outd, NAME + ".xlsx"), os.path.join(HERE, NAME + ".xlsx"))
    shutil.rmtree(tmpd)

    i_log, r_log = cellrow["log@サーバ"]
    i_mfa, r_mfa = cellrow["mfa@医療情報システムの管理・運用"]
    expected = {
        "form": "checklist-vendor",
        "version": "R7",
        "file": NAME + ".xlsx",
        "values": {"vendorName": VENDOR, "targetSystem": SYSTEM, "hospitalName": HOSPITAL,
                   "checkedOn": CHECKED_ON.isoformat(), "entries": entries},
        "planted": [
            {"cells": [f"{SHEET}!C{r_log}"], "paths": [f"entries[{i_log}].firstAnswer"],
             "why": "1回目の回答（○/×）が空欄（確認日と備考のみ記入）。全項目に1回目の回答と確認日が必要"},
            {"cells": [f"{SHEET}!E{r_mfa}", f"{SHEET}!D{r_mfa}"], "paths": [f"entries[{i_mfa}].targetDate"],
             "why": "1回目「×」（いいえ）の目標日 R7.3.31 (2025-03-31) が1回目確認日 7/1 (2025-07-01) より前で、令和7年度の範囲外（R8.3.31 の書き誤り）"},
        ],
        "notes": (
            "令和7年度版 事業者確認用 (vendor wording reconstructed; R7 additions 二要素認証, password, USB worded by this vendor). "
            "Header is a vertical label|value table with the hospital first; 確認日 (checkedOn) is an Excel date cell. "
            "Answers are ○ (はい) / ×(いいえ) per the legend in A8. No item numbers; the section is in column 区分 on every row; "
            "device sections come first (different order from the official form). Several device items are shortened on "
            "the sheet; item = full wording. 1回目 確認日 are year-less text (7/1 = 2025-07-01 on an R7 form); 目標日 R-era "
            "text; 2回目 確認日 Excel dates. Re-saved by LibreOffice."
        ),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
