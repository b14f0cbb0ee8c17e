package io.github.medsecforms.model.linesurvey;

import io.github.medsecforms.model.Defaults;
import io.github.medsecforms.model.meta.Label;
import io.github.medsecforms.model.meta.TextKind;
import io.github.medsecforms.model.value.EmailAddress;
import io.github.medsecforms.model.value.PhoneNumber;
import java.util.Optional;

/** 担当者 on 基本情報記入シート (up to four; our design of the columns: 所属・役職, 氏名, 電話番号, メールアドレス). */
public record SurveyContact(
        @Label(value = "所属・役職", en = "Department and title", text = TextKind.NAME, example = "情報システム室 主任",
                basis = SurveyContact.COLUMNS)
        String department,
        @Label(value = "氏名", en = "Name", required = true, marked = false, text = TextKind.NAME, aliases = {"担当者名"}, example = "岡山 太郎",
                basis = "002「担当者名」")
        String name,
        @Label(value = "電話番号", en = "Phone number", example = "086-226-7403", basis = SurveyContact.COLUMNS)
        Optional<PhoneNumber> phoneNumber,
        @Label(value = "メールアドレス", en = "E-mail address", aliases = {"Mail アドレス", "連絡先"}, example = "taro@example-hospital.jp",
                basis = SurveyContact.COLUMNS)
        Optional<EmailAddress> email) {

    /** The briefing shows only 担当者名 and 連絡先. */
    static final String COLUMNS = "our design: 説明会資料の担当者欄は「担当者名」「連絡先」だけで、連絡先を電話番号とメールアドレスに分け所属・役職を加えた（CATALOGUE.md §3）";

    public SurveyContact {
        department = Defaults.text(department);
        name = Defaults.text(name);
        phoneNumber = Defaults.optional(phoneNumber);
        email = Defaults.optional(email);
    }

    /** Whether name and at least one way to reach the person are filled. */
    public boolean isComplete() {
        return !name.isBlank() && (phoneNumber.isPresent() || email.isPresent());
    }
}
