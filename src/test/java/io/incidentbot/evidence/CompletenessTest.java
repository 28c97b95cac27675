package io.incidentbot.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentbot.config.ConfigLoader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompletenessTest {
    static final List<EvidenceField> SEV1 = ConfigLoader.defaults().evidence().required().forSeverity("SEV1");

    @Test
    void theDefaultsRequireTheSupportContextAtSev1() {
        assertThat(SEV1).hasSize(11).contains(EvidenceField.PURCHASE_CONTEXT, EvidenceField.PHP_VERSION,
                EvidenceField.REPRODUCTION_STEPS, EvidenceField.DIAGNOSTICS, EvidenceField.CATEGORY);
        assertThat(ConfigLoader.defaults().evidence().required().forSeverity("sev3")).hasSize(8);
    }

    @Test
    void theSummarySaysHowManyAndWhatIsMissing() {
        Evidence evidence = Evidence.of(Map.of(EvidenceField.PURCHASE_CONTEXT, "Regular licence",
                EvidenceField.PLUGIN_VERSION, "4.2.1", EvidenceField.WORDPRESS_VERSION, "6.4.2",
                EvidenceField.WOOCOMMERCE_VERSION, "8.5.1", EvidenceField.AFFECTED_SCREEN, "Checkout",
                EvidenceField.AFFECTED_USER, "Customer role", EvidenceField.EXACT_TIME, "1772715900",
                EvidenceField.CATEGORY, "plugin", EvidenceField.DIAGNOSTICS, RoutePolicyTest.ALL_PASS.encode()));

        Completeness completeness = Completeness.of(evidence, SEV1);

        assertThat(completeness.summary()).isEqualTo("Evidence 9/11 — missing: PHP version, reproduction steps");
        assertThat(completeness.complete()).isFalse();
    }

    @Test
    void diagnosticsCountOnlyWhenEveryCheckIsAnswered() {
        Evidence partly = Evidence.of(Map.of(EvidenceField.DIAGNOSTICS, "dns=fail;ssl=pass"));
        Evidence fully = Evidence.of(Map.of(EvidenceField.DIAGNOSTICS, RoutePolicyTest.ALL_PASS.encode()));

        assertThat(partly.has(EvidenceField.DIAGNOSTICS)).isFalse();
        assertThat(fully.has(EvidenceField.DIAGNOSTICS)).isTrue();
    }

    @Test
    void completeAndNothingRequiredReadWell() {
        assertThat(Completeness.of(Evidence.of(Map.of(EvidenceField.PHP_VERSION, "8.2.12")),
                List.of(EvidenceField.PHP_VERSION)).summary()).isEqualTo("Evidence 1/1 — complete");
        assertThat(Completeness.of(Evidence.empty(), List.of()).summary()).contains("nothing required");
    }

    @Test
    void diagnosticsRoundTripThroughTheirStoredForm() {
        Diagnostics d = Diagnostics.of(Map.of(DiagnosticCheck.DNS, CheckResult.FAIL, DiagnosticCheck.SSL, CheckResult.PASS,
                DiagnosticCheck.FIREWALL, CheckResult.NOT_CHECKED));

        assertThat(d.encode()).isEqualTo("dns=fail;ssl=pass");
        assertThat(Diagnostics.parse(d.encode())).contains(d);
        assertThat(Diagnostics.parse("dns=maybe")).isEmpty();
        assertThat(Diagnostics.read("garbage")).isEqualTo(Diagnostics.none());
        assertThat(d.describe()).isEqualTo("PHP extensions: not checked, Outbound HTTPS: not checked, DNS: fail, "
                + "SSL: pass, Firewall: not checked");
    }
}
