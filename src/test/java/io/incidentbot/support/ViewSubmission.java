package io.incidentbot.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What Slack sends when a user submits a modal the bot opened: the view as the bot built it, with
 * the state of every input (initial values unless the test changes them), as a real user would.
 */
public final class ViewSubmission {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode view;
    private final ObjectNode values = JSON.createObjectNode();

    private ViewSubmission(JsonNode view) {
        this.view = view;
        for (JsonNode block : view.path("blocks")) {
            if (block.path("type").asText().equals("input")) {
                JsonNode element = block.path("element");
                ObjectNode state = values.putObject(block.path("block_id").asText())
                        .putObject(element.path("action_id").asText());
                String type = element.path("type").asText();
                state.put("type", type);
                switch (type) {
                    case "plain_text_input" -> state.set("value", element.get("initial_value"));
                    case "static_select", "radio_buttons" -> state.set("selected_option", element.get("initial_option"));
                    case "datetimepicker" -> state.set("selected_date_time", element.get("initial_date_time"));
                    case "datepicker" -> state.set("selected_date", element.get("initial_date"));
                    case "users_select" -> state.set("selected_user", element.get("initial_user"));
                    default -> { }
                }
            }
        }
    }

    /** Fills in a form (for helpers that open the modal themselves). */
    @FunctionalInterface
    public interface Filler {
        ViewSubmission fill(ViewSubmission form);
    }

    /** Starts from the view the bot opened (the {@code view} of a recorded views.open call). */
    public static ViewSubmission of(JsonNode openedView) {
        return new ViewSubmission(openedView);
    }

    public ViewSubmission text(String blockId, String value) {
        state(blockId).put("value", value);
        return this;
    }

    /** Picks the option with this value (a select or radio buttons); an unknown value is sent as is. */
    public ViewSubmission select(String blockId, String value) {
        JsonNode option = JSON.createObjectNode().put("value", value);
        for (JsonNode candidate : element(blockId).path("options")) {
            if (candidate.path("value").asText().equals(value)) {
                option = candidate;
            }
        }
        state(blockId).set("selected_option", option);
        return this;
    }

    /** Picks a person in a users_select. */
    public ViewSubmission user(String blockId, String userId) {
        state(blockId).put("selected_user", userId);
        return this;
    }

    public ViewSubmission dateTime(String blockId, long epochSeconds) {
        state(blockId).put("selected_date_time", epochSeconds);
        return this;
    }

    public ViewSubmission date(String blockId, String isoDate) {
        state(blockId).put("selected_date", isoDate);
        return this;
    }

    /** What the form shows in a text input (its initial value), as the user sees it before typing. */
    public String shownText(String blockId) {
        return element(blockId).path("initial_value").asText(null);
    }

    public ObjectNode payload(String team, String user) {
        ObjectNode payload = JSON.createObjectNode().put("type", "view_submission").put("api_app_id", "A0APP")
                .put("token", "deprecated").put("trigger_id", "1337.42.abcd");
        payload.putObject("team").put("id", team).put("domain", "fake");
        payload.putObject("user").put("id", user).put("team_id", team).put("username", "someone");
        ObjectNode submitted = payload.putObject("view");
        submitted.setAll((ObjectNode) view.deepCopy());
        submitted.put("team_id", team).put("hash", "1700000000.abcdef");
        submitted.putObject("state").set("values", values.deepCopy());
        payload.putArray("response_urls");
        return payload;
    }

    private ObjectNode state(String blockId) {
        JsonNode block = values.get(blockId);
        if (block == null) {
            throw new AssertionError("the modal has no input block " + blockId + "; it has " + values.fieldNames());
        }
        return (ObjectNode) block.elements().next();
    }

    private JsonNode element(String blockId) {
        for (JsonNode block : view.path("blocks")) {
            if (block.path("block_id").asText().equals(blockId)) {
                return block.path("element");
            }
        }
        throw new AssertionError("no block " + blockId);
    }
}
