package io.github.medsecforms.model.linesurvey;

import io.github.medsecforms.model.Defaults;
import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.meta.FormSpec;
import io.github.medsecforms.model.meta.Label;
import io.github.medsecforms.model.meta.Sheet;
import io.github.medsecforms.model.meta.Table;
import io.github.medsecforms.model.value.FiscalYear;
import java.util.List;

/**
 * 別紙2-1 医療機関記入依頼書（回線・機器情報等記入）: the hospital tells the programme secretariat which lines connect
 * its EHR network to the outside, what to survey on them, which terminals to check, and where everything stands.
 *
 * <p>The account and password list that the official workbook carries as a fifth sheet is deliberately
 * <em>not</em> part of this record: it is {@link CredentialList}, a separate workbook that is never submitted.</p>
 */
@FormSpec(id = "line-device-survey",
        title = "別紙2-1 医療機関記入依頼書（回線・機器情報等記入）",
        titleEn = "Attachment 2-1: line and device survey",
        versions = {"R6"}, requiredMark = "(*)",
        source = "医療機関におけるサイバーセキュリティ確保事業 説明会資料 別紙2-1 (seed 002)",
        seeds = {"002"})
public record LineDeviceSurvey(
        FiscalYear version,
        @Sheet(value = "基本情報記入シート", title = "■お客様情報(医療機関情報)", titleAliases = {"■ご客様情報(医療機関情報)"},
                titleBasis = "002「■ご客様情報(医療機関情報)」")
        BasicInfo basicInfo,
        @Sheet("基本情報記入シート")
        @Label(value = "担当者", en = "Contacts")
        @Table(rowLabel = "担当者{n}", templateRows = 4, maxRows = 4)
        List<SurveyContact> contacts,
        @Sheet(value = "基本情報記入シート", title = "■申込内容の確認")
        Confirmation confirmation,
        @Sheet("回線・機器情報記入シート")
        @Label(value = "回線・機器情報", en = "Lines")
        @Table(rowLabel = "回線{n}", exampleRow = true, templateRows = 10)
        List<Line> lines,
        @Sheet("回線・機器情報記入シート")
        @Label(value = "装置と接続する回線と機器の詳細", en = "Device ports")
        @Table(rowLabel = "{n}", exampleRow = true, templateRows = 10)
        List<PortEntry> ports,
        @Sheet("調査端末情報記入シート")
        @Label(value = "調査端末情報", en = "Surveyed terminals")
        @Table(rowLabel = "No.{n}", exampleRow = true, templateRows = 5, maxRows = 5)
        List<Terminal> terminals,
        @Sheet("設置場所記入シート")
        FloorPlan floorPlan) implements Form {

    /** The number of terminals the survey checks. */
    public static final int TERMINALS = 5;

    public LineDeviceSurvey {
        version = Defaults.orElse(version, FiscalYear.reiwa(6));
        basicInfo = Defaults.orElse(basicInfo, BasicInfo.EMPTY);
        contacts = Defaults.list(contacts);
        confirmation = Defaults.orElse(confirmation, Confirmation.EMPTY);
        lines = Defaults.list(lines);
        ports = Defaults.list(ports);
        terminals = Defaults.list(terminals);
        floorPlan = Defaults.orElse(floorPlan, FloorPlan.EMPTY);
    }

    /** A survey without the ■申込内容の確認 block (left empty): the components known before it was added. */
    public LineDeviceSurvey(FiscalYear version, BasicInfo basicInfo, List<SurveyContact> contacts, List<Line> lines,
                            List<PortEntry> ports, List<Terminal> terminals, FloorPlan floorPlan) {
        this(version, basicInfo, contacts, Confirmation.EMPTY, lines, ports, terminals, floorPlan);
    }
}
