package cn.gongkai.proactive;

import static cn.gongkai.proactive.ProactiveDisclosure.DRAFTER;

import cn.gongkai.process.UserTaskListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * 「起草主动公开信息（多次申请的信息）」: whoever completes the suggested draft is its drafter, as the
 * initiator is for a draft started by a division; the draft itself is checked next, as any draft.
 */
@Component("suggestedDraftListener")
class SuggestedDraftListener extends UserTaskListener {

    @Override
    protected void ended(DelegateExecution execution, String completedBy) {
        DRAFTER.set(execution, completedBy);
    }
}
