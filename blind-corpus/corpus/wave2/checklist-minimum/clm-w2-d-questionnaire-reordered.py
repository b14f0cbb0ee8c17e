#!/usr/bin/python3
# clm-w2-d-questionnaire-reordered: the hospital's IT person retyped the checklist as a Q&A sheet
# (Q | 分類 | 設問 | 回答 | 確認日 | …), put the firmware block first and the password block last,
# shortened the heading to a 分類 word, typed dates as text (one with full-width digits), left a trailing space
# after one answer, and added a COUNTIF summary whose formulas have no cached value (saved by openpyxl).
# Planted: (1) Q4 has an answer but no 1回目 確認日; (2) Q1 いいえ with 目標日 2025-05-30, outside 令和6年度.
import json, os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

NAME = "clm-w2-d-questionnaire-reordered"
OUT = os.path.dirname(os.path.abspath(__file__))
SHEET = "回答票"

H1 = "パスワードを強固なものに変更し、使い回しをしない"
H2 = "IoT 機器を含む情報資産の通信制御を確認する"
H3 = "ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
SHORT = {H1: "パスワード", H2: "通信制御", H3: "ファームウェア等更新"}
FACILITY = "医療法人清和会 西大寺みなと病院"

# (Q, heading, canonical item, text shown, a1 as typed, d1 as typed, d1 iso, target iso, a2, d2 typed, d2 iso, remarks)
ROWS = [
    ("Q1", H3, "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
     "すべてのネットワーク機器のバージョンアップ、パッチ適用、ファームウェアアップデートを適切な頻度で行っているか事業者と連携して確認しているか",
     "いいえ", "2024/11/5", "2024-11-05", "2025-05-30", None, None, None, "ルータ更新は保守契約更新時（来年度）に実施予定"),
    ("Q2", H3, "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
     "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）を確認しているか",
     "はい", "2024/11/5", "2024-11-05", None, None, None, None, None),
    ("Q3", H2, "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
     "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）しているか",
     "はい", "2024/11/5", "2024-11-05", None, None, None, None, None),
    ("Q4", H2, "ネットワーク接続点へのアクセス制御を適切に実施している。",
     "ネットワーク接続点へのアクセス制御を適切に実施しているか",
     "はい", None, None, None, None, None, None, None),
    ("Q5", H2, "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
     "各種システムや通信制御を行っている機器のログを記録・保存し、定期的に内容をチェックして不正利用がないことを確認しているか",
     "いいえ", "２０２４/１１/５", "2024-11-05", "2025-01-10", "はい", "2025/1/9", "2025-01-09", "ログ確認を月次点検表に追加"),
    ("Q6", H1, "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
     "システム運用担当者は、VPN装置等のID・パスワードについて強固な設定を行っているか",
     "はい ", "2024/11/6", "2024-11-06", None, None, None, None, None),
    ("Q7", H1, "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
     "複数の機器や外部サービス等で、同一のパスワードを設定していないか",
     "はい", "2024/11/6", "2024-11-06", None, None, None, None, None),
    ("Q8", H1, "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
     "類推されやすいパスワードを使用しないよう、すべての利用者に周知を徹底しているか",
     "はい", "2024/11/6", "2024-11-06", None, None, None, None, "新人研修・全体朝礼で周知"),
]


def main():
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(wrap_text=True, vertical="center")
    for col, w in zip("ABCDEFGHI", (5, 14, 56, 8, 13, 13, 8, 13, 30)):
        ws.column_dimensions[col].width = w

    ws["A1"] = "サイバー攻撃リスク低減のための最低限の措置　確認票"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A3"] = "医療機関名：" + FACILITY
    ws["A3"].font = Font(size=11)
    ws["F3"] = "（情報管理室 作成）"

    hdr = ["Q", "分類", "設問", "1回目\n回答", "1回目\n確認日", "目標日", "2回目\n回答", "2回目\n確認日", "備考"]
    for c, t in enumerate(hdr, 1):
        cell = ws.cell(5, c, t)
        cell.border = box
        cell.alignment = center
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="548235")

    entries, planted = [], []
    r = 6
    for i, (q, h, canon, shown, a1, d1t, d1, tg, a2, d2t, d2, rem) in enumerate(ROWS):
        vals = [q, SHORT[h], shown, a1, d1t, dt.date.fromisoformat(tg) if tg else None, a2, d2t, rem]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.border = box
            cell.alignment = wrap if c in (3, 9) else center
            if c == 6 and v is not None:
                cell.number_format = "yyyy/m/d"
        ws.row_dimensions[r].height = 42
        e = {"section": h, "item": canon, "itemNo": q, "firstAnswer": a1.strip()}
        if d1:
            e["firstDate"] = d1
        if tg:
            e["targetDate"] = tg
        if a2:
            e["secondAnswer"] = a2
            e["secondDate"] = d2
        if rem:
            e["remarks"] = rem
        entries.append(e)
        if q == "Q4":
            planted.append({"cells": [f"{SHEET}!E{r}"], "paths": [f"entries[{i}].firstDate"],
                            "why": "1回目の回答はあるが確認日が空欄（全項目に1回目の回答と確認日が必要）"})
        if q == "Q1":
            planted.append({"cells": [f"{SHEET}!F{r}"], "paths": [f"entries[{i}].targetDate"],
                            "why": "目標日 2025/5/30 が令和6年度（2025/3/31まで）を超えている"})
        r += 1

    r += 1
    ws.cell(r, 3, "1回目「はい」の件数").alignment = Alignment(horizontal="right")
    ws.cell(r, 4, '=COUNTIF(D6:D13,"はい*")')
    ws.cell(r + 1, 3, "1回目「いいえ」の件数").alignment = Alignment(horizontal="right")
    ws.cell(r + 1, 4, '=COUNTIF(D6:D13,"いいえ*")')
    ws.cell(r + 2, 3, "記入日").alignment = Alignment(horizontal="right")
    ws.cell(r + 2, 4, "=TODAY()")
    ws.cell(r + 2, 4).number_format = "yyyy/m/d"

    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 0
    wb.save(os.path.join(OUT, NAME + ".xlsx"))

    exp = {
        "form": "checklist-minimum",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "entries": entries},
        "planted": planted,
        "notes": "Q&A layout; items in a different order (firmware block Q1-Q2, communication control Q3-Q5, "
                 "password Q6-Q8) and reworded as questions ending in 'か'; 'item' gives the seed's full wording. "
                 "分類 column shows a short word per heading; section gives the full ○ heading text. itemNo = the Q "
                 "number shown. 1回目 dates are text ('2024/11/5'; Q5 has full-width digits '２０２４/１１/５'); 2回目 "
                 "date is text; 目標日 are Excel date cells. Q6 answer typed 'はい ' with a trailing space. "
                 "Rows below the table are a COUNTIF summary and a =TODAY() 記入日, all formulas without cached "
                 "values (openpyxl) - not form fields.",
    }
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
