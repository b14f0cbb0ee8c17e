# Generator for clv-w3-a-labelColon-deviceColumn.xlsx
# Role: an EHR vendor's quality-assurance staff filling the MHLW 令和6年度版 事業者確認用 checklist for one
# contracted hospital, on the vendor's own sheet: header lines "項目：値" in one cell, full-width item numbers
# (１－(１)), device class in a vertically merged 対象機器 column, answer cells with the template "はい・いいえ"
# where the filler deleted one option, dates as text, a grey labelled 記入例 row above the data, a COUNTIF
# total saved by openpyxl (no cached value).
# Filled completely and correctly: NO planted problem.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clv-w3-a-labelColon-deviceColumn"
VENDOR = "株式会社メディカルシステムズ西日本"
SYSTEM = "電子カルテシステム MedChart NX"
HOSPITAL = "社会医療法人 潮風会 しおかぜ総合病院"

IT = dict(
    v11="事業者内に、医療情報システム等の提供に係る管理責任者を設置している",
    v21="医療機関に提供しているサーバ、端末PC、ネットワーク機器の台帳管理を行っている",
    v22="リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した",
    v23="医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した",
    acl="利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
    acc="退職者や使用していないアカウント等、不要なアカウントを削除している",
    log="アクセスログを管理している",
    pat="セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
    svc="バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
    src="接続元制限を実施している",
    v31="インシデント発生時における医療機関との連絡体制を整備し、連絡体制図を医療機関と共有している",
    v32="インシデント発生時に医療機関が診療を継続するために必要なデータやシステムのバックアップの実施と復旧手順を医療機関と確認している",
)
DEVNO = dict(acl="(４)", acc="(５)", log="(６)", pat="(７)", svc="(８)", src="(９)")
HALF = str.maketrans("０１２３４５６７８９－", "0123456789-")

Y, N = "はい・", "・いいえ"   # template "はい・いいえ" with one option deleted
ANS = {Y: "はい", N: "いいえ", "はい": "はい"}

# ("S", zen-number, heading) | ("G", class, [item rows]) | item row:
# (key, zen-no, first, date1, target, second, date2, remarks)
ROWS = [
    ("S", "１", "体制構築"),
    ("v11", "１－(１)", Y, "2024/10/3", None, None, None, "品質保証部長を管理責任者に任命"),
    ("S", "２", "医療情報システムの管理・運用"),
    ("v21", "２－(１)", "はい", "2024/10/3", None, None, None, None),
    ("v22", "２－(２)", Y, "2024/10/3", None, None, None, "VPN経由のリモート保守（サーバ2台）"),
    ("v23", "２－(３)", N, "2024/10/3", "2024/11/29", Y, "2024/11/22", "MDS（2024年版）を11/22に提出"),
    ("G", "サーバ", [
        ("acl", None, Y, "2024/10/3", None, None, None, None),
        ("acc", None, Y, "2024/10/3", None, None, None, None),
        ("log", None, Y, "2024/10/3", None, None, None, "ログは1年保存"),
        ("pat", None, Y, "2024/10/3", None, None, None, None),
        ("svc", None, Y, "2024/10/3", None, None, None, None),
    ]),
    ("G", "端末PC", [
        ("acl", None, Y, "2024/10/03", None, None, None, None),
        ("acc", None, Y, "2024/10/03", None, None, None, None),
        ("pat", None, N, "2024/10/03", "2025/2/28", Y, "2025/2/14", "月例パッチの配信サーバを構築して適用"),
        ("svc", None, Y, "2024/10/03", None, None, None, None),
    ]),
    ("G", "ネットワーク機器", [
        ("pat", None, Y, "2024/10/4", None, None, None, None),
        ("src", None, Y, "2024/10/4", None, None, None, "保守用VPNは当社拠点IPのみ許可"),
    ]),
    ("S", "３", "インシデント発生に備えた対応"),
    ("v31", "３－(１)", Y, "2024/10/4", None, None, None, None),
    ("v32", "３－(２)", N, "2024/10/4", "2025/1/31", Y, "2025/1/30", "復旧手順書を医療機関と読み合わせ"),
]


def iso(s):
    y, m, d = (int(x) for x in s.split("/"))
    return f"{y:04d}-{m:02d}-{d:02d}"


thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(wrap_text=True, vertical="center")


def main():
    wb = Workbook()
    ws = wb.active
    ws.title = "事業者確認用"
    for k, v in dict(A=10, B=56, C=12, D=10, E=12, F=12, G=10, H=12, I=34).items():
        ws.column_dimensions[k].width = v
    ws.merge_cells("A1:I1")
    ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度版）"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "【事業者確認用】"
    for r, t in ((4, "事業者名：" + VENDOR), (5, "対象システム：" + SYSTEM), (6, "提出先医療機関名：" + HOSPITAL)):
        ws.merge_cells(f"A{r}:E{r}")
        ws[f"A{r}"] = t
        ws[f"A{r}"].border = Border(bottom=thin)

    ws.merge_cells("A8:A9"); ws["A8"] = "番号"
    ws.merge_cells("B8:B9"); ws["B8"] = "チェック項目"
    ws.merge_cells("C8:C9"); ws["C8"] = "対象機器"
    ws.merge_cells("D8:E8"); ws["D8"] = "1回目"
    ws["D9"] = "はい・いいえ"; ws["E9"] = "確認日"
    ws.merge_cells("F8:F9"); ws["F8"] = "目標日"
    ws.merge_cells("G8:H8"); ws["G8"] = "2回目"
    ws["G9"] = "はい・いいえ"; ws["H9"] = "確認日"
    ws.merge_cells("I8:I9"); ws["I8"] = "備考"
    fill = PatternFill("solid", fgColor="D9D9D9")
    for r in (8, 9):
        for c in "ABCDEFGHI":
            ws[f"{c}{r}"].border = box
            ws[f"{c}{r}"].alignment = center
            ws[f"{c}{r}"].fill = fill
    # labelled example row
    ex = ["記入例", "○○○○を行っている", "サーバ", "・いいえ", "2024/4/1", "2024/6/28", "はい・", "2024/6/20",
          "※記入例です（この行は集計対象外）"]
    for k, v in enumerate(ex):
        c = ws.cell(row=10, column=k + 1, value=v)
        c.font = Font(color="808080", italic=True)
        c.border = box

    entries = []
    r = 11
    first = r

    def item_row(r, sec, it):
        key, no, a1, d1, tgt, a2, d2, rem = it
        if no:
            ws[f"A{r}"] = no
        ws[f"B{r}"] = IT[key]
        ws[f"D{r}"] = a1
        ws[f"E{r}"] = d1
        if tgt:
            ws[f"F{r}"] = tgt
        if a2:
            ws[f"G{r}"] = a2
        if d2:
            ws[f"H{r}"] = d2
        if rem:
            ws[f"I{r}"] = rem
        for c in "ABCDEFGHI":
            ws[f"{c}{r}"].border = box
            ws[f"{c}{r}"].alignment = wrap if c in "BI" else center
        e = {"section": sec, "item": IT[key]}
        if no:
            e["itemNo"] = no.translate(HALF)
        e["firstAnswer"] = ANS[a1]
        e["firstDate"] = iso(d1)
        if tgt:
            e["targetDate"] = iso(tgt)
        if a2:
            e["secondAnswer"] = ANS[a2]
        if d2:
            e["secondDate"] = iso(d2)
        if rem:
            e["remarks"] = rem
        entries.append(e)

    sec = None
    for row in ROWS:
        if row[0] == "S":
            sec = row[2]
            ws[f"A{r}"] = row[1]
            ws[f"B{r}"] = row[2]
            for c in "ABCDEFGHI":
                ws[f"{c}{r}"].border = box
                ws[f"{c}{r}"].font = Font(bold=True)
                ws[f"{c}{r}"].fill = PatternFill("solid", fgColor="FFF2CC")
            ws[f"A{r}"].alignment = center
            r += 1
        elif row[0] == "G":
            cls, items = row[1], row[2]
            top = r
            for it in items:
                key = it[0]
                it = (key, "２－" + DEVNO[key]) + it[2:]
                item_row(r, cls, it)
                r += 1
            ws.merge_cells(f"C{top}:C{r-1}")
            ws[f"C{top}"] = cls
            ws[f"C{top}"].alignment = center
        else:
            item_row(r, sec, row)
            r += 1
    last = r - 1
    r += 1
    ws[f"B{r}"] = "1回目「いいえ」の項目数"
    ws[f"B{r}"].alignment = Alignment(horizontal="right")
    ws[f"D{r}"] = f'=COUNTIF(D{first}:D{last},"*いいえ*")'
    ws[f"D{r}"].border = box
    ws[f"A{r+2}"] = "記入者：品質保証部　田中"
    ws.freeze_panes = "D10"
    wb.save(os.path.join(HERE, NAME + ".xlsx"))

    expected = {
        "form": "checklist-vendor",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"vendorName": VENDOR, "targetSystem": SYSTEM, "hospitalName": HOSPITAL, "entries": entries},
        "planted": [],
        "notes": (
            "MHLW 令和6年度版 事業者確認用 as this vendor reconstructed it (catalogue gives only examples of the vendor wording; "
            "item = the full text on the sheet, device items use the hospital wording). Header values share a cell with their "
            "label ('事業者名：…'). Answer cells are the template 'はい・いいえ' with one option deleted: 'はい・' = はい, "
            "'・いいえ' = いいえ (one plain 'はい'). Dates are text (2024/10/3, 2024/10/03). Item numbers are full-width "
            "(１－(１), ２－(４) …), given half-width in itemNo; device items are numbered by item kind and repeat per class. "
            "Device class comes from the vertically merged 対象機器 column C (section = サーバ / 端末PC / ネットワーク機器); "
            "other items take the section row text (the full-width number in column A of a section row is not part of it). "
            "Row 10 is a grey, labelled 記入例 row and must be ignored. The COUNTIF total has no cached value (openpyxl). "
            "記入者 line below the table is not a form key. No planted problem."
        ),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
