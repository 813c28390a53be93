package cn.gongkai.request;

import static cn.gongkai.request.DisclosureRequestProcess.LAST_ACTOR;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Beans that {@code disclosure-request} versions released before version 1.1 name, for the
 * applications still running on them after an upgrade (the engine keeps a running instance on the
 * version it started with). Those versions followed a task with a service task that checked its
 * form ("记录受理审查结果"…); the checks now run in the task's own listener, and each bean here runs
 * that listener's check for the old service task, with who completed the task from {@code lastActor}.
 * {@code src/test/resources/released/process-beans.txt}
 * lists every name a released version uses; {@code ProcessModelsTest} checks each still resolves.
 */
@Configuration(proxyBeanMethods = false)
class ReleasedVersionBeans {

    @Bean
    JavaDelegate applyConfirmationDelegate(ConfirmationListener listener) {
        return execution -> listener.ended(execution, LAST_ACTOR.get(execution));
    }

    @Bean
    JavaDelegate applyReviewDelegate(ApplicationReviewListener listener) {
        return execution -> listener.ended(execution, LAST_ACTOR.get(execution));
    }

    @Bean
    JavaDelegate recordSupplementDelegate(SupplementListener listener) {
        return execution -> listener.ended(execution, LAST_ACTOR.get(execution));
    }

    @Bean
    JavaDelegate applyDraftDelegate(DraftReplyListener listener) {
        return execution -> listener.ended(execution, LAST_ACTOR.get(execution));
    }

    @Bean
    JavaDelegate openOpinionRequestDelegate(OpinionLetterListener listener) {
        return execution -> listener.ended(execution, LAST_ACTOR.get(execution));
    }

    @Bean
    JavaDelegate recordOpinionDelegate(OpinionReplyListener listener) {
        return execution -> listener.ended(execution, LAST_ACTOR.get(execution));
    }

    @Bean
    JavaDelegate openFeePeriodDelegate(FeeNoticeListener listener) {
        return execution -> listener.ended(execution, LAST_ACTOR.get(execution));
    }

    @Bean
    JavaDelegate recordFeePaidDelegate(FeePaymentListener listener) {
        return execution -> listener.ended(execution, LAST_ACTOR.get(execution));
    }

    @Bean
    JavaDelegate recordDeliveryDelegate(DeliveryListener listener) {
        return execution -> listener.ended(execution, LAST_ACTOR.get(execution));
    }

    /** Named on every task's create and complete: now only the draft task's create does anything. */
    @Bean
    TaskListener requestTaskListener(DraftReplyListener draft) {
        return task -> {
            if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())
                    && DisclosureRequestProcess.USER_DRAFT_REPLY.equals(task.getTaskDefinitionKey())) {
                draft.notify(task);
            }
        };
    }
}
