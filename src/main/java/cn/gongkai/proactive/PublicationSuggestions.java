package cn.gongkai.proactive;

import cn.gongkai.agency.AgencyProperties;
import cn.gongkai.process.Markdown;
import cn.gongkai.system.AgencyTime;
import cn.gongkai.system.ConflictException;
import cn.gongkai.system.Problems;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Art. 44: the disclosure office suggests that information asked for again and again be disclosed
 * proactively. One action starts a {@code proactive-disclosure} draft for the division, with the
 * applications behind it named on the draft and linked to it (each application to one suggestion).
 */
@Service
public class PublicationSuggestions {

    /** At most this many applications in one suggestion (a query's parameters are bounded). */
    public static final int MAX_APPLICATIONS = 1000;

    private static final Logger log = LoggerFactory.getLogger(PublicationSuggestions.class);

    private final RuntimeService runtime;
    private final JdbcClient jdbc;
    private final AgencyProperties agency;
    private final AgencyTime clock;

    PublicationSuggestions(RuntimeService runtime, JdbcClient jdbc, AgencyProperties agency, AgencyTime clock) {
        this.runtime = runtime;
        this.jdbc = jdbc;
        this.agency = agency;
        this.clock = clock;
    }

    /** Starts the draft; returns its process instance id. */
    @Transactional
    public String suggest(List<Long> requestIds, String division, String title, String by) {
        Problems problems = new Problems();
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty()) {
            problems.add("title", "「建议公开的信息名称」必须填写");
        } else if (cleanTitle.codePointCount(0, cleanTitle.length()) > 200) {
            problems.add("title", "「建议公开的信息名称」不能超过 200 个字");
        }
        if (division == null || agency.division(division).isEmpty()) {
            problems.add("division", "「承办处室」取值无效「" + division + "」");
        }
        List<Long> ids = requestIds == null ? List.of() : requestIds.stream().distinct().toList();
        if (ids.isEmpty()) {
            problems.add("requestIds", "至少选择一件申请");
        } else if (ids.size() > MAX_APPLICATIONS) {
            problems.add("requestIds", "一项建议最多关联 " + MAX_APPLICATIONS + " 件申请");
        }
        problems.throwIfAny();
        List<String> codes = jdbc.sql("SELECT tracking_code FROM disclosure_request WHERE id IN (:ids) ORDER BY received_on, id")
                .param("ids", ids).query(String.class).list();
        if (codes.size() != ids.size()) {
            Problems.reject("requestIds", "所选申请不存在");
        }
        String note = "本信息在近期被 " + codes.size() + " 件申请要求公开，公开办建议主动公开（" + Markdown.escape(by)
                + "，" + clock.today() + "）。申请编号：" + codes.stream().map(c -> "[" + c + "](/staff/requests/" + c + ")")
                        .collect(Collectors.joining("、"));
        ProcessInstance pi = runtime.createMessageCorrelation(ProactiveDisclosure.MESSAGE_PUBLICATION_SUGGESTED)
                .setVariables(Map.of(
                        ProactiveDisclosure.DIVISION.name(), division,
                        ProactiveDisclosure.TITLE.name(), cleanTitle,
                        ProactiveDisclosure.SUGGESTION_NOTE.name(), Markdown.fit(note)))
                .correlateStartMessage();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO publication_suggestion (process_instance_id, division, title, suggested_by, suggested_at) "
                        + "VALUES (:pi, :division, :title, :by, :at)")
                .param("pi", pi.getId()).param("division", division).param("title", cleanTitle).param("by", by)
                .param("at", OffsetDateTime.ofInstant(clock.now(), ZoneOffset.UTC))
                .update(key, "id");
        long suggestion = key.getKey().longValue();
        try {
            for (Long id : ids) {
                jdbc.sql("INSERT INTO publication_suggestion_request (suggestion_id, request_id) VALUES (:s, :r)")
                        .param("s", suggestion).param("r", id).update();
            }
        } catch (DuplicateKeyException e) {
            throw new ConflictException("所选申请中有的已关联到另一项主动公开建议，请刷新页面后重新选择");
        }
        log.info("PROACTIVE-030 suggested for proactive disclosure by {}: {} ({} applications) -> {}", by, cleanTitle,
                ids.size(), pi.getId());
        return pi.getId();
    }

    /** The applications linked to a suggested draft, by tracking code. */
    public List<String> applicationsOf(String processInstanceId) {
        return jdbc.sql("SELECT r.tracking_code FROM publication_suggestion s JOIN publication_suggestion_request l "
                        + "ON l.suggestion_id = s.id JOIN disclosure_request r ON r.id = l.request_id "
                        + "WHERE s.process_instance_id = :pi ORDER BY r.received_on, r.id")
                .param("pi", processInstanceId).query(String.class).list();
    }
}
