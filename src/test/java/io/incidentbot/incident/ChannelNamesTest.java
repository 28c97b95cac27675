package io.incidentbot.incident;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChannelNamesTest {

    @ParameterizedTest(name = "{1} → {3}")
    @CsvSource(delimiter = '|', value = {
            "7 | Checkout failing after 4.2 update | checkout | inc-7-checkout-failing-after-4-2-update",
            "7 | Café crème: paiement refusé       | checkout | inc-7-cafe-creme-paiement-refuse",
            "7 | Оплата не проходит                | checkout | inc-7-checkout",
            "7 | 支払いエラー                         | plugin-update | inc-7-plugin-update",
            "7 | !!!                               | other    | inc-7-other",
            "12 | --Watcher__stuck--              | watcher  | inc-12-watcher-stuck",
            "3 | ÆØÅ straße ﬁx                     | other    | inc-3-aeoa-strasse-fix",
    })
    void namesFollowSlackRules(int number, String title, String area, String expected) {
        String name = ChannelNames.forIncident("inc", number, title, area);
        assertThat(name).matches("[a-z0-9_-]{1,80}");
        assertThat(name).isEqualTo(expected);
    }

    @Test
    void longTitlesAreCutToEightyCharactersWithoutATrailingDash() {
        String name = ChannelNames.forIncident("inc", 123, "word ".repeat(40), "other");
        assertThat(name).hasSizeLessThanOrEqualTo(80).doesNotEndWith("-").startsWith("inc-123-word-word");
        assertThat(ChannelNames.withSuffix(name, 2)).hasSizeLessThanOrEqualTo(80).endsWith("-2");
    }
}
