package cn.gongkai.review;

import static cn.gongkai.review.ReviewVariables.APPROVED;
import static cn.gongkai.review.ReviewVariables.COMMENT;
import static cn.gongkai.review.ReviewVariables.LAST_REJECTION_COMMENT;
import static cn.gongkai.review.ReviewVariables.LAST_REJECTION_STEP;
import static cn.gongkai.review.ReviewVariables.REVIEW_HISTORY;

import cn.gongkai.process.UserTaskListener;
import cn.gongkai.system.AgencyTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * On every review or approval task (decision task).
 * <ul>
 * <li>task create: clears the previous step's decision, so the form starts empty;</li>
 * <li>activity end (not cancelled): enforces the decision's required values — the engine does not
 * validate Camunda Form input — and records the decision with who took it. An error here reaches Tasklist as it is
 * and the task stays open.</li>
 * </ul>
 */
@Component("reviewDecisionListener")
class ReviewDecisionListener extends UserTaskListener {

    private static final Logger log = LoggerFactory.getLogger(ReviewDecisionListener.class);

    private final ReviewLog reviewLog;
    private final AgencyTime clock;

    ReviewDecisionListener(ReviewLog reviewLog, AgencyTime clock) {
        this.reviewLog = reviewLog;
        this.clock = clock;
    }

    @Override
    protected void created(DelegateTask task) {
        APPROVED.remove(task);
        COMMENT.remove(task);
    }

    @Override
    protected void ended(DelegateExecution execution, String reviewer) {
        ReviewDecision decision = ReviewDecision.from(execution);
        APPROVED.set(execution, decision.approved());
        COMMENT.set(execution, decision.comment());
        String step = execution.getCurrentActivityName();
        reviewLog.record(new ReviewEntry(execution.getProcessInstanceId(), processKey(execution),
                execution.getCurrentActivityId(), step, reviewer, Reviewers.nameOf(execution, reviewer),
                decision.approved(), decision.comment(), clock.now()));
        REVIEW_HISTORY.set(execution, reviewLog.history(execution.getProcessInstanceId(), clock.zone()));
        if (!decision.approved()) {
            LAST_REJECTION_STEP.set(execution, step);
            LAST_REJECTION_COMMENT.set(execution, decision.comment());
        }
        log.info("REVIEW-001 {} of {} by {}: {} ({})", execution.getCurrentActivityId(),
                execution.getProcessInstanceId(), reviewer, decision.approved() ? "approved" : "sent back",
                Reviewers.subjectOf(execution, execution.getProcessInstanceId()));
    }

    private static String processKey(DelegateExecution execution) {
        ProcessDefinition definition = execution.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(execution.getProcessDefinitionId());
        return definition.getKey();
    }
}
