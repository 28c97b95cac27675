package io.incidentbot.severity;

import static io.incidentbot.severity.ProductionImpact.DEGRADED;
import static io.incidentbot.severity.ProductionImpact.NONE;
import static io.incidentbot.severity.ProductionImpact.OUTAGE;
import static org.assertj.core.api.Assertions.assertThat;

import io.incidentbot.config.ConfigLoader;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The default triage policy on the seeds' incidents: cosmetic, operational, revenue, privacy, customer-visible. */
class TriagePolicyTest {
    static final TriagePolicy DEFAULTS = ConfigLoader.defaults().triage();

    /** impact, customer-visible, revenue risk, privacy exposure, data incorrect, automation pausable. */
    static TriageAnswers answers(ProductionImpact impact, boolean visible, boolean revenue, boolean privacy,
                                 boolean dataIncorrect, boolean pausable) {
        return new TriageAnswers(impact, visible, revenue, privacy, dataIncorrect, pausable);
    }

    static Stream<Arguments> seedExamples() {
        return Stream.of(
                Arguments.of("checkout failing after the 4.2 update, customers see it",
                        answers(OUTAGE, true, true, false, false, true), "SEV1: checkout affected and visible to customers"),
                Arguments.of("customer emails visible in order notes",
                        answers(DEGRADED, true, false, true, false, true), "SEV1: private data may be exposed"),
                Arguments.of("privacy exposure nobody outside has seen yet",
                        answers(NONE, false, false, true, false, true), "SEV1: private data may be exposed"),
                Arguments.of("provider keys revoked: the storefront assistant is down",
                        answers(OUTAGE, true, false, false, false, true), "SEV1: production is down for customers"),
                Arguments.of("coupon totals wrong at checkout, caught before customers noticed",
                        answers(DEGRADED, false, true, false, false, true), "SEV2: checkout or revenue at risk"),
                Arguments.of("watcher publishes every post twice",
                        answers(DEGRADED, false, false, false, true, true), "SEV2: data is being written incorrectly"),
                Arguments.of("agent loops on a tool call and cannot be paused",
                        answers(DEGRADED, false, false, false, false, false),
                        "SEV2: a production workflow misbehaves and cannot be paused"),
                Arguments.of("publishing path down, internal only, paused",
                        answers(OUTAGE, false, false, false, false, true), "SEV2: a production workflow is down"),
                Arguments.of("Theme Assistant regression with a workaround",
                        answers(DEGRADED, false, false, false, false, true), "SEV3: degraded, and the automation can be paused"),
                Arguments.of("typo on the storefront banner",
                        answers(NONE, true, false, false, false, true), "SEV3: customers can see it, production works"),
                Arguments.of("cosmetic admin issue: a misaligned settings label",
                        answers(NONE, false, false, false, false, true),
                        "SEV4: no production impact: a cosmetic admin issue or a question"),
                Arguments.of("a question with no automation involved",
                        answers(NONE, false, false, false, false, true),
                        "SEV4: no production impact: a cosmetic admin issue or a question"));
    }

    @ParameterizedTest(name = "{0} → {2}")
    @MethodSource("seedExamples")
    void suggestsTheSeedsLevelAndSaysWhy(String incident, TriageAnswers answers, String explanation) {
        assertThat(DEFAULTS.suggest(answers).explanation()).isEqualTo(explanation);
    }

    @Test
    void aCosmeticAdminIssueNeverFollowsTheCheckoutOrPrivacyPath() {
        Suggestion cosmetic = DEFAULTS.suggest(answers(NONE, false, false, false, false, true));
        Suggestion checkout = DEFAULTS.suggest(answers(DEGRADED, true, true, false, false, true));
        Suggestion privacy = DEFAULTS.suggest(answers(NONE, false, false, true, false, true));

        assertThat(cosmetic.level()).isEqualTo("SEV4");
        assertThat(List.of(checkout.level(), privacy.level())).containsOnly("SEV1");
        assertThat(checkout.matched()).containsExactly(Criterion.REVENUE_RISK, Criterion.CUSTOMER_VISIBLE);
        assertThat(cosmetic.matched()).isEmpty();
    }

    @Test
    void theFirstMatchingRuleWinsAndTheFallbackCatchesTheRest() {
        TriagePolicy policy = new TriagePolicy(List.of(
                new TriageRule("P1", List.of(Criterion.DATA_INCORRECT), "data wrong"),
                new TriageRule("P2", List.of(Criterion.DATA_INCORRECT, Criterion.CUSTOMER_VISIBLE), "never reached")),
                new TriageRule("P3", List.of(), "anything else"));

        assertThat(policy.suggest(answers(NONE, true, false, false, true, true)).explanation()).isEqualTo("P1: data wrong");
        assertThat(policy.suggest(answers(OUTAGE, true, true, true, false, false)).explanation())
                .isEqualTo("P3: anything else");
    }
}
