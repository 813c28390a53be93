package cn.gongkai.security;

import cn.gongkai.agency.AgencyGroups;
import java.util.List;

/** A logged-in staff member and their groups. */
public record StaffUser(String id, List<String> groups) {

    public boolean inAny(List<String> candidates) {
        return groups.stream().anyMatch(candidates::contains);
    }

    /** In an agency-wide group (disclosure office, confidentiality, general office, leadership, supervisors) or an administrator. */
    public boolean isAgencyWide() {
        return inAny(AgencyGroups.agencyWideAndAdminIds());
    }

    /**
     * Who may open a matter's file, letters and mail log (an application, a consultation, a request to
     * correct a record, a proactive item): the agency-wide groups and administrators always; a
     * division's people only for matters of their division ({@code division} null: the offices' own).
     */
    public boolean mayOpenMatterOf(String division) {
        if (isAgencyWide()) {
            return true;
        }
        return division != null && inAny(List.of(AgencyGroups.staff(division), AgencyGroups.head(division),
                AgencyGroups.liaison(division), AgencyGroups.reviewer(division)));
    }
}
