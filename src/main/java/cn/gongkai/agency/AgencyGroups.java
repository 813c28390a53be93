package cn.gongkai.agency;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Camunda group ids of the product (fixed names) and the per-division groups. */
public final class AgencyGroups {

    public static final String ADMIN = "camunda-admin";
    public static final String GENERAL_OFFICE = "general-office";
    public static final String DISCLOSURE_OFFICE = "disclosure-office";
    public static final String DISCLOSURE_OFFICE_HEAD = "disclosure-office-head";
    public static final String CONFIDENTIALITY = "confidentiality";
    public static final String LEADERSHIP = "leadership";
    public static final String SUPERVISORS = "supervisors";

    /** The agency-wide groups besides the administrators, with their Chinese names, in display order. */
    public static final Map<String, String> AGENCY_WIDE;

    static {
        Map<String, String> groups = new LinkedHashMap<>();
        groups.put(GENERAL_OFFICE, "委办公室");
        groups.put(DISCLOSURE_OFFICE, "政府信息公开办公室");
        groups.put(DISCLOSURE_OFFICE_HEAD, "政府信息公开办公室负责人");
        groups.put(CONFIDENTIALITY, "保密审查");
        groups.put(LEADERSHIP, "委领导");
        groups.put(SUPERVISORS, "督查");
        AGENCY_WIDE = Collections.unmodifiableMap(groups);
    }

    private AgencyGroups() {
    }

    public static List<String> agencyWideIds() {
        return List.copyOf(AGENCY_WIDE.keySet());
    }

    /** The agency-wide groups and the administrators: who may see every matter. */
    public static List<String> agencyWideAndAdminIds() {
        List<String> ids = new ArrayList<>(AGENCY_WIDE.keySet());
        ids.add(ADMIN);
        return List.copyOf(ids);
    }

    /** The division's staff group: drafters and handlers. */
    public static String staff(String division) {
        return division;
    }

    public static String head(String division) {
        return division + "-head";
    }

    public static String liaison(String division) {
        return division + "-liaison";
    }

    public static String reviewer(String division) {
        return division + "-reviewer";
    }

    /** Group id → Chinese name of every group of the agency, divisions included, admins excluded. */
    public static Map<String, String> all(AgencyProperties agency) {
        Map<String, String> groups = new LinkedHashMap<>();
        groups.putAll(AGENCY_WIDE);
        for (AgencyProperties.Division d : agency.divisions()) {
            groups.put(staff(d.code()), d.name());
            groups.put(head(d.code()), d.name() + "负责人");
            groups.put(liaison(d.code()), d.name() + "联络员");
            groups.put(reviewer(d.code()), d.name() + "审核员");
        }
        return groups;
    }

    public static List<String> divisionStaffGroups(AgencyProperties agency) {
        List<String> ids = new ArrayList<>();
        agency.divisions().forEach(d -> ids.add(staff(d.code())));
        return ids;
    }
}
