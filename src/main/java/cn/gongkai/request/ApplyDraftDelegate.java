package cn.gongkai.request;

import static cn.gongkai.request.DisclosureRequestProcess.EXTENSION_REQUESTED;
import static cn.gongkai.request.DisclosureRequestProcess.FEE_REQUIRED;
import static cn.gongkai.request.DisclosureRequestProcess.FIXED_OUTCOME;
import static cn.gongkai.request.DisclosureRequestProcess.LEGAL_BASIS;
import static cn.gongkai.request.DisclosureRequestProcess.OUTCOME;
import static cn.gongkai.request.DisclosureRequestProcess.OUTCOME_NAME;
import static cn.gongkai.request.DisclosureRequestProcess.PROVISION_FORM;
import static cn.gongkai.request.DisclosureRequestProcess.PROVISION_METHOD;
import static cn.gongkai.request.DisclosureRequestProcess.REQUEST_ID;
import static cn.gongkai.request.DisclosureRequestProcess.THIRD_PARTY_CONSULTATION;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "检查拟办意见": checks the handler's draft and sets the routing flags explicitly (absent means
 * false), with the outcome and its legal basis normalised for a reply.
 */
@Component("applyDraftDelegate")
class ApplyDraftDelegate implements JavaDelegate {

    private final ReplyDrafts drafts;

    ApplyDraftDelegate(ReplyDrafts drafts) {
        this.drafts = drafts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReplyDraft draft = drafts.check(REQUEST_ID.get(execution), execution.getVariables(), FIXED_OUTCOME.get(execution));
        THIRD_PARTY_CONSULTATION.set(execution, draft.action() == ReplyDraft.Action.CONSULT);
        EXTENSION_REQUESTED.set(execution, draft.action() == ReplyDraft.Action.EXTEND);
        FEE_REQUIRED.set(execution, draft.action() == ReplyDraft.Action.FEE);
        if (draft.action() == ReplyDraft.Action.REPLY) {
            OUTCOME.set(execution, draft.outcome().name());
            OUTCOME_NAME.set(execution, draft.outcome().label());
            LEGAL_BASIS.set(execution, draft.legalBasis());
            PROVISION_FORM.set(execution, draft.provisionForm() == null ? null : draft.provisionForm().name());
            PROVISION_METHOD.set(execution, draft.provisionMethod() == null ? null : draft.provisionMethod().name());
        }
    }
}
