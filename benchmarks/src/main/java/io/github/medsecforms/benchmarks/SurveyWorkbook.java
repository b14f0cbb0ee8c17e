package io.github.medsecforms.benchmarks;

import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.common.Presence;
import io.github.medsecforms.model.linesurvey.BasicInfo;
import io.github.medsecforms.model.linesurvey.Callout;
import io.github.medsecforms.model.linesurvey.CommunicationType;
import io.github.medsecforms.model.linesurvey.Confirmation;
import io.github.medsecforms.model.linesurvey.Consent;
import io.github.medsecforms.model.linesurvey.DiagnosisDayCheck;
import io.github.medsecforms.model.linesurvey.FloorPlan;
import io.github.medsecforms.model.linesurvey.IpAssignment;
import io.github.medsecforms.model.linesurvey.Line;
import io.github.medsecforms.model.linesurvey.LineDeviceSurvey;
import io.github.medsecforms.model.linesurvey.PortEntry;
import io.github.medsecforms.model.linesurvey.SurveyContact;
import io.github.medsecforms.model.linesurvey.SurveyWish;
import io.github.medsecforms.model.linesurvey.Terminal;
import io.github.medsecforms.model.linesurvey.TerminalUsage;
import io.github.medsecforms.model.value.EmailAddress;
import io.github.medsecforms.model.value.FiscalYear;
import io.github.medsecforms.model.value.Fqdn;
import io.github.medsecforms.model.value.ImageData;
import io.github.medsecforms.model.value.Ipv4Address;
import io.github.medsecforms.model.value.Ipv4Cidr;
import io.github.medsecforms.model.value.PhoneNumber;
import io.github.medsecforms.model.value.PostalCode;
import io.github.medsecforms.xlsx.FormWriter;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

/**
 * The workbook every benchmark reads: a filled 別紙2-1 line-device survey as {@link FormWriter#fill} writes it — 20
 * lines, 40 port rows, 5 terminals, 2 contacts and a floor-plan PNG of 1,200 × 800 pixels (174 KB) with 25 callouts. Built
 * from code, deterministically (same bytes on every run), and valid: validation reports only the dynamic-IP
 * reminders.
 */
public final class SurveyWorkbook {
    /** The file name the benchmarks pass to the reader. */
    public static final String FILE_NAME = "別紙2-1_回線・機器情報.xlsx";
    public static final int LINES = 20;
    public static final int PORTS = 40;
    public static final int TERMINALS = 5;

    private static final String[] PURPOSES = {"電子カルテ", "医事", "検査", "放射線", "PACS", "リモート保守", "地域医療連携"};
    private static final String[] MAKERS = {"Cisco", "Yamaha", "Fortinet", "NEC", "Allied Telesis"};
    private static final String[] MODELS = {"C1111-4P", "RTX1300", "FortiGate-60F", "UNIVERGE IX2106", "AR4050S"};
    private static final String[] SYSTEMS = {"電子カルテ", "医事", "検査", "放射線", "薬剤"};

    private SurveyWorkbook() {
    }

    /** The form: the same instance on every call. */
    public static LineDeviceSurvey form() {
        FiscalYear version = FormRegistry.get("line-device-survey").latestVersion();
        BasicInfo basic = new BasicInfo(Optional.of(Consent.AGREE), "サンプル総合病院", "さんぷるそうごうびょういん",
                Optional.of(PostalCode.parse("700-8570")), "岡山県岡山市北区内山下2-4-6", "おかやまけんおかやましきたくうちさんげ",
                "本館", "ほんかん", Optional.of(350));
        List<SurveyContact> contacts = List.of(
                new SurveyContact("情報システム室 室長", "岡山 太郎", Optional.of(PhoneNumber.parse("086-226-7403")),
                        Optional.of(EmailAddress.parse("taro@sample-hospital.example.jp"))),
                new SurveyContact("情報システム室", "吉備 次郎", Optional.of(PhoneNumber.parse("086-226-7404")),
                        Optional.of(EmailAddress.parse("jiro@sample-hospital.example.jp"))));
        List<Line> lines = new ArrayList<>();
        List<Callout> callouts = new ArrayList<>();
        for (int i = 1; i <= LINES; i++) {
            lines.add(line(i));
            callouts.add(new Callout("回線" + i, "回線" + i + " " + lines.get(i - 1).purpose() + " / " + location(i)));
        }
        List<PortEntry> ports = new ArrayList<>();
        for (int i = 1; i <= PORTS; i++) {
            int line = (i - 1) % LINES + 1;
            ports.add(new PortEntry("回線" + line, "ルータ" + line, "GE0/0/" + (i % 8 + 1), PURPOSES[i % PURPOSES.length] + "サーバ" + i,
                    Optional.of(Ipv4Address.parse("192.168." + line + "." + (10 + i))), Optional.of(i % 2 == 0 ? 443 : 22),
                    i % 2 == 0 ? "HTTPS" : "SSH", i % 3 == 0 ? "接続なし" : "接続あり"));
        }
        List<Terminal> terminals = new ArrayList<>();
        for (int i = 1; i <= TERMINALS; i++) {
            boolean vdi = i == 2;
            String host = String.format("PCXXXX%02d", i);
            terminals.add(new Terminal(SYSTEMS[i - 1], Optional.of(vdi ? TerminalUsage.VIRTUAL_DESKTOP : TerminalUsage.STANDALONE),
                    host, Optional.of(Ipv4Cidr.parse("192.168." + (100 + i) + ".131/24")), "本館 " + i + "F 診察室A-" + i,
                    vdi ? "VDI-XXXX02" : "", vdi ? Optional.of(Ipv4Cidr.parse("172.16.1.131/24")) : Optional.empty(),
                    "Microsoft Defender", i == 1 ? "端末操作可能時間：12:00-13:00" : ""));
            callouts.add(new Callout("No." + i, "No." + i + " " + host + " / 本館 " + i + "F 診察室A-" + i));
        }
        FloorPlan plan = new FloorPlan(Optional.of(new ImageData("image/png", floorPlanPng(1200, 800))), callouts);
        return new LineDeviceSurvey(version, basic, contacts, new Confirmation("岡山 花子"), lines, ports, terminals, plan);
    }

    /** The workbook of {@link #form()}, as {@link FormWriter#fill} writes it. */
    public static byte[] bytes() {
        return FormWriter.fill(form()).bytes();
    }

    /**
     * The workbook of {@link #form()} with only its line count changed to {@code lines} (the 20 lines repeated), for
     * the big-workbook points of {@link BigWorkbookBenchmark}.
     */
    public static byte[] bytes(int lines) {
        LineDeviceSurvey base = form();
        List<Line> repeated = new ArrayList<>(lines);
        for (int i = 0; i < lines; i++) {
            repeated.add(base.lines().get(i % base.lines().size()));
        }
        return FormWriter.fill(new LineDeviceSurvey(base.version(), base.basicInfo(), base.contacts(), repeated,
                base.ports(), base.terminals(), base.floorPlan())).bytes();
    }

    private static Line line(int i) {
        boolean closed = i % 5 == 0;
        boolean dynamic = i % 4 == 1 && !closed;
        String purpose = PURPOSES[(i - 1) % PURPOSES.length];
        Optional<Ipv4Address> global = closed ? Optional.empty() : Optional.of(Ipv4Address.parse("121.119.249." + (100 + i)));
        return new Line(Optional.of(SurveyWish.REQUESTED), Optional.of(closed ? SurveyWish.NOT_REQUESTED : SurveyWish.REQUESTED),
                Optional.of(Presence.PRESENT), purpose,
                Optional.of(closed ? CommunicationType.CLOSED_NETWORK : i % 2 == 0 ? CommunicationType.INTERNET : CommunicationType.INTERNET_VPN),
                Optional.of(closed ? Presence.ABSENT : Presence.PRESENT),
                closed ? Optional.empty() : Optional.of(dynamic ? IpAssignment.DYNAMIC : IpAssignment.STATIC), global,
                closed ? Optional.empty() : Optional.of(dynamic ? DiagnosisDayCheck.CONFIRMED : DiagnosisDayCheck.NOT_REQUIRED),
                dynamic ? Optional.of(Ipv4Address.parse("203.141.10." + (20 + i))) : Optional.empty(),
                i % 3 == 0 ? Optional.of(Fqdn.parse("vpn" + i + ".sample-hospital.example.jp")) : Optional.empty(),
                closed ? "" : "NTT東日本", closed ? "" : "Bフレッツサービス", closed ? "NTTコミュニケーションズ" : "NTT西日本",
                closed ? "Arcstar Universal One" : "フレッツ光クロス", String.format("CAF%07d", 1234500 + i), location(i),
                MAKERS[i % MAKERS.length], MODELS[i % MODELS.length], "17." + (i % 10) + ".4");
    }

    private static String location(int i) {
        return "本部棟 " + (i % 4 + 1) + "F サーバー室 " + i + "番ラック " + (i % 8 + 1) + "U";
    }

    /**
     * A floor plan as a scanned drawing looks to a compressor: paper with deterministic 1-bit noise, walls (a grid of
     * dark lines) and dark "text" blocks in every room: 0.96 MB raw, about 174 KB as PNG (it hardly deflates further in
     * the zip, as real pictures do not).
     */
    static byte[] floorPlanPng(int width, int height) {
        byte[] raw = new byte[height * (1 + width)]; // filter byte 0 + one grey byte per pixel
        long seed = 0x5DEECE66DL;
        for (int y = 0; y < height; y++) {
            int row = y * (1 + width);
            for (int x = 0; x < width; x++) {
                seed = seed * 6364136223846793005L + 1442695040888963407L;
                int noise = (int) (seed >>> 63); // 1-bit paper noise
                boolean wall = x % 200 < 3 || y % 160 < 3;
                boolean text = x % 200 > 40 && x % 200 < 140 && y % 160 > 70 && y % 160 < 84 && (x / 6 + y / 7) % 3 != 0;
                int grey = wall ? 20 + noise : text ? 60 + noise : 240 + noise;
                raw[row + 1 + x] = (byte) grey;
            }
        }
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(png);
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(ihdr);
            h.writeInt(width);
            h.writeInt(height);
            h.write(new byte[] {8, 0, 0, 0, 0}); // 8-bit greyscale, deflate, adaptive filtering, no interlace
            chunk(out, "IHDR", ihdr.toByteArray());
            ByteArrayOutputStream idat = new ByteArrayOutputStream();
            try (DeflaterOutputStream z = new DeflaterOutputStream(idat)) {
                z.write(raw);
            }
            chunk(out, "IDAT", idat.toByteArray());
            chunk(out, "IEND", new byte[0]);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        out.writeInt((int) crc.getValue());
    }
}
