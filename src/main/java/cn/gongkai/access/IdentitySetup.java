package cn.gongkai.access;

import cn.gongkai.agency.AgencyGroups;
import cn.gongkai.agency.AgencyProperties;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import cn.gongkai.consultation.ConsultationProcess;
import cn.gongkai.correction.CorrectionProcess;
import cn.gongkai.legal.LegalCaseProcess;
import cn.gongkai.proactive.ItemWithdrawalProcess;
import cn.gongkai.proactive.ProactiveDisclosure;
import cn.gongkai.report.AnnualReportProcess;
import cn.gongkai.request.DisclosureRequestProcess;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The agency's groups and what they may do, in every environment: groups are created when
 * missing, permissions added when missing, nothing else is changed. Safe to run on every start
 * and on several nodes at once.
 */
@Component
class IdentitySetup {

    private static final Logger log = LoggerFactory.getLogger(IdentitySetup.class);
    static final String TASKLIST = "tasklist";
    static final String COCKPIT = "cockpit";

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final AgencyProperties agency;

    IdentitySetup(IdentityService identity, AuthorizationService authorizations, AgencyProperties agency) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.agency = agency;
    }

    void ensure() {
        Map<String, String> groups = AgencyGroups.all(agency);
        groups.forEach(this::ensureGroup);
        for (String group : groups.keySet()) {
            grant(group, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
            grant(group, Resources.USER, ANY, Permissions.READ);
            grant(group, Resources.GROUP, ANY, Permissions.READ);
            grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
        }
        for (String staff : AgencyGroups.divisionStaffGroups(agency)) {
            grant(staff, Resources.PROCESS_DEFINITION, ProactiveDisclosure.KEY, Permissions.CREATE_INSTANCE);
            // a division asks to withdraw what it published
            grant(staff, Resources.PROCESS_DEFINITION, ItemWithdrawalProcess.KEY, Permissions.CREATE_INSTANCE);
            grant(staff, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
        }
        // the disclosure office registers applications received in person, by post, fax or e-mail
        grant(AgencyGroups.DISCLOSURE_OFFICE, Resources.PROCESS_DEFINITION, DisclosureRequestProcess.KEY,
                Permissions.CREATE_INSTANCE);
        grant(AgencyGroups.DISCLOSURE_OFFICE, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
        // and asks to withdraw any published item
        grant(AgencyGroups.DISCLOSURE_OFFICE, Resources.PROCESS_DEFINITION, ItemWithdrawalProcess.KEY,
                Permissions.CREATE_INSTANCE);
        // and prepares the annual report
        grant(AgencyGroups.DISCLOSURE_OFFICE, Resources.PROCESS_DEFINITION, AnnualReportProcess.KEY,
                Permissions.CREATE_INSTANCE);
        // and registers reconsiderations and lawsuits
        grant(AgencyGroups.DISCLOSURE_OFFICE, Resources.PROCESS_DEFINITION, LegalCaseProcess.KEY,
                Permissions.CREATE_INSTANCE);
        // and requests to correct records about the applicant (Art. 41)
        grant(AgencyGroups.DISCLOSURE_OFFICE, Resources.PROCESS_DEFINITION, CorrectionProcess.KEY,
                Permissions.CREATE_INSTANCE);
        // and consultations received by letter, phone or in person
        grant(AgencyGroups.DISCLOSURE_OFFICE, Resources.PROCESS_DEFINITION, ConsultationProcess.KEY,
                Permissions.CREATE_INSTANCE);
        String supervisors = AgencyGroups.SUPERVISORS;
        grant(supervisors, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
        grant(supervisors, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_INSTANCE,
                Permissions.READ_HISTORY, Permissions.READ_TASK);
        grant(supervisors, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
        grant(supervisors, Resources.TASK, ANY, Permissions.READ);
        grant(supervisors, Resources.DEPLOYMENT, ANY, Permissions.READ);
        grant(supervisors, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
    }

    private void ensureGroup(String id, String name) {
        if (identity.createGroupQuery().groupId(id).count() > 0) {
            return;
        }
        Group group = identity.newGroup(id);
        group.setName(name);
        group.setType("WORKFLOW");
        try {
            identity.saveGroup(group);
            log.info("AGENCY-001 group {} ({}) created", id, name);
        } catch (ProcessEngineException e) {
            if (identity.createGroupQuery().groupId(id).count() == 0) {
                throw e;
            }
        }
    }

    /** Grants the permissions to the group on the resource, adding only what is missing. */
    void grant(String group, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizations.createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(group)
                .resourceType(resource)
                .resourceId(resourceId)
                .singleResult();
        Authorization authorization = existing;
        if (authorization == null) {
            authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(group);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        boolean changed = existing == null;
        for (Permission p : permissions) {
            if (!authorization.isPermissionGranted(p)) {
                authorization.addPermission(p);
                changed = true;
            }
        }
        if (changed) {
            save(authorization);
        }
    }

    /** Takes the group's grant on the resource away, if there is one. */
    void revoke(String group, Resource resource, String resourceId) {
        authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT).groupIdIn(group)
                .resourceType(resource).resourceId(resourceId).list()
                .forEach(a -> authorizations.deleteAuthorization(a.getId()));
    }

    /** Lets every user read the resource (used for the shared Tasklist filters). */
    void grantToEveryone(Resource resource, String resourceId, Permission permission) {
        Authorization existing = authorizations.createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GLOBAL)
                .resourceType(resource)
                .resourceId(resourceId)
                .singleResult();
        if (existing != null && existing.isPermissionGranted(permission)) {
            return;
        }
        Authorization authorization = existing != null ? existing : authorizations.createNewAuthorization(AUTH_TYPE_GLOBAL);
        authorization.setUserId(ANY);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        authorization.addPermission(permission);
        save(authorization);
    }

    private void save(Authorization authorization) {
        try {
            authorizations.saveAuthorization(authorization);
        } catch (ProcessEngineException e) {
            // another node saved the same authorization at the same moment
            log.debug("AGENCY-004 authorization not saved, probably saved by another node: {}", e.getMessage());
        }
    }
}
