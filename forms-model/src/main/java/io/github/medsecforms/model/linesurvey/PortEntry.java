package io.github.medsecforms.model.linesurvey;

import io.github.medsecforms.model.Defaults;
import io.github.medsecforms.model.meta.Label;
import io.github.medsecforms.model.value.Ipv4Address;
import java.util.Optional;

/**
 * One row of 装置と接続する回線と機器の詳細 on 回線・機器情報記入シート: a port of a device on a line and what it
 * connects to. The {@code line} column ties the row to 回線n (our design). The header 機器のポート情報 spans two sets of
 * 接続状況, IPアドレス, ポート番号 (the briefing shows both; what the second set is for is not explained), held as
 * {@code connectionStatus…connectedPortNumber} and {@code connectionStatus2…connectedPortNumber2}.
 */
public record PortEntry(
        @Label(value = "回線", en = "Line", example = "回線1",
                basis = "our design: ポート情報の行を回線に結び付けるための独自の列（説明会資料の表にはない）")
        String line,
        @Label(value = "機器情報", en = "Device", example = "ルータ1")
        String device,
        @Label(value = "ポート", en = "Port", required = true, example = "GE0/0/1")
        String port,
        @Label(value = "機器名", en = "Connected device", required = true, example = "電子カルテサーバ")
        String deviceName,
        @Label(value = "IPアドレス", en = "IP address", required = true, example = "192.168.1.10")
        Optional<Ipv4Address> ipAddress,
        @Label(value = "ポート番号", en = "Port number", required = true, example = "443")
        Optional<Integer> portNumber,
        @Label(value = "プロトコル", en = "Protocol", required = true, suggestions = {"TCP", "UDP", "HTTPS", "SSH", "Telnet", "IPsec"},
                suggestionBasis = {"", "", "our design: 説明会資料の例にない候補として加えた", "our design: 説明会資料の例にない候補として加えた"},
                example = "HTTPS")
        String protocol,
        @Label(value = "接続状況", en = "Connection status (1)", group = {"機器のポート情報"}, groupEn = {"Port information of the device"},
                suggestions = {"接続あり", "接続なし"},
                suggestionBasis = {"our design: 説明会資料の記入例は「接続なし」だけで、その反対として加えた"}, example = "接続あり")
        String connectionStatus,
        @Label(value = "IPアドレス", en = "IP address (1)", group = {"機器のポート情報"}, groupEn = {"Port information of the device"}, example = "192.168.1.10")
        Optional<Ipv4Address> connectedIpAddress,
        @Label(value = "ポート番号", en = "Port number (1)", group = {"機器のポート情報"}, groupEn = {"Port information of the device"}, example = "23")
        Optional<Integer> connectedPortNumber,
        @Label(value = "接続状況", en = "Connection status (2)", group = {"機器のポート情報"}, groupEn = {"Port information of the device"},
                suggestions = {"接続あり", "接続なし"},
                suggestionBasis = {"our design: 説明会資料の記入例は「接続なし」だけで、その反対として加えた"}, example = "接続なし")
        String connectionStatus2,
        @Label(value = "IPアドレス", en = "IP address (2)", group = {"機器のポート情報"}, groupEn = {"Port information of the device"}, example = "192.168.1.11")
        Optional<Ipv4Address> connectedIpAddress2,
        @Label(value = "ポート番号", en = "Port number (2)", group = {"機器のポート情報"}, groupEn = {"Port information of the device"}, example = "23")
        Optional<Integer> connectedPortNumber2) {

    public PortEntry {
        line = Defaults.text(line);
        device = Defaults.text(device);
        port = Defaults.text(port);
        deviceName = Defaults.text(deviceName);
        ipAddress = Defaults.optional(ipAddress);
        portNumber = Defaults.optional(portNumber);
        protocol = Defaults.text(protocol);
        connectionStatus = Defaults.text(connectionStatus);
        connectedIpAddress = Defaults.optional(connectedIpAddress);
        connectedPortNumber = Defaults.optional(connectedPortNumber);
        connectionStatus2 = Defaults.text(connectionStatus2);
        connectedIpAddress2 = Defaults.optional(connectedIpAddress2);
        connectedPortNumber2 = Defaults.optional(connectedPortNumber2);
    }

    /** A port row with the columns known before the 機器のポート情報 sets were completed (their new columns empty). */
    public PortEntry(String line, String device, String port, String deviceName, Optional<Ipv4Address> ipAddress,
                     Optional<Integer> portNumber, String protocol, String connectionStatus) {
        this(line, device, port, deviceName, ipAddress, portNumber, protocol, connectionStatus, Optional.empty(),
                Optional.empty(), "", Optional.empty(), Optional.empty());
    }
}
