package io.github.medsecforms.model.backupvpn;

import io.github.medsecforms.model.Defaults;
import io.github.medsecforms.model.meta.Label;
import io.github.medsecforms.model.meta.TextKind;

/** 1. 回答者の情報: 氏名, 所属, 連絡先 (MHLW may call the respondent back). */
public record Respondent(
        @Label(value = "氏名", en = "Name", required = true, text = TextKind.NAME, example = "厚労 太郎")
        String name,
        @Label(value = "所属", en = "Department", required = true, text = TextKind.NAME, example = "医療情報部")
        String department,
        @Label(value = "連絡先", en = "Contact (phone or e-mail)", required = true, example = "03-5253-1111")
        String contact) {

    public static final Respondent EMPTY = new Respondent("", "", "");

    public Respondent {
        name = Defaults.text(name);
        department = Defaults.text(department);
        contact = Defaults.text(contact);
    }
}
