package io.github.medsecforms.model.linesurvey;

import io.github.medsecforms.model.Defaults;
import io.github.medsecforms.model.constraints.HostName;
import io.github.medsecforms.model.meta.Label;
import io.github.medsecforms.model.meta.TextKind;
import io.github.medsecforms.model.value.Ipv4Cidr;
import java.util.Optional;

/** One row of 調査端末情報記入シート: a PC whose security measures the survey checks (No.1 … No.5). */
public record Terminal(
        @Label(value = "システム種別", en = "System", required = true,
                suggestions = {"電子カルテ", "医事", "検査", "放射線", "薬剤", "PACS", "部門システム"},
                suggestionBasis = {"", "", "", Terminal.DESIGNED, Terminal.DESIGNED, Terminal.DESIGNED, ""},
                example = "電子カルテ")
        String systemType,
        @Label(value = "シンクラ利用", en = "Thin-client use (standalone or VDI)", required = true, aliases = {"シングル利用"},
                basis = "unverified: 説明会資料の文字起こしは「シングル利用 (*)」。同じ資料でシンクラ端末が「シンクル」「シングラ」となる誤りから「シンクラ利用」と読んだ",
                example = "単体")
        Optional<TerminalUsage> usage,
        @Label(value = "端末ホスト名", en = "Host name", group = {"シンクラ端末/FAT端末"}, groupEn = {"Thin client / FAT terminal"},
                groupAliases = {"シンクル端末/FAT端末"}, groupBasis = {"002「シンクル端末/FAT端末」"}, required = true, example = "PCXXXX01")
        @HostName String hostName,
        @Label(value = "IPアドレス", en = "IP address (CIDR)", group = {"シンクラ端末/FAT端末"}, groupEn = {"Thin client / FAT terminal"},
                groupAliases = {"シンクル端末/FAT端末"}, groupBasis = {"002「シンクル端末/FAT端末」"}, required = true,
                example = "192.168.1.131/24", hint = "サブネットを含めて記入してください（例: 192.168.1.131/24）")
        Optional<Ipv4Cidr> ipAddress,
        @Label(value = "設置場所", en = "Location", group = {"シンクラ端末/FAT端末"}, groupEn = {"Thin client / FAT terminal"},
                groupAliases = {"シンクル端末/FAT端末"}, groupBasis = {"002「シンクル端末/FAT端末」"}, required = true, example = "西棟 2F 診察室A-1")
        String location,
        @Label(value = "端末ホスト名", en = "Host name", group = {"仮想デスクトップ"}, groupEn = {"Virtual desktop"}, example = "VDI-XXXX01")
        @HostName String vdiHostName,
        @Label(value = "IPアドレス", en = "IP address (CIDR)", group = {"仮想デスクトップ"}, groupEn = {"Virtual desktop"}, example = "172.16.1.131/24")
        Optional<Ipv4Cidr> vdiIpAddress,
        @Label(value = "セキュリティ対策製品", en = "Security product", example = "Microsoft Defender")
        String securityProduct,
        @Label(value = "備考", en = "Remarks", text = TextKind.MULTILINE, example = "端末操作可能時間：12:00-13:00")
        String remarks) {

    /** Where the systems we suggest beyond the briefing's examples come from. */
    static final String DESIGNED = "our design: 説明会資料の記入例にない部門システムを候補として加えた";

    public Terminal {
        systemType = Defaults.text(systemType);
        usage = Defaults.optional(usage);
        hostName = Defaults.text(hostName);
        ipAddress = Defaults.optional(ipAddress);
        location = Defaults.text(location);
        vdiHostName = Defaults.text(vdiHostName);
        vdiIpAddress = Defaults.optional(vdiIpAddress);
        securityProduct = Defaults.text(securityProduct);
        remarks = Defaults.text(remarks);
    }
}
