package cn.gongkai.staff;

import cn.gongkai.files.Downloads;
import cn.gongkai.files.FilePurpose;
import cn.gongkai.files.FileType;
import cn.gongkai.files.StoredFile;
import cn.gongkai.files.StoredFiles;
import cn.gongkai.files.Uploads;
import cn.gongkai.proactive.ItemFiles;
import cn.gongkai.security.StaffAuthentication;
import cn.gongkai.security.StaffUser;
import cn.gongkai.system.AgencyTime;
import cn.gongkai.system.ConflictException;
import cn.gongkai.system.FieldProblem;
import cn.gongkai.system.InvalidRequestException;
import cn.gongkai.system.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * A proactive item's documents while it is in approval (条目文件): the drafting division and the
 * disclosure office add the signed document and annexes; everyone who may see the item's tasks
 * opens them, from the link on every task form.
 */
@Controller
class ItemFileController {

    static final String VIEW = "staff/item-file";

    private final StaffAuthentication authentication;
    private final ItemFiles items;
    private final StoredFiles files;
    private final AgencyTime clock;

    ItemFileController(StaffAuthentication authentication, ItemFiles items, StoredFiles files, AgencyTime clock) {
        this.authentication = authentication;
        this.items = items;
        this.files = files;
        this.clock = clock;
    }

    @GetMapping("/staff/items/{processInstanceId}")
    String page(@PathVariable String processInstanceId, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        Optional<ItemFiles.Item> item = authorized(processInstanceId, request, response);
        if (item.isEmpty()) {
            return "staff/denied";
        }
        model.addAttribute("uploadErrors", Map.of());
        return page(item.get(), request, model);
    }

    @PostMapping("/staff/items/{processInstanceId}/files")
    String attach(@PathVariable String processInstanceId, @RequestParam(required = false) String purpose,
            @RequestParam(name = "files", required = false) List<MultipartFile> parts, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Optional<ItemFiles.Item> item = authorized(processInstanceId, request, response);
        if (item.isEmpty()) {
            return "staff/denied";
        }
        if (!user(request).mayAttachPapersTo(item.get().division())) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return "staff/denied";
        }
        FilePurpose chosen = ItemFiles.PURPOSES.stream().filter(p -> p.name().equals(purpose)).findFirst().orElse(null);
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            if (chosen == null) {
                throw new InvalidRequestException(List.of(new FieldProblem("purpose", "「文件类别」必须选择")));
            }
            int count = items.attach(processInstanceId, Uploads.of("files", chosen, parts), user(request).id());
            return "redirect:/staff/items/" + processInstanceId + "?attached=" + count;
        } catch (InvalidRequestException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            e.problems().forEach(p -> errors.merge(p.field(), p.message(), (a, b) -> a + "；" + b));
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            errors.put("files", e.getMessage());
        }
        model.addAttribute("uploadErrors", errors);
        return page(item.get(), request, model);
    }

    @GetMapping("/staff/items/{processInstanceId}/files/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable String processInstanceId, @PathVariable long fileId,
            HttpServletRequest request, HttpServletResponse response) {
        Optional<ItemFiles.Item> item = authorized(processInstanceId, request, response);
        if (item.isEmpty()) {
            return ResponseEntity.status(response.getStatus()).build();
        }
        Optional<StoredFile> meta = items.list(processInstanceId).stream().filter(f -> f.id() == fileId).findFirst();
        if (meta.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return Downloads.attachment(meta.get(), files.content(StoredFiles.ITEM, processInstanceId, fileId).orElseThrow());
    }

    private String page(ItemFiles.Item item, HttpServletRequest request, Model model) {
        model.addAttribute("item", item);
        model.addAttribute("files", items.list(item.processInstanceId()));
        model.addAttribute("mayAttach", item.open() && user(request).mayAttachPapersTo(item.division()));
        model.addAttribute("purposes", ItemFiles.PURPOSES);
        model.addAttribute("accept", FileType.acceptAttribute());
        model.addAttribute("acceptedTypes", FileType.ACCEPTED);
        model.addAttribute("zone", clock.zone());
        return VIEW;
    }

    private Optional<ItemFiles.Item> authorized(String processInstanceId, HttpServletRequest request,
            HttpServletResponse response) {
        Optional<StaffUser> user = authentication.currentOrChallenge(request, response);
        if (user.isEmpty()) {
            return Optional.empty();
        }
        ItemFiles.Item item;
        try {
            item = items.item(processInstanceId);
        } catch (NotFoundException e) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return Optional.empty();
        }
        if (!user.get().mayOpenMatterOf(item.division())) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return Optional.empty();
        }
        return Optional.of(item);
    }

    private StaffUser user(HttpServletRequest request) {
        return authentication.current(request).orElseThrow();
    }
}
