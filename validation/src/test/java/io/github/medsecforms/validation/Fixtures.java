package io.github.medsecforms.validation;

import io.github.medsecforms.model.linesurvey.BasicInfo;
import io.github.medsecforms.model.linesurvey.Line;
import io.github.medsecforms.model.linesurvey.LineDeviceSurvey;
import io.github.medsecforms.model.linesurvey.Terminal;
import io.github.medsecforms.model.offlinebackup.OfflineBackupIntent;
import io.github.medsecforms.model.value.Ipv4Address;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Real form records for tests, built by component name; components not named are absent (the model's defaults). */
public final class Fixtures {
    private Fixtures() {
    }

    /** A record of {@code type} with the named components set ({@code name, value, name, value, …}). */
    public static <R extends Record> R record(Class<R> type, Object... namesAndValues) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            args[i] = values.remove(components[i].getName());
        }
        if (!values.isEmpty()) {
            throw new IllegalArgumentException(type.getSimpleName() + " has no components " + values.keySet());
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Line line(String globalIpAddress) {
        return record(Line.class, "purpose", "電子カルテ",
                "globalIpAddress", Optional.of(Ipv4Address.parse(globalIpAddress)));
    }

    public static LineDeviceSurvey survey(Line... lines) {
        return record(LineDeviceSurvey.class, "lines", List.of(lines));
    }

    public static LineDeviceSurvey survey(BasicInfo basicInfo) {
        return record(LineDeviceSurvey.class, "basicInfo", basicInfo);
    }

    public static LineDeviceSurvey surveyWithTerminals(Terminal... terminals) {
        return record(LineDeviceSurvey.class, "terminals", List.of(terminals));
    }

    public static BasicInfo basicInfo(Object... namesAndValues) {
        return record(BasicInfo.class, namesAndValues);
    }

    public static Terminal terminal(String hostName) {
        return record(Terminal.class, "systemType", "電子カルテ", "hostName", hostName);
    }

    public static OfflineBackupIntent offlineBackup(int patientCount) {
        return record(OfflineBackupIntent.class, "hospitalName", "サンプル総合病院",
                "patientCount", Optional.of(patientCount));
    }
}
