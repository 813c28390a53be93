package cn.gongkai.staff;

import cn.gongkai.security.StaffUser;
import cn.gongkai.agency.AgencyGroups;
import cn.gongkai.request.DisclosureRequest;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who may open a matter's file and mail log (an application, a consultation, a proactive item):
 * the agency-wide groups (disclosure office, confidentiality, general office, leadership,
 * supervisors) and administrators always; a division's people only for matters of their division.
 */
@Component
class RequestFiles {

    static final List<String> AGENCY_WIDE = AgencyGroups.agencyWideAndAdminIds();

    boolean mayOpen(StaffUser user, DisclosureRequest r) {
        return mayOpenMatterOf(user, r.division());
    }

    /** A matter handled by {@code division} (null: by the agency-wide offices only). */
    boolean mayOpenMatterOf(StaffUser user, String division) {
        if (user.inAny(AGENCY_WIDE)) {
            return true;
        }
        String d = division;
        return d != null && user.inAny(List.of(AgencyGroups.staff(d), AgencyGroups.head(d), AgencyGroups.liaison(d),
                AgencyGroups.reviewer(d)));
    }
}
