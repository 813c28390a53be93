package cn.gongkai.escalation;

/** Reads the clocks of one kind of matter (applications, proactive items) for the reminders. */
public interface ClockSource {

    /** The {@link Matter#kind()} this source reads. */
    String kind();

    /** How the clock stands now; {@link ClockReading#ended()} for a matter that no longer exists. */
    ClockReading read(String id, WatchedClock clock);
}
