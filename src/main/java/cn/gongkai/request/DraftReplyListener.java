package cn.gongkai.request;

import static cn.gongkai.request.DisclosureRequestProcess.ALREADY_PUBLIC_ITEM;
import static cn.gongkai.request.DisclosureRequestProcess.DESCRIPTION;
import static cn.gongkai.request.DisclosureRequestProcess.DRAFT_ACTION;
import static cn.gongkai.request.DisclosureRequestProcess.EXTENSION_REQUESTED;
import static cn.gongkai.request.DisclosureRequestProcess.FEE_REQUIRED;
import static cn.gongkai.request.DisclosureRequestProcess.FIXED_OUTCOME;
import static cn.gongkai.request.DisclosureRequestProcess.LEGAL_BASIS;
import static cn.gongkai.request.DisclosureRequestProcess.OUTCOME;
import static cn.gongkai.request.DisclosureRequestProcess.OUTCOME_NAME;
import static cn.gongkai.request.DisclosureRequestProcess.PROVISION_FORM;
import static cn.gongkai.request.DisclosureRequestProcess.PROVISION_METHOD;
import static cn.gongkai.request.DisclosureRequestProcess.PUBLIC_MATCHES;
import static cn.gongkai.request.DisclosureRequestProcess.PUBLIC_MATCH_CHOICES;
import static cn.gongkai.request.DisclosureRequestProcess.REASONS;
import static cn.gongkai.request.DisclosureRequestProcess.REQUEST_ID;
import static cn.gongkai.request.DisclosureRequestProcess.THIRD_PARTY_CONSULTATION;

import cn.gongkai.process.TaskForms;
import cn.gongkai.process.UserTaskListener;
import cn.gongkai.search.AlreadyPublic;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * 「检索并拟办」: when the task is created the routing flags of an earlier round are cleared, so the
 * handler starts from a reply; when it is completed the draft is checked and the routing flags are
 * set explicitly (absent means false), with the outcome and its legal basis normalised for a reply.
 * The task also shows what is already published that matches the application (Art. 36(1)), and a
 * reply that points to one of those items gets its explanation written here.
 */
@Component("draftReplyListener")
class DraftReplyListener extends UserTaskListener {

    private final ReplyDrafts drafts;
    private final TaskForms forms;
    private final AlreadyPublic alreadyPublic;

    DraftReplyListener(ReplyDrafts drafts, TaskForms forms, AlreadyPublic alreadyPublic) {
        this.drafts = drafts;
        this.forms = forms;
        this.alreadyPublic = alreadyPublic;
    }

    @Override
    protected void created(DelegateTask task) {
        DRAFT_ACTION.remove(task);
        THIRD_PARTY_CONSULTATION.remove(task);
        EXTENSION_REQUESTED.remove(task);
        FEE_REQUIRED.remove(task);
        ALREADY_PUBLIC_ITEM.remove(task);
        AlreadyPublic.Candidates candidates = alreadyPublic.forWording(DESCRIPTION.get(task));
        PUBLIC_MATCHES.setLocal(task, candidates.markdown());
        PUBLIC_MATCH_CHOICES.setLocal(task, candidates.choices());
    }

    @Override
    protected void ended(DelegateExecution execution, String completedBy) {
        ReplyDraft draft = drafts.check(REQUEST_ID.get(execution), forms.read(execution), FIXED_OUTCOME.get(execution));
        DRAFT_ACTION.set(execution, draft.action().name());
        THIRD_PARTY_CONSULTATION.set(execution, draft.action() == ReplyDraft.Action.CONSULT);
        EXTENSION_REQUESTED.set(execution, draft.action() == ReplyDraft.Action.EXTEND);
        FEE_REQUIRED.set(execution, draft.action() == ReplyDraft.Action.FEE);
        if (draft instanceof ReplyDraft.Reply reply) {
            OUTCOME.set(execution, reply.outcome().name());
            OUTCOME_NAME.set(execution, reply.outcome().label());
            LEGAL_BASIS.set(execution, reply.legalBasis());
            PROVISION_FORM.set(execution, reply.provisionForm() == null ? null : reply.provisionForm().name());
            PROVISION_METHOD.set(execution, reply.provisionMethod() == null ? null : reply.provisionMethod().name());
            if (reply.alreadyPublic() != null) {
                ALREADY_PUBLIC_ITEM.set(execution, reply.alreadyPublic());
                REASONS.set(execution, reply.reasons());
            }
        }
    }
}
