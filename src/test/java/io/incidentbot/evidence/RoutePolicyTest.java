package io.incidentbot.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The escalation path of the Diagnostics and Support runbook, case by case. */
class RoutePolicyTest {
    static final Diagnostics ALL_PASS = Diagnostics.of(Map.of(DiagnosticCheck.PHP_EXTENSIONS, CheckResult.PASS,
            DiagnosticCheck.OUTBOUND_HTTPS, CheckResult.PASS, DiagnosticCheck.DNS, CheckResult.PASS,
            DiagnosticCheck.SSL, CheckResult.PASS, DiagnosticCheck.FIREWALL, CheckResult.PASS));

    static Stream<Arguments> categories() {
        return Stream.of(
                Arguments.of(Category.HOST, true, EscalationRoute.HOSTING),
                Arguments.of(Category.HOST, false, EscalationRoute.HOSTING),
                Arguments.of(Category.PROVIDER, true, EscalationRoute.PROVIDER),
                Arguments.of(Category.PROVIDER, false, EscalationRoute.PROVIDER),
                Arguments.of(Category.PLUGIN, true, EscalationRoute.MARKETPLACE),
                Arguments.of(Category.PLUGIN, false, EscalationRoute.INTERNAL),
                Arguments.of(Category.CONFIGURATION, true, EscalationRoute.INTERNAL),
                Arguments.of(Category.DATA, true, EscalationRoute.INTERNAL),
                Arguments.of(Category.USER_FLOW, true, EscalationRoute.INTERNAL),
                Arguments.of(Category.USER_FLOW, false, EscalationRoute.INTERNAL));
    }

    @ParameterizedTest(name = "{0}, reproducible={1} → {2}")
    @MethodSource("categories")
    void eachCategoryHasItsRouteWhenEveryCheckPasses(Category category, boolean reproducible, EscalationRoute route) {
        assertThat(RoutePolicy.recommend(Optional.of(category), ALL_PASS, reproducible).route()).isEqualTo(route);
        assertThat(RoutePolicy.recommend(Optional.of(category), Diagnostics.none(), reproducible).route()).isEqualTo(route);
    }

    @ParameterizedTest(name = "{0} failing → hosting, whatever the category")
    @EnumSource(DiagnosticCheck.class)
    void anyFailedEnvironmentCheckGoesToHosting(DiagnosticCheck check) {
        Diagnostics failed = Diagnostics.of(Map.of(check, CheckResult.FAIL));
        for (Category category : Category.values()) {
            Recommendation r = RoutePolicy.recommend(Optional.of(category), failed, true);
            assertThat(r.route()).isEqualTo(EscalationRoute.HOSTING);
            assertThat(r.reason()).isEqualTo(check.label() + " check failed.");
        }
        assertThat(RoutePolicy.recommend(Optional.empty(), failed, false).route()).isEqualTo(EscalationRoute.HOSTING);
    }

    @Test
    void theReasonNamesEveryFailedCheck() {
        Diagnostics failed = Diagnostics.of(Map.of(DiagnosticCheck.DNS, CheckResult.FAIL, DiagnosticCheck.SSL,
                CheckResult.FAIL, DiagnosticCheck.OUTBOUND_HTTPS, CheckResult.FAIL, DiagnosticCheck.FIREWALL,
                CheckResult.PASS));

        assertThat(RoutePolicy.recommend(Optional.of(Category.PROVIDER), failed, true).reason())
                .isEqualTo("Outbound HTTPS, DNS and SSL checks failed.");
    }

    @Test
    void withoutACategoryRoutingIsUnclearAndStaysInternal() {
        Recommendation r = RoutePolicy.recommend(Optional.empty(), ALL_PASS, true);

        assertThat(r.route()).isEqualTo(EscalationRoute.INTERNAL);
        assertThat(r.reason()).contains("unclear", "categorised");
    }

    @Test
    void aPluginIssueWithoutStepsSaysWhatWouldMakeItAMarketplaceCase() {
        assertThat(RoutePolicy.recommend(Optional.of(Category.PLUGIN), ALL_PASS, false).reason())
                .contains("not yet reproducible", "reproduction steps", "marketplace");
    }

    @Test
    void readsTheEvidence() {
        Evidence evidence = Evidence.of(Map.of(EvidenceField.CATEGORY, "plugin",
                EvidenceField.REPRODUCTION_STEPS, "1. Update to 4.2\n2. Open checkout"));

        assertThat(RoutePolicy.recommend(evidence).route()).isEqualTo(EscalationRoute.MARKETPLACE);
    }
}
