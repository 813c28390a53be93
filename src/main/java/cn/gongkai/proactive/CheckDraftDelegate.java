package cn.gongkai.proactive;

import static cn.gongkai.proactive.ProactiveDisclosure.BODY_TEXT;
import static cn.gongkai.proactive.ProactiveDisclosure.CATEGORY;
import static cn.gongkai.proactive.ProactiveDisclosure.CATEGORY_NAME;
import static cn.gongkai.proactive.ProactiveDisclosure.DIVISION;
import static cn.gongkai.proactive.ProactiveDisclosure.DIVISION_NAME;
import static cn.gongkai.proactive.ProactiveDisclosure.DOCUMENT_NUMBER;
import static cn.gongkai.proactive.ProactiveDisclosure.DOCUMENT_TYPE;
import static cn.gongkai.proactive.ProactiveDisclosure.DOCUMENT_TYPE_NAME;
import static cn.gongkai.proactive.ProactiveDisclosure.DRAFTER;
import static cn.gongkai.proactive.ProactiveDisclosure.FORMED_ON;
import static cn.gongkai.proactive.ProactiveDisclosure.PUBLISH_DUE_AT;
import static cn.gongkai.proactive.ProactiveDisclosure.PUBLISH_DUE_EXPLANATION;
import static cn.gongkai.proactive.ProactiveDisclosure.PUBLISH_DUE_ON;
import static cn.gongkai.proactive.ProactiveDisclosure.SUMMARY;
import static cn.gongkai.proactive.ProactiveDisclosure.TITLE;
import static cn.gongkai.proactive.ProactiveDisclosure.WITHDRAWN;
import static cn.gongkai.proactive.ProactiveDisclosure.ITEM_FILES;
import static cn.gongkai.proactive.ProactiveDisclosure.REPLACES;

import cn.gongkai.escalation.DeadlineWatches;
import cn.gongkai.escalation.Matter;
import cn.gongkai.escalation.WatchedClock;
import cn.gongkai.process.TaskForms;
import cn.gongkai.system.AgencyTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "检查草稿": checks the draft (first submission and every revision), normalises its variables and
 * sets the publication deadline; after a revision it moves the deadline timer if the date changed.
 * Either way the publication clock's escalation e-mails follow the deadline. A draft suggested by
 * the disclosure office (Art. 44) is checked the same way when its task ends.
 */
@Component("checkDraftDelegate")
class CheckDraftDelegate implements JavaDelegate {

    private final TaskForms forms;
    private final ItemFiles files;
    private final DraftChecker checker;
    private final PublicationDeadline deadline;
    private final AgencyTime clock;
    private final DeadlineWatches reminders;

    CheckDraftDelegate(DraftChecker checker, PublicationDeadline deadline, AgencyTime clock, DeadlineWatches reminders, TaskForms forms,
            ItemFiles files) {
        this.files = files;
        this.forms = forms;
        this.checker = checker;
        this.deadline = deadline;
        this.clock = clock;
        this.reminders = reminders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        record(execution, DRAFTER.get(execution));
    }

    /**
     * Checks and records the draft {@code drafter} handed on: here for a draft started by a division
     * or revised; in the suggested draft's own listener ({@link SuggestedDraftListener}).
     */
    void record(DelegateExecution execution, String drafter) {
        Draft draft = checker.check(forms.read(ProactiveDisclosure.DRAFT_FORM, execution.getVariables()), drafter);
        TITLE.set(execution, draft.title());
        SUMMARY.set(execution, draft.summary());
        BODY_TEXT.set(execution, draft.bodyText());
        CATEGORY.set(execution, draft.category());
        CATEGORY_NAME.set(execution, draft.categoryName());
        DIVISION.set(execution, draft.division());
        DIVISION_NAME.set(execution, draft.divisionName());
        FORMED_ON.set(execution, draft.formedOn().toString());
        DOCUMENT_NUMBER.set(execution, draft.documentNumber());
        DOCUMENT_TYPE.set(execution, draft.documentType().name());
        DOCUMENT_TYPE_NAME.set(execution, draft.documentType().label());
        PUBLISH_DUE_ON.set(execution, draft.publishDue().dueOn().toString());
        PUBLISH_DUE_EXPLANATION.set(execution, String.join("\n", draft.publishDue().explanation()));
        Date dueAt = clock.endOfDay(draft.publishDue().dueOn());
        PUBLISH_DUE_AT.set(execution, dueAt);
        WITHDRAWN.set(execution, false);
        REPLACES.set(execution, draft.replaces());
        ITEM_FILES.set(execution, files.links(execution.getProcessInstanceId()));
        deadline.moveTimer(execution.getProcessInstanceId(), dueAt);
        reminders.refresh(Matter.proactive(execution.getProcessInstanceId()), List.of(WatchedClock.PUBLICATION));
    }
}
