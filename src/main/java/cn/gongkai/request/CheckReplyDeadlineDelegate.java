package cn.gongkai.request;

import static cn.gongkai.request.DisclosureRequestProcess.REPLY_DUE_ON;
import static cn.gongkai.request.DisclosureRequestProcess.REPLY_OVERDUE;
import static cn.gongkai.request.DisclosureRequestProcess.REQUEST_ID;
import static cn.gongkai.request.DisclosureRequestProcess.TRACKING_CODE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "检查答复期限": runs when the reply deadline passes and every day after; re-reads the ledger, so
 * a deadline moved by a pause or an extension is never reported late by mistake.
 */
@Component("checkReplyDeadlineDelegate")
class CheckReplyDeadlineDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(CheckReplyDeadlineDelegate.class);

    private final Replies replies;

    CheckReplyDeadlineDelegate(Replies replies) {
        this.replies = replies;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean overdue = replies.overdue(REQUEST_ID.get(execution));
        REPLY_OVERDUE.set(execution, overdue);
        if (overdue) {
            log.warn("REQUEST-020 {} reply overdue: due {}", TRACKING_CODE.get(execution), REPLY_DUE_ON.get(execution));
        }
    }
}
