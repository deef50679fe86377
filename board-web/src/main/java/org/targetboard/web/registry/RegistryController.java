package org.targetboard.web.registry;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.targetboard.core.access.BoardAction;
import org.targetboard.core.boardcase.Diagnosis;
import org.targetboard.core.centre.Centre;
import org.targetboard.registry.analytics.RegistryAnalytics;
import org.targetboard.registry.analytics.RegistryFilter;
import org.targetboard.registry.centre.CentreRegistry;
import org.targetboard.web.security.BoardUser;

/**
 * The registry dashboard, filtered by period of advice, diagnosis and centre.
 */
@Controller
class RegistryController {

	private final RegistryAnalytics analytics;

	private final CentreRegistry centres;

	RegistryController(RegistryAnalytics analytics, CentreRegistry centres) {
		this.analytics = analytics;
		this.centres = centres;
	}

	@GetMapping("/registry")
	String dashboard(FilterParams params, @AuthenticationPrincipal BoardUser user, Model model) {
		RegistryFilter filter = params.toFilter();
		OutcomeMeasures measures = OutcomeMeasures.of(this.analytics.read(user.viewer(), filter));
		model.addAttribute("filter", filter);
		model.addAttribute("m", measures);
		model.addAttribute("osChart", chart(measures.os()));
		model.addAttribute("efsChart", chart(measures.efs()));
		model.addAttribute("diagnoses", Diagnosis.values());
		model.addAttribute("vitalStatuses", org.targetboard.core.followup.VitalStatus.values());
		model.addAttribute("canExport", user.may(BoardAction.EXPORT_REGISTRY));
		model.addAttribute("centres", this.centres.all().stream().map(Centre::code).toList());
		return "registry/dashboard";
	}

	private static SurvivalChart chart(OutcomeMeasures.Survival survival) {
		return SurvivalChart.of(List.of(
				new SurvivalChart.Group("registry.group.followed", "series-followed", survival.followed(),
						survival.curveFollowed()),
				new SurvivalChart.Group("registry.group.notFollowed", "series-not-followed", survival.notFollowed(),
						survival.curveNotFollowed())));
	}

}
