package cn.gongkai.request;

import static cn.gongkai.request.DisclosureRequestProcess.FIXED_OUTCOME;
import static cn.gongkai.request.DisclosureRequestProcess.HANDLER_GROUP;
import static cn.gongkai.request.DisclosureRequestProcess.HANDLER_HEAD_GROUP;
import static cn.gongkai.request.DisclosureRequestProcess.HANDLER_NAME;
import static cn.gongkai.request.DisclosureRequestProcess.OUTCOME;
import static cn.gongkai.request.DisclosureRequestProcess.OUTCOME_NAME;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Writes who drafts the reply and any outcome the process fixed. */
final class Handlers {

    private Handlers() {
    }

    static void set(DelegateExecution execution, Handler handler, Outcome fixedOutcome) {
        if (handler != null) {
            HANDLER_GROUP.set(execution, handler.group());
            HANDLER_HEAD_GROUP.set(execution, handler.headGroup());
            HANDLER_NAME.set(execution, handler.name());
        }
        if (fixedOutcome != null) {
            FIXED_OUTCOME.set(execution, fixedOutcome.name());
            OUTCOME.set(execution, fixedOutcome.name());
            OUTCOME_NAME.set(execution, fixedOutcome.label());
        }
    }
}
