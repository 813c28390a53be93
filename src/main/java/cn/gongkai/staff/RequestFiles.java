package cn.gongkai.staff;

import cn.gongkai.agency.AgencyGroups;
import cn.gongkai.request.DisclosureRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who may open an application's file: the agency-wide groups (disclosure office, confidentiality,
 * general office, leadership, supervisors) and administrators always; a division's people only
 * for applications assigned to their division.
 */
@Component
class RequestFiles {

    static final List<String> AGENCY_WIDE;

    static {
        List<String> groups = new ArrayList<>(AgencyGroups.agencyWideIds());
        groups.add(AgencyGroups.ADMIN);
        AGENCY_WIDE = List.copyOf(groups);
    }

    boolean mayOpen(StaffUser user, DisclosureRequest r) {
        if (user.inAny(AGENCY_WIDE)) {
            return true;
        }
        String d = r.division();
        return d != null && user.inAny(List.of(AgencyGroups.staff(d), AgencyGroups.head(d), AgencyGroups.liaison(d),
                AgencyGroups.reviewer(d)));
    }
}
