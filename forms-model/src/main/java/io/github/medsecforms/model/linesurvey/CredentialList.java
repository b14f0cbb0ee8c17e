package io.github.medsecforms.model.linesurvey;

import io.github.medsecforms.model.Defaults;
import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.meta.FormSpec;
import io.github.medsecforms.model.meta.Label;
import io.github.medsecforms.model.meta.Table;
import io.github.medsecforms.model.meta.TextKind;
import io.github.medsecforms.model.value.FiscalYear;
import java.util.List;

/**
 * アカウント(ログインID)・パスワードリスト: the hospital's own list of the logins the surveyors need on the day.
 * <b>提出不要</b>: it never travels with a submission. It is its own type, written as a separate workbook, never a
 * sheet of {@link LineDeviceSurvey}; it is not among the submitted forms of the registry; passwords are
 * {@link io.github.medsecforms.model.value.Secret}s that no output of medsec-forms prints.
 */
@FormSpec(id = "line-device-survey-credentials",
        title = "アカウント(ログインID)・パスワードリスト（提出不要）",
        titleEn = "Account and password list (not to be submitted)",
        versions = {"R6"}, sheet = "アカウント(ログインID)・パスワードリスト",
        source = "別紙2-1 (seed 002)",
        titleBasis = "002「アカウント(ログインID)・パスワードリスト」「提出不要」",
        seeds = {"002"})
public record CredentialList(
        FiscalYear version,
        @Label(value = "調査① インターネット回線/ONUに紐づく装置(ルータ/UTM/FW)", en = "Devices on lines (router/UTM/FW)")
        @Table(rowLabel = "回線{n}", templateRows = 5)
        List<DeviceCredential> devices,
        @Label(value = "調査端末(シンクラ端末/FAT端末)", en = "Surveyed terminals", aliases = {"調査端末(シングラ端末/FAT端末)"},
                basis = "002「■ 調査端末(シングラ端末/FAT端末)」")
        @Table(rowLabel = "端末{n}", templateRows = 5, maxRows = 5)
        List<TerminalCredential> terminals,
        @Label(value = "備考(接続先情報など)", en = "Remarks (connection details etc.)", text = TextKind.MULTILINE)
        String remarks) implements Form {

    public CredentialList {
        version = Defaults.orElse(version, FiscalYear.reiwa(6));
        devices = Defaults.list(devices);
        terminals = Defaults.list(terminals);
        remarks = Defaults.text(remarks);
    }

    /** Whether any password cell holds text. */
    public boolean hasAnyPassword() {
        return devices.stream().anyMatch(d -> !d.password().isEmpty() || !d.enablePassword().isEmpty())
                || terminals.stream().anyMatch(t -> !t.password().isEmpty());
    }
}
