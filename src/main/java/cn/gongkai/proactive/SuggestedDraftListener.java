package cn.gongkai.proactive;

import static cn.gongkai.proactive.ProactiveDisclosure.DRAFTER;

import cn.gongkai.process.UserTaskListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * 「起草主动公开信息（多次申请的信息）」: whoever completes the suggested draft is its drafter, as the
 * initiator is for a draft started by a division, and the draft is checked and recorded as any
 * draft is ({@link CheckDraftDelegate#record}); a bad draft keeps the task open with the reason.
 */
@Component("suggestedDraftListener")
class SuggestedDraftListener extends UserTaskListener {

    private final CheckDraftDelegate drafts;

    SuggestedDraftListener(CheckDraftDelegate drafts) {
        this.drafts = drafts;
    }

    @Override
    protected void ended(DelegateExecution execution, String completedBy) {
        DRAFTER.set(execution, completedBy);
        drafts.record(execution, completedBy);
    }
}
