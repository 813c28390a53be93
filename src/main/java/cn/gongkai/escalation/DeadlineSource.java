package cn.gongkai.escalation;

/** Reads the clocks of one kind of matter (applications, proactive items) for the reminders. */
public interface DeadlineSource {

    /** The {@link Matter#kind()} this source reads. */
    String kind();

    /** How the clock stands now; {@link DeadlineReading#ended()} for a matter that no longer exists. */
    DeadlineReading read(String id, WatchedClock clock);
}
