package cn.gongkai.request;

import static cn.gongkai.request.DisclosureRequestProcess.EXTENSION_REQUESTED;
import static cn.gongkai.request.DisclosureRequestProcess.FEE_REQUIRED;
import static cn.gongkai.request.DisclosureRequestProcess.LAST_ACTOR;
import static cn.gongkai.request.DisclosureRequestProcess.THIRD_PARTY_CONSULTATION;
import static cn.gongkai.request.DisclosureRequestProcess.USER_DRAFT_REPLY;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * On every task of {@code disclosure-request}: on complete it notes who completed it
 * ({@code lastActor}, used on clock events and letters); on create of the draft task it clears the
 * routing flags, so the handler starts from a reply.
 */
@Component("requestTaskListener")
class RequestTaskListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            String actor = task.getAssignee();
            if (actor == null) {
                Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
                actor = auth == null ? null : auth.getUserId();
            }
            LAST_ACTOR.set(task, actor);
        } else if (EVENTNAME_CREATE.equals(task.getEventName()) && USER_DRAFT_REPLY.equals(task.getTaskDefinitionKey())) {
            THIRD_PARTY_CONSULTATION.remove(task);
            EXTENSION_REQUESTED.remove(task);
            FEE_REQUIRED.remove(task);
        }
    }
}
