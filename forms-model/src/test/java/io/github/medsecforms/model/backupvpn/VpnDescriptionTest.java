package io.github.medsecforms.model.backupvpn;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.testing.Mutate;
import io.github.medsecforms.model.testing.SampleForms;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Q9 is 記述方式 (seed 003: 「VPN装置のメーカー名、型番、台数を全て記載すること」「（記述方式）」): the description is kept as
 * written and read as rows only where every part clearly names maker, model and count.
 */
class VpnDescriptionTest {

    @Test
    void a_clear_list_splits_into_rows() {
        assertThat(VpnDevice.split("ヤマハ RTX1210 2台、Fortinet FortiGate-60F 1台")).contains(List.of(
                new VpnDevice("ヤマハ", "RTX1210", Optional.of(2)),
                new VpnDevice("Fortinet", "FortiGate-60F", Optional.of(1))));
    }

    @Test
    void full_width_text_line_breaks_and_times_counts_split_too() {
        assertThat(VpnDevice.split("ＮＥＣ　UNIVERGE IX2106　１台\nCisco C1111-4P ×3。")).contains(List.of(
                new VpnDevice("NEC", "UNIVERGE IX2106", Optional.of(1)),
                new VpnDevice("Cisco", "C1111-4P", Optional.of(3))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"保守業者が設置したVPN装置1台（型番は確認中）", "ヤマハ製 2台", "RTX1210", "ヤマハ RTX1210 0台",
            "ヤマハ RTX1210 2台、型番不明のルータ", ""})
    void anything_less_clear_stays_whole(String description) {
        assertThat(VpnDevice.split(description)).isEmpty();
    }

    @Test
    void the_listed_devices_are_the_rows_given_else_the_description_read_as_rows() {
        BackupVpnSurvey sample = SampleForms.backupVpnSurvey();
        BackupVpnSurvey textOnly = Mutate.set(Mutate.set(sample, "vpnDevices", List.of()), "vpnDevicesText",
                "ヤマハ RTX1210 2台");
        BackupVpnSurvey unclear = Mutate.set(textOnly, "vpnDevicesText", "VPN装置あり（詳細は保守業者に確認中）");

        assertThat(sample.listedVpnDevices()).isEqualTo(sample.vpnDevices());
        assertThat(textOnly.listedVpnDevices()).containsExactly(new VpnDevice("ヤマハ", "RTX1210", Optional.of(2)));
        assertThat(unclear.listedVpnDevices()).isEmpty();
        assertThat(unclear.vpnDevicesText()).isEqualTo("VPN装置あり（詳細は保守業者に確認中）");
    }
}
