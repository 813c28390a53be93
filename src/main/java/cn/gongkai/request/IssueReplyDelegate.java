package cn.gongkai.request;

import static cn.gongkai.request.DisclosureRequestProcess.LAST_ACTOR;
import static cn.gongkai.request.DisclosureRequestProcess.LEGAL_BASIS;
import static cn.gongkai.request.DisclosureRequestProcess.OUTCOME;
import static cn.gongkai.request.DisclosureRequestProcess.PROVISION_FORM;
import static cn.gongkai.request.DisclosureRequestProcess.PROVISION_METHOD;
import static cn.gongkai.request.DisclosureRequestProcess.REASONS;
import static cn.gongkai.request.DisclosureRequestProcess.REFERRAL_AGENCY;
import static cn.gongkai.request.DisclosureRequestProcess.REQUEST_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "出具答复书": the signed-off reply is issued and kept with the application. */
@Component("issueReplyDelegate")
class IssueReplyDelegate implements JavaDelegate {

    private final Replies replies;

    IssueReplyDelegate(Replies replies) {
        this.replies = replies;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String form = PROVISION_FORM.get(execution);
        String method = PROVISION_METHOD.get(execution);
        replies.issue(REQUEST_ID.get(execution), new ReplyDraft.Reply(Outcome.valueOf(OUTCOME.get(execution)),
                LEGAL_BASIS.get(execution), REASONS.get(execution), form == null ? null : DeliveryForm.valueOf(form),
                method == null ? null : DeliveryMethod.valueOf(method), REFERRAL_AGENCY.get(execution)),
                LAST_ACTOR.get(execution));
    }
}
