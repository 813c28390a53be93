package cn.gongkai.portal;

import cn.gongkai.agency.AgencyProperties;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every portal page shows: the agency's name. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class PortalModel {

    private final AgencyProperties agency;

    PortalModel(AgencyProperties agency) {
        this.agency = agency;
    }

    @ModelAttribute("agencyName")
    String agencyName() {
        return agency.name();
    }
}
