package cn.gongkai.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The hand-over of a clock reading from a watch's send step to its plan step, within one transaction. */
class ReadingsInThisJobTest {

    static final DeadlineReading READING = DeadlineReading.ended();

    @AfterEach
    void noTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
        TransactionSynchronizationManager.unbindResourceIfPossible(ReadingsInThisJob.class);
    }

    @Test
    void isTakenOnceByTheSameWatchInTheSameTransaction() {
        TransactionSynchronizationManager.initSynchronization();
        ReadingsInThisJob.put("watch-1", READING);
        assertThat(ReadingsInThisJob.take("watch-2")).as("another watch").isEmpty();
        assertThat(ReadingsInThisJob.take("watch-1")).contains(READING);
        assertThat(ReadingsInThisJob.take("watch-1")).as("once").isEmpty();
    }

    @Test
    void isGoneWithItsTransaction() {
        TransactionSynchronizationManager.initSynchronization();
        ReadingsInThisJob.put("watch-1", READING);
        // the transaction ends (committed or rolled back): its synchronizations run, then are cleared
        TransactionSynchronizationManager.getSynchronizations()
                .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
        TransactionSynchronizationManager.clearSynchronization();
        TransactionSynchronizationManager.initSynchronization();
        assertThat(ReadingsInThisJob.take("watch-1")).as("the next job reads the clock itself").isEmpty();
    }

    @Test
    void isNotHandedOverOutsideATransaction() {
        ReadingsInThisJob.put("watch-1", READING);
        assertThat(ReadingsInThisJob.take("watch-1")).isEmpty();
    }
}
