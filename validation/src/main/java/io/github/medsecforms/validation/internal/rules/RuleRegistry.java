package io.github.medsecforms.validation.internal.rules;

import io.github.medsecforms.model.Form;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Every rule of every form, in catalogue order; ids are unique (checked when the registry loads). */
public final class RuleRegistry {
    private static final List<Rule<?>> RULES = load();
    private static final List<PackageRule> PACKAGE_RULES = loadPackageRules();
    private static final ClassValue<List<Rule<?>>> BY_TYPE = new ClassValue<>() {
        @Override
        protected List<Rule<?>> computeValue(Class<?> type) {
            return RULES.stream().filter(r -> r.formType() == type).toList();
        }
    };

    private RuleRegistry() {
    }

    public static List<Rule<?>> all() {
        return RULES;
    }

    /** The rules that apply to forms of {@code type}. */
    public static List<Rule<?>> forType(Class<? extends Form> type) {
        return BY_TYPE.get(type);
    }

    /** The rules over a whole submission package. */
    public static List<PackageRule> packageRules() {
        return PACKAGE_RULES;
    }

    private static List<PackageRule> loadPackageRules() {
        List<PackageRule> rules = PackageRules.rules();
        for (PackageRule r : rules) {
            if (!RuleContext.MESSAGES.contains(r.id())) {
                throw new IllegalStateException("no message for rule " + r.id());
            }
        }
        return rules;
    }

    private static List<Rule<?>> load() {
        List<Rule<?>> rules = new ArrayList<>();
        rules.addAll(SupportRequestRules.rules());
        rules.addAll(HospitalSelectionRules.rules());
        rules.addAll(LineDeviceSurveyRules.rules());
        rules.addAll(BackupVpnSurveyRules.rules());
        rules.addAll(OfflineBackupIntentRules.rules());
        rules.addAll(ChecklistRules.rules());
        rules.addAll(InspectionDocumentsRules.rules());
        Set<String> ids = new HashSet<>();
        for (Rule<?> r : rules) {
            if (!ids.add(r.id())) {
                throw new IllegalStateException("duplicate rule id " + r.id());
            }
            if (!RuleContext.MESSAGES.contains(r.id())) {
                throw new IllegalStateException("no message for rule " + r.id());
            }
        }
        return Collections.unmodifiableList(rules);
    }
}
