package cn.gongkai.proactive;

import static cn.gongkai.proactive.ProactiveDisclosure.BODY_TEXT;
import static cn.gongkai.proactive.ProactiveDisclosure.CATEGORY;
import static cn.gongkai.proactive.ProactiveDisclosure.DIVISION;
import static cn.gongkai.proactive.ProactiveDisclosure.DOCUMENT_NUMBER;
import static cn.gongkai.proactive.ProactiveDisclosure.DOCUMENT_TYPE;
import static cn.gongkai.proactive.ProactiveDisclosure.FORMED_ON;
import static cn.gongkai.proactive.ProactiveDisclosure.PUBLICATION_WORKING_DAYS;
import static cn.gongkai.proactive.ProactiveDisclosure.SUMMARY;
import static cn.gongkai.proactive.ProactiveDisclosure.TITLE;

import cn.gongkai.agency.AgencyProperties;
import cn.gongkai.calendar.DueDate;
import cn.gongkai.calendar.WorkingDays;
import cn.gongkai.catalogue.CatalogueProperties;
import cn.gongkai.catalogue.DocumentType;
import cn.gongkai.process.ProcessVariable;
import cn.gongkai.system.AgencyTime;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.stereotype.Service;

/**
 * Checks a draft for proactive publication (the engine does not validate Camunda Form input) and
 * works out its publication deadline: 20 working days after it was formed or changed (Art. 26).
 */
@Service
public class DraftChecker {

    static final int MAX_TITLE = 200;
    static final int MAX_SUMMARY = 1000;
    /** The engine stores a String variable in at most 4,000 characters. */
    static final int MAX_BODY = 4000;
    static final int MAX_DOCUMENT_NUMBER = 100;

    private final AgencyProperties agency;
    private final CatalogueProperties catalogue;
    private final WorkingDays workingDays;
    private final AgencyTime clock;
    private final IdentityService identity;

    DraftChecker(AgencyProperties agency, CatalogueProperties catalogue, WorkingDays workingDays, AgencyTime clock,
            IdentityService identity) {
        this.agency = agency;
        this.catalogue = catalogue;
        this.workingDays = workingDays;
        this.clock = clock;
        this.identity = identity;
    }

    /**
     * @param variables the draft's variables as submitted
     * @param drafter the user drafting it, or null when started by a system without a user
     * @throws NotValidException naming every field that is missing or wrong
     */
    public Draft check(Map<String, Object> variables, String drafter) {
        List<String> problems = new ArrayList<>();
        String title = text(variables, TITLE, "标题", MAX_TITLE, true, problems);
        String summary = text(variables, SUMMARY, "内容概述", MAX_SUMMARY, true, problems);
        String body = text(variables, BODY_TEXT, "正文", MAX_BODY, true, problems);
        String documentNumber = text(variables, DOCUMENT_NUMBER, "文号", MAX_DOCUMENT_NUMBER, false, problems);

        String category = text(variables, CATEGORY, "公开类别", 50, true, problems);
        if (category != null && !catalogue.categoryNames().containsKey(category)) {
            problems.add("「公开类别」（category）取值无效「" + category + "」");
            category = null;
        }

        String division = divisionOf(variables, drafter, problems);

        DocumentType documentType = DocumentType.OTHER;
        String typeCode = text(variables, DOCUMENT_TYPE, "文件类型", 50, false, problems);
        if (typeCode != null) {
            documentType = DocumentType.parse(typeCode).orElse(null);
            if (documentType == null) {
                problems.add("「文件类型」（documentType）取值无效「" + typeCode + "」，可选 REGULATION、NORMATIVE_DOCUMENT、OTHER");
            }
        }

        LocalDate formedOn = formedOn(variables.get(FORMED_ON.name()), problems);

        if (!problems.isEmpty()) {
            throw new NotValidException("草稿未通过检查：" + String.join("；", problems));
        }
        DueDate due = workingDays.dueDate(formedOn, PUBLICATION_WORKING_DAYS);
        return new Draft(title, summary, body, category, catalogue.categoryName(category), division,
                agency.divisionName(division), formedOn, documentNumber, documentType, due);
    }

    private String divisionOf(Map<String, Object> variables, String drafter, List<String> problems) {
        Object raw = variables.get(DIVISION.name());
        String division = raw == null ? null : raw.toString().strip();
        if (division == null || division.isEmpty()) {
            List<String> own = drafter == null ? List.of() : agency.divisions().stream()
                    .map(AgencyProperties.Division::code)
                    .filter(code -> isMember(drafter, code))
                    .toList();
            if (own.size() == 1) {
                return own.get(0);
            }
            problems.add("「处室」（division）必须选择");
            return null;
        }
        if (agency.division(division).isEmpty()) {
            problems.add("「处室」（division）取值无效「" + division + "」");
            return null;
        }
        if (drafter != null && !isMember(drafter, division)) {
            problems.add("您（" + drafter + "）不是「" + agency.divisionName(division) + "」的工作人员，不能以该处室名义起草（division）");
            return null;
        }
        return division;
    }

    private boolean isMember(String userId, String group) {
        return identity.createUserQuery().userId(userId).memberOfGroup(group).count() > 0;
    }

    private LocalDate formedOn(Object raw, List<String> problems) {
        LocalDate date = null;
        if (raw instanceof Date d) {
            date = clock.dayOf(d);
        } else if (raw != null && !raw.toString().isBlank()) {
            try {
                date = LocalDate.parse(raw.toString().strip());
            } catch (DateTimeParseException e) {
                problems.add("「形成或变更日期」（formedOn）格式应为 yyyy-MM-dd，收到「" + raw + "」");
                return null;
            }
        }
        if (date == null) {
            problems.add("「形成或变更日期」（formedOn）必须填写");
            return null;
        }
        if (date.isAfter(clock.today())) {
            problems.add("「形成或变更日期」（formedOn）不能晚于今天（" + clock.today() + "）");
            return null;
        }
        if (date.getYear() < 2000) {
            problems.add("「形成或变更日期」（formedOn）不能早于 2000 年");
            return null;
        }
        return date;
    }

    private static String text(Map<String, Object> variables, ProcessVariable<String> variable, String label,
            int maxLength, boolean required, List<String> problems) {
        Object raw = variables.get(variable.name());
        String value = raw == null ? "" : raw.toString().strip();
        if (value.isEmpty()) {
            if (required) {
                problems.add("「" + label + "」（" + variable.name() + "）必须填写");
            }
            return null;
        }
        if (value.length() > maxLength) {
            problems.add("「" + label + "」（" + variable.name() + "）不能超过 " + maxLength + " 个字，现有 " + value.length() + " 个字");
            return null;
        }
        return value;
    }
}
