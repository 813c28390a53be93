package cn.gongkai.request;

import static cn.gongkai.request.DisclosureRequestProcess.REQUEST_ID;

import cn.gongkai.process.TaskForms;
import cn.gongkai.process.UserTaskListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** 「等待补正」, when the task is completed: a supplement received on paper is recorded; the reply period restarts from its receipt. */
@Component("supplementListener")
class SupplementListener extends UserTaskListener {

    private final ApplicationReview review;
    private final TaskForms forms;

    SupplementListener(ApplicationReview review, TaskForms forms) {
        this.review = review;
        this.forms = forms;
    }

    @Override
    protected void ended(DelegateExecution execution, String completedBy) {
        review.recordSupplement(REQUEST_ID.get(execution), ApplicationReview.Supplement.read(forms.read(execution)),
                completedBy);
    }
}
