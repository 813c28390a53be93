package cn.gongkai.escalation;

/** What a watch does next: wait for a rung's time, wait for the clock to change, or stop. */
public record ReminderPlan(Step step, Occurrence occurrence, DeadlineReading reading) {

    public enum Step {
        /** Wait until {@code occurrence.at()}, then send its mails (unless the clock changes first). */
        SEND,
        /** The clock is paused, not running yet or its ladder is done: wait for it to change. */
        WAIT,
        /** The clock is over for good. */
        STOP
    }

    static ReminderPlan send(Occurrence occurrence, DeadlineReading reading) {
        return new ReminderPlan(Step.SEND, occurrence, reading);
    }

    static ReminderPlan waiting(DeadlineReading reading) {
        return new ReminderPlan(Step.WAIT, null, reading);
    }

    static ReminderPlan stop(DeadlineReading reading) {
        return new ReminderPlan(Step.STOP, null, reading);
    }
}
