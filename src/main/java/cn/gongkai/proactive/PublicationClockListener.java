package cn.gongkai.proactive;

import cn.gongkai.escalation.DeadlineWatches;
import cn.gongkai.escalation.Matter;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** The item's process ends (published, withdrawn or cancelled): its publication reminders stop. */
@Component("publicationClockListener")
class PublicationClockListener implements ExecutionListener {

    private final DeadlineWatches reminders;

    PublicationClockListener(DeadlineWatches reminders) {
        this.reminders = reminders;
    }

    @Override
    public void notify(DelegateExecution execution) {
        reminders.refresh(Matter.proactive(execution.getProcessInstanceId()), List.of());
    }
}
