package cn.gongkai.escalation;

import cn.gongkai.process.ProcessVariable;
import java.util.Date;

/** The ids and variables of {@code processes/deadline-reminders.bpmn}, declared once. */
public final class DeadlineRemindersProcess {

    public static final String KEY = "deadline-reminders";
    /** Versions 1.0 and 1.1: a watch waits for this message beside its timers (1.2 has one timer only). */
    public static final String MESSAGE_DEADLINE_CHANGED = "DeadlineChanged";

    public static final String START_WATCH = "start_watch";
    public static final String SERVICE_PLAN_REMINDER = "service_plan_reminder";
    /**
     * The one timer a watch waits on: the next rung's send time or the next morning's recheck,
     * whichever comes first; a change of the clock brings it forward to now.
     */
    public static final String TIMER_WAKE = "timer_wake";
    /** Versions 1.0 and 1.1: the next rung's timer, beside the recheck timer and the change message. */
    public static final String TIMER_REMINDER_DUE = "timer_reminder_due";
    public static final String SERVICE_SEND_REMINDERS = "service_send_reminders";
    /** Version 1.0 only: its watches name the recipients first and send in a job per person. */
    public static final String SERVICE_RESOLVE_RECIPIENTS = "service_resolve_recipients";
    /** Version 1.0 only (a multi-instance task, one job per person). */
    public static final String SERVICE_SEND_REMINDER = "service_send_reminder";
    public static final String END_WATCH = "end_watch";

    /** The matter key, {@code request:<code>} or {@code proactive:<id>}. */
    public static final ProcessVariable<String> MATTER = ProcessVariable.string("reminderMatter");
    /** The {@link WatchedClock} name. */
    public static final ProcessVariable<String> CLOCK = ProcessVariable.string("reminderClock");
    /** What the plan decided: a {@link ReminderPlan.Step} name. */
    public static final ProcessVariable<String> STEP = ProcessVariable.string("reminderStep");
    /** When the next rung's mails go out. */
    public static final ProcessVariable<Date> NEXT_REMINDER_AT = ProcessVariable.date("nextReminderAt");
    public static final ProcessVariable<Integer> RUNG_OFFSET = ProcessVariable.integer("reminderRungOffset");
    public static final ProcessVariable<String> OCCURRENCE_ON = ProcessVariable.string("reminderOccurrenceOn");
    public static final ProcessVariable<String> DUE_ON = ProcessVariable.string("reminderDueOn");
    /** When the watch reads its clock again anyway (each morning), in case a change went unseen. */
    public static final ProcessVariable<Date> RECHECK_AT = ProcessVariable.date("reminderRecheckAt");
    /** When the watch's timer fires: the next rung's send time or the recheck, whichever comes first. */
    public static final ProcessVariable<Date> WAKE_AT = ProcessVariable.date("reminderWakeAt");
    /** The send time of the last rung handled; rungs up to it are not sent again. */
    public static final ProcessVariable<Date> LAST_REMINDER_AT = ProcessVariable.date("lastReminderAt");
    /** Version 1.0 only: the user ids the rung tells, comma-separated (a multi-instance collection). */
    public static final ProcessVariable<String> RECIPIENTS = ProcessVariable.string("reminderRecipients");
    /** Version 1.0 only: the person one instance of "发送提醒邮件" writes to. */
    public static final ProcessVariable<String> RECIPIENT = ProcessVariable.string("reminderRecipient");
    /** One line for Cockpit: the matter, the clock and what comes next. */
    public static final ProcessVariable<String> SUMMARY = ProcessVariable.string("reminderSummary");

    private DeadlineRemindersProcess() {
    }
}
