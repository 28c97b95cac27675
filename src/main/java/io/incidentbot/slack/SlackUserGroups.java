package io.incidentbot.slack;

import com.slack.api.methods.MethodsClient;
import io.incidentbot.role.Actor;
import io.incidentbot.role.GroupMembership;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * User-group membership from {@code usergroups.users.list} (scope {@code usergroups:read}), cached
 * briefly: permission checks happen inside Slack's 3-second window. When Slack cannot say, the
 * answer is "not a member": a refusal is safer than a wrong permission.
 */
public final class SlackUserGroups implements GroupMembership {
    private static final Logger log = LoggerFactory.getLogger(SlackUserGroups.class);
    static final Duration TTL = Duration.ofMinutes(1);

    private record Members(Set<String> users, Instant fetchedAt) {
    }

    private final MethodsClient client;
    private final Clock clock;
    private final Map<String, Members> cache = new ConcurrentHashMap<>();

    public SlackUserGroups(MethodsClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    /** The person behind a request, with their group memberships looked up here when needed. */
    public Actor actor(String userId) {
        return new Actor(userId, this);
    }

    @Override
    public boolean isMember(String groupId, String userId) {
        Members members = cache.get(groupId);
        if (members == null || members.fetchedAt().plus(TTL).isBefore(clock.instant())) {
            members = fetch(groupId);
        }
        return members.users().contains(userId);
    }

    private Members fetch(String groupId) {
        try {
            List<String> users = SlackCalls.once().call("usergroups.users.list",
                    () -> client.usergroupsUsersList(r -> r.usergroup(groupId))).getUsers();
            Members members = new Members(Set.copyOf(users == null ? List.of() : users), clock.instant());
            cache.put(groupId, members);
            return members;
        } catch (SlackCalls.SlackFailure e) {
            log.warn("members of user group {} unknown ({}); treating the user as not a member", groupId, e.error());
            return new Members(Set.of(), clock.instant());
        }
    }
}
