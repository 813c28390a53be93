package cn.gongkai.process;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

/** Runs engine calls as an authenticated user with their groups, as Tasklist and the REST API do. */
public final class AsUser {

    private final IdentityService identity;

    public AsUser(IdentityService identity) {
        this.identity = identity;
    }

    public <T> T call(String userId, Supplier<T> work) {
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        identity.setAuthentication(userId, groups);
        try {
            return work.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    public void run(String userId, Runnable work) {
        call(userId, () -> {
            work.run();
            return null;
        });
    }
}
