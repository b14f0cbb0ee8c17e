package io.github.medsecforms.validation.internal.rules;

import static io.github.medsecforms.model.Severity.ERROR;
import static io.github.medsecforms.model.Severity.INFO;
import static io.github.medsecforms.model.Severity.WARNING;

import io.github.medsecforms.model.Basis;
import io.github.medsecforms.model.Stage;
import io.github.medsecforms.model.common.YesNo;
import io.github.medsecforms.model.supportrequest.SupportContact;
import io.github.medsecforms.model.supportrequest.SupportRequest;
import io.github.medsecforms.model.value.EmailAddress;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Rules of {@code support-request} (支援の希望調査に係る回答様式), from the Kagawa notice and its form (seed 002) and
 * CATALOGUE.md §1. The three eligibility declarations are our design: the notice states the conditions, the form
 * asks them so that the prefecture sees an ineligible request before forwarding it.
 */
final class SupportRequestRules {
    private static final Class<SupportRequest> T = SupportRequest.class;

    private SupportRequestRules() {
    }

    static List<Rule<?>> rules() {
        return List.of(
                RequiredRule.of(T, "SRQ-001", Set.of(), Basis.seed("002", "担当者① 【必須】", "担当者② 【必須】")),
                RequiredRule.unmarked(T, "SRQ-009", Set.of(),
                        "回答様式に【必須】の印があるのは担当者①②だけだが、ほかの欄も様式の必要事項として記載を求められる",
                        Basis.seed("002", "別紙「回答様式」に必要事項を記載頂き"), "病院名（正式名称）が空欄"),
                Rule.of(T, "SRQ-002", WARNING, Stage.REQUIRED,
                        "担当者③は任意だが、記入する場合は連絡が取れるよう所属・役職、氏名、Mail アドレスをそろえる",
                        Basis.ourDesign("担当者③には【必須】の印がなく欄の一部だけでも誤りとはいえないが、欠けた連絡先は使えないため警告する")
                                .and("002", "担当者③"),
                        "担当者③の氏名だけが記入され、所属・役職とMail アドレスが空欄", (f, c) -> {
                            SupportContact x = f.contact3();
                            if (x.hasAnyValue() && !x.hasAllValues()) {
                                if (x.department().isBlank()) {
                                    c.report("contact3.department");
                                }
                                if (x.name().isBlank()) {
                                    c.report("contact3.name");
                                }
                                if (x.email().isEmpty()) {
                                    c.report("contact3.email");
                                }
                            }
                        }),
                declaredNo("SRQ-003", "notSupportedBefore", SupportRequest::notSupportedBefore,
                        "令和6年度に支援を受けた病院は対象外", Basis.seed("002", "令和6年度に支援を受けられた病院様", "は対象外であり"),
                        "「令和6年度に当該事業の支援を受けていない」に「いいえ」"),
                declaredNo("SRQ-004", "hasEhr", SupportRequest::hasEhr,
                        "電子カルテシステムを導入していない病院は対象外",
                        Basis.seed("002", "電子カルテシステムを導入していない病院様", "は対象外であり"),
                        "「電子カルテシステムを導入している」に「いいえ」"),
                declaredNo("SRQ-005", "surveyFeasible", SupportRequest::surveyFeasible,
                        "電子カルテシステムの更改のため令和8年1月までに現地調査を完了できない病院は対象外",
                        Basis.seed("002", "電子カルテシステムの更改のため令和8年1月までに現地調査を完了できない病院様は対象外"),
                        "「令和8年1月までに現地調査を完了できる」に「いいえ」"),
                Rule.of(T, "SRQ-006", INFO, Stage.REQUIRED,
                        "支援の対象外となる3つの条件は通知に記載されており、回答があれば県が取りまとめ前に確認できる",
                        Basis.ourDesign("3つの確認欄は通知の対象外条件を様式に加えたもので、未回答は誤りではないため情報にとどめる")
                                .and("002", "は対象外であり"),
                        "「電子カルテシステムを導入している」が未回答", (f, c) -> {
                            if (f.notSupportedBefore().isEmpty()) {
                                c.report("notSupportedBefore");
                            }
                            if (f.hasEhr().isEmpty()) {
                                c.report("hasEhr");
                            }
                            if (f.surveyFeasible().isEmpty()) {
                                c.report("surveyFeasible");
                            }
                        }),
                Rule.of(T, "SRQ-007", WARNING, Stage.CROSS_FIELD,
                        "担当者①②はともに【必須】で、連絡の取れる2名を求めている",
                        Basis.ourDesign("同じアドレスの2名では連絡先が実質1つになるため警告する").and("002", "担当者② 【必須】"),
                        "担当者②のMail アドレスが担当者①と同じ", (f, c) -> {
                            Optional<EmailAddress> a = f.contact1().email();
                            Optional<EmailAddress> b = f.contact2().email();
                            if (a.isPresent() && b.isPresent() && same(a.get(), b.get())) {
                                c.reportValue("contact2.email", b.get());
                            }
                        }),
                Rule.of(T, "SRQ-008", WARNING, Stage.FIELDS,
                        "当該事業の支援対象は電子カルテシステムを導入している病院（医科、点数表番号1）",
                        Basis.seed("000", "当該事業における支援の対象は、電子カルテシステムを導入している病院"),
                        "医療機関コードの点数表番号が3（歯科）", (f, c) -> f.hospitalCode().ifPresent(code -> {
                            if (code.tableNumber() != 1) {
                                c.reportValue("hospitalCode", code, code.tableNumber());
                            }
                        })));
    }

    /** An eligibility declaration answered いいえ: the hospital is out of scope. */
    private static Rule<SupportRequest> declaredNo(String id, String path,
                                                   Function<SupportRequest, Optional<YesNo>> answer,
                                                   String rationale, Basis basis, String example) {
        return Rule.of(T, id, ERROR, Stage.FIELDS, rationale, basis, example, (f, c) -> {
            if (answer.apply(f).orElse(null) == YesNo.NO) {
                c.report(path);
            }
        });
    }

    /** Whether two addresses reach the same mailbox as far as a person can tell (case ignored). */
    private static boolean same(EmailAddress a, EmailAddress b) {
        return a.value().toLowerCase(Locale.ROOT).equals(b.value().toLowerCase(Locale.ROOT));
    }
}
