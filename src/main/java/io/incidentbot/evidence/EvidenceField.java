package io.incidentbot.evidence;

import java.util.Arrays;
import java.util.Optional;

/**
 * The support-safe evidence fields of the runbooks (Contacting Support, Diagnostics and Support):
 * what another operator needs to reproduce or triage an issue.
 */
public enum EvidenceField implements FormField {
    EXACT_TIME("exact-time", "exact timestamp", FieldKind.TIMESTAMP),
    AFFECTED_USER("affected-user", "affected user", FieldKind.TEXT),
    AFFECTED_SCREEN("affected-screen", "affected screen", FieldKind.TEXT),
    PLUGIN_VERSION("plugin-version", "plugin version", FieldKind.VERSION),
    WORDPRESS_VERSION("wordpress-version", "WordPress version", FieldKind.VERSION),
    WOOCOMMERCE_VERSION("woocommerce-version", "WooCommerce version", FieldKind.VERSION),
    PHP_VERSION("php-version", "PHP version", FieldKind.VERSION),
    REPRODUCTION_STEPS("reproduction-steps", "reproduction steps", FieldKind.LONG_TEXT),
    PROVIDER_STATUS("provider-status", "provider status", FieldKind.TEXT),
    HOSTING_STATUS("hosting-status", "hosting status", FieldKind.TEXT),
    DIAGNOSTICS("diagnostics", "diagnostics", FieldKind.DIAGNOSTICS),
    PURCHASE_CONTEXT("purchase-context", "purchase context", FieldKind.TEXT),
    SCREENSHOTS("screenshots", "screenshot links", FieldKind.LINKS),
    CATEGORY("category", "category", FieldKind.CATEGORY);

    private final String id;
    private final String noun;
    private final FieldKind kind;

    EvidenceField(String id, String noun, FieldKind kind) {
        this.id = id;
        this.noun = noun;
        this.kind = kind;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String noun() {
        return noun;
    }

    @Override
    public FieldKind kind() {
        return kind;
    }

    public static Optional<EvidenceField> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }
}
