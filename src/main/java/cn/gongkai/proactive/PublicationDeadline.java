package cn.gongkai.proactive;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Date;

/** Keeps the publication-deadline timer of an item in step with its deadline. */
@Component
class PublicationDeadline {

    private static final Logger log = LoggerFactory.getLogger(PublicationDeadline.class);

    private final ManagementService management;

    PublicationDeadline(ManagementService management) {
        this.management = management;
    }

    /** Moves the waiting deadline timer of the process instance, if there is one and its date differs. */
    void moveTimer(String processInstanceId, Date dueAt) {
        Job timer = management.createJobQuery()
                .processInstanceId(processInstanceId)
                .activityId(ProactiveDisclosure.TIMER_PUBLICATION_DUE)
                .singleResult();
        if (timer != null && !dueAt.equals(timer.getDuedate())) {
            management.setJobDuedate(timer.getId(), dueAt);
            log.info("PROACTIVE-003 publication deadline of {} moved from {} to {}", processInstanceId,
                    timer.getDuedate(), dueAt);
        }
    }
}
