package cn.gongkai.clock;

/** Whether the reply period is running. */
public enum ClockState {
    /** Not received yet (an online application awaiting confirmation). */
    NOT_STARTED("尚未开始计时"),
    RUNNING("计时中"),
    /** A consultation (or an outstanding fee, if so configured) stops the clock. */
    PAUSED("暂停计时"),
    /** A 补正 notice was sent: the period starts again from the supplement's receipt. */
    AWAITING_SUPPLEMENT("等待补正，收到补正后重新计时"),
    /** Replied: the clock has stopped. */
    STOPPED("已答复");

    private final String label;

    ClockState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
