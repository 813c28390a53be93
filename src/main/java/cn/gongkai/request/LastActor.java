package cn.gongkai.request;

import static cn.gongkai.request.DisclosureRequestProcess.LAST_ACTOR;

import cn.gongkai.process.CompletedBy;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code lastActor}, who completed an application's latest task, for the service tasks a
 * gateway later leads to (the 补正 notice, the fee, the consultation letter, the extension, the
 * reply letter), which record it on the ledger and the letters. Set for every task of
 * {@code disclosure-request}, through the engine's Spring event bridge.
 */
@Component
class LastActor {

    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_COMPLETE + "'")
    public void onComplete(DelegateTask task) {
        if (task.getExecution() != null && task.getProcessDefinitionId() != null
                && task.getProcessDefinitionId().startsWith(DisclosureRequestProcess.KEY + ":")) {
            LAST_ACTOR.set(task, CompletedBy.of(task));
        }
    }
}
