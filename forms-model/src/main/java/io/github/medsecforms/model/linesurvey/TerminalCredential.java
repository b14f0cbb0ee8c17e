package io.github.medsecforms.model.linesurvey;

import io.github.medsecforms.model.Defaults;
import io.github.medsecforms.model.meta.Label;
import io.github.medsecforms.model.value.Ipv4Cidr;
import io.github.medsecforms.model.value.Secret;
import java.util.Optional;

/** Login of a surveyed terminal (調査端末). */
public record TerminalCredential(
        @Label(value = "端末ホスト名", en = "Host name", example = "PCXXXX01")
        String hostName,
        @Label(value = "IPアドレス", en = "IP address", example = "192.168.1.131/24")
        Optional<Ipv4Cidr> ipAddress,
        @Label(value = "アカウント", en = "Account")
        String account,
        @Label(value = "パスワード", en = "Password")
        Secret password) {

    public TerminalCredential {
        hostName = Defaults.text(hostName);
        ipAddress = Defaults.optional(ipAddress);
        account = Defaults.text(account);
        password = Defaults.orElse(password, Secret.empty());
    }
}
