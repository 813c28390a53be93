package cn.gongkai.request;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Staff members' names as recorded on clock events and letters. */
@Component
class StaffNames {

    private final IdentityService identity;

    StaffNames(IdentityService identity) {
        this.identity = identity;
    }

    String nameOf(String userId) {
        if (userId == null) {
            return null;
        }
        User user = identity.createUserQuery().userId(userId).singleResult();
        return user == null || user.getFirstName() == null || user.getFirstName().isBlank() ? userId : user.getFirstName();
    }
}
