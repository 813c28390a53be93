package cn.gongkai.dashboard;

/**
 * Whose matters a dashboard shows: the whole agency ({@code division} null) or one division, for
 * its head.
 */
public record Scope(String division, String name) {

    public static Scope agency(String agencyName) {
        return new Scope(null, agencyName);
    }

    public boolean wholeAgency() {
        return division == null;
    }
}
