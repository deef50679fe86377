package org.targetboard.web.boardcase;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.targetboard.core.access.Role;
import org.targetboard.core.boardcase.CaseStatus;
import org.targetboard.core.boardcase.Diagnosis;
import org.targetboard.registry.boardcase.CasePage;
import org.targetboard.registry.boardcase.CaseSearch;
import org.targetboard.web.security.BoardUser;

/**
 * The list of cases: what needs the user's action first, then every case in the user's
 * sight with search, filters, sorting and pages.
 */
@Controller
class CaseListController {

	static final String VIEW_LIST = "cases/case-list";

	/** Rows per page of the case list. */
	static final int PAGE_SIZE = 25;

	private final CaseUseCases cases;

	CaseListController(CaseUseCases cases) {
		this.cases = cases;
	}

	@GetMapping("/cases")
	String list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String diagnosis,
			@RequestParam(required = false) @Nullable String centre,
			@RequestParam(required = false) @Nullable String sort, @RequestParam(defaultValue = "0") String page,
			@AuthenticationPrincipal BoardUser user, Model model) {
		// Unknown values of a filter or a page number that is not one are ignored: a list
		// link never fails.
		CaseSearch search = new CaseSearch(q, parse(CaseStatus.class, status), parse(Diagnosis.class, diagnosis),
				centre, parse(CaseSearch.Sort.class, sort), page.matches("\\d{1,6}") ? Integer.parseInt(page) : 0,
				PAGE_SIZE);
		Role role = user.viewer().role();
		CaseUseCases.CaseList list = this.cases.caseList(user.viewer(), Worklist.actionable(role), search);
		model.addAttribute("worklist", Worklist.of(list.waiting(), role).needsAction());
		CasePage found = list.found();
		model.addAttribute("found", found);
		model.addAttribute("rows", Worklist.rows(found.rows(), role));
		model.addAttribute("search", search);
		model.addAttribute("statuses", CaseStatus.values());
		model.addAttribute("diagnoses", Diagnosis.values());
		return VIEW_LIST;
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
		return java.util.Arrays.stream(type.getEnumConstants())
			.filter((constant) -> constant.name().equals(value))
			.findFirst()
			.orElse(null);
	}

}
