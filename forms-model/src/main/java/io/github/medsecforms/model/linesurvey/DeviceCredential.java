package io.github.medsecforms.model.linesurvey;

import io.github.medsecforms.model.Defaults;
import io.github.medsecforms.model.meta.Label;
import io.github.medsecforms.model.value.Secret;

/** Login of a router/UTM/FW on a line (調査① インターネット回線/ONUに紐づく装置). */
public record DeviceCredential(
        @Label(value = "メーカー", en = "Maker", example = "Cisco")
        String maker,
        @Label(value = "機種名", en = "Model", example = "C1111-4P")
        String model,
        @Label(value = "アカウント/ログインID", en = "Account / login ID")
        String account,
        @Label(value = "パスワード", en = "Password")
        Secret password,
        @Label(value = "特権(enable)モード パスワード", en = "Privileged (enable) mode password")
        Secret enablePassword) {

    public DeviceCredential {
        maker = Defaults.text(maker);
        model = Defaults.text(model);
        account = Defaults.text(account);
        password = Defaults.orElse(password, Secret.empty());
        enablePassword = Defaults.orElse(enablePassword, Secret.empty());
    }
}
