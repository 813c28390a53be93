package cn.gongkai.request;

import static cn.gongkai.request.DisclosureRequestProcess.CONSULTATION_DUE_AT;
import static cn.gongkai.request.DisclosureRequestProcess.CONSULTATION_DUE_ON;
import static cn.gongkai.request.DisclosureRequestProcess.CONSULTATION_KIND;
import static cn.gongkai.request.DisclosureRequestProcess.CONSULTATION_PARTY;
import static cn.gongkai.request.DisclosureRequestProcess.CONSULTATION_REMINDER_AT;
import static cn.gongkai.request.DisclosureRequestProcess.REQUEST_ID;

import cn.gongkai.process.TaskForms;
import cn.gongkai.process.UserTaskListener;
import cn.gongkai.system.AgencyTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * 「发送征求意见书」, when the task is completed: the letter is served, the reply clock stops and the
 * consultation's own 15-working-day clock starts.
 */
@Component("opinionLetterListener")
class OpinionLetterListener extends UserTaskListener {

    private final OpinionRequests opinions;
    private final AgencyTime clock;
    private final TaskForms forms;

    OpinionLetterListener(OpinionRequests opinions, AgencyTime clock, TaskForms forms) {
        this.opinions = opinions;
        this.clock = clock;
        this.forms = forms;
    }

    @Override
    protected void ended(DelegateExecution execution, String completedBy) {
        OpinionRequests.Window window = opinions.open(REQUEST_ID.get(execution),
                OpinionParty.valueOf(CONSULTATION_KIND.get(execution)), CONSULTATION_PARTY.get(execution),
                OpinionRequests.Letter.read(forms.read(execution)), completedBy);
        CONSULTATION_DUE_ON.set(execution, window.dueOn().toString());
        CONSULTATION_DUE_AT.set(execution, clock.endOfDay(window.dueOn()));
        CONSULTATION_REMINDER_AT.set(execution, clock.endOfDay(window.reminderOn()));
    }
}
