package cn.gongkai.proactive;

import static cn.gongkai.proactive.ProactiveDisclosure.BODY_TEXT;
import static cn.gongkai.proactive.ProactiveDisclosure.CATEGORY;
import static cn.gongkai.proactive.ProactiveDisclosure.DIVISION;
import static cn.gongkai.proactive.ProactiveDisclosure.DOCUMENT_NUMBER;
import static cn.gongkai.proactive.ProactiveDisclosure.DOCUMENT_TYPE;
import static cn.gongkai.proactive.ProactiveDisclosure.FORMED_ON;
import static cn.gongkai.proactive.ProactiveDisclosure.PUBLICATION_WORKING_DAYS;
import static cn.gongkai.proactive.ProactiveDisclosure.REPLACES;
import static cn.gongkai.proactive.ProactiveDisclosure.SUMMARY;
import static cn.gongkai.proactive.ProactiveDisclosure.TITLE;

import cn.gongkai.agency.AgencyProperties;
import cn.gongkai.calendar.DueDate;
import cn.gongkai.calendar.WorkingDays;
import cn.gongkai.catalogue.CatalogueProperties;
import cn.gongkai.catalogue.DocumentType;
import cn.gongkai.system.AgencyTime;
import cn.gongkai.catalogue.ItemVersions;
import cn.gongkai.system.Fields;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;

/**
 * Checks a draft for proactive publication (the engine does not validate Camunda Form input) and
 * works out its publication deadline: 20 working days after it was formed or changed (Art. 26).
 */
@Service
public class DraftChecker {

    private final ItemVersions versions;
    private final AgencyProperties agency;
    private final CatalogueProperties catalogue;
    private final WorkingDays workingDays;
    private final AgencyTime clock;
    private final IdentityService identity;

    DraftChecker(AgencyProperties agency, CatalogueProperties catalogue, WorkingDays workingDays, AgencyTime clock,
            IdentityService identity, ItemVersions versions) {
        this.versions = versions;
        this.agency = agency;
        this.catalogue = catalogue;
        this.workingDays = workingDays;
        this.clock = clock;
        this.identity = identity;
    }

    /**
     * @param form the draft as submitted, read against the draft form ({@code proactive-draft}),
     *        whose labels, limits and options it keeps
     * @param drafter the user drafting it, or null when started by a system without a user
     * @throws cn.gongkai.system.InvalidRequestException naming every field that is missing or wrong
     */
    public Draft check(Fields form, String drafter) {
        String title = form.text(TITLE.name());
        String summary = form.text(SUMMARY.name());
        String body = form.text(BODY_TEXT.name());
        String documentNumber = form.text(DOCUMENT_NUMBER.name());
        String category = form.text(CATEGORY.name());
        if (category != null && !catalogue.categoryNames().containsKey(category)) {
            form.problem(CATEGORY.name(), "「" + form.label(CATEGORY.name()) + "」取值无效「" + category + "」");
            category = null;
        }
        String division = divisionOf(form, drafter);
        String typeCode = form.text(DOCUMENT_TYPE.name());
        DocumentType documentType = typeCode == null ? DocumentType.OTHER : DocumentType.parse(typeCode).orElse(null);
        String replaces = form.text(REPLACES.name(), false);
        if (replaces != null && division != null) {
            versions.whyNotReplaceable(replaces, division).ifPresent(why -> form.problem(REPLACES.name(), why));
        }
        LocalDate formedOn = form.date(FORMED_ON.name());
        String formedLabel = form.label(FORMED_ON.name());
        if (formedOn != null && formedOn.isAfter(clock.today())) {
            form.problem(FORMED_ON.name(), "「" + formedLabel + "」不能晚于今天（" + clock.today() + "）");
        } else if (formedOn != null && formedOn.getYear() < 2000) {
            form.problem(FORMED_ON.name(), "「" + formedLabel + "」不能早于 2000 年");
        }
        form.validate();
        DueDate due = workingDays.dueDate(formedOn, PUBLICATION_WORKING_DAYS);
        return new Draft(title, summary, body, category, catalogue.categoryName(category), division,
                agency.divisionName(division), formedOn, documentNumber, documentType, due, replaces);
    }

    private String divisionOf(Fields form, String drafter) {
        String field = DIVISION.name();
        String division = form.text(field, false);
        if (form.absent(field)) {
            List<String> own = drafter == null ? List.of() : agency.divisions().stream()
                    .map(AgencyProperties.Division::code)
                    .filter(code -> isMember(drafter, code))
                    .toList();
            if (own.size() == 1) {
                return own.get(0);
            }
            form.problem(field, "「" + form.label(field) + "」必须选择");
            return null;
        }
        if (division == null) {
            return null; // not one of the form's divisions: named already
        }
        if (agency.division(division).isEmpty()) {
            form.problem(field, "「" + form.label(field) + "」取值无效「" + division + "」");
            return null;
        }
        if (drafter != null && !isMember(drafter, division)) {
            form.problem(field, "您（" + drafter + "）不是「" + agency.divisionName(division) + "」的工作人员，不能以该处室名义起草");
            return null;
        }
        return division;
    }

    private boolean isMember(String userId, String group) {
        return identity.createUserQuery().userId(userId).memberOfGroup(group).count() > 0;
    }
}
