# FAX codes, encoding version 1 (docs/fax.md, D-68): how fax-dictionary-v1.txt was made. Never re-run to change it:
# the dictionary is frozen with version 1 (FaxPayloadTest pins its SHA-256); a new dictionary is a new encoding version.
# Builds the frozen preset dictionary of FAX encoding version 1 (run once; the result is committed and pinned).
parts = []
parts.append('株式会社 医療法人 社会福祉法人 独立行政法人 総合病院 市民病院 県立 市立 記念病院 クリニック 診療所 '
             '情報システム課 医事課 総務課 事務局 事務部 課長 係長 主任 部長 担当 院長 電子カルテシステム '
             'レセプトコンピューター 医療機器 保守 事業者と対応中 確認中 予定 令和 年度 '
             '.co.jp .or.jp .ac.jp .go.jp .lg.jp .ne.jp .com .jp @gmail.com hospital 都道府県市区町村丁目番号\n')
parts.append('''{
  "formId": "offline-backup-intent",
  "version": "R6",
  "hospitalName": "",
  "patientCount": 1000,
  "currentState": "OFFLINE_IN_OPERATION",
  "currentState": "PLANNING_WITH_VENDOR",
  "currentState": "NOT_IMPLEMENTED",
  "intent": "PROCURE_NEXT_YEAR",
  "intent": "CONNECT_EXISTING",
  "intent": "NO_SUPPORT_NEEDED",
  "intent": "PROCURE_THIS_YEAR",
  "storage": "EXTERNAL_CLOUD",
  "storage": "ON_PREMISES_MEDIA",
  "remarks": ""
}''')
parts.append('''{
  "formId": "support-request",
  "version": "R6",
  "hospitalCode": "",
  "hospitalName": "",
  "postalCode": "",
  "address": "",
  "phoneNumber": "",
  "contact1": {
    "department": "",
    "name": "",
    "email": ""
  },
  "contact2": {
    "department": "",
    "name": "",
    "email": ""
  },
  "contact3": {
    "department": "",
    "name": "",
    "email": ""
  },
  "dataUse": "NOT_ALLOWED",
  "dataUse": "ALLOWED",
  "remarks": "",
  "notSupportedBefore": "NO",
  "hasEhr": "NO",
  "surveyFeasible": "YES"
}''')
for form, header in [('checklist-vendor', '  "vendorName": "",\n  "targetSystem": "",\n  "hospitalName": "",\n  "checkedOn": "2025-',),
                     ('checklist-hospital', '  "facilityName": "",\n  "checkedOn": "2025-',),
                     ('checklist-minimum', '  "facilityName": "",',)]:
    parts.append('{\n  "formId": "%s",\n  "version": "R7",\n  "version": "R6",\n%s\n  "entries": [\n' % (form, header))
parts.append('''    {
      "itemId": "1-(1)",
      "firstAnswer": "NO",
      "firstDate": "2025-",
      "targetDate": "2025-",
      "secondAnswer": "YES",
      "secondDate": "2025-",
      "remarks": ""
    },
    {
      "itemId": "2-(1)",
      "firstAnswer": "YES",
      "firstDate": "2024-10-01",
      "remarks": ""
    }
  ]
}''')
data = ''.join(parts).encode('utf-8')
open('/work/wt-fax-print/forms-pdf/src/main/resources/io/github/medsecforms/pdf/internal/fax-dictionary-v1.txt', 'wb').write(data)
print(len(data))
