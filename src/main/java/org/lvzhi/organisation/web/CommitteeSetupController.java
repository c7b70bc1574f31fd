package org.lvzhi.organisation.web;

import java.util.List;
import java.util.Map;
import org.lvzhi.organisation.CommitteeSetup;
import org.lvzhi.organisation.Committees;
import org.lvzhi.system.Flash;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The super-administrator's page for the committees of the deployment (ADR 7); {@link
 * CommitteeSetupApiController} is its API.
 */
@Controller
public class CommitteeSetupController {

  /** The page: the tree, the form and its problems. */
  public record SetupPage(
      List<Committees.Node> committees,
      CommitteeSetup.NewCommittee form,
      Map<String, String> errors) {}

  private final CommitteeSetup setup;

  CommitteeSetupController(CommitteeSetup setup) {
    this.setup = setup;
  }

  @GetMapping("/admin/committees")
  String page(Model model) {
    model.addAttribute(
        "page",
        new SetupPage(
            setup.all(),
            new CommitteeSetup.NewCommittee("", "COUNTY", null, "", "", ""),
            Map.of()));
    return "organisation/committee-setup";
  }

  @PostMapping("/admin/committees")
  String create(
      @ModelAttribute CommitteeSetup.NewCommittee form, Model model, RedirectAttributes redirect) {
    try {
      CommitteeSetup.Created created = setup.create(form);
      Flash.notice(
          redirect,
          Texts.of(
              "committee.created",
              form.name().strip(),
              created.adminUsername(),
              created.oneTimePassword()));
      return "redirect:/admin/committees";
    } catch (InvalidInputException e) {
      model.addAttribute("page", new SetupPage(setup.all(), form, e.fieldErrors()));
      return "organisation/committee-setup";
    }
  }
}
