package io.incidentbot.support;

import io.incidentbot.evidence.Evidence;
import io.incidentbot.evidence.EvidenceField;
import io.incidentbot.evidence.RollbackField;
import io.incidentbot.evidence.RollbackRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Evidence and a rollback record full of provider keys, card numbers, e-mails and credentials. */
public final class PlantedSecrets {
    private PlantedSecrets() {
    }

    /** Planted in the evidence: none of these may reach the report. */
    public static final List<String> SECRETS = List.of(
            "sk-proj-4fJ8kLm2Qx9Zr7Tb1Vn6Wc3Yd5Ae0Gh8Ij2Kl4Mn6Op8Qr",   // OpenAI key
            "sk_live_51HqLyjWDarjtT1zdp7dcXYZabc123DEF456",             // Stripe secret key
            "AKIAIOSFODNN7EXAMPLE",                                      // AWS access key id
            "4111 1111 1111 1111", "5555555555554444",                   // card numbers
            "jane.cooper@example.com", "m.rossi@shop-example.it",        // customer e-mails
            "S3cr3tPassw0rd!",                                           // a password in a backup URL
            "8f2c1d6e-4b7a-4c9e-9d3f-2a1b0c9d8e7f");                     // a CodeCanyon purchase code

    public static final String STEPS = """
            1. Log in as the shop manager (jane.cooper@example.com) on WordPress 6.4.2
            2. Settings → SophMate → Provider: key sk-proj-4fJ8kLm2Qx9Zr7Tb1Vn6Wc3Yd5Ae0Gh8Ij2Kl4Mn6Op8Qr
            3. Place an order paying with 4111 1111 1111 1111, exp 12/28
            4. Checkout shows "Error 500" at 13:05 UTC; PHP log says cURL error 35 (SSL connect)""";

    public static Evidence evidence() {
        return Evidence.of(Map.ofEntries(
                Map.entry(EvidenceField.EXACT_TIME, String.valueOf(Instant.parse("2026-03-05T13:05:00Z").getEpochSecond())),
                Map.entry(EvidenceField.AFFECTED_USER, "Customer m.rossi@shop-example.it (guest checkout)"),
                Map.entry(EvidenceField.AFFECTED_SCREEN, "WooCommerce → Checkout → Pay for order"),
                Map.entry(EvidenceField.PLUGIN_VERSION, "4.2.1"),
                Map.entry(EvidenceField.WORDPRESS_VERSION, "6.4.2"),
                Map.entry(EvidenceField.WOOCOMMERCE_VERSION, "8.5.1"),
                Map.entry(EvidenceField.PHP_VERSION, "8.2.12"),
                Map.entry(EvidenceField.REPRODUCTION_STEPS, STEPS),
                Map.entry(EvidenceField.PROVIDER_STATUS, "Operational; Stripe key sk_live_51HqLyjWDarjtT1zdp7dcXYZabc123DEF456 rotated"),
                Map.entry(EvidenceField.HOSTING_STATUS, "Host says AWS key AKIAIOSFODNN7EXAMPLE was used for backups"),
                Map.entry(EvidenceField.DIAGNOSTICS, "php-extensions=pass;outbound-https=pass;dns=pass;ssl=fail;firewall=pass"),
                Map.entry(EvidenceField.PURCHASE_CONTEXT, "Regular licence, purchase code 8f2c1d6e-4b7a-4c9e-9d3f-2a1b0c9d8e7f"),
                Map.entry(EvidenceField.SCREENSHOTS, "https://files.example.com/shots/checkout-500.png"),
                Map.entry(EvidenceField.CATEGORY, "plugin")));
    }

    public static RollbackRecord rollback() {
        return RollbackRecord.of(Map.of(RollbackField.RELEASE_VERSION, "4.2.1",
                RollbackField.UPDATE_DATE, "2026-03-04",
                RollbackField.BACKUP_LOCATION, "sftp://backup:S3cr3tPassw0rd!@backups.example.net/site/2026-03-04.tar.gz",
                RollbackField.RESTORE_OWNER, "U0BOB",
                RollbackField.DIAGNOSTICS_RESULT, "Staging pass; production SSL fails",
                RollbackField.KNOWN_CAVEATS, "Orders paid with 5555555555554444 during the window need a manual refund",
                RollbackField.DECISION, "roll-back"));
    }
}
