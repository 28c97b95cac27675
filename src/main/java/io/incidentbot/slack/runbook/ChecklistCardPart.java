package io.incidentbot.slack.runbook;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.StaticSelectElement;
import io.incidentbot.common.IncidentId;
import io.incidentbot.config.AppConfig;
import io.incidentbot.incident.IncidentView;
import io.incidentbot.runbook.Checklist;
import io.incidentbot.runbook.ChecklistService;
import io.incidentbot.runbook.Runbook;
import io.incidentbot.slack.CardPart;
import io.incidentbot.slack.Text;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** On the incident card: "Checklist 7/12 done", per runbook when there are several, and a picker to add a runbook. */
final class ChecklistCardPart implements CardPart {
    private final ChecklistService checklists;
    private final AppConfig config;

    ChecklistCardPart(ChecklistService checklists, AppConfig config) {
        this.checklists = checklists;
        this.config = config;
    }

    @Override
    public List<LayoutBlock> blocks(IncidentView view) {
        return blocks(view.incident().id(), view.incident().isOpen(), checklists.checklists(view.incident().id()), config);
    }

    static List<LayoutBlock> blocks(IncidentId id, boolean open, List<Checklist> attached, AppConfig config) {
        Set<String> ids = attached.stream().map(Checklist::runbookId).collect(Collectors.toSet());
        List<Runbook> addable = open
                ? config.runbooks().runbooks().stream().filter(r -> !ids.contains(r.id())).toList()
                : List.of();
        if (attached.isEmpty() && addable.isEmpty()) {
            return List.of();
        }
        String text = Text.clamp(summary(attached), Text.SECTION);
        if (addable.isEmpty()) {
            return List.of(section(s -> s.blockId(ChecklistIds.PROGRESS_BLOCK).text(markdownText(text))));
        }
        List<OptionObject> options = addable.stream()
                .map(r -> OptionObject.builder().text(plainText(Text.clamp(r.title(), Text.OPTION)))
                        .value(new ChecklistIds.AddRunbook(id.number(), r.id()).encode()).build())
                .toList();
        StaticSelectElement picker = StaticSelectElement.builder().actionId(ChecklistIds.ADD_RUNBOOK)
                .placeholder(plainText("Add a runbook…")).options(options).build();
        return List.of(section(s -> s.blockId(ChecklistIds.PROGRESS_BLOCK).text(markdownText(text)).accessory(picker)));
    }

    /** "*Checklist* 7/12 done · 3 required open", then a line per runbook when there are several. */
    static String summary(List<Checklist> attached) {
        if (attached.isEmpty()) {
            return "*Checklist*\nNo runbook attached yet.";
        }
        int done = attached.stream().mapToInt(Checklist::done).sum();
        int total = attached.stream().mapToInt(Checklist::total).sum();
        int open = attached.stream().mapToInt(c -> c.outstandingRequired().size()).sum();
        StringBuilder text = new StringBuilder("*Checklist " + done + "/" + total + "*"
                + (open > 0 ? " · " + open + " required open" : done == total ? " · all done ✅" : ""));
        if (attached.size() > 1) {
            attached.forEach(c -> text.append("\n").append(Text.escape(c.title())).append(" ")
                    .append(c.done()).append("/").append(c.total()));
        }
        return text.toString();
    }
}
