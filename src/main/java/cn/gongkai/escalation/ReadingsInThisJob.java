package cn.gongkai.escalation;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The clock reading a rung was sent for, handed from "发送提醒邮件" to "计划下一次提醒" of the same
 * watch within one job (one transaction), so that the job reads the clock once. Bound to the
 * transaction and gone with it; outside a transaction nothing is handed over and the plan reads the
 * clock itself.
 */
final class ReadingsInThisJob {

    private static final Object KEY = ReadingsInThisJob.class;

    private ReadingsInThisJob() {
    }

    static void put(String watchId, DeadlineReading reading) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, DeadlineReading> readings = (Map<String, DeadlineReading>) TransactionSynchronizationManager.getResource(KEY);
        if (readings == null) {
            readings = new HashMap<>();
            TransactionSynchronizationManager.bindResource(KEY, readings);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                }
            });
        }
        readings.put(watchId, reading);
    }

    /** The reading handed over for the watch in this transaction, once. */
    static Optional<DeadlineReading> take(String watchId) {
        @SuppressWarnings("unchecked")
        Map<String, DeadlineReading> readings = (Map<String, DeadlineReading>) TransactionSynchronizationManager.getResource(KEY);
        return readings == null ? Optional.empty() : Optional.ofNullable(readings.remove(watchId));
    }
}
