package io.incidentbot.slack.runbook;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import java.util.Optional;

/** A block action read off its payload: who clicked, where, and the value of what they clicked. */
record Click(String teamId, String userId, String channelId, Optional<String> responseUrl, String value) {

    static Click of(BlockActionRequest request) {
        BlockActionPayload payload = request.getPayload();
        BlockActionPayload.Action action = payload.getActions() == null || payload.getActions().isEmpty()
                ? null : payload.getActions().get(0);
        String value = action == null ? null
                : action.getSelectedOption() != null ? action.getSelectedOption().getValue() : action.getValue();
        String channel = payload.getChannel() != null ? payload.getChannel().getId()
                : payload.getContainer() != null ? payload.getContainer().getChannelId() : null;
        // the team id Bolt read off the request, which the HTTP edge has already insisted on
        return new Click(request.getContext().getTeamId(), payload.getUser().getId(), channel,
                Optional.ofNullable(payload.getResponseUrl()), value);
    }
}
