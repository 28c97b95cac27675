package io.incidentbot.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The Block Kit limits Slack enforces (docs.slack.dev/reference/block-kit), checked on what the bot
 * sends. FakeSlack rejects a payload that breaks one, as Slack would with invalid_blocks.
 */
final class BlockKitLimits {
    private final List<String> problems = new ArrayList<>();
    private final Set<String> blockIds = new HashSet<>();
    private final Set<String> actionIds = new HashSet<>();

    static List<String> message(JsonNode blocks, String text) {
        BlockKitLimits check = new BlockKitLimits();
        if (text != null && text.length() > 40_000) {
            check.problem("message text over 40000 characters");
        }
        check.blocks(blocks, 50, "message");
        return check.problems;
    }

    static List<String> modal(JsonNode view) {
        BlockKitLimits check = new BlockKitLimits();
        check.max(view.path("title").path("text").asText(), 24, "modal title");
        check.max(view.path("submit").path("text").asText(), 24, "modal submit");
        check.max(view.path("close").path("text").asText(), 24, "modal close");
        check.max(view.path("private_metadata").asText(), 3000, "private_metadata");
        check.max(view.path("callback_id").asText(), 255, "callback_id");
        if (view.path("title").path("text").asText().isEmpty()) {
            check.problem("modal without a title");
        }
        check.blocks(view.path("blocks"), 100, "modal");
        return check.problems;
    }

    private void problem(String message) {
        problems.add(message);
    }

    private void max(String value, int max, String what) {
        if (value != null && value.length() > max) {
            problem(what + " is " + value.length() + " characters (max " + max + "): " + value.substring(0, 40) + "…");
        }
    }

    private void blocks(JsonNode blocks, int max, String where) {
        if (blocks == null || blocks.isMissingNode() || blocks.isNull()) {
            return;
        }
        if (blocks.size() > max) {
            problem(where + " has " + blocks.size() + " blocks (max " + max + ")");
        }
        for (JsonNode block : blocks) {
            block(block);
        }
    }

    private void block(JsonNode block) {
        String type = block.path("type").asText();
        if (block.has("block_id")) {
            String id = block.get("block_id").asText();
            max(id, 255, "block_id");
            if (!blockIds.add(id)) {
                problem("duplicate block_id " + id);
            }
        }
        switch (type) {
            case "section" -> {
                text(block.path("text"), 3000, "section text");
                JsonNode fields = block.path("fields");
                if (fields.size() > 10) {
                    problem("section has " + fields.size() + " fields (max 10)");
                }
                fields.forEach(f -> text(f, 2000, "section field"));
                if (!block.has("text") && !block.has("fields")) {
                    problem("section without text or fields");
                }
                if (block.has("accessory")) {
                    element(block.get("accessory"));
                }
            }
            case "header" -> {
                if (!"plain_text".equals(block.path("text").path("type").asText())) {
                    problem("header text must be plain_text");
                }
                text(block.path("text"), 150, "header");
            }
            case "context" -> {
                if (block.path("elements").size() > 10) {
                    problem("context has more than 10 elements");
                }
                block.path("elements").forEach(e -> {
                    if (e.has("text")) {
                        text(e, 3000, "context text");
                    }
                });
            }
            case "actions" -> {
                if (block.path("elements").size() > 25) {
                    problem("actions block has more than 25 elements");
                }
                block.path("elements").forEach(this::element);
            }
            case "input" -> {
                text(block.path("label"), 2000, "input label");
                if (block.has("hint")) {
                    text(block.get("hint"), 2000, "input hint");
                }
                element(block.path("element"));
            }
            case "divider", "image", "rich_text", "file" -> { }
            default -> problem("unknown block type '" + type + "'");
        }
    }

    private void element(JsonNode element) {
        String actionId = element.path("action_id").asText(null);
        if (actionId != null) {
            max(actionId, 255, "action_id");
            if (!actionIds.add(actionId)) {
                problem("duplicate action_id " + actionId);
            }
        }
        if (element.has("placeholder")) {
            text(element.get("placeholder"), 150, "placeholder");
        }
        if (element.has("confirm")) {
            confirm(element.get("confirm"));
        }
        switch (element.path("type").asText()) {
            case "button" -> {
                text(element.path("text"), 75, "button text");
                max(element.path("value").asText(), 2000, "button value");
                String style = element.path("style").asText("");
                if (!style.isEmpty() && !style.equals("primary") && !style.equals("danger")) {
                    problem("button style '" + style + "' (primary or danger only)");
                }
            }
            case "static_select", "multi_static_select", "overflow", "radio_buttons", "checkboxes" -> {
                int limit = switch (element.path("type").asText()) {
                    case "overflow" -> 5;
                    case "radio_buttons", "checkboxes" -> 10;
                    default -> 100;
                };
                JsonNode options = element.path("options");
                if (options.isEmpty() && !element.has("option_groups")) {
                    problem(element.path("type").asText() + " without options");
                }
                if (options.size() > limit) {
                    problem(element.path("type").asText() + " has " + options.size() + " options (max " + limit + ")");
                }
                options.forEach(this::option);
                if (element.has("initial_option")) {
                    option(element.get("initial_option"));
                }
            }
            case "plain_text_input" -> {
                if (element.path("max_length").asInt(0) > 3000) {
                    problem("plain_text_input max_length over 3000");
                }
                int maxLength = element.path("max_length").asInt(3000);
                max(element.path("initial_value").asText(), maxLength, "plain_text_input initial_value");
            }
            default -> { }
        }
    }

    /** A confirmation dialog: plain_text title (100), text (300), confirm and deny (30). */
    private void confirm(JsonNode dialog) {
        for (String field : new String[] {"title", "confirm", "deny"}) {
            if (!"plain_text".equals(dialog.path(field).path("type").asText())) {
                problem("confirm " + field + " must be plain_text");
            }
        }
        text(dialog.path("title"), 100, "confirm title");
        text(dialog.path("text"), 300, "confirm text");
        text(dialog.path("confirm"), 30, "confirm button");
        text(dialog.path("deny"), 30, "deny button");
    }

    private void option(JsonNode option) {
        text(option.path("text"), 75, "option text");
        max(option.path("value").asText(), 150, "option value");
        if (option.has("description")) {
            text(option.get("description"), 75, "option description");
        }
    }

    private void text(JsonNode text, int max, String what) {
        if (text == null || text.isMissingNode()) {
            return;
        }
        String type = text.path("type").asText();
        if (!type.equals("plain_text") && !type.equals("mrkdwn")) {
            problem(what + " has text type '" + type + "'");
        }
        String value = text.path("text").asText();
        if (value.isEmpty()) {
            problem(what + " is empty");
        }
        max(value, max, what);
    }
}
