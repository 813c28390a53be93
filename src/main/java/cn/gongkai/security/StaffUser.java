package cn.gongkai.security;

import java.util.List;

/** A logged-in staff member and their groups. */
public record StaffUser(String id, List<String> groups) {

    public boolean inAny(List<String> candidates) {
        return groups.stream().anyMatch(candidates::contains);
    }
}
