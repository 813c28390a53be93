package cn.gongkai.request;

import static cn.gongkai.request.DisclosureRequestProcess.CONSULTATION_DELIVERED_ON;
import static cn.gongkai.request.DisclosureRequestProcess.CONSULTATION_DUE_AT;
import static cn.gongkai.request.DisclosureRequestProcess.CONSULTATION_DUE_ON;
import static cn.gongkai.request.DisclosureRequestProcess.CONSULTATION_KIND;
import static cn.gongkai.request.DisclosureRequestProcess.CONSULTATION_PARTY;
import static cn.gongkai.request.DisclosureRequestProcess.CONSULTATION_REMINDER_AT;
import static cn.gongkai.request.DisclosureRequestProcess.CONSULTATION_SENT_ON;
import static cn.gongkai.request.DisclosureRequestProcess.LAST_ACTOR;
import static cn.gongkai.request.DisclosureRequestProcess.REQUEST_ID;

import cn.gongkai.system.AgencyTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "开始征求意见": the reply clock stops; the consultation's own 15-working-day clock starts. */
@Component("openOpinionRequestDelegate")
class OpenOpinionRequestDelegate implements JavaDelegate {

    private final OpinionRequests opinions;
    private final AgencyTime clock;

    OpenOpinionRequestDelegate(OpinionRequests opinions, AgencyTime clock) {
        this.opinions = opinions;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        OpinionRequests.Window window = opinions.open(REQUEST_ID.get(execution), CONSULTATION_KIND.get(execution),
                CONSULTATION_PARTY.get(execution), execution.getVariable(CONSULTATION_SENT_ON.name()),
                execution.getVariable(CONSULTATION_DELIVERED_ON.name()), LAST_ACTOR.get(execution));
        CONSULTATION_DUE_ON.set(execution, window.dueOn().toString());
        CONSULTATION_DUE_AT.set(execution, clock.endOfDay(window.dueOn()));
        CONSULTATION_REMINDER_AT.set(execution, clock.endOfDay(window.reminderOn()));
    }
}
