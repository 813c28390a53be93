package cn.gongkai.access;

import cn.gongkai.agency.AgencyGroups;
import cn.gongkai.agency.AgencyProperties;
import cn.gongkai.agency.DemoProperties;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo agency's people: for every division a drafter (staff), head, liaison and reviewer, and
 * one person in each agency-wide group. Users are created when missing and never changed, so a
 * restart changes nothing (not even a password a user changed).
 */
@Component
class DemoAgency {

    private static final Logger log = LoggerFactory.getLogger(DemoAgency.class);

    /** A demo person: user id, name, role (shown as last name in the webapps) and groups. */
    record DemoUser(String id, String name, String role, List<String> groups) {
    }

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭"};
    private static final String[] GIVEN = {"建国", "秀英", "志强", "海燕", "晓明", "丽娟", "文涛", "静", "国庆", "雪梅", "立新", "婷",
        "卫东", "春华", "子涵", "明远"};

    private final IdentityService identity;
    private final AgencyProperties agency;
    private final DemoProperties demo;

    DemoAgency(IdentityService identity, AgencyProperties agency, DemoProperties demo) {
        this.identity = identity;
        this.agency = agency;
        this.demo = demo;
    }

    List<DemoUser> people() {
        List<DemoUser> people = new ArrayList<>();
        int n = 0;
        for (AgencyProperties.Division d : agency.divisions()) {
            String code = d.code();
            people.add(new DemoUser(code + "-staff", name(n++), d.name() + "起草人", List.of(AgencyGroups.staff(code))));
            people.add(new DemoUser(code + "-head", name(n++), d.name() + "负责人",
                    List.of(AgencyGroups.staff(code), AgencyGroups.head(code))));
            people.add(new DemoUser(code + "-liaison", name(n++), d.name() + "联络员",
                    List.of(AgencyGroups.staff(code), AgencyGroups.liaison(code))));
            people.add(new DemoUser(code + "-reviewer", name(n++), d.name() + "审核员",
                    List.of(AgencyGroups.staff(code), AgencyGroups.reviewer(code))));
        }
        people.add(new DemoUser("office", name(n++), "委办公室核稿人", List.of(AgencyGroups.GENERAL_OFFICE)));
        people.add(new DemoUser("disclosure", name(n++), "公开办工作人员", List.of(AgencyGroups.DISCLOSURE_OFFICE)));
        people.add(new DemoUser("disclosure-head", name(n++), "公开办负责人",
                List.of(AgencyGroups.DISCLOSURE_OFFICE, AgencyGroups.DISCLOSURE_OFFICE_HEAD)));
        people.add(new DemoUser("secrecy", name(n++), "保密审查员", List.of(AgencyGroups.CONFIDENTIALITY)));
        people.add(new DemoUser("leader", name(n++), "委领导", List.of(AgencyGroups.LEADERSHIP)));
        people.add(new DemoUser("supervisor", name(n++), "督查员", List.of(AgencyGroups.SUPERVISORS)));
        return people;
    }

    void ensure() {
        if (!demo.enabled()) {
            return;
        }
        int created = 0;
        for (DemoUser person : people()) {
            if (ensureUser(person)) {
                created++;
            }
            for (String group : person.groups()) {
                ensureMembership(person.id(), group);
            }
        }
        log.info("AGENCY-002 demo agency ready: {} people ({} created now)", people().size(), created);
    }

    private boolean ensureUser(DemoUser person) {
        if (identity.createUserQuery().userId(person.id()).count() > 0) {
            return false;
        }
        User user = identity.newUser(person.id());
        user.setFirstName(person.name());
        user.setLastName(person.role());
        user.setEmail(person.id() + "@" + demo.emailDomain());
        user.setPassword(demo.password());
        try {
            identity.saveUser(user);
            return true;
        } catch (ProcessEngineException e) {
            if (identity.createUserQuery().userId(person.id()).count() == 0) {
                throw e;
            }
            return false;
        }
    }

    private void ensureMembership(String user, String group) {
        if (identity.createUserQuery().userId(user).memberOfGroup(group).count() > 0) {
            return;
        }
        try {
            identity.createMembership(user, group);
        } catch (ProcessEngineException e) {
            if (identity.createUserQuery().userId(user).memberOfGroup(group).count() == 0) {
                throw e;
            }
        }
    }

    private static String name(int n) {
        return SURNAMES[n % SURNAMES.length] + GIVEN[(n * 7 + 3) % GIVEN.length];
    }
}
