package cn.gongkai.escalation;

/**
 * A matter whose clocks are watched: an application ({@code request:<tracking code>}), a
 * proactive-disclosure item ({@code proactive:<process instance id>}), a consultation
 * ({@code consultation:<tracking code>}) or a request to correct a record ({@code correction:<tracking code>}).
 */
public record Matter(String kind, String id) {

    public static final String REQUEST = "request";
    public static final String PROACTIVE = "proactive";
    public static final String CONSULTATION = "consultation";
    public static final String CORRECTION = "correction";

    public static Matter request(String trackingCode) {
        return new Matter(REQUEST, trackingCode);
    }

    public static Matter proactive(String processInstanceId) {
        return new Matter(PROACTIVE, processInstanceId);
    }

    public static Matter consultation(String trackingCode) {
        return new Matter(CONSULTATION, trackingCode);
    }

    public static Matter correction(String trackingCode) {
        return new Matter(CORRECTION, trackingCode);
    }

    public static Matter parse(String key) {
        int colon = key == null ? -1 : key.indexOf(':');
        if (colon <= 0 || colon == key.length() - 1) {
            throw new IllegalArgumentException("Not a matter key: " + key);
        }
        return new Matter(key.substring(0, colon), key.substring(colon + 1));
    }

    public String key() {
        return kind + ":" + id;
    }

    /** The business key of the deadline-reminders instance that watches one clock of this matter. */
    public String watchKey(WatchedClock clock) {
        return key() + "/" + clock.name();
    }

    @Override
    public String toString() {
        return key();
    }
}
