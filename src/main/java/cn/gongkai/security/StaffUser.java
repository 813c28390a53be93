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
        return inDivision(division);
    }

    /**
     * Who may open an applicant's personal papers (identity proof, a scanned paper application): the
     * handling chain only, that is the disclosure office, the confidentiality reviewers, the
     * leadership and the handling division; not supervisors, the general office or administrators.
     */
    public boolean mayOpenPersonalPapersOf(String division) {
        return inAny(List.of(AgencyGroups.DISCLOSURE_OFFICE, AgencyGroups.DISCLOSURE_OFFICE_HEAD,
                AgencyGroups.CONFIDENTIALITY, AgencyGroups.LEADERSHIP)) || inDivision(division);
    }

    /** Who may add papers to a matter: the disclosure office, which registers paper applications, and the handling division. */
    public boolean mayAttachPapersTo(String division) {
        return inAny(List.of(AgencyGroups.DISCLOSURE_OFFICE, AgencyGroups.DISCLOSURE_OFFICE_HEAD)) || inDivision(division);
    }

    private boolean inDivision(String division) {
        return division != null && inAny(List.of(AgencyGroups.staff(division), AgencyGroups.head(division),
                AgencyGroups.liaison(division), AgencyGroups.reviewer(division)));
    }
}
