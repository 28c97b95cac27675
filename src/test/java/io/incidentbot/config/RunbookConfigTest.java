package io.incidentbot.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentbot.runbook.Runbook;
import io.incidentbot.runbook.RunbookCatalog;
import io.incidentbot.runbook.RunbookItem;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runbooks are data: the defaults encode the seeds, and every mistake in a team's runbooks is named with its path. */
class RunbookConfigTest {
    @TempDir
    Path dir;

    AppConfig load(String yaml) throws Exception {
        return new ConfigFiles(dir).load(yaml);
    }

    List<String> problems(String yaml) {
        return new ConfigFiles(dir).problems(yaml).problems();
    }

    @Test
    void theDefaultsAreTheFiveSeedRunbooks() {
        RunbookCatalog catalog = ConfigLoader.defaults().runbooks();

        assertThat(catalog.runbooks()).extracting(Runbook::id).containsExactly("incident-response",
                "contacting-support", "sla-escalation", "diagnostics", "update-rollback");
        Runbook response = catalog.find("incident-response").orElseThrow();
        assertThat(response.items()).hasSize(16).extracting(RunbookItem::section).containsSubsequence(
                "First response", "Evidence collection", "Recovery path", "Production checklist", "Acceptance checks");
        assertThat(response.items()).filteredOn(i -> i.section().equals("Acceptance checks"))
                .extracting(RunbookItem::text).first().isEqualTo(
                        "The team can explain impact, root-cause hypothesis, owner, remediation, and prevention step.");
        assertThat(catalog.runbooks()).allSatisfy(r -> assertThat(r.items())
                .filteredOn(i -> i.section().equals("Production checklist")).hasSize(4).allMatch(RunbookItem::required));
        assertThat(catalog.find("update-rollback").orElseThrow().items()).filteredOn(i -> i.role().isPresent())
                .extracting(i -> i.role().get()).containsOnly("rollback-owner");
    }

    @Test
    void everyIncidentStartsWithTheIncidentResponseRunbookAndAPluginUpdateAlsoWithUpdateAndRollback() {
        RunbookCatalog catalog = ConfigLoader.defaults().runbooks();

        assertThat(catalog.defaultsFor("checkout")).extracting(Runbook::id).containsExactly("incident-response");
        assertThat(catalog.defaultsFor("plugin-update")).extracting(Runbook::id)
                .containsExactly("incident-response", "update-rollback");
        assertThat(catalog.lookup("UPDATE AND ROLLBACK")).map(Runbook::id).contains("update-rollback");
    }

    @Test
    void aTeamReplacesTheRunbooksWithItsOwn() throws Exception {
        AppConfig config = load("""
                runbooks:
                  - id: refunds
                    title: Refund storm
                    items:
                      - { id: freeze, text: Freeze automatic refunds, role: owner, required: true }
                      - { id: tell, text: Tell the payment provider, role: comms-owner }
                runbook_defaults:
                  all: []
                  by_area:
                    - { area: checkout, runbooks: [refunds] }
                """);

        assertThat(config.runbooks().runbooks()).extracting(Runbook::id).containsExactly("refunds");
        assertThat(config.runbooks().defaultsFor("checkout")).extracting(Runbook::id).containsExactly("refunds");
        assertThat(config.runbooks().defaultsFor("watcher")).isEmpty();
        assertThat(config.runbooks().find("refunds").orElseThrow().items().get(0))
                .isEqualTo(new RunbookItem("freeze", "", "Freeze automatic refunds", Optional.of("owner"), true));
    }

    @Test
    void everyMistakeIsReportedWithItsPath() throws Exception {
        List<String> problems = problems("""
                runbooks:
                  - id: drill
                    title: Drill
                    sections:
                      - title: One
                        items:
                          - { id: a, text: First }
                          - { id: b, text: "  " }
                      - title: Two
                        items:
                          - { id: a, text: Again, role: janitor }
                          - { id: c }
                          - { id: "has spaces", text: Odd id, requierd: true }
                  - id: drill
                    title: Drill again
                    items: [{ id: x, text: X }]
                  - id: empty
                  - id: both
                    title: Both
                    items: [{ id: x, text: X }]
                    sections: [{ title: S, items: [{ id: y, text: Y }] }]
                runbook_defaults:
                  all: [drill, nope]
                  by_area:
                    - { area: moon, runbooks: [drill] }
                    - { area: checkout, runbooks: [gone] }
                    - { area: checkout, runbooks: [drill] }
                """);

        assertThat(problems).containsExactlyInAnyOrder(
                "runbooks[0].sections[0].items[1].text: must be a non-empty text",
                "runbooks[0].sections[1].items[0].id: duplicate item id 'a' (first used at runbooks[0].sections[0].items[0])",
                "runbooks[0].sections[1].items[0].role: unknown role 'janitor' (roles: owner, comms-owner, hosting-owner, "
                        + "provider-owner, marketplace-owner, rollback-owner)",
                "runbooks[0].sections[1].items[1].text: is required",
                "runbooks[0].sections[1].items[2].id: 'has spaces' must be 1-40 letters, digits, '-' or '_', starting "
                        + "with a letter or digit",
                "runbooks[0].sections[1].items[2].requierd: unknown key (known here: id, required, role, text)",
                "runbooks[1].id: duplicate runbook id 'drill' (first used at runbooks[0])",
                "runbooks[2].title: is required",
                "runbooks[2]: needs items (or sections with items)",
                "runbooks[3]: give either items or sections, not both",
                "runbook_defaults.all[1]: unknown runbook 'nope' (runbooks: both, drill, empty)",
                "runbook_defaults.by_area[0].area: unknown area 'moon' (areas: workflow, watcher, agent, custom-tool, "
                        + "publishing-path, theme-assistant, ai-provider, checkout, plugin-update, other)",
                "runbook_defaults.by_area[1].runbooks[0]: unknown runbook 'gone' (runbooks: both, drill, empty)",
                "runbook_defaults.by_area[2].area: area 'checkout' is listed twice; merge its runbooks");
    }

    @Test
    void aRunbookTooLongForItsMessagesIsRefused() throws Exception {
        StringBuilder yaml = new StringBuilder("runbooks:\n  - id: huge\n    title: Huge\n    items:\n");
        for (int i = 0; i < 201; i++) {
            yaml.append("      - { id: i").append(i).append(", text: Step ").append(i).append(" }\n");
        }
        yaml.append("runbook_defaults: { all: [huge], by_area: [] }\n");

        assertThat(problems(yaml.toString())).containsExactly(
                "runbooks[0]: has 201 items; keep a runbook to 200 (split it into several)");
    }
}
