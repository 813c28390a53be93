package cn.gongkai.proactive;

import static cn.gongkai.proactive.ProactiveDisclosure.PUBLICATION_OVERDUE;
import static cn.gongkai.proactive.ProactiveDisclosure.PUBLISH_DUE_ON;
import static cn.gongkai.proactive.ProactiveDisclosure.TITLE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** "记录公开超期": the 20-working-day publication deadline passed while the item was still in review. */
@Component("recordPublicationOverdueDelegate")
class RecordPublicationOverdueDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(RecordPublicationOverdueDelegate.class);

    @Override
    public void execute(DelegateExecution execution) {
        PUBLICATION_OVERDUE.set(execution, true);
        log.warn("PROACTIVE-002 publication deadline {} passed for {} ({})", PUBLISH_DUE_ON.get(execution),
                execution.getProcessInstanceId(), TITLE.get(execution));
    }
}
